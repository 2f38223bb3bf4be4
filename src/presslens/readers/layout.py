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
WRAP_SHARE = 0.6

#: Words a heading does not end with but a sentence cut off by a page break often does
#: ("…bei West Bromwich Albion mit" / "3:0 (2:0)."): articles, prepositions, conjunctions, pronouns.
FUNCTION_WORDS = frozenset("""
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
und oder aber sondern denn doch sowie als wie wenn weil dass ob falls obwohl während bevor nachdem damit
in im ins an am auf aus bei beim mit nach seit von vom vor zu zum zur über unter um durch für gegen ohne bis
zwischen hinter neben gemäß laut trotz wegen statt innerhalb außerhalb
ich du er sie es wir ihr man sich sein seine seinen seinem seiner ihre ihren ihrem ihrer unser unsere
dieser diese dieses diesen diesem jener jene welche welcher welches auch noch nur schon sehr so
the a an and or but nor of in on at to for from with by as than that which who whom whose this these those
his her its their our your my is are was were be been has have had will would can could should not
""".split())

#: Lower-case words after "Ein-" that show the hyphen is a real one ("Ein- und Ausfuhr").
HYPHEN_KEEPERS = {"und", "oder", "bis", "sowie", "als", "wie", "noch", "statt", "and", "or", "to", "nor"}

_CLOSERS = "“”\"’'»«›‹)]"
_TRAILING_MARKER = re.compile(r"(?:\s*(?:\(\d{1,3}\)|\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[" + re.escape(_CLOSERS) + r"\s])+$")
_SENTENCE_END = ".!?…:"
_LINE_END_HYPHEN = re.compile(r"(?<=\w)-$")
_LIST_ITEM = re.compile(r"^(?:[-*•–—·]\s|\d{1,2}[.)]\s)")
_BULLET = re.compile(r"^[-*•–—·]\s")
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
    hyphenated = _hyphenated_words(blocks) if any(line.text.endswith("-") for block in blocks for line in block) else set()
    wrapped_document = _wrap_width(blocks) is not None
    pieces: list[Unit] = []
    for block in blocks:
        wrapped = _is_wrapped([line.text for line in block], ignore_sentence_ends=wrapped_document)
        for index, line in enumerate(block):
            text = line.text.strip()
            if not text:
                continue
            piece = Unit(parts=[text], marked_heading=line.heading, words=len(text.split()))
            if pieces and wrapped and index > 0 and not line.heading and not _starts_item(text, block, pieces[-1]):
                _merge(pieces[-1], piece, hyphenated)
            else:
                pieces.append(piece)
    units: list[Unit] = []
    for piece in pieces:
        if units and continues(units[-1], piece):
            _merge(units[-1], piece, hyphenated)
        else:
            units.append(piece)
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        unit.heading = unit.marked_heading or (
            _heading_like(unit) and following is not None and not _heading_like(following) and not following.marked_heading
        )
    return units


def _starts_item(text: str, block: list[Line], previous: Unit) -> bool:
    """A bulleted line that starts a list item even inside a wrapped block.

    "1." or "- " at the start of a wrapped line is often just where the wrap fell
    ("…Wien" / "- Was …"), so only a bullet in a list block or after a finished sentence counts.
    """
    return bool(_BULLET.match(text)) and (bool(_BULLET.match(block[0].text)) or ends_sentence(previous.tail))


def _merge(unit: Unit, piece: Unit, hyphenated: set[str]) -> None:
    join(unit.parts, piece.text, hyphenated)
    unit.lines += piece.lines
    unit.words += piece.words
    unit.repaired = True


def continues(before: Unit, after: Unit) -> bool:
    """True when `after` continues the sentence `before` was cut off in."""
    if before.marked_heading or after.marked_heading or ends_sentence(before.tail):
        return False
    first = after.tail[0]
    if _LIST_ITEM.match(after.tail):
        # "– oder gar nicht." continues a sentence; "– Kosten" after "– Zeit" is the next item of a list.
        return first in "–—" and not _LIST_ITEM.match(before.parts[0])
    if first.islower():
        return True
    if _heading_like(after):
        return False
    if before.tail.endswith((",", ";", "-", "–", "—")):
        return True
    if not (first.isupper() or first.isdigit() or first in _OPENERS) or before.tail.endswith(tuple(_CLOSERS)):
        return False
    last_word = before.tail.rsplit(None, 1)[-1]
    if before.words > MAX_HEADING_WORDS or last_word.lower() in FUNCTION_WORDS or _INNER_SENTENCE_END.search(before.tail):
        return True
    return before.words >= 9 and last_word[:1].islower()


def ends_sentence(text: str) -> bool:
    """Whether text ends a sentence, looking past closing quotes, brackets and reference markers."""
    core = _TRAILING_MARKER.sub("", text.rstrip()[-40:])
    return not core or core[-1] in _SENTENCE_END


def join(parts: list[str], after: str, hyphenated: set[str]) -> None:
    """Append `after` to the pieces of one paragraph, undoing a line-end hyphen unless it is a real one."""
    before = parts[-1]
    if _LINE_END_HYPHEN.search(before) and after[:1].isalpha():
        next_word = re.match(r"[\w-]+", after[:100])
        next_word_text = next_word.group() if next_word else ""
        head = re.search(r"[\w-]+-$", before[-100:])
        head_text = head.group() if head else ""
        if (after[0].isupper() or "-" in next_word_text or head_text[:-1].isupper() or head_text[-2:-1].isdigit()
                or f"{head_text}{next_word_text}".lower() in hyphenated):
            parts.append(after)
        elif next_word_text.lower() in HYPHEN_KEEPERS:
            parts.extend((" ", after))
        else:
            parts[-1] = before[:-1]
            parts.append(after)
        return
    parts[-1] = before.rstrip()
    parts.extend((" ", after.lstrip()))


def join_lines(lines: list[str]) -> str:
    """Lines of one wrapped piece of text (a teaser, say) as one line, line-end hyphens undone."""
    parts = [lines[0].strip()]
    for line in lines[1:]:
        join(parts, line.strip(), set())
    return "".join(parts)


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


def _is_wrapped(lines: list[str], ignore_sentence_ends: bool = False) -> bool:
    """A block whose lines were wrapped at a fixed width rather than ended by the author.

    In a document that is hard-wrapped throughout, a line that happens to end a
    sentence is still a wrapped line, so `ignore_sentence_ends` is set there.
    """
    if len(lines) < 2:
        return False
    if _wrap_width([lines]) is None:
        return False
    return ignore_sentence_ends or not all(ends_sentence(line) for line in lines[:-1])


def _wrap_width(blocks: list[list[str]] | list[list[Line]]) -> int | None:
    """The width the text was wrapped at, or None: every line but a block's last is near one common width."""
    lengths = [len(line if isinstance(line, str) else line.text) for block in blocks for line in block[:-1]]
    if not lengths:
        return None
    longest = max(lengths)
    if not WRAP_MIN <= longest <= WRAP_MAX:
        return None
    # A long word pushed to the next line leaves a short one now and then: three in four must be near full width.
    near_full = sum(1 for length in lengths if length >= WRAP_SHARE * longest)
    return longest if near_full >= 0.75 * len(lengths) else None


def _hyphenated_words(blocks: list[list[Line]]) -> set[str]:
    """Hyphenated compounds the text uses mid-line ("long-term"), to keep them whole when a line breaks at their hyphen."""
    found: set[str] = set()
    for block in blocks:
        for line in block:
            if "-" in line.text:
                found.update(word.lower() for word in _COMPOUND.findall(line.text))
    return found
