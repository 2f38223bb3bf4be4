"""Rows of the queryable tables, derived from whichever layers a record has.

The store keeps the full record; these rows are a projection of it. A layer
that is absent gives no rows, and a layer added later is picked up the next
time a record carrying it is written, without touching the schema.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..record import Article
from .trace import norm_hash, normalise

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class Rows:
    """Everything one article contributes to the store, table by table.

    Layer rows leave out the article column: the store puts the article's
    integer rowid in front when it writes them.
    """

    article: dict[str, Any]
    entities: list[tuple] = field(default_factory=list)
    mentions: list[tuple] = field(default_factory=list)
    #: (row, the quote's text): the text is stored only for quotes of several spans.
    quotes: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    timexes: list[tuple] = field(default_factory=list)
    timeline: list[tuple] = field(default_factory=list)
    claims: list[tuple] = field(default_factory=list)


def name_key(name: str) -> str:
    """The grouping key of an entity or speaker name across articles."""
    return " ".join(name.casefold().split())


def derive(article: Article) -> Rows:
    """All rows for `article`."""
    entity_names = _entity_names(article)
    rows = Rows(article=_article_row(article))
    for idx, entity in enumerate(article.layer("entities")):
        mentions = entity.get("mentions") or []
        name = entity.get("name") or (article.span_text(mentions[0]) if mentions else "")
        if not name:
            continue
        rows.entities.append((idx, entity.get("id"), entity.get("label"), name, name_key(name), len(mentions)))
        rows.mentions.extend((idx, m["start"], m["end"]) for m in {m["start"]: m for m in mentions}.values())
    for idx, quote in enumerate(article.layer("quotes")):
        row = _quote_row(article, idx, quote, entity_names)
        if row is not None:
            rows.quotes.append(row)
    for idx, timex in enumerate(article.layer("timexes")):
        rows.timexes.append((idx, timex["start"], timex["end"], timex.get("type"), _str(timex.get("value")),
                             timex.get("mod"), _str(timex.get("anchor")), article.span_text(timex)))
    rows.timeline = _timeline_rows(article, entity_names)
    for idx, claim in enumerate(article.layer("claims")):
        sourced = claim.get("sourced")
        rows.claims.append((idx, claim["start"], claim["end"], claim.get("label"),
                            None if sourced is None else int(bool(sourced))))
    return rows


def article_columns(article: Article) -> dict[str, Any]:
    """The metadata every flat view of an article shares (store table, Parquet, CSV)."""
    meta = article.metadata
    word_count = meta.get("word_count")
    return {
        "id": article.id,
        "title": meta.get("title"),
        "published": meta.get("published"),
        "language": article.language,
        "authors": [str(a) for a in meta.get("authors") or []],
        "source_path": article.source.get("path"),
        "source_url": article.source.get("url"),
        "source_format": article.source.get("format"),
        "word_count": word_count if isinstance(word_count, int) else None,
    }


def _article_row(article: Article) -> dict[str, Any]:
    row = article_columns(article)
    published = row["published"]
    row["published_date"] = published[:10] if isinstance(published, str) and _DATE.match(published) else None
    row["authors"] = json.dumps(row["authors"], ensure_ascii=False)
    row["layers"] = json.dumps(sorted(article.layers), ensure_ascii=False)
    row["text"] = article.text
    return row


def _entity_names(article: Article) -> dict[str, str]:
    return {str(e["id"]): e["name"] for e in article.layer("entities") if e.get("id") is not None and e.get("name")}


def _quote_row(article: Article, idx: int, quote: dict[str, Any], names: dict[str, str]) -> tuple[dict[str, Any], str] | None:
    spans = quote.get("spans") or []
    if not spans:
        return None
    text = " … ".join(article.span_text(span) for span in spans)
    speaker = quote.get("speaker") or None
    speaker_name = speaker_entity = None
    if speaker:
        speaker_entity = names.get(str(speaker.get("entity"))) if speaker.get("entity") is not None else None
        speaker_name = speaker.get("name") or speaker_entity or _span_text(article, speaker)
    row = {
        "idx": idx,
        "type": quote.get("type"),
        "cue": _span_text(article, quote.get("cue")),
        "speaker": speaker_name,
        "speaker_entity": speaker_entity,
        "speaker_norm": name_key(speaker_entity or speaker_name) if (speaker_entity or speaker_name) else None,
        "addressee": _addressee(article, quote.get("addressee")),
        "reference": _str(quote.get("reference")),
        "start": min(s["start"] for s in spans),
        "end": max(s["end"] for s in spans),
        "text": text if len(spans) > 1 else None,
        "norm_hash": norm_hash(normalise(text)),
    }
    return row, text


def _timeline_rows(article: Article, names: dict[str, str]) -> list[tuple]:
    """The timeline layer when present, else resolved dates placed in their sentences."""
    entries = article.layer("timeline")
    if entries:
        rows = []
        for idx, entry in enumerate(entries):
            date = entry.get("value") or entry.get("date")
            sentence = entry.get("sentence") if isinstance(entry.get("sentence"), dict) else entry.get("timex")
            start, end = (sentence["start"], sentence["end"]) if isinstance(sentence, dict) else (None, None)
            entities = [_entity_name(e, names) for e in entry.get("entities") or []]
            rows.append((idx, _str(date), start, end, json.dumps([e for e in entities if e], ensure_ascii=False)))
        return rows
    sentences = article.layer("sentences") or article.layer("paragraphs")
    mentions = [(m["start"], e["name"]) for e in article.layer("entities") if e.get("name") for m in e.get("mentions") or []]
    rows = []
    for timex in article.layer("timexes"):
        if timex.get("type") not in (None, "DATE", "TIME") or not timex.get("value"):
            continue
        span = next((s for s in sentences if s["start"] <= timex["start"] < s["end"]), timex)
        acting = list(dict.fromkeys(name for start, name in mentions if span["start"] <= start < span["end"]))
        rows.append((len(rows), _str(timex["value"]), span["start"], span["end"], json.dumps(acting, ensure_ascii=False)))
    return rows


def _entity_name(entity: Any, names: dict[str, str]) -> str | None:
    if isinstance(entity, dict):
        return entity.get("name") or names.get(str(entity.get("id")))
    return names.get(str(entity), str(entity)) if entity is not None else None


def _addressee(article: Article, addressee: Any) -> str | None:
    if isinstance(addressee, dict):
        return addressee.get("name") or _span_text(article, addressee)
    return _str(addressee)


def _span_text(article: Article, span: Any) -> str | None:
    if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
        return article.span_text(span)
    return None


def _str(value: Any) -> str | None:
    return None if value is None else str(value)
