"""Speech cues: the verbs and source phrases that frame a quotation.

The word lists live in presslens/lexicons (speech_verbs_*.txt, source_cues_*.txt)
so that they can be read and extended without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from ...record import Token
from .wordclass import ADJ, CONJ, DET, FINITE, NOUN, PREP, PUNCT, VERB, is_konjunktiv_1, word_class


#: How far after a separable verb its particle is looked for ("gab der Leiter …, X, bekannt").
_PARTICLE_REACH = 20
#: Particles that leave a speech verb a speech verb: "sagte weiter", "erklärte weiter".
_GOING_ON = frozenset({"weiter"})
#: Verbs of belief: a speech verb only in the indicative ("Er glaubt, dass …").
_BELIEFS = frozenset({"glauben"})
#: Nouns of opinion that frame a "dass" clause: "ist der Meinung, dass …".
_OPINIONS = frozenset({"Meinung", "Ansicht", "Auffassung", "Überzeugung", "These", "Hoffnung", "Befürchtung"})


@dataclass(frozen=True)
class SpeechVerb:
    """One speech verb: its lemma, separable particle (or ""), and whether it is a bare speech act."""

    lemma: str
    particle: str
    reported: bool


@dataclass(frozen=True)
class Lexicon:
    """The cue words of one language."""

    verbs: dict[str, SpeechVerb]  # by full lemma ("mitteilen") and by form (English)
    separable: dict[str, list[SpeechVerb]]  # by base lemma ("teilen")
    before: frozenset[str]
    after: frozenset[str]
    nouns: frozenset[str]
    tail: frozenset[str]
    impersonal: frozenset[str]
    adverbs: frozenset[str]
    relatives: frozenset[str]
    nominal: frozenset[str] = frozenset()
    norms: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cue:
    """A cue found in a sentence: token indices of its words, its kind and its verb (if any)."""

    tokens: tuple[int, ...]
    kind: str  # verb | before | after | noun | tail | self | adverb | relative
    verb: SpeechVerb | None = None


def _lines(name: str) -> list[str]:
    path = resources.files("presslens.lexicons").joinpath(name)
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def lexicon(language: str) -> Lexicon:
    """The cue lexicon of `language` ("de", "en"); empty for languages without one."""
    verbs, separable = _verb_lexicon(f"speech_verbs_{language}.txt", "R")
    kinds: dict[str, set[str]] = {name: set() for name in ("before", "after", "noun", "tail", "self", "adverb", "relative", "nominal", "norm")}
    for line in _lines(f"source_cues_{language}.txt"):
        kind, _, words = line.partition(" ")
        kinds.setdefault(kind, set()).add(words.strip().lower())
    return Lexicon(
        verbs=verbs,
        separable=separable,
        before=frozenset(kinds["before"]),
        after=frozenset(kinds["after"]),
        nouns=frozenset(kinds["noun"]),
        tail=frozenset(kinds["tail"]),
        impersonal=frozenset(kinds["self"]),
        adverbs=frozenset(kinds["adverb"]),
        relatives=frozenset(kinds["relative"]),
        nominal=frozenset(kinds["nominal"]),
        norms=frozenset(kinds["norm"]),
    )


def _verb_lexicon(name: str, flag: str) -> tuple[dict[str, SpeechVerb], dict[str, list[SpeechVerb]]]:
    """The verbs of a lexicon file by full lemma, and its separable ones by base lemma; `flag` after a
    lemma sets `reported`."""
    verbs: dict[str, SpeechVerb] = {}
    separable: dict[str, list[SpeechVerb]] = {}
    for line in _lines(name):
        word, _, mark = line.partition(" ")
        particle, _, base = word.rpartition("|")
        verb = SpeechVerb(lemma=particle + base, particle=particle, reported=mark.strip() == flag)
        verbs[verb.lemma] = verb
        if particle:
            separable.setdefault(base, []).append(verb)
    return verbs, separable


@cache
def naming_lexicon(language: str) -> Lexicon:
    """Verbs that qualify marked words as their subject's ("nannte die Strafe „überzogen“", "wies das als
    „Unverschämtheit“ zurück"); `reported` marks those that take the marked words without "als"."""
    verbs, separable = _verb_lexicon(f"naming_verbs_{language}.txt", "D")
    empty: frozenset[str] = frozenset()
    return Lexicon(verbs, separable, empty, empty, empty, empty, empty, empty, empty)


@cache
def title_nouns(language: str) -> frozenset[str]:
    """Nouns whose marked words after them are a title or a name ("dem Lied „…“", "unter dem Motto „…“")."""
    return frozenset(_lines(f"title_nouns_{language}.txt"))


def verb_cues(tokens: list[Token], candidates: list[int], lex: Lexicon, clause_end: dict[int, int]) -> list[Cue]:
    """The verb cues of `lex` among token indices `candidates` (no source phrases or opinion nouns)."""
    wanted = set(candidates)
    found = [_verb_cue(tokens, i, lex, clause_end, wanted) for i in candidates if word_class(tokens[i]) in (FINITE, VERB)]
    return [cue for cue in found if cue is not None]


def find_cues(tokens: list[Token], candidates: list[int], lex: Lexicon, clause_end: dict[int, int]) -> list[Cue]:
    """The cues among token indices `candidates` (tokens outside quotation marks), in text order.

    `clause_end[i]` is the index after the last token of the clause holding token i;
    a separable verb only counts when its particle closes the same clause.
    """
    found: list[Cue] = []
    wanted = set(candidates)
    taken: set[int] = set()
    for i in candidates:
        if i in taken:
            continue
        token = tokens[i]
        lower = token.text.lower()
        cls = word_class(token)
        cue = _verb_cue(tokens, i, lex, clause_end, wanted) if cls in (FINITE, VERB, "other", "noun") else None
        if cue is None and cls == ADJ:
            cue = _mistagged_verb(tokens, i, lex, wanted)
        if cue is None and " " not in lower:
            cue = _source_cue(tokens, i, lex, wanted)
        if cue is None and lex.verbs:
            cue = _opinion_cue(tokens, i, wanted) or _attitude_cue(tokens, i, wanted) or _phrase_cue(tokens, i, wanted)
        if cue is not None:
            found.append(cue)
            taken.update(cue.tokens)
    return found


def _verb_cue(tokens: list[Token], i: int, lex: Lexicon, clause_end: dict[int, int], wanted: set[int]) -> Cue | None:
    token = tokens[i]
    lemma = (token.lemma or token.text).lower()
    form = token.text.lower()
    if word_class(token) not in (FINITE, VERB) and token.pos:
        return None
    verb = lex.verbs.get(lemma) or lex.verbs.get(form)
    if verb is not None and verb.lemma in _BELIEFS and is_konjunktiv_1(token, tokens[i - 1] if i else None):
        return None  # "Er glaube, dass …, hatte X gesagt": a belief in Konjunktiv I is itself reported
    if verb is not None and not _foreign_particle(tokens, i, clause_end):
        return Cue((i,), "verb", verb)
    for candidate in lex.separable.get(lemma, ()):
        if i > 0 and i - 1 in wanted and tokens[i - 1].text.lower() == candidate.particle:
            return Cue((i - 1, i), "verb", candidate)  # "wie die Polizei bekannt gab"
        for j in range(i + 1, min(len(tokens), i + _PARTICLE_REACH)):
            if j not in wanted or tokens[j].text in {":", ";"} or tokens[j].text.lower() in {"dass", "ob"}:
                break
            if tokens[j].text in {"und", "oder"} and j + 1 < len(tokens) and word_class(tokens[j + 1]) == FINITE:
                break  # "warf … weit und siegte so vor der Russin": the next verb owns what follows
            if tokens[j].text.lower() == candidate.particle and tokens[j].pos != "PTKZU":  # not "zu wehren"
                return Cue((i, j), "verb", candidate)
    return None


#: Past endings of weak verbs: "erklärte", "betonten".
_WEAK_PAST = ("ten", "te")


def _mistagged_verb(tokens: list[Token], i: int, lex: Lexicon, wanted: set[int]) -> Cue | None:
    """ "„…“ erklärte Ministerin X.": right after a quotation's closing mark (and comma), the tagger may read the
    weak past of a speech verb as an adjective; its form ("erklärte" → "erklären") still names the verb."""
    token = tokens[i]
    before = i - 1 if i > 0 and tokens[i - 1].text == "," and i - 1 in wanted else i
    if before == 0 or before - 1 in wanted or not token.text.islower() or i + 1 not in wanted:
        return None
    ending = next((e for e in _WEAK_PAST if token.text.endswith(e)), None)
    verb = lex.verbs.get(token.text[: -len(ending)] + "en") if ending else None
    if verb is None or verb.particle or word_class(tokens[i + 1]) != NOUN:
        return None
    return Cue((i,), "verb", verb)


def _opinion_cue(tokens: list[Token], i: int, wanted: set[int]) -> Cue | None:
    """ "X ist der Meinung, dass …", "X vertritt die Auffassung, dass …": an opinion noun before a
    "dass" clause frames it like a speech verb (quotes-de annotates them so); also with an adjective
    ("der gegenteiligen Auffassung") and before a Konjunktiv I clause ("vertritt die Ansicht, X habe …")."""
    if tokens[i].text not in _OPINIONS or i == 0:
        return None
    article = i - 2 if i > 1 and tokens[i - 1].pos == "ADJA" and tokens[i - 1].text[:1].islower() else i - 1
    if tokens[article].text.lower() not in {"der", "die"}:
        return None
    if article not in wanted or not _clause_follows(tokens, i, wanted):
        return None
    return Cue((article, i), "verb", SpeechVerb(tokens[i].text.lower(), "", reported=False))


#: Light-verb frames: the words that close them before the comma, and the verb lemma their clause needs ("").
_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("zu", "dem", "Ergebnis"), "kommen"), (("zu", "dem", "Schluss"), "kommen"),
    (("als", "erwiesen", "an"), ""), (("Wert", "darauf"), "legen"),
)
#: How far before its closing words the verb of a light-verb frame may stand: "kam der Meldung zufolge zu dem Schluss".
_PHRASE_REACH = 8


def _phrase_cue(tokens: list[Token], i: int, wanted: set[int]) -> Cue | None:
    """ "Die Experten kamen zu dem Ergebnis, dass …", "sah es als erwiesen an, dass …", "legte Wert darauf, dass …":
    a verb with a fixed phrase states a view or finding, as quotes-de annotates it."""
    for words, lemma in _PHRASES:
        end = i + len(words) - 1
        if not set(range(i, end + 1)) <= wanted or tuple(t.text for t in tokens[i:end + 1]) != words:
            continue
        if not _clause_follows(tokens, end, wanted, infinitive=True):
            continue
        if not lemma:
            return Cue(tuple(range(i, end + 1)), "verb", SpeechVerb(words[-1], "", reported=False))
        before = [j for j in range(max(0, i - _PHRASE_REACH), i) if j in wanted]
        verbs = [j for j in before if (tokens[j].lemma or "").lower() == lemma and word_class(tokens[j]) in (FINITE, VERB)]
        if verbs and not any(tokens[j].text in {",", ";", ":"} for j in before if j > verbs[-1]):
            return Cue((verbs[-1], *range(i, end + 1)), "verb", SpeechVerb(lemma, "", reported=False))
    return None


#: Adjectives of certainty that state a view with "sein" too: "war sich sicher, dass …", "ist zuversichtlich, … zu …".
_CERTAIN = frozenset("sicher zuversichtlich überzeugt bewusst".split())
#: How far before its adjective "zeigte sich" may stand: "zeigte sich besonders darüber besorgt, dass …".
_ATTITUDE_REACH = 5


def _attitude_cue(tokens: list[Token], i: int, wanted: set[int]) -> Cue | None:
    """ "X zeigte sich optimistisch, dass …", "zeigte sich besorgt, X habe …": "sich zeigen" with an
    adjective or participle of attitude ("besorgt", "überzeugt") before a "dass" or Konjunktiv I clause states a
    view, as quotes-de annotates it."""
    if tokens[i].pos not in {"ADJD", "VVPP"} or not _clause_follows(tokens, i, wanted, infinitive=True):
        return None
    before = [j for j in range(max(0, i - _ATTITUDE_REACH), i) if j in wanted]
    verbs = [j for j in before if ((tokens[j].lemma or "").lower() == "zeigen" and j + 1 in wanted
                                   and tokens[j + 1].text.lower() == "sich")
             or (tokens[i].text in _CERTAIN and (tokens[j].lemma or "").lower() == "sein" and word_class(tokens[j]) == FINITE
                 and not _impersonal(tokens, j))]
    if not verbs or any(tokens[j].text in {",", ";", ":"} for j in before if j > verbs[-1]):
        return None
    return Cue((verbs[-1], i), "verb", SpeechVerb("zeigen", "", reported=False))


def _impersonal(tokens: list[Token], j: int) -> bool:
    """ "Es ist sicher, dass …": "es" next to the verb states a fact, nobody's view."""
    return any(0 <= k < len(tokens) and tokens[k].text.lower() == "es" for k in (j - 1, j + 1))


def _clause_follows(tokens: list[Token], i: int, wanted: set[int], infinitive: bool = False) -> bool:
    """A comma after token i, then a "dass" clause or a Konjunktiv I main clause (or, with `infinitive`, a
    zu-infinitive: "ist zuversichtlich, bald … zu können"): a stated view."""
    if not {i + 1, i + 2} <= wanted or tokens[i + 1].text != ",":
        return False
    if infinitive and zu_infinitive_clause(tokens, i + 2, wanted):
        return True
    return tokens[i + 2].text.lower() == "dass" or _konjunktiv_clause(tokens, i + 2, wanted)


def zu_infinitive_clause(tokens: list[Token], start: int, wanted: set[int]) -> bool:
    """A clause from `start` with no finite verb and an infinitive with "zu" before its comma."""
    j = start
    while j in wanted and tokens[j].text not in {",", ".", ";", ":"}:
        if word_class(tokens[j]) == FINITE:
            return False
        if tokens[j].pos in {"VVIZU", "PTKZU"}:
            return True
        j += 1
    return False


def _konjunktiv_clause(tokens: list[Token], start: int, wanted: set[int]) -> bool:
    """A main clause in Konjunktiv I from `start`: its first finite verb before the next comma."""
    j = start
    while j in wanted and tokens[j].text not in {",", ".", ";", ":"}:
        if word_class(tokens[j]) == FINITE:
            return is_konjunktiv_1(tokens[j], tokens[j - 1])
        j += 1
    return False


def _foreign_particle(tokens: list[Token], i: int, clause_end: dict[int, int]) -> bool:
    """ "sprach … aus", "sprachen … frei": a particle makes another verb of a speech verb — not one after a
    later finite verb ("bezeichnete … und forderte … auf": it is that verb's)."""
    for j in range(i + 1, clause_end.get(i, i + 1)):
        if word_class(tokens[j]) == FINITE:
            return False
        if (tokens[j].pos or "") == "PTKVZ" and tokens[j].text.lower() not in _GOING_ON:
            return True
    return False


def _source_cue(tokens: list[Token], i: int, lex: Lexicon, wanted: set[int]) -> Cue | None:
    lower = tokens[i].text.lower()
    if lower in lex.before and not _norm_after(tokens, i, lex, wanted):
        return Cue((i,), "before")
    if lower == "according" and i + 1 in wanted and tokens[i + 1].text.lower() == "to" and "according to" in lex.before:
        return Cue((i, i + 1), "before")
    if lower in lex.after:
        return Cue((i,), "after")
    if lower == "nach" and i > 0 and i - 1 in wanted and _source_noun(tokens[i - 1], lex) and not (
            i + 1 in wanted and _source_noun(tokens[i + 1], lex)):
        # "seiner Meinung nach", "dem Vernehmen nach": the phrase before is the source — but "der Entwurf
        # für ein Polizeigesetz nach Meinung der SPD" has its source after "nach"
        return Cue((i,), "after")
    if lower == "nach" and _relative_after_comma(tokens, i, wanted) and not _temporal_relative(tokens, i, lex):
        return Cue((i,), "before")  # "Gerüchte, nach denen …": the relative pronoun stands for the source
    if lower == "nach" and i + 1 in wanted:
        j = i + 1
        while j in wanted and j < i + 4 and tokens[j].text[:1].islower() and word_class(tokens[j]) not in (PUNCT, PREP, CONJ):
            j += 1  # "nach ersten Angaben", "nach einem Fernsehbericht" (not "nach wie vor offizielle Paketquellen")
        if j + 1 in wanted and j == i + 1 and tokens[j].pos == "NE" and tokens[j].text.endswith("s"):
            j += 1  # "Nach Grupps Meinung"
        if j in wanted and _source_noun(tokens[j], lex) and not _alternative_figure(tokens, i, j, wanted):
            return Cue(tuple(range(i, j + 1)), "noun")
    if lower in lex.tail and i > 0 and tokens[i - 1].text in {",", "“", "”", "«", "»", '"'}:
        return Cue((i,), "tail")
    if (lower in lex.adverbs or _pointing_danach(tokens, i, lex)) and (i == 0 or word_class(tokens[i - 1]) == PUNCT):
        return Cue((i,), "adverb")
    if lower in lex.relatives and i > 0 and i - 1 in wanted and tokens[i - 1].text == ",":
        return Cue((i,), "relative")  # "Berichte, wonach …": the phrase before the comma is the source
    if lower in lex.impersonal and i + 1 in wanted and tokens[i + 1].text.lower() == "es":
        return Cue((i, i + 1), "self")
    if lower == "es" and i + 1 in wanted and tokens[i + 1].text.lower() in lex.impersonal:
        return Cue((i, i + 1), "self")
    return None


#: How far back the sentence before "Danach" is searched for the source it points to.
_DANACH_REACH = 40


def _pointing_danach(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """ "UNICEF stellte eine Studie vor. Danach leiden …": "Danach" right after a sentence that names a
    source document (a noun of the source lexicon: "Studie", "Darstellung") points to it like "Demnach";
    after other sentences it mostly means "afterwards" ("Danach brach Feuer aus")."""
    if tokens[i].text != "Danach" or i == 0:
        return False
    j = i - 2
    while j >= max(0, i - _DANACH_REACH) and tokens[j].text not in {".", "!", "?"}:
        if _source_noun(tokens[j], lex) and not _in_prepositional_phrase(tokens, j):
            return True
        j -= 1
    return False


def _in_prepositional_phrase(tokens: list[Token], j: int) -> bool:
    """ "Nach Aussagen des Bürgermeisters drangen die Täter ein. Danach …": a source noun under a preposition
    sources its own sentence (or is no source: "über die Medien erfahren"); it introduces no document that a
    following "Danach" could point to, so there "Danach" means "afterwards"."""
    k = j - 1
    while k >= 0 and word_class(tokens[k]) in (DET, ADJ):
        k -= 1
    return k >= 0 and word_class(tokens[k]) == PREP


def _relative_after_comma(tokens: list[Token], i: int, wanted: set[int]) -> bool:
    """ ", nach denen …", ", nach welchem …": a preposition after a comma that opens a relative clause."""
    return i > 0 and tokens[i - 1].text == "," and i + 1 in wanted and tokens[i + 1].pos == "PRELS"


#: Singular relative pronouns after "nach" that mostly open a time clause: "die Pause, nach der …".
_TEMPORAL_RELATIVES = frozenset({"dem", "der"})


def _temporal_relative(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """ "der Brand, nach dem …", "die Pause, nach der …" tell what came next; after a source or a
    written document ("ein Bericht, nach dem …", "eine Klageschrift, nach der …") the pronoun is a source."""
    if tokens[i + 1].text.lower() not in _TEMPORAL_RELATIVES:
        return False
    nouns = [t for t in tokens[max(0, i - 4) : i - 1] if word_class(t) == NOUN]  # "eine Klageschrift eingereicht, nach der"
    return not nouns or not (_source_noun(nouns[-1], lex) or nouns[-1].text.lower().endswith("schrift"))


def _norm_after(tokens: list[Token], i: int, lex: Lexicon, wanted: set[int]) -> bool:
    """ "gemäß der damaligen Regelung", "gemäß den Strafrechtsbestimmungen": a rule or standard after the
    preposition is what something conforms to, not a source (quotes-de annotates no quote)."""
    j = i + 1
    while j in wanted and j < i + 4 and word_class(tokens[j]) in (DET, ADJ):
        j += 1
    return j in wanted and word_class(tokens[j]) == NOUN and tokens[j].text.lower().endswith(tuple(lex.norms))


def _alternative_figure(tokens: list[Token], i: int, j: int, wanted: set[int]) -> bool:
    """ "eine Reichweite von 100, nach anderen Angaben 110 Kilometern": a source phrase between a comma and a
    number sources that other figure only, not a clause (quotes-de annotates no quote)."""
    return i > 0 and tokens[i - 1].text == "," and j + 1 in wanted and tokens[j + 1].pos == "CARD"


def _source_noun(token: Token, lex: Lexicon) -> bool:
    """A noun naming a source after "nach": "Angaben", "Polizeiangaben", "Meinung"."""
    return token.text[:1].isupper() and token.text.lower().endswith(tuple(lex.nouns))
