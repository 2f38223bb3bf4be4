"""Reported quotes whose subject cannot be their source (round 3, branch r3b)."""

from __future__ import annotations

import pytest

from presslens import analyze
from presslens.stages.quotes import learned


def _found(text: str) -> list[tuple[str, str | None]]:
    """(type, speaker words) of the quotes the rules alone find in `text`."""
    article = analyze(text, raw=True)
    return [(q["type"], article.span_text(q["speaker"]) if q["speaker"] else None) for q in article.layer("quotes")]


def test_a_thing_owned_or_pointed_at_is_no_reported_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)  # the rules alone
    assert _found("Zuvor war in mehreren Zeitungen von dieser Entlassung berichtet worden.") == []
    assert _found("Seine Sprecherin kündigte eine Untersuchung an.") == [("Reported", "Seine Sprecherin")]


def test_a_phrase_after_a_preposition_is_no_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    text = "Die Sprecherin Jana Vogt vom Mieterbund Leipzig forderte eine Obergrenze für Mieten."
    assert _found(text) == [("Reported", "Die Sprecherin Jana Vogt")]


def test_a_particle_after_a_second_verb_is_not_the_first_verbs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "_weights", lambda: None)
    assert _found("Sie warf den Speer 60 Meter weit und siegte so vor der Polin Anna Nowak mit 58 Metern.") == []
    assert _found("Er warf dem Bürgermeister Untätigkeit vor.") == [("Reported", "Er")]
