"""The units quotes are looked for in: sentences, joined where a quotation spans several.

A quotation in marks may hold several sentences („A. B“, sagte X.); its frame
then sits in the last one. Joining the sentences a marked span crosses gives
one unit that holds the whole quotation and its frame.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ...record import Article, Token
from .marks import Marked
from .wordclass import FINITE, PUNCT, word_class

#: Marked spans with this many words (or a finite verb) read as speech, shorter ones as quoted words.
_SPEECH_WORDS = 4

_NAME_HOSTS = frozenset({"ART", "ADJA", "NN"})
_CLOSING = frozenset(".!?")
_CLAUSE_BREAKS = {",", ";", ":", "–", "—"}


@dataclass
class Unit:
    """A stretch of text between sentence boundaries, with its tokens and the marks in it."""

    start: int
    end: int
    first: int  # index of the first token
    last: int  # index after the last token
    marks: list[Marked] = field(default_factory=list)  # outermost marks inside the unit
    inside: set[int] = field(default_factory=set)  # token indices inside those marks
    breaks: set[int] = field(default_factory=set)  # ... of marks that read as speech (they end a clause)
    ignored: set[int] = field(default_factory=set)  # tokens of reference markers "(6)"
    paragraph: int = 0

    @property
    def indices(self) -> range:
        return range(self.first, self.last)

    def outside(self) -> list[int]:
        """Token indices outside marks and reference markers: where frames and cues may be."""
        return [i for i in self.indices if i not in self.inside and i not in self.ignored]

    def text_tokens(self) -> list[int]:
        """Token indices except reference markers."""
        return [i for i in self.indices if i not in self.ignored]


def build_units(article: Article, marks: list[Marked], references: list[tuple[int, int]]) -> list[Unit]:
    """Sentences (or paragraphs, or the whole text) joined so that no outer mark pair crosses a unit."""
    tokens = article.tokens
    bounds = [(s["start"], s["end"]) for s in article.layer("sentences")]
    if not bounds:
        bounds = [(p["start"], p["end"]) for p in article.layer("paragraphs")] or [(0, len(article.text))]
    outer = [m for m in marks if m.depth == 0]
    merged: list[list[int]] = []
    for start, end in sorted(bounds):
        if merged and any(m.start < merged[-1][1] and m.end > merged[-1][1] and m.start < end for m in outer):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [t.start for t in tokens]
    paragraphs = sorted(p["start"] for p in article.layer("paragraphs"))
    units = []
    for start, end in merged:
        unit = Unit(start, end, bisect_left(starts, start), bisect_left(starts, end))
        unit.paragraph = bisect_left(paragraphs, start + 1)
        unit.marks = [m for m in outer if start <= m.start and m.end <= end]
        for m in unit.marks:
            within = [i for i in unit.indices if m.start <= tokens[i].start and tokens[i].end <= m.end]
            unit.inside.update(within)
            words = [i for i in within if word_class(tokens[i]) != PUNCT]
            speech = len(words) >= _SPEECH_WORDS or any(word_class(tokens[i]) == FINITE for i in within)
            if speech and not _named_mark(tokens, unit, within, words):
                unit.breaks.update(within)
        for ref_start, ref_end in references:
            unit.ignored.update(i for i in unit.indices if ref_start <= tokens[i].start and tokens[i].end <= ref_end)
        units.append(unit)
    return units


def title_case(tokens: list[Token], inner: list[int]) -> bool:
    """ "„Kampagne für ein Freies Tibet“", "„Chaos Computer Club“", "„Dschungel von Calais“": verbless marked
    words that open in capitals and hold a name, a foreign word, a capitalised adjective or two capitalised
    words in a row are a name or a title, not speech („Opfer des Terrorismus“ is)."""
    if not tokens[inner[0]].text[:1].isupper():
        return False
    capital = [tokens[i].text[:1].isupper() for i in inner]
    return (any(tokens[i].pos in {"NE", "FM"} for i in inner)
            or any(tokens[i].pos == "ADJA" and capital[k] for k, i in enumerate(inner) if k > 0)
            or any(capital[k] and capital[k + 1] and inner[k + 1] == inner[k] + 1 for k in range(len(inner) - 1)))


def _named_mark(tokens: list[Token], unit: Unit, within: list[int], words: list[int]) -> bool:
    """ "Die „Kampagne für ein Freies Tibet“ berichtete …", "die Zeitung „Die Zeit“": a name in marks after an
    article, adjective or noun is part of a noun phrase (the subject that speaks), not speech that ends a clause."""
    before = within[0] - 1 if within else unit.first - 1
    return (before >= unit.first and tokens[before].pos in _NAME_HOSTS and bool(words)
            and not tokens[within[-1] - 1].text in _CLOSING and title_case(tokens, words))


def clause_ends(tokens: list[Token], unit: Unit) -> dict[int, int]:
    """For each token outside marks, the index after the last token of its clause."""
    ends: dict[int, int] = {}
    current: list[int] = []
    in_brackets = bracketed(tokens, unit)
    for i in unit.indices:
        if i in unit.breaks or i in unit.ignored or (tokens[i].text in _CLAUSE_BREAKS and i not in in_brackets):
            for j in current:
                ends[j] = i
            current = []
            continue
        current.append(i)
    for j in current:
        ends[j] = unit.last
    return ends


def clause_start(tokens: list[Token], unit: Unit, i: int) -> int:
    """Index of the first token of the clause holding token i."""
    j = i
    in_brackets = bracketed(tokens, unit)
    while j > unit.first and (j - 1) not in unit.breaks and (tokens[j - 1].text not in _CLAUSE_BREAKS or j - 1 in in_brackets):
        j -= 1
    return j


def bracketed(tokens: list[Token], unit: Unit) -> set[int]:
    """Token indices inside parentheses: "(Awoda, dt. etwa Arbeiterpartei)" holds no clause boundary."""
    inside: set[int] = set()
    depth = 0
    for i in unit.indices:
        if tokens[i].text == "(":
            depth += 1
        elif tokens[i].text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(i)
    return inside


def trim(tokens: list[Token], indices: list[int]) -> list[int]:
    """Drop punctuation at both ends, except quotation marks (they belong to a quote)."""
    def loose(i: int) -> bool:
        return word_class(tokens[i]) == PUNCT and not any(ch in "„“”»«‚‘’\"'" for ch in tokens[i].text)

    while indices and loose(indices[0]):
        indices = indices[1:]
    while indices and loose(indices[-1]):
        indices = indices[:-1]
    return indices


def runs(indices: list[int], bridged: set[int] = frozenset()) -> list[list[int]]:
    """Split sorted indices into runs of consecutive numbers (gaps of only `bridged` indices don't split)."""
    out: list[list[int]] = []
    for i in indices:
        if out and all(k in bridged for k in range(out[-1][-1] + 1, i)):
            out[-1].append(i)
        else:
            out.append([i])
    return out
