"""`presslens analyze`: one article (or every article in an archive) to a record."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import click

from .. import analyze_all, pipeline
from ..errors import OutputNotWritable
from ..readers import DEFAULT_MAX_BYTES
from ..readers import read_data
from ..record import Article
from ..render import markdown, summary
from . import app


@app.command("analyze")
@click.argument("source")
@click.option("--format", "-f", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="json prints the record; several articles (WARC) become JSON Lines.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of standard output.")
@click.option("--input-format", type=click.Choice(["auto", "text", "html", "warc"]), default="auto", show_default=True,
              help="Override the format detected from the content.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger inputs.")
def analyze_command(source: str, output_format: str, output: Path | None, input_format: str, max_bytes: int) -> None:
    """Analyse SOURCE (a file, '-' for standard input, or an http(s) URL) and print its summary or record.

    Exit codes: 0 done, 1 internal error, 2 usage, 3 input not found or a directory,
    4 input unusable (empty, binary, undecodable), 5 input over --max-bytes,
    6 URL not fetched; see docs/cli.md.
    """
    articles = _articles(source, input_format, max_bytes)
    first = next(articles, None)  # read before opening --output: bad input leaves no empty file behind
    if first is None:
        return
    sink = _open_output(output) if output else sys.stdout
    try:
        for article in itertools.chain([first], articles):
            if output_format == "json":
                sink.write(article.to_json(indent=2 if sink.isatty() else None) + "\n")
            elif output_format == "markdown":
                sink.write(markdown.render(article))
            else:
                summary.render(article, sink)
    finally:
        if output:
            sink.close()


def _open_output(path: Path) -> TextIO:
    try:
        return path.open("w", encoding="utf-8")
    except OSError as err:
        raise OutputNotWritable(f"{path}: cannot write output ({err.strerror})") from err


def _articles(source: str, input_format: str, max_bytes: int) -> Iterator[Article]:
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        yield pipeline.run(read_data(data, input_format, path=None, max_bytes=max_bytes))
        return
    yield from analyze_all(source, input_format=input_format, max_bytes=max_bytes, report=_warn)


def _warn(message: str) -> None:
    """A skipped record of an archive: one line on stderr, the run goes on."""
    click.echo(f"presslens: {message}", err=True)
