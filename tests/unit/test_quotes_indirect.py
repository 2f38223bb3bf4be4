"""Indirect quotes under frames that were missed: verbs new to the lexicon, nominal frames."""

from __future__ import annotations

import pytest

from presslens import analyze

from quote_rows import found_named


@pytest.mark.parametrize("text, words", [
    ("Die Mehrheit der Befragten befürwortete, dass die Stadt mehr Radwege baut.", "dass die Stadt mehr Radwege baut"),
    ("Den Anwohnern sicherte die Bürgermeisterin am Abend zu, dass die Straße im Mai fertig werde.",
     "dass die Straße im Mai fertig werde"),
    ("Die Fahrgäste beschwerten sich über die Verspätungen, die Züge kämen fast nie pünktlich.",
     "die Züge kämen fast nie pünktlich"),
])
def test_verbs_of_approval_assurance_and_complaint_frame_their_clause(text: str, words: str) -> None:
    assert [q[:2] for q in found_named(text)] == [("Indirect", words)]


@pytest.mark.parametrize("text, expected", [
    ("Der Verband reagierte gelassen auf den Vorwurf der Opposition, die Reform sei viel zu teuer.",
     ("Indirect", "die Reform sei viel zu teuer", "der Opposition")),
    ("Ursprüngliche Pläne, die alte Brücke abzureißen, wurden im Mai verworfen.",
     ("Indirect", "die alte Brücke abzureißen", "Ursprüngliche Pläne")),
    ("Die Gewerkschaft begegnet der Kritik mit dem Argument, die Löhne seien viel zu niedrig.",
     ("Indirect", "die Löhne seien viel zu niedrig", "Die Gewerkschaft")),
    ("Die Staatsanwaltschaft hegt den Verdacht, der Kassierer könnte Geld veruntreut haben.",
     ("Indirect", "der Kassierer könnte Geld veruntreut haben", "Die Staatsanwaltschaft")),
])
def test_a_speech_noun_frames_the_clause_after_its_comma(text: str, expected: tuple[str, str, str]) -> None:
    article = analyze(text, raw=True)
    found = [(q["type"], " … ".join(article.span_text(s) for s in q["spans"]), article.span_text(q["speaker"]))
             for q in article.layer("quotes") if q["speaker"]]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Ich sage Ihnen, dass die Schule im Mai saniert wird.",
    "Wer kann denn ernsthaft behaupten, dass die Schule im Mai saniert wird?",
])
def test_a_frame_in_the_first_person_or_in_a_question_reports_nothing(text: str) -> None:
    assert found_named(text) == []


def test_a_belief_stated_in_the_third_person_is_reported() -> None:
    text = "Der Trainer glaubt, dass die Mannschaft gestärkt aus der schwachen Saison hervorgehe."
    assert found_named(text) == [("Indirect", "dass die Mannschaft gestärkt aus der schwachen Saison hervorgehe", "Der Trainer")]


@pytest.mark.parametrize("text, expected", [
    ("Die Polizei war sich sicher, dass die Spuren für eine Anklage ausreichen würden.",
     [("Indirect", "dass die Spuren für eine Anklage ausreichen würden", "Die Polizei")]),
    ("Die Regierung ist dennoch zuversichtlich, im nächsten Jahr neue Schulden vermeiden zu können.",
     [("Indirect", "im nächsten Jahr neue Schulden vermeiden zu können", "Die Regierung")]),
    ("Es ist sicher, dass die Brücke im Mai gesperrt wird.", []),
])
def test_sein_with_an_adjective_of_certainty_states_a_view(text: str, expected: list) -> None:
    assert found_named(text) == expected


def test_a_question_noun_frames_its_reported_question() -> None:
    text = "Am Abend lautete die Frage, ob die Stadt die alte Brücke noch sanieren könne."
    assert found_named(text) == [("Indirect", "ob die Stadt die alte Brücke noch sanieren könne", "die Frage")]


def test_a_fronted_von_or_aus_phrase_speaks_a_speech_noun_after_the_verb() -> None:
    text = "Von der örtlichen Feuerwehr kam die Information, die Brücke sei nicht mehr sicher."
    assert found_named(text) == [("Indirect", "die Brücke sei nicht mehr sicher", "der örtlichen Feuerwehr")]


def test_subjunctive_clauses_after_a_nominal_frame_go_on_reporting() -> None:
    text = "Von der Polizei kam die Information, bei den Tätern handele es sich um Mitglieder einer Bande, die seit Jahren im Hafen arbeite."
    assert found_named(text) == [("Indirect", "bei den Tätern handele es sich um Mitglieder einer Bande, die seit Jahren im Hafen arbeite",
                             "der Polizei")]
