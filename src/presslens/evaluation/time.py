"""Score the timexes stage against the gold set: detection (strict and overlapping spans) and values."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from ..stages.timexes import find_timexes
from .gold import documents
from .scores import PRF


def evaluate_time(gold: Path, data: Path, pipeline: bool = False) -> dict[str, Any]:
    """Detection P/R/F1 (strict = same span, lenient = overlap), value and type accuracy on matched timexes."""
    strict, lenient = PRF(), PRF()
    by_language: dict[str, PRF] = defaultdict(PRF)
    matched = values = types = 0
    errors: list[dict[str, Any]] = []
    for doc in documents(gold, data, pipeline):
        article = find_timexes(doc.article)
        predicted = [t for t in article.layer("timexes") if t["end"] <= doc.window_end]
        expected = doc.record["timexes"]
        exact = {(t["start"], t["end"]) for t in predicted} & {(t["start"], t["end"]) for t in expected}
        strict.tp += len(exact)
        strict.fp += len(predicted) - len(exact)
        strict.fn += len(expected) - len(exact)
        used: set[int] = set()
        lang = by_language[doc.record["lang"]]
        for want in expected:
            hit = next((i for i, t in enumerate(predicted) if i not in used and t["start"] < want["end"] and want["start"] < t["end"]), None)
            if hit is None:
                lenient.fn += 1
                lang.fn += 1
                errors.append({"doc": doc.record["doc"][:12], "missed": want["text"], "value": want["value"]})
                continue
            used.add(hit)
            lenient.tp += 1
            lang.tp += 1
            got = predicted[hit]
            matched += 1
            values += got["value"] == want["value"]
            types += got["type"] == want["type"]
            if got["value"] != want["value"]:
                errors.append({"doc": doc.record["doc"][:12], "text": article.span_text(got), "value": got["value"], "gold": want["value"]})
        for i, got in enumerate(predicted):
            if i not in used:
                lenient.fp += 1
                lang.fp += 1
                errors.append({"doc": doc.record["doc"][:12], "spurious": article.span_text(got), "value": got["value"]})
    return {
        "strict": strict.as_dict(),
        "lenient": lenient.as_dict(),
        "value_accuracy": round(values / matched, 3) if matched else 0.0,
        "type_accuracy": round(types / matched, 3) if matched else 0.0,
        "matched": matched,
        "by_language": {lang: prf.as_dict() for lang, prf in sorted(by_language.items())},
        "errors": errors,
    }
