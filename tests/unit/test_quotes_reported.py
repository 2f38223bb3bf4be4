"""Bare speech acts and stances that quotes-de annotates as Reported quotes (round 9, branch reported)."""

from __future__ import annotations

import pytest

from presslens.stages.quotes import learned

from quote_rows import found


def test_ausgehen_von_is_a_reported_stance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)  # the rules alone: the unit model may find it too
    text = "Die Feuerwehr geht von einem technischen Defekt aus."
    assert found(text) == [("Reported", text, "Die Feuerwehr")]
    assert found("Die Lichter im Rathaus gingen um Mitternacht aus.") == []


def test_hinweisen_without_a_clause_is_a_reported_speech_act(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "Der Mieterverein wies auf die hohen Nebenkosten in der Altstadt hin."
    assert found(text) == [("Reported", text, "Der Mieterverein")]


def test_rechnen_mit_is_a_reported_expectation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "Die Stadtwerke rechnen für den Winter mit deutlich höheren Gaspreisen."
    assert found(text) == [("Reported", text, "Die Stadtwerke")]


def test_einschaetzen_als_is_a_reported_judgement(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "Der Landrat schätzt die Lage an der Talsperre als ernst ein."
    assert found(text) == [("Reported", text, "Der Landrat")]


@pytest.mark.parametrize("text, speaker_words", [
    ("Der Bürgermeister sicherte den Vereinen seine volle Unterstützung zu.", "Der Bürgermeister"),
    ("Ein Sprecher des Verbands regte eine gemeinsame Konferenz der Länder an.", "Ein Sprecher des Verbands"),
])
def test_promising_and_proposing_are_reported_speech_acts(text: str, speaker_words: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    assert found(text) == [("Reported", text, speaker_words)]


def test_a_bare_speech_act_before_und_and_a_framing_verb_is_its_own_reported_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "Die Ministerin bezeichnete die Reform als überfällig und forderte die Länder auf, rasch zu handeln."
    assert found(text) == [("Reported", "Die Ministerin bezeichnete die Reform als überfällig", "Die Ministerin"),
                            ("Indirect", "rasch zu handeln", "Die Ministerin")]
