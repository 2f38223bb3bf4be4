"""Quotes without a frame in their own unit.

- marked words in a unit with no cue: a Direct quote when they read as speech
  (a clause, a sentence, a footnote after them), NotSpeech when they are a
  scare-quoted word or a title („Schwarzmalerei“, „Zukunft Sozialismus“);
- a German unit whose main verb is Konjunktiv I ("Er werde nicht … nennen"):
  IndirectFreeIndirect, spoken by whoever was quoted just before;
- "Das berichtet X": the unit before is X's Indirect quote.
"""

from __future__ import annotations

from ...record import Token
from .frames import Found, active_subject, is_konjunktiv_unit, title_case, unit_subject, whole_unit
from .cues import Cue, Lexicon, verb_cues
from .speakers import Phrase, is_name, person_like, phrases
from .units import Unit, clause_ends, clause_start
from .wordclass import FINITE, NOUN, PRON, PUNCT, VERB, is_konjunktiv_1, is_participle, word_class

_FINAL = frozenset(".!?…")
_UNTAGGED_SPEECH_WORDS = 3
_ANAPHORS = frozenset("das dies this".split())
_SUBJECT_PRONOUNS = frozenset("er sie".split())
_SOLLEN = frozenset("soll sollen".split())


def marked_quotes(tokens: list[Token], unit: Unit, index: int, covered: list[tuple[int, int]], referenced: set[int],
                  naming: Lexicon) -> list[Found]:
    """Direct or NotSpeech quotes for the unit's marks that no frame claimed (`naming`: the verbs that
    make marked words their subject's, "nannte die Strafe „überzogen“")."""
    found = []
    for m in unit.marks:
        if any(start <= m.start and m.end <= end for start, end in covered):
            continue
        inner = [i for i in unit.indices if m.start < tokens[i].start and tokens[i].end < m.end]
        speech = any(word_class(tokens[i]) == FINITE for i in inner) or inner and tokens[inner[-1]].text in _FINAL
        speech = speech and not _name_after_article(tokens, unit, inner)
        if not any(tokens[i].pos for i in inner):  # no morphology (unsupported language): judge by length
            speech = len([i for i in inner if word_class(tokens[i]) != PUNCT]) >= _UNTAGGED_SPEECH_WORDS
        title_list = _is_title_list(tokens, unit, m)
        named = None if speech or title_list else _named_by(tokens, unit, m, naming)
        if named is not None:
            named.unit = index
            found.append(named)
            continue
        if (not speech and m.end not in referenced) or title_list:
            found.append(Found([(m.start, m.end)], "NotSpeech", unit=index))
            continue
        quote = Found([(m.start, m.end)], "Direct", unit=index)
        quote.inherit = _fills_unit(tokens, unit, m)
        quote.speaker = _self_reference(tokens, inner) or _announced_by(tokens, unit, m)
        if quote.speaker is None and not quote.inherit:
            quote.fallback = _speaking_subject(tokens, unit, m)
        found.append(quote)
    return found


def _name_after_article(tokens: list[Token], unit: Unit, inner: list[int]) -> bool:
    """ "Die „Aktion Deutschland hilft“ teilte mit": marked words with a verb right after an article that
    units.py took for a name (they end no clause) are the subject's name, not speech."""
    before = inner[0] - 2 if inner else unit.first - 1  # the token before the opening mark
    return (before >= unit.first and tokens[before].pos == "ART" and any(word_class(tokens[i]) == FINITE for i in inner)
            and not any(i in unit.breaks for i in inner))


def _named_by(tokens: list[Token], unit: Unit, m, naming: Lexicon) -> Found | None:
    """ "Anna Berg nannte die Strafe „überzogen“", "Die Ministerin wies das als „Unverschämtheit“ zurück": marked
    words that a verb of naming or judging qualifies (after "als", or as its object) are the words of its
    subject when that can speak — a Direct quote, as quotes-de annotates it; not a name or title set off in
    marks."""
    inner = [i for i in unit.indices if m.start < tokens[i].start and tokens[i].end < m.end and word_class(tokens[i]) != PUNCT]
    before = max((i for i in unit.indices if tokens[i].end <= m.start), default=unit.first - 1)
    if not naming.verbs or not inner or before < unit.first or before in unit.inside or title_case(tokens, inner):
        return None
    cue = _naming_cue(tokens, unit, before, max(inner), naming)
    speaker = active_subject(tokens, unit, cue) if cue is not None else None
    if speaker is None or not person_like(tokens, speaker):
        return None
    verb = tokens[cue.tokens[0]]
    last = cue.tokens[-1] if tokens[cue.tokens[-1]].end <= m.start else cue.tokens[0]  # "warfen ihm „…“ vor": the verb
    return Found([(m.start, m.end)], "Direct", (verb.start, tokens[last].end), speaker)


def _naming_cue(tokens: list[Token], unit: Unit, before: int, inner_last: int, naming: Lexicon) -> Cue | None:
    """The naming verb of the clause of the marked words that start after token `before`: the nearest one
    before them, or after them when "als" introduces them ("als „falsch“ zurückgewiesen"); none for what one
    calls oneself ("nennt sich „…“") or has said of oneself ("musste sich „…“ vorwerfen lassen")."""
    ends = clause_ends(tokens, unit)
    own = set(range(before + 1, inner_last + 2))  # the marked words: a separable particle may follow them
    clause = [i for i in range(clause_start(tokens, unit, before), ends.get(before, unit.last)) if i not in unit.inside or i in own]
    als = tokens[before].text.lower() == "als"
    cues = [c for c in verb_cues(tokens, clause, naming, ends) if c.tokens[0] not in unit.inside and (als or c.verb.reported)]
    earlier = [c for c in cues if c.tokens[0] <= before]
    cue = earlier[-1] if earlier else next((c for c in cues if als and c.tokens[0] > before), None)
    if cue is None or any((tokens[i].lemma or "").lower() == "lassen" for i in clause):
        return None
    between = [i for i in range(min(cue.tokens[0], before) + 1, max(cue.tokens[0], before)) if i not in unit.inside]
    if any((word_class(tokens[i]) == FINITE and i not in cue.tokens) or tokens[i].text.lower() == "sich" for i in between):
        return None
    return cue


def _announced_by(tokens: list[Token], unit: Unit, m) -> Phrase | None:
    """ "Der Ermittler will seine Arbeit einstellen: „…“": a colon hands the quote to the clause's subject."""
    before = [i for i in unit.outside() if tokens[i].end <= m.start]
    if not before or tokens[before[-1]].text != ":":
        return None
    if (named := _named_last(tokens, before[:-1])) is not None:
        return named
    subject = unit_subject(tokens, unit, before[-1])
    if subject is not None and _names_the_words(tokens, subject):
        return _speaking_phrase(tokens, before[:-1])
    if subject is not None and not person_like(tokens, subject):
        return _speaking_phrase(tokens, before[:-1]) or subject
    if subject is not None or any(word_class(tokens[i]) == FINITE for i in before):
        return subject
    # "BKA-Präsident Ziercke: „…“", "Koppelin wörtlich: „…“": a verbless frame names the speaker
    return next((p for p in phrases(tokens, before[:-1]) if person_like(tokens, p)), None)


#: Nouns that name the quoted words themselves: "Darauf waren die Worte zu lesen: „…“", "steht der Passus: „…“".
_WORDING = frozenset("wort worte passus satz sätze zitat text motiv inschrift aufschrift formulierung".split())


def _names_the_words(tokens: list[Token], phrase: Phrase) -> bool:
    """The phrase is the quotation itself ("die Worte", "der Passus"), not who or what it comes from."""
    return any(tokens[i].text.lower() in _WORDING for i in range(phrase.first, phrase.last) if word_class(tokens[i]) == NOUN)


def _named_last(tokens: list[Token], before: list[int]) -> Phrase | None:
    """ "…, so X, und der Ministerpräsident Jan Berg: „…“": a named phrase with no verb, set off by a comma or "und"
    right before the colon, announces the quotation itself (not the subject of the sentence it ends)."""
    cut = max((k for k, i in enumerate(before) if tokens[i].text in {",", "und"}), default=None)
    if cut is None:
        return None
    words = before[cut + 1 :]
    found = phrases(tokens, words)
    if (len(found) != 1 or found[0].first != words[0] or found[0].last != words[-1] + 1
            or not any(is_name(tokens[i]) for i in words) or any(word_class(tokens[i]) == FINITE for i in words)):
        return None
    return found[0]


def _speaking_phrase(tokens: list[Token], words: list[int]) -> Phrase | None:
    """ "Die Anwendung der Regel sieht Jan Berg kritisch: „…“": when the clause's subject cannot speak, a
    name in the clause before the colon is the one announcing the quote."""
    return next((p for p in phrases(tokens, words) if any(is_name(t) for t in tokens[p.first : p.last])), None)


def _speaking_subject(tokens: list[Token], unit: Unit, m) -> Phrase | None:
    """ "Shakira hält das Album für „größer als alles“": the subject of the sentence that holds the
    marked words, when it can speak and stands outside them."""
    subject = unit_subject(tokens, unit)
    if (subject is None or not person_like(tokens, subject) or m.start <= tokens[subject.first].start < m.end
            or _names_the_words(tokens, subject)):
        return None
    return subject


def _fills_unit(tokens: list[Token], unit: Unit, m) -> bool:
    """The marked span is the whole unit, punctuation aside, or with only a linking word before a
    colon ("Und: „…“", "Weiter: „…“"): a quote continuing the one before."""
    rest = [i for i in unit.outside() if word_class(tokens[i]) != PUNCT]
    return not rest or _linked_on(tokens, unit, rest, m)


def _linked_on(tokens: list[Token], unit: Unit, rest: list[int], m) -> bool:
    """ "Und: „…“": one word with no noun or verb, then a colon right before the marked span."""
    before = [i for i in unit.outside() if tokens[i].end <= m.start]
    return (len(rest) == 1 and before and before[-1] == rest[0] + 1 and tokens[before[-1]].text == ":"
            and word_class(tokens[rest[0]]) not in (NOUN, FINITE, VERB, PRON))


def _is_title_list(tokens: list[Token], unit: Unit, m) -> bool:
    """Several short marked spans joined by commas and "und": a list of titles."""
    return len(unit.marks) >= 3 and all(mark.end - mark.start < 60 for mark in unit.marks)


def _self_reference(tokens: list[Token], inner: list[int]) -> Phrase | None:
    """„Er werde nicht … nennen“: a reported quote whose subject pronoun is its speaker."""
    if len(inner) < 2:
        return None
    first, verb = tokens[inner[0]], tokens[inner[1]]
    if first.text.lower() in _SUBJECT_PRONOUNS and is_konjunktiv_1(verb, first):
        return Phrase(inner[0], inner[0] + 1)
    return None


def konjunktiv_quote(tokens: list[Token], unit: Unit, index: int) -> Found | None:
    """A unit of reported speech in Konjunktiv I without a frame of its own."""
    if unit.last - unit.first < 3 or not is_konjunktiv_unit(tokens, unit):
        return None
    return whole_unit(tokens, unit, index, "IndirectFreeIndirect", inherit=True)


def konjunktiv_2_continuation(tokens: list[Token], unit: Unit, index: int) -> Found | None:
    """ "…, berichtete X, dass … sei. Jedes Jahr würden dadurch 600 Autos zerstört.": right after
    reported speech, a unit in Konjunktiv II ("würden", "könnten", "hätte") goes on reporting it."""
    if unit.last - unit.first < 3 or not is_konjunktiv_unit(tokens, unit, _konjunktiv_2):
        return None
    return whole_unit(tokens, unit, index, "IndirectFreeIndirect", inherit=True)


def hearsay_quote(tokens: list[Token], unit: Unit, index: int) -> Found | None:
    """ "Der Abgeordnete soll einer Sabotagegruppe angehört haben": "sollen" with a perfect
    infinitive passes on what others say (FreeIndirect)."""
    outside = [i for i in unit.outside() if word_class(tokens[i]) != PUNCT]
    finite = [i for i in outside if word_class(tokens[i]) == FINITE]
    if len(outside) < 3 or not finite or (tokens[finite[0]].lemma or "").lower() != "sollen":
        return None
    # "soll … angehört haben", not "soll … stattfinden" (a plan) or "soll keine Entwarnung sein"
    if (tokens[outside[-1]].lemma or "").lower() not in {"haben", "sein"} or not is_participle(tokens[outside[-2]]):
        return None
    return whole_unit(tokens, unit, index, "FreeIndirect", inherit=True)


def sollen_quote(tokens: list[Token], unit: Unit, index: int) -> Found | None:
    """ "Die Streiks sollen bis Freitag andauern": present "soll"/"sollen" as the main verb passes on a plan
    or a claim — reported speech when a source was quoted right before (`sourced`: else it is dropped)."""
    if unit.last - unit.first < 3 or not is_konjunktiv_unit(tokens, unit, _present_sollen):
        return None
    quote = whole_unit(tokens, unit, index, "FreeIndirect", inherit=True)
    quote.sourced = True
    return quote


def _present_sollen(token: Token, _previous: Token | None) -> bool:
    """ "soll", "sollen" — not "sollte": mostly advice or the past, rarely a report in quotes-de."""
    return (token.lemma or "").lower() == "sollen" and token.text.lower() in _SOLLEN


def _konjunktiv_2(token: Token, _previous: Token | None) -> bool:
    """ "würden", "könnten", "hätte" — not "möchte": that is the plain present of wanting ("Blair möchte …")."""
    morph = token.morph or ""
    if "Mood=Sub" not in morph and word_class(token) == FINITE:
        return _umlaut_subjunctive(token)
    return "Mood=Sub" in morph and "Tense=Past" in morph and not token.text.lower().startswith("möcht")


def _umlaut_subjunctive(token: Token) -> bool:
    """ "befänden", "bestünde", "käme": the morphology leaves some strong Konjunktiv II forms without a mood;
    an umlaut the lemma lacks, before the ending "-e"/"-en" (not the weak past "-te": "fällte"), marks them."""
    form, lemma = token.text.lower(), (token.lemma or "").lower()
    umlauts = set("äöü")
    return (form.endswith(("e", "en")) and not form.endswith(("te", "ten")) and bool(umlauts & set(form))
            and not umlauts & set(lemma) and bool(lemma))


def cataphoric(tokens: list[Token], unit: Unit, cues: list[Cue]) -> Found | None:
    """ "Das berichtet X": the unit names the source of the unit before; returns that source."""
    if not cues or cues[0].kind != "verb" or unit.last - unit.first < 3:
        return None
    if tokens[unit.first].text.lower() not in _ANAPHORS or cues[0].tokens[0] != unit.first + 1:
        return None
    rest = [i for i in unit.outside() if i not in cues[0].tokens and i > unit.first]
    speakers = phrases(tokens, rest)
    if not speakers:
        return None
    cue = (tokens[cues[0].tokens[0]].start, tokens[cues[0].tokens[-1]].end)
    return Found([(tokens[unit.first].start, tokens[unit.first].end)], "Indirect", cue, speakers[0])
