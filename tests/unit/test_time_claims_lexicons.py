"""The temporal and certainty lexicons ship with the package and are well-formed."""

from __future__ import annotations

import re

import pytest

from presslens.stages.claims import load_lexicon
from presslens.stages.time.lexicon import load
from presslens.stages.time.patterns import rules

TIME_KEYS = {"months", "weekdays", "weekday_sets", "parts_of_day", "period_parts", "deictic_days", "relative", "units", "numbers", "vague_numbers", "quantity_mods", "time_mods", "refs", "year_words", "sets", "every", "holidays", "past_cues", "perfect_auxiliaries", "future_cues", "ordinals", "halves", "quantity_words", "range_words", "time_zones", "past_prepositions"}
CLAIM_KEYS = {"hedges", "hedge_patterns", "negators", "negation_cancels", "not_cues", "speculation", "attribution", "attribution_patterns", "reported_speech", "reported_speech_blockers", "source_patterns"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_time_lexicon_is_complete_and_lower_case(language: str) -> None:
    lex = load(language)
    assert TIME_KEYS <= set(lex)
    assert sorted(set(lex["months"].values())) == list(range(1, 13))
    assert sorted(set(lex["weekdays"].values())) == list(range(1, 8))
    assert set(lex["units"].values()) <= {"S", "MIN", "H", "D", "W", "WE", "M", "Q", "Y", "DE"}
    assert set(lex["period_parts"].values()) <= {"START", "MID", "END"}
    for key in TIME_KEYS - {"time_zones"}:
        words = lex[key] if isinstance(lex[key], list) else list(lex[key])
        assert all(isinstance(w, str) and w == w.lower() for w in words), key
    assert rules(language), "patterns compile"


@pytest.mark.parametrize("language", ["de", "en"])
def test_claims_lexicon_is_complete_and_compiles(language: str) -> None:
    lex = load_lexicon(language)
    assert CLAIM_KEYS <= set(lex)
    for key in CLAIM_KEYS:
        assert isinstance(lex[key], list) and all(isinstance(w, str) and w for w in lex[key]), key
    for key in ("hedge_patterns", "attribution_patterns", "source_patterns"):
        for pattern in lex[key]:
            re.compile(pattern)
    assert set(lex["negation_cancels"]) <= set(lex["hedges"])
    assert not set(lex["hedges"]) & set(lex["attribution"])


def test_unsupported_language_has_no_lexicon() -> None:
    with pytest.raises(KeyError):
        load("fr")
