"""Layout repair and furniture rules of the plain-text reader, one behaviour per test."""

from __future__ import annotations

import pytest

import presslens
from presslens.readers.text import read_text


def paragraphs(text: str) -> list[str]:
    article = read_text(text)
    return [article.span_text(p) for p in article.layers["paragraphs"]]


def headings(text: str) -> list[str | None]:
    article = read_text(text)
    return [article.span_text(s["heading"]) if s["heading"] else None for s in article.layers["sections"]]


def test_paragraph_broken_mid_sentence_is_rejoined_and_marked_repaired() -> None:
    article = read_text("Erster Absatz.\n\nPutin soll nicht glauben, dass die Reaktionen\n\ndes Westens leicht auszurechnen seien.")
    assert [article.span_text(p) for p in article.layers["paragraphs"]] == [
        "Erster Absatz.", "Putin soll nicht glauben, dass die Reaktionen des Westens leicht auszurechnen seien."]
    assert [p["repaired"] for p in article.layers["paragraphs"]] == [False, True]


def test_break_before_a_capitalised_noun_is_rejoined_after_a_long_fragment() -> None:
    text = ("Vorher.\n\nAuch der Mitschnitt über den Angriff auf die Brücke wirft\n\n"
            "Fragen auf. War die Ausarbeitung des Plans eine Anweisung von oben?")
    assert paragraphs(text)[-1] == ("Auch der Mitschnitt über den Angriff auf die Brücke wirft Fragen auf. "
                                    "War die Ausarbeitung des Plans eine Anweisung von oben?")


def test_two_real_paragraphs_are_never_joined() -> None:
    text = "Einleitung.\n\nDer erste Absatz endet hier.\n\nder zweite beginnt klein, ist aber eigenständig?\n\nDer dritte."
    assert paragraphs(text) == ["Einleitung.", "Der erste Absatz endet hier.", "der zweite beginnt klein, ist aber eigenständig?",
                                "Der dritte."]


def test_short_paragraph_without_full_stop_stays_a_paragraph() -> None:
    text = "Erster Absatz.\n\nSein Fazit: „Abwarten“\n\nDanach ging es weiter.\n\nFortsetzung folgt"
    assert paragraphs(text) == ["Erster Absatz.", "Sein Fazit: „Abwarten“", "Danach ging es weiter.", "Fortsetzung folgt"]
    assert headings(text) == [None]


def test_heading_ending_with_question_mark_is_a_heading_and_not_joined() -> None:
    text = "Erster Absatz.\n\nWer bezahlt das?\n\nDie Kosten sind offen."
    assert headings(text) == [None, "Wer bezahlt das?"]
    assert paragraphs(text) == ["Erster Absatz.", "Die Kosten sind offen."]


def test_heading_is_never_joined_to_the_paragraph_after_it() -> None:
    text = "Ein Absatz.\n\nAufbruch\n\nDie Ereignisse seit der Offensive spielen Russland in die Hände."
    assert headings(text) == [None, "Aufbruch"]


def test_markdown_headings_and_emphasis() -> None:
    article = read_text("Einleitung.\n\n## Der Plan\n\nEin **wichtiger** Absatz.")
    assert article.text == "Einleitung.\n\nDer Plan\n\nEin wichtiger Absatz."
    assert article.span_text(article.layers["sections"][1]["heading"]) == "Der Plan"


@pytest.mark.parametrize(
    ("wrapped", "joined"),
    [
        ("Die Ausgaben für die Ver-\nteidigung sollen im nächsten Jahr deutlich steigen.", "Verteidigung"),
        ("Auch die Entsendung von NATO-\nTruppen an die Ostflanke war sehr umstritten.", "NATO-Truppen"),
        ("Geregelt werden auch die Ein-\nund Ausfuhr von Gütern aller Art in diesem Jahr.", "Ein- und Ausfuhr"),
        ("The report describes a long-term plan and the costs of a long-\nterm plan in detail here.", "long-term plan in"),
    ],
)
def test_line_end_hyphens(wrapped: str, joined: str) -> None:
    text = paragraphs("Titel\n\n" + wrapped + "\n\nEnde.")[0]
    assert joined in text and "\n" not in text


def test_dateline_like_sentence_in_the_body_stays_in_the_body() -> None:
    text = "Titel\n\nEin Absatz.\n\nAm Donnerstag, 21. März 2024, 15:00 Uhr begann die Sitzung.\n\nEnde."
    article = read_text(text)
    assert article.metadata["published"] is None
    assert "Am Donnerstag, 21. März 2024, 15:00 Uhr begann die Sitzung." in article.text


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Donnerstag, 21. März 2024, 15:00 Uhr", "published", "2024-03-21T15:00:00+01:00"),
        ("21. Juli 2024, 9:15 Uhr", "published", "2024-07-21T09:15:00+02:00"),
        ("21.03.2024", "published", "2024-03-21"),
        ("March 21, 2024 3:00 PM", "published", "2024-03-21T15:00:00+00:00"),
        ("Mar 21, 2024, 3:00 p.m. EDT", "published", "2024-03-21T15:00:00-04:00"),
        ("Von Anna Berg und Jonas Weber", "authors", ["Anna Berg", "Jonas Weber"]),
        ("By Jane Doe and John Smith", "authors", ["Jane Doe", "John Smith"]),
        ("von Rüdiger Rauls", "authors", ["Rüdiger Rauls"]),
        ("Foto: dpa/Paul Zinken", "image_credit", "dpa/Paul Zinken"),
        ("Image: Reuters", "image_credit", "Reuters"),
        ("Photo: AP Photo/Jane Roe", "image_credit", "AP Photo/Jane Roe"),
    ],
)
def test_head_furniture_goes_to_metadata_not_to_the_body(line: str, field: str, value) -> None:
    article = read_text(f"{line}\n\nDer Titel\n\nDer erste Absatz des Artikels.")
    assert article.metadata[field] == value
    assert article.metadata["title"] == "Der Titel"
    assert article.text == "Der erste Absatz des Artikels."


@pytest.mark.parametrize(("line", "minutes"), [("~8 Minuten Lesezeit", 8), ("8 min read", 8), ("Lesezeit: 3 Min.", 3), ("Reading time: 12 minutes", 12)])
def test_stated_reading_time(line: str, minutes: int) -> None:
    article = read_text(f"Titel\n{line}\n\nEin Absatz.")
    assert article.metadata["reading_time"]["stated_minutes"] == minutes


def test_estimated_reading_time_uses_220_words_a_minute() -> None:
    article = read_text("Titel\n\n" + "Wort " * 440 + "Ende.")
    assert article.metadata["word_count"] == 441
    assert article.metadata["reading_time"]["estimated_minutes"] == 3


@pytest.mark.parametrize(
    ("body", "markers"),
    [
        ("Er sagte, es sei „nicht auszuschließen“ (1) gewesen.", [("1", "parenthesis")]),
        ("Sie nannte es „unbezahlbar“[12]. Mehr nicht.", [("12", "bracket")]),
        ("Das steht im Bericht.⁶ Mehr nicht.", [("6", "superscript")]),
        ("Es ging um „Russlands hybride Kriegsführung“. (8). Ende.", [("8", "parenthesis")]),
        ("Drei Punkte: (1) die Kosten, (2) die Zeit.", []),
        ("Geregelt in Artikel 5 (1) GG und auf 300 m² Fläche im Jahr (2024).", []),
    ],
)
def test_reference_markers(body: str, markers: list[tuple[str, str]]) -> None:
    article = read_text(body, raw=True)
    assert [(r["marker"], r["style"]) for r in article.layers["references"]] == markers
    assert article.text == body


def test_trailing_notes_fill_the_references_and_leave_the_body() -> None:
    article = read_text("Titel\n\nEr sagte „nein“ (1).\n\nQuellen:\n\n(1) https://example.org/a")
    assert article.text == "Er sagte „nein“ (1)."
    assert article.layers["references"][0]["url"] == "https://example.org/a"


def test_raw_analyze_keeps_the_callers_text_and_offsets() -> None:
    text = "  Titel\n\nvon Anna Berg\n\nEin Absatz, der\n\nmitten im Satz bricht (1).\n"
    article = presslens.analyze(text, raw=True)
    assert article.text == text
    assert article.metadata["authors"] == []
    assert [article.span_text(p) for p in article.layers["paragraphs"]][0] == "Titel"
    assert article.span_text(article.layers["references"][0]) == "(1)"


def test_hard_wrapped_text_becomes_paragraphs_but_list_items_stay_apart() -> None:
    text = ("Die Verwaltung hat am Montag einen Plan vorgelegt, der drei Punkte\n"
            "enthält und bis zum Sommer umgesetzt werden soll. Kritik kam sofort.\n"
            "Die Opposition nannte ihn unausgegoren.\n\n"
            "- Die Kosten sollen auf mehrere Jahre verteilt werden, sagt die Stadt.\n"
            "- Die Zuständigkeit wechselt vom Bezirk zum Land, was umstritten ist.\n\n"
            "Eine Entscheidung fällt im Herbst, nachdem der Rechnungshof den Plan\n"
            "geprüft hat.")
    assert paragraphs(text) == [
        "Die Verwaltung hat am Montag einen Plan vorgelegt, der drei Punkte enthält und bis zum Sommer umgesetzt "
        "werden soll. Kritik kam sofort. Die Opposition nannte ihn unausgegoren.",
        "- Die Kosten sollen auf mehrere Jahre verteilt werden, sagt die Stadt.",
        "- Die Zuständigkeit wechselt vom Bezirk zum Land, was umstritten ist.",
        "Eine Entscheidung fällt im Herbst, nachdem der Rechnungshof den Plan geprüft hat.",
    ]


def test_a_lone_paragraph_is_the_body_even_when_it_looks_like_a_bio() -> None:
    article = read_text("Anna Berg, Jahrgang 1970, ist Autorin.")
    assert article.text == "Anna Berg, Jahrgang 1970, ist Autorin."
    assert article.metadata["author_bio"] is None
