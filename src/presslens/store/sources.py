"""What `ingest` reads: paths, folders, path lists, JSONL and CSV of articles.

Inputs become `Task`s: a file to read with `presslens.readers.read_path`
(text, HTML, WARC), one JSONL/CSV row holding an article, or a stored record.
Each task has a stable `key` (the path, or path#row) so that a rerun can skip
what an earlier run finished, and the errors table can name what failed.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputNotFound, UnusableInput
from ..readers import DEFAULT_MAX_BYTES

ROW_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv", ".parquet": "parquet"}
TEXT_NAMES = ("text", "body", "content", "article", "fulltext")
FIELD_NAMES = {"title": ("title", "headline"), "published": ("published", "date", "datetime", "pubdate"),
               "url": ("url", "link"), "authors": ("authors", "author", "byline"),
               "label": ("label", "category", "section", "ressort")}
#: Longest value a header-less CSV's one other column may have to count as the category label (10kGNAD: label;text).
LABEL_CHARS = 60


@dataclass(frozen=True)
class CsvOptions:
    """How to read a CSV of articles; columns are header names or 1-based numbers."""

    text_column: str | None = None
    title_column: str | None = None
    published_column: str | None = None
    url_column: str | None = None
    authors_column: str | None = None
    label_column: str | None = None
    delimiter: str | None = None
    quotechar: str | None = None
    header: bool | None = None


@dataclass(frozen=True)
class IngestOptions:
    """Which files of a folder to take, how to read them, which stages to run."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    input_format: str = "auto"
    max_bytes: int = DEFAULT_MAX_BYTES
    csv: CsvOptions = field(default_factory=CsvOptions)
    #: Apply the text reader's layout repair to row texts (default: take them as clean text).
    repair_rows: bool = False
    #: Names of the analysis stages to run; None runs them all, () none (store the reader's record).
    stages: tuple[str, ...] | None = None
    #: Seconds one article's analysis may take before it counts as failed (None: no limit).
    timeout: float | None = 300.0
    #: The store being written: an article whose id it already holds is not analysed again.
    known_store: str | None = None


@dataclass(frozen=True)
class Task:
    """One unit of analysis: a file, a row holding an article, or a record."""

    key: str
    kind: str  # "file" | "row" | "record" | "broken"
    path: str
    fingerprint: str | None = None
    payload: dict[str, Any] | None = None


def fingerprint(path: Path) -> str:
    """Size and modification time: a changed file is read again."""
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def expand(inputs: Iterable[str], options: IngestOptions, stdin: io.TextIOBase | None = None) -> list[Path]:
    """The files named by the inputs: files as given, folders recursively, `-` reads paths from stdin."""
    files: list[Path] = []
    for item in inputs:
        if item == "-":
            stream = stdin or sys.stdin
            files.extend(Path(line.strip()) for line in stream if line.strip())
            continue
        path = Path(item)
        if path.is_dir():
            files.extend(_walk(path, options))
        elif path.exists():
            files.append(path)
        else:
            raise InputNotFound(f"{path}: no such file or folder")
    return files


def _walk(folder: Path, options: IngestOptions) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if not path.is_file() or any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if options.include and not any(_match(relative, path.name, g) for g in options.include):
            continue
        if any(_match(relative, path.name, g) for g in options.exclude):
            continue
        yield path


def _match(relative: str, name: str, pattern: str) -> bool:
    return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(name, pattern)


def tasks(files: Iterable[Path], options: IngestOptions) -> Iterator[Task]:
    """Every task in the files, rows of JSONL/CSV files one by one."""
    for path in files:
        kind = ROW_SUFFIXES.get(path.suffix.lower())
        if kind is None or not path.is_file():
            yield Task(key=str(path.resolve()), kind="file", path=str(path), fingerprint=_safe_fingerprint(path))
            continue
        rows = {"jsonl": _jsonl_rows, "parquet": _parquet_rows}.get(kind, lambda p: _csv_rows(p, options.csv, options.max_bytes))(path)
        for number, payload in rows:
            key = f"{path.resolve()}#{number}"
            if "_error" in payload:
                yield Task(key=key, kind="broken", path=str(path), payload=payload)
            elif payload.get("schema", "").startswith("presslens.article/"):
                yield Task(key=key, kind="record", path=str(path), payload=payload)
            else:
                yield Task(key=key, kind="row", path=str(path), payload={**payload, "_format": kind, "_row": number})


def _safe_fingerprint(path: Path) -> str | None:
    try:
        return fingerprint(path)
    except OSError:
        return None


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8-sig", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                yield number, {"_error": f"line {number}: not JSON ({err.msg})"}
                continue
            if not isinstance(value, dict):
                yield number, {"_error": f"line {number}: not a JSON object"}
                continue
            yield number, value


def _parquet_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Records from the `record` column of a Parquet export or dask partition."""
    import pyarrow.parquet as pq

    try:
        batches = pq.ParquetFile(path).iter_batches(columns=["record"], batch_size=256)
        number = 0
        for batch in batches:
            for value in batch.column(0).to_pylist():
                number += 1
                yield number, json.loads(value)
    except (OSError, ValueError, KeyError) as err:
        yield 0, {"_error": f"not a presslens Parquet file ({str(err).splitlines()[0]})"}


def _csv_rows(path: Path, options: CsvOptions, max_bytes: int) -> Iterator[tuple[int, dict[str, Any]]]:
    csv.field_size_limit(max_bytes)
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        sample = handle.read(65536)
        handle.seek(0)
        dialect = _dialect(sample, path, options)
        reader = csv.reader(handle, dialect)
        first = next(reader, None)
        if first is None:
            return
        header = _has_header(first, options)
        names = [c.strip() for c in first] if header else [str(i) for i in range(1, len(first) + 1)]
        text_index = _column(names, options.text_column, TEXT_NAMES, path) if header or options.text_column else _longest(first)
        wanted = {key: _column(names, getattr(options, f"{key}_column"), FIELD_NAMES[key], path, required=False)
                  for key in FIELD_NAMES}
        if not header and wanted["label"] is None and len(first) == 2 and _looks_like_label(first[1 - text_index]):
            wanted["label"] = 1 - text_index  # label;text (10kGNAD): the short column is the category
        rows = reader if header else _chain(first, reader)
        for number, row in enumerate(rows, 1):
            if not any(cell.strip() for cell in row):
                continue
            if text_index >= len(row):
                yield number, {"_error": f"row {number}: has no column {text_index + 1}"}
                continue
            payload: dict[str, Any] = {"text": row[text_index]}
            for key, index in wanted.items():
                if index is not None and index < len(row) and row[index].strip():
                    payload[key] = row[index].strip()
            used = {text_index, *(i for i in wanted.values() if i is not None)}
            payload["extra"] = {names[i]: row[i] for i in range(min(len(row), len(names))) if i not in used}
            yield number, payload


def _looks_like_label(cell: str) -> bool:
    """A category name such as `Wirtschaft` or `Inland`: short, at most three words, not the end of a sentence."""
    cell = cell.strip()
    return 0 < len(cell) <= LABEL_CHARS and len(cell.split()) <= 3 and cell[-1] not in ".!?'\"“”»«"


def _chain(first: list[str], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield first
    yield from rest


def _dialect(sample: str, path: Path, options: CsvOptions) -> type[csv.Dialect]:
    """The user's delimiter and quote character, else the ones that parse the sample most consistently."""
    delimiter = options.delimiter
    delimiter = "\t" if delimiter in ("\\t", "tab") else delimiter
    candidates = [delimiter] if delimiter else [",", ";", "\t", "|"]
    best: tuple[float, str, str] | None = None
    for candidate in candidates:
        quote = options.quotechar or _quote_for(sample, candidate)
        consistency = _consistency(sample, candidate, quote)
        if best is None or consistency > best[0]:
            best = (consistency, candidate, quote)
    assert best is not None

    class Dialect(csv.excel):
        pass

    Dialect.delimiter, Dialect.quotechar = best[1], best[2]
    return Dialect


def _quote_for(sample: str, delimiter: str) -> str:
    """The quote character that most often opens a field."""
    lines = sample.splitlines()
    def opens(q: str) -> int:
        return sample.count(delimiter + q) + sum(line.startswith(q) for line in lines)
    return max(('"', "'"), key=opens)


def _consistency(sample: str, delimiter: str, quote: str) -> float:
    """Share of sample rows with the most common column count (0 when that count is 1)."""
    try:
        rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter, quotechar=quote))[:-1] or [[]]
    except csv.Error:
        return 0.0
    counts = Counter(len(row) for row in rows if row)
    if not counts:
        return 0.0
    width, hits = counts.most_common(1)[0]
    return 0.0 if width < 2 else hits / len(rows)


def _has_header(first: list[str], options: CsvOptions) -> bool:
    if options.header is not None:
        return options.header
    named = [options.text_column, options.title_column, options.published_column, options.url_column, options.authors_column]
    if any(name and not name.isdigit() for name in named):
        return True
    known = set(TEXT_NAMES).union(*FIELD_NAMES.values())
    return any(cell.strip().casefold() in known for cell in first)


def _column(names: list[str], wanted: str | None, defaults: tuple[str, ...], path: Path, required: bool = True) -> int | None:
    """Index of a column given by name or 1-based number, else the first default name present."""
    if wanted:
        if wanted.isdigit() and 1 <= int(wanted) <= len(names):
            return int(wanted) - 1
        folded = [n.casefold() for n in names]
        if wanted.casefold() in folded:
            return folded.index(wanted.casefold())
        raise UnusableInput(f"{path}: no column {wanted!r} (columns: {', '.join(names)})")
    for name in defaults:
        if name in (n.casefold() for n in names):
            return [n.casefold() for n in names].index(name)
    if required:
        raise UnusableInput(f"{path}: which column holds the text? use --text-column (columns: {', '.join(names)})")
    return None


def _longest(row: list[str]) -> int:
    return max(range(len(row)), key=lambda i: len(row[i]))
