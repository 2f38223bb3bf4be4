"""German and English POS, lemmas and the Konjunktiv marks the quotes stage relies on."""

from __future__ import annotations

from presslens.readers.text import read_text
from presslens.stages.morphology import german_mood, tag_morphology
from presslens.stages.sentences import split_sentences


def tagged(text: str, language: str = "de"):
    article = read_text(text, raw=True)
    article.language = language
    return {t.text: t for t in tag_morphology(split_sentences(article)).tokens}


def test_german_pos_lemma_and_konjunktiv() -> None:
    tokens = tagged("Pistorius sagte, es sei nicht gelungen, er werde das prüfen und hätte es gewusst.")
    assert tokens["sagte"].pos == "VVFIN" and tokens["sagte"].lemma == "sagen"
    assert tokens["sagte"].morph == "VerbForm=Fin"
    assert tokens["sei"].morph == "VerbForm=Fin|Mood=Sub|Tense=Pres"
    assert tokens["werde"].morph == "VerbForm=Fin|Mood=Sub|Tense=Pres"
    assert tokens["hätte"].morph == "VerbForm=Fin|Mood=Sub|Tense=Past"
    assert tokens["gelungen"].morph is None
    assert tokens["Pistorius"].pos == "NE"


def test_mood_from_form_and_lemma() -> None:
    assert german_mood("könne", "können", "VMFIN") == "VerbForm=Fin|Mood=Sub|Tense=Pres"
    assert german_mood("kann", "können", "VMFIN") == "VerbForm=Fin"
    assert german_mood("sollte", "sollen", "VMFIN") == "VerbForm=Fin"
    assert german_mood("gehöre", "gehören", "VVFIN") == "VerbForm=Fin|Mood=Sub|Tense=Pres"
    assert german_mood("gehört", "gehören", "VVFIN") == "VerbForm=Fin"


def test_english_is_tagged_too() -> None:
    tokens = tagged("The minister said the plan was dead.", "en")
    assert tokens["said"].pos == "VVD" and tokens["said"].lemma == "say"
    assert tokens["said"].morph == "VerbForm=Fin"
    assert tokens["minister"].morph is None


def test_unknown_compounds_are_tagged_by_their_head() -> None:
    tokens = tagged("Die Kommunikationswege der CEE-Sparte und die Sammelstellen waren sicher.")
    assert (tokens["Kommunikationswege"].pos, tokens["Kommunikationswege"].lemma) == ("NN", "Kommunikationsweg")
    assert (tokens["Sammelstellen"].pos, tokens["Sammelstellen"].lemma) == ("NN", "Sammelstelle")
    assert (tokens["CEE-Sparte"].pos, tokens["CEE-Sparte"].lemma) == ("NN", "CEE-Sparte")


def test_long_tokens_are_their_own_lemma() -> None:
    url = "https://example.org/" + "abc/" * 30
    tokens = tagged(f"Siehe {url} dazu.")
    assert tokens[url].lemma == url and tokens[url].pos


def test_a_very_long_sentence_is_tagged_in_windows(monkeypatch) -> None:
    from presslens.stages import morphology

    monkeypatch.setattr(morphology, "MAX_TAGGED_TOKENS", 7)
    tokens = tagged("und dann sagte Olaf Scholz , er sei froh " * 5)
    assert tokens["sagte"].pos == "VVFIN" and tokens["sei"].morph == "VerbForm=Fin|Mood=Sub|Tense=Pres"

