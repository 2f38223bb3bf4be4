"""Plain-text reader: decode, repair layout, lift page furniture into metadata."""

from __future__ import annotations

import re

from ..errors import InputTooLarge, UnusableInput
from ..record import Article

_BLANK_LINES = re.compile(r"\n\s*\n")


def read_text_bytes(data: bytes, path: str | None = None, max_bytes: int | None = None) -> Article:
    """An article from raw bytes of plain text."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLarge(f"{path or 'input'}: over the limit of {max_bytes:,} bytes (see --max-bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnusableInput(f"{path or 'input'}: cannot be decoded as text") from err
    return read_text(text, path=path)


def read_text(text: str, path: str | None = None, raw: bool = False) -> Article:
    """An article from a string; `raw=True` keeps the string unchanged as the canonical text."""
    if not text.strip():
        raise UnusableInput(f"{path or 'input'}: empty or whitespace-only text")
    canonical = text if raw else text.replace("\r\n", "\n").strip()
    paragraphs = []
    offset = 0
    for block in _BLANK_LINES.split(canonical):
        start = canonical.index(block, offset)
        end = start + len(block)
        offset = end
        if block.strip():
            paragraphs.append({"start": start, "end": end})
    article = Article(text=canonical, source={"path": path, "url": None, "format": "text"})
    article.layers["sections"] = [{"start": 0, "end": len(canonical), "heading": None}]
    article.layers["paragraphs"] = paragraphs
    article.layers["references"] = []
    return article
