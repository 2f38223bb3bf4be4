"""Nested sources: a second frame inside a framed quote makes a quote of its own, as quotes-de annotates it."""

from __future__ import annotations


from quote_rows import found_named


def test_a_speech_act_with_its_own_subject_inside_a_sourced_quote_is_a_quote_of_its_own() -> None:
    found = found_named("Laut der Regionalzeitung hat der Bauernverband angekündigt, die Milchpreise im Herbst zu senken.")
    assert ("Indirect", "hat der Bauernverband angekündigt, die Milchpreise im Herbst zu senken",
            "der Regionalzeitung") in found
    assert ("Indirect", "die Milchpreise im Herbst zu senken", "der Bauernverband") in found


def test_an_infinitive_speech_verb_inside_a_quote_has_no_subject_to_speak() -> None:
    found = found_named("Laut der Regionalzeitung hat der Bauernverband die Händler aufgefordert, die Molkereien zu "
                   "bitten, die Milchpreise zu senken.")
    assert not any(words == "die Milchpreise zu senken" for _, words, _ in found)


def test_a_laut_source_inside_a_framed_quote_sources_its_clause_a_second_time() -> None:
    found = found_named("Der Bürgermeister sagte, die Kosten des Umbaus seien laut dem Rechnungshof viel zu hoch gewesen.")
    assert ("Indirect", "die Kosten des Umbaus seien laut dem Rechnungshof viel zu hoch gewesen",
            "Der Bürgermeister") in found
    assert ("Indirect", "die Kosten des Umbaus seien … viel zu hoch gewesen", "dem Rechnungshof") in found


def test_a_laut_pronoun_inside_a_framed_quote_only_repeats_the_speaker() -> None:
    found = found_named("Der Bürgermeister sagte, die Kosten des Umbaus seien laut ihm viel zu hoch gewesen.")
    assert len(found) == 1


def test_a_so_source_inside_a_framed_quote_sources_the_words_before_it_a_second_time() -> None:
    found = found_named("Der Verein erklärte, die Halle müsse, so der Vorstand, noch im Mai saniert werden.")
    assert ("Indirect", "die Halle müsse", "der Vorstand") in found
