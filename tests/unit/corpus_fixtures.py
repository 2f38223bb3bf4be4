"""Small hand-built records carrying every layer the store projects (forms from the BRIEF)."""

from __future__ import annotations

from presslens.readers.text import read_text
from presslens.record import Article

QUOTE_6 = "Wir werden keine Taurus-Marschflugkörper liefern"


def _span(text: str, needle: str, after: int = 0) -> dict:
    start = text.index(needle, after)
    return {"start": start, "end": start + len(needle)}


def article(text: str, title: str, published: str | None, speaker: str | None = None, quote: str | None = None,
            reference: str | None = None, entities: tuple[tuple[str, str, str], ...] = ()) -> Article:
    """An article with sentences, entities (name, label, mention text), one quote, a timex and claims."""
    art = read_text(text, raw=True)
    art.metadata["title"] = title
    art.metadata["published"] = published
    art.metadata["authors"] = ["Erika Muster"]
    art.language = "de"
    art.layers["sentences"] = [_span(text, s.strip()) for s in text.split("\n") if s.strip()]
    layer = []
    for number, (name, label, surface) in enumerate(entities, 1):
        mentions, at = [], 0
        while surface in text[at:]:
            span = _span(text, surface, at)
            mentions.append(span)
            at = span["end"]
        layer.append({"id": f"E{number}", "label": label, "name": name, "mentions": mentions})
    art.layers["entities"] = layer
    if quote:
        speaker_span = None
        if speaker:
            entity = next((e for e in layer if e["name"] == speaker), None)
            surface = next(s for n, _, s in entities if n == speaker)
            speaker_span = {**_span(text, surface), "name": speaker, "entity": entity["id"] if entity else None}
        cue = _span(text, "sagte") if "sagte" in text else None
        art.layers["quotes"] = [{"spans": [_span(text, quote)], "type": "Direct", "cue": cue, "speaker": speaker_span,
                                 "addressee": None, "reference": reference}]
        if 0 <= text.find("“") < text.index(quote):  # an earlier pair of marks around words nobody said
            scare = text[text.index("„") + 1:text.index("“")]
            art.layers["quotes"].insert(0, {"spans": [_span(text, scare)], "type": "NotSpeech", "cue": None, "speaker": None,
                                            "addressee": None, "reference": None})
    if "Montag" in text:
        art.layers["timexes"] = [{**_span(text, "Montag"), "type": "DATE", "value": (published or "2024-03-04")[:10],
                                  "mod": None, "anchor": published}]
    art.layers["claims"] = [{**s, "label": "asserted", "cues": [], "sourced": bool(quote)} for s in art.layers["sentences"]]
    return art


def corpus() -> list[Article]:
    """Three articles: the same quote by Pistorius twice (once slightly altered), once unattributed."""
    return [
        article(f"Pistorius sagte am Montag in Berlin: „{QUOTE_6}.“ (6)\nDie SPD stützt ihn.", "Kein Taurus",
                "2024-03-04T10:00:00+01:00", speaker="Boris Pistorius", quote=QUOTE_6, reference="6",
                entities=(("Boris Pistorius", "PER", "Pistorius"), ("Berlin", "LOC", "Berlin"), ("SPD", "ORG", "SPD"))),
        article("Macron hält „Bodentruppen“ für denkbar.\n„Wir werden keinen Taurus Marschflugkörper liefern“, sagte Pistorius später.",
                "Macron und der Taurus", "2024-03-06", speaker="Boris Pistorius",
                quote="Wir werden keinen Taurus Marschflugkörper liefern",
                entities=(("Emmanuel Macron", "PER", "Macron"), ("Boris Pistorius", "PER", "Pistorius"))),
        article(f"Ein Kommentar.\nDer Satz „{QUOTE_6}“ fiel schon früher in Berlin.", "Frühere Sätze", "2024-02-28",
                entities=(("Berlin", "LOC", "Berlin"),)),
    ]
