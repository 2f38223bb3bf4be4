"""presslens: turn news articles into structured, checkable records.

    >>> import presslens
    >>> article = presslens.analyze("Berlin. Die Regierung hat am Montag entschieden.")
    >>> article.to_dict()["schema"]
    'presslens.article/1'
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from . import pipeline
from .record import SCHEMA_ID, Article
from .readers import DEFAULT_MAX_BYTES, read_source
from .readers.text import read_text

__all__ = ["SCHEMA_ID", "Article", "analyze", "analyze_all"]
__version__ = "0.1.0"


def analyze(
    source: str | Path,
    *,
    raw: bool = False,
    input_format: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Analyse one article given as a string of text or as a path to a file.

    `raw=True` takes a string unchanged as the canonical text (no furniture
    detection, no layout repair), so the caller's own offsets stay valid.
    For a file holding several articles (WARC) the first is returned; use
    `analyze_all` for all of them.
    """
    if isinstance(source, Path):
        return next(iter(analyze_all(source, input_format=input_format, max_bytes=max_bytes)))
    return pipeline.run(read_text(source, raw=raw))


def analyze_all(source: str | Path, *, input_format: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
                report: Callable[[str], None] | None = None) -> Iterator[Article]:
    """Analyse every article in a file or at an http(s) URL, one at a time (streaming for archives).

    `report` receives one line per skipped WARC record (default: logging).
    """
    for article in read_source(source, input_format=input_format, max_bytes=max_bytes, report=report):
        yield pipeline.run(article)
