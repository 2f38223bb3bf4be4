"""Language identification and what an unsupported language still gets."""

from __future__ import annotations

import pytest

from presslens import pipeline
from presslens.readers.text import read_text
from presslens.stages.language import identify_language


def language_of(text: str) -> str | None:
    return identify_language(read_text(text, raw=True)).language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bundesregierung hat am Montag eine neue Initiative angekündigt.", "de"),
        ("The government announced a new initiative on Monday morning.", "en"),
        ("Le gouvernement a annoncé lundi une nouvelle initiative.", "fr"),
        ("Правительство объявило в понедельник о новой инициативе.", "ru"),
        ("Kurz.", None),
        ("😀 😀 123", None),
    ],
)
def test_language_is_identified(text: str, expected: str | None) -> None:
    assert language_of(text) == expected


def test_a_language_given_by_the_reader_is_kept() -> None:
    article = read_text("The government announced a new initiative.", raw=True)
    article.language = "de"
    assert identify_language(article).language == "de"
    article.language = "de-AT"
    assert identify_language(article).language == "de"


def test_unsupported_language_gets_sentences_and_says_what_it_skipped() -> None:
    text = "Le gouvernement a annoncé lundi une nouvelle initiative. Elle sera présentée demain."
    article = pipeline.run(read_text(text, raw=True), only=["language", "sentences", "morphology"])
    assert article.language == "fr"
    assert len(article.layer("sentences")) == 2
    assert article.tokens and all(token.pos is None for token in article.tokens)
    assert "morphology" in article.profile["layers_skipped"]
    assert [stage["name"] for stage in article.stages] == ["language", "sentences", "morphology"]


def test_too_short_text_is_analysed_as_german() -> None:
    article = pipeline.run(read_text("Er sei krank.", raw=True), only=["language", "sentences", "morphology"])
    assert article.language is None
    assert article.profile["analysed_as"] == "de"
    assert [t.pos for t in article.tokens][:2] == ["PPER", "VAFIN"]
