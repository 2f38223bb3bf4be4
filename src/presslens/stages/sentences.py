"""Sentences and tokens: SoMaJo, run block by block so no sentence crosses a paragraph or heading.

SoMaJo knows German and English abbreviations ("Dr.", "z. B.", "Okt."),
ordinal dates ("3. Oktober") and keeps quotation marks with their sentence.
Two repairs on top of it serve news text: a footnote marker after a quote
("… unerlässlich ist“ (2).") stays in the sentence it documents, and a split
right after a closing quote or an ellipsis is undone when the next "sentence"
starts in lower case or with a comma („Wie funktioniert Geld?“, „Zukunft …“).

Token offsets come from SoMaJo's own alignment; `Token.text` is always the
exact slice of the canonical text (never SoMaJo's normalised spelling).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from ..record import Article, Token
from .language import analysis_language
from .somajo_fast import speed_up

#: Longer blocks are tokenised in pieces so that time and memory stay bounded.
MAX_BLOCK_CHARS = 50_000

_BLANK_LINES = re.compile(r"\n\s*\n")
#: A "sentence" made only of a footnote marker: "(6).", "[12]", "(8)", ").".
_MARKER_ONLY = re.compile(r"[\s(\[]*\d{0,3}[\s)\]]*[.;,:]?\s*")
#: A token that is sentence-final punctuation on its own (not "3." or "Okt.").
_TERMINAL = re.compile(r"[.!?…]+")
_CLOSING_MARKS = frozenset({"“", "”", "\"", "«", "»", "‘", "’", "'", ")", "]"})
_CLOSING = ("“", "”", "\"", "«", "»", "‘", "’", "'", "...", "…", ")")
_CONTINUATION = (",", ";", ":", ")", "]", "–", "—", "-")


@lru_cache(maxsize=2)
def _tokenizer(model: str):
    """One SoMaJo tokenizer per model, with character offsets into the input, sped up by
    `somajo_fast` (same output: emoji, abbreviation and offset steps done with less work)."""
    from somajo import SoMaJo

    somajo = SoMaJo(model, split_camel_case=False, character_offsets=True)
    speed_up(somajo)
    return somajo


def somajo_model(language: str | None) -> str:
    """German text gets SoMaJo's German model, everything else its English one."""
    return "de_CMC" if language == "de" else "en_PTB"


def blocks(article: Article) -> list[tuple[int, int]]:
    """The non-overlapping (start, end) blocks a sentence must stay within: paragraphs and headings."""
    spans = [(p["start"], p["end"]) for p in article.layer("paragraphs")]
    spans += [(s["heading"]["start"], s["heading"]["end"]) for s in article.layer("sections") if s.get("heading")]
    if not spans:
        spans, offset = [], 0
        for match in _BLANK_LINES.finditer(article.text):
            spans.append((offset, match.start()))
            offset = match.end()
        spans.append((offset, len(article.text)))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if end <= start:
            continue
        if chosen and start < chosen[-1][1]:
            continue  # a heading inside a paragraph, or overlapping spans: keep the first
        chosen.append((start, end))
    return chosen


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long block at whitespace (after a full stop when possible) into bounded pieces."""
    while end - start > MAX_BLOCK_CHARS:
        limit = start + MAX_BLOCK_CHARS
        cut = text.rfind(". ", start + MAX_BLOCK_CHARS // 2, limit)
        if cut < 0:
            cut = max(text.rfind(" ", start + MAX_BLOCK_CHARS // 2, limit), text.rfind("\n", start, limit))
        cut = cut + 1 if cut > start else limit
        yield start, cut
        start = cut
    yield start, end


def _tokens_of(text: str, start: int, end: int, model: str) -> list[list[Token]]:
    """SoMaJo sentences of text[start:end] as Tokens with offsets into the whole text."""
    piece = text[start:end]
    sentences: list[list[Token]] = []
    cursor = 0
    for sentence in _tokenizer(model).tokenize_text([piece]):
        tokens = []
        for token in sentence:
            offset = token.character_offset
            if offset is None or offset[0] < cursor or offset[1] <= offset[0]:
                found = piece.find(token.text, cursor)
                if found < 0:
                    continue  # SoMaJo produced text that is not in the input; nothing to anchor
                offset = (found, found + len(token.text))
            cursor = offset[1]
            tokens.append(Token(start + offset[0], start + offset[1], text[start + offset[0] : start + offset[1]]))
        if tokens:
            sentences.append(tokens)
    return sentences


def _ends_sentence(sentence: list[Token]) -> bool:
    """True when the sentence ends in a full stop, ? ! or … (possibly before closing quotes or brackets)."""
    for token in reversed(sentence):
        if token.text in _CLOSING_MARKS:
            continue
        return bool(_TERMINAL.fullmatch(token.text))
    return False


def _belongs_to_previous(previous: list[Token], sentence: list[Token], text: str) -> bool:
    """True for a wrong split: a lone footnote marker, or lower case after a closing quote or ellipsis."""
    if _MARKER_ONLY.fullmatch(text[sentence[0].start : sentence[-1].end]):
        return True
    first = sentence[0].text
    return previous[-1].text.endswith(_CLOSING) and (first.startswith(_CONTINUATION) or first[:1].islower())


def _merge_wrong_splits(sentences: list[list[Token]], text: str) -> list[list[Token]]:
    merged: list[list[Token]] = []
    for sentence in sentences:
        if merged and _belongs_to_previous(merged[-1], sentence, text):
            merged[-1].extend(sentence)
        else:
            merged.append(sentence)
    return merged


def split_sentences(article: Article) -> Article:
    """Add the `sentences` layer and fill `article.tokens`, block by block."""
    model = somajo_model(analysis_language(article))
    text = article.text
    spans: list[dict[str, int]] = []
    tokens: list[Token] = []
    for block_start, block_end in blocks(article):
        sentences: list[list[Token]] = []
        for start, end in _pieces(text, block_start, block_end):
            piece = _tokens_of(text, start, end, model)
            if piece and sentences and not _ends_sentence(sentences[-1]):
                sentences[-1].extend(piece.pop(0))  # the cut between pieces was not a sentence end
            sentences.extend(piece)
        for sentence in _merge_wrong_splits(sentences, text):
            spans.append({"start": sentence[0].start, "end": sentence[-1].end})
            tokens.extend(sentence)
    article.layers["sentences"] = spans
    article.tokens = tokens
    return article


def tokens_in(article: Article, start: int, end: int) -> list[Token]:
    """The tokens lying inside text[start:end] (for example those of one sentence)."""
    starts = [token.start for token in article.tokens]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return [token for token in article.tokens[first:last] if token.end <= end]


def sentence_tokens(article: Article) -> list[list[Token]]:
    """The tokens of each sentence, in sentence order."""
    starts = [token.start for token in article.tokens]
    grouped = []
    for sentence in article.layer("sentences"):
        first = bisect.bisect_left(starts, sentence["start"])
        last = bisect.bisect_left(starts, sentence["end"])
        grouped.append(article.tokens[first:last])
    return grouped
