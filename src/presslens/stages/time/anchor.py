"""What a relative expression is anchored to, and the tense of the reporting around it.

News rules (docs/time.md): the dateline (metadata.published) anchors deictic and
relative expressions; inside a quotation the date given in the sentence that
introduces it ("Am 7. März 2024 hatte die Bundesregierung mitgeteilt, dass …")
anchors instead; anaphoric expressions ("zwei Tage später", "the following
morning") take the last absolute day mentioned before them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ...record import Article, Token
from .lexicon import load

_WORD = re.compile(r"[\w']+")
_STOP = re.compile(r"[.;!?](?=\s+[A-ZÄÖÜ])")
_PARTICIPLE = re.compile(r"^(?:[a-zäöü]*ge[a-zäöüß]+(?:t|en)|(?:be|ver|ent|er|zer|über|unter|miss)[a-zäöüß]+(?:t|en))$")
_PRETERITE = re.compile(r"(?:[^t]te|ete|[^t]ten|eten)$")
_ADJECTIVES = {"letzte", "letzten", "erste", "ersten", "zweite", "zweiten", "dritte", "dritten", "vierte", "vierten", "nächste", "nächsten", "meiste", "meisten", "beste", "besten", "weite", "weiten", "breite", "breiten", "gesamte", "gesamten", "rechte", "rechten", "späte", "späten", "harte", "harten", "gute", "guten", "gestern", "heute", "bitte"}
_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "zum", "zur", "im", "am", "beim", "vom", "ins", "diese", "dieser", "diesen", "jede", "jeder", "jeden", "alle", "seine", "ihre", "ihren", "seinen", "unsere"}
_ENGLISH_PAST_TAGS = {"VVD", "VBD", "VDD", "VHD"}
_NOT_PAST_EN = {"need", "needed", "indeed", "speed", "hundred", "embed", "proceed", "exceed", "succeed", "seed", "feed", "breed", "based", "related", "expected", "scheduled", "red", "bed", "shed"}


def dateline(article: Article) -> dt.date | None:
    """The publication date from metadata.published (ISO 8601), or None."""
    published = article.metadata.get("published") if article.metadata else None
    if not isinstance(published, str):
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def tense(text: str, language: str, start: int, end: int, position: int, tokens: Sequence[Token] = ()) -> str:
    """"past", "future" or "present": the tense cue of text[start:end] nearest to `position`.

    Cues are finite past forms and auxiliaries from the lexicon, German perfect
    (auxiliary + participle), German weak preterites (-te/-ten not after a
    determiner), English -ed forms, future auxiliaries; a token the morphology
    stage marks as past indicative (or an English past-tense tag) counts too.
    """
    start, end = _clause(text, start, end, position)
    lex = load(language)
    past, future = set(lex["past_cues"]), set(lex["future_cues"])
    auxiliaries = set(lex["perfect_auxiliaries"])
    words = [(start + m.start(), m.group()) for m in _WORD.finditer(text[start:end])]
    cues: list[tuple[int, str]] = []
    for index, (at, word) in enumerate(words):
        lower = word.lower()
        previous = words[index - 1][1].lower() if index else ""
        if lower in future:
            cues.append((at, "future"))
        elif lower in past or (language == "de" and lower in auxiliaries and _perfect(text, words, index)):
            cues.append((at, "past"))
        elif language == "de" and word[0].islower() and len(word) > 4 and _PRETERITE.search(lower) and lower not in _ADJECTIVES and previous not in _DETERMINERS:
            cues.append((at, "past"))
        elif language == "en" and lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_PAST_EN:
            cues.append((at, "past"))
    cues += [(t.start, "past") for t in tokens if start <= t.start < end and _past_token(t)]
    if not cues:
        return "present"
    return min(cues, key=lambda cue: abs(cue[0] - position))[1]


def _clause(text: str, start: int, end: int, position: int) -> tuple[int, int]:
    """Narrow a sentence to the stretch around `position` between ". ", "; " or "? " marks
    (the sentence layer may have missed a boundary such as "um 20 Uhr 15. Ein ...")."""
    marks = [m.end() for m in _STOP.finditer(text, start, end)]
    before = [m for m in marks if m <= position]
    after = [m for m in marks if m > position]
    return (before[-1] if before else start, after[0] if after else end)


def _past_token(token: Token) -> bool:
    """A token the morphology stage marks as past indicative (not Konjunktiv II), or an English past tag."""
    if token.morph and "Tense=Past" in token.morph and "Mood=Sub" not in token.morph:
        return True
    return token.pos in _ENGLISH_PAST_TAGS


def _perfect(text: str, words: list[tuple[int, str]], index: int) -> bool:
    """A German auxiliary forming a perfect: a participle right before it (subordinate clause)
    or within the next 40 words of the same clause (main clause), clauses ending at , ; : or the sentence end."""
    if index and _PARTICIPLE.match(words[index - 1][1]):
        return True
    for at, word in words[index + 1 : index + 40]:
        if re.search(r"[,;:]", text[words[index][0] : at]):
            return False
        if _PARTICIPLE.match(word):
            return True
    return False
