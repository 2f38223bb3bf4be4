"""English quotes on a small news text: curly and straight marks, said/told/according to/warned,
speakers before and after the quote, pronouns and surnames resolved to the person named before."""

from __future__ import annotations

import pytest
from testpaths import FIXTURES

from presslens import analyze
from presslens.record import Article

TEXT = (FIXTURES / "quotes" / "en_flood.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article() -> Article:
    return analyze(TEXT)


def _by_words(article: Article) -> dict[str, dict]:
    return {" … ".join(article.span_text(s) for s in q["spans"]): q for q in article.layer("quotes")}


def _summary(article: Article, quote: dict) -> tuple:
    speaker = quote["speaker"]
    return (
        quote["type"],
        article.span_text(quote["cue"]) if quote["cue"] else None,
        article.span_text(speaker) if speaker else None,
        speaker["name"] if speaker else None,
    )


def test_the_text_is_read_as_english(article: Article) -> None:
    assert article.language == "en"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # speaker after the quote, curly marks; the title is part of the speaker span, not of the name
        ("“The walls did exactly what they were built to do,”", ("Direct", "said", "Mayor Jane Porter", "Jane Porter")),
        # a pronoun speaker before a colon resolves to the person named before
        ("“Nobody should take this for granted.”", ("Direct", "added", "She", "Jane Porter")),
        # a surname alone is the person named earlier; "told" has an addressee
        ("that the river had peaked at 6.2 metres", ("Indirect", "told", "Porter", "Jane Porter")),
        ("the water level will fall slowly this week", ("Indirect", "According to", "the Environment Agency", "the Environment Agency")),
        # subject with an apposition before "said", clause without "that"
        ("the pumps would keep running until Friday", ("Indirect", "said", "Tom Hale", "Tom Hale")),
        # straight marks, pronoun after the quote
        ('"We are not out of the woods yet,"', ("Direct", "warned", "he", "Tom Hale")),
        # "„…“, a resident, Maria Lopez, told X": the speaker is the named apposition, X is spoken to
        ('"It was the worst night of my life,"', ("Direct", "told", "Maria Lopez", "Maria Lopez")),
        # a relative clause between subject and verb; the marked words stay inside the reported clause
        ('the repairs came "far too late"', ("Indirect", "says", "Anna Meyer", "Anna Meyer")),
        # a dateline and a postposed "officials said" frame
        ("The city's flood defences held overnight", ("Indirect", "said", "officials", "officials")),
    ],
)
def test_english_quotes_have_their_cue_and_speaker(article: Article, words: str, expected: tuple) -> None:
    quotes = _by_words(article)
    assert words in quotes, sorted(quotes)
    assert _summary(article, quotes[words]) == expected


def test_the_one_told_is_the_addressee_not_the_speaker(article: Article) -> None:
    quotes = _by_words(article)
    assert article.span_text(quotes['"It was the worst night of my life,"']["addressee"]) == "the Riverton Gazette"
    assert article.span_text(quotes["that the river had peaked at 6.2 metres"]["addressee"]) == "reporters"


def test_a_single_quoted_word_is_not_speech(article: Article) -> None:
    assert _summary(article, _by_words(article)['"gamble"']) == ("NotSpeech", None, None, None)
