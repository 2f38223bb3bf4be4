"""Reported quotes that quotes-de annotates without a gold cue (round 10, branch r2reported)."""

from __future__ import annotations

import pytest

from presslens.stages.quotes import learned

from quote_rows import found


def test_first_conjunct_speech_verb_with_a_speaking_subject_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "Der Stadtrat rief die Bürger zur Sparsamkeit auf und beschloss, die Gebühren zu senken."
    quotes = found(text)
    assert ("Reported", "Der Stadtrat rief die Bürger zur Sparsamkeit auf", "Der Stadtrat") in quotes
    assert ("Indirect", "die Gebühren zu senken", "Der Stadtrat") in quotes


def test_sehen_in_is_a_reported_view(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "Der Bauernverband sieht in dem neuen Gesetz eine Gefahr für kleine Höfe."
    assert found(text) == [("Reported", text, "Der Bauernverband")]
    assert found("Rund 500 Zuschauer sahen das Finale im Stadion der Stadt.") == []
    assert found("Der Entwurf sieht vor, dass die Gebühren im Mai steigen.") == []


def test_a_groups_halten_fuer_is_a_reported_view(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "Die Förster halten einen trockenen Sommer für wahrscheinlich."
    assert found(text) == [("Reported", text, "Die Förster")]
    assert found("Der Förster hält einen trockenen Sommer für wahrscheinlich.") == []


def test_man_as_subject_leaves_only_the_document_as_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "In dem Schreiben forderte man den Rücktritt des Bürgermeisters und die Auflösung des Rates."
    assert found(text) == [("Reported", text, "dem Schreiben")]
    text = "Im Dorf forderte man den Rücktritt des Bürgermeisters und die Auflösung des Rates."
    assert found(text) == [("Reported", text, None)]


def test_a_groups_fear_is_a_reported_view(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "Anwohner fürchten mehr Lärm durch den neuen Flughafen."
    assert found(text) == [("Reported", text, "Anwohner")]
