"""Speed of the quotes stage next to the language layer it builds on, on 10kGNAD and the seed.

    nice python benchmarks/quotes.py [--limit N] [--data ../shared/data]

Each article is read as plain text and run through the stages up to `quotes`;
every stage is timed in CPU seconds of this process (steadier than wall time
on a shared machine). Reports per-stage totals and the quotes stage's time as
a share of the language layer (language, sentences, morphology, entities).
The first article is a warm-up (model loading) and is not counted.
Quality figures come from `presslens eval quotes` (see docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import csv
import platform
import sys
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from presslens import pipeline  # noqa: E402
from presslens.readers.text import read_text  # noqa: E402

LANGUAGE_LAYER = ("language", "sentences", "morphology", "entities")


def articles(data: Path, limit: int) -> list[tuple[str, str]]:
    """(name, text) of the seed and the first `limit` 10kGNAD test articles."""
    out = [("seed", (data.parent / "seed" / "taurus-und-macron.txt").read_text(encoding="utf-8"))]
    with (data / "corpus-de" / "10kgnad-test.csv").open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if n >= limit:
                break
            out.append((f"10kgnad-{n}", row[1]))
    return out


def timed(text: str, totals: dict[str, float]) -> int:
    """Run the stages up to quotes on `text`, adding each stage's CPU seconds to `totals`."""
    names = pipeline.stage_names()
    article = read_text(text)
    for name, target in pipeline.STAGES[: names.index("quotes") + 1]:
        stage = pipeline.resolve(target)
        began = time.process_time()
        article = stage(article)
        totals[name] += time.process_time() - began
    return len(article.layer("quotes"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=300, help="10kGNAD articles (default 300 of 1,028)")
    args = parser.parse_args()
    items = articles(args.data, args.limit)
    timed(items[0][1], defaultdict(float))  # warm-up: loads models
    for label, subset in (("seed", items[:1]), ("10kgnad", items[1:])):
        totals: dict[str, float] = defaultdict(float)
        quotes = sum(timed(text, totals) for _name, text in subset)
        language = sum(totals[name] for name in LANGUAGE_LAYER)
        print(f"## {label}: {len(subset)} articles, {sum(len(t) for _n, t in subset):,} characters, {quotes} quotes")
        for name, seconds in totals.items():
            print(f"  {name:12} {seconds:8.3f} s CPU")
        print(f"  quotes / language layer = {totals['quotes'] / language:.1%}")
    print(f"# {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}, python {platform.python_version()}")


if __name__ == "__main__":
    main()
