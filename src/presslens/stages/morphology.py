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
from .hanta import speed_up
from .language import analysis_language, record_skip
from .sentences import sentence_tokens

_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}
_CACHE_WORDS = 200_000
#: HanTa's word analysis is quadratic in word length (400 letters: ~4 s); longer tokens (URLs,
#: pasted junk, monster compounds) are tagged by their last letters, which decide a German compound.
MAX_ANALYSED_CHARS = 32
_MIN_PREFIX, _MIN_HEAD = 3, 4
#: HanTa's Viterbi gives up (KeyError) once a path's log-probability falls below -1e6, which a
#: "sentence" of tens of thousands of tokens reaches; longer sentences are tagged in windows.
MAX_TAGGED_TOKENS = 1_000
#: STTS and CLAWS C5 tag prefixes whose lemma is the token itself (proper nouns, adjectives,
#: adverbs, numbers, foreign words, other symbols).
_SURFACE_LEMMA = ("NE", "ADJ", "ADV", "CARD", "FM", "XY", "TRUNC", "NP0", "AJ", "AV0", "CRD", "UNC", "ORD")

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
    speed_up(tagger, _CACHE_WORDS)
    tagger.lemma_of = lru_cache(maxsize=_CACHE_WORDS)(lambda word, tag: tagger._analyze(word, tag, taglevel=1)[0])
    tagger.noun = tagger.tag2int.get("NN")
    tagger.compound_split = lru_cache(maxsize=_CACHE_WORDS)(lambda word: _compound_split(tagger, word))
    return tagger


def is_common_noun(word: str, language: str) -> bool:
    """True when HanTa's lexicon knows the word first of all as a common noun ("Front", "defence")."""
    tagger = _tagger(language)
    known = tagger.cache.get(word.lower())
    if not known:
        return False
    tag = tagger.int2tag[max(known, key=lambda tag_logp: tag_logp[1])[0]]
    return tag == "NN" if language == "de" else tag in {"NN0", "NN1", "NN2"}


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


def _compound_split(tagger, word: str) -> int:
    """Where the head of an unknown German compound noun starts ("Kommunikations|wege"), or 0.

    The head is the longest ending of at least 4 letters, after at least 3, that HanTa's own
    lexicon knows as a noun first of all. HanTa's analysis of a word it has never seen costs
    about a millisecond; two thirds of such words in news are capitalised nouns, mostly compounds.
    """
    lower = word.lower()
    if len(lower) < _MIN_PREFIX + _MIN_HEAD or lower in tagger.cache:
        return 0
    for split in range(_MIN_PREFIX, len(lower) - _MIN_HEAD + 1):
        known = tagger.cache.get(lower[split:])
        if known and max(known, key=lambda tag_logp: tag_logp[1])[0] == tagger.noun:
            return split
    return 0


def _tagging_form(tagger, word: str, language: str) -> tuple[str, str]:
    """(compound prefix, word HanTa sees): a compound's head, a long token's ending, or the word."""
    if language == "de" and word[:1].isupper() and not word.isupper():
        split = tagger.compound_split(word)
        if split:
            return word[:split], word[split].upper() + word[split + 1 :]
    if len(word) <= MAX_ANALYSED_CHARS:
        return "", word
    return "", word[0] + word[-(MAX_ANALYSED_CHARS - 1) :]


def _lemma(tagger, token: Token, prefix: str, form: str, tag: int, pos: str) -> str:
    """HanTa's lemma; a compound's prefix joined to its head's lemma; a long token is its own lemma.

    Names, adjectives, adverbs, numbers and foreign words keep their surface form as lemma:
    no later stage reads those lemmas, and HanTa's lemma search costs as much as its tagging."""
    if pos.startswith(_SURFACE_LEMMA):
        return token.text
    if not prefix:
        return tagger.lemma_of(form, tag) if form == token.text else token.text
    lemma = tagger.lemma_of(form, tag)
    return prefix + (lemma if prefix.endswith("-") else lemma[:1].lower() + lemma[1:])


def _tag_sentence(tagger, tokens: list[Token], language: str) -> None:
    forms = [_tagging_form(tagger, token.text, language) for token in tokens]
    tags = tagger.tag_sent_viterbi([form for _, form in forms])
    for token, (prefix, form), tag in zip(tokens, forms, tags):
        pos = tagger.int2tag[tag]
        token.pos = pos.replace("(", "").replace(")", "")
        token.lemma = _lemma(tagger, token, prefix, form, tag, token.pos)
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
        for start in range(0, len(tokens), MAX_TAGGED_TOKENS):
            _tag_sentence(tagger, tokens[start : start + MAX_TAGGED_TOKENS], language)
    return article
