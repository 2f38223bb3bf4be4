"""Input format detection from the bytes themselves, not the file name.

Users rename files, crawlers store pages without extensions and WARC files
are often gzip-compressed; looking at the content is the only reliable way.
"""

from __future__ import annotations

import re
import zlib

#: How many leading bytes are inspected.
SNIFF_BYTES = 4096

_GZIP_MAGIC = b"\x1f\x8b"
_HTML_MARKUP = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<article[\s>]|<div[\s>]|<p[\s>]",
    re.IGNORECASE,
)


def detect_format(head: bytes) -> str:
    """'warc', 'html' or 'text' for the first bytes of an input (gzip is looked into)."""
    if head.startswith(_GZIP_MAGIC):
        head = _gunzip_head(head)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    sample = start[:SNIFF_BYTES]
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        sample = _utf16_sample(start)
    if _HTML_MARKUP.search(sample) and sample.lstrip().startswith(b"<"):
        return "html"
    if len(_HTML_MARKUP.findall(sample)) >= 2:
        return "html"
    return "text"


def is_gzip(head: bytes) -> bool:
    """Whether the bytes begin a gzip stream."""
    return head.startswith(_GZIP_MAGIC)


def _gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream (tolerates a truncated stream)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
    except zlib.error:
        return b""


def _utf16_sample(start: bytes) -> bytes:
    try:
        return start[:SNIFF_BYTES].decode("utf-16", errors="ignore").encode("utf-8")
    except UnicodeError:
        return b""
