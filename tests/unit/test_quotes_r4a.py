"""Quote rules of helper round 4 (r4a): speakers of found quotes."""

from __future__ import annotations

from quote_rows import found


def test_a_clause_joined_by_und_has_its_own_subject() -> None:
    quotes = found("Das war nicht der erste Streit um die Mauer und die Anwohner befürchten, dass es nicht der letzte sein wird.")
    assert quotes == [("Indirect", "dass es nicht der letzte sein wird", "die Anwohner")]
    quotes = found("Die Anwohner protestierten und befürchten, dass es nicht der letzte Streit sein wird.")
    assert [speaker for _, _, speaker in quotes] == ["Die Anwohner"]


def test_und_in_a_compound_or_a_quotation_joins_no_clause() -> None:
    quotes = found("Der Minister hatte besonders die Rolle der Fraktions- und Parteivorsitzenden betont: „Die Entscheidungen fallen im Kreise der Vorsitzenden.“")
    assert [speaker for _, _, speaker in quotes] == ["Der Minister"]
