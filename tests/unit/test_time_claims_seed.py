"""The seed article's dates and conjectures (issue 6), analysed once for all checks."""

from __future__ import annotations

import pytest

from testpaths import SEED, needs

pytestmark = needs(SEED)


@pytest.fixture(scope="module")
def seed():
    import presslens

    return presslens.analyze(SEED)


def test_seed_dates(seed) -> None:
    found = {seed.span_text(t): t for t in seed.layer("timexes")}
    assert (found["Ende Februar 2024"]["value"], found["Ende Februar 2024"]["mod"]) == ("2024-02", "END")
    assert found["7. März 2024"]["value"] == "2024-03-07"
    assert found["Dienstag"]["value"] == "2024-03-05"
    assert found["vergangenen Jahr"]["value"] == "2023"


def test_seed_timeline_is_in_date_order(seed) -> None:
    dates = [entry["date"] for entry in seed.layer("timeline")]
    assert dates == ["2023", "2024-02", "2024-03-05", "2024-03-07"]


def test_seed_conjectures_are_not_asserted(seed) -> None:
    by_opening = {seed.span_text(c)[:24]: c["label"] for c in seed.layer("claims")}
    for opening in ("Vermutlich wollte Macron", "Vermutlich haben sich di", "Denkbar ist, dass Kräfte", "Möglich wäre also ohne W", "Aber das liegt im Bereic"):
        assert by_opening[opening] != "asserted", opening
    assert seed.profile["certainty"]["speculative"] > 0
