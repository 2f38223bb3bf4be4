"""Rows for the table commands, built from a record, and printing them with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..record import Article
from ..store.derive import name_key

Row = dict[str, Any]


def quote_rows(article: Article) -> list[Row]:
    """One row per quote: speaker, type, reference and the quoted words."""
    rows = []
    for quote in article.layer("quotes"):
        speaker = quote.get("speaker") or {}
        rows.append(
            {
                "speaker": speaker.get("name"),
                "type": quote["type"],
                "reference": quote.get("reference"),
                "text": " … ".join(article.span_text(span) for span in quote["spans"]),
            }
        )
    return rows


def timeline_rows(article: Article) -> list[Row]:
    """One row per timeline entry: date, the expression, entities acting and quotes, and the sentence."""
    rows = []
    for entry in article.layer("timeline"):
        rows.append(
            {
                "date": entry["date"] + (f" ({entry['mod']})" if entry.get("mod") else ""),
                "expression": article.span_text(entry["timex"]),
                "entities": ", ".join(e["name"] for e in entry.get("entities", []) if e.get("name")),
                "quotes": ", ".join(str(i) for i in entry.get("quotes", [])),
                "sentence": " ".join(article.span_text(entry["sentence"]).split()),
            }
        )
    return rows


def matches_name(name: str | None, wanted: str, whole: bool = False) -> bool:
    """Whether `name` is (whole) or contains `wanted`, ignoring case and spacing, as the store compares names."""
    if not name:
        return False
    have, key = name_key(name), name_key(wanted)
    return have == key if whole else key in have


def corpus_quote_rows(rows: list[Row]) -> list[Row]:
    """Store quote rows for an 80-column table: 12-character id; title, date and entity only in --json."""
    return [{"id": r["article_id"][:12], "speaker": r.get("speaker"),
             "type": r.get("type"), "ref": r.get("reference"), "text": r.get("text")} for r in rows]


def corpus_timeline_rows(rows: list[Row]) -> list[Row]:
    """Store timeline rows for a table: 12-character id, entities as comma-joined text."""
    return [{"date": r["date"], "id": r["article_id"][:12], "sentence": " ".join((r.get("sentence") or "").split()),
             "entities": ", ".join(r.get("entities") or [])} for r in rows]


def print_rows(rows: list[Row], title: str, empty: str | None = None) -> None:
    """Print rows as a table whose columns are the keys of the first row; `empty` is said when there are none."""
    console = Console(highlight=False, soft_wrap=False)
    if not rows:
        console.print(empty or f"no {title}")
        return
    table = Table(title=title)
    columns = list(rows[0].keys())
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(escape("" if row.get(c) is None else str(row.get(c))) for c in columns))
    console.print(table)
