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

from ...record import Article, Token
from .lexicon import load

_WORD = re.compile(r"[\w']+")
_PARTICIPLE = re.compile(r"\b[a-zäöü]*ge[a-zäöüß]+(?:t|en)\b")
_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "zum", "zur", "im", "am", "beim", "vom", "ins", "diese", "dieser", "diesen", "jede", "jeder", "jeden", "alle", "seine", "ihre", "ihren", "seinen", "unsere"}
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


def tense(text: str, language: str, start: int, end: int, position: int, tokens: list[Token] = ()) -> str:  # type: ignore[assignment]
    """"past", "future" or "present": the tense cue of text[start:end] nearest to `position`.

    Cues are finite past forms and auxiliaries from the lexicon, German perfect
    (auxiliary + participle), German weak preterites (-te/-ten not after a
    determiner), English -ed forms, future auxiliaries; a token whose morphology
    says Tense=Past counts too.
    """
    lex = load(language)
    past, future = set(lex["past_cues"]), set(lex["future_cues"])
    auxiliaries = set(lex["perfect_auxiliaries"])
    segment = text[start:end]
    has_participle = language == "de" and bool(_PARTICIPLE.search(segment))
    cues: list[tuple[int, str]] = []
    previous = ""
    for match in _WORD.finditer(segment):
        word, lower, at = match.group(), match.group().lower(), start + match.start()
        if lower in future:
            cues.append((at, "future"))
        elif lower in past or (lower in auxiliaries and has_participle and lower not in ("sei", "habe")):
            cues.append((at, "past"))
        elif language == "de" and word[0].islower() and len(word) > 4 and re.search(r"[^e]te[nt]?$", lower) and previous not in _DETERMINERS:
            cues.append((at, "past"))
        elif language == "en" and lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_PAST_EN:
            cues.append((at, "past"))
        previous = lower
    cues += [(t.start, "past") for t in tokens if start <= t.start < end and t.morph and "Tense=Past" in t.morph]
    if not cues:
        return "present"
    return min(cues, key=lambda cue: abs(cue[0] - position))[1]
