"""Datelines ("Donnerstag, 21. März 2024, 15:00 Uhr", "March 21, 2024 3:00 PM") to ISO 8601.

Only whole lines of page furniture are parsed here, never sentences: a date
inside the body is the business of the timexes stage. A dateline with a time
gets a UTC offset: the zone it names, else Europe/Berlin for German datelines
and UTC for English ones (documented in docs/record.md).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

GERMAN_ZONE = ZoneInfo("Europe/Berlin")

MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"], 1)},
    **{name: i for i, name in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)},
    "jänner": 1, "maerz": 3,
    **{name: i for i, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)},
    "mär": 3, "mrz": 3, "okt": 10, "dez": 12, "sept": 9,
}
GERMAN_MONTHS = {"januar", "jänner", "februar", "märz", "maerz", "mai", "juni", "juli", "oktober", "dezember", "mär", "mrz", "okt", "dez"}
WEEKDAYS_DE = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so"
WEEKDAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"

#: Zone abbreviations found after English times, as fixed offsets in hours.
ZONES: dict[str, float] = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "mez": 1, "cest": 2, "mesz": 2,
    "et": -5, "est": -5, "edt": -4, "ct": -6, "cst": -6, "cdt": -5, "pt": -8, "pst": -8, "pdt": -7,
}

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_PREFIX = (r"(?:(?:veröffentlicht|erschienen|publiziert|aktualisiert|zuletzt aktualisiert|stand|datum"
           r"|published|updated|posted|last updated|date)(?:\s+(?:am|on))?\s*:?\s*)?")
_WEEKDAY = rf"(?:(?:{WEEKDAYS_DE}|{WEEKDAYS_EN})\.?,?\s+)?"
_TIME = (r"(?:,?\s*(?:um|at|-|–|\|)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
         r"\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?:uhr|h)?\s*(?P<zone>[a-z]{1,4})?)?")

_PATTERNS = [
    # 21. März 2024 / 21 March 2024 / 21.03.2024 / 21.3.24
    re.compile(rf"^{_PREFIX}{_WEEKDAY}(?:den\s+)?(?P<day>\d{{1,2}})\.?\s*(?:(?P<mname>{_MONTH})\.?|(?P<month>\d{{1,2}})\.)\s*,?\s*(?P<year>\d{{4}}|\d{{2}}){_TIME}\.?$", re.I),
    # March 21, 2024 / Mar. 21st 2024
    re.compile(rf"^{_PREFIX}{_WEEKDAY}(?P<mname>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}\.?$", re.I),
    # 2024-03-21, 2024-03-21 15:00, 2024-03-21T15:00:00+01:00
    re.compile(rf"^{_PREFIX}(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?:[T ](?P<hour>\d{{2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?(?:\.\d+)?(?P<offset>Z|[+-]\d{{2}}:?\d{{2}})?)?$", re.I),
]


def parse_dateline(line: str) -> str | None:
    """ISO 8601 for a line that is a dateline and nothing else, otherwise None."""
    line = line.strip()
    if len(line) > 80:
        return None
    for pattern in _PATTERNS:
        match = pattern.match(line)
        if match:
            return _iso(match, german=_looks_german(line))
    return None


def _looks_german(line: str) -> bool:
    lowered = line.lower()
    return bool(re.search(rf"\b(?:{WEEKDAYS_DE}|uhr|um|{'|'.join(GERMAN_MONTHS)}|veröffentlicht|stand|aktualisiert)\b", lowered)
                or re.search(r"\d{1,2}\.\d{1,2}\.\d{2,4}", line))


def _iso(match: re.Match[str], german: bool) -> str | None:
    parts = match.groupdict()
    month = MONTHS.get(parts["mname"].lower().rstrip(".")) if parts.get("mname") else int(parts["month"])
    year = int(parts["year"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        day = date(year, month or 0, int(parts["day"]))
    except (TypeError, ValueError):
        return None
    if parts.get("hour") is None:
        return day.isoformat()
    hour, minute, second = int(parts["hour"]), int(parts["minute"]), int(parts.get("second") or 0)
    ampm = (parts.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    zone = _zone(parts, german)
    if zone is None:
        return day.isoformat()
    moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
    return moment.isoformat()


def _zone(parts: dict[str, str | None], german: bool) -> timezone | ZoneInfo | None:
    offset = parts.get("offset")
    if offset:
        if offset.upper() == "Z":
            return timezone.utc
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    name = (parts.get("zone") or "").lower()
    if name in ZONES:
        return timezone(timedelta(hours=ZONES[name]))
    if name and name not in {"uhr", "h"}:
        return None
    return GERMAN_ZONE if german else timezone.utc
