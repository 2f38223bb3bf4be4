"""HTML reader: the article of a web page as the same record the text reader builds.

trafilatura finds the main text (we build on it so we never lose text it
finds); this module turns its structure — headings, paragraphs, lists,
blockquotes, tables — into the canonical text (blocks separated by blank
lines) with sections and paragraphs layers, keeps footnote markers in the body
and their list out of it, and merges the page's metadata with the plain-text
heuristics, recording where each value came from.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import charset_normalizer
import trafilatura
from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from ..errors import InputTooLarge, UnusableInput
from ..record import Article
from . import html_metadata
from .footnotes import Footnote, find_footnotes, is_label, marker_text, normalise
from .references import find_references
from .text import body_word_count, estimated_minutes, read_text, word_count

#: libxml2 stops nesting at this depth; deeper elements are attached at this level.
MAX_DEPTH = 256
#: Fewer words than this is a menu or a stub, not an article.
MIN_WORDS = 5
#: Bytes sampled by the charset detector when a page is not valid UTF-8.
CHARSET_SAMPLE = 256 * 1024

_TEXT_FIELDS = ("authors", "published", "image_credit", "author_bio", "teaser")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f]+|\n")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ue000-\ue002]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_BEFORE_MARKER = re.compile(r"(?:^|[^\w\s]|\d)$")
_UNIT = re.compile(r"(?:^|\W)[^\W\d]{1,3}$")  # "m²", "km³": a power, not a footnote
#: Sentinels around superscripts (private use area, never in real text): linked, unlinked, end.
LINKED, UNLINKED, END = "\ue000", "\ue001", "\ue002"
_WRAPPED = re.compile("([\ue000\ue001])([^\ue002]{0,12})\ue002")


@dataclass
class Block:
    """One block of the canonical text: a heading or a paragraph-like unit."""

    kind: str
    text: str = ""
    markers: list[tuple[int, int, str]] = field(default_factory=list)
    items: list[tuple[int, int]] = field(default_factory=list)


def read_html_bytes(data: bytes, *, path: str | None = None, url: str | None = None, source_format: str = "html",
                    max_bytes: int | None = None, source: dict[str, Any] | None = None) -> Article:
    """An article from the raw bytes of a web page (charset detected, mislabelled charsets repaired)."""
    label = url or path or "input"
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLarge(f"{label}: {len(data):,} bytes is over the limit of {max_bytes:,} (see --max-bytes)")
    html, encoding = decode_html(data)
    return read_html(html, path=path, url=url, source_format=source_format, source={"encoding": encoding, **(source or {})})


def read_html(html: str, *, path: str | None = None, url: str | None = None, source_format: str = "html",
              source: dict[str, Any] | None = None) -> Article:
    """An article from the markup of a web page."""
    label = url or path or "input"
    tree = load_html(html) if html.strip() else None
    if tree is None:
        raise UnusableInput(f"{label}: not an HTML page")
    chosen = html_metadata.collect(tree)
    footnotes = find_footnotes(tree, html)
    body = _main_text(tree, url)
    if body is None:
        raise UnusableInput(f"{label}: no article text found in the page")
    metadata, provenance = _page_metadata(chosen, tree, url)
    blocks = _drop_furniture(_blocks(body, footnotes), footnotes, metadata, provenance)
    if sum(word_count(block.text) for block in blocks) < MIN_WORDS:
        raise UnusableInput(f"{label}: no article text found in the page")
    article = _assemble(blocks, footnotes)
    article.source = {"path": path, "url": url, "format": source_format, **(source or {})}
    _merge_text_heuristics(article, metadata, provenance)
    article.metadata = {**metadata, "footnotes": [vars(note) for note in footnotes], "provenance": provenance}
    return article


def decode_html(data: bytes) -> tuple[str, str]:
    """The page as text and the encoding used; a page that is not valid UTF-8 gets its charset detected."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if len(_NON_ASCII.findall(text)) - broken > 4 * broken:
        return text, "utf-8"  # UTF-8 with a few stray bytes, not another charset
    declared = _DECLARED_CHARSET.search(data[:4096])
    encoding = declared[1].decode("ascii").lower() if declared else None
    if encoding and not encoding.replace("-", "").startswith("utf8") and _known_codec(encoding):
        return data.decode(encoding, errors="replace"), encoding
    guess = charset_normalizer.from_bytes(data[:CHARSET_SAMPLE]).best()
    encoding = guess.encoding if guess and guess.encoding and not guess.encoding.startswith("utf") else "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _main_text(tree: HtmlElement, url: str | None) -> etree._Element | None:
    """trafilatura's main-text tree (reader comments excluded; superscript markers wrapped first)."""
    _mark_superscripts(tree)
    document = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, with_metadata=False,
    )
    body = getattr(document, "body", None)
    if body is None or not "".join(body.itertext()).strip():
        return None
    return body


def _page_metadata(chosen: html_metadata.Chosen, tree: HtmlElement, url: str | None) -> tuple[dict[str, Any], dict[str, str]]:
    """The page's metadata and its provenance; htmldate when the markup states no publication date."""
    metadata: dict[str, Any] = {"title": None, "teaser": None, "authors": [], "published": None, "image_credit": None}
    provenance: dict[str, str] = {}
    for name, (source, value) in chosen.items():
        metadata[name], provenance[name] = value, source
    if metadata["published"] is None or provenance.get("published") == "time-element":
        found = find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
        if found:
            metadata["published"], provenance["published"] = found, "htmldate"
    return metadata, provenance


def _blocks(body: etree._Element, footnotes: list[Footnote]) -> list[Block]:
    known = {note.marker for note in footnotes}
    blocks: list[Block] = [_loose(body.text, known)]
    for element in body:
        if element.tag == "head":
            blocks.append(_inline(Block("heading"), element, known))
        elif element.tag == "list":
            blocks.append(_list(element, known))
        elif element.tag == "quote":
            blocks.extend(_quote(element, known))
        elif element.tag == "table":
            blocks.append(_table(element, known))
        elif element.tag != "graphic":
            blocks.append(_inline(Block("paragraph"), element, known))
        blocks.append(_loose(element.tail, known))
    return [block for block in blocks if block.text]


def _loose(text: str | None, known: set[str]) -> Block:
    """Text trafilatura left directly in the body, between blocks: a paragraph of its own."""
    block = Block("paragraph")
    _append(block, text, known)
    block.text = block.text.strip()
    return block


def _list(element: etree._Element, known: set[str]) -> Block:
    """A list as one paragraph, one line per item, each item's span recorded."""
    block = Block("list")
    for item in element.iter("item"):
        if block.text:
            block.text += "\n"
        start = len(block.text)
        _inline(block, item, known, skip_lists=True)
        if len(block.text) > start:
            block.items.append((start, len(block.text)))
        else:
            block.text = block.text.rstrip("\n")
    return block


def _quote(element: etree._Element, known: set[str]) -> list[Block]:
    children = [child for child in element if child.tag in ("p", "head", "list")]
    if not children:
        return [_inline(Block("blockquote"), element, known)]
    return [_inline(Block("blockquote"), child, known) for child in children]


def _table(element: etree._Element, known: set[str]) -> Block:
    """A table as one paragraph: one line per row, cells separated by ' | '."""
    block = Block("table")
    for row in element.iter("row"):
        if block.text:
            block.text += "\n"
        for number, cell in enumerate(row.iter("cell")):
            if number:
                block.text += " | "
            _inline(block, cell, known)
    return block


def _inline(block: Block, element: etree._Element, known: set[str], skip_lists: bool = False, top: bool = True) -> Block:
    """Append the text of an element to a block, collapsing whitespace and noting footnote markers."""
    _append(block, element.text, known)
    for child in element:
        if child.tag == "lb":
            block.text = block.text.rstrip(" ") + ("\n" if block.text else "")
        elif not (skip_lists and child.tag in ("list", "item")):
            _inline(block, child, known, skip_lists, top=False)
        _append(block, child.tail, known)
    block.text = block.text.rstrip() if top else block.text
    return block


def _append(block: Block, text: str | None, known: set[str]) -> None:
    """Append text; superscripts wrapped by `_mark_superscripts` become markers when they look like footnotes."""
    if not text:
        return
    position = 0
    for match in _WRAPPED.finditer(text):
        _append_plain(block, text[position : match.start()])
        _superscript(block, match[2], known, linked=match[1] == LINKED)
        position = match.end()
    _append_plain(block, text[position:])


def _append_plain(block: Block, text: str) -> None:
    text = unicodedata.normalize("NFC", _SPACE.sub(" ", _INVISIBLE.sub("", text)))
    if not block.text or block.text.endswith((" ", "\n")):
        text = text.lstrip(" ")
    block.text += text


def _superscript(block: Block, raw: str, known: set[str], linked: bool) -> None:
    raw = unicodedata.normalize("NFC", " ".join(raw.split()))
    marker = marker_text(raw)
    if marker and (linked or _BEFORE_MARKER.search(block.text) or (marker in known and not _UNIT.search(block.text))):
        start = len(block.text)
        block.text += raw
        block.markers.append((start, len(block.text), marker))
    else:
        block.text += raw


def _mark_superscripts(tree: HtmlElement) -> None:
    """Wrap short <sup> texts in private-use sentinels so they survive extraction and can be found again."""
    for sup in tree.iter("sup"):
        raw = sup.text_content()
        if marker_text(raw) is None:
            continue
        linked = any(href.startswith("#") for href in sup.xpath(".//a/@href | ancestor::a[1]/@href"))
        for child in list(sup):
            sup.remove(child)
        sup.text = f"{LINKED if linked else UNLINKED}{raw.strip()}{END}"


def _drop_furniture(blocks: list[Block], footnotes: list[Footnote], metadata: dict[str, Any],
                    provenance: dict[str, str]) -> list[Block]:
    """Remove the footnote list, its label, the title heading and a teaser the page marks as such.

    A teaser known only from <meta> descriptions stays in the body: there it is
    usually the article's own first paragraph, not separate furniture.
    """
    notes = {normalise(note.text) for note in footnotes}
    title = (metadata.get("title") or "").casefold()
    teaser = (metadata.get("teaser") or "").casefold() if provenance.get("teaser") == "page" else ""
    kept: list[Block] = []
    for number, block in enumerate(blocks):
        key = block.text.casefold()
        if number < 3 and block.kind == "heading" and title and key == title:
            continue
        if number < 4 and teaser and key == teaser:
            continue
        if notes and (is_label(block.text) or _is_footnote_block(block, notes)):
            continue
        kept.append(block)
    return kept


def _is_footnote_block(block: Block, notes: set[str]) -> bool:
    if block.kind == "list" and block.items:
        return all(normalise(block.text[start:end]) in notes for start, end in block.items)
    return normalise(block.text) in notes


def _assemble(blocks: list[Block], footnotes: list[Footnote]) -> Article:
    """Canonical text (blocks joined by blank lines) with sections, paragraphs and references."""
    notes = {note.marker: note for note in footnotes}
    text = "\n\n".join(block.text for block in blocks)
    sections: list[dict[str, Any]] = []
    paragraphs: list[dict[str, Any]] = []
    references: list[dict[str, Any]] = []
    offset = 0
    for block in blocks:
        start, end = offset, offset + len(block.text)
        offset = end + 2
        if block.kind == "heading":
            sections.append({"start": start, "end": end, "heading": {"start": start, "end": end}})
            continue
        if not sections:
            sections.append({"start": start, "end": end, "heading": None})
        sections[-1]["end"] = end
        paragraph: dict[str, Any] = {"start": start, "end": end, "section": len(sections) - 1}
        if block.kind != "paragraph":
            paragraph["kind"] = block.kind
        if block.items:
            paragraph["items"] = [{"start": start + a, "end": start + b} for a, b in block.items]
        paragraphs.append(paragraph)
        references.extend(_reference(start + a, start + b, marker, "html", notes.get(marker)) for a, b, marker in block.markers)
    taken = {ref["start"] for ref in references}
    listed = {marker: {"text": note.text, "url": note.url} for marker, note in notes.items()}
    references.extend(ref for ref in find_references(text, listed) if ref["start"] not in taken)
    article = Article(text=text)
    article.layers["sections"] = sections
    article.layers["paragraphs"] = paragraphs
    article.layers["references"] = sorted(references, key=lambda ref: ref["start"])
    return article


def _reference(start: int, end: int, marker: str, style: str, note: Footnote | None) -> dict[str, Any]:
    return {"start": start, "end": end, "marker": marker, "style": style,
            "text": note.text if note else None, "url": note.url if note else None}


def _merge_text_heuristics(article: Article, metadata: dict[str, Any], provenance: dict[str, str]) -> None:
    """Fill what the markup did not say from the plain-text reader's heuristics on the body."""
    found = read_text(article.text, path=article.source.get("path")).metadata
    for name in _TEXT_FIELDS:
        if not metadata.get(name) and found.get(name):
            metadata[name], provenance[name] = found[name], "text"
    words = body_word_count(article.text, article.layers["references"])
    metadata["word_count"] = words
    metadata["reading_time"] = {"stated_minutes": (found.get("reading_time") or {}).get("stated_minutes"),
                                "estimated_minutes": estimated_minutes(words)}
    metadata["author_bio"] = metadata.get("author_bio") or found.get("author_bio")
    metadata["links"] = list(found.get("links") or [])
