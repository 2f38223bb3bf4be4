"""Part of speech, lemma and verb mood for German and English tokens (HanTa).

HanTa tags a sentence with a Viterbi search over per-word analyses; the
per-word analysis is the slow part, so it is memoised per word form (and the
lemma per (form, tag)) for the life of the process: the seed article costs
~0.3 s cold and ~0.03 s once its words are known.

What a Token gets:
- `pos`: STTS tag for German ("VVFIN", "NN", "NE", "ADJA" ...; HanTa's
  "VV(FIN)" is written "VVFIN"); for English the BNC CLAWS C5 tag of
  HanTa's English model ("VVD" said, "VBZ" is, "NP0" proper noun, "VM0" modal).
- `lemma`: HanTa's lemma ("sollen", "Russland", "der").
- `morph`: UD-style features, only for finite verbs: "VerbForm=Fin" plus
  "Mood=Sub|Tense=Pres" for a German Konjunktiv I form ("sei", "habe",
  "werde", "könne", "gehöre") and "Mood=Sub|Tense=Past" for Konjunktiv II
  ("wäre", "hätte", "würde", "könnte"); other tokens have `morph` None.
  HanTa does not tag mood, so mood comes from the form and lemma (see
  `german_mood`): a 3rd-person-looking "-e" present form is taken as
  Konjunktiv I, which also matches the 1st person indicative ("ich habe").
"""

from __future__ import annotations

from functools import lru_cache

from ..record import Article, Token
from .language import analysis_language, record_skip
from .sentences import sentence_tokens

_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}
_CACHE_WORDS = 200_000
#: HanTa's word analysis is quadratic in word length (400 letters: ~4 s); longer tokens (URLs,
#: pasted junk, monster compounds) are tagged by their last letters, which decide a German compound.
MAX_ANALYSED_CHARS = 32

#: Konjunktiv II forms of frequent auxiliaries and modals (umlaut + -e/-te).
_KONJUNKTIV_II = {
    "wäre", "wärest", "wärst", "wären", "wäret", "wärt",
    "hätte", "hättest", "hätten", "hättet",
    "würde", "würdest", "würden", "würdet",
    "könnte", "könntest", "könnten", "könntet",
    "müsste", "müsstest", "müssten", "müsstet", "müßte", "müßten",
    "dürfte", "dürftest", "dürften", "dürftet",
    "möchte", "möchtest", "möchten", "möchtet",
    "sollte", "solltest", "sollten", "solltet",
    "wollte", "wolltest", "wollten", "wolltet",
    "ginge", "gingen", "käme", "kämen", "gäbe", "gäben", "täte", "täten", "wüsste", "wüssten",
    "bliebe", "blieben", "läge", "lägen", "stünde", "stünden", "stände", "ständen", "sähe", "sähen",
}
#: sollte/wollte are Konjunktiv II and preterite alike; reported speech reads them as neither.
_AMBIGUOUS_PRETERITE = {"sollte", "solltest", "sollten", "solltet", "wollte", "wolltest", "wollten", "wolltet"}
_KONJUNKTIV_I_SEIN = {"sei", "seiest", "seist", "seien", "seiet"}


@lru_cache(maxsize=2)
def _tagger(language: str):
    """A HanTa tagger whose per-word analyses are memoised (HanTa itself recomputes them every time)."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger(_MODELS[language])
    tagger.analyze_forward = lru_cache(maxsize=_CACHE_WORDS)(tagger.analyze_forward)
    tagger.lemma_of = lru_cache(maxsize=_CACHE_WORDS)(lambda word, tag: tagger._analyze(word, tag, taglevel=1)[0])
    return tagger


def german_mood(form: str, lemma: str, pos: str) -> str | None:
    """UD features of a German finite verb form: Konjunktiv I / II when the form shows it."""
    if not pos.endswith("FIN"):
        return None
    word = form.lower()
    if word in _KONJUNKTIV_I_SEIN:
        return "VerbForm=Fin|Mood=Sub|Tense=Pres"
    if word in _KONJUNKTIV_II and word not in _AMBIGUOUS_PRETERITE:
        return "VerbForm=Fin|Mood=Sub|Tense=Past"
    stem = lemma.lower().removesuffix("n").removesuffix("e")
    if word == stem + "e" and lemma.lower() != word:
        return "VerbForm=Fin|Mood=Sub|Tense=Pres"  # habe, werde, könne, gehöre, halte (not: sagte, hat)
    return "VerbForm=Fin"


def _tagging_form(word: str) -> str:
    """The word HanTa sees: long tokens shortened to their first letter plus their last letters."""
    if len(word) <= MAX_ANALYSED_CHARS:
        return word
    return word[0] + word[-(MAX_ANALYSED_CHARS - 1) :]


def _tag_sentence(tagger, tokens: list[Token], language: str) -> None:
    words = [_tagging_form(token.text) for token in tokens]
    tags = tagger.tag_sent_viterbi(words)
    for token, word, tag in zip(tokens, words, tags):
        pos = tagger.int2tag[tag]
        token.pos = pos.replace("(", "").replace(")", "")
        token.lemma = tagger.lemma_of(word, tag) if word == token.text else token.text
        if language == "de":
            token.morph = german_mood(token.text, token.lemma, token.pos)
        elif token.pos == "VM0" or (token.pos[:1] == "V" and token.pos[2:] in {"B", "D", "Z"}):
            token.morph = "VerbForm=Fin"


def tag_morphology(article: Article) -> Article:
    """Fill pos, lemma and morph of every token of a German or English article."""
    language = analysis_language(article)
    if language is None:
        return record_skip(article, "morphology")
    tagger = _tagger(language)
    for tokens in sentence_tokens(article):
        if tokens:
            _tag_sentence(tagger, tokens, language)
    return article
