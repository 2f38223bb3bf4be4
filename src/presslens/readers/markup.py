"""Light Markdown left in copied text: links and URLs to `metadata.links`, emphasis removed.

Text copied from blogs and CMS previews keeps `**bold**`, `[label](url)`,
`(<https://…>)` and `## Heading`. The reader keeps the readable words, records
every link, and keeps bare URLs in the text because they are part of what the
author wrote ("unter www.example.org").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Link = dict[str, str | None]

_URL = r"(?:https?://|www\.)[^\s<>()\[\]{}\"“”„»«]+"
_TRAILING = ".,;:!?'’)]"
_HEADING_MARK = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<text>[^*_].*?)(?:\*\*|__)$")
#: "**label** (<url>)", "**label** (url)", "[label](url)", "(<url>)", "<url>" — one pass, left to right.
_MARKUP = re.compile(
    rf"(?:\*\*|__)(?P<blabel>[^*_\n]{{1,300}}?)(?:\*\*|__)\s*\(<?(?P<burl>{_URL})>?\)"
    rf"|\[(?P<label>[^\]\n]{{1,300}})\]\(<?(?P<url>{_URL})>?(?:\s+\"[^\"]*\")?\)"
    rf"|\s?\(<(?P<purl>{_URL})>\)"
    rf"|<(?P<aurl>{_URL})>"
    r"|(?:\*\*|__)(?P<bold>[^*_\n]{1,300}?)(?:\*\*|__)"
)
_MARKUP_CHARS = re.compile(r"[*_\[<]")
_BARE_URL = re.compile(_URL)


@dataclass
class Line:
    """One source line with its Markdown removed; `heading` when it was marked as one."""

    text: str
    heading: bool = False
    links: list[Link] = field(default_factory=list)


def plain_line(raw: str) -> Line:
    """The readable text of a line, whether Markdown marked it as a heading, and its links."""
    stripped = raw.strip()
    heading = False
    for mark in (_HEADING_MARK, _BOLD_LINE):
        found = mark.match(stripped)
        if found:
            stripped, heading = found.group("text"), True
            break
    links: list[Link] = []

    def replace(match: re.Match[str]) -> str:
        groups = match.groupdict()
        if groups["burl"]:
            links.append(_link(groups["burl"], groups["blabel"]))
            return groups["blabel"]
        if groups["url"]:
            links.append(_link(groups["url"], groups["label"]))
            return groups["label"]
        if groups["purl"]:
            links.append(_link(groups["purl"], None))
            return ""
        if groups["aurl"]:
            return groups["aurl"]
        return groups["bold"]

    text = _MARKUP.sub(replace, stripped) if _MARKUP_CHARS.search(stripped) else stripped
    known = {link["url"] for link in links}
    for match in _BARE_URL.finditer(text):
        url = _normal_url(match.group())
        if url not in known:
            known.add(url)
            links.append({"url": url, "label": None})
    return Line(text=text, heading=heading, links=links)


def _link(url: str, label: str | None) -> Link:
    return {"url": _normal_url(url), "label": label.strip() if label else None}


def _normal_url(url: str) -> str:
    url = url.rstrip(_TRAILING)
    return url if "://" in url else f"https://{url}"


def merge_links(*groups: list[Link]) -> list[Link]:
    """Links in order of appearance, each URL once (a labelled entry wins over a bare one)."""
    merged: dict[str, Link] = {}
    for group in groups:
        for link in group:
            if link["url"] not in merged or (link["label"] and not merged[link["url"]]["label"]):
                merged[link["url"]] = link
    return list(merged.values())
