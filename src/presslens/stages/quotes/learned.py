"""A small learned step: whole sentences of reported speech that no rule frames.

Reported speech acts ("Die Stadt erwog, vom Vertrag zurückzutreten"), free
indirect speech ("Der Abgeordnete soll einer Sabotagegruppe angehört haben")
and continued Konjunktiv passages have no quotation marks and often no speech
verb. A multinomial logistic model over hashed features of the unit (lemmas,
the mood and lemma of its first finite verb, what the rules found in it and
around it) decides which type, if any, a unit without a rule quote is.
Trained by training/quote_units.py on quotes-de/train only (fixed seed).
"""

from __future__ import annotations

import zlib
from functools import cache
from importlib import resources

import numpy as np

from ...record import Token
from .frames import Found, unit_subject, whole_unit
from .speakers import Phrase, agent_phrase, person_like, phrases
from .units import Unit
from .wordclass import FINITE, PUNCT, word_class

LABELS = ("None", "Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")
#: Types the model may add, and the probability it needs to add one.
ADDED = ("Reported", "FreeIndirect", "IndirectFreeIndirect")
THRESHOLD = 0.5
_PASSIVE_AUXILIARIES = frozenset("wurde wurden worden wird werden".split())
DIMENSIONS = 1 << 15
MODEL = "quote_units.npz"


def _bucket(n: int) -> str:
    return str(min(n // 5, 8))


def unit_features(tokens: list[Token], units: list[Unit], by_unit: dict[int, str], index: int) -> list[str]:
    """Named features of unit `index`; `by_unit` holds the rule type found in each unit."""
    unit = units[index]
    outside = [i for i in unit.outside() if word_class(tokens[i]) != PUNCT]
    features = ["bias", f"len={_bucket(len(outside))}"]
    features.append(f"rule={by_unit.get(index, 'none')}")
    for offset in (-2, -1, 1):
        features.append(f"rule{offset}={by_unit.get(index + offset, 'none')}")
    if index > 0 and units[index - 1].paragraph != unit.paragraph:
        features.append("paragraph_start")
    if index == 0:
        features.append("first_unit")
    if unit.marks:
        features.append("marks")
    finite = [i for i in outside if word_class(tokens[i]) == FINITE]
    for rank, i in enumerate(finite[:2]):
        lemma = (tokens[i].lemma or tokens[i].text).lower()
        mood = "sub1" if "Mood=Sub|Tense=Pres" in (tokens[i].morph or "") else "sub2" if "Mood=Sub" in (tokens[i].morph or "") else "ind"
        features += [f"fin{rank}={lemma}", f"mood{rank}={mood}", f"finlemma={lemma}"]
    if any("Mood=Sub|Tense=Pres" in (tokens[i].morph or "") for i in finite):
        features.append("konj1")
    for i in outside:
        lemma = (tokens[i].lemma or tokens[i].text).lower()
        features.append(f"lemma={lemma}")
        if (tokens[i].pos or "").startswith("V"):
            features.append(f"verb={lemma}")
    if outside:
        features.append(f"start={(tokens[outside[0]].pos or '')}")
        features.append(f"first={tokens[outside[0]].text.lower()}")
    return features


def hashed(features: list[str]) -> np.ndarray:
    """Feature names to column indices (crc32, stable across runs)."""
    return np.array([zlib.crc32(f.encode("utf-8")) % DIMENSIONS for f in features], dtype=np.int64)


@cache
def _weights() -> np.ndarray | None:
    path = resources.files("presslens.models").joinpath(MODEL)
    if not path.is_file():
        return None
    with path.open("rb") as fh:
        return np.load(fh)["weights"]


def probabilities(weights: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Class probabilities of one unit from its hashed feature columns."""
    scores = weights[columns].sum(axis=0)
    scores = np.exp(scores - scores.max())
    return scores / scores.sum()


def rule_types(found: list[Found]) -> dict[int, str]:
    """The speech type the rules found in each unit (Direct when only marked quotes)."""
    by_unit: dict[int, str] = {}
    for quote in found:
        if quote.type != "NotSpeech" and (quote.unit not in by_unit or by_unit[quote.unit] == "Direct"):
            by_unit[quote.unit] = quote.type
    return by_unit


def reported_source(tokens: list[Token], unit: Unit) -> Phrase | None:
    """Who performs a reported speech act: the passive agent ("von X kritisiert"), else the
    subject, else the first phrase that can speak."""
    outside = unit.outside()
    if any(tokens[i].text.lower() in _PASSIVE_AUXILIARIES for i in outside):
        agent = agent_phrase(tokens, outside)
        if agent is not None and person_like(tokens, agent):
            return agent
    subject = unit_subject(tokens, unit)
    if subject is not None and person_like(tokens, subject):
        return subject
    return next((p for p in phrases(tokens, outside) if person_like(tokens, p)), None)


def unit_quotes(tokens: list[Token], units: list[Unit], found: list[Found]) -> list[Found]:
    """Whole-unit quotes the model adds where the rules found no speech (nor a `sourced` quote, which
    decides its unit; the model sees the rules' quotes without those, as it was trained)."""
    weights = _weights()
    if weights is None:
        return []
    by_unit = rule_types([quote for quote in found if not quote.sourced])
    decided = {quote.unit for quote in found if quote.sourced}
    added = []
    for index, unit in enumerate(units):
        if index in by_unit or index in decided or unit.last - unit.first < 4:
            continue
        p = probabilities(weights, hashed(unit_features(tokens, units, by_unit, index)))
        label = LABELS[int(p.argmax())]
        if label not in ADDED or p.max() < THRESHOLD:
            continue
        quote = whole_unit(tokens, unit, index, label, inherit=label != "Reported")
        if label == "Reported":
            quote.speaker = reported_source(tokens, unit)
        added.append(quote)
    return added
