"""Batch ingestion: many workers analyse, one writer stores.

Workers (spawned processes that die with the writer, or a dask cluster) turn tasks
into analysed articles; the process that runs `ingest` is the only writer and
stores each article in its own transaction together with the mark that its
input is done. A run killed at any moment leaves only whole records behind;
the next run skips finished inputs and the content hash makes any repeat a
no-op. A task that fails becomes a row in the `errors` table and the run
goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import pipeline
from ..errors import PresslensError, UnusableInput
from ..readers import read_path
from ..readers.text import read_text
from ..record import Article
from .sources import IngestOptions, Task
from .sqlite import Store


@dataclass
class Outcome:
    """What analysing one task produced: articles, or the one-line reason it failed."""

    task: Task
    articles: list[Article] = field(default_factory=list)
    error: str | None = None
    #: Articles analysed and written elsewhere (Parquet on a dask worker), not sent back.
    dropped: int = 0
    #: Records of a multi-article input (WARC) that were skipped, with the reader's reason.
    skipped_records: list[str] = field(default_factory=list)
    #: Seconds spent per stage on this task's articles.
    stage_seconds: dict[str, float] = field(default_factory=dict)
    #: Articles read but not analysed because the store already holds their text.
    known: int = 0


@dataclass
class Summary:
    """Counts and timings of one ingest run."""

    inputs: int = 0
    skipped: int = 0
    added: int = 0
    duplicates: int = 0
    errors: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    #: Time the writer spent storing (its share of the serial part of a run).
    write_seconds: float = 0.0

    @property
    def articles(self) -> int:
        return self.added + self.duplicates

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"inputs": self.inputs, "skipped_done": self.skipped, "added": self.added, "duplicates": self.duplicates,
                "errors": self.errors, "seconds": round(self.seconds, 3), "articles_per_second": round(self.rate, 2),
                "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
                "write_seconds": round(self.write_seconds, 3)}


def one_line(err: BaseException, path: str | None = None) -> str:
    """A reason fit for the errors table: the user message, or the bug's type and first line.

    The errors table names the input already, so a leading `path: ` is dropped.
    """
    if isinstance(err, PresslensError):
        text = str(err).splitlines()[0] if str(err) else type(err).__name__
    else:
        text = f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"[:300]
    return text.removeprefix(f"{path}: ") if path else text


def already_stored(article_id: str, db: str | None) -> bool:
    """Whether the store at `db` holds this id (False when it cannot be read from here, e.g. a remote worker)."""
    if db is None:
        return False
    try:
        connection = _readers.get(db) or _readers.setdefault(db, sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False))
        return connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None
    except sqlite3.Error:
        return False


#: Read-only connections of this process to the store being written, by path.
_readers: dict[str, sqlite3.Connection] = {}


def close_readers() -> None:
    """Close this process's read-only connections (a later run may write a new file at the same path)."""
    while _readers:
        _readers.popitem()[1].close()


def analyse_task(task: Task, options: IngestOptions) -> Outcome:
    """Read and analyse one task; never raises (failures become `Outcome.error`).

    In a file holding many articles (WARC), an article whose analysis fails is
    reported like a broken record and the others are kept.
    """
    outcome = Outcome(task=task)
    began = time.perf_counter()
    failures: list[str] = []
    try:
        for article in _read(task, options, outcome.skipped_records.append):
            if already_stored(article.id, options.known_store):
                outcome.known += 1
                continue
            try:
                ran_before = len(article.stages)
                with time_limit(options.timeout):
                    article = pipeline.run(article, only=options.stages, skip=[s["name"] for s in article.stages])
            except Exception as err:  # one bad document must not stop the run
                failures.append(one_line(err, task.path))
                continue
            for stage in article.stages[ran_before:]:
                outcome.stage_seconds[stage["name"]] = outcome.stage_seconds.get(stage["name"], 0.0) + stage["seconds"]
            article.tokens = []  # scratch, not part of the record; keeps the result small to send back
            outcome.articles.append(article)
    except Exception as err:  # unreadable input
        outcome.error = one_line(err, task.path)
    if failures and not outcome.articles and len(failures) == 1 and outcome.error is None:
        outcome.error = failures[0]  # the input's only article: the input failed (and is retried next run)
    else:
        outcome.skipped_records.extend(failures)
    analysed = sum(outcome.stage_seconds.values())
    outcome.stage_seconds["read"] = max(0.0, time.perf_counter() - began - analysed)
    return outcome


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise AnalysisTimeout in this thread after `seconds` (main thread only; elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise AnalysisTimeout(f"analysis took longer than {seconds:g} s (see --timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class AnalysisTimeout(UnusableInput):
    """A document whose analysis ran past the time limit."""


def _read(task: Task, options: IngestOptions, report: Callable[[str], None]) -> Iterator[Article]:
    if task.kind == "file":
        yield from read_path(Path(task.path), input_format=options.input_format, max_bytes=options.max_bytes, report=report)
    elif task.kind == "record":
        yield Article.from_dict(task.payload or {})
    elif task.kind == "row":
        yield _row_article(task, options)
    else:
        raise UnusableInput((task.payload or {}).get("_error", "unreadable input"))


def _row_article(task: Task, options: IngestOptions) -> Article:
    row = task.payload or {}
    text = row.get("text")
    if not isinstance(text, str):
        unit = "line" if row.get("_format") == "jsonl" else "row"
        raise UnusableInput(f"{unit} {row.get('_row')}: no text")
    article = read_text(text, path=task.path, raw=not options.repair_rows)
    article.source.update({"format": row["_format"], "row": row["_row"], "url": row.get("url")})
    meta = article.metadata
    for key in ("title", "published"):
        if isinstance(row.get(key), str):
            meta[key] = row[key]
    if isinstance(row.get("label"), str):
        meta["section_label"] = row["label"]
    authors = row.get("authors")
    if isinstance(authors, str):
        meta["authors"] = [a.strip() for a in authors.replace(" und ", ";").replace(" and ", ";").split(";") if a.strip()]
    elif isinstance(authors, list):
        meta["authors"] = [str(a) for a in authors]
    extra = row.get("extra") if "extra" in row else {k: v for k, v in row.items() if k not in _ROW_KEYS}
    if extra:
        meta["extra"] = extra
    return article


_ROW_KEYS = {"text", "title", "published", "authors", "url", "label", "_format", "_row"}


# -- engines: each turns tasks into outcomes ---------------------------------

Engine = Callable[[Iterable[Task], IngestOptions], Iterator[Outcome]]


def inline_engine(tasks: Iterable[Task], options: IngestOptions) -> Iterator[Outcome]:
    """Analyse in this process (one worker)."""
    for task in tasks:
        yield analyse_task(task, options)


def process_engine(workers: int) -> Engine:
    """Analyse in `workers` processes, keeping a bounded number of tasks in flight."""

    def run(tasks: Iterable[Task], options: IngestOptions) -> Iterator[Outcome]:
        context = multiprocessing.get_context("spawn")
        window = workers * 4
        pending: dict[Future, Task] = {}
        iterator = iter(tasks)
        pool = {"max_workers": workers, "mp_context": context, "initializer": _die_with_parent, "initargs": (os.getpid(),)}
        executor = ProcessPoolExecutor(**pool)
        try:
            exhausted = False
            while pending or not exhausted:
                while not exhausted and len(pending) < window:
                    task = next(iterator, None)
                    if task is None:
                        exhausted = True
                        break
                    pending[executor.submit(analyse_task, task, options)] = task
                if not pending:
                    break
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                if any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                    # A worker died (killed, or crashed in native code): every task in
                    # flight is lost; report them and go on with a fresh pool.
                    for task in pending.values():
                        yield Outcome(task=task, error="a worker process died while analysing this input")
                    pending.clear()
                    executor.shutdown(cancel_futures=True)
                    executor = ProcessPoolExecutor(**pool)
                    continue
                for future in done:
                    pending.pop(future)
                    yield future.result()
        finally:
            executor.shutdown(cancel_futures=True)

    return run


def _die_with_parent(parent: int) -> None:
    """Worker start-up: when the writer is killed (kill -9), the kernel ends its workers too."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the writer died before prctl took effect
        os._exit(1)


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# -- the writer --------------------------------------------------------------

ProgressHook = Callable[[Summary, int], None]


def pending_tasks(all_tasks: Iterable[Task], done: dict[str, str | None], summary: Summary) -> Iterator[Task]:
    """The tasks an earlier run has not finished (a changed file counts as unfinished)."""
    for task in all_tasks:
        if task.key in done and done[task.key] == task.fingerprint:
            summary.skipped += 1
            continue
        yield task


def write_outcomes(store: Store | None, outcomes: Iterable[Outcome], summary: Summary,
                   on_progress: ProgressHook | None = None) -> Summary:
    """Store every outcome as it arrives: one transaction per article, errors to the errors table."""
    began = time.perf_counter()
    stage_seconds: Counter[str] = Counter(summary.stage_seconds)
    for outcome in outcomes:
        summary.inputs += 1
        task = outcome.task
        if outcome.error is not None:
            summary.errors += 1
            if store is not None:
                store.record_error(task.key, outcome.error)
        for number, reason in enumerate(outcome.skipped_records, 1):
            summary.errors += 1
            if store is not None:
                store.record_error(f"{task.key}!{number}", reason)
        stage_seconds.update(outcome.stage_seconds)
        summary.added += outcome.dropped
        summary.duplicates += outcome.known
        single = len(outcome.articles) == 1 and outcome.error is None
        writing = time.perf_counter()
        for article in outcome.articles:
            if store is None:
                summary.added += 1
            elif store.add(article, source_key=task.key if single else None, fingerprint=task.fingerprint):
                summary.added += 1
            else:
                summary.duplicates += 1
        if store is not None and outcome.error is None and not single:
            store.mark_done(task.key, task.fingerprint)
        summary.write_seconds += time.perf_counter() - writing
        summary.seconds = time.perf_counter() - began
        summary.stage_seconds = dict(stage_seconds)
        if on_progress is not None:
            on_progress(summary, 1)
    summary.seconds = time.perf_counter() - began
    return summary


def ingest(inputs: Iterable[str], db: Path | None, options: IngestOptions, engine: Engine,
           on_total: Callable[[int], None] | None = None, on_progress: ProgressHook | None = None) -> Summary:
    """Analyse every input not finished before and write it to the store at `db` (None: no store)."""
    from .sources import expand, tasks

    files = expand(inputs, options)
    store = Store(db) if db is not None else None
    try:
        done = store.done_sources() if store is not None else {}
        if on_total is not None:
            on_total(sum(1 for _ in pending_tasks(tasks(files, options), done, Summary())))
        if db is not None:
            options = replace(options, known_store=str(Path(db).resolve()))
        summary = Summary()
        outcomes = engine(pending_tasks(tasks(files, options), done, summary), options)
        return write_outcomes(store, outcomes, summary, on_progress)
    finally:
        close_readers()
        if store is not None:
            store.close()
