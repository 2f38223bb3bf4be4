"""The ingest progress bar: inputs done of total, articles/s, errors, ETA."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from collections.abc import Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..store.ingest import Summary


class IngestProgress:
    """Callbacks for `store.ingest.ingest` that drive a rich progress bar on stderr."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = progress.add_task("ingest", total=None, rate=0.0, errors=0, articles=0)

    def on_total(self, total: int) -> None:
        self.progress.update(self.task, total=total)

    def on_progress(self, summary: Summary, advance: int) -> None:
        self.progress.update(self.task, advance=advance, rate=summary.rate, errors=summary.errors, articles=summary.articles)


@contextmanager
def ingest_progress(enabled: bool | None = None) -> Iterator[IngestProgress | None]:
    """A live progress bar when stderr is a terminal (or `enabled`), else nothing."""
    console = Console(file=sys.stderr)
    if enabled is False or (enabled is None and not console.is_terminal):
        yield None
        return
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("inputs · {task.fields[articles]} articles · {task.fields[rate]:.1f}/s · errors {task.fields[errors]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        yield IngestProgress(progress)
