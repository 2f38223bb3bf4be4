"""Page furniture: the lines around an article that are not its body.

Recognised at the head: dateline, stated reading time, title, teaser, byline,
photo credit. At the tail: an author bio and a list of numbered notes. Photo
credits standing alone are furniture wherever they appear. Everything is
matched on whole lines only, so a sentence in the body that merely contains a
date or the word "Foto" stays in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dateline import parse_dateline
from .layout import join_lines
from .markup import Line

Block = list[Line]

#: At most this many unrecognised blocks (title, teaser) may precede the last furniture block of the head.
MAX_HEAD_TEXT_BLOCKS = 2
#: The head is searched for furniture in this many blocks.
HEAD_BLOCKS = 8
MAX_BIO_WORDS = 160

_NAME_WORD = r"(?:[A-ZÄÖÜÉÈÁÀÓÍÚŁŚŽČŠ][\w'’.-]*|von|van|vom|zu|de|del|della|der|den|da|di|du|le|la|bin|al|ibn|ten|ter)"
_NAME = rf"[A-ZÄÖÜÉÈÁÀÓÍÚŁŚŽČŠ][\w'’.-]*(?:\s+{_NAME_WORD}){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|\bund\b|\band\b|&)\s*{_NAME})*"
#: Lead words match in any case ("Von", "von", "BY"); names must be capitalised.
_BYLINE = re.compile(
    rf"^(?i:(?:ein(?:e)?\s+)?(?:kommentar|analyse|gastbeitrag|essay|beitrag|interview|bericht|reportage|text|an analysis|a commentary|opinion|commentary)\s+)?"
    rf"(?i:von|by)\s*:?\s+(?P<names>{_NAMES})\s*$"
)
_AUTHOR_LINE = re.compile(rf"^(?i:autor(?:in)?|autoren|author|authors|text)\s*:\s*(?P<names>{_NAMES})\s*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|\bund\b|\band\b|&)\s*")
_CREDIT = re.compile(
    r"^[(\[]?(?:foto|fotos|bild|bilder|titelbild|beitragsbild|symbolbild|photo|photos|image|picture|illustration|grafik|quelle des bildes)"
    r"\s*(?::|©|\(c\))\s*(?P<credit>.+?)[)\]]?$",
    re.I,
)
_READING_TIME = re.compile(
    r"^(?:~|ca\.|circa|etwa|rund|about)?\s*(?P<a>\d{1,3})\s*(?:-\s*)?(?:minuten|minute|min\.?|mins|minutes)\s*(?:lesezeit|lesedauer|read|reading time|zum lesen)\.?$"
    r"|^(?:lesezeit|lesedauer|reading time|time to read)\s*:?\s*(?:~|ca\.|circa|etwa|rund|about)?\s*(?P<b>\d{1,3})\s*(?:minuten|minute|min\.?|mins|minutes)\.?$",
    re.I,
)
_SEPARATOR = re.compile(r"^(?:[-*_=~•·]\s*){3,}$")
_BIO_LEAD = re.compile(r"^(?:über (?:den|die) autor(?:in)?|zur person|zum autor|zur autorin|der autor|die autorin|about the author|the author)\b\s*:?\s*", re.I)
_BIO_SHAPE = re.compile(rf"^{_NAME}\s*(?:,\s*(?i:jahrgang|geboren|geb\.|born)\s+\d{{4}}|\s*\(\d{{4}}\)|\s*\((?i:jahrgang) \d{{4}}\))")
_BIO_VERB = r"(?:,|\s+\(|\s+(?:ist|war|lebt|arbeitet|schreibt|studierte|is|was|lives|works|writes|studied)\b)"
_NOTE = re.compile(r"^(?:\[(?P<b>\d{1,3})\]|\((?P<p>\d{1,3})\)|(?P<n>\d{1,3})[.)])\s+(?P<text>\S.*)$")
_NOTES_HEADING = re.compile(r"^(?:quellen|quellenangaben|anmerkungen|fußnoten|fussnoten|belege|einzelnachweise|references|notes|sources|footnotes)\s*:?$", re.I)
_URL_IN_NOTE = re.compile(r"(?:https?://|www\.)\S+")


@dataclass
class Furniture:
    """What the reader lifted out of the page around the body."""

    title: str | None = None
    teaser: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    image_credit: str | None = None
    stated_minutes: int | None = None
    author_bio: str | None = None
    notes: dict[str, dict[str, str | None]] = field(default_factory=dict)


def byline_names(line: str) -> list[str] | None:
    """Author names of a byline ("von X", "Von X und Y", "By X and Y", "Autor: X"), else None."""
    if len(line) > 120:
        return None
    match = _BYLINE.match(line) or _AUTHOR_LINE.match(line)
    if not match:
        return None
    names = [name.strip() for name in _NAME_SPLIT.split(match.group("names")) if name.strip()]
    return names or None


def photo_credit(line: str) -> str | None:
    """The credit of a line such as "Foto: Victor Velter/Shutterstock.com", else None."""
    if len(line) > 160:
        return None
    match = _CREDIT.match(line.strip())
    return match.group("credit").strip() if match else None


def stated_minutes(line: str) -> int | None:
    """Minutes of a stated reading time ("~8 Minuten Lesezeit", "8 min read"), else None."""
    match = _READING_TIME.match(line.strip())
    if not match:
        return None
    return int(match.group("a") or match.group("b"))


def take_head(blocks: list[Block], found: Furniture) -> list[Block]:
    """Lift the head's furniture, title and teaser into `found`; return the remaining blocks."""
    furniture = [_is_furniture_block(block) for block in blocks[:HEAD_BLOCKS]]
    last = -1
    text_blocks = 0
    for index, is_furniture in enumerate(furniture):
        if is_furniture:
            last = index
        else:
            text_blocks += 1
            if text_blocks > MAX_HEAD_TEXT_BLOCKS:
                break
    head, remaining = blocks[: last + 1], blocks[last + 1 :]
    texts: list[Block] = []
    for block, is_furniture in zip(head, furniture):
        rest = [line for line in block if not (is_furniture and _furniture_kind(line.text, found, record=True))]
        if rest:
            texts.append(rest)
    if not remaining:
        # Nothing after the head: its text blocks are the body, not a title and a teaser.
        return texts
    joined = [join_lines([line.text for line in block]) for block in texts]
    if len(joined) == 1 and not _title_like(joined[0]):
        found.teaser = joined[0]
    elif joined:
        found.title = joined[0]
        found.teaser = " ".join(joined[1:]) or None
    elif len(remaining) > 1 and len(remaining[0]) == 1 and _title_like(remaining[0][0].text) and not remaining[1][0].text[:1].islower():
        found.title = remaining[0][0].text
        remaining = remaining[1:]
    return remaining


def _is_furniture_block(block: Block) -> bool:
    """A head block most of whose lines are furniture (a wrapped paragraph may contain a stray "von X" line)."""
    hits = sum(1 for line in block if _furniture_kind(line.text, Furniture(), record=False))
    return hits > 0 and hits * 2 >= len(block)


def _furniture_kind(text: str, found: Furniture, record: bool) -> str | None:
    """Which furniture a head line is; with `record` also store what it says."""
    names = byline_names(text)
    if names:
        if record:
            found.authors.extend(name for name in names if name not in found.authors)
        return "byline"
    credit = photo_credit(text)
    if credit:
        if record and found.image_credit is None:
            found.image_credit = credit
        return "credit"
    minutes = stated_minutes(text)
    if minutes is not None:
        if record:
            found.stated_minutes = minutes
        return "reading_time"
    published = parse_dateline(text)
    if published:
        if record and found.published is None:
            found.published = published
        return "dateline"
    return None


def _title_like(text: str) -> bool:
    return len(text.split()) <= 20 and not text.rstrip().endswith((".", ",", ";", ":"))


def drop_credits(blocks: list[Block], found: Furniture) -> list[Block]:
    """Remove photo-credit lines anywhere in the body (captions' credits are furniture too)."""
    kept: list[Block] = []
    for block in blocks:
        lines = []
        for line in block:
            credit = photo_credit(line.text)
            if credit is None:
                lines.append(line)
            elif found.image_credit is None:
                found.image_credit = credit
        if lines:
            kept.append(lines)
    return kept


def take_tail(blocks: list[Block], found: Furniture) -> list[Block]:
    """Lift a trailing author bio and a trailing list of numbered notes; return the remaining blocks."""
    blocks = list(blocks)
    while len(blocks) > 1:  # the last block standing is the body, whatever it looks like
        last = blocks[-1]
        if all(_SEPARATOR.match(line.text) for line in last):
            blocks.pop()
        elif found.author_bio is None and _is_bio(last, found.authors):
            found.author_bio = _BIO_LEAD.sub("", " ".join(line.text for line in last)).strip()
            blocks.pop()
            if blocks and len(blocks[-1]) == 1 and _BIO_LEAD.fullmatch(blocks[-1][0].text.strip()):
                blocks.pop()
        elif not found.notes and _take_notes(last, found):
            blocks.pop()
            if blocks and len(blocks[-1]) == 1 and _NOTES_HEADING.match(blocks[-1][0].text.strip()):
                blocks.pop()
        else:
            break
    return blocks


def _is_bio(block: Block, authors: list[str]) -> bool:
    text = " ".join(line.text for line in block).strip()
    if not text or len(text.split()) > MAX_BIO_WORDS:
        return False
    if _BIO_LEAD.match(text) or _BIO_SHAPE.match(text):
        return True
    for author in authors:
        for name in (author, author.split()[-1]):
            if re.match(rf"{re.escape(name)}{_BIO_VERB}", text):
                return True
    return False


def _take_notes(block: Block, found: Furniture) -> bool:
    """Numbered notes ("(6) https://…", "[6] Quelle …"), one per line, into `found.notes`."""
    matches = [_NOTE.match(line.text.strip()) for line in block]
    if not matches or not all(matches):
        return False
    for match in matches:
        marker = match.group("b") or match.group("p") or match.group("n")
        text = match.group("text").strip()
        url = _URL_IN_NOTE.search(text)
        found.notes[marker] = {"text": text, "url": url.group().rstrip(".,;)") if url else None}
    return True
