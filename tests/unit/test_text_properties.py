"""Property tests: every span slices its text exactly, and no input crashes the reader."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslens.errors import InputTooLarge, UnusableInput
from presslens.readers.text import read_text, read_text_bytes
from presslens.record import iter_spans

#: Pieces that trigger every rule of the reader, mixed with arbitrary text.
PIECES = st.sampled_from([
    "\n", "\n\n", "\n\n\n", "\r\n", " ", "„", "“", "\"", "(1)", "[2]", "¹", "-", "Ver-\nteidigung", "NATO-\nTruppen",
    "Foto: Anna Berg", "von Anna Berg", "By Jane Doe and John Smith", "21.03.2024", "Donnerstag, 21. März 2024, 15:00 Uhr",
    "~8 Minuten Lesezeit", "## ", "**", "**Blog** (<https://example.org/x>)", "[Link](https://example.org/y)", "www.example.org",
    "Aufbruch", "Wer zahlt?", "Der Satz endet hier.", "mitten im Satz", "Anna Berg, Jahrgang 1970, ist Autorin.", "---",
    "\x00", "\u00ad", "\u2028", "Ã¤", "m²", "…",
])
ARTICLE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=40).map("".join)
LIMIT = 2_000


def assert_spans_exact(article) -> None:
    text = article.text
    record = article.to_dict()
    for name, items in record["layers"].items():
        for item in items:
            for span in iter_spans(item):
                assert 0 <= span["start"] <= span["end"] <= len(text), name
    paragraphs = article.layers["paragraphs"]
    for paragraph in paragraphs:
        piece = text[paragraph["start"] : paragraph["end"]]
        assert piece and piece == piece.strip()
    assert all(a["end"] < b["start"] for a, b in zip(paragraphs, paragraphs[1:]))
    for reference in article.layers["references"]:
        marker = text[reference["start"] : reference["end"]]
        assert reference["marker"] in marker.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))
    for section in article.layers["sections"]:
        if section["heading"]:
            assert section["heading"]["start"] == section["start"]
    blocks = [b for b in text.split("\n\n")]
    assert all(block and block == block.strip() for block in blocks)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE_TEXT)
def test_reader_spans_slice_the_text_exactly(text: str) -> None:
    try:
        article = read_text(text)
    except UnusableInput:
        return
    assert_spans_exact(article)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_raw_mode_keeps_the_string_and_its_offsets(text: str) -> None:
    try:
        article = read_text(text, raw=True)
    except UnusableInput:
        assert not text.strip()
        return
    assert article.text == text
    for paragraph in article.layers["paragraphs"]:
        piece = text[paragraph["start"] : paragraph["end"]]
        assert piece == piece.strip() and piece


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_reader(data: bytes) -> None:
    try:
        article = read_text_bytes(data, max_bytes=LIMIT)
    except (UnusableInput, InputTooLarge):
        return
    assert_spans_exact(article)


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=3).map(lambda s: s * 30_000))
def test_very_long_lines_never_crash_the_reader(text: str) -> None:
    try:
        article = read_text(text)
    except UnusableInput:
        return
    assert_spans_exact(article)
