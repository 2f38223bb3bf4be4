"""Faster, output-identical character offsets for SoMaJo's tokens.

SoMaJo aligns every paragraph to its NFC form with three dicts holding an entry per character,
and finds each token in a fresh copy of the rest of the paragraph (`raw[i:]`): ~40% of the
sentences stage on 10kGNAD (cProfile). For a paragraph already in NFC, as news text almost
always is, that alignment is the identity, so a token's offsets are where SoMaJo's own search
finds it: the first place after the previous token, past spaces and invisible characters,
where the token's text (or original spelling) starts; `paragraph_tokenizer` does that search
in place. Any other paragraph, and one with a token not found whole there (SoMaJo then also
steps over invisible characters inside it), goes through SoMaJo's own code. Checked on every 10kGNAD article (docs/benchmarks.md).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import partial

import regex
from somajo import alignment, doubly_linked_list

_WHITESPACE = regex.compile(r"\s")  # SoMaJo's own pattern (module `regex`, not `re`)
#: What SoMaJo's search may step over before a token: spaces, control and zero-width characters.
_SKIPPABLE = frozenset(alignment._skipable_characters)


def paragraph_tokenizer(somajo) -> Callable:
    """A replacement for `somajo._tokenize` (one paragraph -> sentences) with the fast offsets."""
    return partial(_tokenize_paragraph, somajo, somajo._tokenize)


def _tokenize_paragraph(somajo, somajos_own: Callable, token_info: tuple, xml_input: bool):
    token_list, raw, position = token_info
    if xml_input or not somajo.character_offsets or not unicodedata.is_normalized("NFC", raw):
        return somajos_own(token_info, xml_input)
    tokens = somajo._tokenizer._tokenize(doubly_linked_list.DLL(token_list))
    offsets = _offsets(tokens, raw, position)
    if offsets is None:
        offsets = alignment.token_offsets(token_list, raw, position, xml_input, tokens)
    for token, offset in zip(tokens, offsets):
        token.character_offset = offset
    if somajo.split_sentences:
        return somajo._sentence_splitter._split_sentences(tokens)
    return [tokens]


def _offsets(tokens: list, raw: str, position: int) -> list[tuple[int, int]] | None:
    """SoMaJo's offsets of the tokens of an NFC paragraph, or None where its character search is needed."""
    spaced = _WHITESPACE.sub(" ", raw)
    offsets = []
    cursor = 0
    for token in tokens:
        if token.markup:
            return None
        text = token.text if token.original_spelling is None else token.original_spelling
        text = _WHITESPACE.sub(" ", text)
        if not text:
            return None
        start = cursor
        while start < len(spaced) and spaced[start] != text[0] and spaced[start] in _SKIPPABLE:
            start += 1  # spaces and invisible characters before the token
        if not spaced.startswith(text, start):
            return None
        cursor = start + len(text)
        offsets.append((start + position, cursor + position))
    return offsets
