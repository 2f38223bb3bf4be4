"""Detection rules: regular expressions built from the lexicon, one rule per kind of expression.

Each rule names a `kind` that `normalise` knows how to turn into a TIMEX3 value;
named groups carry the parts (day, month, year, weekday, unit, ...). The rules
follow the categories HeidelTime documents (dates, times, durations, sets,
explicit/implicit/relative expressions) but are written from scratch.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import alternation, load

B = r"(?<![\w])"  # left word boundary that also works before non-word characters
E = r"(?![\w])"  # right word boundary
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"


@dataclass(frozen=True)
class Rule:
    """A named detection pattern."""

    kind: str
    pattern: re.Pattern[str]


@dataclass
class Candidate:
    """A span some rule matched, with its parsed parts."""

    start: int
    end: int
    kind: str
    parts: dict[str, str] = field(default_factory=dict)


def _titled(words: object) -> str:
    """Alternation of the words title-cased or upper-cased (names of months and days)."""
    forms = []
    for word in words:  # type: ignore[attr-defined]
        forms += [" ".join(part[:1].upper() + part[1:] for part in word.split(" ")), word.upper()]
    return alternation(forms)


def _compile(*pairs: tuple[str, str]) -> list[Rule]:
    return [Rule(kind, re.compile(B + pattern + E)) for kind, pattern in pairs]


@lru_cache(maxsize=4)
def rules(language: str) -> list[Rule]:
    """The detection rules of a language (German and English)."""
    lex = load(language)
    months = _titled(lex["months"])
    weekdays = _titled(lex["weekdays"])
    units = "(?i:" + alternation(lex["units"]) + ")"
    number = r"(?P<num>\d+(?:[.,]5)?|(?i:" + alternation(lex["numbers"]) + "))"
    vague = "(?P<vague>(?i:" + alternation(lex["vague_numbers"]) + "))"
    qmod = "(?:(?P<mod>(?i:" + alternation(lex["quantity_mods"]) + "))\\s+)?"
    tmod = "(?:(?P<mod>(?i:" + alternation(lex["time_mods"]) + "))\\s+)?"
    relative = "(?P<rel>(?i:" + alternation(lex["relative"]) + "))"
    ordinal = "(?P<ord>(?i:" + alternation(lex["ordinals"]) + "))"
    half = "(?P<half>(?i:" + alternation(lex["halves"]) + "))"
    zone = r"(?:\s+(?:" + alternation(lex["time_zones"]) + "))?"
    parts_of_day = "(?i:" + alternation(lex["parts_of_day"]) + ")"
    shared = (
        ("iso", r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"),
        ("year", r"(?<![$€£#])(?<!\d[.,])" + YEAR + r"(?![.,:/]?\d|-\d{1,2}\b)(?!\s*(?:%|(?i:prozent|percent|euro|dollar|menschen|personen|einwohner|people|employees|residents|points|punkte|stimmen|votes|meter|kilometer|km|miles|tonnen|tons)\b))"),
        ("set", "(?P<set>(?i:" + alternation(lex["sets"]) + "))"),
        ("weekday_set", "(?P<wdset>(?i:" + alternation(lex["weekday_sets"]) + "))"),
        ("every", "(?i:" + alternation(lex["every"]) + r")\s+(?:(?P<num>\d+|(?i:" + alternation(lex["numbers"]) + r"))\s+)?(?:(?P<wd>" + weekdays + ")|(?P<unit>" + units + "))"),
        ("ref", "(?P<ref>(?i:" + alternation(lex["refs"]) + r"))(?!(?<=Nun),)(?!(?<=Now),)"),
        ("holiday", "(?P<holiday>" + _titled(lex["holidays"]) + r")(?:\s+" + YEAR + ")?"),
        ("ago_vague", vague + r"\s+(?P<unit>" + units + r")\s+(?i:ago)" if language == "en" else "(?i:vor)\\s+" + vague + r"\s+(?P<unit>" + units + ")"),
        ("duration", qmod + number + r"\s+(?P<unit>" + units + r")(?:\s+(?i:und|and)\s+(?P<num2>\d+|(?i:" + alternation(lex["numbers"]) + r"))\s+(?P<unit2>" + units + "))?"),
    )
    if language == "de":
        specific = (
            ("date", r"(?:(?P<wd>" + weekdays + r"),?\s+(?:(?:den|dem)\s+)?)?(?P<day>[0-3]?\d)\.\s*(?P<month>" + months + r")(?:\s+" + YEAR + ")?"),
            ("date", r"(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\." + YEAR),
            ("period_part", r"(?P<part>(?i:anfang|beginn|mitte|ende))\s+(?:(?P<month>" + months + r")(?:\s+" + YEAR + r")?|(?P<year2>(?:1[5-9]|20)\d\d))"),
            ("period_part_rel", r"(?P<part>(?i:anfang|beginn|mitte|ende))\s+(?:(?:des|der|dieses|dieser|diesen)\s+|" + relative + r"\s+)?(?P<unit>Jahres|Monats|Woche|Vorjahres|Vorjahrs)"),
            ("month", r"(?P<month>" + months + r")(?:\s+" + YEAR + ")?"),
            ("decade", r"(?:(?P<part>(?i:anfang|mitte|ende))\s+der\s+)?(?:(?P<century>\d\d)|(?<=\s))(?P<decade>\d)0-?er(?:[\s-]+Jahren?)?"),
            ("part_of_year", ordinal + r"\s+" + half + r"(?:\s+(?:des\s+Jahres\s+)?" + YEAR + ")?"),
            ("weekday", r"(?:(?:" + relative + r"|(?P<deictic>heutigen|gestrigen|morgigen))\s+)?(?P<wd>" + weekdays + r")(?P<dp>abend|morgen|vormittag|nachmittag|mittag|nacht)?(?:\s+(?P<dp2>Abend|Morgen|Vormittag|Nachmittag|Nacht))?"),
            ("weekend", r"(?:" + relative + r"\s+)?(?P<unit>Wochenende)"),
            ("deictic", r"(?P<deictic>(?i:heute|gestern|vorgestern|übermorgen)|morgen)(?:\s+(?P<dp>(?i:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)))?"),
            ("part_of_day", r"(?<=[Aa]m\s)(?P<dp>Morgen|Vormittag|Mittag|Nachmittag|Abend)"),
            ("relative_period", relative + r"\s+(?P<unit>Jahr|Jahres|Monat|Monats|Woche|Quartal|Quartals|Jahrzehnt|Jahrzehnts)"),
            ("year_word", "(?P<yearword>(?i:" + alternation(lex["year_words"]) + "))"),
            ("relative_duration", relative + r"\s+" + number + r"\s+(?P<unit>" + units + ")"),
            ("ago", r"(?i:vor)\s+" + number + r"\s+(?P<unit>" + units + ")"),
            ("ahead", r"(?i:in)\s+" + number + r"\s+(?P<unit>" + units + ")"),
            ("anaphoric", qmod + number + r"\s+(?P<unit>" + units + r")\s+(?P<dir>später|danach|darauf|zuvor|vorher|früher)"),
            ("anaphoric_day", r"(?:(?P<next>folgenden|nächsten|darauffolgenden)\s+Tag|Tags?\s+darauf|(?P<prev>Vortag))"),
            ("time", tmod + r"(?P<h>[0-2]?\d)(?:[.:](?P<m>[0-5]\d))?\s+Uhr(?:\s+(?P<m2>[0-5]\d)(?!\d))?" + zone),
        )
    else:
        specific = (
            ("date", r"(?:(?P<wd>" + weekdays + r"),?\s+)?(?P<month>" + months + r")\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:)(?:,?\s+" + YEAR + ")?"),
            ("date", r"(?:(?P<wd>" + weekdays + r"),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + months + r")(?:,?\s+" + YEAR + ")?"),
            ("date", r"(?P<mon>[01]?\d)/(?P<day>[0-3]?\d)/" + YEAR),
            ("period_part", r"(?:(?i:the\s+)?(?P<part>(?i:beginning|start|middle|end))\s+of\s+|(?P<part2>(?i:early|mid|late))[\s-]+)(?:(?P<month>" + months + r")(?:,?\s+" + YEAR + r")?|(?P<year2>(?:1[5-9]|20)\d\d))"),
            ("period_part_rel", r"(?:(?i:the\s+)?(?P<part>(?i:beginning|start|middle|end))\s+of\s+|(?P<part2>(?i:early|late))\s+)(?:the\s+|" + relative + r"\s+)?(?P<unit>year|month|week)"),
            ("month", r"(?P<month>" + months + r")(?:,?\s+" + YEAR + ")?"),
            ("decade", r"(?:(?:the\s+)?(?P<part>(?i:early|mid|late))[\s-]+)?(?:the\s+)?(?:(?P<century>\d\d)|')(?P<decade>\d)0s"),
            ("part_of_year", r"(?:(?i:the)\s+)?" + ordinal + r"\s+" + half + r"\s+of\s+(?:the\s+year\s+)?" + YEAR),
            ("weekday", r"(?:" + relative + r"\s+)?(?P<wd>" + weekdays + r")(?:\s+(?P<dp2>(?i:morning|afternoon|evening|night)))?"),
            ("weekend", r"(?:(?i:the\s+)?" + relative + r"\s+)?(?P<unit>weekend)"),
            ("deictic", r"(?P<deictic>(?i:today|yesterday|tomorrow))(?:\s+(?P<dp>(?i:morning|afternoon|evening|night)))?"),
            ("deictic", r"(?P<deictic>(?i:tonight))"),
            ("deictic", r"(?P<lastnight>(?i:last)\s+night)|(?P<this>(?i:this))\s+(?P<dp>" + parts_of_day + ")"),
            ("relative_period", r"(?:(?i:the)\s+)?" + relative + r"\s+(?P<unit>year|month|week|quarter|decade)"),
            ("relative_duration", r"(?:(?i:the)\s+)?" + relative + r"\s+" + number + r"\s+(?P<unit>" + units + ")"),
            ("ago", number + r"\s+(?P<unit>" + units + r")\s+(?i:ago)"),
            ("duration", number + r"-(?P<unit>year|month|week|day|hour|minute)(?!-old)"),
            ("anaphoric", qmod + number + r"\s+(?P<unit>" + units + r")\s+(?P<dir>later|earlier)"),
            ("anaphoric_day", r"(?:(?i:the)\s+)?(?:(?P<next>following|next)|(?P<prev>previous))\s+(?P<dp>day|morning|afternoon|evening|night)"),
            ("time", tmod + r"(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?m\.?(?![a-z])" + zone),
            ("time", tmod + r"(?P<named>(?i:noon|midnight))"),
            ("set", r"(?P<num>\d+|(?i:" + alternation(lex["numbers"]) + r"))\s+(?:times|days)\s+(?:a|per)\s+(?P<unit>week|month|year|day)"),
        )
    return _compile(*specific, *shared)


def candidates(text: str, language: str) -> Iterator[Candidate]:
    """Every match of every rule, overlapping ones included."""
    for rule in rules(language):
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                parts = {key: value for key, value in match.groupdict().items() if value is not None}
                yield Candidate(match.start(), match.end(), rule.kind, parts)


def select(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest match at each place (earlier rules win ties), no overlaps."""
    order = {id(c): i for i, c in enumerate(found)}
    starts: list[int] = []
    chosen: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), order[id(c)])):
        at = bisect_left(starts, cand.start)
        if at < len(chosen) and chosen[at].start < cand.end:
            continue
        if at > 0 and chosen[at - 1].end > cand.start:
            continue
        starts.insert(at, cand.start)
        chosen.insert(at, cand)
    return chosen
