"""Scoring extracted web-page text and metadata against hand-made truth.

Body text: precision, recall and F1 of word 4-gram shingles (a bag, so a
repeated passage counts as often as it occurs), computed per page on
case-folded word tokens and averaged over pages. Shingles rather than single
words so that boilerplate made of common words (menus, "Read more") still
costs precision. Snippets (trafilatura's evaluation set): a `with` snippet
counts when it occurs in the text, a `without` snippet when it does not, both
after collapsing whitespace. Metadata: title equal after Unicode (NFKC) and
case folding, whitespace collapsing and stripping quotes and punctuation at
both ends; authors equal as sets of names (split on , ; & "and" "und"); date
equal on the calendar day (YYYY-MM-DD). An empty truth means the page has no
such value, and only an empty prediction is right. docs/benchmarks.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

SHINGLE = 4
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_AUTHOR_SPLIT = re.compile(r"\s*(?:[,;&/|]|\band\b|\bund\b)\s*", re.IGNORECASE)
_EDGE = "\"'“”„‘’«»‹›.,:;!?-–—()[] "


@dataclass(frozen=True)
class Overlap:
    """Precision, recall and F1 of one page (each 0..1)."""

    precision: float
    recall: float
    f1: float


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The bag of word n-grams of a text (the whole text when it has fewer words)."""
    words = [word.casefold() for word in _WORD.findall(text or "")]
    if len(words) < size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def body_overlap(predicted: str, truth: str) -> Overlap:
    """Shingle precision/recall/F1 of an extracted body against the true body."""
    found, wanted = shingles(predicted), shingles(truth)
    common = sum((found & wanted).values())
    precision = common / sum(found.values()) if found else 0.0
    recall = common / sum(wanted.values()) if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Overlap(precision, recall, f1)


def snippet_hits(text: str, with_snippets: list[str], without_snippets: list[str]) -> tuple[int, int]:
    """(number of `with` snippets found, number of `without` snippets absent)."""
    haystack = _SPACE.sub(" ", text or "")
    found = sum(1 for snippet in with_snippets if _SPACE.sub(" ", snippet).strip() in haystack)
    absent = sum(1 for snippet in without_snippets if _SPACE.sub(" ", snippet).strip() not in haystack)
    return found, absent


def normal_title(value: str | None) -> str:
    """A title as compared: NFKC, case-folded, single spaces, no quotes or punctuation at the ends."""
    text = unicodedata.normalize("NFKC", value or "").casefold()
    return _SPACE.sub(" ", text).strip(_EDGE)


def normal_authors(value: str | list[str] | None) -> frozenset[str]:
    """Author names as a set of normalised names."""
    names = value if isinstance(value, list) else _AUTHOR_SPLIT.split(value or "")
    return frozenset(normal_title(name) for name in names if normal_title(name))


def normal_date(value: str | None) -> str:
    """The calendar day of an ISO date or date-time, '' when absent."""
    match = re.match(r"\d{4}-\d{2}-\d{2}", value or "")
    return match[0] if match else ""


def title_correct(predicted: str | None, truth: str) -> bool:
    return normal_title(predicted) == normal_title(truth)


def authors_correct(predicted: str | list[str] | None, truth: str) -> bool:
    return normal_authors(predicted) == normal_authors(truth)


def date_correct(predicted: str | None, truth: str) -> bool:
    return normal_date(predicted) == normal_date(truth)
