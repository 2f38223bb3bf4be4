"""Marked words that the quotes stage attributes although they do not read as speech on their own."""

from __future__ import annotations

from presslens import analyze

from quote_rows import direct


def test_marked_words_after_als_are_the_naming_subjects() -> None:
    article = analyze("Die Bürgermeisterin wies den Antrag am Montag als „Zumutung“ zurück.", raw=True)
    assert direct(article) == [("„Zumutung“", "Die Bürgermeisterin", "wies")]


def test_marked_object_of_a_naming_verb_before_another_frame() -> None:
    article = analyze("Der Trainer der Gäste nannte das Urteil „unfair“ und erklärte, man werde Einspruch einlegen.", raw=True)
    assert direct(article) == [("„unfair“", "Der Trainer der Gäste", "nannte")]


def test_marked_words_without_a_naming_verb_or_named_by_oneself_stay_names() -> None:
    article = analyze("Die Gruppe feiert seit Jahren die „Lange Nacht“ und wurde als „Kulturverein“ bekannt.", raw=True)
    assert direct(article) == []
    article = analyze("Der Verein nennt sich seit dem Umzug „Freunde der Oper“.", raw=True)
    assert direct(article) == []


def test_marked_words_right_after_the_naming_verb() -> None:
    article = analyze("Die Zuschauer skandieren „Nie wieder Abstieg“.", raw=True)
    assert direct(article) == [("„Nie wieder Abstieg“", "Die Zuschauer", "skandieren")]


def test_a_promise_or_forecast_in_marks_is_the_subjects() -> None:
    article = analyze("Die Ministerin sicherte den Bauern ihre „volle Hilfe“ zu. Die Forscher rechnen mit „deutlich mehr Regen“.", raw=True)
    assert direct(article) == [("„volle Hilfe“", "Die Ministerin", "sicherte")]
    # "rechnen" is also a bare speech act (R): the sentence is a Reported quote listing the marked words as quoted
    [forecast] = [q for q in article.layer("quotes") if q["type"] == "Reported"]
    assert article.span_text(forecast["speaker"]) == "Die Forscher"
    assert [article.span_text(span) for span in forecast["quoted"]] == ["„deutlich mehr Regen“"]
