"""Draw the gold-set documents at random (fixed seed) and print annotation windows.

    PYTHONPATH=src python benchmarks/gold/sample.py [dev|heldout] > /tmp/windows.txt

`dev` (seed 6: 12 WikiNews, 8 Der Standard, 20 English pages) was annotated
first; `heldout` (seed 7, other documents: 8 + 6 + 6) was annotated after the
rules were frozen and scored once. Each window runs from the start of the document to the end of the sentence
that crosses character WINDOW; sentences are split with SoMaJo and numbered
so the annotator can label them. Nothing here looks at presslens output.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from somajo import SoMaJo

from presslens.evaluation.sources import _gnad, _quotes_de, _scrapinghub, default_data, quotes_de_dates

DEFAULT_DATA = default_data(Path(__file__).resolve().parent)

WINDOW = 700
#: split -> (random seed, WikiNews, Der Standard, English documents)
SPLITS = {"dev": (6, 12, 8, 20), "heldout": (7, 8, 6, 6)}


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans of `text` (SoMaJo), each from its first to its last token."""
    tokenizer = SoMaJo("de_CMC" if lang == "de" else "en_PTB", split_camel_case=False, character_offsets=True)
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        for sentence in tokenizer.tokenize_text([paragraph.group()]):
            spans.append((paragraph.start() + sentence[0].character_offset[0], paragraph.start() + sentence[-1].character_offset[1]))
    return spans


def choose(split: str = "dev") -> list[dict]:
    """The documents of a split, drawn at random; held-out documents never repeat dev ones."""
    seed, n_wiki, n_gnad, n_en = SPLITS[split]
    taken = {(d["source"], d["doc"]) for d in choose("dev")} if split != "dev" else set()
    rng = random.Random(seed)
    wiki = quotes_de_dates(DEFAULT_DATA)
    gnad = _gnad(DEFAULT_DATA / "corpus-de/10kgnad-test.csv")
    pages = json.loads((DEFAULT_DATA / "html/scrapinghub/ground-truth.json").read_text(encoding="utf-8"))
    dated = {}
    for key, page in sorted(pages.items()):
        match = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", page["url"])
        if match and not re.search(r"kabarislamia|jeongdong", page["url"]):
            dated[key] = "-".join(match.groups())
    wiki_ids = [d for d in sorted(wiki) if ("quotes-de/dev", d) not in taken]
    gnad_ids = [str(i) for i in range(len(gnad)) if ("corpus-de/10kgnad-test.csv", str(i)) not in taken]
    page_ids = [k for k in sorted(dated) if ("html/scrapinghub/ground-truth.json", k) not in taken]
    if split == "dev":  # the original draw, kept byte-for-byte reproducible
        gnad_ids = list(range(len(gnad)))  # type: ignore[assignment]
    docs = [{"source": "quotes-de/dev", "doc": d, "lang": "de", "dct": wiki[d], "dct_nominal": False} for d in rng.sample(wiki_ids, n_wiki)]
    docs += [{"source": "corpus-de/10kgnad-test.csv", "doc": str(i), "lang": "de", "dct": "2016-03-15", "dct_nominal": True} for i in rng.sample(gnad_ids, n_gnad)]
    docs += [{"source": "html/scrapinghub/ground-truth.json", "doc": k, "lang": "en", "dct": dated[k], "dct_nominal": False} for k in rng.sample(page_ids, n_en)]
    return docs


def text_of(doc: dict) -> str:
    if doc["source"] == "quotes-de/dev":
        return _quotes_de(DEFAULT_DATA / doc["source"])[doc["doc"]]
    if doc["source"].startswith("corpus-de"):
        return _gnad(DEFAULT_DATA / doc["source"])[int(doc["doc"])]
    return _scrapinghub(DEFAULT_DATA / doc["source"])[doc["doc"]]


def main() -> None:
    for doc in choose(sys.argv[1] if len(sys.argv) > 1 else "dev"):
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
