"""Speed of the language layer (language, sentences, morphology, entities), per stage.

    PYTHONPATH=src python benchmarks/language.py [--limit N] [--big] [--no-model] [--no-gnad]   (PRESSLENS_SHARED=/path/to/shared)

Reads the seed and 10kGNAD from ../shared (never copied into the repo). Prints the
seed's warm time, words/second over 10kGNAD (words = whitespace-separated pieces of
the canonical text), per-stage shares, and with --big the time for a 1 MB single
paragraph. Runs in one process on one core; model loading happens before timing.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import sys
import time
from collections import defaultdict
from pathlib import Path

from presslens import pipeline
from presslens.readers.text import read_text

ROOT = Path(__file__).resolve().parents[1]
#: ../shared beside the repo; PRESSLENS_SHARED overrides it (a git worktree lives elsewhere).
SHARED = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "taurus-und-macron.txt"
GNAD = SHARED / "data" / "corpus-de" / "10kgnad-test.csv"
STAGES = ["language", "sentences", "morphology", "entities"]


def run(text: str) -> tuple[float, float, dict[str, float]]:
    """Wall seconds, CPU seconds of this process, and CPU seconds per stage.

    CPU time is what one core spends; on the shared machine wall time also counts waiting
    for the CPU behind other jobs, so both are printed."""
    article = read_text(text)
    began, cpu = time.perf_counter(), time.process_time()
    stages = {}
    for name, target in pipeline.STAGES:
        if name in STAGES:
            stage_cpu = time.process_time()
            article = pipeline.resolve(target)(article)
            stages[name] = time.process_time() - stage_cpu
    return time.perf_counter() - began, time.process_time() - cpu, stages


def gnad_texts(limit: int | None) -> list[str]:
    with GNAD.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";", quotechar="'"))
    texts = [row[1] for row in rows if len(row) >= 2 and row[1].strip()]
    return texts[:limit] if limit else texts


def report(title: str, seconds: float, cpu: float, words: int, stages: dict[str, float]) -> None:
    print(
        f"{title}: {words:,} words in {seconds:.3f} s wall = {words / seconds:,.0f} words/s;"
        f" {cpu:.3f} s CPU = {words / cpu:,.0f} words/s per core"
    )
    for name in STAGES:
        share = stages.get(name, 0.0)
        print(f"  {name:<11} {share:8.3f} s CPU  {100 * share / cpu:5.1f} %")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N 10kGNAD articles")
    parser.add_argument("--big", action="store_true", help="also time a 1 MB single paragraph")
    parser.add_argument("--no-model", action="store_true", help="entities from the rules only (no NER model)")
    parser.add_argument("--no-gnad", action="store_true", help="skip 10kGNAD")
    args = parser.parse_args()
    if args.no_model:
        from presslens.stages import entities

        entities._model_mentions = lambda article, sentences, language: []
        print("entities: rules only, NER model switched off")
    print(f"python {platform.python_version()} on {platform.machine()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    if not SEED.exists():
        print(f"missing {SEED}", file=sys.stderr)
        return 1
    seed = SEED.read_text(encoding="utf-8")
    cold, _, _ = run(seed)  # loads py3langid, SoMaJo, HanTa, gazetteers
    print(f"seed cold (models loading, empty caches): {cold:.3f} s wall")
    warm, cpu, stages = min((run(seed) for _ in range(3)), key=lambda result: result[0])
    report("seed warm (best of 3)", warm, cpu, len(seed.split()), stages)

    if GNAD.exists() and not args.no_gnad:
        texts = gnad_texts(args.limit)
        totals: dict[str, float] = defaultdict(float)
        words = 0
        began, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            _, _, stages = run(text)
            words += len(text.split())
            for name, seconds in stages.items():
                totals[name] += seconds
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu
        report(f"10kGNAD, {len(texts)} articles, caches filling as it goes", wall, cpu, words, totals)
    elif not args.no_gnad:
        print(f"missing {GNAD}: 10kGNAD skipped", file=sys.stderr)

    if args.big:
        big = ("Der Bundeskanzler Olaf Scholz sagte am 3. Okt. 2023 in Berlin, die NATO sei stark und " * 12_000)[:1_000_000]
        seconds, cpu, stages = run(big)
        report("1 MB single paragraph", seconds, cpu, len(big.split()), stages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
