"""`presslens timeline`: the dated events of one article, or of the corpus for an entity."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .. import analyze
from ..render import tables
from . import app
from .options import db_option, json_option


def _plot_file(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """Refuse a plot file name that is neither .png nor .svg before any work is done."""
    from ..render.timeline_plot import FORMATS

    if value is not None and value.suffix.lower() not in FORMATS:
        raise click.BadParameter("needs a file name ending in .png or .svg", ctx=ctx, param=param)
    return value


@app.command("timeline")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--entity", help="Only events in which this entity acts (its whole name; case and spacing ignored).")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), callback=_plot_file, help="Also draw the timeline to FILE.png or FILE.svg.")
@db_option
@json_option
def timeline_command(path: Path | None, entity: str | None, plot: Path | None, db: Path, as_json: bool) -> None:
    """Print the timeline of the article at PATH, or (without PATH) the corpus timeline in --db."""
    if path is not None:
        rows = tables.timeline_rows(analyze(path))
        if entity is not None:
            rows = [r for r in rows if any(tables.matches_name(name, entity, whole=True) for name in r["entities"].split(", "))]
    else:
        from ..store import Store

        with Store(db, readonly=True) as store:
            rows = store.timeline(entity=entity)
    if plot is not None:
        from ..render.timeline_plot import draw

        draw(rows, plot)
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        tables.print_rows(rows if path is not None else tables.corpus_timeline_rows(rows), title="timeline", empty="no dated events")
