"""NER scoring: exact span match on outer entities, per label and overall (CoNLL style).

Gold sentences are laid out as one text (tokens joined by single spaces, one sentence a
line) with `article.tokens` and the `sentences` layer set from the gold tokens, so a
tagger sees exactly the gold tokenisation and spans compare as character offsets.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..record import Article, Token
from .conll import Sentence
from .scores import Counts

LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")

Span = tuple[int, int, str]
Tagger = Callable[[Article], list[Span]]


@dataclass
class NerScore:
    """Per-label and overall counts, and how fast the tagger ran."""

    labels: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    words: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def score(gold: Iterable[Span], predicted: Iterable[Span]) -> NerScore:
    """Exact-match counts: a predicted span counts only if start, end and label all match a gold span."""
    gold_set, predicted_set = set(gold), set(predicted)
    result = NerScore(labels={label: Counts() for label in LABELS})
    hits = gold_set & predicted_set
    for attribute, spans in (("gold", gold_set), ("predicted", predicted_set), ("tp", hits)):
        for label, count in Counter(label for _, _, label in spans).items():
            counts = result.labels.setdefault(label, Counts())
            setattr(counts, attribute, getattr(counts, attribute) + count)
        setattr(result.overall, attribute, len(spans))
    return result


def gold_article(sentences: list[Sentence], language: str = "de") -> tuple[Article, list[Span]]:
    """One article holding every gold sentence, and the gold entities as character spans."""
    parts: list[str] = []
    tokens: list[Token] = []
    layer: list[dict[str, int]] = []
    gold: list[Span] = []
    offset = 0
    for sentence in sentences:
        start = offset
        sentence_tokens: list[Token] = []
        for word in sentence.words:
            sentence_tokens.append(Token(offset, offset + len(word), word))
            offset += len(word) + 1
        parts.append(" ".join(sentence.words))
        layer.append({"start": start, "end": offset - 1})
        gold.extend((sentence_tokens[s].start, sentence_tokens[e - 1].end, label) for s, e, label in sentence.entities)
        tokens.extend(sentence_tokens)
    article = Article(text="\n".join(parts), language=language, layers={"sentences": layer})
    article.tokens = tokens
    return article, gold


def evaluate(sentences: list[Sentence], tagger: Tagger, language: str = "de") -> NerScore:
    """Run a tagger on the gold sentences and score it. Words/second counts the tagger's time
    only: a one-sentence warm-up first loads its models."""
    article, gold = gold_article(sentences, language)
    tagger(gold_article(sentences[:1], language)[0])
    began = time.perf_counter()
    predicted = tagger(article)
    result = score(gold, predicted)
    result.seconds = time.perf_counter() - began
    result.words = len(article.tokens)
    return result


def entities_tagger() -> Tagger | None:
    """The full entity recognition (model, rules, gazetteers) of the pipeline's `entities` stage,
    as a tagger; None while the pipeline has no such stage. Names inside compound words
    (mentions with `part`, the "NATO" of "NATO-Truppen") are left out, as the GermEval mapping
    leaves out its `*part` classes. Stages between `sentences` and
    `entities` (morphology) run first because the entities stage may rely on them."""
    from .. import pipeline

    names = pipeline.stage_names()
    if "entities" not in names:
        return None
    first = names.index("sentences") + 1 if "sentences" in names else 0
    wanted = names[first : names.index("entities") + 1]

    def tag(article: Article) -> list[Span]:
        result = pipeline.run(article, only=wanted)
        return [
            (mention["start"], mention["end"], entity["label"])
            for entity in result.layer("entities")
            for mention in entity["mentions"]
            if not mention.get("part")
        ]

    return tag


def score_rows(result: NerScore) -> list[dict[str, object]]:
    """One table row per label and one for all labels together."""
    rows = []
    for name, counts in [*result.labels.items(), ("overall", result.overall)]:
        rows.append(
            {
                "label": name,
                "precision": round(counts.precision, 4),
                "recall": round(counts.recall, 4),
                "f1": round(counts.f1, 4),
                "gold": counts.gold,
                "predicted": counts.predicted,
            }
        )
    return rows
