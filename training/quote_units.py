"""Train the unit model of the quotes stage (src/presslens/models/quote_units.npz).

    PYTHONPATH=src python training/quote_units.py --data ../shared/data/quotes-de/train

Reads quotes-de/train only. Each unit (sentence) in which the rules find no
speech is labelled with the gold type covering at least half of its words
(else "None"); a multinomial logistic regression over hashed features
(presslens.stages.quotes.learned) is fitted with Adagrad and L2, fixed seed.
The last 15% of the documents are held out to print accuracy per label
before the final fit on all of them.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

from presslens import pipeline
from presslens.evaluation.quotes import GoldDocument, load_gold
from presslens.readers.text import read_text
from presslens.record import Article
from presslens.stages.quotes import rule_quotes
from presslens.stages.quotes.learned import DIMENSIONS, LABELS, MODEL, hashed, probabilities, rule_types, unit_features
from presslens.stages.quotes.wordclass import PUNCT, word_class

SEED = 13
EPOCHS = 12
RATE = 0.2
L2 = 1e-5
HELD_OUT = 0.15
BEFORE_QUOTES = pipeline.stage_names()[: pipeline.stage_names().index("quotes")]


def examples(data: Path, cache: Path | None) -> list[list[tuple[np.ndarray, int]]]:
    """Per document, (feature columns, label index) of every unit without a rule quote."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    out = []
    for n, document in enumerate(load_gold(data)):
        out.append(unit_rows(pipeline.run(read_text(document.text, raw=True), only=BEFORE_QUOTES), document))
        if n % 100 == 0:
            print(f"{n} documents", file=sys.stderr)
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def unit_rows(article: Article, document: GoldDocument) -> list[tuple[np.ndarray, int]]:
    """(feature columns, label index) of every unit of `article` without a rule quote."""
    units, found = rule_quotes(article)
    by_unit = rule_types(found)
    tokens = article.tokens
    rows = []
    for index, unit in enumerate(units):
        if index in by_unit or unit.last - unit.first < 4:
            continue
        words = [tokens[i] for i in unit.text_tokens() if word_class(tokens[i]) != PUNCT]
        label = 0
        best = 0.5
        for kind in LABELS[1:]:
            spans = [s for q in document.quotes if q.type == kind for s in q.spans]
            share = sum(any(a <= (t.start + t.end) / 2 < b for a, b in spans) for t in words) / max(1, len(words))
            if share >= best:
                label, best = LABELS.index(kind), share
        rows.append((hashed(unit_features(tokens, units, by_unit, index)), label))
    return rows


def fit(rows: list[tuple[np.ndarray, int]], seed: int = SEED) -> np.ndarray:
    """Softmax regression by Adagrad over single examples in shuffled order."""
    rng = np.random.default_rng(seed)
    weights = np.zeros((DIMENSIONS, len(LABELS)), dtype=np.float64)
    squares = np.full((DIMENSIONS, len(LABELS)), 1e-8)
    for _epoch in range(EPOCHS):
        for k in rng.permutation(len(rows)):
            columns, label = rows[k]
            p = probabilities(weights, columns)
            p[label] -= 1.0
            gradient = np.outer(np.ones(len(columns)), p) + L2 * weights[columns]
            np.add.at(squares, columns, gradient**2)
            np.add.at(weights, columns, -RATE * gradient / np.sqrt(squares[columns]))
    return weights


def report(weights: np.ndarray, rows: list[tuple[np.ndarray, int]]) -> None:
    counts = np.zeros((len(LABELS), len(LABELS)), dtype=int)
    for columns, label in rows:
        counts[label, int(probabilities(weights, columns).argmax())] += 1
    for i, name in enumerate(LABELS):
        tp, gold, pred = counts[i, i], counts[i].sum(), counts[:, i].sum()
        print(f"{name:22} gold={gold:5} predicted={pred:5} precision={tp / max(1, pred):.3f} recall={tp / max(1, gold):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="quotes-de/train")
    parser.add_argument("--cache", type=Path, help="pickle of the extracted examples (reused when present)")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "src/presslens/models" / MODEL)
    args = parser.parse_args()
    documents = examples(args.data, args.cache)
    cut = int(len(documents) * (1 - HELD_OUT))
    train = [row for doc in documents[:cut] for row in doc]
    held = [row for doc in documents[cut:] for row in doc]
    print(f"{len(train)} training units, {len(held)} held-out units")
    report(fit(train), held)
    weights = fit(train + held).astype(np.float16)
    np.savez_compressed(args.out, weights=weights)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
