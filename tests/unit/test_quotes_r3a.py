"""Quote rules of helper round 3 (r3a): precision of Indirect quotes."""

from __future__ import annotations

from presslens import analyze
from presslens.record import Article


def _indirect(text: str) -> list[tuple[str, str | None]]:
    article: Article = analyze(text, raw=True)
    return [(" ".join(article.span_text(s) for s in q["spans"]),
             article.span_text(q["speaker"]) if q["speaker"] else None)
            for q in article.layer("quotes") if q["type"] == "Indirect"]


def test_speech_noun_under_a_preposition_names_no_speaker() -> None:
    quotes = _indirect("Der Bürgermeister legte den Schwerpunkt auf die Aussage, es sei eine Zunahme der Unfälle zu verzeichnen.")
    assert quotes == [("es sei eine Zunahme der Unfälle zu verzeichnen", None)]
    quotes = _indirect("Ursprüngliche Pläne, den Hafen zu vertiefen, wurden im Herbst verworfen.")
    assert [speaker for _, speaker in quotes] == ["Ursprüngliche Pläne"]


def test_gemaess_a_rule_is_no_source() -> None:
    assert _indirect("Gemäß der neuen Regelung müssen alle Fahrräder bis Mai registriert werden.") == []
    quotes = _indirect("Gemäß der Polizei wurden am Abend drei Fahrräder gestohlen.")
    assert [speaker for _, speaker in quotes] == ["der Polizei"]


def test_news_of_an_event_after_nach_is_no_source() -> None:
    assert _indirect("Nach der Nachricht vom Rücktritt des Trainers stiegen die Preise für Eintrittskarten deutlich.") == []
    quotes = _indirect("Nach der Darstellung des Trainers stiegen die Preise für Eintrittskarten deutlich.")
    assert [speaker for _, speaker in quotes] == ["des Trainers"]


def test_source_of_an_alternative_figure_frames_no_clause() -> None:
    assert _indirect("Der Akku des Rollers reicht für 40, nach anderen Angaben 45 Kilometer.") == []
    quotes = _indirect("Der Akku des Rollers reicht nach anderen Angaben für 45 Kilometer.")
    assert [speaker for _, speaker in quotes] == ["anderen Angaben"]
