"""The record: one canonical text and the layers of spans that annotate it.

Every annotation is a character span into `Article.text`; nothing copies the
text. The JSON form is the contract documented in docs/record.md and checked
by schema/article.schema.json.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

SCHEMA_ID = "presslens.article/1"

#: Layer names in the order they appear in the JSON record. Reserved names a
#: stage has not produced yet are simply absent from `Article.layers`.
LAYER_NAMES: tuple[str, ...] = (
    "sections",
    "paragraphs",
    "references",
    "sentences",
    "entities",
    "quotes",
    "timexes",
    "timeline",
    "claims",
)

METADATA_FIELDS: tuple[str, ...] = (
    "title",
    "teaser",
    "authors",
    "published",
    "image_credit",
    "reading_time",
    "word_count",
    "author_bio",
    "links",
)


def empty_metadata() -> dict[str, Any]:
    """Metadata with every documented field present and unset."""
    return {
        "title": None,
        "teaser": None,
        "authors": [],
        "published": None,
        "image_credit": None,
        "reading_time": {"stated_minutes": None, "estimated_minutes": None},
        "word_count": 0,
        "author_bio": None,
        "links": [],
    }


@dataclass
class Token:
    """A token of the canonical text, shared between stages of one run; not serialised."""

    start: int
    end: int
    text: str
    pos: str | None = None
    lemma: str | None = None
    morph: str | None = None


@dataclass
class Article:
    """One article: the canonical text, where it came from, metadata and layers."""

    text: str
    source: dict[str, Any] = field(default_factory=lambda: {"path": None, "url": None, "format": "text"})
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=empty_metadata)
    layers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: The stages that ran on this record, in order, with their wall time.
    stages: list[dict[str, Any]] = field(default_factory=list)
    #: Article-level summaries computed by stages (for example the certainty profile).
    profile: dict[str, Any] = field(default_factory=dict)
    #: Per-run scratch shared between stages (tokens, morphology); never serialised.
    tokens: list[Token] = field(default_factory=list, repr=False, compare=False)

    @property
    def id(self) -> str:
        """sha256 of the canonical text: the same text is the same record."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def layer(self, name: str) -> list[dict[str, Any]]:
        """The named layer, empty when no stage produced it."""
        return self.layers.get(name, [])

    def span_text(self, span: dict[str, Any]) -> str:
        """The exact string a span annotates."""
        return self.text[span["start"] : span["end"]]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record (a copy: changing it leaves the article alone)."""
        return copy.deepcopy(self.record_view())

    def record_view(self) -> dict[str, Any]:
        """The record sharing this article's values, for serialising at once (no copy: never change it)."""
        ordered = {name: self.layers[name] for name in LAYER_NAMES if name in self.layers}
        extra = {name: value for name, value in self.layers.items() if name not in ordered}
        return {
            "schema": SCHEMA_ID,
            "id": self.id,
            "source": self.source,
            "language": self.language,
            "metadata": self.metadata,
            "text": self.text,
            "layers": {**ordered, **extra},
            "profile": self.profile,
            "stages": self.stages,
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The record as JSON text (UTF-8, not ASCII-escaped)."""
        return json.dumps(self.record_view(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from its JSON form; the id is recomputed, not trusted."""
        if data.get("schema") != SCHEMA_ID:
            raise ValueError(f"not a {SCHEMA_ID} record: schema is {data.get('schema')!r}")
        metadata = empty_metadata()
        metadata.update(copy.deepcopy(data.get("metadata", {})))
        return cls(
            text=data["text"],
            source=copy.deepcopy(data.get("source", {})),
            language=data.get("language"),
            metadata=metadata,
            layers=copy.deepcopy(data.get("layers", {})),
            stages=copy.deepcopy(data.get("stages", [])),
            profile=copy.deepcopy(data.get("profile", {})),
        )


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the record, as shipped in the package."""
    with resources.files("presslens.schema").joinpath("article.schema.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def validate(record: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` or `ValueError` when a record breaks the contract."""
    import jsonschema

    jsonschema.validate(record, load_schema())
    text = record["text"]
    for name, items in record["layers"].items():
        for item in items:
            for span in iter_spans(item):
                if not 0 <= span["start"] <= span["end"] <= len(text):
                    raise ValueError(f"{name}: span {span['start']}-{span['end']} outside the text")


def iter_spans(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span an annotation carries, nested ones included (mentions, quote spans, cues)."""
    found: list[dict[str, Any]] = []
    if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
        found.append(item)
    for value in item.values():
        if isinstance(value, dict):
            found.extend(iter_spans(value))
        elif isinstance(value, list):
            for element in value:
                if isinstance(element, dict):
                    found.extend(iter_spans(element))
    return found
