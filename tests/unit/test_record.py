"""The record contract: JSON form, id, schema validation, round trip."""

from __future__ import annotations

import hashlib

import jsonschema
import pytest

from presslens.readers.text import read_text
from presslens.record import SCHEMA_ID, Article, validate


def test_record_round_trips_and_validates() -> None:
    article = read_text("Titel\n\nEin Absatz.", raw=True)
    record = article.to_dict()
    validate(record)
    assert record["schema"] == SCHEMA_ID
    assert record["id"] == hashlib.sha256(record["text"].encode()).hexdigest()
    assert Article.from_dict(record).to_dict() == record


def test_schema_rejects_a_broken_record() -> None:
    record = read_text("Ein Absatz.", raw=True).to_dict()
    del record["metadata"]["authors"]
    with pytest.raises(jsonschema.ValidationError):
        validate(record)


def test_span_outside_text_is_rejected() -> None:
    record = read_text("Kurz.", raw=True).to_dict()
    record["layers"]["paragraphs"].append({"start": 0, "end": 99, "section": 0})
    with pytest.raises(ValueError):
        validate(record)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("metadata", "published"), "21. März 2024"),
        (("metadata", "authors"), [""]),
        (("metadata", "links"), [{"url": "example.org", "label": None}]),
    ],
)
def test_schema_rejects_malformed_metadata(path: tuple[str, str], value) -> None:
    record = read_text("Ein Absatz.", raw=True).to_dict()
    record[path[0]][path[1]] = value
    with pytest.raises(jsonschema.ValidationError):
        validate(record)


def test_schema_requires_reference_marker_and_style() -> None:
    record = read_text("Er sagte „ja“ (1).", raw=True).to_dict()
    del record["layers"]["references"][0]["style"]
    with pytest.raises(jsonschema.ValidationError):
        validate(record)
