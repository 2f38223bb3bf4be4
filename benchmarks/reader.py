"""Speed and memory of the plain-text reader alone (no analysis stages).

Times `read_text` (decoding excluded) and `read_text_bytes` (decoding included)
on the seed article, repeated, and on the 1,028 articles of the 10kGNAD test
split; prints articles per second and peak memory. Run from the repo root:

    PYTHONPATH=src python benchmarks/reader.py [--repeat 500] [--with-stages 100]

`--with-stages N` also times the whole `presslens.analyze` (reader and every
analysis stage in `pipeline.STAGES`) on the seed and the first N 10kGNAD
articles, after one warm-up run that loads the models.

Data is read from ../shared (never copied into the repo).
"""

from __future__ import annotations

import argparse
import csv
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from presslens import analyze
from presslens.errors import UnusableInput
from presslens.readers.text import read_text, read_text_bytes

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "taurus-und-macron.txt"
GNAD = ROOT.parent / "shared" / "data" / "corpus-de" / "10kgnad-test.csv"


def gnad_articles(path: Path) -> list[str]:
    """The texts of the 10kGNAD split (`label;'text'`, `'` as quote character)."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]


def timed(label: str, items: list, read: Callable, tolerate: type[Exception] = UnusableInput) -> None:
    """Time `read` over `items` (one core, no tracing), then measure its peak Python memory separately.

    Wall time depends on how busy the shared machine is; CPU time (`process_time`)
    is what one core needs and is the figure compared with the target.
    """
    refused = 0
    first_error = ""
    began, began_cpu = time.perf_counter(), time.process_time()
    for item in items:
        try:
            read(item)
        except tolerate as err:
            refused += 1
            first_error = first_error or f"{type(err).__name__}: {err}"
    seconds, cpu = time.perf_counter() - began, time.process_time() - began_cpu
    tracemalloc.start()
    for item in items[: min(len(items), 200)]:
        try:
            read(item)
        except tolerate:
            pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = sum(len(item) for item in items) / max(1, len(items))
    print(f"{label:42} {len(items):6} articles  {seconds:7.2f} s wall  {len(items) / seconds:7.1f}/s wall"
          f"  {len(items) / cpu:7.1f}/s per CPU second"
          f"  mean {size / 1000:5.1f} k chars  peak traced {peak / 1e6:5.1f} MB  refused {refused}"
          + (f" (first: {first_error})" if first_error else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=500, help="how often the seed is read")
    parser.add_argument("--with-stages", type=int, default=0, metavar="N", help="also time the full analyze on N articles")
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {platform.machine()}, {time.strftime('%Y-%m-%d %H:%M')}")
    if SEED.exists():
        seed_text = SEED.read_text(encoding="utf-8")
        seed_bytes = SEED.read_bytes()
        read_text(seed_text)  # warm up regex caches and imports
        timed("seed, read_text", [seed_text] * args.repeat, read_text)
        timed("seed, read_text_bytes (with decoding)", [seed_bytes] * args.repeat, read_text_bytes)
    else:
        print(f"skipped: {SEED} not present")
    if GNAD.exists():
        texts = gnad_articles(GNAD)
        timed("10kGNAD test, read_text", texts, read_text)
        timed("10kGNAD test, read_text_bytes", [text.encode("utf-8") for text in texts], read_text_bytes)
    else:
        print(f"skipped: {GNAD} not present")
    if args.with_stages and SEED.exists() and GNAD.exists():
        analyze(SEED.read_text(encoding="utf-8"))  # warm-up: loads the stages' models
        timed("seed, analyze (all stages)", [SEED.read_text(encoding="utf-8")] * min(args.with_stages, 20), analyze)
        timed("10kGNAD test, analyze (all stages)", gnad_articles(GNAD)[: args.with_stages], analyze, tolerate=Exception)
    print(f"max resident set size of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
