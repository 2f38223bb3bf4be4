"""Score the claims stage against the gold set: per-label precision/recall/F1 and macro-F1."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..stages.claims import LABELS, classify_claims
from .gold import documents
from .scores import PRF


def evaluate_claims(gold: Path, data: Path, pipeline: bool = False) -> dict[str, Any]:
    """Label every gold sentence and compare with the annotator's label.

    With gold sentence boundaries each gold sentence has its own claim; with
    `pipeline=True` a gold sentence takes the label of the claim overlapping it most.
    """
    per_label = {label: PRF() for label in LABELS}
    confusion: Counter[tuple[str, str]] = Counter()
    correct = total = 0
    for doc in documents(gold, data, pipeline):
        claims = classify_claims(doc.article).layer("claims")
        for sentence in doc.record["sentences"]:
            want, got = sentence["label"], _label_over(claims, sentence["start"], sentence["end"])
            confusion[(want, got)] += 1
            total += 1
            correct += want == got
            if want == got:
                per_label[want].tp += 1
            else:
                per_label[want].fn += 1
                per_label[got].fp += 1
    scored = {label: prf for label, prf in per_label.items() if prf.tp + prf.fn + prf.fp}
    return {
        "sentences": total,
        "accuracy": round(correct / total, 3) if total else 0.0,
        "macro_f1": round(sum(p.f1 for p in scored.values()) / len(scored), 3) if scored else 0.0,
        "labels": {label: {**prf.as_dict(), "gold": prf.tp + prf.fn} for label, prf in scored.items()},
        "confusion": {f"{want}->{got}": n for (want, got), n in sorted(confusion.items()) if want != got},
    }


def _label_over(claims: list[dict[str, Any]], start: int, end: int) -> str:
    """The label of the claim sharing most characters with [start, end) ("asserted" if none does)."""
    best, label = 0, "asserted"
    for claim in claims:
        shared = min(end, claim["end"]) - max(start, claim["start"])
        if shared > best:
            best, label = shared, claim["label"]
    return label
