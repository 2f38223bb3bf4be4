"""The name lists behind the entity rules: gazetteers, role nouns, honorifics, given names.

Countries come from pycountry (English names and their German translations
from its gettext catalogues) plus src/presslens/lexicons/countries.tsv for
the short names news uses ("Russland", "USA", "Großbritannien"). Places and
organisations are written in lexicons/places.tsv and organisations.tsv, weapon systems,
apps and laws (MISC) in products.tsv.
Every German single-word form also matches its genitive ("Russlands").
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

_LANGUAGES = ("de", "en")
_NO_GENITIVE_ENDINGS = ("s", "x", "z", "ß")


@dataclass
class GazetteerEntry:
    """One known entity: its label, canonical names per language and every surface form."""

    key: str
    label: str
    names: dict[str, str] = field(default_factory=dict)
    forms: set[str] = field(default_factory=set)

    def name(self, language: str, mention_texts: list[str]) -> str:
        """The canonical name: the long name, or the acronym when the article only uses acronyms."""
        preferred = self.names.get(language) or next(iter(self.names.values()))
        if preferred.isupper() or not all(text.isupper() for text in mention_texts):
            return preferred
        return max(dict.fromkeys(mention_texts), key=mention_texts.count)  # ties: the first-mentioned form


def lexicon_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a packaged lexicon file."""
    path = resources.files("presslens").joinpath("lexicons", name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _read_table(name: str, entries: dict[str, GazetteerEntry]) -> None:
    for line in lexicon_lines(name):
        key, label, german, english = line.split("\t")
        entry = entries.setdefault(key, GazetteerEntry(key, label))
        for language, column in zip(_LANGUAGES, (german, english)):
            forms = [form.strip() for form in column.split("|") if form.strip()]
            entry.names[language] = forms[0]
            entry.forms.update(forms)
            if language == "de":
                entry.forms.update(_genitives(forms))


def _genitives(forms: list[str]) -> set[str]:
    return {form + "s" for form in forms if " " not in form and not form.isupper() and not form.endswith(_NO_GENITIVE_ENDINGS)}


def _add_pycountry(entries: dict[str, GazetteerEntry]) -> None:
    import pycountry

    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for country in pycountry.countries:
        english = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
        english = [name for name in english if name and "," not in name and "(" not in name]
        german_names = [german.gettext(name) for name in english]
        entry = entries.setdefault(f"iso:{country.alpha_2}", GazetteerEntry(f"iso:{country.alpha_2}", "LOC"))
        if english:
            entry.names.setdefault("en", english[0])
            entry.names.setdefault("de", german_names[0])
        entry.forms.update(english)
        entry.forms.update(german_names)
        entry.forms.update(_genitives(german_names))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazetteerEntry]:
    """Surface form -> entry, for countries, places and organisations (longest forms are found first)."""
    entries: dict[str, GazetteerEntry] = {}
    for table in ("countries.tsv", "places.tsv", "organisations.tsv", "products.tsv"):
        _read_table(table, entries)
    _add_pycountry(entries)
    by_form: dict[str, GazetteerEntry] = {}
    for entry in entries.values():
        for form in entry.forms:
            by_form.setdefault(form, entry)
    return by_form


@lru_cache(maxsize=1)
def entries_by_key() -> dict[str, GazetteerEntry]:
    """Gazetteer entries by their key ("iso:RU", "org:nato", "city:moscow")."""
    return {entry.key: entry for entry in gazetteer().values()}


@lru_cache(maxsize=1)
def role_heads() -> tuple[tuple[str, bool], ...]:
    """(lower-case head noun, may end a compound) pairs, longest first; "=head" lines are whole words only."""
    heads = {(line.lstrip("="), not line.startswith("=")) for line in lexicon_lines("role_nouns.txt")}
    return tuple(sorted(heads, key=lambda head: len(head[0]), reverse=True))


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(lexicon_lines("honorifics.txt"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(name for line in lexicon_lines("first_names.txt") for name in line.split())


_ROLE_ENDINGS = ("", "s", "n", "en", "es", "in", "innen", "e", "er", "r")


@lru_cache(maxsize=1)
def _role_head_ranks() -> dict[str, tuple[tuple[int, bool], ...]]:
    """Each head noun's (position in role_heads(), may end a compound) entries."""
    ranks: dict[str, tuple[tuple[int, bool], ...]] = {}
    for rank, (head, compound) in enumerate(role_heads()):
        ranks[head] = ranks.get(head, ()) + ((rank, compound),)
    return ranks


@lru_cache(maxsize=100_000)
def role_stem(word: str) -> str | None:
    """The role noun a token names, without inflection ("Verteidigungsministers" -> "verteidigungsminister").

    The first head of role_heads() (longest first) that the word, less an ending, is or ends
    with wins; only heads that are endings of such a stem are tried (a set look-up each), not
    the whole lexicon."""
    last = word.rsplit("-", 1)[-1].lower()
    if not last or not word[:1].isupper():
        return None
    stems = [(ending, last[: len(last) - len(ending)]) for ending in _ROLE_ENDINGS if last.endswith(ending)]
    ranks = _role_head_ranks()
    candidates = sorted({entry for _, stem in stems for k in range(len(stem) + 1) for entry in ranks.get(stem[k:], ())})
    heads = role_heads()
    for rank, compound in candidates:
        head = heads[rank][0]
        for ending, stem in stems:
            if stem == head or (compound and stem.endswith(head)):
                feminine = ending in ("in", "innen")
                return word.lower()[: len(word) - len(ending)] + ("in" if feminine else "")
    return None
    for head, compound in role_heads():
        for ending in _ROLE_ENDINGS:
            if ending and not last.endswith(ending):
                continue
            stem = last[: len(last) - len(ending)] if ending else last
            if stem == head or (compound and stem.endswith(head)):
                feminine = ending in ("in", "innen")
                return word.lower()[: len(word) - len(ending)] + ("in" if feminine else "")
    return None
