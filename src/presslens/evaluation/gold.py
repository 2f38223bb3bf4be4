"""The time-and-certainty gold set: annotations in the repository, texts in the shared data.

Each line of benchmarks/gold/time_claims.jsonl names a document (source file and
id), its language and the publication date the annotator used (`dct`), the
annotated window, the window's sentences with certainty labels and its timexes
with TIMEX3 values. See docs/annotation-time-claims.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputNotFound
from ..record import Article
from .sources import document_text

#: Where the gold file lives in a presslens checkout.
GOLD_FILE = Path("benchmarks") / "gold" / "time_claims.jsonl"


def default_gold(start: Path | None = None) -> Path:
    """The gold file of the checkout the command runs in (`start`, default the current directory, or a folder above)."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / GOLD_FILE).is_file():
            return folder / GOLD_FILE
    raise InputNotFound(f"no {GOLD_FILE} in {start} or a folder above it; run from a presslens checkout or give --gold FILE")


@dataclass
class GoldDocument:
    """One annotated window and the article built from its full text."""

    record: dict[str, Any]
    article: Article

    @property
    def window_end(self) -> int:
        return int(self.record["window"]["end"])


#: The stages run before the one under test in `--pipeline` mode.
UPSTREAM = ["sentences", "morphology", "entities", "quotes"]


def documents(gold: Path, data: Path, pipeline: bool = False) -> Iterator[GoldDocument]:
    """Yield each gold document with an article ready for the stage under test.

    The article carries the gold language and the annotator's dateline. By
    default it also carries the gold sentences of the window, so the figure
    isolates the stage being scored; with `pipeline=True` the real upstream
    stages (sentences, morphology, entities, quotes) run instead.
    """
    if not gold.exists():
        raise InputNotFound(f"gold file not found: {gold}")
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = document_text(data, record["source"], record["doc"])
        article = Article(text=text, language=record["lang"])
        article.metadata["published"] = record["dct"]
        if pipeline:
            from .. import pipeline as stages

            article = stages.run(article, only=UPSTREAM)
        else:
            article.layers["sentences"] = [{"start": s["start"], "end": s["end"]} for s in record["sentences"]]
        yield GoldDocument(record, article)
