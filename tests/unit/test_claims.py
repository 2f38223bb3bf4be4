"""The claims stage: certainty labels, cue spans, negation, quoted hedges, sourcing, profile."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.record import Article
from presslens.stages.claims import classify_claims


def claims(text: str, language: str = "de", **layers) -> list[tuple[str, list[str], bool | None]]:
    """(label, cue strings, sourced) per sentence of a hand-built record."""
    article = Article(text=text, language=language)
    article.layers.update(layers)
    classify_claims(article)
    return [(c["label"], [article.span_text(cue) for cue in c["cues"]], c["sourced"]) for c in article.layers["claims"]]


@pytest.mark.parametrize(
    ("text", "language", "label", "cue"),
    [
        ("Vermutlich wollte Macron das Kräfteverhältnis offen darstellen.", "de", "hedged", "Vermutlich"),
        ("Die Entsendung scheint auf Widerstand zu stoßen.", "de", "hedged", "scheint"),
        ("Der Täter soll geflohen sein.", "de", "hedged", "soll geflohen sein"),
        ("Denkbar ist, dass die USA den Konflikt beenden wollen.", "de", "speculative", "Denkbar ist"),
        ("Möglich wäre also auch eine Indiskretion.", "de", "speculative", "Möglich wäre"),
        ("Aber das liegt im Bereich der Spekulation.", "de", "speculative", "im Bereich der Spekulation"),
        ("Laut Polizei wurden drei Menschen verletzt.", "de", "attributed", "Laut"),
        ("Die Angreifer seien Extremisten, hieß es.", "de", "attributed", "hieß es"),
        ("Wollte man den Kriegseintritt provozieren?", "de", "question", "?"),
        ("The company is reportedly under investigation.", "en", "hedged", "reportedly"),
        ("The layoffs may begin this week.", "en", "hedged", "may"),
        ("Suppliers are said to be in Taiwan.", "en", "hedged", "are said to"),
        ("The men were flown out, according to a police source.", "en", "attributed", "according to"),
        ("It is conceivable that the talks resume.", "en", "speculative", "It is conceivable"),
        ("Why would anyone do that?", "en", "question", "?"),
    ],
)
def test_labels_and_cues(text: str, language: str, label: str, cue: str) -> None:
    [(got, cues, sourced)] = claims(text, language)
    assert got == label
    assert cue in cues
    assert sourced is None


def test_plain_statement_is_asserted_and_unsourced() -> None:
    assert claims("Die Regierung hat den Vertrag unterschrieben.") == [("asserted", [], False)]


def test_reference_marker_or_quote_sources_an_assertion() -> None:
    assert claims("Der Bundestag hat zugestimmt (4).")[0] == ("asserted", [], True)


def test_negated_possibility_asserts_but_litotes_hedges() -> None:
    assert claims("Eine Einigung ist nicht möglich.")[0][0] == "asserted"
    label, cues, _ = claims("Eine Einigung ist nicht unwahrscheinlich.")[0]
    assert label == "hedged"
    assert cues == ["nicht unwahrscheinlich"]
    assert claims("A deal is not likely.", "en")[0][0] == "asserted"


def test_a_hedge_inside_a_quote_is_the_speakers_not_the_authors() -> None:
    text = "„Das ist vermutlich falsch“, sagte der Minister."
    quote = {"spans": [{"start": 0, "end": text.index("“") + 1}], "type": "Direct", "cue": None, "speaker": {"start": 35, "end": 47, "name": "Minister", "entity": None}, "addressee": None, "reference": None}
    [(label, cues, _)] = claims(text, quotes=[quote])
    assert label == "attributed"
    assert "vermutlich" not in cues
    assert "sagte" in cues


def test_a_quoted_question_is_not_the_authors_question() -> None:
    text = "Er fragte: „Warum schweigt die Regierung?“"
    assert claims(text)[0][0] == "attributed"


def test_one_claim_per_sentence_of_the_sentences_layer() -> None:
    text = "Vermutlich regnet es. Die Sonne scheint. Warum?"
    sentences = [{"start": 0, "end": 21}, {"start": 22, "end": 40}, {"start": 41, "end": 47}]
    labels = [c[0] for c in claims(text, sentences=sentences)]
    assert labels == ["hedged", "asserted", "question"]


def test_profile_shares() -> None:
    article = Article(text="Vermutlich regnet es. Die Sonne scheint. Warum?", language="de")
    article.layers["sentences"] = [{"start": 0, "end": 21}, {"start": 22, "end": 40}, {"start": 41, "end": 47}]
    profile = classify_claims(article).profile["certainty"]
    assert profile["hedged"] == profile["asserted"] == profile["question"] == round(1 / 3, 3)
    assert profile["unsourced"] == round(1 / 3, 3)
    assert profile["speculative"] == profile["attributed"] == 0.0


def test_unsupported_language_and_empty_text() -> None:
    assert claims("Il pleut peut-être.", "fr") == []
    assert claims("", "de") == []


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(["Vermutlich ", "nicht ", "möglich", "laut ", "„", "“", "?", ". ", "Denkbar ist", " (3)", "may ", "said ", "Er ", "sei ", "\n", "x"]), max_size=40).map("".join) | st.text(max_size=60), st.sampled_from(["de", "en"]))
def test_one_well_formed_claim_per_sentence_on_arbitrary_text(text: str, language: str) -> None:
    article = classify_claims(Article(text=text, language=language))
    for claim in article.layers["claims"]:
        assert 0 <= claim["start"] < claim["end"] <= len(text)
        assert claim["label"] in {"asserted", "hedged", "speculative", "question", "attributed"}
        assert (claim["sourced"] is None) == (claim["label"] != "asserted")
        assert all(claim["start"] <= cue["start"] < cue["end"] <= claim["end"] for cue in claim["cues"])
