"""Train floret word vectors (subword-hashed, fastText-style) on German text in ../shared/data.

    python training/word_vectors.py OUT_DIR    # OUT_DIR/text.txt, vectors.floret and spaCy vectors in OUT_DIR/spacy

training/train_ner_de.py calls this itself; the vectors end up inside the model's vocab.

GermEval gives the NER model only ~1,500 in-domain sentences; vectors learnt from a few million
words of news and Wikipedia-like text tell it which words behave alike ("Schröder" ~ "Merkel").
floret hashes character n-grams into a fixed table, so words never seen in training (German
compounds, rare names) still get a vector, and the table's size is fixed (rows × dim × 4 bytes).

Text used: the 10kGNAD articles (CC BY-NC-SA 4.0), quotes-de train (CC BY-NC-SA 4.0), LER court
decisions (CC BY 4.0), EuroParl (research use), and the GermEval 2014 dev sentences outside the
held-out fifth (CC BY 4.0). The held-out fifth is never read.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from presslens.evaluation.conll import find_shared_data, is_heldout, read_conll  # noqa: E402

DATA = find_shared_data(ROOT.parent) or ROOT.parent / "shared" / "data"
#: Words (with inner hyphens, apostrophes, dots as in "z.B.") and single symbols: close enough to
#: the SoMaJo tokens the model sees, since floret's n-grams cover the rest.
WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
ROWS, DIM = 50_000, 64


def news_texts() -> Iterator[str]:
    """The unlabelled news articles: 10kGNAD, then quotes-de train (WikiNews)."""
    csv.field_size_limit(10_000_000)
    with (DATA / "corpus-de" / "10kgnad-test.csv").open(encoding="utf-8") as rows:
        for row in csv.reader(rows, delimiter=";", quotechar="'"):
            yield row[-1]
    for path in sorted((DATA / "quotes-de" / "train").glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))["originalText"]


def documents() -> Iterator[str]:
    """Every text, one string each."""
    yield from news_texts()
    for path in [DATA / "ner-de" / "legal" / "dev.conll", DATA / "ner-de" / "legal" / "test.conll"]:
        yield from (" ".join(s.words) for s in read_conll(path, lambda label: None))
    for name in ("train", "dev", "test"):
        yield from (" ".join(s.words) for s in read_conll(DATA / "ner-de" / "europarl" / f"{name}.tsv", lambda label: None))
    germeval = read_conll(DATA / "ner-de" / "germeval2014-dev.tsv", lambda label: None)
    yield from (" ".join(s.words) for index, s in enumerate(germeval) if not is_heldout(index))


def write_text(path: Path) -> int:
    """One tokenised line per text line; returns the number of tokens."""
    tokens = 0
    with path.open("w", encoding="utf-8") as out:
        for document in documents():
            for line in document.splitlines():
                words = WORD.findall(line)
                if words:
                    out.write(" ".join(words) + "\n")
                    tokens += len(words)
    return tokens


def build(out: Path) -> Path:
    """Train the vectors into `out` (once: an existing build is reused) and return the spaCy
    vectors directory that the NER config's `paths.vectors` points to."""
    import floret

    vectors = out / "spacy"
    if vectors.is_dir():
        return vectors
    out.mkdir(parents=True, exist_ok=True)
    print(f"word vectors: {write_text(out / 'text.txt')} tokens of text")
    model = floret.train_unsupervised(
        str(out / "text.txt"), model="cbow", mode="floret", hashCount=2, bucket=ROWS, dim=DIM,
        minn=3, maxn=5, minCount=3, epoch=10, thread=1,
    )
    model.save_floret_vectors(str(out / "vectors.floret"))
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "de", str(out / "vectors.floret"), str(vectors), "--mode", "floret"],
        check=True,
    )
    return vectors


if __name__ == "__main__":
    print(build(Path(sys.argv[1])))
