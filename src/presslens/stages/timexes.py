"""Stage `timexes`: dates, times, durations and sets in German and English, normalised to TIMEX3.

Detection is the rule layer in `time.patterns`; values come from `time.normalise`
with the anchoring rules of `time.anchor` (docs/time.md). Items:
`{"start", "end", "type": DATE|TIME|DURATION|SET, "value", "mod", "anchor"}`,
where `anchor` is the ISO date a relative expression was resolved against (None
for absolute expressions).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..record import Article
from .language import analysis_language, record_skip
from .spans import Locator, quotations, sentences
from .time import anchor as anchoring
from .time.lexicon import LANGUAGES, load
from .time.normalise import Context, Resolved, resolve
from .time.patterns import Candidate, candidates, select

#: Kinds that refer back to the narrative ("zwei Tage später", "the following morning").
ANAPHORIC = {"anaphoric", "anaphoric_day"}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MAY_CONTEXT = re.compile(r"(?i)(?:in|of|since|until|by|early|late|mid|last|next|this|from|through)\s+$")


def find_timexes(article: Article) -> Article:
    """Add the `timexes` layer (empty, and noted in the profile, for languages without a temporal lexicon)."""
    language = analysis_language(article)
    article.layers["timexes"] = []
    if language not in LANGUAGES:
        return record_skip(article, "timexes")
    article.layers["timexes"] = [_item(found) for found in _resolve_all(article, language)]
    return article


def _item(found: tuple[Candidate, Resolved, dt.date | None]) -> dict[str, Any]:
    cand, resolved, used = found
    return {
        "start": cand.start,
        "end": cand.end,
        "type": resolved.type,
        "value": resolved.value,
        "mod": resolved.mod,
        "anchor": used.isoformat() if used and resolved.relative else None,
    }


def _plausible(cand: Candidate, text: str, language: str) -> bool:
    """Drop readings a pattern cannot rule out alone: English "May" the modal verb,
    a bare four-digit number after a quantity word ("etwa 1500 Soldaten")."""
    before = text[max(0, cand.start - 14) : cand.start]
    if cand.kind == "month" and cand.parts.get("month", "").lower() == "may" and "year" not in cand.parts:
        return bool(_MAY_CONTEXT.search(before))
    if cand.kind == "year":
        return not _ends_with(before, load(language)["quantity_words"])
    return True


def _ends_with(before: str, words: list[str]) -> bool:
    return any(re.search(r"(?i)(?<!\w)" + re.escape(word) + r"\s+$", before) for word in words)


def _share_range_year(chosen: list[Candidate], text: str, language: str) -> None:
    """"Januar bis September 2010": a month without a year takes the year of its range partner."""
    joiners = "|".join(map(re.escape, load(language)["range_words"]))
    for cand, following in zip(chosen, chosen[1:]):
        if cand.kind == "month" and "year" not in cand.parts and "year" in following.parts:
            if re.fullmatch(r"\s*(?:[-–]|" + joiners + r")\s*", text[cand.end : following.start]):
                cand.parts["year"] = following.parts["year"]


def _resolve_all(article: Article, language: str) -> list[tuple[Candidate, Resolved, dt.date | None]]:
    text = article.text
    dct = anchoring.dateline(article)
    locate = Locator(sentences(article), quotations(article))
    chosen = [c for c in select(list(candidates(text, language))) if _plausible(c, text, language)]
    _share_range_year(chosen, text, language)
    resolved: list[tuple[Candidate, Resolved, dt.date | None]] = []
    narrative = dct
    for cand in chosen:
        sentence = locate.sentence(cand.start) or (cand.start, cand.end)
        anchor = _quote_anchor(cand, locate, resolved) or (narrative if cand.kind in ANAPHORIC else dct)
        found_tense = anchoring.tense(text, language, sentence[0], sentence[1], cand.start, article.tokens)
        if _ends_with(text[max(0, cand.start - 14) : cand.start], load(language)["past_prepositions"]):
            found_tense = "past"
        day = _day_before(cand, sentence, resolved)
        result = resolve(cand, Context(language, anchor, found_tense, day))
        if result is None:
            continue
        resolved.append((cand, result, anchor))
        if result.type == "DATE" and _DAY.match(result.value) and cand.kind in ("date", "iso"):
            narrative = dt.date.fromisoformat(result.value[:10])
    return _merge_time_and_date(text, resolved) if language == "en" else resolved


def _quote_anchor(cand: Candidate, locate: Locator, done: list[tuple[Candidate, Resolved, dt.date | None]]) -> dt.date | None:
    """Inside a quotation: the last absolute day named in the introducing sentence before the quote."""
    quote = locate.quotation(cand.start, cand.end)
    if quote is None:
        return None
    frame = locate.sentence(quote.start)
    if frame is None:
        return None
    for c, r, _ in reversed(done):
        if c.start < frame[0]:
            break
        if c.start < quote.start and r.type == "DATE" and _DAY.match(r.value):
            return dt.date.fromisoformat(r.value[:10])
    return None


def _day_before(cand: Candidate, sentence: tuple[int, int], done: list[tuple[Candidate, Resolved, dt.date | None]]) -> dt.date | None:
    """The last day resolved earlier in the same sentence (the date of a bare clock time)."""
    if cand.kind not in ("time", "part_of_day"):
        return None
    for c, r, _ in reversed(done):
        if c.start < sentence[0]:
            break
        if _DAY.match(r.value):
            return dt.date.fromisoformat(r.value[:10])
    return None


def _merge_time_and_date(text: str, found: list[tuple[Candidate, Resolved, dt.date | None]]) -> list[tuple[Candidate, Resolved, dt.date | None]]:
    """English "10:30 p.m. Aug. 9", "Dec. 3 at 5 p.m.": one TIME on that day."""
    merged: list[tuple[Candidate, Resolved, dt.date | None]] = []
    for cand, result, used in found:
        if merged:
            prev_cand, prev, prev_used = merged[-1]
            gap = text[prev_cand.end : cand.start]
            clock, day = (prev, result) if prev.type == "TIME" else (result, prev)
            if clock.type == "TIME" and ":" in clock.value and _DAY.match(day.value) and re.fullmatch(r"\s+(?:on|at)?\s*|,\s+", gap):
                joined = Candidate(prev_cand.start, cand.end, "time", prev_cand.parts)
                value = day.value[:10] + clock.value[clock.value.index("T") :]
                merged[-1] = (joined, Resolved("TIME", value, clock.mod, day.relative), used if day is result else prev_used)
                continue
        merged.append((cand, result, used))
    return merged
