"""Stage `claims`: the certainty of every sentence, from the author's point of view.

Labels, strongest first: `question` (the author asks), `attributed` (a quote, an
attribution cue like "laut"/"according to"/"sagte", or German reported speech
carries it), `speculative` (the author marks conjecture: "Denkbar ist, dass …"),
`hedged` (an epistemic cue: "vermutlich", "reportedly"), else `asserted`.
Cues inside quotations are the quoted speaker's, not the author's, and are
ignored. Negated possibility ("nicht möglich") asserts; litotes ("nicht
unwahrscheinlich") still hedges. `sourced` says whether an asserted sentence
has a source in the text (a quote, a reference marker, a link); it is None for
other labels. Lexicons: lexicons/claims_<lang>.json, documented in docs/claims.md.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..record import Article
from .language import analysis_language, record_skip
from .spans import Locator, Quotation, quotations, sentences

LABELS = ("asserted", "hedged", "speculative", "question", "attributed")
LANGUAGES = ("de", "en")
#: Share of a sentence a quotation without speaker or reference must cover to carry it.
QUOTE_COVER = 0.5
Span = tuple[int, int]


@lru_cache(maxsize=4)
def load_lexicon(language: str) -> dict[str, Any]:
    """The cue lexicon `lexicons/claims_<language>.json`."""
    path = resources.files("presslens.lexicons").joinpath(f"claims_{language}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _phrases(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


def _patterns(patterns: list[str]) -> re.Pattern[str]:
    """Regular expressions from the lexicon, case-sensitive (they say where case does not matter)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns of one language."""

    hedges: re.Pattern[str]
    hedge_patterns: re.Pattern[str]
    negators: re.Pattern[str]
    cancelled: frozenset[str]
    not_cues: re.Pattern[str]
    speculation: re.Pattern[str]
    attribution: re.Pattern[str]
    attribution_patterns: re.Pattern[str]
    reported: re.Pattern[str]
    reported_blockers: re.Pattern[str]
    sources: re.Pattern[str]


@lru_cache(maxsize=4)
def cues(language: str) -> Cues:
    lex = load_lexicon(language)
    return Cues(
        hedges=_phrases(lex["hedges"]),
        hedge_patterns=_patterns(lex["hedge_patterns"]),
        negators=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lex["negators"])) + r")(?!\w)\W+(?:\w+\W+)?$", re.IGNORECASE),
        cancelled=frozenset(lex["negation_cancels"]),
        not_cues=_phrases(lex["not_cues"]),
        speculation=_phrases(lex["speculation"]),
        attribution=_phrases(lex["attribution"]),
        attribution_patterns=_patterns(lex["attribution_patterns"]),
        reported=_phrases(lex["reported_speech"]) if lex["reported_speech"] else re.compile("(?!)"),
        reported_blockers=_phrases(lex["reported_speech_blockers"]) if lex["reported_speech_blockers"] else re.compile("(?!)"),
        sources=_patterns(lex["source_patterns"]),
    )


def classify_claims(article: Article) -> Article:
    """Add the `claims` layer (one item per sentence) and `profile["certainty"]`."""
    language = analysis_language(article)
    article.layers["claims"] = []
    if language not in LANGUAGES:
        return record_skip(article, "claims")
    spans = sentences(article)
    locate = Locator(spans, quotations(article))
    found = cues(language)
    article.layers["claims"] = [_classify(article, span, locate, found) for span in spans]
    article.profile["certainty"] = certainty_profile(article.layers["claims"])
    return article


def certainty_profile(claims: list[dict[str, Any]]) -> dict[str, float]:
    """Shares of each label and of unsourced asserted sentences among all sentences."""
    total = len(claims)
    counts = Counter(c["label"] for c in claims)
    shares = {label: round(counts[label] / total, 3) if total else 0.0 for label in LABELS}
    shares["unsourced"] = round(sum(1 for c in claims if c["sourced"] is False) / total, 3) if total else 0.0
    return shares


def _classify(article: Article, span: Span, locate: Locator, found: Cues) -> dict[str, Any]:
    text = article.text
    inside = _quoted(span, locate.quotes)
    author = _outside(span, [part for _, part in inside])

    def matches(pattern: re.Pattern[str]) -> list[Span]:
        return [(m.start(), m.end()) for s, e in author for m in pattern.finditer(text, s, e)]

    question = _question(text, span, inside)
    if question:
        return _claim(span, "question", [question], None)
    hedges = _hedges(text, author, found) + matches(found.hedge_patterns)
    attribution = _outside_all(matches(found.attribution) + matches(found.attribution_patterns), hedges) + _reported(text, author, found)
    if attribution or any(_carries(quote, part, span) for quote, part in inside):
        return _claim(span, "attributed", attribution, None)
    speculation = matches(found.speculation)
    if speculation:
        return _claim(span, "speculative", speculation, None)
    if hedges:
        return _claim(span, "hedged", hedges, None)
    sourced = bool(inside) or bool(found.sources.search(text, *span)) or _has_reference(article, span)
    return _claim(span, "asserted", [], sourced)


def _claim(span: Span, label: str, cue_spans: list[Span], sourced: bool | None) -> dict[str, Any]:
    return {"start": span[0], "end": span[1], "label": label, "cues": [{"start": s, "end": e} for s, e in sorted(set(cue_spans))], "sourced": sourced}


def _outside_all(found: list[Span], cover: list[Span]) -> list[Span]:
    """The matches not inside a covering match ("said" inside the hedge "is said to")."""
    return [(s, e) for s, e in found if not any(a <= s and e <= b for a, b in cover)]


def _quoted(span: Span, quotes: list[Quotation]) -> list[tuple[Quotation, Span]]:
    """The quotation spans overlapping the sentence, clipped to it."""
    start, end = span
    return [(q, (max(s, start), min(e, end))) for q in quotes for s, e in q.spans if s < end and start < e]


def _outside(span: Span, parts: list[Span]) -> list[Span]:
    """The pieces of the sentence outside the quoted parts: the author's own words."""
    pieces, at = [], span[0]
    for s, e in sorted(parts):
        if s > at:
            pieces.append((at, s))
        at = max(at, e)
    if at < span[1]:
        pieces.append((at, span[1]))
    return pieces


def _carries(quote: Quotation, part: Span, span: Span) -> bool:
    """A quotation carries the sentence when it has a speaker or a reference, or covers most of it."""
    if quote.index is not None and (quote.speaker or quote.reference):
        return True
    return (part[1] - part[0]) >= QUOTE_COVER * (span[1] - span[0])


def _question(text: str, span: Span, inside: list[tuple[Quotation, Span]]) -> Span | None:
    """The final question mark of an author's question (not one inside a quotation)."""
    body = re.sub(r"[\s\"'“”«»)\]]*(?:\(\d{1,3}\))?[\s.]*$", "", text[span[0] : span[1]])
    if not body.endswith("?"):
        return None
    mark = span[0] + len(body) - 1
    if any(s <= mark < e and s > span[0] + 1 for _, (s, e) in inside):
        return None
    return (mark, mark + 1)


def _reported(text: str, author: list[Span], found: Cues) -> list[Span]:
    """German reported speech: Konjunktiv I forms ("sei", "habe") outside quotes and not after "ich"."""
    hits = []
    for s, e in author:
        for m in found.reported.finditer(text, s, e):
            if not found.reported_blockers.search(text[max(s, m.start() - 12) : m.end() + 6]):
                hits.append((m.start(), m.end()))
    return hits


def _hedges(text: str, author: list[Span], found: Cues) -> list[Span]:
    """Hedge cues in the author's words; negated possibility cancels, litotes keeps its negator."""
    hits = []
    excluded = [(m.start(), m.end()) for s, e in author for m in found.not_cues.finditer(text, s, e)]
    for s, e in author:
        for m in found.hedges.finditer(text, s, e):
            word = m.group()
            if any(a <= m.start() < b for a, b in excluded):
                continue
            if word[:1].isupper() and not _starts_sentence(text, m.start(), s) and " " not in word:
                continue
            negation = found.negators.search(text, max(s, m.start() - 24), m.start())
            if negation and word.lower() in found.cancelled:
                continue
            hits.append((negation.start() if negation and word.lower().startswith("un") else m.start(), m.end()))
    return hits


def _starts_sentence(text: str, at: int, piece_start: int) -> bool:
    before = text[piece_start:at].strip(" \"'„“”«»(")
    return not before or before[-1] in ".!?:"


def _has_reference(article: Article, span: Span) -> bool:
    return any(span[0] <= ref["start"] < span[1] for ref in article.layer("references"))
