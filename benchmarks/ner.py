"""German NER figures: quality on the held-out fifth of GermEval 2014 dev and tagging speed.

    PYTHONPATH=src python benchmarks/ner.py [--repeat 3]

Quality is the same computation as `presslens eval ner --heldout`. Speed of the model alone
(`models.ner.tag` on tokens the morphology stage has already tagged, as in the pipeline) is
measured on the held-out sentences (gold tokens) and on the seed article after the language,
sentences and morphology stages (SoMaJo tokens); models loaded beforehand, best of --repeat runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from presslens import pipeline  # noqa: E402
from presslens.evaluation import ner as scorer  # noqa: E402
from presslens.evaluation.conll import find_shared_data, split_germeval  # noqa: E402
from presslens.models import ner  # noqa: E402
from presslens.readers import read_path  # noqa: E402


def best_rate(function, words: int, repeat: int) -> str:  # type: ignore[no-untyped-def]
    """Words per wall-clock second and per CPU second of the fastest of `repeat` runs (the
    machine is shared, so CPU time is the fairer one-core figure)."""
    wall, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return f"{words / min(wall):,.0f} words/second wall, {words / min(cpu):,.0f} words/CPU-second"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    shared = find_shared_data(ROOT)
    if shared is None:
        raise SystemExit("no shared/data beside the project")
    sentences = split_germeval(shared / "ner-de" / "germeval2014-dev.tsv", heldout=True)
    ner.load("de")
    taggers = {"model": ner.tag}
    entities = scorer.entities_tagger()
    if entities is not None:
        taggers["entities"] = entities
    for name, tagger in taggers.items():
        result = scorer.evaluate(sentences, tagger)
        print(f"## {name}: held-out fifth of GermEval 2014 dev, {len(sentences)} sentences, {result.words} words")
        print("| label | P | R | F1 | gold | predicted |")
        print("|---|---|---|---|---|---|")
        for row in scorer.score_rows(result):
            print("| {label} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {gold} | {predicted} |".format(**row))
        print(f"{name} speed including HanTa/rules (one pass): {result.words_per_second:,.0f} words/second")

    article, _ = scorer.gold_article(sentences)
    pipeline.run(article, only=["morphology"])
    rate = best_rate(lambda: ner.tag(article), len(article.tokens), args.repeat)
    print(f"model speed on held-out gold tokens, POS already tagged: {rate}")
    seed = shared.parent / "seed" / "taurus-und-macron.txt"
    if seed.is_file():
        article = pipeline.run(next(read_path(seed)), only=["language", "sentences", "morphology"])
        rate = best_rate(lambda: ner.tag(article), len(article.tokens), args.repeat)
        print(f"model speed on the seed ({len(article.tokens)} SoMaJo tokens, POS already tagged): {rate}")


if __name__ == "__main__":
    main()
