"""WARC reader: every HTML response of a web archive, one article at a time.

Crawls are large, so records are read as a stream (one record in memory at a
time). Crawls are also messy: a record that cannot be read as an article is
reported in one line and skipped, and after a corrupt stretch the reader
looks for the next record so the rest of the archive is still processed.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import PresslensError, UnusableInput
from ..record import Article
from .html import read_html_bytes
from .url import HTML_TYPES

LOG = logging.getLogger(__name__)
#: Bytes scanned at a time when looking for the next record after a corrupt one.
RESYNC_CHUNK = 1 << 16
_RECORD_STARTS = (b"\x1f\x8b\x08", b"WARC/1.")

Report = Callable[[str], None]


class _QuietIterator(ArchiveIterator):
    """warcio's iterator without its multi-line warning on stderr; corruption is reported by `read_warc`."""

    INC_RECORD = ""


def read_warc(stream: BinaryIO, *, path: str | None = None, max_bytes: int,
              report: Report | None = None) -> Iterator[Article]:
    """Articles from the HTML responses of a (gzip-compressed or plain) WARC stream that can seek."""
    say = report or LOG.warning
    label = path or "archive"
    position: int | None = 0
    count = 0
    while position is not None:
        stream.seek(position)
        iterator = _QuietIterator(stream, check_digests=False)
        try:
            for record in iterator:
                if record.format != "warc" or not record.rec_type:
                    raise ArchiveLoadFailed("not a WARC record header")
                for article in _article(record, label, max_bytes, say):
                    count += 1
                    yield article
            position = None
        except (ArchiveLoadFailed, ValueError, OSError, EOFError, zlib.error) as err:
            failed_at = iterator.offset if iterator.offset > position else position
            say(f"{label}: corrupt data at byte {failed_at:,} skipped ({_short(err)})")
            position = _next_record(stream, failed_at + 1)
    if not count:
        raise UnusableInput(f"{label}: no readable HTML response in the archive")


def _article(record, label: str, max_bytes: int, say: Report) -> Iterator[Article]:
    if record.rec_type != "response" or record.http_headers is None:
        return
    kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if kind not in HTML_TYPES:
        return
    url = record.rec_headers.get_header("WARC-Target-URI")
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    data = record.content_stream().read(max_bytes + 1)
    try:
        yield read_html_bytes(data, url=url, path=label, source_format="warc", max_bytes=max_bytes,
                              source={"warc_record_id": record_id})
    except PresslensError as err:
        say(f"{label}: record {record_id} skipped: {err}")


def _next_record(stream: BinaryIO, start: int) -> int | None:
    """Offset of the next thing that looks like a record start (gzip member or 'WARC/1.'), else None."""
    stream.seek(start)
    offset = start
    tail = b""
    while chunk := stream.read(RESYNC_CHUNK):
        window = tail + chunk
        hits = [found for marker in _RECORD_STARTS if (found := window.find(marker)) >= 0]
        if hits:
            return offset - len(tail) + min(hits)
        tail = window[-8:]
        offset += len(chunk)
    return None


def _short(err: Exception) -> str:
    return " ".join(str(err).split())[:160] or type(err).__name__
