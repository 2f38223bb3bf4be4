"""Named entities (PER, ORG, LOC, MISC): the NER model plus the rules news text rewards.

Mentions come from, in order of trust:
1. people introduced by a role noun or an honorific ("Bundeskanzler Olaf Scholz",
   "Frau Simonjan", "Mr Biden" — the role is never part of the span), by a known given
   name ("Wladimir Putin") or named as the article's author in the metadata;
2. gazetteers of countries, places and organisations (also inside compounds: the
   "NATO" of "NATO-Truppen", the "US" of "US-Konzern");
3. the statistical model `presslens.models.ner.tag(article)` where its spans do not
   overlap the above (used only when that module is installed).
Mentions are then merged within the article: a surname or its genitive ("Macron",
"Macrons") joins the full name given elsewhere, gazetteer forms join their entry
("Russlands" -> "Russland", "EU" + "Europäischen Union"), and every further
occurrence of a known surname is added as a mention.

Each entity record is `{id, label, name, mentions, roles}`; `roles` lists the role
nouns seen before the person's name ("Verteidigungsminister"). `role_of(article, "des
Verteidigungsministers")` resolves a role phrase to that entity.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from ..models import name_classes
from ..record import Article, Token
from .gazetteer import entries_by_key, first_names, gazetteer, honorifics, role_stem
from .language import analysis_language, record_skip
from .morphology import is_common_noun
from .sentences import sentence_tokens

_LABELS = ("PER", "ORG", "LOC", "MISC")
_MAX_GAZETTEER_TOKENS = 6
_MAX_NAME_TOKENS = 4
#: Lower-case words that may sit inside a name: "Ursula von der Leyen", "Charles de Gaulle".
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ibn", "zu"})
#: POS tags (German STTS, English CLAWS C5) a capitalised word may carry and still be a name.
_NAME_POS = frozenset({"NE", "FM", "XY", "NP0", "UNC"})
_NAMEY = re.compile(r"[^\W\d_][^\W\d_'’\-.]*(?:-[^\W\d_]+)*")
_GENITIVE = ("s", "'", "’", "'s", "’s")


@dataclass
class Mention:
    start: int
    end: int
    label: str
    key: str | None = None  # gazetteer key, filled for gazetteer mentions
    role: str | None = None  # role noun text before a person's name
    part: bool = False  # a name inside a compound word: the "NATO" of "NATO-Truppen"


def _is_name_word(token: Token) -> bool:
    text = token.text
    if not (text[:1].isupper() and _NAMEY.fullmatch(text)) or role_stem(text) or text in honorifics():
        return False
    if text in gazetteer() and text not in first_names():
        return False  # "Präsident Frankreichs" names a country, not a person
    return token.pos is None or token.pos in _NAME_POS or text in first_names()


def _name_run(tokens: list[Token], index: int, first_is_given: bool = False) -> int:
    """How many tokens from `index` form a name (particles only between name words)."""
    end = index
    while end < len(tokens) and end - index < _MAX_NAME_TOKENS:
        token = tokens[end]
        if _is_name_word(token) or (first_is_given and end == index + 1 and _looks_capitalised(token)):
            end += 1
        elif token.text in _PARTICLES and end > index and end + 1 < len(tokens) and _is_name_word(tokens[end + 1]):
            end += 1
        else:
            break
        if end < len(tokens) and tokens[end].start > tokens[end - 1].end + 1:
            break  # a line break or wide gap ends a name
    while end > index and tokens[end - 1].text in _PARTICLES:
        end -= 1
    return end - index


def _looks_capitalised(token: Token) -> bool:
    return bool(token.text[:1].isupper() and _NAMEY.fullmatch(token.text)) and not role_stem(token.text)


def _person_mentions(sentence: list[Token]) -> list[Mention]:
    """People marked by a role noun, an honorific or a known given name."""
    found: list[Mention] = []
    index = 0
    while index < len(sentence):
        token = sentence[index]
        trigger = role_stem(token.text) is not None or token.text in honorifics()
        given = token.text in first_names()
        if trigger:
            given_next = index + 1 < len(sentence) and sentence[index + 1].text in first_names()
            length = _name_run(sentence, index + 1, first_is_given=given_next)
            if length:
                role = token.text if role_stem(token.text) else None
                found.append(Mention(sentence[index + 1].start, sentence[index + length].end, "PER", role=role))
                index += length + 1
                continue
        elif given:
            length = _name_run(sentence, index, first_is_given=True)
            if length >= 2:
                found.append(Mention(token.start, sentence[index + length - 1].end, "PER"))
                index += length
                continue
        index += 1
    return found


def _author_mentions(article: Article) -> list[Mention]:
    """Every occurrence of an author named in the metadata."""
    found = []
    for author in article.metadata.get("authors") or []:
        if not author or len(author) < 4:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(author)}(?!\w)", article.text):
            found.append(Mention(match.start(), match.end(), "PER"))
    return found


def _gazetteer_mentions(article: Article, sentence: list[Token]) -> list[Mention]:
    """Longest gazetteer forms over token n-grams, and gazetteer words opening a hyphen compound."""
    forms = gazetteer()
    text = article.text
    found: list[Mention] = []
    index = 0
    while index < len(sentence):
        match = None
        for length in range(min(_MAX_GAZETTEER_TOKENS, len(sentence) - index), 0, -1):
            start, end = sentence[index].start, sentence[index + length - 1].end
            entry = forms.get(" ".join(text[start:end].split()))
            if entry is not None:
                match = (start, end, entry, length)
                break
        if match is None and "-" in sentence[index].text[1:]:
            head = sentence[index].text.split("-", 1)[0]
            entry = forms.get(head)
            if entry is not None and head[:1].isupper():
                match = (sentence[index].start, sentence[index].start + len(head), entry, 1)
        if match is None:
            index += 1
            continue
        start, end, entry, length = match
        part = end < sentence[index + length - 1].end
        found.append(Mention(start, end, entry.label, key=entry.key, part=part))
        index += length
    return found


_ISCH_ADJECTIVE = re.compile(r"([a-zäöüß]{3,}?)isch(?:e|en|er|es|em)?")


def _derived_mentions(article: Article, sentence: list[Token], language: str) -> list[Mention]:
    """German adjectives derived from place names, MISC as in CoNLL and GermEval: "Bremer",
    "Nürnbergern", "Münchner" (a listed place + -er) and "philippinischen", "südafrikanischer"
    (a one-word country + -isch). Common nouns ("Lehrer") and words not tagged as adjectives
    or names are left alone."""
    if language != "de":
        return []
    countries = _one_word_countries()
    found = []
    for token in sentence:
        word = token.text
        if token.pos is not None and token.pos not in ("ADJA", "ADJD", "NE", "NN"):
            continue
        if word[:1].isupper() and word.endswith(("er", "ern")) and not is_common_noun(word, language):
            stem = word.removesuffix("n")[:-2]
            if len(stem) >= 3 and any(name_classes.is_place(place) for place in (stem, stem + "en", stem + "e", stem[:-1] + "en")):
                found.append(Mention(token.start, token.end, "MISC"))
        elif match := _ISCH_ADJECTIVE.fullmatch(word):
            stem = match.group(1).capitalize()
            if any(country.startswith(stem) if len(stem) >= 4 else country == stem for country in countries) or any(
                len(country) >= 5 and stem.startswith(country[:-1]) for country in countries
            ):
                found.append(Mention(token.start, token.end, "MISC"))
    return found


@lru_cache(maxsize=1)
def _one_word_countries() -> tuple[str, ...]:
    """German one-word names of countries and continents ("Philippinen", "Südafrika", "Europa")."""
    return tuple(sorted({entry.names.get("de", "") for entry in gazetteer().values() if entry.key.startswith(("iso:", "region:")) and entry.names.get("de", "").isalpha()}))


def _model_mentions(article: Article, sentences: list[list[Token]], language: str) -> list[Mention]:
    """Spans of the trained NER model, when the package ships it; role nouns trimmed off persons.

    Adjectives derived from names ("deutschen", "russische") are kept as MISC, as CoNLL and
    GermEval annotate them. Three kinds of model output are not names and are dropped: other
    spans starting in lower case, a one-word sentence taken whole (a heading such as
    "Irrwege", where the model has no context), and ORG/LOC/MISC words that are common nouns
    or compounds of them (`_only_common_nouns`: "an der Front", "Telefon-Mitschnitts");
    persons are kept ("Fischer").
    """
    if importlib.util.find_spec("presslens.models") is None or importlib.util.find_spec("presslens.models.ner") is None:
        return []
    from ..models import ner

    lone_words = {(s[0].start, s[0].end) for s in sentences if len(s) == 1}
    found = []
    for start, end, label in ner.tag(article):
        if label not in _LABELS or end <= start or (start, end) in lone_words:
            continue
        if not article.text[start].isupper() and not (label == "MISC" and _is_one_word(article.text, start, end)):
            continue
        if label != "PER" and _only_common_nouns(article.text[start:end], language):
            continue
        if label == "PER":
            start = _skip_role_words(article.text, start, end)
        if start < end:
            found.append(Mention(start, end, label))
    return found


def _only_common_nouns(span: str, language: str) -> bool:
    """A one-word span that is a common noun ("Front"), or a hyphen compound that opens with a
    common noun and none of whose parts looks like a name ("Telefon-Mitschnitts"; not
    "US-Amerikanerin", not "Coca-Cola")."""
    parts = span.split("-")
    if not all(part.isalpha() for part in parts):
        return False
    if len(parts) == 1:
        return is_common_noun(span, language)
    if any(part.isupper() or name_classes.classes(part) or part in gazetteer() for part in parts):
        return False
    return is_common_noun(parts[0], language)


def _is_one_word(text: str, start: int, end: int) -> bool:
    return text[start:end].isalpha()


def _skip_role_words(text: str, start: int, end: int) -> int:
    """Move a person span's start past leading role nouns and honorifics (to `end` if that is all it holds)."""
    while start < end:
        word_end = start
        while word_end < end and not text[word_end].isspace():
            word_end += 1
        word = text[start:word_end]
        if not (role_stem(word) or word in honorifics()):
            return start
        start = word_end
        while start < end and text[start].isspace():
            start += 1
    return end


class _Occupied:
    """Non-overlapping character intervals, sorted, with a logarithmic overlap test."""

    def __init__(self, spans: list[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end)  # intervals starting before `end`
        return index > 0 and self.ends[index - 1] > start

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


def _add_without_overlap(chosen: list[Mention], candidates: list[Mention]) -> None:
    taken = _Occupied([(m.start, m.end) for m in chosen])
    for mention in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if not taken.overlaps(mention.start, mention.end):
            chosen.append(mention)
            taken.add(mention.start, mention.end)


def _prefer_longer(article: Article, chosen: list[Mention], model_found: list[Mention], language: str) -> None:
    """Drop rule mentions that a model span strictly contains, when the model's extra words are
    names too: the model read "FC Bayern" or "Ali al-Nuaimi" whole where a gazetteer or a given
    name saw only "Bayern" or "Ali". Extra common nouns ("Russlands Krieg") and compounds around
    a name ("SPD-Abgeordnete") keep the rule mention.

    `chosen` never overlaps itself, so sorted by start its ends are sorted too and the mentions a
    span overlaps are found by bisection (a scan per span was quadratic on long texts)."""
    ordered = sorted(chosen, key=lambda m: m.start)
    starts, ends = [m.start for m in ordered], [m.end for m in ordered]
    dropped: set[int] = set()
    for mention in model_found:
        inside = ordered[bisect.bisect_right(ends, mention.start) : bisect.bisect_left(starts, mention.end)]
        if not inside or not all(mention.start <= m.start and m.end <= mention.end and not m.part for m in inside):
            continue
        extra = article.text[mention.start : mention.end]
        for m in reversed(inside):
            extra = extra[: m.start - mention.start] + " " + extra[m.end - mention.start :]
        words = [word for word in re.split(r"[\s\-]+", extra) if any(char.isalpha() for char in word)]
        if words and not any(is_common_noun(word, language) for word in words):
            dropped.update(id(m) for m in inside)
    if dropped:
        chosen[:] = [m for m in chosen if id(m) not in dropped]


def _base(name: str, known: Container[str]) -> str:
    """The name without a genitive ending when that base form is known ("Macrons" -> "Macron")."""
    for ending in _GENITIVE:
        if name.endswith(ending) and name[: -len(ending)] in known:
            return name[: -len(ending)]
    return name


_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def _adjective_base(word: str) -> str:
    """A derived adjective without its inflection, so its forms are one entity ("deutschen" -> "deutsch")."""
    for ending in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


class _Grouper:
    """Assigns each mention to an entity key; persons by full name, surname and genitive."""

    def __init__(self, article: Article, mentions: list[Mention]) -> None:
        self.text = article.text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.names = {id(m): " ".join(self.text[m.start : m.end].split()) for m in self.mentions}
        people = [self.names[id(m)] for m in self.mentions if m.label == "PER"]
        full = sorted({name for name in people if " " in name}, key=len, reverse=True)
        #: A full name maps to the longest full name ending in the same words ("Walter Steinmeier").
        self.fullest = {name: next(longer for longer in full if longer == name or longer.endswith(" " + name)) for name in full}
        #: Surname -> the full names ending in it, in order of first mention.
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        for name in dict.fromkeys(self.fullest[name] for name in people if " " in name):
            self.by_surname[name.split()[-1]].append(name)
        self.known = set(people) | set(self.by_surname) | {self.names[id(m)] for m in self.mentions}

    def full_name_for(self, name: str, position: int, mention_starts: dict[str, list[int]]) -> str | None:
        """The full name a lone surname refers to: the nearest preceding one, else the first."""
        candidates = self.by_surname.get(_base(name, self.by_surname), [])
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        latest = []
        for full in candidates:
            starts = mention_starts[full]
            before = bisect.bisect_left(starts, position)
            latest.append((starts[before - 1] if before else -1, full))
        best = max(latest)
        return best[1] if best[0] >= 0 else candidates[0]

    def key(self, mention: Mention, mention_starts: dict[str, list[int]]) -> str:
        name = self.names[id(mention)]
        if mention.key is not None:
            return mention.key
        if mention.label == "PER":
            if " " in name:
                name = _base(name, self.known)
                return "PER:" + self.fullest.get(name, name)
            return "PER:" + (self.full_name_for(name, mention.start, mention_starts) or _base(name, self.known))
        person = self.full_name_for(name, mention.start, mention_starts) if " " not in name else None
        if person is not None:
            return "PER:" + person  # the model called a known person's surname ORG ("Macron's office")
        entry = gazetteer().get(name) or gazetteer().get(_base(name, gazetteer()))
        if entry is not None and entry.label == mention.label:
            return entry.key
        if name.islower():
            return f"{mention.label}:{_adjective_base(name)}"
        return f"{mention.label}:{_base(name, self.known)}"

    def groups(self) -> dict[str, list[Mention]]:
        starts: dict[str, list[int]] = defaultdict(list)
        for mention in self.mentions:
            if mention.label == "PER":
                name = self.names[id(mention)]
                starts[self.fullest.get(name, name)].append(mention.start)
        grouped: dict[str, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            grouped[self.key(mention, starts)].append(mention)
        return grouped


def _propagate(article: Article, grouped: dict[str, list[Mention]], covered: list[tuple[int, int]]) -> None:
    """Add every other occurrence of a person's surname, or of a one-word model entity's name."""
    lookup: dict[str, str | None] = {}
    for key, mentions in grouped.items():
        label, _, name = key.partition(":")
        if label == "PER":
            words = [name.split()[-1]]
        elif label in _LABELS and " " not in name:
            words = [name]
        else:
            continue
        for word in words:
            for form in (word, word + "s"):
                lookup[form] = None if form in lookup and lookup[form] != key else key
    if not lookup:
        return
    taken = _Occupied(covered)
    for token in article.tokens:
        key = lookup.get(token.text)
        if key is None or (token.pos is not None and token.pos not in _NAME_POS and not token.pos.startswith("N")):
            continue
        if taken.overlaps(token.start, token.end):
            continue
        label = key.partition(":")[0]
        grouped[key].append(Mention(token.start, token.end, label))


def _canonical(key: str, mentions: list[Mention], text: str, language: str) -> str:
    label, _, name = key.partition(":")
    if label in _LABELS:
        return name
    entry = entries_by_key().get(key)
    return entry.name(language, [text[m.start : m.end] for m in mentions]) if entry else name


def recognise_entities(article: Article) -> Article:
    """Add the `entities` layer: one record per distinct entity with all its mentions."""
    language = analysis_language(article)
    if language is None:
        record_skip(article, "entities")
        return article
    sentences = sentence_tokens(article)
    mentions: list[Mention] = []
    for sentence in sentences:
        _add_without_overlap(mentions, _person_mentions(sentence))
    _add_without_overlap(mentions, _author_mentions(article))
    gazetteer_found = [m for sentence in sentences for m in _gazetteer_mentions(article, sentence)]
    _add_without_overlap(mentions, gazetteer_found)
    model_found = _model_mentions(article, sentences, language)
    _prefer_longer(article, mentions, model_found, language)
    _add_without_overlap(mentions, model_found)
    _add_without_overlap(mentions, [m for sentence in sentences for m in _derived_mentions(article, sentence, language)])
    grouped = _Grouper(article, mentions).groups()
    _propagate(article, grouped, [(m.start, m.end) for m in mentions])
    records = []
    ordered = sorted(grouped.items(), key=lambda item: min(m.start for m in item[1]))
    for number, (key, group) in enumerate(ordered, start=1):
        group.sort(key=lambda m: m.start)
        labels = Counter(m.label for m in group)
        roles = list(dict.fromkeys(m.role for m in group if m.role))
        records.append(
            {
                "id": f"e{number}",
                "label": labels.most_common(1)[0][0],
                "name": _canonical(key, group, article.text, language),
                "mentions": [{"start": m.start, "end": m.end, **({"part": True} if m.part else {})} for m in group],
                "roles": roles,
            }
        )
    article.layers["entities"] = records
    return article


def role_of(article: Article, phrase: str, before: int | None = None) -> dict | None:
    """The person entity a role phrase refers to ("des Verteidigungsministers" -> Boris Pistorius).

    Matches the role noun of the phrase's last word against the roles seen before names
    in this article (a shorter role matches a compound: "Minister" -> "Verteidigungsminister").
    With `before`, the person last mentioned before that offset wins when several match.
    """
    words = phrase.split()
    stem = role_stem(words[-1]) if words else None
    if stem is None:
        return None
    matches = []
    for entity in article.layer("entities"):
        stems = [role_stem(role) for role in entity.get("roles", [])]
        if any(s and (s == stem or s.endswith(stem.rsplit("-", 1)[-1])) for s in stems):
            starts = [m["start"] for m in entity["mentions"] if before is None or m["start"] < before]
            if starts:
                matches.append((max(starts), entity))
    return max(matches, key=lambda item: item[0])[1] if matches else None
