"""List candidate speech verbs from quotes-de/train: how often each verb lemma is a gold cue.

    PYTHONPATH=src python training/speech_verbs.py --data ../shared/data/quotes-de/train

Prints lemma, times it is (part of) a gold cue, times it occurs as a verb, and the
ratio; the curated result is src/presslens/lexicons/speech_verbs_de.txt. With
--any-word, every word form is counted (not only verbs): source words such as
"wonach" (source_cues_de.txt) come from that list.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from presslens import pipeline
from presslens.evaluation.quotes import load_gold
from presslens.readers.text import read_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--any-word", action="store_true", help="count every word form, not only verb lemmas")
    args = parser.parse_args()
    as_cue: Counter[str] = Counter()
    as_verb: Counter[str] = Counter()
    for document in load_gold(args.data):
        article = pipeline.run(read_text(document.text, raw=True), only=["language", "sentences", "morphology"])
        cues = [span for quote in document.quotes for span in quote.cue]
        for token in article.tokens:
            if args.any_word:
                lemma = token.text.lower()
            elif (token.pos or "").startswith("V"):
                lemma = (token.lemma or token.text).lower()
            else:
                continue
            as_verb[lemma] += 1
            if any(start <= token.start < end for start, end in cues):
                as_cue[lemma] += 1
    for lemma, count in sorted(as_cue.items(), key=lambda item: -item[1]):
        if count >= args.min_count:
            print(f"{lemma}\t{count}\t{as_verb[lemma]}\t{count / as_verb[lemma]:.2f}")


if __name__ == "__main__":
    main()
