"""Export the corpus: JSONL (the record format), Parquet and CSV (flat columns, via pyarrow).

Parquet and CSV carry one row per article with the metadata as columns, the
text, layer sizes, and (Parquet only) the full record as a JSON string, so
DuckDB or pandas read them directly and nothing is lost.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from ..errors import UnusableInput
from ..record import Article
from .derive import article_columns

FORMATS = ("parquet", "jsonl", "csv")
BATCH = 500

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("title", pa.string()),
    ("published", pa.string()),
    ("language", pa.string()),
    ("authors", pa.list_(pa.string())),
    ("source_path", pa.string()),
    ("source_url", pa.string()),
    ("source_format", pa.string()),
    ("word_count", pa.int64()),
    ("entities", pa.int64()),
    ("quotes", pa.int64()),
    ("timexes", pa.int64()),
    ("claims", pa.int64()),
    ("text", pa.string()),
    ("record", pa.string()),
])


def article_row(article: Article) -> dict[str, Any]:
    """One flat row of an article, as in ARTICLE_SCHEMA."""
    return {
        **article_columns(article),
        **{name: len(article.layer(name)) for name in ("entities", "quotes", "timexes", "claims")},
        "text": article.text,
        "record": article.to_json(indent=None),
    }


def table(articles: Iterable[Article]) -> pa.Table:
    """A pyarrow table of the articles (the Parquet layout)."""
    return pa.Table.from_pylist([article_row(a) for a in articles], schema=ARTICLE_SCHEMA)


def _batches(articles: Iterable[Article]) -> Iterator[pa.Table]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= BATCH:
            yield table(batch)
            batch = []
    if batch:
        yield table(batch)


def export(articles: Iterable[Article], fmt: str, output: Path | None) -> int:
    """Write the articles in `fmt` to `output` (standard output when None, not for Parquet); returns the count."""
    if fmt == "jsonl":
        return _jsonl(articles, output)
    if output is None and fmt == "parquet":
        raise UnusableInput("Parquet needs a file: give -o PATH")
    shape = (lambda t: t) if fmt == "parquet" else _for_csv
    sink: Any = output if output is not None else sys.stdout.buffer
    writer = _writer(fmt, sink, shape(table([])).schema)
    count = 0
    try:
        for batch in _batches(articles):
            writer.write_table(shape(batch))
            count += batch.num_rows
    finally:
        writer.close()
    return count


def _for_csv(batch: pa.Table) -> pa.Table:
    """CSV has no lists and no room for the record: authors joined, record dropped."""
    flat = batch.drop_columns(["record"])
    authors = pa.array(["; ".join(a) for a in flat.column("authors").to_pylist()], pa.string())
    return flat.set_column(flat.schema.get_field_index("authors"), "authors", authors)


def _writer(fmt: str, sink: Any, schema: pa.Schema):
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetWriter(sink, schema, compression="zstd")
    import pyarrow.csv as pcsv

    return pcsv.CSVWriter(sink, schema)


def _jsonl(articles: Iterable[Article], output: Path | None) -> int:
    count = 0
    handle: IO[str] = output.open("w", encoding="utf-8") if output is not None else sys.stdout
    try:
        for article in articles:
            handle.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    finally:
        if output is not None:
            handle.close()
    return count
