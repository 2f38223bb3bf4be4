"""Quote tracing: find the same or nearly the same quotation across articles.

Quotations travel between articles with small changes: other quotation marks,
a dropped word, different case or hyphenation. Both sides are normalised
(casefolded, punctuation and quotation marks removed, whitespace collapsed)
and compared with rapidfuzz; an FTS5 index over the normalised quotes keeps
the candidate set small so the comparison does not scan the corpus.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rapidfuzz import fuzz

_NON_WORD = re.compile(r"[^\w]+")

#: Below this many words a fragment must match a whole quotation, not part of one.
MIN_PARTIAL_WORDS = 5

#: Candidates fetched from the full-text index before fuzzy scoring.
CANDIDATES = 400


def normalise(text: str) -> str:
    """Lower-cased words separated by single spaces: what two copies of a quote share.

    lower(), not casefold(): "ß" must stay "ß" to match the FTS5 index.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    return _NON_WORD.sub(" ", text).strip()


def norm_hash(norm: str) -> str:
    """A short stable key of a normalised quotation: equal keys are exact copies."""
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def score(query_norm: str, candidate_norm: str) -> float:
    """Similarity 0..100; a long enough fragment scores against the best-matching part."""
    whole = fuzz.ratio(query_norm, candidate_norm)
    shorter = min(query_norm, candidate_norm, key=len)
    if len(shorter.split()) >= MIN_PARTIAL_WORDS:
        return max(whole, fuzz.partial_ratio(query_norm, candidate_norm))
    return whole


def fts_query(norm: str) -> str:
    """An FTS5 query matching any of the words (quoted, so user text is never syntax)."""
    words = sorted(set(norm.split()), key=len, reverse=True)[:24]
    return " OR ".join(f'"{word}"' for word in words)
