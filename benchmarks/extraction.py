"""HTML extraction side by side: presslens' HTML reader and bare trafilatura on the same pages.

    nice python benchmarks/extraction.py [--limit N] [--repeat N] [--data ../shared/data/html]

Scrapinghub pages: body shingle precision/recall/F1 against ground-truth.json.
trafilatura-eval pages: share of `with` snippets found and `without` snippets
absent; title, author and date accuracy against evaldata.json. Bare
trafilatura is `trafilatura.extract(page)` for the body (its defaults) and
`trafilatura.extract_metadata(page)` for title/author/date; the snippet scores are
also shown for `extract(page, include_comments=False)` (presslens leaves reader comments out). Times are CPU
seconds of this process per page (less disturbed by other jobs than wall time);
`--repeat N` keeps the least of N timings per page and extractor.
Scoring rules: presslens.evaluation.extraction and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from presslens.errors import PresslensError  # noqa: E402
from presslens.evaluation.extraction import (  # noqa: E402
    authors_correct,
    body_overlap,
    date_correct,
    snippet_hits,
    title_correct,
)
from presslens.readers.html import read_html_bytes  # noqa: E402


@dataclass
class Side:
    """Running totals of one extractor."""

    seconds: float = 0.0
    pages: int = 0
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    f1: list[float] = field(default_factory=list)
    with_found: int = 0
    without_absent: int = 0
    correct: dict[str, int] = field(default_factory=lambda: {"title": 0, "author": 0, "date": 0})


def presslens_page(data: bytes, url: str | None) -> tuple[str, dict]:
    try:
        article = read_html_bytes(data, url=url)
    except PresslensError:
        return "", {}
    return article.text, article.metadata


def trafilatura_body(data: bytes, url: str | None) -> str:
    return trafilatura.extract(data, url=url) or ""


def trafilatura_metadata(data: bytes, url: str | None) -> dict:
    document = trafilatura.extract_metadata(data, default_url=url)
    return {"title": document.title, "authors": document.author, "published": document.date}


def timed(function: Callable[[], Any], repeat: int) -> tuple[Any, float]:
    """The result of the first call and the least CPU time of `repeat` calls (the least disturbed by other jobs)."""
    best = float("inf")
    result = None
    for run in range(repeat):
        start = time.process_time()
        value = function()
        best = min(best, time.process_time() - start)
        result = value if run == 0 else result
    return result, best


def scrapinghub(folder: Path, limit: int | None, repeat: int, ours: Side, theirs: Side, theirs_body: Side) -> None:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth)[:limit]:
        data = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        expected, url = truth[key]["articleBody"], truth[key].get("url")
        (text, _), seconds = timed(lambda: presslens_page(data, url), repeat)
        _score_body(ours, text, expected, seconds)
        text, body_seconds = timed(lambda: trafilatura_body(data, url), repeat)
        _score_body(theirs, text, expected, body_seconds)
        theirs_body.seconds += body_seconds
        theirs_body.pages += 1


def _score_body(side: Side, text: str, expected: str, seconds: float) -> None:
    overlap = body_overlap(text, expected)
    side.precision.append(overlap.precision)
    side.recall.append(overlap.recall)
    side.f1.append(overlap.f1)
    side.seconds += seconds
    side.pages += 1


def trafilatura_eval(folder: Path, limit: int | None, repeat: int, ours: Side, theirs: Side,
                     theirs_body: Side) -> tuple[int, int, dict[str, int]]:
    items = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    totals = {"with": 0, "without": 0}
    annotated = {"title": 0, "author": 0, "date": 0}
    for url, item in list(items.items())[:limit]:
        path = folder / "html" / item["file"]
        if not path.exists():
            continue
        data = path.read_bytes()
        (text, metadata), seconds = timed(lambda: presslens_page(data, url), repeat)
        _score_eval(ours, text, metadata, item, seconds)
        text, body_seconds = timed(lambda: trafilatura_body(data, url), repeat)
        metadata, metadata_seconds = timed(lambda: trafilatura_metadata(data, url), repeat)
        _score_eval(theirs, text, metadata, item, body_seconds + metadata_seconds)
        theirs_body.seconds += body_seconds
        theirs_body.pages += 1
        found, absent = snippet_hits(trafilatura.extract(data, url=url, include_comments=False) or "",
                                     item.get("with", []), item.get("without", []))
        theirs_body.with_found += found
        theirs_body.without_absent += absent
        totals["with"] += len(item.get("with", []))
        totals["without"] += len(item.get("without", []))
        for name in annotated:
            annotated[name] += item.get(name) is not None
    return totals["with"], totals["without"], annotated


def _score_eval(side: Side, text: str, metadata: dict, item: dict, seconds: float) -> None:
    found, absent = snippet_hits(text, item.get("with", []), item.get("without", []))
    side.with_found += found
    side.without_absent += absent
    checks = {"title": (title_correct, "title"), "author": (authors_correct, "authors"), "date": (date_correct, "published")}
    for name, (correct, key) in checks.items():
        if item.get(name) is not None:
            side.correct[name] += correct(metadata.get(key), item[name])
    side.seconds += seconds
    side.pages += 1


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "html")
    parser.add_argument("--limit", type=int, default=None, help="pages per data set (quick run)")
    parser.add_argument("--repeat", type=int, default=1, help="time each extraction N times and keep the least")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    sides = {name: Side() for name in ("sh-presslens", "sh-trafilatura", "sh-traf-body", "te-presslens", "te-trafilatura", "te-traf-body")}
    wall = time.perf_counter()
    scrapinghub(args.data / "scrapinghub", args.limit, args.repeat, sides["sh-presslens"], sides["sh-trafilatura"], sides["sh-traf-body"])
    with_total, without_total, annotated = trafilatura_eval(
        args.data / "trafilatura-eval", args.limit, args.repeat, sides["te-presslens"], sides["te-trafilatura"], sides["te-traf-body"])
    wall = time.perf_counter() - wall

    print(f"# extraction benchmark, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
          f"python {platform.python_version()}, trafilatura {trafilatura.__version__}, wall {wall:.0f} s")
    print(f"command: python benchmarks/extraction.py{f' --limit {args.limit}' if args.limit else ''} --repeat {args.repeat}")
    print()
    print("| measure | presslens | trafilatura |")
    print("|---|---|---|")
    ours, theirs = sides["sh-presslens"], sides["sh-trafilatura"]
    print(f"| scrapinghub pages | {ours.pages} | {theirs.pages} |")
    for name in ("precision", "recall", "f1"):
        print(f"| scrapinghub body {name} (mean) | {_mean(getattr(ours, name)):.3f} | {_mean(getattr(theirs, name)):.3f} |")
    ours, theirs = sides["te-presslens"], sides["te-trafilatura"]
    print(f"| trafilatura-eval pages | {ours.pages} | {theirs.pages} |")
    plain = sides["te-traf-body"]
    print(f"| `with` snippets found (of {with_total}) | {ours.with_found / max(with_total, 1):.3f} | {theirs.with_found / max(with_total, 1):.3f} |")
    print(f"| `without` snippets absent (of {without_total}) | {ours.without_absent / max(without_total, 1):.3f} | {theirs.without_absent / max(without_total, 1):.3f} |")
    print(f"| `with` found, trafilatura without reader comments | | {plain.with_found / max(with_total, 1):.3f} |")
    print(f"| `without` absent, trafilatura without reader comments | | {plain.without_absent / max(without_total, 1):.3f} |")
    for name in ("title", "author", "date"):
        print(f"| {name} accuracy (of {annotated[name]}) | {ours.correct[name] / max(annotated[name], 1):.3f} | {theirs.correct[name] / max(annotated[name], 1):.3f} |")
    pages = sides["sh-presslens"].pages + sides["te-presslens"].pages
    ours_s = (sides["sh-presslens"].seconds + sides["te-presslens"].seconds) / max(pages, 1)
    body_s = (sides["sh-traf-body"].seconds + sides["te-traf-body"].seconds) / max(pages, 1)
    te_pages = max(sides["te-presslens"].pages, 1)
    te_ours = sides["te-presslens"].seconds / te_pages
    te_full = sides["te-trafilatura"].seconds / te_pages
    print(f"| CPU ms/page, all pages (trafilatura: extract) | {1000 * ours_s:.1f} | {1000 * body_s:.1f} |")
    print(f"| CPU ms/page, trafilatura-eval (trafilatura: extract + extract_metadata) | {1000 * te_ours:.1f} | {1000 * te_full:.1f} |")
    print()
    print(f"time ratio presslens / trafilatura extract: {ours_s / max(body_s, 1e-9):.2f}x; "
          f"presslens / trafilatura extract+extract_metadata (trafilatura-eval): {te_ours / max(te_full, 1e-9):.2f}x")


if __name__ == "__main__":
    main()
