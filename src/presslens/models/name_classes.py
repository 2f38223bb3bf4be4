"""Name-list membership of a word: the gazetteer feature the German NER model embeds.

German capitalises every noun, so a word's shape cannot tell "Schröder" from "Schreiber";
membership in lists of given names, surnames, places and organisations can. The table
(`name_classes.tsv`, word → classes) is built by training/name_lists.py and shipped inside
the model directory, so the model always reads the lists it was trained with.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FILE_NAME = "name_classes.tsv"
#: The feature name in the spaCy token's MORPH column, e.g. "NameList=Given,Surname".
FEATURE = "NameList"


@cache
def load(model_dir: Path) -> dict[str, str]:
    """word → comma-separated classes ("Given,Surname"), from a model directory."""
    table: dict[str, str] = {}
    with (model_dir / FILE_NAME).open(encoding="utf-8") as lines:
        for line in lines:
            word, _, classes = line.rstrip("\n").partition("\t")
            table[word] = classes
    return table


def classes(table: dict[str, str], word: str) -> str:
    """The classes of a word, also of a German genitive ("Leipzigs" → "Leipzig"); "" when none."""
    found = table.get(word)
    if found is None and len(word) > 3 and word.endswith("s"):
        found = table.get(word[:-1])
    return found or ""


def morph(table: dict[str, str], word: str) -> str:
    """The word's MORPH string for spaCy ("NameList=Given,Surname", or "" for no list)."""
    found = classes(table, word)
    return f"{FEATURE}={found}" if found else ""
