"""Layout repair: from lines and blank-line blocks to headings and whole paragraphs.

Copied text breaks where the page or column broke, not where the author did.
A break is undone when the text before it cannot end a paragraph and the text
after it continues the sentence ("…dass die Reaktionen" / "des Westens…").
Headings are short lines without closing punctuation followed by a paragraph;
they are never joined to anything. Two real paragraphs are never joined: a
paragraph that ends with a full stop, question mark, colon or a closing quote
followed by an upper-case start stays a paragraph of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .markup import Line

#: A unit shorter than this (in words) with no closing punctuation, followed by
#: an upper-case start, is taken for a heading rather than a broken paragraph.
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100
#: A line-wrapped block (PDF, e-mail) has lines of similar length in this range.
WRAP_MIN, WRAP_MAX = 30, 110

#: Lower-case words after "Ein-" that show the hyphen is a real one ("Ein- und Ausfuhr").
HYPHEN_KEEPERS = {"und", "oder", "bis", "sowie", "als", "wie", "noch", "statt", "and", "or", "to", "nor"}

_CLOSERS = "“”\"’'»«›‹)]"
_TRAILING_MARKER = re.compile(r"(?:\s*(?:\(\d{1,3}\)|\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[" + re.escape(_CLOSERS) + r"\s])+$")
_SENTENCE_END = ".!?…:"
_LINE_END_HYPHEN = re.compile(r"(?<=\w)-$")
_LIST_ITEM = re.compile(r"^(?:[-*•–·]\s|\d{1,2}[.)]\s)")
_URL = re.compile(r"https?://|www\.")
_OPENERS = "„“\"‚‘»«›‹("
#: "…auf. War…": a sentence ends inside, so it is prose, not a heading ("Dr. Müller" does not count).
_INNER_SENTENCE_END = re.compile(r"[a-zäöüß]{2}[.!?…]\s+\S")
_COMPOUND = re.compile(r"(?<![\w-])\w+(?:-\w+)+")


@dataclass
class Unit:
    """A paragraph or heading candidate of the body, built from one or more source lines."""

    #: The pieces the unit was joined from (kept apart so that joining stays linear).
    parts: list[str]
    marked_heading: bool = False
    lines: int = 1
    repaired: bool = False
    heading: bool = False
    words: int = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def tail(self) -> str:
        """The end of the unit: its last piece."""
        return self.parts[-1]


def build_units(blocks: list[list[Line]]) -> list[Unit]:
    """Units of the body in reading order, with broken paragraphs rejoined and headings marked."""
    hyphenated = _hyphenated_words(blocks)
    units: list[Unit] = []
    for block in blocks:
        wrapped = _is_wrapped([line.text for line in block])
        for index, line in enumerate(block):
            text = line.text.strip()
            if not text:
                continue
            unit = Unit(parts=[text], marked_heading=line.heading, words=len(text.split()))
            if units and ((wrapped and index > 0 and not line.heading) or continues(units[-1], unit)):
                previous = units[-1]
                join(previous.parts, text, hyphenated)
                previous.lines += 1
                previous.words += unit.words
                previous.repaired = True
            else:
                units.append(unit)
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        unit.heading = unit.marked_heading or (
            _heading_like(unit) and following is not None and not _heading_like(following) and not following.marked_heading
        )
    return units


def continues(before: Unit, after: Unit) -> bool:
    """True when `after` continues the sentence `before` was cut off in."""
    if before.marked_heading or after.marked_heading or _LIST_ITEM.match(after.text):
        return False
    if ends_sentence(before.tail):
        return False
    first = after.tail[0]
    if first.islower():
        return True
    if _heading_like(after):
        return False
    if before.tail.endswith((",", ";", "-", "–", "—")):
        return True
    if not (first.isupper() or first.isdigit() or first in _OPENERS) or before.tail.endswith(tuple(_CLOSERS)):
        return False
    if before.words > MAX_HEADING_WORDS:
        return True
    return before.words >= 9 and before.tail.rsplit(None, 1)[-1][:1].islower()


def ends_sentence(text: str) -> bool:
    """Whether text ends a sentence, looking past closing quotes, brackets and reference markers."""
    core = _TRAILING_MARKER.sub("", text.rstrip()[-200:])
    return not core or core[-1] in _SENTENCE_END


def join(parts: list[str], after: str, hyphenated: set[str]) -> None:
    """Append `after` to the pieces of one paragraph, undoing a line-end hyphen unless it is a real one."""
    before = parts[-1]
    if _LINE_END_HYPHEN.search(before) and after[:1].isalpha():
        next_word = re.match(r"[\w-]+", after[:100])
        next_word_text = next_word.group() if next_word else ""
        head = re.search(r"[\w-]+-$", before[-100:])
        if after[0].isupper() or (head and f"{head.group()}{next_word_text}".lower() in hyphenated):
            parts.append(after)
        elif next_word_text.lower() in HYPHEN_KEEPERS:
            parts.extend((" ", after))
        else:
            parts[-1] = before[:-1]
            parts.append(after)
        return
    parts[-1] = before.rstrip()
    parts.extend((" ", after.lstrip()))


def _heading_like(unit: Unit) -> bool:
    text = unit.text
    if unit.marked_heading:
        return True
    if unit.lines > 1 or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if _LIST_ITEM.match(text) or _URL.search(text) or not (text[0].isupper() or text[0].isdigit() or text[0] in _OPENERS):
        return False
    if text[-1] in ".,;:…" or text[-1] == "-":
        return False
    if text[-1] in _CLOSERS and text[0] not in _OPENERS:
        return False
    return not _INNER_SENTENCE_END.search(text)


def _is_wrapped(lines: list[str]) -> bool:
    """A block whose lines were wrapped at a fixed width rather than ended by the author."""
    if len(lines) < 2:
        return False
    body = [len(line.strip()) for line in lines[:-1]]
    if min(body) < WRAP_MIN or max(body) > WRAP_MAX or min(body) < 0.6 * max(body):
        return False
    return not all(ends_sentence(line) for line in lines[:-1])


def _hyphenated_words(blocks: list[list[Line]]) -> set[str]:
    """Hyphenated compounds the text uses mid-line ("long-term"), to keep them whole when a line breaks at their hyphen."""
    found: set[str] = set()
    for block in blocks:
        for line in block:
            if "-" in line.text:
                found.update(word.lower() for word in _COMPOUND.findall(line.text))
    return found
