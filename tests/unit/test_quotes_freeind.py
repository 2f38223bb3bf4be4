"""Frameless reported speech (FreeIndirect, IndirectFreeIndirect) and the speakers it takes."""

from __future__ import annotations

from presslens import analyze

from quote_rows import rows


def test_present_sollen_right_after_a_quoted_source_goes_on_reporting_it() -> None:
    text = "Der Konzern teilte mit, dass das Werk geschlossen wird. Die Produktion soll nach Polen verlagert werden."
    article = analyze(text, raw=True)
    assert rows(article)[-1] == ("FreeIndirect", "Die Produktion soll nach Polen verlagert werden.", "Der Konzern")


def test_present_sollen_without_a_source_right_before_is_not_speech() -> None:
    text = "Die Stadt baut ein neues Rathaus. Die Eröffnung soll im Herbst stattfinden."
    assert rows(analyze(text, raw=True)) == []


def test_a_counted_group_before_konjunktiv_i_is_not_its_speaker() -> None:
    text = "Alle Bewohner mussten das Haus verlassen. Das Feuer sei im Keller ausgebrochen."
    assert rows(analyze(text, raw=True)) == [("IndirectFreeIndirect", "Das Feuer sei im Keller ausgebrochen.", None)]


def test_hearsay_takes_no_speaker_from_a_name_before_it() -> None:
    text = "Jan Berger verließ am Abend das Lager. Er soll zuvor drei Kisten gestohlen haben."
    assert rows(analyze(text, raw=True)) == [("FreeIndirect", "Er soll zuvor drei Kisten gestohlen haben.", None)]


def test_konjunktiv_ii_after_a_dropped_sollen_sentence_is_not_speech() -> None:
    text = "Die Stadt baut ein neues Rathaus. Die Eröffnung soll im Herbst stattfinden. Dann würden alle Ämter dorthin umziehen."
    assert rows(analyze(text, raw=True)) == []


def test_a_bare_noun_before_konjunktiv_i_is_not_its_speaker() -> None:
    text = "Techniker prüften am Morgen die Anlage. Der Schaden sei gering."
    assert rows(analyze(text, raw=True)) == [("IndirectFreeIndirect", "Der Schaden sei gering.", None)]
