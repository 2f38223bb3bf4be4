"""The temporal vocabulary of each supported language, read from package data files."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

LANGUAGES = ("de", "en")


@lru_cache(maxsize=4)
def load(language: str) -> dict[str, Any]:
    """The lexicon `lexicons/time_<language>.json` (KeyError for an unsupported language)."""
    if language not in LANGUAGES:
        raise KeyError(language)
    path = resources.files("presslens.lexicons").joinpath(f"time_{language}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def alternation(words: object) -> str:
    """A regex alternation of the given words, longest first, spaces matching any whitespace run."""
    ordered = sorted(set(words), key=len, reverse=True)  # type: ignore[arg-type]
    return "(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered) + ")"
