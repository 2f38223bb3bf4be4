"""Language identification of the record, and the note of which layers an unsupported language skips.

German and English are fully analysed. Every other language still gets
sentences and tokens; the stages that need a language model (morphology,
entities) skip it and say so in `article.profile["layers_skipped"]`
(layer name -> reason), so a reader of the record knows why a layer is absent.
Text too short to tell (language None) is analysed as German, the project's
first language, and `profile["analysed_as"]` says so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..record import Article

#: Languages with every layer (morphology, entities) available.
SUPPORTED: tuple[str, ...] = ("de", "en")

#: What a record of unknown language (too little text) is analysed as.
DEFAULT_LANGUAGE = "de"

#: Enough of the text to decide; more only costs time.
_SAMPLE_CHARS = 20_000
#: Fewer letters than this is "too little text" and the language stays None.
_MIN_LETTERS = 12
#: Below this normalised probability the guess is not trusted.
_MIN_CONFIDENCE = 0.3

_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier():
    """The py3langid model with normalised probabilities (loaded once, ~0.5 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and confidence, or (None, 0.0) when the text is too short or too unclear."""
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return None, 0.0
    code, confidence = _identifier().classify(sample)
    if confidence < _MIN_CONFIDENCE:
        return None, float(confidence)
    return code, float(confidence)


def identify_language(article: Article) -> Article:
    """Set `article.language` unless a reader already knows it (e.g. from HTML lang: "de-AT" -> "de")."""
    if article.language:
        article.language = article.language.replace("_", "-").split("-")[0].strip().lower() or None
    if article.language is None:
        article.language, confidence = guess_language(article.text)
        article.profile["language_confidence"] = round(confidence, 3)
    return article


def analysis_language(article: Article) -> str | None:
    """The supported language to analyse the article as, or None when its language is unsupported."""
    if article.language is None:
        article.profile["analysed_as"] = DEFAULT_LANGUAGE
        return DEFAULT_LANGUAGE
    return article.language if article.language in SUPPORTED else None


def record_skip(article: Article, layer: str) -> Article:
    """Note in the profile that `layer` did not run because the article's language is unsupported."""
    article.profile.setdefault("layers_skipped", {})[layer] = f"language {article.language!r} is not supported"
    return article
