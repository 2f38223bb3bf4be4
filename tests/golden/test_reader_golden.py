"""The plain-text reader reproduces the reviewed golden records of every fixture."""

from __future__ import annotations

import json

import pytest

from presslens.record import validate
from presslens.readers.text import read_text_bytes

from .reader_golden import current, fixtures, golden_path


@pytest.mark.parametrize("fixture", fixtures(), ids=lambda p: p.stem)
def test_reader_matches_golden_record(fixture) -> None:
    expected = json.loads(golden_path(fixture).read_text(encoding="utf-8"))
    assert current(fixture) == expected


@pytest.mark.parametrize("fixture", fixtures(), ids=lambda p: p.stem)
def test_fixture_record_is_valid_and_spans_are_exact(fixture) -> None:
    record = read_text_bytes(fixture.read_bytes(), path=fixture.name).to_dict()
    validate(record)
    text = record["text"]
    for section in record["layers"]["sections"]:
        if section["heading"]:
            assert "\n" not in text[section["heading"]["start"] : section["heading"]["end"]]
    for paragraph in record["layers"]["paragraphs"]:
        piece = text[paragraph["start"] : paragraph["end"]]
        assert piece == piece.strip() and "\n\n" not in piece
    for reference in record["layers"]["references"]:
        assert reference["marker"] in text[reference["start"] : reference["end"]] or reference["style"] == "superscript"
