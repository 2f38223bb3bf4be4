"""Draw the gold-set documents at random (fixed seed) and print annotation windows.

    PYTHONPATH=src python benchmarks/gold/sample.py > /tmp/windows.txt

Each window runs from the start of the document to the end of the sentence
that crosses character WINDOW; sentences are split with SoMaJo and numbered
so the annotator can label them. Nothing here looks at presslens output.
"""

from __future__ import annotations

import json
import random
import re
import sys

from somajo import SoMaJo

from presslens.evaluation.sources import DEFAULT_DATA, _gnad, _quotes_de, _scrapinghub, quotes_de_dates

WINDOW = 700
SEED = 6


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans of `text` (SoMaJo), each from its first to its last token."""
    tokenizer = SoMaJo("de_CMC" if lang == "de" else "en_PTB", split_camel_case=False, character_offsets=True)
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        for sentence in tokenizer.tokenize_text([paragraph.group()]):
            spans.append((paragraph.start() + sentence[0].character_offset[0], paragraph.start() + sentence[-1].character_offset[1]))
    return spans


def choose() -> list[dict]:
    """The documents: 12 WikiNews (quotes-de dev), 8 Der Standard (10kGNAD), 20 English pages with a dated URL."""
    rng = random.Random(SEED)
    wiki = quotes_de_dates(DEFAULT_DATA)
    docs = [{"source": "quotes-de/dev", "doc": d, "lang": "de", "dct": wiki[d], "dct_nominal": False} for d in rng.sample(sorted(wiki), 12)]
    gnad = _gnad(DEFAULT_DATA / "corpus-de/10kgnad-test.csv")
    docs += [{"source": "corpus-de/10kgnad-test.csv", "doc": str(i), "lang": "de", "dct": "2016-03-15", "dct_nominal": True} for i in rng.sample(range(len(gnad)), 8)]
    pages = json.loads((DEFAULT_DATA / "html/scrapinghub/ground-truth.json").read_text(encoding="utf-8"))
    dated = {}
    for key, page in sorted(pages.items()):
        match = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", page["url"])
        if match and not re.search(r"kabarislamia|jeongdong", page["url"]):
            dated[key] = "-".join(match.groups())
    docs += [{"source": "html/scrapinghub/ground-truth.json", "doc": k, "lang": "en", "dct": dated[k], "dct_nominal": False} for k in rng.sample(sorted(dated), 20)]
    return docs


def text_of(doc: dict) -> str:
    if doc["source"] == "quotes-de/dev":
        return _quotes_de(DEFAULT_DATA / doc["source"])[doc["doc"]]
    if doc["source"].startswith("corpus-de"):
        return _gnad(DEFAULT_DATA / doc["source"])[int(doc["doc"])]
    return _scrapinghub(DEFAULT_DATA / doc["source"])[doc["doc"]]


def main() -> None:
    for doc in choose():
        text = text_of(doc)
        spans = [s for s in sentences(text, doc["lang"])]
        chosen = []
        for span in spans:
            chosen.append(span)
            if span[1] >= WINDOW:
                break
        print(f"=== {doc['source']} {doc['doc']} {doc['lang']} dct={doc['dct']}")
        for number, (start, end) in enumerate(chosen):
            print(f"[{number}] {start}-{end} {text[start:end]}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
