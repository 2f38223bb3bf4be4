"""Stage `timeline`: the article's resolved dates with their sentence, acting entities and quotes, by date.

One entry per timex whose value names a calendar date (a year, month, week or
day, with or without a time); durations, sets and vague references (PAST_REF)
have no place on a time axis and are left out. Entries are sorted by date, then
by position in the text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..record import Article
from .spans import Locator, quotations, sentences

_DATED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q(\d))?")


def build_timeline(article: Article) -> Article:
    """Add the `timeline` layer from the `timexes` layer (empty when there is none)."""
    locate = Locator(sentences(article), quotations(article))
    entries = []
    for timex in article.layer("timexes"):
        key = sort_key(timex["value"])
        if timex["type"] not in ("DATE", "TIME") or key is None:
            continue
        sentence = locate.sentence(timex["start"]) or (timex["start"], timex["end"])
        entries.append(
            {
                "date": timex["value"],
                "mod": timex.get("mod"),
                "timex": {"start": timex["start"], "end": timex["end"]},
                "sentence": {"start": sentence[0], "end": sentence[1]},
                "entities": _entities(article, sentence),
                "quotes": sorted({q.index for q in locate.quotes if q.index is not None and q.start < sentence[1] and sentence[0] < q.end and _in_quote(q, timex)}),
            }
        )
    entries.sort(key=lambda e: (sort_key(e["date"]), e["timex"]["start"]))
    article.layers["timeline"] = entries
    return article


def sort_key(value: str) -> tuple[int, int, int, str] | None:
    """(year, month, day, rest) of a TIMEX3 value that names a calendar time, else None.

    A week sorts at its Monday's month, a quarter at its first month; a coarser
    value sorts before the finer ones inside it.
    """
    match = _DATED.match(value or "")
    if not match:
        return None
    year, month, day, week, quarter = match.groups()
    if week:
        monday = dt.date.fromisocalendar(int(year), max(1, min(int(week), 52)), 1)
        return (monday.year, monday.month, monday.day, value)
    if quarter:
        return (int(year), 3 * int(quarter) - 2, 0, value)
    return (int(year), int(month or 0), int(day or 0), value)


def _entities(article: Article, sentence: tuple[int, int]) -> list[dict[str, Any]]:
    """Entities with a mention inside the sentence: id, name and label."""
    acting = []
    for entity in article.layer("entities"):
        if any(sentence[0] <= m["start"] and m["end"] <= sentence[1] for m in entity.get("mentions", [])):
            acting.append({"id": entity.get("id"), "name": entity.get("name"), "label": entity.get("label")})
    return acting


def _in_quote(quote: Any, timex: dict[str, Any]) -> bool:
    """Whether the quotation contains the timex or introduces the sentence it stands in."""
    return any(s <= timex["start"] < e for s, e in quote.spans) or quote.start >= timex["end"]
