"""Footnotes of a web page: the numbered list of sources and the markers pointing at it.

Commentary and analysis pieces cite their sources in footnote or endnote lists
("Quellen:", "Anmerkungen:", <ol class="footnotes">). A plain-text copy loses
the list; the HTML usually still has it, so the reader recovers each entry's
text and link and attaches them to the markers in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

_LIST_CLASS = re.compile(r"footnote|endnote|references")
_CONTAINER_CLASS = re.compile(r"footnotes|endnotes")
_LABEL_WORDS = (r"Quellen|Quellenangaben|Anmerkungen|Fußnoten|Fussnoten|Endnoten|Einzelnachweise|Belege|Nachweise"
                r"|Notes|Footnotes|Endnotes|Sources|References")
_LABEL = re.compile(rf"^(?:{_LABEL_WORDS})\s*:?$", re.IGNORECASE)
_LIST_HINTS = ("footnote", "endnote", "cite_note", "doc-endnotes", 'id="fn', "id='fn", "id=fn")
_OL_REFERENCES = re.compile(r"<ol[^>]*references")
_AFTER_LABEL = re.compile(r"\s*:?\s*<")
_LEADING_MARKER = re.compile(r"^\s*(?:\((\d{1,3})\)|\[(\d{1,3})\]|(\d{1,3})[.)]\s|([¹²³⁴⁵⁶⁷⁸⁹⁰]+))\s*")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_ID_NUMBER = re.compile(r"(\d+)\D*$")
_BACKLINKS = re.compile(r"[↩↑^]\ufe0e?")
_SPACE = re.compile(r"\s+")
_BARE_URL = re.compile(r"https?://[^\s<>\"“”„»«]+")


@dataclass(frozen=True)
class Footnote:
    """One entry of a page's footnote list."""

    marker: str
    text: str
    url: str | None


def find_footnotes(tree: HtmlElement, markup: str | None = None) -> list[Footnote]:
    """The footnote entries of a page, in page order, without duplicates by marker.

    `markup`, the page source, lets pages that mention no footnote at all skip the tree search.
    """
    lower = markup.lower() if markup is not None else None
    notes: dict[str, Footnote] = {}
    listed = _listed_items(tree) if lower is None or _may_list(lower) else []
    for index, element in enumerate(listed, start=1):
        note = _entry(element, _id_marker(element) or str(index))
        if note:
            notes.setdefault(note.marker, note)
    labelled = _labelled_entries(tree) if lower is None or _may_label(lower) else []
    for element in labelled:
        note = _entry(element, None)
        if note:
            notes.setdefault(note.marker, note)
    return list(notes.values())


def _may_list(lower: str) -> bool:
    """Cheap test on the lower-cased page source: could it have a marked-up footnote list?"""
    return any(hint in lower for hint in _LIST_HINTS) or bool(_OL_REFERENCES.search(lower))


def _may_label(lower: str) -> bool:
    """Cheap test on the lower-cased page source: is a label such as 'Quellen:' an element's whole text?"""
    for word in _LABEL_WORDS.lower().split("|"):
        index = lower.find(word)
        while index != -1:
            before = index - 1
            while before >= 0 and lower[before].isspace():
                before -= 1
            if before >= 0 and lower[before] == ">" and _AFTER_LABEL.match(lower, index + len(word)):
                return True
            index = lower.find(word, index + 1)
    return False


def is_label(text: str) -> bool:
    """Whether a line is the heading of a footnote list ("Quellen:", "Notes")."""
    return bool(_LABEL.match(text.strip()))


def normalise(text: str) -> str:
    """A comparison key for a footnote text, robust to whitespace, markers and backlinks."""
    text = _LEADING_MARKER.sub("", _BACKLINKS.sub("", text))
    return _SPACE.sub(" ", text).strip().casefold()[:80]


def marker_text(text: str) -> str | None:
    """'1' from '1', '[1]', '(1)', '¹' or '*' — the marker a superscript shows — else None."""
    stripped = text.strip().strip("[]()").strip().translate(_SUPERSCRIPT_DIGITS)
    if re.fullmatch(r"\d{1,3}|[a-z]|\*{1,3}|†", stripped):
        return stripped
    return None


def _listed_items(tree: HtmlElement) -> list[HtmlElement]:
    """Entries of marked-up footnote lists, in one pass over the elements that have attributes."""
    items: list[HtmlElement] = []
    for element in tree.iter(tag=etree.Element):
        attrib = element.attrib
        if not attrib:
            continue
        cls = attrib.get("class", "")
        if element.tag == "ol" and _LIST_CLASS.search(cls):
            items.extend(element.iterchildren("li"))
        elif _CONTAINER_CLASS.search(cls) or attrib.get("role") == "doc-endnotes":
            items.extend(element.iter("li"))
        elif element.tag == "li" and attrib.get("id", "").startswith(("fn", "footnote", "cite_note")):
            items.append(element)
    return list(dict.fromkeys(items))


def _labelled_entries(tree: HtmlElement) -> list[HtmlElement]:
    """Entries after a "Quellen:"/"Anmerkungen:" label: list items, or paragraphs/lines starting with a marker."""
    entries: list[HtmlElement] = []
    for label in tree.iter("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "div"):
        if not is_label(label.text or "") or any(child.tail and child.tail.strip() for child in label):
            continue
        anchor = label if label.tag not in ("strong", "b") or label.getparent() is None else label.getparent()
        for sibling in anchor.itersiblings():
            if sibling.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                break
            if sibling.tag in ("ol", "ul"):
                entries.extend(sibling.iterchildren("li"))
            elif _LEADING_MARKER.match(sibling.text_content() or ""):
                entries.append(sibling)
            elif entries:
                break
    return entries


def _id_marker(element: HtmlElement) -> str | None:
    match = _ID_NUMBER.search(element.get("id") or "")
    return match[1] if match else None


def _entry(element: HtmlElement, marker: str | None) -> Footnote | None:
    raw = element.text_content()
    leading = _LEADING_MARKER.match(raw)
    if leading:
        marker = next(group for group in leading.groups() if group).translate(_SUPERSCRIPT_DIGITS)
    if marker is None:
        return None
    text = _SPACE.sub(" ", _BACKLINKS.sub("", raw[leading.end() if leading else 0 :])).strip()
    if not text:
        return None
    links = [href for href in element.xpath(".//a/@href") if href.startswith(("http://", "https://"))]
    bare = _BARE_URL.search(text)
    url = links[0] if links else bare.group().rstrip(".,;:)") if bare else None
    return Footnote(marker=marker, text=text, url=url)
