"""Score the quotes layer against the quotes-de JSON format (Petersen-Frey & Biemann 2024).

Metrics (documented in docs/quotes.md):
- token P/R/F1: the gold tokenisation's tokens inside a quote, predicted vs gold,
  over all types together and per type (a token counts for a type when a
  quote of that type covers it); NotSpeech predictions are not quotes; the
  marked words a quote lists under `quoted` ("dass er „…“ sei") are scored as
  the nested Direct quote quotes-de annotates there;
- exact P/R/F1: a quote whose extent (first span start to last span end,
  surrounding whitespace and .,;: ignored) equals a gold quote's;
- speaker P/R/F1: predicted and gold quotes are paired one to one by token
  overlap; a pair scores when the predicted speaker span overlaps the gold
  speaker, or a mention of the predicted speaker's entity does;
- cue P/R/F1: the same pairing, a cue scores when the spans overlap.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputNotFound, UnusableInput
from ..record import Article
from .scores import Counts

TYPES = ("Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")
_LOOSE = " \t\n.,;:"

Span = tuple[int, int]


@dataclass
class Quote:
    """A quote reduced to what is scored: spans, type, speaker and cue spans, entity mentions of the speaker."""

    spans: list[Span]
    type: str
    speaker: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)


@dataclass
class GoldDocument:
    name: str
    text: str
    tokens: list[Span]
    quotes: list[Quote]



def load_gold(directory: Path) -> list[GoldDocument]:
    """Every *.json document of a quotes-de split."""
    if not directory.is_dir():
        raise InputNotFound(f"{directory}: not a directory")
    files = sorted(directory.glob("*.json"))
    if not files:
        raise UnusableInput(f"{directory}: no *.json documents")
    documents = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            documents.append(_gold_document(path.stem, data))
        except (ValueError, KeyError, TypeError) as err:
            raise UnusableInput(f"{path}: not a quotes-de document ({err})") from err
    return documents


def _gold_document(name: str, data: dict) -> GoldDocument:
    def spans(part: dict) -> list[Span]:
        return [(s["charBegin"], s["charEnd"]) for s in part.get("spans", [])]

    quotes = [
        Quote(spans(a["quote"]), a["type"], spans(a.get("speaker", {})), spans(a.get("cue", {})))
        for a in data["annotations"]
        if a["quote"]["spans"]
    ]
    tokens = [(t["charBegin"], t["charEnd"]) for t in data["tokens"]]
    return GoldDocument(name, data["originalText"], tokens, quotes)


def predicted_quotes(article: Article) -> list[Quote]:
    """The article's quotes in scoring form; a speaker's entity mentions count as its spans."""
    mentions = {e["id"]: [(m["start"], m["end"]) for m in e.get("mentions", [])] for e in article.layer("entities")}
    out = []
    for quote in article.layer("quotes"):
        if quote["type"] == "NotSpeech":
            continue
        speaker: list[Span] = []
        if quote.get("speaker"):
            s = quote["speaker"]
            speaker = [(s["start"], s["end"]), *mentions.get(s.get("entity") or "", [])]
        cue = [(quote["cue"]["start"], quote["cue"]["end"])] if quote.get("cue") else []
        out.append(Quote([(s["start"], s["end"]) for s in quote["spans"]], quote["type"], speaker, cue))
        # quotes-de annotates marked words inside an Indirect quote as a nested Direct quote as well
        out.extend(Quote([(s["start"], s["end"])], "Direct", speaker, cue) for s in quote.get("quoted", []))
    return out


def _covered(tokens: list[Span], quotes: Iterable[Quote], wanted: str | None = None) -> set[int]:
    """Indices of tokens whose middle lies inside a quote (of type `wanted`, or any)."""
    out = set()
    for quote in quotes:
        if wanted is not None and quote.type != wanted:
            continue
        for start, end in quote.spans:
            out.update(i for i, (a, b) in enumerate(tokens) if start <= (a + b) / 2 < end)
    return out


def _extent(text: str, quote: Quote) -> Span:
    start, end = quote.spans[0][0], quote.spans[-1][1]
    while start < end and text[start] in _LOOSE:
        start += 1
    while end > start and text[end - 1] in _LOOSE:
        end -= 1
    return start, end


def _overlap(a: list[Span], b: list[Span]) -> bool:
    return any(x < d and c < y for x, y in a for c, d in b)


def _pairs(tokens: list[Span], gold: list[Quote], predicted: list[Quote]) -> list[tuple[Quote, Quote]]:
    """One-to-one pairs of gold and predicted quotes, greedily by shared tokens."""
    gold_tokens = [_covered(tokens, [q]) for q in gold]
    pred_tokens = [_covered(tokens, [q]) for q in predicted]
    candidates = sorted(
        ((len(g & p), gi, pi) for gi, g in enumerate(gold_tokens) for pi, p in enumerate(pred_tokens) if g & p),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _shared, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def score(documents: list[GoldDocument], analyse: Callable[[str], Article]) -> dict:
    """Run `analyse` on every document's text and score its quotes against the gold ones."""
    tokens_all, exact_all = Counts(), Counts()
    per_type = defaultdict(Counts)
    exact_type = defaultdict(Counts)
    speaker, cue = Counts(), Counts()
    for document in documents:
        predicted = predicted_quotes(analyse(document.text))
        gold = document.quotes
        g, p = _covered(document.tokens, gold), _covered(document.tokens, predicted)
        tokens_all.add(len(g & p), len(p), len(g))
        for kind in TYPES:
            g, p = _covered(document.tokens, gold, kind), _covered(document.tokens, predicted, kind)
            per_type[kind].add(len(g & p), len(p), len(g))
        gold_extents = {_extent(document.text, q): q.type for q in gold}
        pred_extents = {_extent(document.text, q): q.type for q in predicted}
        exact_all.add(len(gold_extents.keys() & pred_extents.keys()), len(pred_extents), len(gold_extents))
        for kind in TYPES:
            g_kind = {e for e, t in gold_extents.items() if t == kind}
            p_kind = {e for e, t in pred_extents.items() if t == kind}
            exact_type[kind].add(len(g_kind & p_kind), len(p_kind), len(g_kind))
        pairs = _pairs(document.tokens, gold, predicted)
        speaker.add(
            sum(1 for g_q, p_q in pairs if g_q.speaker and _overlap(g_q.speaker, p_q.speaker)),
            sum(1 for q in predicted if q.speaker),
            sum(1 for q in gold if q.speaker),
        )
        cue.add(
            sum(1 for g_q, p_q in pairs if g_q.cue and _overlap(g_q.cue, p_q.cue)),
            sum(1 for q in predicted if q.cue),
            sum(1 for q in gold if q.cue),
        )
    return {
        "documents": len(documents),
        "tokens": {"all": tokens_all.scores(), **{k: per_type[k].scores() for k in TYPES}},
        "exact": {"all": exact_all.scores(), **{k: exact_type[k].scores() for k in TYPES}},
        "speaker": speaker.scores(),
        "cue": cue.scores(),
    }


def table_rows(result: dict) -> list[dict]:
    """The result as rows for a table: one per metric and type."""
    rows = []
    for metric in ("tokens", "exact"):
        for kind, figures in result[metric].items():
            rows.append({"metric": metric, "type": kind, **figures})
    for metric in ("speaker", "cue"):
        rows.append({"metric": metric, "type": "all", **result[metric]})
    return rows
