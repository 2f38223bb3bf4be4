"""Readers build the first record of an article from what a user holds.

Each reader returns `Article`s with `text`, `source`, `metadata` and the
structural layers (sections, paragraphs, references); no reader analyses.
`read_source` dispatches on what the user named (a URL or a file) and, for a
file, on its content (`detect.detect_format`), unless `input_format` says.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import InputNotFound, InputTooLarge
from ..record import Article
from .detect import SNIFF_BYTES, detect_format

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

INPUT_FORMATS = ("auto", "text", "html", "warc")

LOG = logging.getLogger(__name__)

# The libraries below log warnings about odd pages; a library must not print them
# through logging's last-resort handler. Applications that configure logging still see them.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "warcio", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, or one clear error when it is missing, not a file or too large."""
    _check_file(path, max_bytes)
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputNotFound(f"{path}: cannot read ({err.strerror})") from err


def read_path(path: Path, input_format: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
              report: Callable[[str], None] | None = None) -> Iterator[Article]:
    """Every article in a file (a WARC file holds many; it is streamed, not loaded)."""
    _check_file(path, None)
    fmt = input_format if input_format != "auto" else _sniff(path)
    if fmt == "warc":
        from .warc import read_warc

        with path.open("rb") as stream:
            yield from read_warc(stream, path=str(path), max_bytes=max_bytes, report=report or LOG.warning)
        return
    yield read_data(read_bytes(path, max_bytes), fmt, path=str(path), max_bytes=max_bytes)


def read_data(data: bytes, input_format: str = "auto", path: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One article from bytes in hand (a file's content or standard input)."""
    fmt = input_format if input_format != "auto" else detect_format(data[:SNIFF_BYTES])
    if fmt == "html":
        from .html import read_html_bytes

        return read_html_bytes(data, path=path, max_bytes=max_bytes)
    from .text import read_text_bytes

    return read_text_bytes(data, path=path, max_bytes=max_bytes)


def read_source(source: str | Path, input_format: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
                report: Callable[[str], None] | None = None) -> Iterator[Article]:
    """Every article named by a source: an http(s) URL or a file path."""
    from .url import is_url, read_url

    if isinstance(source, str) and is_url(source):
        yield read_url(source, max_bytes=max_bytes)
        return
    yield from read_path(Path(source), input_format=input_format, max_bytes=max_bytes, report=report)


def _check_file(path: Path, max_bytes: int | None) -> None:
    """Existence and, when a limit is given, size (a WARC's limit applies per record, not per file)."""
    if not path.exists():
        raise InputNotFound(f"{path}: no such file")
    if path.is_dir():
        raise InputNotFound(f"{path}: is a directory, not a file")
    if not path.is_file():
        raise InputNotFound(f"{path}: not a regular file")
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise InputTooLarge(f"{path}: {size:,} bytes is over the limit of {max_bytes:,} (see --max-bytes)")


def _sniff(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            return detect_format(stream.read(SNIFF_BYTES))
    except OSError as err:
        raise InputNotFound(f"{path}: cannot read ({err.strerror})") from err

