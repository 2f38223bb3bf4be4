"""A terminal summary of one record (rich)."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from ..record import Article


def render(article: Article, sink: TextIO) -> None:
    """Print title, author, date, reading time, sections and references."""
    console = Console(file=sink, highlight=False, soft_wrap=True)
    meta = article.metadata
    console.print(f"[bold]{_escape(meta.get('title') or '(untitled)')}[/bold]")
    facts = Table.grid(padding=(0, 2))
    facts.add_row("authors", _escape(", ".join(meta.get("authors") or []) or "-"))
    facts.add_row("published", meta.get("published") or "-")
    reading = meta.get("reading_time") or {}
    facts.add_row("reading time", f"stated {reading.get('stated_minutes') or '-'} min, estimated {reading.get('estimated_minutes') or '-'} min")
    facts.add_row("words", str(meta.get("word_count", 0)))
    facts.add_row("language", article.language or "-")
    facts.add_row("id", article.id[:16])
    console.print(facts)
    sections = Table(title="sections", show_lines=False)
    sections.add_column("#", justify="right")
    sections.add_column("heading")
    sections.add_column("paragraphs", justify="right")
    paragraphs = article.layer("paragraphs")
    for index, section in enumerate(article.layer("sections")):
        count = sum(1 for p in paragraphs if section["start"] <= p["start"] < section["end"])
        heading = article.span_text(section["heading"]) if section.get("heading") else "(no heading)"
        sections.add_row(str(index), _escape(heading), str(count))
    console.print(sections)
    markers = [ref["marker"] for ref in article.layer("references")]
    console.print(f"references: {', '.join(markers) if markers else '-'}")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
