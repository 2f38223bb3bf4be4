"""Round 4b: marked words that read as speech inside reported speech, and those that do not."""

from __future__ import annotations

from presslens import analyze


def _quoted(text: str) -> list[str]:
    """The marked words of `text` that its quotes count as their speaker's own words."""
    article = analyze(text, raw=True)
    return [article.span_text(span) for q in article.layer("quotes") for span in q.get("quoted") or []]


def test_marked_words_opening_a_parenthesis_translate_a_name() -> None:
    text = ("Die Ministerin sagte, die Reform „Neue Wege“ („nuovi percorsi“) werde im Mai beginnen.")
    assert "„nuovi percorsi“" not in _quoted(text)


def test_a_whole_sentence_in_marks_inside_a_parenthesis_is_still_speech() -> None:
    text = ("Die Ministerin sagte, die Gewerkschaft (etwa: „wir lehnen die ganze Reform ab!“) werde klagen.")
    assert "„wir lehnen die ganze Reform ab!“" in _quoted(text)


def test_marked_words_after_a_noun_of_titles_inside_reported_speech_are_a_title() -> None:
    text = "Der Autor sagte, sein Buch mit dem Titel „Die Schule frisst ihre Kinder“ erscheine im Mai."
    assert _quoted(text) == []


def test_marked_words_after_motto_inside_reported_speech_are_a_name_not_speech() -> None:
    text = "Die Gewerkschaft erklärte, unter dem Motto „Wir wollen mehr Lohn“ würden 500 Pfleger durch die Stadt ziehen."
    assert _quoted(text) == []
