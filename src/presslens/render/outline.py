"""What both human views show of a record: facts about the article and its outline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..record import Article

#: Characters of text shown before a reference marker, so a reader sees what it belongs to.
REFERENCE_CONTEXT = 60


@dataclass
class Section:
    """A section of the body: its heading text (None for an untitled first section) and its paragraphs."""

    heading: str | None
    paragraphs: list[str]


def facts(article: Article) -> list[tuple[str, str]]:
    """Label/value pairs for the metadata a reader looks at first."""
    meta = article.metadata
    reading = meta.get("reading_time") or {}
    stated, estimated = reading.get("stated_minutes"), reading.get("estimated_minutes")
    minutes = ", ".join(part for part in (
        f"{stated} min stated" if stated is not None else "",
        f"{estimated} min estimated" if estimated is not None else "",
    ) if part) or "-"
    rows = [
        ("author", ", ".join(meta.get("authors") or []) or "-"),
        ("published", meta.get("published") or "-"),
        ("reading time", minutes),
        ("words", str(meta.get("word_count", 0))),
        ("image", meta.get("image_credit") or "-"),
        ("language", article.language or "-"),
        ("id", article.id[:16]),
    ]
    return rows


def sections(article: Article) -> list[Section]:
    """The body as sections of paragraphs, in reading order."""
    result = []
    paragraphs = article.layer("paragraphs")
    for index, section in enumerate(article.layer("sections")):
        heading = article.span_text(section["heading"]) if section.get("heading") else None
        texts = [article.span_text(p) for p in paragraphs if _in_section(p, index, section)]
        result.append(Section(heading, texts))
    return result


def _in_section(paragraph: dict[str, Any], index: int, section: dict[str, Any]) -> bool:
    if "section" in paragraph:
        return paragraph["section"] == index
    return section["start"] <= paragraph["start"] < section["end"]


def references(article: Article) -> list[tuple[str, str]]:
    """(marker, the text just before it) for every reference marker."""
    rows = []
    for reference in article.layer("references"):
        start = reference["start"]
        paragraph_start = article.text.rfind("\n", 0, start) + 1
        before = article.text[max(paragraph_start, start - REFERENCE_CONTEXT) : start].strip()
        if start - REFERENCE_CONTEXT > paragraph_start:
            before = "…" + before
        rows.append((reference["marker"], before))
    return rows
