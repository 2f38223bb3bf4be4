"""presslens' faster SoMaJo steps must give exactly SoMaJo's own tokens, offsets and sentences."""

from __future__ import annotations

import pytest
from somajo import SoMaJo, utils

from presslens.stages.somajo_fast import AbbreviationSearch, paragraph_tokenizer, speed_up

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
    "Dr. med. Meier (Abt.-Ltr.) sagte z.B., u.a. laut ABl.EG bzw. Nds.SOG S. 5 usw. am 3.Okt. etc.",
    "Prof.Dr. Ing. M.Sc. e.V. i.d.R. Nr. 5, vgl. Art. 3 GG; U.S.A. a.m. Mr.Smith Ph.D. Jr. approx.",
    "Ein 😀 Emoji 👍🏽 und ❤️ hier :-) ;)",
]


def _offsets(somajo: SoMaJo, paragraph: str) -> list[list[tuple[str, str, tuple[int, int]]]]:
    return [[(t.text, t.token_class, t.character_offset) for t in s] for s in somajo.tokenize_text([paragraph])]


@pytest.mark.parametrize("model", ["de_CMC", "en_PTB"])
@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_tokens_offsets_and_sentences_are_somajos_own(model: str, paragraph: str) -> None:
    own = SoMaJo(model, character_offsets=True)
    fast = SoMaJo(model, character_offsets=True)
    speed_up(fast)
    assert _offsets(fast, paragraph) == _offsets(own, paragraph)


@pytest.mark.parametrize("model", ["de_CMC", "en_PTB"])
def test_abbreviation_search_finds_the_patterns_own_matches(model: str) -> None:
    pattern = SoMaJo(model)._tokenizer.abbreviation
    search = AbbreviationSearch.of(pattern, utils.read_abbreviation_file(f"abbreviations_{model[:2]}.txt", to_lower=True))
    long_runs = ["a-" * 300 + "b.", "x" * 30 + "z.B. " + "Abt.-Ltr.-Stv." * 5]
    for text in PARAGRAPHS + long_runs + [" ".join(PARAGRAPHS), "z.B.", "", "...", "A.B.C.D. e.g.i.e. ca.5 Tel.-Nr."]:
        assert [m.span() for m in search.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    if model == "de_CMC":
        assert [m.group() for m in search.finditer(PARAGRAPHS[-3])] == [
            "Dr.", "med.", "z.B.", "u.a.", "ABl.EG", "bzw.", "Nds.SOG", "usw.", "etc."
        ]


def test_nfc_text_does_not_need_somajos_alignment(monkeypatch: pytest.MonkeyPatch) -> None:
    from presslens.stages import somajo_fast

    def refuse(*args):
        raise AssertionError("SoMaJo's own alignment was used")

    fast = SoMaJo("de_CMC", character_offsets=True)
    fast._tokenize = paragraph_tokenizer(fast)
    monkeypatch.setattr(somajo_fast.alignment, "token_offsets", refuse)
    assert [(text, offset) for text, _, offset in _offsets(fast, PARAGRAPHS[1])[-1][-3:]] == [
        ("2", (55, 56)), (":", (56, 57)), ("1.", (57, 59))
    ]
