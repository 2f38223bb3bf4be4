"""`presslens report` (one article to a self-contained HTML file) and `presslens serve` (the local web app)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import InputNotFound, OutputNotWritable, StoreError
from ..readers import DEFAULT_MAX_BYTES
from . import app
from .analyze import _articles


@app.command("report")
@click.argument("source")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The HTML file to write.")
@click.option("--input-format", type=click.Choice(["auto", "text", "html", "warc"]), default="auto", show_default=True,
              help="Override the format detected from the content.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger inputs.")
def report_command(source: str, output: Path, input_format: str, max_bytes: int) -> None:
    """Analyse SOURCE (a file, '-' or an http(s) URL) and write its HTML report (no network needed to view it)."""
    from ..report import render_report

    article = next(iter(_articles(source, input_format, max_bytes)), None)
    if article is None:
        raise InputNotFound(f"{source}: no article found")
    try:
        output.write_text(render_report(article), encoding="utf-8")
    except OSError as err:
        raise OutputNotWritable(f"{output}: cannot write output ({err.strerror})") from err
    click.echo(f"wrote {output}", err=True)


@app.command("serve")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), envvar="PRESSLENS_DB", default=Path("corpus.sqlite"),
              show_default=True, help="The corpus store, opened read-only. Also set by PRESSLENS_DB.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; only this machine by default.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
def serve_command(db: Path, host: str, port: int) -> None:
    """Browse, search and trace a corpus store in the browser (read-only)."""
    import uvicorn

    from ..web.app import LOOPBACK_HOSTS, create_app

    if not db.is_file():
        raise StoreError(f"{db}: no such store (create it with `presslens ingest ... --db {db}`)")
    loopback = host in LOOPBACK_HOSTS
    if not loopback:
        click.echo(f"warning: serving on {host}: other machines can read this corpus", err=True)
    application = create_app(db, allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    click.echo(f"presslens: serving {db} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)
