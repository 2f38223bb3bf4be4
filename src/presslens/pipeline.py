"""The ordered list of analysis stages and the loop that runs and times them.

A stage is a plain function `Article -> Article`. This list is the one place
that says what runs and in which order; stages are imported lazily so that
reading a record does not load language models.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable

from .record import Article

Stage = Callable[[Article], Article]

#: (name, "module:function") in running order.
STAGES: list[tuple[str, str]] = [
    ("language", "presslens.stages.language:identify_language"),
    ("sentences", "presslens.stages.sentences:split_sentences"),
    ("morphology", "presslens.stages.morphology:tag_morphology"),
    ("entities", "presslens.stages.entities:recognise_entities"),
    ("quotes", "presslens.stages.quotes:find_quotes"),
    ("timexes", "presslens.stages.timexes:find_timexes"),
    ("timeline", "presslens.stages.timeline:build_timeline"),
    ("claims", "presslens.stages.claims:classify_claims"),
]


def resolve(target: str) -> Stage:
    """Import the stage function named by "module:function"."""
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name, package=__package__)
    return getattr(module, attr)


def stage_names() -> list[str]:
    """Names of all stages in running order."""
    return [name for name, _ in STAGES]


def run(article: Article, only: Iterable[str] | None = None, skip: Iterable[str] = ()) -> Article:
    """Run the stages in order on `article`, recording each stage's wall time in `article.stages`."""
    wanted = set(only) if only is not None else None
    skipped = set(skip)
    for name, target in STAGES:
        if (wanted is not None and name not in wanted) or name in skipped:
            continue
        stage = resolve(target)
        began = time.perf_counter()
        article = stage(article)
        article.stages.append({"name": name, "seconds": round(time.perf_counter() - began, 6)})
    return article
