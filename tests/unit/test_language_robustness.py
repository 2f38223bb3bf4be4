"""Odd text through the language layer: never a crash, spans always exact, time bounded."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslens import pipeline
from presslens.readers.text import read_text
from presslens.record import validate
from presslens.stages import sentences

LANGUAGE_LAYER = ["language", "sentences", "morphology", "entities"]

WORDS = st.sampled_from(
    [
        "Macron", "Macrons", "Frau", "Simonjan", "Bundeskanzler", "Olaf", "Scholz", "NATO-Truppen", "Russlands",
        "die", "sagte", "sei", "Dr.", "z.", "B.", "3.", "Okt.", "2023", "„Zitat“", "(6).", "...", "…", "?", "!",
        "DIE", "NATO", "IST", "STARK", "https://example.org/a.b?x=1", "a.b@c.de", "😀", "👍🏽", "Привет", "мир",
        "中文", "عربى", "ﬁ", "\u00ad", "\u200b", "e\u0301", "\t", "\n", "\n\n", "US-Konzern", "Mr.", "President",
    ]
)


def analyse(text: str):
    return pipeline.run(read_text(text, raw=True), only=LANGUAGE_LAYER)


def assert_exact(article) -> None:
    text = article.text
    validate(article.to_dict())
    assert all(text[t.start : t.end] == t.text and t.text.strip() for t in article.tokens)
    assert all(a.end <= b.start for a, b in zip(article.tokens, article.tokens[1:]))
    blocks = article.layer("paragraphs")
    for sentence in article.layer("sentences"):
        assert text[sentence["start"] : sentence["end"]].strip()
        assert any(p["start"] <= sentence["start"] and sentence["end"] <= p["end"] for p in blocks)
    for entity in article.layer("entities"):
        assert entity["name"] and entity["mentions"]
        assert all(text[m["start"] : m["end"]].strip() for m in entity["mentions"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=60).map(" ".join).filter(str.strip))
def test_word_salad_keeps_spans_exact(text: str) -> None:
    assert_exact(analyse(text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=300).filter(str.strip))
def test_any_unicode_text_keeps_spans_exact(text: str) -> None:
    assert_exact(analyse(text))


def test_text_without_sentence_ends_is_one_sentence(monkeypatch) -> None:
    monkeypatch.setattr(sentences, "MAX_BLOCK_CHARS", 5_000)  # force several cuts through the block
    text = " ".join(["und", "dann", "sagte", "Olaf", "Scholz", "nichts"] * 600)
    article = analyse(text)
    assert article.layer("sentences") == [{"start": 0, "end": len(text)}]
    assert_exact(article)


def test_long_single_paragraph_and_long_tokens_take_bounded_time() -> None:
    text = ("Der Bundeskanzler Olaf Scholz sagte am 3. Okt. 2023, die NATO sei stark und " * 400) + "x" * 60_000
    began = time.perf_counter()
    article = analyse(text)
    assert time.perf_counter() - began < 60
    assert_exact(article)
    assert article.tokens[-1].end == len(text)


def test_all_caps_headline_urls_and_emoji() -> None:
    text = "DIE NATO IST STARK\n\nSiehe https://example.org/a.b?x=1 oder a.b@c.de 😀👍🏽. Привет мир! 中文。"
    article = analyse(text)
    assert_exact(article)
    assert "https://example.org/a.b?x=1" in [t.text for t in article.tokens]
