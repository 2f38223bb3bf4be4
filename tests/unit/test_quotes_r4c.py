"""Quote rules of round 4c: speakers the frame found no subject for."""

from __future__ import annotations

from quote_rows import found


def test_clause_opening_als_with_verb_last_is_when_not_a_role() -> None:
    text = "Als Hamburgs Bürgermeister Klaus Weber am Sonntag sagte, dass die Brücke marode sei, lachten alle."
    assert [row[2] for row in found(text)] == ["Hamburgs Bürgermeister Klaus Weber"]
    assert [row[2] for row in found("Als Sprecher der Partei sagte er, dass die Brücke marode sei.")] == ["er"]


def test_an_age_adjective_after_an_article_is_the_speaker() -> None:
    text = "Am Dienstag erklärte die 67-jährige, dass der Garten verwildert sei."
    assert [row[2] for row in found(text)] == ["die 67-jährige"]
    text = "Am Dienstag erklärte die 67-jährige Gärtnerin, dass der Garten verwildert sei."
    assert [row[2] for row in found(text)] == ["die 67-jährige Gärtnerin"]


def test_a_verb_after_comma_and_aber_shares_the_subject_before() -> None:
    text = "Die Bürgermeisterin wollte sich nicht festlegen, sagte aber, die Stadt müsse sparen."
    assert [row[2] for row in found(text)] == ["Die Bürgermeisterin"]


def test_a_fronted_aus_phrase_is_the_source_of_verlauten() -> None:
    text = "Aus Regierungskreisen verlautete am Abend, der Plan sei gescheitert."
    assert [row[2] for row in found(text)] == ["Regierungskreisen"]
