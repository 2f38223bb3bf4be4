"""`presslens quotes`: the quotes of one article, or of the corpus by speaker."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .. import analyze
from ..render import tables
from . import app
from .options import db_option, json_option


@app.command("quotes")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--speaker", help="Only quotes whose speaker's name contains NAME (case and spacing ignored).")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@db_option
@json_option
def quotes_command(path: Path | None, speaker: str | None, limit: int, db: Path, as_json: bool) -> None:
    """List the quotes of the article at PATH, or (without PATH) the corpus quotes in --db."""
    if path is not None:
        rows = [r for r in tables.quote_rows(analyze(path)) if speaker is None or tables.matches_name(r["speaker"], speaker)][:limit]
    else:
        from ..store import Store

        with Store(db, readonly=True) as store:
            rows = store.quotes(speaker=speaker, limit=limit)
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        tables.print_rows(rows if path is not None else tables.corpus_quote_rows(rows), title="quotes")
