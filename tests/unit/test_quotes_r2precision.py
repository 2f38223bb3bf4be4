"""Quote rules that withhold false speakers (precision, round 2)."""

from __future__ import annotations

from presslens import analyze
from presslens.record import Article


def _quotes(text: str) -> tuple[Article, list[dict]]:
    article: Article = analyze(text, raw=True)
    return article, [q for q in article.layer("quotes") if q["type"] != "NotSpeech"]


def _speakers(text: str) -> list[str | None]:
    article, quotes = _quotes(text)
    return [article.span_text(q["speaker"]) if q["speaker"] else None for q in quotes]


def test_a_participle_right_before_werden_is_passive_and_its_subject_no_speaker() -> None:
    assert _speakers("Bemängelt werden außerdem die hohen Kosten der neuen Brücke über den Fluss.") == [None]
    assert _speakers("Zuvor war in mehreren Zeitungen über den geplanten Umbau des Bahnhofs berichtet worden.") == []


def test_a_speech_verb_as_zu_infinitive_names_no_speaker_of_its_own() -> None:
    assert _speakers("Nach dem Sturm sei im ganzen Land mit Millionen von Schäden zu rechnen.") == [None]


def test_a_frameless_konjunktiv_sentence_is_not_spoken_by_its_own_subject_pronoun() -> None:
    assert _speakers("Der Regen hielt den ganzen Tag an. Er habe die Keller der Altstadt überflutet.") == [None]


def test_nach_der_veroeffentlichung_is_a_time_not_a_source() -> None:
    assert _speakers("Nach der Veröffentlichung des Berichts kam es in der Hauptstadt zu heftigen Protesten.") == []


def test_the_main_clause_after_a_relative_clause_frame_is_not_what_was_said() -> None:
    assert _speakers("Das Urteil, das der Vorsitzende Richter am Morgen verkündete, führte im Saal zu lautem Jubel.") == []


def test_with_man_as_subject_no_object_of_the_clause_is_the_speaker() -> None:
    assert _speakers("Im Lager forderte man den Abzug der Soldaten und die Schließung des Lagers.") == [None]
