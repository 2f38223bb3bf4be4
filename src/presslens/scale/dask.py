"""Analysis on a dask.distributed cluster: `presslens ingest --engine dask`.

Tasks are sent in batches; each batch is analysed on a worker, which can also
write its result as one Parquet partition (to a folder every worker can reach:
a shared file system or object store). Results come back to the client, where
the single store writer keeps the one-transaction-per-record guarantee. With
no scheduler address a LocalCluster on this machine is started.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..store.ingest import Engine, Outcome, analyse_task
from ..store.sources import IngestOptions, Task

BATCH = 16


def partition_name(batch: list[Task]) -> str:
    """A name fixed by the batch's inputs, so a rerun overwrites instead of duplicating."""
    digest = hashlib.sha1("\n".join(t.key for t in batch).encode("utf-8")).hexdigest()[:16]
    return f"part-{digest}.parquet"


def analyse_batch(batch: list[Task], options: IngestOptions, parquet_dir: str | None, keep: bool) -> list[Outcome]:
    """Analyse a batch on a worker; write it as a Parquet partition when asked; return outcomes."""
    outcomes = [analyse_task(task, options) for task in batch]
    articles = [article for outcome in outcomes for article in outcome.articles]
    if parquet_dir is not None and articles:
        import pyarrow.parquet as pq

        from ..store.export import table

        folder = Path(parquet_dir)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / partition_name(batch)
        partial = target.with_suffix(".tmp")
        pq.write_table(table(articles), partial, compression="zstd")
        partial.replace(target)  # readers never see half a partition
    if not keep:  # Parquet only: send back counts, not the records
        for outcome in outcomes:
            outcome.dropped, outcome.articles = len(outcome.articles), []
    return outcomes


def dask_engine(scheduler: str | None, workers: int, parquet_dir: Path | None, keep_articles: bool) -> Engine:
    """An engine running `analyse_batch` on a cluster at `scheduler` (or a new LocalCluster)."""

    def run(tasks: Iterable[Task], options: IngestOptions) -> Iterator[Outcome]:
        from distributed import Client, LocalCluster, as_completed

        cluster = None
        if scheduler is None:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=workers > 1,
                                   dashboard_address=None)
        client = Client(scheduler or cluster)
        try:
            iterator = iter(tasks)
            target = str(parquet_dir) if parquet_dir is not None else None
            window = max(2, 2 * workers)

            def submit() -> object | None:
                batch = list(islice(iterator, BATCH))
                return client.submit(analyse_batch, batch, options, target, keep_articles, pure=False) if batch else None

            futures = as_completed([f for f in (submit() for _ in range(window)) if f is not None])
            for future in futures:
                yield from future.result()
                following = submit()
                if following is not None:
                    futures.add(following)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run
