"""What the quote tests compare: each quote of an article as a short tuple of its words."""

from __future__ import annotations

from presslens import analyze
from presslens.record import Article


def _words(article: Article, quote: dict) -> str:
    """The quote's words, its spans joined by " … "."""
    return " … ".join(article.span_text(span) for span in quote["spans"])


def rows(article: Article) -> list[tuple[str, str, str | None]]:
    """(type, words, speaker words) of each quote of `article`."""
    return [(q["type"], _words(article, q), article.span_text(q["speaker"]) if q["speaker"] else None)
            for q in article.layer("quotes")]


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(type, words, speaker words) of each quote of `text`, analysed as given."""
    return rows(analyze(text, raw=True))


def found_named(text: str) -> list[tuple[str, str, str | None]]:
    """(type, words, speaker name) of each quote of `text`: the name is the entity's when the speaker is one."""
    article = analyze(text, raw=True)
    return [(q["type"], _words(article, q), q["speaker"] and q["speaker"]["name"]) for q in article.layer("quotes")]


def direct(article: Article) -> list[tuple[str, str | None, str | None]]:
    """(words, speaker words, cue words) of each Direct quote."""
    return [(article.span_text(q["spans"][0]), q["speaker"] and article.span_text(q["speaker"]),
             q["cue"] and article.span_text(q["cue"]))
            for q in article.layer("quotes") if q["type"] == "Direct"]
