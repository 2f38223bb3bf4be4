"""Readers build the first record of an article from what a user holds.

Each reader returns `Article`s with `text`, `source`, `metadata` and the
structural layers (sections, paragraphs, references); no reader analyses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputNotFound, InputTooLarge
from ..record import Article

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

INPUT_FORMATS = ("auto", "text", "html", "warc")


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, or one clear error when it is missing, not a file or too large."""
    if not path.exists():
        raise InputNotFound(f"{path}: no such file")
    if path.is_dir():
        raise InputNotFound(f"{path}: is a directory, not a file")
    if not path.is_file():
        raise InputNotFound(f"{path}: not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputTooLarge(f"{path}: {size:,} bytes is over the limit of {max_bytes:,} (see --max-bytes)")
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputNotFound(f"{path}: cannot read ({err.strerror})") from err


def read_path(path: Path, input_format: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Every article in a file (a WARC file holds many)."""
    from .text import read_text_bytes

    data = read_bytes(path, max_bytes)
    yield read_text_bytes(data, path=str(path))
