"""presslens' in-place SoMaJo token offsets must be exactly SoMaJo's own."""

from __future__ import annotations

import pytest
from somajo import SoMaJo

from presslens.stages.somajo_offsets import paragraph_tokenizer

#: Plain news text, double and odd spaces, invisible characters SoMaJo drops (soft hyphen inside
#: a word, zero-width space, BOM), a decomposed umlaut (not NFC), normalised spellings
#: (quotes, "z.B."), an emoticon with a space, a URL and an abbreviation.
PARAGRAPHS = [
    "Der Kanzler sagte am 3. Okt. 2023 in Berlin, die NATO sei „stark“.",
    "Mittels  Frontalangriff\u00a0und\tTaktik –  Wolfsburg  führt 2:1.",
    "Die Bundes\u00adwehr\u200b kauft \ufeffTaurus-Marschflugkörper.",
    "Mu\u0308ller und Ma\u0308rz sind nicht NFC.",
    "Er schrieb z.B. „Hallo“ und ''so'' ... dann : - ) und https://example.org/a?b=1.",
    "Hello, I'm fine -- isn't it? Mr. Smith's 1990s car cost $5.",
]


def _offsets(somajo: SoMaJo, paragraph: str) -> list[tuple[str, tuple[int, int]]]:
    return [(t.text, t.character_offset) for s in somajo.tokenize_text([paragraph]) for t in s]


@pytest.mark.parametrize("model", ["de_CMC", "en_PTB"])
@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_offsets_are_somajos_own(model: str, paragraph: str) -> None:
    own = SoMaJo(model, character_offsets=True)
    fast = SoMaJo(model, character_offsets=True)
    fast._tokenize = paragraph_tokenizer(fast)
    assert _offsets(fast, paragraph) == _offsets(own, paragraph)


def test_nfc_text_does_not_need_somajos_alignment(monkeypatch: pytest.MonkeyPatch) -> None:
    from presslens.stages import somajo_offsets

    def refuse(*args):
        raise AssertionError("SoMaJo's own alignment was used")

    fast = SoMaJo("de_CMC", character_offsets=True)
    fast._tokenize = paragraph_tokenizer(fast)
    monkeypatch.setattr(somajo_offsets.alignment, "token_offsets", refuse)
    assert _offsets(fast, PARAGRAPHS[1])[-3:] == [("2", (55, 56)), (":", (56, 57)), ("1.", (57, 59))]
