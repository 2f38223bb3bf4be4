"""The timexes stage: German and English expressions, TIMEX3 values, anchoring rules, robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.record import Article
from presslens.stages.timexes import find_timexes


def timexes(text: str, language: str, published: str | None = "2024-03-21", **layers) -> dict[str, dict]:
    """Run the stage on a hand-built record; map each annotated string to its item."""
    article = Article(text=text, language=language)
    article.metadata["published"] = published
    article.layers.update(layers)
    find_timexes(article)
    return {article.span_text(t): t for t in article.layers["timexes"]}


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value", "mod"),
    [
        ("Das Treffen fand Ende Februar 2024 statt.", "Ende Februar 2024", "DATE", "2024-02", "END"),
        ("Am 7. März 2024 hatte die Regierung entschieden.", "7. März 2024", "DATE", "2024-03-07", None),
        ("Die Offensive im vergangenen Jahr scheiterte.", "vergangenen Jahr", "DATE", "2023", None),
        ("Anfang März wurde gewählt.", "Anfang März", "DATE", "2024-03", "START"),
        ("Mitte der Woche wurde verhandelt.", "Mitte der Woche", "DATE", "2024-W12", "MID"),
        ("Gestern wurde gewählt.", "Gestern", "DATE", "2024-03-20", None),
        ("Das geschah vor drei Tagen.", "vor drei Tagen", "DATE", "2024-03-18", None),
        ("Sie streiken seit drei Wochen.", "drei Wochen", "DURATION", "P3W", None),
        ("Er kommt jeden Montag.", "jeden Montag", "SET", "XXXX-WXX-1", None),
        ("Der Zug fuhr um 13.56 Uhr ab.", "13.56 Uhr", "TIME", "2024-03-21T13:56", None),
        ("Die Sitzung dauerte 5 Stunden und 24 Minuten.", "5 Stunden und 24 Minuten", "DURATION", "PT5H24M", None),
        ("Im ersten Quartal 2007 startet es.", "ersten Quartal 2007", "DATE", "2007-Q1", None),
        ("Karfreitag blieb ruhig.", "Karfreitag", "DATE", "2024-03-29", None),
        ("Anfang der 1920er-Jahre lebte sie in Wien.", "Anfang der 1920er-Jahre", "DATE", "192", "START"),
        ("Derzeit wird verhandelt.", "Derzeit", "DATE", "PRESENT_REF", None),
        ("Zur Zeit wird verhandelt.", "Zur Zeit", "DATE", "PRESENT_REF", None),
        ("Man will in Zukunft mehr tun.", "in Zukunft", "DATE", "FUTURE_REF", None),
    ],
)
def test_german_expressions(text: str, expression: str, kind: str, value: str, mod: str | None) -> None:
    found = timexes(text, "de")
    assert expression in found, found
    assert (found[expression]["type"], found[expression]["value"], found[expression]["mod"]) == (kind, value, mod)


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value", "mod"),
    [
        ("He resigned last Tuesday.", "last Tuesday", "DATE", "2024-03-19", None),
        ("Prices will rise next month.", "next month", "DATE", "2024-04", None),
        ("The talks collapsed three days ago.", "three days ago", "DATE", "2024-03-18", None),
        ("Officials said Monday the plan failed.", "Monday", "DATE", "2024-03-18", None),
        ("It happened at the end of August.", "the end of August", "DATE", "2023-08", "END"),
        ("Checks lapsed from 10:30 p.m. Aug. 9 to dawn.", "10:30 p.m. Aug. 9", "TIME", "2023-08-09T22:30", None),
        ("Black Friday 2019 is huge.", "Black Friday 2019", "DATE", "2019-11-29", None),
        ("They ended an 18-year insurgency.", "18-year", "DURATION", "P18Y", None),
        ("It took less than a week.", "less than a week", "DURATION", "P1W", "LESS_THAN"),
        ("The open thread is quarterly.", "quarterly", "SET", "P3M", None),
        ("The plan for the first half of 2020 was shared.", "the first half of 2020", "DATE", "2020-H1", None),
    ],
)
def test_english_expressions(text: str, expression: str, kind: str, value: str, mod: str | None) -> None:
    found = timexes(text, "en")
    assert expression in found, found
    assert (found[expression]["type"], found[expression]["value"], found[expression]["mod"]) == (kind, value, mod)


def test_modal_may_and_ages_are_not_timexes() -> None:
    found = timexes("He may resign. A 43-year-old man was hurt.", "en")
    assert found == {}


def test_weekday_in_past_reporting_is_the_nearest_before_the_dateline() -> None:
    found = timexes("Am Dienstag hat die Regierung entschieden.", "de")
    assert found["Dienstag"]["value"] == "2024-03-19"
    assert found["Dienstag"]["anchor"] == "2024-03-21"


def test_weekday_in_german_future_reporting_lies_ahead() -> None:
    assert timexes("Der Airbus startet am Mittwoch.", "de", published="2005-04-25")["Mittwoch"]["value"] == "2005-04-27"


def test_weekday_inside_a_quote_is_anchored_to_the_quoted_context() -> None:
    text = "Am 7. März 2024 hatte die Regierung mitgeteilt, dass „man sich anschließen wird. Am Dienstag hat sich auch Frankreich angeschlossen“ (9)."
    start = text.index("„")
    end = text.index("“") + 1
    layers = {
        "sentences": [{"start": 0, "end": text.index("wird.") + 5}, {"start": text.index("Am Dienstag"), "end": len(text)}],
        "quotes": [{"spans": [{"start": start, "end": end}], "type": "Direct", "cue": None, "speaker": None, "addressee": None, "reference": "9"}],
    }
    found = timexes(text, "de", **layers)
    assert found["Dienstag"]["value"] == "2024-03-05"
    assert found["Dienstag"]["anchor"] == "2024-03-07"


def test_anaphoric_expression_follows_the_last_date_of_the_narrative() -> None:
    found = timexes("Am 12. Mai 2001 erschien der erste Artikel. Etwa drei Jahre später wurde die Marke überschritten.", "de", published="2009-12-27")
    assert (found["Etwa drei Jahre später"]["value"], found["Etwa drei Jahre später"]["mod"]) == ("2004", "APPROX")


def test_without_a_dateline_relative_values_stay_underspecified() -> None:
    found = timexes("Am Dienstag wurde gewählt, gestern gezählt.", "de", published=None)
    assert found["Dienstag"]["value"] == "XXXX-WXX-2"
    assert found["gestern"]["value"] == "XXXX-XX-XX"
    assert found["gestern"]["anchor"] is None


def test_unsupported_language_gives_an_empty_layer() -> None:
    assert timexes("Le 7 mars 2024, le gouvernement a annoncé.", "fr") == {}


PIECES = list("0123456789 .:,-/aeimnorstuMDJAFSäü\n„“") + ["März ", "Montag ", "vor ", "Uhr ", "Tagen ", "Ende ", "2024", "next ", "May ", "ago ", "p.m. ", "jeden ", "seit "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=80), st.sampled_from(["de", "en"]))
def test_spans_are_exact_and_disjoint_on_arbitrary_text(text: str, language: str) -> None:
    article = Article(text=text, language=language)
    article.metadata["published"] = "2024-03-21"
    items = find_timexes(article).layers["timexes"]
    previous_end = 0
    for item in items:
        assert 0 <= item["start"] < item["end"] <= len(text)
        assert item["start"] >= previous_end
        assert text[item["start"] : item["end"]].strip() == text[item["start"] : item["end"]]
        assert item["type"] in {"DATE", "TIME", "DURATION", "SET"}
        previous_end = item["end"]


@pytest.mark.parametrize(
    ("text", "language", "expression", "value"),
    [
        ("Am Dienstag unterschrieb Scholz den Vertrag.", "de", "Dienstag", "2024-03-19"),
        ("Der Vertrag wird am Dienstag unterschrieben werden.", "de", "Dienstag", "2024-03-26"),
        ("Scholz wrote to Macron on Tuesday.", "en", "Tuesday", "2024-03-19"),
        ("Scholz will meet Macron on Tuesday.", "en", "Tuesday", "2024-03-26"),
    ],
)
def test_tense_decides_the_direction_of_a_bare_weekday(text: str, language: str, expression: str, value: str) -> None:
    assert timexes(text, language)[expression]["value"] == value
