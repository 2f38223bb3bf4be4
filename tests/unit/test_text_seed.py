"""The founding article (../shared/seed): everything the plain-text reader must get right on it."""

from __future__ import annotations

import pytest

from testpaths import SEED, needs
from presslens.readers.text import read_text_bytes
from presslens.record import validate

pytestmark = [needs(SEED), pytest.mark.shared_data]


@pytest.fixture(scope="module")
def seed():
    return read_text_bytes(SEED.read_bytes(), path=str(SEED))


def test_seed_metadata(seed) -> None:
    meta = seed.metadata
    assert meta["title"] == "Taurus und Macron"
    assert meta["teaser"].startswith("Um ihre Hilflosigkeit angesichts")
    assert meta["authors"] == ["Rüdiger Rauls"]
    assert meta["published"] == "2024-03-21T15:00:00+01:00"
    assert meta["reading_time"]["stated_minutes"] == 8
    assert 6 <= meta["reading_time"]["estimated_minutes"] <= 9
    assert meta["image_credit"] == "Victor Velter/Shutterstock.com"


def test_seed_author_bio_and_its_link(seed) -> None:
    bio = seed.metadata["author_bio"]
    assert bio.startswith("Rüdiger Rauls, Jahrgang 1952, ist Reprograf")
    assert "„Politische Analyse – Eine materialistische Deutung" in bio
    assert "**" not in bio and "https://" not in bio
    assert {"url": "https://ruedigerraulsblog.wordpress.com/", "label": "Politische Analyse"} in seed.metadata["links"]
    assert "Jahrgang 1952" not in seed.text


def test_seed_furniture_is_not_in_the_body(seed) -> None:
    for furniture in ("Donnerstag, 21. März 2024", "Minuten Lesezeit", "Taurus und Macron\n", "von Rüdiger Rauls", "Foto:",
                      "Um ihre Hilflosigkeit"):
        assert furniture not in seed.text
    assert seed.text.startswith("Die Ereignisse rund um den Ukrainekrieg")
    assert seed.text.endswith("die Aussichten auf einen Sieg der Ukraine auch.")


def test_seed_sections(seed) -> None:
    sections = seed.layers["sections"]
    headings = [seed.span_text(s["heading"]) if s["heading"] else None for s in sections]
    assert headings == [None, "Aufbruch", "Irrwege", "Umwege", "Auswege"]


def test_seed_has_27_body_paragraphs_after_repair(seed) -> None:
    paragraphs = seed.layers["paragraphs"]
    assert len(paragraphs) == 27
    assert [sum(p["section"] == i for p in paragraphs) for i in range(5)] == [1, 8, 4, 11, 3]
    texts = [seed.span_text(p) for p in paragraphs]
    assert not any(text in {"Aufbruch", "Irrwege", "Umwege", "Auswege"} for text in texts)


def test_seed_the_five_broken_paragraphs_are_rejoined(seed) -> None:
    repaired = [seed.span_text(p) for p in seed.layers["paragraphs"] if p["repaired"]]
    joins = ["dass die Reaktionen des Westens leicht auszurechnen",
             "sind mitunter sehr verschieden, wie die Reaktionen auf Macrons Ankündigung",
             "Kaum ein Fachmann geht davon aus",
             "die Regeln nicht eingehalten“ (6).",
             "auf die Krim-Brücke wirft Fragen auf. War die Ausarbeitung"]
    assert len(repaired) == 5
    for join, text in zip(joins, repaired, strict=True):
        assert join in text


def test_seed_references_one_to_nine_after_the_quotes(seed) -> None:
    references = seed.layers["references"]
    assert [r["marker"] for r in references] == [str(n) for n in range(1, 10)]
    assert all(r["style"] == "parenthesis" and seed.span_text(r) == f"({r['marker']})" for r in references)
    assert seed.text[references[0]["start"] - 2 : references[0]["start"]] == "“ "
    assert seed.text[references[7]["start"] - 3 : references[7]["end"]] == "“. (8)"


def test_seed_record_is_valid(seed) -> None:
    validate(seed.to_dict())
