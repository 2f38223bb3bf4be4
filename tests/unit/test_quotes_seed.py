"""The founding article: each of its nine footnotes backs the quote it closes, with the right speaker."""

from __future__ import annotations

import pytest

import presslens
from testpaths import SEED, needs

pytestmark = [needs(SEED), pytest.mark.shared_data]


@pytest.fixture(scope="module")
def seed():
    return presslens.analyze(SEED)


def referenced(article) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for quote in article.layer("quotes"):
        if quote["reference"]:
            out.setdefault(quote["reference"], []).append(quote)
    return out


def test_all_nine_markers_close_a_quote(seed) -> None:
    assert sorted(referenced(seed)) == [str(n) for n in range(1, 10)]
    for marker, quotes in referenced(seed).items():
        assert len(quotes) == 1, (marker, quotes)  # one quotation, one quote item
        quote = quotes[0]
        marked = quote["spans"] if quote["type"] == "Direct" else quote.get("quoted", [])
        assert marked and seed.text[marked[-1]["end"] - 1] == "“", marker


def test_quoted_words_inside_a_dass_clause_are_one_indirect_quote(seed) -> None:
    """Markers (1), (6), (9) close „…“ inside reported clauses: one Indirect item listing the marked words."""
    for marker in ("1", "6", "9"):
        (quote,) = referenced(seed)[marker]
        assert quote["type"] == "Indirect", marker
        (words,) = quote["quoted"]
        assert quote["spans"][0]["start"] <= words["start"] < words["end"] <= quote["spans"][-1]["end"]


def test_no_speaker_is_a_date(seed) -> None:
    for quote in seed.layer("quotes"):
        if quote["speaker"]:
            assert not any(month in quote["speaker"]["name"] for month in ("Februar", "März", "Ende ")), quote


@pytest.mark.parametrize("marker, speaker", [("1", "Macron"), ("3", "Macron"), ("6", "Pistorius"), ("7", "Pistorius")])
def test_speakers_of_the_attributed_quotes(seed, marker: str, speaker: str) -> None:
    for quote in referenced(seed)[marker]:
        assert quote["speaker"] is not None and speaker in quote["speaker"]["name"], quote


@pytest.mark.parametrize("marker", ["2", "4", "5", "8"])
def test_no_speaker_is_invented(seed, marker: str) -> None:
    assert all(quote["speaker"] is None for quote in referenced(seed)[marker])


def test_role_noun_and_pronoun_resolve_to_entities(seed) -> None:
    seven = referenced(seed)["7"][0]["speaker"]
    assert seed.span_text(seven) == "des Verteidigungsministers"
    three = referenced(seed)["3"][0]["speaker"]
    assert seed.span_text(three) == "Er"
    if "entities" in seed.layers:
        ids = {e["id"]: e["name"] for e in seed.layer("entities")}
        assert "Pistorius" in ids.get(seven["entity"], "") and "Macron" in ids.get(three["entity"], "")


def test_scare_quotes_are_not_speech(seed) -> None:
    kinds = {seed.span_text(q["spans"][0]): q["type"] for q in seed.layer("quotes")}
    for words in ("„Schwarzmalerei“", "„Schulterschluss“", "„Russlands hybride Kriegsführung“"):
        assert kinds[words] == "NotSpeech"


def test_the_authors_own_sentences_and_beliefs_are_not_quotes(seed) -> None:
    for quote in seed.layer("quotes"):
        words = " ".join(seed.span_text(span) for span in quote["spans"])
        assert "keine Entwarnung sein" not in words and "nicht glauben" not in words, quote
        if quote["cue"]:
            assert seed.span_text(quote["cue"]).lower() not in {"glauben", "zeigen", "weiß"}, quote
