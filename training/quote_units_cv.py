"""Honest quote figures on quotes-de/train: 2-fold cross-validation of the unit model.

    PYTHONPATH=src python training/quote_units_cv.py --data ../shared/data/quotes-de/train [--no-model]

`presslens eval quotes` on train uses the shipped unit model, which was trained on
train: its Reported/FreeIndirect figures there are memorised. Here the documents
are split by index parity; each half is scored with a model fitted on the other
half only (same features and settings as training/quote_units.py), or with no
model at all (--no-model), so rule changes can be judged on train without leakage.
"""

from __future__ import annotations

import argparse
import copy
import json
from pathlib import Path

from presslens import pipeline
from presslens.evaluation.quotes import load_gold, score
from presslens.readers.text import read_text
from presslens.stages.quotes import find_quotes, learned

from quote_units import BEFORE_QUOTES, fit, unit_rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="quotes-de/train")
    parser.add_argument("--no-model", action="store_true", help="score the rules alone")
    args = parser.parse_args()
    documents = load_gold(args.data)
    articles = [pipeline.run(read_text(d.text, raw=True), only=BEFORE_QUOTES) for d in documents]
    weights = [None, None]
    if not args.no_model:
        rows = [unit_rows(copy.deepcopy(a), d) for a, d in zip(articles, documents)]
        weights = [fit([r for i, doc in enumerate(rows) if i % 2 == half for r in doc]) for half in (0, 1)]
    index = {d.text: i for i, d in enumerate(documents)}

    def analyse(text: str):
        i = index[text]
        learned._weights = lambda: weights[1 - i % 2]  # the model of the other half
        return find_quotes(copy.deepcopy(articles[i]))

    result = score(documents, analyse)
    figures = {f"tokens {kind}": result["tokens"][kind]["f1"] for kind in result["tokens"]}
    figures.update(speaker=result["speaker"]["f1"], cue=result["cue"]["f1"])
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
