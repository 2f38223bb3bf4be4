"""Sentences and tokens: exact offsets, no wrong breaks, never across paragraphs."""

from __future__ import annotations

from presslens.readers.text import read_text
from presslens.stages.language import identify_language
from presslens.stages.sentences import sentence_tokens, split_sentences, tokens_in


def sentences_of(text: str, language: str | None = "de") -> list[str]:
    article = read_text(text, raw=True)
    article.language = language
    article = split_sentences(article)
    return [article.span_text(span) for span in article.layer("sentences")]


def test_abbreviations_and_dates_do_not_end_sentences() -> None:
    text = "Am 3. Okt. 2023 traf Dr. Müller z. B. Prof. Meier. Am 7. März kam er. Das war am 21. Oktober."
    assert sentences_of(text) == [
        "Am 3. Okt. 2023 traf Dr. Müller z. B. Prof. Meier.",
        "Am 7. März kam er.",
        "Das war am 21. Oktober.",
    ]


def test_footnote_marker_stays_with_its_quote() -> None:
    text = "Einig war man sich, dass „die Niederlage unerlässlich ist“ (2). Ob Macron das wollte, blieb offen."
    assert sentences_of(text) == [
        "Einig war man sich, dass „die Niederlage unerlässlich ist“ (2).",
        "Ob Macron das wollte, blieb offen.",
    ]
    assert sentences_of("Sie sagte: „Es ist unklar“. (8). Danach ging sie.")[0] == "Sie sagte: „Es ist unklar“. (8)."


def test_question_inside_quotes_does_not_split_a_list_of_titles() -> None:
    text = "Die bekanntesten sind „Wie funktioniert Geld?“, „Zukunft Sozialismus“ und „Krieg“. Er bloggt."
    assert sentences_of(text) == [
        "Die bekanntesten sind „Wie funktioniert Geld?“, „Zukunft Sozialismus“ und „Krieg“.",
        "Er bloggt.",
    ]
    assert sentences_of("„Geht es?“ fragte er. Dann ging er.") == ["„Geht es?“ fragte er.", "Dann ging er."]


def test_quote_spanning_sentences_keeps_its_marks_in_the_right_sentences() -> None:
    text = "Sie teilte mit, man werde sich „einer Initiative anschließen. Am Dienstag kam auch Frankreich dazu“ (9). Gut."
    assert sentences_of(text) == [
        "Sie teilte mit, man werde sich „einer Initiative anschließen.",
        "Am Dienstag kam auch Frankreich dazu“ (9).",
        "Gut.",
    ]


def test_ellipsis_inside_a_sentence_does_not_split_it() -> None:
    text = "Ob auf digitalem Wege oder durch ein Gerät ... im richtigen Moment, ist unklar. Viele Zufälle."
    assert sentences_of(text) == [
        "Ob auf digitalem Wege oder durch ein Gerät ... im richtigen Moment, ist unklar.",
        "Viele Zufälle.",
    ]


def test_sentences_never_cross_paragraphs_and_offsets_are_exact() -> None:
    text = "Titel ohne Punkt\n\nPutin soll sich nicht wiegen, dass die Reaktionen\n\ndes Westens leicht seien. Ende."
    article = split_sentences(read_text(text, raw=True))
    got = [article.span_text(span) for span in article.layer("sentences")]
    assert got == ["Titel ohne Punkt", "Putin soll sich nicht wiegen, dass die Reaktionen", "des Westens leicht seien.", "Ende."]
    paragraphs = article.layer("paragraphs")
    for span in article.layer("sentences"):
        assert any(p["start"] <= span["start"] and span["end"] <= p["end"] for p in paragraphs)
    assert all(text[t.start : t.end] == t.text for t in article.tokens)
    assert [t.text for t in sentence_tokens(article)[3]] == ["Ende", "."]
    assert [t.text for t in tokens_in(article, 0, 5)] == ["Titel"]


def test_headings_are_blocks_of_their_own() -> None:
    text = "Aufbruch Die Ereignisse spielen Russland in die Hände."
    article = read_text(text, raw=True)
    article.layers["sections"] = [{"start": 0, "end": len(text), "heading": {"start": 0, "end": 8}}]
    article.layers["paragraphs"] = [{"start": 9, "end": len(text)}]
    article = split_sentences(article)
    assert [article.span_text(s) for s in article.layer("sentences")] == [
        "Aufbruch",
        "Die Ereignisse spielen Russland in die Hände.",
    ]


def test_urls_emails_emoji_and_normalised_characters_keep_exact_offsets() -> None:
    text = "Siehe https://example.org/a.b?x=1 und a.b@c.de 😀. Привет мир… “Quoted” – ﬁne ½ café."
    article = split_sentences(identify_language(read_text(text, raw=True)))
    assert all(text[t.start : t.end] == t.text for t in article.tokens)
    assert "https://example.org/a.b?x=1" in [t.text for t in article.tokens]
    assert "a.b@c.de" in [t.text for t in article.tokens]


def test_english_uses_english_abbreviations() -> None:
    text = "Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3. They talked."
    assert sentences_of(text, "en") == ["Mr. Smith met Dr. Jones at 5 p.m. on Jan. 3.", "They talked."]


def test_a_long_block_is_cut_only_where_a_sentence_may_end(monkeypatch) -> None:
    from presslens.stages import sentences as module

    monkeypatch.setattr(module, "MAX_BLOCK_CHARS", 400)
    text = "Am 3. Okt. 2023 sagte er, die Lage sei ernst und " * 30 + "Ende."
    article = split_sentences(read_text(text, raw=True))
    assert [article.span_text(s) for s in article.layer("sentences")] == [text]


def test_a_record_without_paragraphs_is_split_at_blank_lines() -> None:
    from presslens.record import Article

    article = split_sentences(Article(text="Erster Absatz ohne Punkt\n\nZweiter Satz. Dritter Satz."))
    assert [article.span_text(s) for s in article.layer("sentences")] == [
        "Erster Absatz ohne Punkt",
        "Zweiter Satz.",
        "Dritter Satz.",
    ]
