"""Pair quotation marks into spans, for every mark style news text uses.

Pairing is done on characters, before any token analysis, because a quotation
may cross sentence (and, with broken page layout, paragraph) boundaries.
A stack handles nesting: „Er sagte ‚nein‘.“ gives an outer and an inner span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening mark -> the marks that may close it.
_TYPOGRAPHIC = {
    "„": "“”\"",  # „…." : web text may close a German quotation with a straight mark after its punctuation
    "“": "”",
    "»": "«",
    "«": "»",
    "‚": "‘’",
    "‘": "’",
}
_SENTENCE_END = re.compile(r"[.!?:;…“”»«\"'’‘)]\s*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_MAX_LENGTH = 3000


@dataclass(frozen=True)
class Marked:
    """A stretch of text between a pair of quotation marks, marks included."""

    start: int
    end: int
    depth: int

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words without the marks."""
        return self.start + 1, self.end - 1


@dataclass
class _Open:
    position: int
    closers: str


def _straight_role(text: str, i: int) -> str | None:
    """'open', 'close' or None for a straight or apostrophe-like mark at i."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{–—-/") and not after.isspace()
    closes = not before.isspace() and (not after.isalnum())
    if text[i] in "'’" and before.isalnum() and after.isalnum():
        return None  # an apostrophe inside a word: don't, geht's
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


def pair_marks(text: str) -> list[Marked]:
    """All well-formed quotation-mark pairs of `text`, ordered by start."""
    stack: list[_Open] = []
    found: list[Marked] = []
    breaks = {m.start() for m in _PARAGRAPH_BREAK.finditer(text)}
    for i, char in enumerate(text):
        if i in breaks and stack and _SENTENCE_END.search(text, max(0, i - 3), i):
            stack.clear()  # a finished paragraph closes nothing that is still open
            continue
        if char in "\"'’‘«»“”" and _close(stack, found, text, i):
            continue
        if char in _TYPOGRAPHIC and char not in "’":
            if char == "‘" and _straight_role(text, i) != "open":
                continue
            stack.append(_Open(i, _TYPOGRAPHIC[char]))
        elif char in "\"'" and _straight_role(text, i) == "open":
            stack.append(_Open(i, char))
    return sorted(found, key=lambda m: (m.start, -m.end))


def _close(stack: list[_Open], found: list[Marked], text: str, i: int) -> bool:
    """Close the innermost open mark that `text[i]` can close; True when it did."""
    char = text[i]
    for depth in range(len(stack) - 1, -1, -1):
        opened = stack[depth]
        if char not in opened.closers or i - opened.position > _MAX_LENGTH:
            continue
        if char in "\"'’" and _straight_role(text, i) == "open" and char != "’":
            return False
        if char in "'’" and _straight_role(text, i) is None:
            return False
        if char == '"' and text[opened.position] == "„" and text[i - 1] not in ".!?,…":
            continue  # only after the quotation's punctuation: „Tod dem Diktator" may be a slip
        del stack[depth:]
        found.append(Marked(opened.position, i + 1, depth))
        return True
    return False
