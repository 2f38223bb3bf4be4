"""Encodings and damaged bytes as users really have them, and bytes that are not text at all."""

from __future__ import annotations

import codecs

import pytest

from presslens.errors import InputTooLarge, UnusableInput
from presslens.readers.text import read_text_bytes

GERMAN = "Die Straße in München ist schön. Der Bürgermeister sprach von „großen Plänen“ (1).\n\nÄrger über Öl und Übel."


def body(data: bytes) -> str:
    return read_text_bytes(data).text


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8-bom"),
        (codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "utf-16-le-bom"),
        (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16-be-bom"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252"],
)
def test_common_encodings_give_the_same_text(data: bytes, encoding: str) -> None:
    article = read_text_bytes(data)
    assert article.text == GERMAN
    assert article.source["encoding"] == encoding


def test_latin1_without_curly_quotes_is_read_as_western_european() -> None:
    text = "Größere Äcker und Öfen für Übersee.\n\nZweiter Absatz über Grüße."
    assert body(text.encode("latin-1")) == text


def test_mojibake_is_repaired() -> None:
    damaged = "Die GrÃ¶ÃŸe der StraÃŸe Ã¼berrascht â€ž sagt er â€œ."
    assert body(damaged.encode("utf-8")) == "Die Größe der Straße überrascht „ sagt er “."


def test_nul_and_control_characters_are_removed_and_line_ends_normalised() -> None:
    data = "Erster\x00 Absatz mit\x07 Steuerzeichen.\r\n\r\nZweiter\x1b Absatz.\rDritte Zeile.\u2028".encode()
    assert body(data) == "Erster Absatz mit Steuerzeichen.\n\nZweiter Absatz.\n\nDritte Zeile."


def test_soft_hyphens_and_zero_width_spaces_disappear() -> None:
    assert body("Ver\u00adteidigungs\u200bausgaben steigen.".encode()) == "Verteidigungsausgaben steigen."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n   ", "empty"),
        ("\u00a0\n".encode(), "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "zip"),
        (b"\x00\x01\x02\x03" * 200, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "utf-16"),
    ],
    ids=["empty", "whitespace", "nbsp", "pdf", "png", "jpeg", "zip", "binary", "broken-utf16"],
)
def test_unusable_bytes_are_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(UnusableInput, match=message):
        read_text_bytes(data, path="upload.txt")


def test_size_limit_is_enforced() -> None:
    with pytest.raises(InputTooLarge, match="limit of 10 bytes"):
        read_text_bytes(b"Ein Satz, der zu lang ist.", max_bytes=10)
