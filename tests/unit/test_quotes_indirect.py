"""Indirect quotes under frames that were missed: verbs new to the lexicon, nominal frames."""

from __future__ import annotations

import pytest

from presslens import analyze


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(type, words, speaker name) of each quote of `text`."""
    article = analyze(text, raw=True)
    return [(q["type"], " … ".join(article.span_text(s) for s in q["spans"]), q["speaker"] and q["speaker"]["name"])
            for q in article.layer("quotes")]


@pytest.mark.parametrize("text, words", [
    ("Die Mehrheit der Befragten befürwortete, dass die Stadt mehr Radwege baut.", "dass die Stadt mehr Radwege baut"),
    ("Den Anwohnern sicherte die Bürgermeisterin am Abend zu, dass die Straße im Mai fertig werde.",
     "dass die Straße im Mai fertig werde"),
    ("Die Fahrgäste beschwerten sich über die Verspätungen, die Züge kämen fast nie pünktlich.",
     "die Züge kämen fast nie pünktlich"),
])
def test_verbs_of_approval_assurance_and_complaint_frame_their_clause(text: str, words: str) -> None:
    assert [q[:2] for q in _found(text)] == [("Indirect", words)]
