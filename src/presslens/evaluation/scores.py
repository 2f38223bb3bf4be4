"""Precision, recall and F1 from counts, shared by the scorers."""

from __future__ import annotations

from dataclasses import dataclass


class Rates:
    """Precision, recall and F1 of anything that knows its true positives, predicted and gold counts."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PRF(Rates):
    """Counts of true positives, false positives and false negatives (time and claims scorers)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def predicted(self) -> int:  # type: ignore[override]
        return self.tp + self.fp

    @property
    def gold(self) -> int:  # type: ignore[override]
        return self.tp + self.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Counts(Rates):
    """True positives, predicted and gold counts (span and token scorers)."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4), "gold": self.gold, "predicted": self.predicted}
