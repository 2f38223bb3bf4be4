"""Who speaks: the source phrase of a frame, and the entity it refers to.

A speaker is a noun phrase of the frame that is not inside a prepositional
phrase ("Am Ende der Konferenz" is not a speaker, "Gastgeber Emmanuel Macron"
is). Pronouns ("Er") are resolved to the last person mentioned before them;
role nouns ("des Verteidigungsministers") to the person last introduced with
that role ("Verteidigungsminister Boris Pistorius").
"""

from __future__ import annotations

import json
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ...record import Article, Token
from ..gazetteer import role_stem
from .wordclass import ADJ, CONJ, DET, FINITE, NOUN, PREP, PRON, PUNCT, word_class

_NP = {NOUN, DET, ADJ}
_NOT_SPEAKERS = frozenset("es man das dies dieses was wer it this that there".split())
_PERSONAL = frozenset("er sie dieser diese he she".split())
_POSSESSIVE = frozenset("sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem his her".split())
_SUBJECTS = frozenset("er sie dieser diese ich wir he she they i we".split())
_PASSIVE_AGENT = frozenset("von vom durch by".split())
#: How far a clause opened by "Als" is searched for its comma.
_ALS_CLAUSE = 25
_INFLECTION = ("es", "s", "en", "n")
_PROPER = frozenset({"NE", "NP0", "PROPN"})
_GENITIVE_ARTICLES = frozenset("des der eines einer".split())
_NEW_PHRASE = frozenset("die das den dem ein eine einen einem the a an".split())


_TIME_KEYS = ("months", "weekdays", "weekday_sets", "parts_of_day", "period_parts", "deictic_days", "units", "year_words", "halves", "holidays")
_TIME_EXTRA = frozenset("jahr jahres jahre jahren woche wochen monat monats monate monaten tag tage tagen tages zeit uhr".split())


@cache
def _time_words() -> frozenset[str]:
    """Month, weekday and period words of the German and English time lexicons."""
    words = set(_TIME_EXTRA)
    for language in ("de", "en"):
        data = json.loads(resources.files("presslens").joinpath("lexicons", f"time_{language}.json").read_text(encoding="utf-8"))
        for key in _TIME_KEYS:
            words.update(str(word).lower() for word in data.get(key, []))
    return frozenset(words)


def is_time_phrase(tokens: list[Token], first: int, last: int) -> bool:
    """ "Ende Februar 2024", "am Montag": a phrase whose nouns all name a time is a date, not a speaker."""
    heads = [t.text.lower() for t in tokens[first:last] if word_class(t) == NOUN or t.text[:1].isdigit()]
    return bool(heads) and all(word in _time_words() or (word[:1].isdigit() and "-jährig" not in word) for word in heads)


_SOURCE_ENDINGS = (
    "er", "erin", "erinnen", "ent", "enten", "entin", "ist", "isten", "istin", "eur", "eure", "ant", "anten", "ling",
    "te", "ten", "regierung", "polizei", "ministerium", "behörde", "behörden", "amt", "gericht", "partei", "verband",
    "agentur", "zeitung", "institut", "kommission", "rat", "bund", "union", "gruppe", "organisation", "ausschuss",
    "staatsanwaltschaft", "unternehmen", "konzern", "firma", "bank", "verein", "team", "leute", "kreise", "seite",
    "ärzte", "zeugen", "menschen", "mann", "frau", "männer", "frauen", "ministry", "police", "government", "spokesman",
    "spokeswoman", "official", "officials", "people", "lichen", "igen", "ierten", "ierte", "militär", "armee",
    "dienst", "delegation", "kommando", "führung", "leitung", "vorstand", "senat", "parlament", "kabinett", "logen", "login", "ministerien",
    "opposition", "schaft", "koalition", "fraktion",
)
_NOT_SOURCES = ("ionen", "prozent")
#: Public bodies that announce what a frameless sentence after them reports ("Die Kriminalpolizei bittet um …").
_INSTITUTIONS = ("polizei", "regierung", "ministerium", "behörde", "behörden", "staatsanwaltschaft", "gericht", "amt",
                 "agentur", "kommission")


def person_like(tokens: list[Token], phrase: "Phrase") -> bool:
    """The phrase can speak: a name, a personal pronoun, a role or a person/organisation noun
    ("Die Polizei", "ein Sprecher") — not "Die Statistik", "der Mitschnitt" or a date."""
    words = tokens[phrase.first : phrase.last]
    if is_time_phrase(tokens, phrase.first, phrase.last):
        return False
    if len(words) == 1 and words[0].text.lower() in _SUBJECTS:
        return True
    head = head_of(tokens, phrase)
    if names_or_titles(tokens, head):
        return True
    nouns = [t.text.lower() for t in tokens[head.first : head.last] if word_class(t) == NOUN]
    return bool(nouns) and nouns[-1].endswith(_SOURCE_ENDINGS) and not nouns[-1].endswith(_NOT_SOURCES)


def institution(tokens: list[Token], phrase: "Phrase") -> bool:
    """The phrase names a public body ("Die Kriminalpolizei", "das Landgericht"), a source like a name."""
    nouns = [t.text.lower() for t in tokens[phrase.first : phrase.last] if word_class(t) == NOUN]
    return bool(nouns) and nouns[-1].endswith(_INSTITUTIONS)


def head_of(tokens: list[Token], phrase: "Phrase") -> "Phrase":
    """The phrase without its genitive attachment: "Der Verkauf" of "Der Verkauf der Woba", "die Haltung"
    of "die Haltung der Regierung" — what the phrase names is its head, not the attachment."""
    for i in range(phrase.first + 1, phrase.last):
        if tokens[i].text.lower() in _GENITIVE_ARTICLES and word_class(tokens[i - 1]) == NOUN:
            return Phrase(phrase.first, i)
    return phrase


def is_name(token: Token) -> bool:
    """A proper noun (STTS, Penn or UD tag)."""
    return token.pos in _PROPER


def names_or_titles(tokens: list[Token], phrase: "Phrase") -> bool:
    """The phrase holds a name or a role title ("Gewerkschaftschef Konrad Freiberg", "der Minister")."""
    return any(is_name(t) or role_stem(t.text) for t in tokens[phrase.first : phrase.last])


@dataclass(frozen=True)
class Phrase:
    """A candidate speaker phrase: token index range [first, last)."""

    first: int
    last: int


class Mentions:
    """Entity mentions of the article, searchable by offset.

    Without an entities layer, runs of proper-noun tokens stand in for person
    mentions (with no entity id), so pronouns and roles still get a name.
    """

    def __init__(self, article: Article) -> None:
        items = []
        for entity in article.layer("entities"):
            for mention in entity.get("mentions", []):
                items.append((mention["start"], mention["end"], entity))
        if "entities" not in article.layers:
            items = _proper_noun_runs(article)
        items.sort(key=lambda item: item[0])
        self.items = items
        self.starts = [item[0] for item in items]

    def within(self, start: int, end: int) -> list[tuple[int, int, dict]]:
        """Mentions overlapping [start, end)."""
        i = bisect_left(self.starts, start)
        while i > 0 and self.items[i - 1][1] > start:
            i -= 1
        out = []
        while i < len(self.items) and self.items[i][0] < end:
            if self.items[i][1] > start:
                out.append(self.items[i])
            i += 1
        return out

    def before(self, offset: int, label: str = "PER", limit: int = 3000) -> list[tuple[int, int, dict]]:
        """Mentions of `label` ending before `offset`, nearest first, within `limit` characters."""
        i = bisect_left(self.starts, offset)
        out = []
        while i > 0:
            i -= 1
            start, end, entity = self.items[i]
            if offset - end > limit:
                break
            if end <= offset and entity.get("label") == label:
                out.append(self.items[i])
        return out


def _proper_noun_runs(article: Article) -> list[tuple[int, int, dict]]:
    """Runs of proper-noun tokens ("Emmanuel Macron") as stand-in person mentions."""
    runs: list[tuple[int, int, dict]] = []
    current: list[Token] = []
    for token in [*article.tokens, None]:
        if token is not None and is_name(token):
            current.append(token)
            continue
        if current:
            start, end = current[0].start, current[-1].end
            runs.append((start, end, {"id": None, "label": "PER", "name": article.text[start:end]}))
            current = []
    return runs


def phrases(tokens: list[Token], indices: list[int], titles: set[int] = frozenset()) -> list[Phrase]:
    """Noun phrases and personal pronouns among `indices` that are not governed by a preposition.
    Tokens in `titles` (a name in quotation marks: "die Zeitung „Die Welt“") count as nouns."""
    def cls_of(k: int) -> str:
        return NOUN if k in titles or _age_noun(tokens, k) else word_class(tokens[k])

    found: list[Phrase] = []
    i = 0
    while i < len(indices):
        cls = cls_of(indices[i])
        if cls == PRON and tokens[indices[i]].text.lower() in _SUBJECTS:
            if not _governed(tokens, indices, i):
                found.append(Phrase(indices[i], indices[i] + 1))
            i += 1
            continue
        if cls not in _NP:
            i += 1
            continue
        if cls == DET and (end := _attributed_end(tokens, indices, i)) and not _governed(tokens, indices, i):
            found.append(Phrase(indices[i], indices[end] + 1))  # "die in Berlin geborene Roth"
            i = end + 1
            continue
        j = i
        while j + 1 < len(indices) and indices[j + 1] == indices[j] + 1 and cls_of(indices[j + 1]) in _NP:
            if cls_of(indices[j]) == NOUN and tokens[indices[j + 1]].text.lower() in _NEW_PHRASE:
                break  # "deutsche Behörden | die Echtheit": a determiner after a noun starts a new phrase
            j += 1
        words = [tokens[k] for k in indices[i : j + 1]]
        has_noun = any(cls_of(k) == NOUN for k in indices[i : j + 1])
        if (has_noun and words[-1].text.lower() not in _NOT_SPEAKERS and not _governed(tokens, indices, i)
                and not is_time_phrase(tokens, indices[i], indices[j] + 1)):
            start = indices[i] - 1 if _partitive(tokens, indices, i) else indices[i]
            found.append(Phrase(start, indices[j] + 1))
        i = j + 1
    return found


def _age_noun(tokens: list[Token], k: int) -> bool:
    """ "sagte der 81-jährige": an age adjective after an article with no noun after it stands for the person
    (a nominalised adjective, often written small)."""
    word = tokens[k].text.lower()
    if "-jährig" not in word or k == 0 or word_class(tokens[k - 1]) != DET:
        return False
    return k + 1 >= len(tokens) or word_class(tokens[k + 1]) not in (NOUN, ADJ)


#: How many words a participle attribute's own phrase may take ("die in New York City geborene Lopez").
_ATTRIBUTE_WORDS = 5


def _attributed_end(tokens: list[Token], indices: list[int], i: int) -> int | None:
    """ "die in Berlin geborene Roth": an article, a prepositional phrase and an attributive participle before
    a name are one noun phrase; returns the position (in `indices`) of the name's last word."""
    if i + 1 >= len(indices) or indices[i + 1] != indices[i] + 1 or word_class(tokens[indices[i + 1]]) != PREP:
        return None
    for k in range(i + 2, min(len(indices) - 1, i + 2 + _ATTRIBUTE_WORDS)):
        if indices[k] != indices[k - 1] + 1 or word_class(tokens[indices[k]]) in (PUNCT, FINITE, CONJ):
            return None
        if tokens[indices[k]].pos == "ADJA" and indices[k + 1] == indices[k] + 1 and is_name(tokens[indices[k + 1]]):
            end = k + 1
            while end + 1 < len(indices) and indices[end + 1] == indices[end] + 1 and is_name(tokens[indices[end + 1]]):
                end += 1
            return end
    return None


def _partitive(tokens: list[Token], indices: list[int], i: int) -> bool:
    """ "Einige der Abgeordneten", "Viele der Demonstranten": an indefinite pronoun before a genitive heads it."""
    if i == 0 or indices[i - 1] != indices[i] - 1 or tokens[indices[i]].text.lower() not in ("der", "des"):
        return False
    return tokens[indices[i - 1]].pos == "PIS" and not _governed(tokens, indices, i - 1)


def _governed(tokens: list[Token], indices: list[int], i: int) -> bool:
    """True when the phrase starting at indices[i] follows a preposition (it is in a PP)."""
    if i == 0 or indices[i - 1] != indices[i] - 1:
        return False
    before = tokens[indices[i - 1]]
    if _temporal_als(tokens, indices[i - 1]):
        return False
    return word_class(before) == PREP and before.text.lower() not in _PASSIVE_AGENT


def _temporal_als(tokens: list[Token], k: int) -> bool:
    """ "Als der Minister am Montag sagte, dass …": a clause-opening "Als" whose clause ends in its finite verb is
    the conjunction "when" (the tagger reads it as a preposition), so the phrase after it is the subject; not
    a role ("Als Sprecher der Partei sagte er", verb second)."""
    if tokens[k].text.lower() != "als" or (k > 0 and word_class(tokens[k - 1]) != PUNCT):
        return False
    end = next((j for j in range(k + 1, min(len(tokens), k + _ALS_CLAUSE)) if word_class(tokens[j]) == PUNCT), None)
    return end is not None and end > k + 2 and word_class(tokens[end - 1]) == FINITE


def agent_phrase(tokens: list[Token], indices: list[int], titles: set[int] = frozenset()) -> Phrase | None:
    """The agent of a passive frame: the phrase after "von"/"durch"/"by" — not one that opens the
    clause ("Von Versuchen … wird gesprochen" names the topic, not the speaker)."""
    for k, i in enumerate(indices):
        if tokens[i].text.lower() in _PASSIVE_AGENT:
            rest = indices[k + 1 :]
            if rest and tokens[rest[0]].text.lower() == "seiten":  # "Von Seiten der Delegation"
                rest = rest[1:]
            found = phrases(tokens, rest, titles)
            # "Von den Behörden wird angenommen, …" opens with its agent when that can speak
            if found and found[0].first == rest[0] and (k > 0 or person_like(tokens, found[0])):
                return found[0]
    return None


def resolve(article: Article, mentions: Mentions, phrase: Phrase) -> tuple[int, int, str, str | None]:
    """(start, end, canonical name, entity id) of a speaker phrase."""
    tokens = article.tokens
    start, end = tokens[phrase.first].start, tokens[phrase.last - 1].end
    text = article.text[start:end]
    inside = [m for m in mentions.within(start, end)
              if m[2].get("label") in ("PER", "ORG") and article.text[m[0] : m[1]].lower() not in _time_words()]
    if inside:  # a person before an organisation; the head of "Finanzminister Peter Müller" is last
        entity = max(inside, key=lambda m: (m[2].get("label") == "PER", m[1]))[2]
        return start, end, entity.get("name", text), entity.get("id")
    first = tokens[phrase.first].text.lower()
    if (phrase.last - phrase.first == 1 and text.lower() in _PERSONAL) or first in _POSSESSIVE:
        # "Er", "seiner Meinung nach": the person last mentioned
        nearest = mentions.before(start, "PER")
        if nearest:
            return start, end, nearest[0][2].get("name", text), nearest[0][2].get("id")
        return start, end, text, None
    entity = _by_role(article, mentions, phrase)
    if entity is not None:
        return start, end, entity.get("name", text), entity.get("id")
    return start, end, text, None


def _by_role(article: Article, mentions: Mentions, phrase: Phrase) -> dict | None:
    """The person last introduced with the phrase's head noun as a title ("Verteidigungsminister X")."""
    tokens = article.tokens
    heads = [t for t in tokens[phrase.first : phrase.last] if word_class(t) == NOUN]
    if not heads:
        return None
    head = heads[0]
    forms = {head.text.lower(), (head.lemma or head.text).lower()}
    forms.update(head.text.lower()[: -len(suffix)] for suffix in _INFLECTION if head.text.lower().endswith(suffix))
    starts = [t.start for t in tokens]
    for start, _end, entity in mentions.before(tokens[phrase.first].start, "PER", limit=20000):
        k = bisect_left(starts, start)
        roles = {role.lower() for role in entity.get("roles", [])}
        if roles & forms or (k > 0 and tokens[k - 1].text.lower() in forms):
            return entity
    return None
