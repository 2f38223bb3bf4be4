"""The extraction scorer behind benchmarks/extraction.py."""

from __future__ import annotations

import pytest

from presslens.evaluation.extraction import (
    authors_correct,
    body_overlap,
    date_correct,
    snippet_hits,
    title_correct,
)

TRUTH = "The council met on Monday and agreed on the budget for next year after a long debate."


def test_identical_body_scores_one_and_boilerplate_costs_precision():
    assert body_overlap(TRUTH, TRUTH).f1 == pytest.approx(1.0)
    padded = body_overlap("Home News Sport Weather Subscribe now " + TRUTH, TRUTH)
    assert padded.recall == pytest.approx(1.0) and padded.precision < 0.8


def test_missing_half_the_body_costs_recall_and_empty_scores_zero():
    half = body_overlap(" ".join(TRUTH.split()[:9]), TRUTH)
    assert half.precision == pytest.approx(1.0) and 0.3 < half.recall < 0.6
    assert body_overlap("", TRUTH).f1 == 0.0


def test_snippets_ignore_whitespace_differences():
    assert snippet_hits("agreed on\nthe  budget", ["agreed on the budget", "long debate"], ["Subscribe", "budget"]) == (1, 1)


@pytest.mark.parametrize(("predicted", "truth", "expected"), [
    ("„Brücken über die Oder“", "Brücken über die Oder", True),
    ("BRÜCKEN  über die Oder.", "Brücken über die Oder", True),
    ("Brücken über die Oder | Zeitung", "Brücken über die Oder", False),
    (None, "", True),
])
def test_title_normalisation(predicted, truth, expected):
    assert title_correct(predicted, truth) is expected


def test_authors_compare_as_sets_and_dates_on_the_day():
    assert authors_correct(["Tom Muster", "Jana Beispiel"], "Jana Beispiel und Tom Muster")
    assert authors_correct("Sadhbh O'Sullivan; Elisabeth Kochan", "SADHBH O'SULLIVAN, ELISABETH KOCHAN")
    assert not authors_correct(["Jana Beispiel"], "")
    assert date_correct("2024-03-21T15:00:00+01:00", "2024-03-21") and date_correct(None, "")
    assert not date_correct("2024-03-22", "2024-03-21")
