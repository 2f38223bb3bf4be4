"""Train presslens' German NER model from ../shared/data/ner-de and install it into the package.

    nice python training/train_ner_de.py     # vectors, gold round, silver round (seed 0), install the model

Data (see docs/models.md): EuroParl (train+dev+test, IOB1), the LER legal set (dev+test, 19 classes
mapped below), and four fifths of GermEval 2014 dev (every fifth sentence is held out for the reported
figure and never seen here). Of those four fifths, every tenth sentence of the file is kept aside as
the tuning set spaCy picks the best checkpoint on; the rest is repeated `--germeval-repeat` times
because it is the only in-domain (news/Wikipedia) part.

Two rounds: the gold round trains on those sets; the silver round trains again from scratch on the
same sets plus every `--silver-every`-th sentence of 10kGNAD and quotes-de train as labelled by the
entities stage running the gold-round model (training/silver_ner.py). The silver-round model ships.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import silver_ner  # noqa: E402
import word_vectors  # noqa: E402
from presslens.evaluation.conll import MISSING, Sentence, find_shared_data, is_heldout, read_conll  # noqa: E402
from presslens.models import name_classes  # noqa: E402

DATA = (find_shared_data(ROOT.parent) or ROOT.parent / "shared" / "data") / "ner-de"
BUILD = ROOT / "training" / "build"
TARGET = ROOT / "src" / "presslens" / "models" / "ner_de"

#: LER's 19 fine classes → the four CoNLL classes. Citations of norms, court decisions and
#: literature ("§ 3 Abs. 2 GG", "BVerwG, Urteil vom ...") are not names in the news sense and
#: their span conventions differ from MISC, so their tokens are marked unknown (MISSING):
#: the model is neither taught to tag them nor to leave them untagged.
LER_MAP: dict[str, str] = {
    "PER": "PER", "RR": "PER", "AN": "PER",  # person, judge, lawyer
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",  # country, city, street, landscape
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG",  # organisation, company, institution, court
    "MRK": MISSING,  # brand: company or product, undecidable
    "GS": MISSING, "VO": MISSING, "EUN": MISSING, "VS": MISSING,  # law, ordinance, EU norm, regulation
    "VT": MISSING, "RS": MISSING, "LIT": MISSING,  # contract, court decision, literature
}


def europarl_label(raw: str) -> str | None:
    return raw if raw in {"PER", "LOC", "ORG", "MISC"} else None


def ler_sentences(every: int) -> list[Sentence]:
    """Every `every`-th LER sentence that names a person, place or organisation: 13k sentences
    of court prose and citations would otherwise swamp the news-like data."""
    named = [
        sentence
        for name in ("dev.conll", "test.conll")
        for sentence in read_conll(DATA / "legal" / name, LER_MAP.get)
        if any(label != MISSING for _, _, label in sentence.entities)
    ]
    return named[::every] if every > 0 else []


def germeval_parts() -> tuple[list[Sentence], list[Sentence]]:
    """(training, tuning) sentences of GermEval 2014 dev; the held-out fifth is excluded."""
    train: list[Sentence] = []
    tune: list[Sentence] = []
    for index, sentence in enumerate(read_conll(DATA / "germeval2014-dev.tsv")):
        if is_heldout(index):
            continue
        (tune if index % 10 == 0 else train).append(sentence)
    return train, tune


def register_tagged_corpus() -> None:
    """A spaCy corpus reader that keeps the POS tags and name-list classes (MORPH) of the gold docs
    on the docs the model sees: spaCy's own reader rebuilds them from the words alone, and the
    model embeds both."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Corpus, Example

    class TaggedCorpus(Corpus):
        def _make_example(self, nlp, reference, gold_preproc):  # type: ignore[no-untyped-def]
            words = [token.text for token in reference]
            spaces = [bool(token.whitespace_) for token in reference]
            tags = [token.tag_ for token in reference]
            morphs = [str(token.morph) for token in reference]
            return Example(Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, morphs=morphs), reference)

    @spacy.registry.readers("presslens.TaggedCorpus.v1")
    def tagged_corpus(path: Path, gold_preproc: bool = False, max_length: int = 0, limit: int = 0) -> TaggedCorpus:
        return TaggedCorpus(path, gold_preproc=gold_preproc, max_length=max_length, limit=limit)


def pos_tags(sentences: list[Sentence]) -> list[list[str]]:
    """HanTa's STTS tags of each sentence, as the morphology stage gives them at run time."""
    from presslens.evaluation.ner import gold_article
    from presslens.stages.morphology import tag_morphology

    article, _ = gold_article(sentences)
    tags = iter([token.pos or "" for token in tag_morphology(article).tokens])
    return [[next(tags) for _ in sentence.words] for sentence in sentences]


def to_docbin(sentences: list[Sentence], tags: list[list[str]], path: Path) -> None:
    """Write one spaCy Doc per sentence with POS tags and name-list classes; MISSING spans become
    unknown entity annotation."""
    import spacy
    from spacy.tokens import Doc, DocBin, Span

    vocab = spacy.blank("de").vocab
    docbin = DocBin(store_user_data=False)
    for sentence, sentence_tags in zip(sentences, tags):
        morphs = [name_classes.morph(word) for word in sentence.words]
        doc = Doc(vocab, words=sentence.words, tags=sentence_tags, morphs=morphs)
        known = [Span(doc, s, e, label=label) for s, e, label in sentence.entities if label != MISSING]
        missing = [doc[s:e] for s, e, label in sentence.entities if label == MISSING]
        doc.set_ents(known, missing=missing, default="outside")
        docbin.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)


def convert(germeval_repeat: int, ler_every: int, silver: list[Sentence], build: Path) -> tuple[Path, Path]:
    """Write the training DocBin (gold sets, plus `silver` sentences) and the tuning DocBin."""
    europarl = [s for name in ("train", "dev", "test") for s in read_conll(DATA / "europarl" / f"{name}.tsv", europarl_label)]
    legal = ler_sentences(ler_every)
    germeval_train, tune = germeval_parts()
    train = europarl + legal + germeval_train * germeval_repeat + silver
    train_tags = pos_tags(europarl) + pos_tags(legal) + pos_tags(germeval_train) * germeval_repeat + pos_tags(silver)
    parts = (("europarl", europarl), ("ler", legal), ("germeval-train", germeval_train), ("silver", silver), ("tune", tune))
    for name, part in parts:
        counts = Counter(label for s in part for _, _, label in s.entities)
        print(f"{name}: {len(part)} sentences, {dict(counts)}")
    train_path, tune_path = build / "train.spacy", build / "tune.spacy"
    to_docbin(train, train_tags, train_path)
    to_docbin(tune, pos_tags(tune), tune_path)
    return train_path, tune_path


def _value(text: str) -> object:
    """A --set value as JSON (numbers, true/false, null, lists), else as a string."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--germeval-repeat", type=int, default=4, help="copies of the in-domain GermEval part")
    parser.add_argument("--ler-every", type=int, default=2, help="keep every N-th LER sentence with a name (0: none)")
    parser.add_argument("--silver-every", type=int, default=4, help="second round with every N-th silver news sentence (0: gold only)")
    parser.add_argument("--max-steps", type=int, default=4000)
    parser.add_argument("--build", type=Path, default=BUILD, help="where the DocBins and checkpoints go")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a config value")
    parser.add_argument("--config", type=Path, default=ROOT / "training" / "ner_de.cfg")
    parser.add_argument("--no-install", action="store_true", help="train only; leave the packaged model alone")
    args = parser.parse_args()

    from spacy.cli.train import train

    register_tagged_corpus()
    vectors = word_vectors.build(args.build / "vectors")
    settings = {key: _value(value) for key, _, value in (item.partition("=") for item in args.set)}
    common = {"paths.vectors": str(vectors), "system.seed": args.seed, "training.max_steps": args.max_steps, **settings}
    silver: list[Sentence] = []
    output = args.build / "gold"
    for round_ in ("gold", "silver") if args.silver_every else ("gold",):
        if round_ == "silver":
            silver = silver_ner.silver_sentences(args.build / "gold" / "model-best", args.silver_every)
        output = args.build / round_
        train_path, tune_path = convert(args.germeval_repeat, args.ler_every, silver, output)
        train(args.config, output, overrides={"paths.train": str(train_path), "paths.dev": str(tune_path), **common})
    if not args.no_install:
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(output / "model-best", TARGET)
        print(f"installed {TARGET}")


if __name__ == "__main__":
    main()
