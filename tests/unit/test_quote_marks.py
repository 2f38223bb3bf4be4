"""Quotation-mark pairing: every style, nesting, apostrophes, broken layout."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.stages.quotes.marks import pair_marks


def quoted(text: str) -> list[tuple[str, int]]:
    return [(text[m.start : m.end], m.depth) for m in pair_marks(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Er sagte: „Wir bleiben.“ Dann ging er.", "„Wir bleiben.“"),
        ("He said: “We stay.” Then he left.", "“We stay.”"),
        ("Sie sagte: »Wir bleiben.« Dann ging sie.", "»Wir bleiben.«"),
        ("Il a dit : «Nous restons.» Puis il est parti.", "«Nous restons.»"),
        ('He said: "We stay." Then he left.', '"We stay."'),
        ("Er nannte es ‚Unsinn‘ und ging.", "‚Unsinn‘"),
        ("He called it 'nonsense' and left.", "'nonsense'"),
        ("He called it ‘nonsense’ and left.", "‘nonsense’"),
    ],
)
def test_each_mark_style_pairs(text: str, expected: str) -> None:
    assert quoted(text) == [(expected, 0)]


def test_nested_quotes_give_an_outer_and_an_inner_span() -> None:
    text = "Sie sagte: „Er rief ‚Feuer!‘ und rannte.“"
    assert quoted(text) == [("„Er rief ‚Feuer!‘ und rannte.“", 0), ("‚Feuer!‘", 1)]


def test_apostrophes_are_not_marks() -> None:
    assert quoted("Peter’s dog doesn't bark, geht's?") == []
    assert quoted("It's Peter's 'book' now.") == [("'book'", 0)]


def test_a_quote_broken_by_page_layout_is_still_paired() -> None:
    text = "Er sagte, es sei „den Kriegern nicht\n\ngelungen“ (6)."
    assert quoted(text) == [("„den Kriegern nicht\n\ngelungen“", 0)]


def test_an_unclosed_mark_does_not_swallow_the_next_paragraph() -> None:
    text = "Er sagte „Wir bleiben.\n\nDann ging er. „Gut“, sagte sie."
    assert quoted(text) == [("„Gut“", 0)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab „“”»«‚‘’\"'\n.", max_size=80))
def test_pairs_are_well_formed_on_any_text(text: str) -> None:
    for m in pair_marks(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start] in "„“»«‚‘\"'" and text[m.end - 1] in "“”»«‘’\"'"
