"""Speakers of frameless reported speech (round 2): where the source of a frameless quote is named."""

from __future__ import annotations

from presslens import analyze

from quote_rows import rows


def test_a_name_in_marks_after_an_article_is_the_subject_that_speaks() -> None:
    text = ("Die „Initiative für ein Sauberes Moor“ berichtete über eine Kundgebung von 200 Anwohnern. "
            "Die Teilnehmer sollen Fackeln getragen haben.")
    kind, words, speaker = rows(analyze(text, raw=True))[-1]
    assert (kind, words) == ("FreeIndirect", "Die Teilnehmer sollen Fackeln getragen haben.")
    assert speaker is not None and speaker.startswith("Die „Initiative")


def test_a_document_named_in_a_passive_sentence_speaks_the_konjunktiv_after_it() -> None:
    text = ("In einer Analyse der Stiftung wird die Reform als Fehler gewertet. "
            "So fehle den Gemeinden das Geld für neue Schulen.")
    assert rows(analyze(text, raw=True))[-1] == (
        "IndirectFreeIndirect", "So fehle den Gemeinden das Geld für neue Schulen.", "einer Analyse der Stiftung")


def test_a_name_with_a_verb_in_marks_after_an_article_is_no_direct_quote() -> None:
    text = "Die „Stiftung Nordsee hilft“ teilte mit, sie habe viel Geld gesammelt."
    assert [q for q in rows(analyze(text, raw=True)) if q[0] == "Direct"] == []
