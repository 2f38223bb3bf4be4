"""Corpus commands: ingest, search, entities, show, trace, export (quotes and timeline live in their own modules)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import ExitCode, NotInStore, OutputNotWritable
from ..readers import DEFAULT_MAX_BYTES
from ..render import summary as summary_render
from ..render import tables
from . import app, fail
from .options import db_option, json_option


def _emit(rows: Any, as_json: bool, title: str, empty: str | None = None) -> None:
    if as_json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        tables.print_rows(rows, title=title, empty=empty)


def _store(db: Path):
    from ..store import Store

    return Store(db, readonly=True)


@app.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--workers", "-j", type=click.IntRange(min=1), help="Analysis processes (default: one per core).")
@click.option("--include", multiple=True, metavar="GLOB", help="In folders, only files matching GLOB (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="In folders, skip files matching GLOB (repeatable).")
@click.option("--input-format", type=click.Choice(["auto", "text", "html", "warc"]), default="auto", show_default=True,
              help="Format of plain files (JSONL and CSV are recognised by their suffix).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger files.")
@click.option("--text-column", help="CSV: column with the article text (header name or 1-based number).")
@click.option("--title-column", help="CSV: column with the title.")
@click.option("--published-column", help="CSV: column with the publication date.")
@click.option("--url-column", help="CSV: column with the URL.")
@click.option("--authors-column", help="CSV: column with the author(s).")
@click.option("--label-column", help="CSV: column with the category/section label (header-less label;text: guessed).")
@click.option("--delimiter", help="CSV: field separator (default: sniffed; 'tab' for tabs).")
@click.option("--quotechar", help="CSV: quote character (default: sniffed).")
@click.option("--header/--no-header", default=None, help="CSV: whether the first row names the columns (default: guessed).")
@click.option("--repair-rows", is_flag=True, help="Apply layout repair and furniture detection to JSONL/CSV texts.")
@click.option("--stages", metavar="NAMES", help="Comma-separated analysis stages to run (default: all; 'none': store the text only).")
@click.option("--timeout", type=click.FloatRange(min=0), default=300.0, show_default=True,
              help="Seconds one article's analysis may take before it is recorded as an error (0: no limit).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="dask: the scheduler to use (default: a LocalCluster here).")
@click.option("--parquet", type=click.Path(file_okay=False, path_type=Path), help="dask: also write Parquet partitions to DIR.")
@click.option("--store/--no-store", "use_store", default=True, show_default=True, help="Write the SQLite store (--no-store: Parquet only).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@json_option
def ingest_command(inputs: tuple[str, ...], db: Path, workers: int | None, include: tuple[str, ...], exclude: tuple[str, ...],
                   input_format: str, max_bytes: int, text_column: str | None, title_column: str | None,
                   published_column: str | None, url_column: str | None, authors_column: str | None, label_column: str | None,
                   delimiter: str | None, quotechar: str | None, header: bool | None, repair_rows: bool, stages: str | None, timeout: float,
                   engine: str,
                   scheduler: str | None, parquet: Path | None, use_store: bool, progress: bool | None, as_json: bool) -> None:
    """Analyse INPUTS (files, folders, '-' for paths on stdin, JSONL, CSV, WARC) into the corpus store.

    Inputs finished by an earlier run are skipped; an article already stored is
    not stored twice; inputs that fail are listed in the store's errors table.
    """
    from ..render.progress import ingest_progress
    from ..store.ingest import default_workers, ingest, inline_engine, process_engine
    from ..store.sources import CsvOptions, IngestOptions

    if not use_store and parquet is None:
        raise click.UsageError("--no-store needs --parquet DIR: the results must go somewhere")
    if engine == "local" and (parquet is not None or scheduler is not None):
        raise click.UsageError("--parquet and --scheduler need --engine dask")
    options = IngestOptions(
        stages=_stages(stages),
        timeout=timeout or None,
        include=include, exclude=exclude, input_format=input_format, max_bytes=max_bytes, repair_rows=repair_rows,
        csv=CsvOptions(text_column=text_column, title_column=title_column, published_column=published_column,
                       url_column=url_column, authors_column=authors_column, label_column=label_column, delimiter=delimiter, quotechar=quotechar,
                       header=header),
    )
    workers = workers or default_workers()
    if engine == "dask":
        from ..scale.dask import dask_engine

        run = dask_engine(scheduler, workers, parquet, keep_articles=use_store)
    else:
        run = inline_engine if workers == 1 else process_engine(workers)
    with ingest_progress(progress) as bar:
        result = ingest(inputs, db if use_store else None, options, run,
                        on_total=bar.on_total if bar else None, on_progress=bar.on_progress if bar else None)
    report = result.to_dict()
    if use_store:
        from ..store import Store

        with Store(db) as store:
            report["store"] = {"path": str(db), "articles": store.count(), "errors": store.errors(limit=5)}
    if as_json:
        _emit(report, True, "ingest")
    else:
        _print_ingest_summary(result, report, db if use_store else None, parquet)
    if result.errors:
        fail(f"{result.errors} input(s) failed; the rest is stored (see the errors above and the store's errors table)",
             ExitCode.UNUSABLE_INPUT)


def _print_ingest_summary(result: Any, report: dict[str, Any], db: Path | None, parquet: Path | None) -> None:
    print(f"ingested {result.inputs} inputs in {result.seconds:.1f} s: {result.added} articles added, "
          f"{result.duplicates} already stored, {result.skipped} inputs done before, {result.errors} errors "
          f"({result.rate:.1f} articles/s)")
    total = sum(result.stage_seconds.values())
    if total:
        split = sorted(result.stage_seconds.items(), key=lambda kv: -kv[1])
        print("time by stage: " + ", ".join(f"{name} {100 * seconds / total:.0f}%" for name, seconds in split))
    if db is not None:
        print(f"store {db}: {report['store']['articles']} articles")
        for error in report["store"]["errors"] if result.errors else []:
            print(f"  error: {error['path']}: {error['reason']}")
    if parquet is not None:
        print(f"parquet partitions in {parquet}")


def _stages(names: str | None) -> tuple[str, ...] | None:
    """The --stages value as names, checked against the pipeline."""
    from .. import pipeline

    if names is None:
        return None
    chosen = tuple(n.strip() for n in names.split(",") if n.strip() and n.strip() != "none")
    unknown = [n for n in chosen if n not in pipeline.stage_names()]
    if unknown:
        raise click.BadParameter(f"unknown stage {unknown[0]!r} (stages: {', '.join(pipeline.stage_names()) or 'none yet'})",
                                 param_hint="'--stages'")
    return chosen


@app.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@db_option
@json_option
def search_command(query: str, limit: int, offset: int, db: Path, as_json: bool) -> None:
    """Full-text search of titles, texts and quotes (FTS5 syntax: "a phrase", OR, NOT, prefix*).

    A query that is not valid FTS5 syntax is searched as plain words (a note on stderr says so).
    """
    with _store(db) as store:
        problem = store.fts_syntax_error(query)
        if problem:
            words = " ".join(query.replace('"', " ").split())
            click.echo(f"presslens: not a valid search expression ({problem}); searched for the words: {words}", err=True)
        rows = store.search(query, limit=limit, offset=offset)
    if not as_json:
        rows = [{"id": r["id"][:12], "published": r["published"], "title": r["title"], "snippet": r["snippet"]} for r in rows]
    _emit(rows, as_json, "search", empty="no results")


@app.command("entities")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--label", type=click.Choice(["PER", "ORG", "LOC", "MISC"], case_sensitive=False))
@db_option
@json_option
def entities_command(top: int, label: str | None, db: Path, as_json: bool) -> None:
    """The most frequent entities of the corpus: in how many articles, how many mentions."""
    with _store(db) as store:
        _emit(store.entities(top=top, label=label), as_json, "entities")


@app.command("show")
@click.argument("article_id")
@db_option
@json_option
def show_command(article_id: str, db: Path, as_json: bool) -> None:
    """Show a stored article by id (or a unique prefix of at least 8 characters)."""
    with _store(db) as store:
        article = store.get(article_id)
    if article is None:
        hint = " (give at least 8 characters of the id)" if len(article_id.strip()) < 8 else ""
        raise NotInStore(f"{article_id}: no such article in {db}{hint}")
    if as_json:
        sys.stdout.write(article.to_json(indent=2) + "\n")
    else:
        summary_render.render(article, sys.stdout)


@app.command("trace")
@click.argument("quote")
@click.option("--threshold", type=click.FloatRange(0, 100), default=85.0, show_default=True,
              help="Minimum similarity (0-100) of a stored quotation to QUOTE.")
@db_option
@json_option
def trace_command(quote: str, threshold: float, db: Path, as_json: bool) -> None:
    """Every article carrying QUOTE (or nearly the same words), earliest first, with the speaker each gives."""
    with _store(db) as store:
        rows = store.trace(quote, threshold=threshold)
    if not as_json:
        rows = [{"published": r["published"], "id": r["article_id"][:12], "title": r["title"], "speaker": r["speaker"],
                 "score": r["score"], "quote": r["text"]} for r in rows]
    _emit(rows, as_json, "trace", empty="no stored article carries this quotation")


@app.command("export")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl", "csv"]), required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here (JSONL and CSV default to standard output).")
@db_option
def export_command(fmt: str, output: Path | None, db: Path) -> None:
    """Export every stored article: JSONL records, or one row per article in Parquet or CSV."""
    from ..store.export import export

    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o PATH")
    with _store(db) as store:
        try:
            count = export(store.iter_articles(), fmt, output)
        except OSError as err:
            raise OutputNotWritable(f"{output}: cannot write output ({err.strerror or err})") from err
    if output is not None:
        print(f"exported {count} articles to {output}", file=sys.stderr)
