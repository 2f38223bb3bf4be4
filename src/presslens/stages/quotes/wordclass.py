"""Coarse word classes from whatever morphology the tokens carry.

Tokens may carry STTS tags (HanTa: "VVFIN", "VA(FIN)"), Universal POS tags, or
nothing at all; quote finding only needs a handful of coarse classes, so it
maps all three onto them and falls back to spelling when no tag is present.
"""

from __future__ import annotations

import re

from ...record import Token

NOUN, DET, ADJ, PREP, FINITE, VERB, PRON, PUNCT, CONJ, OTHER = (
    "noun", "det", "adj", "prep", "finite", "verb", "pron", "punct", "conj", "other",
)

_DETERMINERS = frozenset(
    "der die das des dem den ein eine einer eines einem einen kein keine keinen keiner keines keinem "
    "the a an this that these those his her its their our my".split()
)
_PRONOUNS = frozenset("er sie es ich wir ihr du man he she they i we it".split())
_PREPOSITIONS = frozenset(
    "in im an am auf aus bei beim mit nach von vom zu zum zur für über unter vor hinter neben zwischen "
    "gegen ohne um durch seit während wegen trotz laut gemäß gegenüber of in on at by for with from to "
    "into about after before under over".split()
)
_WEB_NAME = re.compile(r"[\w-]+(\.[\w-]+)*\.(de|com|org|net|at|ch|eu|info)", re.IGNORECASE)
_CONJUNCTIONS = frozenset("und oder aber sondern denn dass ob weil wenn als wie and or but that if as".split())
_STTS = {
    "NN": NOUN, "NE": NOUN, "FM": NOUN, "TRUNC": NOUN, "NNA": NOUN, "NNI": NOUN,  # HanTa: "Abgeordnete", "Vernehmen"
    "ART": DET, "PDAT": DET, "PPOSAT": DET, "PIAT": DET, "PIDAT": DET, "PWAT": DET,
    "ADJA": ADJ, "CARD": ADJ,
    "APPR": PREP, "APPRART": PREP, "APPO": PREP, "APZR": PREP,
    "PPER": PRON, "PRF": PRON, "PIS": PRON, "PDS": PRON,
    "KON": CONJ, "KOUS": CONJ, "KOUI": CONJ, "KOKOM": CONJ,
}
_UD = {
    "NOUN": NOUN, "PROPN": NOUN, "DET": DET, "ADJ": ADJ, "NUM": ADJ, "ADP": PREP,
    "PRON": PRON, "PUNCT": PUNCT, "CCONJ": CONJ, "SCONJ": CONJ,
}


#: BNC CLAWS C5 tags (HanTa's English model).
_C5 = {
    "NN0": NOUN, "NN1": NOUN, "NN2": NOUN, "NP0": NOUN, "AT0": DET, "DT0": DET, "DPS": DET, "DTQ": DET,
    "AJ0": ADJ, "AJC": ADJ, "AJS": ADJ, "CRD": ADJ, "ORD": ADJ, "PRP": PREP, "PNP": PRON, "PNI": PRON,
    "CJC": CONJ, "CJS": CONJ, "CJT": CONJ, "VM0": FINITE,
    "VVD": FINITE, "VVZ": FINITE, "VVB": FINITE, "VBZ": FINITE, "VBD": FINITE, "VBB": FINITE,
    "VHZ": FINITE, "VHD": FINITE, "VHB": FINITE, "VDZ": FINITE, "VDD": FINITE, "VDB": FINITE,
}


def word_class(token: Token) -> str:
    """The coarse class of a token (see the module constants)."""
    pos = (token.pos or "").replace("(", "").replace(")", "")
    if "." in token.text and _WEB_NAME.fullmatch(token.text):  # the cheap test first: this runs for every token
        return NOUN  # "wie spiegel.de berichtet": a web site names its publisher (taggers call it an adverb)
    if pos in _C5:
        return _C5[pos]
    if pos == "PRF":  # STTS reflexive "sich", C5 "of"
        return PREP if token.text.lower() == "of" else PRON
    if pos.startswith("$") or (token.text and not any(ch.isalnum() for ch in token.text)):
        return PUNCT
    if pos.startswith("V"):
        if pos.endswith("FIN") or pos == "VERB" and "VerbForm=Fin" in (token.morph or ""):
            return FINITE
        if pos in {"VERB", "AUX"}:
            return FINITE if "VerbForm=Fin" in (token.morph or "") else VERB
        return VERB
    if pos == "AUX":
        return FINITE if "VerbForm=Fin" in (token.morph or "") else VERB
    if pos in _STTS:
        return _STTS[pos]
    if pos in _UD:
        return _UD[pos]
    if pos:
        return OTHER
    return _by_spelling(token.text)


def _by_spelling(text: str) -> str:
    lower = text.lower()
    if lower in _DETERMINERS:
        return DET
    if lower in _PRONOUNS:
        return PRON
    if lower in _PREPOSITIONS:
        return PREP
    if lower in _CONJUNCTIONS:
        return CONJ
    if text[:1].isupper():
        return NOUN
    return OTHER


def is_participle(token: Token) -> bool:
    """A past participle ("mitgeteilt", "angekündigt", "said" is not told apart in English)."""
    pos = (token.pos or "").replace("(", "").replace(")", "")
    return pos in {"VVPP", "VAPP", "VMPP", "VVN", "VBN"} or "VerbForm=Part" in (token.morph or "")


#: Konjunktiv I forms of "sein", unambiguous in every person ("ich sei" too).
SEIN_KONJUNKTIV_1 = frozenset({"sei", "seien", "seiest", "seist"})


def is_konjunktiv_1(token: Token, previous: Token | None = None) -> bool:
    """A German present subjunctive ("sei", "werde", "habe", "könne"): the mark of reported speech.

    HanTa gives no mood, so the form is compared with its lemma: Konjunktiv I of
    the third person singular is the stem plus "-e" ("werd-e"), which no
    indicative third person has. "ich werde" is excluded by its subject.
    """
    if word_class(token) != FINITE and "Mood=Sub" not in (token.morph or ""):
        return False
    form = token.text.lower()
    if form in SEIN_KONJUNKTIV_1:
        return True
    if previous is not None and previous.text.lower() == "ich":
        return False  # "ich habe", "ich denke": indicative in the first person
    if "Mood=Sub" in (token.morph or "") and "Tense=Pres" in (token.morph or ""):
        return True
    lemma = (token.lemma or "").lower()
    if not lemma.endswith("n") or len(lemma) < 4:
        return False
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return form == stem + "e"
