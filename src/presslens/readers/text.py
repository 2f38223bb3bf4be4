"""Plain-text reader: decode, lift page furniture into metadata, repair the layout.

The canonical text it builds is the body only: headings and paragraphs in
reading order, separated by one blank line. Title, teaser, byline, dateline,
reading time, photo credits, the author bio and a trailing notes list are
furniture and go to `metadata` (see docs/record.md).
"""

from __future__ import annotations

import math
import re
from typing import Any

from ..errors import InputTooLarge, UnusableInput
from ..record import Article, empty_metadata
from .decode import clean, decode
from .furniture import Furniture, drop_credits, take_head, take_tail
from .layout import Unit, build_units
from .markup import Line, merge_links, plain_line
from .references import find_references

#: Words a minute used for `reading_time.estimated_minutes` (adult silent reading
#: of non-fiction is about 200–260; news sites assume 200–230).
WORDS_PER_MINUTE = 220

_WORD = re.compile(r"\w[\w'’.-]*")
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")


def read_text_bytes(data: bytes, path: str | None = None, max_bytes: int | None = None) -> Article:
    """An article from the raw bytes of a plain-text file (any common encoding)."""
    name = path or "input"
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLarge(f"{name}: over the limit of {max_bytes:,} bytes (see --max-bytes)")
    text, encoding = decode(data, name)
    article = read_text(text, path=path)
    article.source["encoding"] = encoding
    return article


def read_text(text: str, path: str | None = None, raw: bool = False) -> Article:
    """An article from a string; `raw=True` keeps the string unchanged as the canonical text."""
    name = path or "input"
    if raw:
        if not text.strip():
            raise UnusableInput(f"{name}: empty or whitespace-only text")
        return _raw_article(text, path)
    cleaned = clean(text)
    if not cleaned.strip():
        raise UnusableInput(f"{name}: empty or whitespace-only text")
    blocks = _blocks(cleaned)
    found = Furniture()
    body = take_head(blocks, found)
    body = take_tail(drop_credits(body, found), found)
    units = build_units(body)
    if not units:
        raise UnusableInput(f"{name}: no article body found (only page furniture)")
    article = _assemble(units, path)
    links = merge_links(*(line.links for block in blocks for line in block))
    _fill_metadata(article, found, links)
    return article


def _blocks(text: str) -> list[list[Line]]:
    """Blank-line separated blocks of Markdown-free lines."""
    blocks = []
    for chunk in _BLANK_LINES.split(text):
        lines = [plain_line(raw) for raw in chunk.split("\n") if raw.strip()]
        lines = [line for line in lines if line.text.strip()]
        if lines:
            blocks.append(lines)
    return blocks


def _assemble(units: list[Unit], path: str | None) -> Article:
    """The canonical text and its `sections` and `paragraphs` layers."""
    pieces: list[str] = []
    sections: list[dict[str, Any]] = []
    paragraphs: list[dict[str, Any]] = []
    offset = 0
    for unit in units:
        start, end = offset, offset + len(unit.text)
        pieces.append(unit.text)
        offset = end + 2
        if unit.heading:
            sections.append({"start": start, "end": end, "heading": {"start": start, "end": end}})
            continue
        if not sections:
            sections.append({"start": start, "end": end, "heading": None})
        sections[-1]["end"] = end
        paragraphs.append({"start": start, "end": end, "section": len(sections) - 1, "repaired": unit.repaired})
    text = "\n\n".join(pieces)
    article = Article(text=text, source={"path": path, "url": None, "format": "text"})
    article.layers["sections"] = sections
    article.layers["paragraphs"] = paragraphs
    return article


def _fill_metadata(article: Article, found: Furniture, links: list[dict[str, Any]]) -> None:
    references = find_references(article.text, found.notes)
    article.layers["references"] = references
    words = body_word_count(article.text, references)
    article.metadata.update(
        title=found.title,
        teaser=found.teaser,
        authors=found.authors,
        published=found.published,
        image_credit=found.image_credit,
        reading_time={"stated_minutes": found.stated_minutes, "estimated_minutes": estimated_minutes(words)},
        word_count=words,
        author_bio=found.author_bio,
        links=links,
    )


def _raw_article(text: str, path: str | None) -> Article:
    """The string as it is: paragraphs are its blank-line blocks, nothing is lifted or repaired."""
    article = Article(text=text, source={"path": path, "url": None, "format": "text"}, metadata=empty_metadata())
    paragraphs = []
    offset = 0
    for match in _BLANK_LINES.finditer(text + "\n\n"):
        chunk = text[offset : match.start()]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            paragraphs.append({"start": offset + lead, "end": offset + len(chunk.rstrip()), "section": 0, "repaired": False})
        offset = match.end()
    if paragraphs:
        article.layers["sections"] = [{"start": paragraphs[0]["start"], "end": paragraphs[-1]["end"], "heading": None}]
    else:
        article.layers["sections"] = []
    article.layers["paragraphs"] = paragraphs
    references = find_references(text)
    article.layers["references"] = references
    words = body_word_count(text, references)
    article.metadata["word_count"] = words
    article.metadata["reading_time"]["estimated_minutes"] = estimated_minutes(words)
    return article


def word_count(text: str) -> int:
    """Words as a reader counts them: "NATO-Truppen" is one word, "(6)" one number."""
    return len(_WORD.findall(text))


def body_word_count(text: str, references: list[dict[str, Any]]) -> int:
    """Words of the body without its footnote markers (a marker glued to a word is no word of its own)."""
    pieces, offset = [], 0
    for reference in sorted(references, key=lambda r: r["start"]):
        pieces.append(text[offset : reference["start"]])
        offset = max(offset, reference["end"])
    pieces.append(text[offset:])
    return word_count(" ".join(pieces))


def estimated_minutes(words: int) -> int:
    """Reading time at `WORDS_PER_MINUTE`, rounded up to whole minutes (0 only for no words)."""
    return math.ceil(words / WORDS_PER_MINUTE)
