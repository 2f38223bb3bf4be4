"""Indirect quotes under frames missed after round 1: light-verb frames."""

from __future__ import annotations

import pytest

from presslens import analyze

from quote_rows import found_named


@pytest.mark.parametrize("text, expected", [
    ("Die Gutachter kamen zu dem Ergebnis, dass die Brücke sofort gesperrt werden müsse.",
     ("Indirect", "dass die Brücke sofort gesperrt werden müsse", "Die Gutachter")),
    ("Die Kommission kam nach langer Prüfung zu dem Schluss, dass der Plan zu teuer sei.",
     ("Indirect", "dass der Plan zu teuer sei", "Die Kommission")),
    ("Das Landgericht sah es als erwiesen an, dass der Angeklagte das Geld genommen hatte.",
     ("Indirect", "dass der Angeklagte das Geld genommen hatte", "Das Landgericht")),
    ("Der Verein legte Wert darauf, dass alle Mitglieder abstimmen dürfen.",
     ("Indirect", "dass alle Mitglieder abstimmen dürfen", "Der Verein")),
])
def test_a_light_verb_frame_frames_the_clause_after_its_comma(text: str, expected: tuple[str, str, str]) -> None:
    assert found_named(text) == [expected]


def test_zum_schluss_is_no_light_verb_frame() -> None:
    assert found_named("Zum Schluss kam die Kapelle auf die Bühne, und alle tanzten.") == []


def test_a_marked_name_before_wonach_closes_the_source_phrase() -> None:
    article = analyze("Ein Bericht des Magazins „Stern“, wonach der Trainer entlassen werde, wurde dementiert.", raw=True)
    speakers = [article.span_text(q["speaker"]) for q in article.layer("quotes") if q["type"] == "Indirect"]
    assert speakers == ["Ein Bericht des Magazins „Stern“"]


def test_a_marked_name_before_zufolge_is_the_source() -> None:
    article = analyze("Der Minister will dem „Kurier“ zufolge zurücktreten.", raw=True)
    speakers = [article.span_text(q["speaker"]) for q in article.layer("quotes") if q["type"] == "Indirect"]
    assert speakers == ["dem „Kurier“"]


def test_an_infinitive_clause_opening_with_an_extended_attribute_is_reported() -> None:
    assert found_named("Der Hacker behauptete, den für den Schutz zuständigen Code geknackt zu haben.") == [
        ("Indirect", "den für den Schutz zuständigen Code geknackt zu haben", "Der Hacker")]
