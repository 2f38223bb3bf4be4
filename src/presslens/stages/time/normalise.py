"""TIMEX3 values for detected expressions, given the date they are anchored to.

`Context` carries what a relative expression needs: the anchor date (None when
the record has no dateline), the tense of the sentence, and the date of a day
named earlier in the same sentence (for bare clock times).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.easter import easter

from .lexicon import load
from .patterns import Candidate

Date = dt.date
TIME_UNITS = {"H", "MIN", "S"}
PARTS = {"START": "START", "MID": "MID", "END": "END"}


@dataclass
class Context:
    """What resolving one expression may use."""

    language: str
    anchor: Date | None
    tense: str  # "past", "present" or "future"
    day: Date | None = None  # a day named before in the same sentence

    @property
    def looking_back(self) -> bool:
        """Whether a bare weekday points back: past reporting, and English present
        (headline present), while German present usually speaks of what is ahead."""
        return self.tense == "past" or (self.tense == "present" and self.language == "en")


@dataclass
class Resolved:
    """A normalised expression: TIMEX3 type, value, modifier and whether the anchor was used."""

    type: str
    value: str
    mod: str | None = None
    relative: bool = False


def _lookup(language: str, table: str, word: str) -> object:
    return load(language)[table][re.sub(r"\s+", " ", word.lower())]


def _number(language: str, word: str) -> float:
    if re.fullmatch(r"\d+(?:[.,]5)?", word):
        return float(word.replace(",", "."))
    return float(_lookup(language, "numbers", word))  # type: ignore[arg-type]


def _amount(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _week(day: Date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _day_value(day: Date | None) -> str:
    return day.isoformat() if day else "XXXX-XX-XX"


def _weekday(anchor: Date, weekday: int, rel: int | None, back: bool) -> Date:
    """The named weekday nearest the anchor: before it when looking back, after it otherwise."""
    delta = weekday - anchor.isoweekday()
    if rel == -1 or (rel is None and back):
        back = (-delta) % 7
        return anchor - dt.timedelta(days=back or (7 if rel == -1 else 0))
    ahead = delta % 7
    return anchor + dt.timedelta(days=ahead or (7 if rel == 1 else 0))


def _year_for(anchor: Date, month: int, day: int | None, ctx: Context) -> int:
    """The year of a month (and day) named without one: the anchor's, moved back when
    looking back and that day is still ahead, forward in future reporting when it is past."""
    if ctx.looking_back and (month, day or 1) > (anchor.month, anchor.day):
        return anchor.year - 1
    if ctx.tense == "future" and (month, day or 31) < (anchor.month, anchor.day):
        return anchor.year + 1
    return anchor.year


def _holiday(rule: str, year: int) -> Date:
    """The date of a holiday rule: "MM-DD", "easter±N" or "us-thanksgiving±N" (days)."""
    base, offset = re.fullmatch(r"(\d\d-\d\d|[a-z-]+?)([+-]\d+)?", rule).groups()  # type: ignore[union-attr]
    if base[0].isdigit():
        return Date(year, int(base[:2]), int(base[3:]))
    shift = dt.timedelta(days=int(offset or 0))
    if base == "easter":
        return easter(year) + shift
    november = Date(year, 11, 1)
    return november + dt.timedelta(days=(3 - november.weekday()) % 7 + 21) + shift


def _duration(language: str, parts: dict[str, str]) -> str:
    value = "P"
    amounts = [(parts.get("num"), parts.get("unit")), (parts.get("num2"), parts.get("unit2"))]
    date_part, time_part = "", ""
    for amount, unit_word in amounts:
        if not amount or not unit_word:
            continue
        unit = str(_lookup(language, "units", unit_word))
        number = _number(language, amount)
        if unit in TIME_UNITS:
            time_part += _amount(number) + ("M" if unit == "MIN" else unit)
        elif unit == "WE":
            date_part += _amount(number * 2) + "D"
        else:
            date_part += _amount(number) + unit
    return value + date_part + ("T" + time_part if time_part else "")


def _shift(anchor: Date, unit: str, amount: float) -> str:
    """The anchor moved by `amount` units, at the unit's granularity."""
    whole = int(amount)
    if unit == "D":
        return (anchor + dt.timedelta(days=whole)).isoformat()
    if unit in ("W", "WE"):
        return _week(anchor + dt.timedelta(weeks=whole))
    if unit == "M":
        year, month = _month_shift(anchor.year, anchor.month, whole)
        return f"{year}-{month:02d}"
    if unit == "Q":
        year, month = _month_shift(anchor.year, anchor.month, 3 * whole)
        return f"{year}-Q{(month - 1) // 3 + 1}"
    if unit == "DE":
        return str(anchor.year + 10 * whole)[:3]
    if unit == "Y":
        return str(anchor.year + whole)
    return anchor.isoformat()


def _period(anchor: Date | None, unit: str, rel: int) -> str:
    if anchor is None:
        return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "Q": "XXXX-QX", "DE": "XXX"}.get(unit, "XXXX-XX-XX")
    if unit == "W":
        return _week(anchor + dt.timedelta(weeks=rel))
    return _shift(anchor, unit, rel)


def _part_of_day(language: str, word: str | None) -> str:
    return "T" + str(_lookup(language, "parts_of_day", word)) if word else ""


def resolve(cand: Candidate, ctx: Context) -> Resolved | None:
    """The TIMEX3 reading of a candidate, or None when it is not a temporal expression after all."""
    p, lang, anchor = cand.parts, ctx.language, ctx.anchor
    kind = cand.kind
    if kind in ("date", "iso"):
        month = int(p["mon"]) if "mon" in p else int(_lookup(lang, "months", p["month"]))  # type: ignore[arg-type]
        day = int(p["day"])
        if "year" in p:
            year = int(p["year"])
        elif anchor:
            year = _year_for(anchor, month, day, ctx)
        else:
            return _checked(f"XXXX-{month:02d}-{day:02d}", month, day, 2000, relative=False)
        return _checked(f"{year}-{month:02d}-{day:02d}", month, day, year, relative="year" not in p)
    if kind in ("month", "period_part"):
        mod = PARTS.get(str(_lookup(lang, "period_parts", p.get("part") or p["part2"]))) if ("part" in p or "part2" in p) else None
        if "month" not in p:
            return Resolved("DATE", p["year2"], mod)
        month = int(_lookup(lang, "months", p["month"]))  # type: ignore[arg-type]
        if "year" in p:
            return Resolved("DATE", f"{p['year']}-{month:02d}", mod)
        if anchor is None:
            return Resolved("DATE", f"XXXX-{month:02d}", mod)
        return Resolved("DATE", f"{_year_for(anchor, month, None, ctx)}-{month:02d}", mod, True)
    if kind == "period_part_rel":
        mod = PARTS[str(_lookup(lang, "period_parts", p.get("part") or p["part2"]))]
        unit_word = p["unit"].lower()
        rel = -1 if unit_word.startswith("vorjahr") else int(_lookup(lang, "relative", p["rel"])) if "rel" in p else 0  # type: ignore[arg-type]
        unit = "W" if unit_word in ("woche", "week") else "M" if unit_word in ("monats", "month") else "Y"
        return Resolved("DATE", _period(anchor, unit, rel), mod, True)
    if kind == "year":
        return Resolved("DATE", p["year"])
    if kind == "decade":
        mod = PARTS.get(str(_lookup(lang, "period_parts", p["part"]))) if "part" in p else None
        return Resolved("DATE", (p.get("century") or "19") + p["decade"], mod)
    if kind == "part_of_year":
        number = int(_lookup(lang, "ordinals", p["ord"]))  # type: ignore[arg-type]
        letter = str(_lookup(lang, "halves", p["half"]))
        if (letter == "H" and number > 2) or "year" not in p and anchor is None:
            return None
        return Resolved("DATE", f"{p.get('year') or anchor.year}-{letter}{number}", None, "year" not in p)  # type: ignore[union-attr]
    if kind == "weekday":
        weekday = int(_lookup(lang, "weekdays", p["wd"]))  # type: ignore[arg-type]
        dp = _part_of_day(lang, p.get("dp") or p.get("dp2"))
        rel = int(_lookup(lang, "relative", p["rel"])) if "rel" in p else None  # type: ignore[arg-type]
        if "deictic" in p and anchor:
            day: Date | None = anchor + dt.timedelta(days=int(_lookup(lang, "deictic_days", p["deictic"])))  # type: ignore[arg-type]
        elif anchor:
            day = _weekday(anchor, weekday, rel, ctx.looking_back)
        else:
            return Resolved("TIME" if dp else "DATE", f"XXXX-WXX-{weekday}{dp}")
        return Resolved("TIME" if dp else "DATE", _day_value(day) + dp, None, True)
    if kind == "weekend":
        if anchor is None:
            return Resolved("DATE", "XXXX-WXX-WE")
        rel = int(_lookup(lang, "relative", p["rel"])) if "rel" in p else None  # type: ignore[arg-type]
        saturday = _weekday(anchor, 6, rel, ctx.looking_back) if anchor.isoweekday() < 6 or rel else anchor
        return Resolved("DATE", _week(saturday) + "-WE", None, True)
    if kind == "deictic":
        if "lastnight" in p:
            offset, dp = -1, "TNI"
        elif "this" in p:
            offset, dp = 0, _part_of_day(lang, p["dp"])
        elif p["deictic"].lower() == "tonight":
            offset, dp = 0, "TNI"
        else:
            offset, dp = int(_lookup(lang, "deictic_days", p["deictic"])), _part_of_day(lang, p.get("dp"))  # type: ignore[arg-type]
        day = anchor + dt.timedelta(days=offset) if anchor else None
        return Resolved("TIME" if dp else "DATE", _day_value(day) + dp, None, True)
    if kind == "part_of_day":
        return Resolved("TIME", _day_value(ctx.day or anchor) + _part_of_day(lang, p["dp"]), None, True)
    if kind == "relative_period":
        unit = str(_lookup(lang, "units", p["unit"]))
        return Resolved("DATE", _period(anchor, unit, int(_lookup(lang, "relative", p["rel"]))), None, True)  # type: ignore[arg-type]
    if kind == "year_word":
        return Resolved("DATE", str(anchor.year + int(_lookup(lang, "year_words", p["yearword"]))) if anchor else "XXXX", None, True)  # type: ignore[arg-type]
    if kind in ("ago", "ahead", "anaphoric"):
        unit = str(_lookup(lang, "units", p["unit"]))
        mod = str(_lookup(lang, "quantity_mods", p["mod"])) if "mod" in p else None
        sign = -1 if kind == "ago" or p.get("dir", "").lower() in ("zuvor", "vorher", "früher", "earlier") else 1
        if unit in TIME_UNITS:
            return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, True)
        if anchor is None:
            return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        return Resolved("DATE", _shift(anchor, unit, sign * _number(lang, p["num"])), mod, True)
    if kind == "ago_vague":
        return Resolved("DATE", "PAST_REF")
    if kind == "anaphoric_day":
        offset = -1 if "prev" in p else 1
        dp = _part_of_day(lang, p["dp"]) if p.get("dp", "day") != "day" else ""
        day = anchor + dt.timedelta(days=offset) if anchor else None
        return Resolved("TIME" if dp else "DATE", _day_value(day) + dp, None, True)
    if kind in ("duration", "relative_duration"):
        if p.get("unit", "").lower() in ("wochenende", "weekend"):
            return None
        mod = str(_lookup(lang, "quantity_mods", p["mod"])) if "mod" in p else None
        return Resolved("DURATION", _duration(lang, p), mod)
    if kind == "time":
        return _time(p, ctx)
    if kind == "set":
        if "set" in p:
            return Resolved("SET", str(_lookup(lang, "sets", p["set"])))
        return Resolved("SET", "P1" + str(_lookup(lang, "units", p["unit"])))
    if kind == "weekday_set":
        return Resolved("SET", f"XXXX-WXX-{_lookup(lang, 'weekday_sets', p['wdset'])}")
    if kind == "every":
        if "wd" in p:
            return Resolved("SET", f"XXXX-WXX-{_lookup(lang, 'weekdays', p['wd'])}")
        unit = str(_lookup(lang, "units", p["unit"]))
        step = _amount(_number(lang, p["num"])) if "num" in p else "1"
        return Resolved("SET", f"PT{step}{'M' if unit == 'MIN' else unit}" if unit in TIME_UNITS else f"P{step}{unit}")
    if kind == "ref":
        return Resolved("DATE", str(_lookup(lang, "refs", p["ref"])))
    if kind == "holiday":
        rule = str(_lookup(lang, "holidays", p["holiday"]))
        if "year" in p:
            return Resolved("DATE", _holiday(rule, int(p["year"])).isoformat())
        if anchor is None:
            return Resolved("DATE", "XXXX-" + rule if re.fullmatch(r"\d\d-\d\d", rule) else "XXXX-XX-XX")
        return Resolved("DATE", _holiday(rule, anchor.year).isoformat(), None, True)
    return None


def _checked(value: str, month: int, day: int, year: int, relative: bool) -> Resolved | None:
    """A calendar date, or None when day and month do not make one (like 31. Februar)."""
    try:
        Date(year, month, day)
    except ValueError:
        return None
    return Resolved("DATE", value, None, relative)


def _time(p: dict[str, str], ctx: Context) -> Resolved | None:
    if "named" in p:
        hour, minute = (12, 0) if p["named"].lower() == "noon" else (24, 0)
    else:
        hour, minute = int(p["h"]), int(p.get("m") or p.get("m2") or 0)
        if p.get("ampm") == "p" and hour < 12:
            hour += 12
        elif p.get("ampm") == "a" and hour == 12:
            hour = 0
    if hour > 24:
        return None
    mod = str(_lookup(ctx.language, "time_mods", p["mod"])) if "mod" in p else None
    day = ctx.day or ctx.anchor
    return Resolved("TIME", f"{_day_value(day)}T{hour:02d}:{minute:02d}", mod, ctx.day is None)
