"""How well the plain-text reader undoes layout damage, measured on damaged copies of real articles.

There is no annotated set of page-broken plain text, so this script makes one:
each 10kGNAD test article is cut into paragraphs of three sentences (the
truth), then damaged the way copying from pages and PDFs damages text:

- `breaks`: a blank line inserted mid-sentence in 30 % of the paragraphs (page/column break);
- `wrapped`: every paragraph hard-wrapped at 72 columns (textwrap, breaking after hyphens);
- `both`: both at once.

It reports how many inserted breaks were rejoined, how many true paragraph
boundaries survived (a lost one is a false join), and the share of paragraphs
reproduced exactly. Run from the repo root:

    PYTHONPATH=src python benchmarks/reader_repair.py [--limit 1028] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import re
import textwrap
from collections import Counter
from pathlib import Path

from presslens.errors import UnusableInput
from presslens.readers.text import read_text

from reader import GNAD, gnad_articles

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
BREAK_SHARE = 0.3
WRAP_WIDTH = 72


def paragraphs_of(article: str) -> list[str]:
    """The article as paragraphs of three sentences (the truth the damage is measured against)."""
    sentences = [s.strip() for s in _SENTENCE.split(article) if s.strip()]
    return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]


def damage(paragraphs: list[str], kind: str, rng: random.Random) -> tuple[str, set[int]]:
    """The damaged text and the word indices at which mid-sentence breaks were inserted."""
    pieces: list[str] = []
    breaks: set[int] = set()
    offset = 0
    for paragraph in paragraphs:
        words = paragraph.split()
        cuts = [i for i in range(3, len(words) - 3) if not words[i - 1].endswith((".", "!", "?", ":"))]
        if kind in ("breaks", "both") and cuts and rng.random() < BREAK_SHARE:
            cut = rng.choice(cuts)
            pieces.append(f"{_wrap(' '.join(words[:cut]), kind)}\n\n{_wrap(' '.join(words[cut:]), kind)}")
            breaks.add(offset + cut)
        else:
            pieces.append(_wrap(paragraph, kind))
        offset += len(words)
    return "\n\n".join(pieces), breaks


def _wrap(text: str, kind: str) -> str:
    if kind in ("wrapped", "both"):
        return "\n".join(textwrap.wrap(text, WRAP_WIDTH, break_on_hyphens=True, break_long_words=False))
    return text


def boundaries(paragraphs: list[str]) -> tuple[list[str], set[int]]:
    """All words in order and the word indices at which a paragraph starts (the first excluded)."""
    words: list[str] = []
    starts: set[int] = set()
    for paragraph in paragraphs:
        if words:
            starts.add(len(words))
        words.extend(paragraph.split())
    return words, starts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1028)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    articles = [paragraphs_of(text) for text in gnad_articles(Path(GNAD))[: args.limit]]
    articles = [a for a in articles if len(a) >= 2]
    print(f"{len(articles)} articles with at least two paragraphs (10kGNAD test split, CC BY-NC-SA 4.0)")
    for kind in ("breaks", "wrapped", "both"):
        rng = random.Random(args.seed)
        total: Counter = Counter()
        for truth in articles:
            text, breaks = damage(truth, kind, rng)
            try:
                article = read_text(text)
            except UnusableInput:
                total["refused"] += 1
                continue
            produced = ([article.metadata["title"]] if article.metadata["title"] else []) + article.text.split("\n\n")
            truth_words, truth_starts = boundaries(truth)
            produced_words, produced_starts = boundaries(produced)
            total["articles"] += 1
            if produced_words != truth_words:
                total["words_changed"] += 1
                continue
            total["true"] += len(truth_starts)
            total["kept"] += len(truth_starts & produced_starts)
            total["breaks"] += len(breaks)
            total["rejoined"] += len(breaks - produced_starts)
            total["spurious"] += len(produced_starts - truth_starts - breaks)
            total["exact"] += produced_starts == truth_starts
        compared = total["articles"] - total["words_changed"]
        print(f"{kind:8} breaks rejoined {total['rejoined']}/{total['breaks']} ({total['rejoined'] / max(1, total['breaks']):.1%})"
              f"  true boundaries kept {total['kept']}/{total['true']} ({total['kept'] / max(1, total['true']):.1%})"
              f"  new splits {total['spurious']}  articles exactly restored {total['exact']}/{compared}"
              f"  words changed in {total['words_changed']}  refused {total['refused']}")


if __name__ == "__main__":
    main()
