"""Sentence and quotation regions that the timexes and claims stages read from other layers.

Both are normally taken from the `sentences` and `quotes` layers. When a record
lacks them (a stage run alone, or a language the sentence splitter does not
support) a documented fallback keeps the stages working: sentences are cut at
`.!?` followed by space and an upper-case letter or a line break, quotations
are paired typographic quotation marks. The fallback is never written back as a layer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..record import Article

Span = tuple[int, int]
_SENTENCE_END = re.compile(r"(?:(?<=[^\d\s.][.])|(?<=[!?…]))[\"'“”«»)]*\s+(?=[\"'„“«»(]*[A-ZÄÖÜ])|\n\s*\n|\n(?=[A-ZÄÖÜ])")
_QUOTED = re.compile(r"„[^“”„]{1,3000}[“”]|“[^”“„]{1,3000}”|»[^«»]{1,3000}«|«[^»«]{1,3000}»|\"[^\"\n]{1,3000}\"")


def sentences(article: Article) -> list[Span]:
    """Sentence spans: the sentences layer, else the fallback split."""
    layer = article.layers.get("sentences")
    if layer is not None:
        return [(s["start"], s["end"]) for s in layer]
    return fallback_sentences(article.text)


def fallback_sentences(text: str) -> list[Span]:
    """Cut text at sentence-final punctuation or paragraph breaks; spans trimmed of whitespace."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class Quotation:
    """A quoted region: first span start to last span end, its layer index (None in fallback), whether it has a speaker or a reference."""

    start: int
    end: int
    index: int | None
    spans: list[Span]
    speaker: bool = False
    reference: bool = False


def quotations(article: Article) -> list[Quotation]:
    """Quoted regions: the quotes layer, else paired quotation marks."""
    layer = article.layers.get("quotes")
    if layer is not None:
        found = []
        for index, quote in enumerate(layer):
            spans = [(s["start"], s["end"]) for s in quote.get("spans", [])]
            if spans:
                found.append(Quotation(min(s for s, _ in spans), max(e for _, e in spans), index, spans, bool(quote.get("speaker")), bool(quote.get("reference"))))
        return found
    return [Quotation(m.start(), m.end(), None, [(m.start(), m.end())]) for m in _QUOTED.finditer(article.text)]


class Locator:
    """Find the sentence and the quotation around a character offset."""

    def __init__(self, sentence_spans: list[Span], quotes: list[Quotation]) -> None:
        self.sentence_spans = sorted(sentence_spans)
        self._starts = [s for s, _ in self.sentence_spans]
        self.quotes = quotes
        self._quote_spans = sorted((s, e, i) for i, q in enumerate(quotes) for s, e in q.spans)
        self._quote_starts = [s for s, _, _ in self._quote_spans]

    def sentence(self, offset: int) -> Span | None:
        at = bisect_right(self._starts, offset) - 1
        if at >= 0 and offset < self.sentence_spans[at][1]:
            return self.sentence_spans[at]
        return None

    def quotation(self, start: int, end: int) -> Quotation | None:
        """The quotation one of whose spans contains [start, end) (the nearest few spans starting before it are checked)."""
        at = bisect_right(self._quote_starts, start)
        for s, e, index in reversed(self._quote_spans[max(0, at - 8) : at]):
            if s <= start and end <= e:
                return self.quotes[index]
        return None
