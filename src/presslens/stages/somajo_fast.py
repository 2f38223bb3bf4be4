"""Faster, output-identical replacements for three steps of SoMaJo (tokens and sentences).

Measured with cProfile on 10kGNAD, these took ~70% of SoMaJo's run time on news text:
- the emoji splitter runs an uncompiled regex on every grapheme of every token; a token
  with no emoji character cannot be split by it, so it is only called for tokens that have one;
- the abbreviation pattern (1,100 abbreviations, case-insensitive) is tried at every character
  of a paragraph; `AbbreviationSearch` tries it only where a match can start;
- the character offsets: SoMaJo aligns every paragraph to its NFC form with three dicts holding
  an entry per character and finds each token in a fresh copy of the rest of the paragraph
  (`raw[i:]`). For a paragraph already in NFC, as news text almost always is, that alignment
  is the identity, so a token's offsets are where SoMaJo's own search finds it: the first place
  after the previous token, past spaces and invisible characters, where the token's text (or
  original spelling) starts; `paragraph_tokenizer` does that search in place. Any other
  paragraph, and one with a token not found whole there (SoMaJo then also steps over invisible
  characters inside it), goes through SoMaJo's own code.
Checked identical on every 10kGNAD article (docs/benchmarks.md) and by tests/unit/test_somajo_fast.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from functools import partial

import regex
from somajo import alignment, doubly_linked_list, utils

_WHITESPACE = regex.compile(r"\s")  # SoMaJo's own pattern (module `regex`, not `re`)
#: What SoMaJo's search may step over before a token: spaces, control and zero-width characters.
_SKIPPABLE = frozenset(alignment._skipable_characters)
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")


def speed_up(somajo) -> None:
    """Swap the three slow steps of this SoMaJo instance for the identical fast ones here."""
    tokenizer = somajo._tokenizer
    split_emojis = tokenizer._split_emojis

    def split_emojis_when_present(node, token_class="emoticon"):
        if _EMOJI.search(node.value.text):
            split_emojis(node, token_class)

    tokenizer._split_emojis = split_emojis_when_present
    abbreviations = utils.read_abbreviation_file(f"abbreviations_{somajo.language[:2]}.txt", to_lower=True)
    tokenizer.abbreviation = AbbreviationSearch.of(tokenizer.abbreviation, abbreviations) or tokenizer.abbreviation
    somajo._tokenize = paragraph_tokenizer(somajo)


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


class AbbreviationSearch:
    """SoMaJo's abbreviation pattern, tried only where a match can start; same matches as its `finditer`.

    Each alternative of the pattern ("(?:\\p{L}\\.){2,}" and every listed abbreviation) starts with
    a letter and has a full stop within its first `reach` characters, none of them a space (`of`
    checks SoMaJo's list), and the pattern requires no letter or full stop before it. So only such
    a letter with a full stop that close can start a match: the pattern is tried there, in order,
    skipping positions inside the previous match, which are the matches `finditer` finds. The
    bounded look-ahead keeps the search linear on long runs without spaces ("a-a-a-…")."""

    def __init__(self, pattern: regex.Pattern, reach: int) -> None:
        self.pattern = pattern
        self.starts = regex.compile(rf"(?<![\p{{L}}.])(?=\p{{L}}[^\s.]{{0,{reach - 1}}}\.)")

    @classmethod
    def of(cls, pattern: regex.Pattern, abbreviations: list[str]) -> AbbreviationSearch | None:
        """The search for SoMaJo's pattern built from these abbreviations, or None if one breaks the rule."""
        if not all(a[:1].isalpha() and "." in a and not any(c.isspace() for c in a) for a in abbreviations):
            return None
        return cls(pattern, max([1] + [a.index(".") for a in abbreviations]))

    def finditer(self, text: str) -> Iterator[regex.Match]:
        end = 0
        for start in self.starts.finditer(text):
            if start.start() < end:
                continue
            match = self.pattern.match(text, start.start())
            if match:
                end = match.end()
                yield match
