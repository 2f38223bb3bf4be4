"""Round 3 (r3c): speakers of found quotes."""

from __future__ import annotations

from presslens import analyze
from presslens.record import Article


def found(article: Article) -> list[tuple[str, str, str | None]]:
    """(type, words, speaker words) of each quote."""
    return [
        (q["type"], " … ".join(article.span_text(s) for s in q["spans"]),
         article.span_text(q["speaker"]) if q["speaker"] else None)
        for q in article.layer("quotes")
    ]


def test_der_opening_a_relative_clause_is_its_subject_not_the_object_after_it() -> None:
    text = "Der Bürgermeister, der zunächst den Neubau als „Glücksfall“ bezeichnete, zog seine Zusage zurück."
    speakers = [speaker for _, _, speaker in found(analyze(text, raw=True))]
    assert speakers and all(speaker == "der" for speaker in speakers)


def test_in_a_verb_final_clause_the_first_phrase_is_the_subject() -> None:
    text = "Der Sender meldet, dass Berger die Schülerin danach gefragt habe, was sie „geplant“ habe."
    speakers = [speaker for _, _, speaker in found(analyze(text, raw=True))]
    assert "Berger" in speakers and "die Schülerin" not in speakers
