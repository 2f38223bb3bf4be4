"""Silver NER sentences: unlabelled news tagged by presslens' own entities stage (self-training).

GermEval gives only ~1,500 in-domain sentences. The entities stage (model + role nouns, given
names, gazetteers, place-derived adjectives) labels the news articles of 10kGNAD and quotes-de
train; a second training pass learns from these labels next to the gold data, so knowledge in
the rules (names after "Verteidigungsminister", listed places) reaches the model. The first pass
model labels the silver data, never the model being trained.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from presslens import pipeline  # noqa: E402
from presslens.evaluation.conll import Sentence  # noqa: E402
from presslens.models import ner  # noqa: E402
from presslens.record import Article, Token  # noqa: E402
from presslens.stages.sentences import sentence_tokens  # noqa: E402
from word_vectors import news_texts  # noqa: E402

#: Sentences shorter or longer than this are headings, lists or run-ons: not worth learning from.
MIN_TOKENS, MAX_TOKENS = 4, 80


def _entities(sentence: list[Token], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The spans inside the sentence as token ranges; None when one does not fit token bounds."""
    starts = {token.start: index for index, token in enumerate(sentence)}
    ends = {token.end: index for index, token in enumerate(sentence)}
    found = []
    for start, end, label in spans:
        if start < sentence[0].start or end > sentence[-1].end:
            continue
        if start not in starts or end not in ends:
            return None
        found.append((starts[start], ends[end] + 1, label))
    return found


def silver_sentences(model: Path, every: int) -> list[Sentence]:
    """Every `every`-th usable sentence of the news texts, labelled by the entities stage running
    the German model at `model`. Names inside compounds (`part` mentions) are not labelled."""
    ner.GERMAN_MODEL = model
    ner.load.cache_clear()
    sentences: list[Sentence] = []
    for text in news_texts():
        article = pipeline.run(Article(text=text, language="de"), only=["sentences", "morphology", "entities"])
        spans = sorted(
            (m["start"], m["end"], e["label"]) for e in article.layer("entities") for m in e["mentions"] if not m.get("part")
        )
        for sentence in sentence_tokens(article):
            if MIN_TOKENS <= len(sentence) <= MAX_TOKENS and (entities := _entities(sentence, spans)) is not None:
                sentences.append(Sentence([token.text for token in sentence], entities))
    return sentences[::every]
