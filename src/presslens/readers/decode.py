"""Bytes to clean text: encoding detection, mojibake repair, control characters, line ends.

Text copied from web pages and PDFs arrives in many encodings and often
damaged. This module turns it into one clean `str` or refuses it with one
clear `UnusableInput` line; it never guesses silently on binary files.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import ftfy

from ..errors import UnusableInput

#: File signatures of formats users mistake for text (checked on the first bytes).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"PK\x03\x04", "a zip archive (or DOCX/ODT/EPUB)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Single-byte encodings worth considering when the bytes are not UTF-8. The
#: Western ones come first: ties between them are resolved towards cp1252,
#: which is what Windows editors and most old German pages wrote.
LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "latin_1", "cp1250", "iso8859_2", "cp1251", "koi8_r", "mac_roman"]

#: Above this share of control characters a "text" is really binary data.
MAX_CONTROL_SHARE = 0.05
#: Characters looked at for that share: binary data shows itself at once.
BINARY_SAMPLE = 8192

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060\ufeff\ufffe\uffff]")
_LINE_ENDS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SOFT_HYPHEN = "\u00ad"
#: Character pairs typical of UTF-8 read as cp1252/latin-1 ("Ã¤", "â€ž", "Â "): only
#: texts containing one are handed to ftfy, which is too slow to run on every text.
_MOJIBAKE_HINT = re.compile(r"[ÃÂâÅÆÐÑØ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, unescape_html=False, normalization="NFC")


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """The text in `data` and the name of its encoding, or `UnusableInput`."""
    if not data.strip():
        raise UnusableInput(f"{name}: empty or whitespace-only file")
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise UnusableInput(f"{name}: looks like {kind}, not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), f"{encoding}-bom"
            except UnicodeDecodeError as err:
                raise UnusableInput(f"{name}: has a {encoding} byte-order mark but cannot be decoded as {encoding}") from err
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(data, name)
    _refuse_binary(text, name)
    return text, encoding


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with charset-normalizer, preferring cp1252 among equals."""
    if data.count(b"\x00") > len(data) * MAX_CONTROL_SHARE:
        raise UnusableInput(f"{name}: looks like binary data, not text")
    matches = charset_normalizer.from_bytes(data, cp_isolation=LEGACY_ENCODINGS)
    best = matches.best()
    if best is None:
        raise UnusableInput(f"{name}: cannot be decoded as text (not UTF-8 and no known encoding fits)")
    candidates = {best.encoding, *best.could_be_from_charset}
    candidates |= {match.encoding for match in matches if match.chaos <= best.chaos}
    encoding = next((enc for enc in LEGACY_ENCODINGS if enc in candidates), best.encoding)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return str(best), best.encoding


def _refuse_binary(text: str, name: str) -> None:
    sample = text[:BINARY_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > max(4, len(sample) * MAX_CONTROL_SHARE):
        raise UnusableInput(f"{name}: looks like binary data, not text ({controls:,} control characters)")


def clean(text: str) -> str:
    """Repair mojibake, drop control characters and soft hyphens, normalise line ends to "\\n"."""
    if _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(text, _FTFY_CONFIG)
    text = _LINE_ENDS.sub("\n", text)
    text = text.replace(_SOFT_HYPHEN, "").replace("\t", " ")
    return _CONTROL.sub("", text)
