"""`presslens eval ...`: quality figures against gold data, one subcommand per layer."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import app
from .options import json_option


@app.group("eval")
def evaluate() -> None:
    """Score a layer against gold data and print precision, recall and F1."""


@evaluate.command("quotes")
@click.option("--data", "data", required=True, type=click.Path(path_type=Path), help="A quotes-de split (folder of *.json).")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents.")
@json_option
def evaluate_quotes(data: Path, limit: int | None, as_json: bool) -> None:
    """Quote detection (tokens, exact spans, per type), speaker and cue attribution against quotes-de gold."""
    from .. import pipeline
    from ..evaluation.quotes import load_gold, score, table_rows
    from ..readers.text import read_text
    from ..render import tables

    documents = load_gold(data)[:limit]
    result = score(documents, lambda text: pipeline.run(read_text(text, raw=True)))
    if as_json:
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        tables.print_rows(table_rows(result), title=f"quotes: {data} ({result['documents']} documents)")
