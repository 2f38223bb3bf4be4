"""Quotes framed by a cue in their own unit: „…“, sagte X / X sagte, dass … / laut X …

The frame is the clause of the cue (or the source phrase of "laut X", "X
zufolge", "nach Angaben von X"); the quote is what the unit holds besides the
frame. It is Direct when that is a span in quotation marks, Indirect otherwise,
and Reported when a speech act verb ("kritisierte", "kündigte an") has no
clause to report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...record import Token
from .cues import Cue, title_nouns, zu_infinitive_clause
from .speakers import Phrase, agent_phrase, head_of, is_name, is_time_phrase, person_like, phrases
from .units import Unit, bracketed, clause_ends, clause_start, runs, title_case, trim
from .wordclass import (ADJ, CONJ, DET, FINITE, NOUN, OTHER, PREP, PUNCT, SEIN_KONJUNKTIV_1, VERB, is_konjunktiv_1, is_participle,
                        word_class)

_RELATIVE = frozenset("der die das dem den dessen deren welche welcher welches who which whose".split())
_COMPLEMENTISERS = frozenset("dass ob wie wer was wo wann warum weshalb that whether if".split())
_PASSIVE_AUXILIARIES = frozenset("werden wurde wurden wird worden is was were been".split())
_OWNING = frozenset("sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer dieser diese dieses diesen diesem".split())
_CONTRASTIVE = frozenset("aber jedoch allerdings zugleich".split())
_NEGATIONS = frozenset("nicht nie niemals not never".split())  # lower case: "Nie" may be a name
_COORDINATORS = frozenset("und oder aber sondern and or but".split())
#: Lower-case conjunctions of contrast that open a clause after a frame: what follows is no longer the report.
_CONTRASTS = frozenset("aber doch".split())
_SEIN = frozenset("ist sind war waren sei seien wäre wären".split())
_PRONOUN_SOURCES = frozenset("er sie dieser diese".split())
_NOMINATIVE_PRONOUNS = frozenset("er ich wir".split())
#: STTS tags of pronouns that stand for a speaker named elsewhere ("seiner", "dem", "denen", "ihm").
_PRONOUN_TAGS = frozenset({"PPOSAT", "PDS", "PRELS", "PPER"})
_ENGLISH_RELATIVE = frozenset("who whom whose which".split())
_QUOTED = frozenset({"zitieren"})
#: Verbs whose source may stand in a fronted "aus" phrase ("Aus Parteikreisen verlautete, …").
_FROM_SOURCE = frozenset({"verlauten"})
_THAT = frozenset("dass ob was wer warum weshalb wieso that whether".split())
_TELL = frozenset("told tell tells telling".split())
_ENGLISH_VERB_TAGS = frozenset("VVD VVZ VVB VBD VBZ".split())
_OBLIQUE = frozenset("den dem des dessen deren einen einem eines ihm ihn ihnen ihrem ihren seinem seinen".split())
_SUBORDINATORS = frozenset(
    "da weil obwohl wenn nachdem als während bevor um damit sodass sobald falls indem ohne because since when "
    "after before although while".split()
)
_DOCUMENTS = ("bericht", "erklärung", "mitteilung", "stellungnahme", "brief", "schreiben", "meldung", "studie",
              "gutachten", "urteil", "interview", "papier", "dokument", "artikel", "kommentar", "analyse", "beschluss")
_MIN_TOKENS = 3
_FIRST_PERSON = {"ich", "wir"}
_NAMING = {"nennen", "bezeichnen"}
_VICTIMS = {"todesopfer", "opfer", "tote", "toter", "menschenleben", "leben", "verletzte"}
_PAST_HABEN = {"hatte", "hatten", "hattest", "hattet"}
_DATELINE_WORDS = 4
_APPOSITION_WORDS = 10
_SPEECH_WORDS = 3
_DASHES = frozenset("– — -".split())
#: Punctuation that ends an apposition or a frame after its quote.
_PHRASE_BREAKS = frozenset({",", "–", "—", "(", ")", ";", ":"})


@dataclass
class Found:
    """A quote under construction, in token indices; named and resolved later."""

    spans: list[tuple[int, int]]  # character spans
    type: str
    cue: tuple[int, int] | None = None
    speaker: Phrase | None = None
    addressee: Phrase | None = None
    unit: int = 0
    inherit: bool = False  # take the speaker of the quote before
    fallback: Phrase | None = None  # the speaker when there is none to take
    quoted: list[tuple[int, int]] = field(default_factory=list)  # marked words inside an Indirect quote
    anaphor: Phrase | None = None  # "Demnach": the words standing for the speaker (the speaker span, as in quotes-de)
    first_unit: int | None = None  # where a quote joined over several units begins (`unit` is where it ends)
    sourced: bool = False  # kept only when the quote in the unit right before gives it its speaker

    def opens(self) -> int:
        """The unit the quote begins in: what comes before it is the unit before this one."""
        return self.unit if self.first_unit is None else self.first_unit


def whole_unit(tokens: list[Token], unit: Unit, index: int, kind: str, inherit: bool = False) -> Found:
    """A quote spanning the whole unit (sentence) `index`, first token to last."""
    return Found([(tokens[unit.first].start, tokens[unit.last - 1].end)], kind, unit=index, inherit=inherit)


def frame_quotes(tokens: list[Token], unit: Unit, cues: list[Cue], index: int) -> list[Found]:
    """The quotes a unit's cues frame (the first cue that frames something wins)."""
    ends = clause_ends(tokens, unit)
    for k, cue in enumerate(cues):
        found = _frame(tokens, unit, cue, ends)
        if found is not None:
            nearer = _nearer_frame(tokens, unit, cues[k + 1 :], ends, found)
            acts = _first_conjunct(tokens, unit, cues[: k + (nearer is not found)], nearer, ends, index)
            found = nearer
            _postposed_frame(tokens, unit, cues[k + 1 :], ends, found)
            found.unit = index
            if found.type != "Direct":  # marked words inside an Indirect stay part of it: one quotation, one item
                found.quoted = speech_marks(tokens, unit, found.spans)
            return [*acts, found, *_inner_sources(tokens, unit, cues[k + 1 :], ends, found, index)]
    return []


def _first_conjunct(tokens: list[Token], unit: Unit, earlier: list[Cue], found: Found, ends: dict[int, int],
                    index: int) -> list[Found]:
    """ "Er nannte die Proteste rechtmäßig und forderte die Anhänger auf, Ruhe zu bewahren": a bare speech
    act (R) that opens the unit and ends at the "und" before the verb that frames the clause is a Reported
    quote of its own, with its own subject (quotes-de annotates both); so is another speech verb there with a
    subject that can speak, not in the past perfect ("Der Rat rief … auf und beschloss, …"); not one holding
    marked words ("nannte sie „fahrlässig“ und …": there the marked words alone are annotated)."""
    later = next((i for i in unit.indices if tokens[i].start == found.cue[0]), None) if found.cue else None
    if later is None or found.type != "Indirect":
        return []
    for cue in earlier:
        if cue.kind != "verb" or cue.verb is None:
            continue
        joints = [i for i in range(cue.tokens[-1] + 1, later) if tokens[i].text == "und" and i not in unit.inside]
        if len(joints) != 1 or any(tokens[i].text == "," for i in range(unit.first, joints[0])):
            continue
        frame, speaker = _verb_frame(tokens, unit, cue, ends)
        if speaker is None or min(frame) > unit.first + 1 or _passive(tokens, frame, cue):
            continue
        if not _bare_act(tokens, unit, cue) and (_pluperfect(tokens, frame, cue) or not person_like(tokens, speaker)):
            continue
        span = (tokens[unit.first].start, tokens[joints[0] - 1].end)
        if any(span[0] <= m.start < span[1] for m in unit.marks):
            continue
        return [Found([span], "Reported", (tokens[cue.tokens[0]].start, tokens[cue.tokens[-1]].end), speaker, unit=index)]
    return []


def _postposed_frame(tokens: list[Token], unit: Unit, later: list[Cue], ends: dict[int, int], found: Found) -> None:
    """ "X äußerte sich zu den Vorgängen: „…“, sagte er gegenüber dem Sender": a speech verb right after
    a quotation announced by a colon frames it; the quotation is a Direct quote with that frame's subject
    and cue, not the colon clause's (as quotes-de annotates it)."""
    for cue in later:
        if cue.kind != "verb" or not _after_announced_quotation(tokens, unit, cue.tokens[0]):
            continue
        verb = tokens[cue.tokens[0]].start
        mark = max((m for m in unit.marks if m.end <= verb), key=lambda m: m.end, default=None)
        frame, speaker = _verb_frame(tokens, unit, cue, ends)
        if mark is not None and frame and speaker is not None and any(a <= mark.start < b for a, b in found.spans):
            found.spans, found.type, found.speaker = [(mark.start, mark.end)], "Direct", speaker
            found.cue = (verb, tokens[cue.tokens[-1]].end)
        return


def _after_announced_quotation(tokens: list[Token], unit: Unit, i: int) -> bool:
    """Token i follows a quotation directly or after a comma („…“, sagte / „…,“ sagte), and a colon
    opens that quotation."""
    end = i - 1 if tokens[i - 1].text == "," and i - 1 not in unit.inside else i
    if end - 1 < unit.first or end - 1 not in unit.inside:
        return False
    start = end - 1
    while start - 1 >= unit.first and start - 1 in unit.inside:
        start -= 1
    return start - 1 >= unit.first and tokens[start - 1].text == ":"


def _inner_sources(tokens: list[Token], unit: Unit, later: list[Cue], ends: dict[int, int], outer: Found,
                   index: int) -> list[Found]:
    """ "Die Polizei teilte mit, der Fahrer sei nach Zeugenaussagen zu schnell gefahren": a speech noun
    source inside a framed quote attributes its own clause a second time, as quotes-de annotates it;
    so do a "laut X" source that names X (not a pronoun: "laut ihm" only repeats the speaker), a ", so X"
    inside it and a speech act with its own subject (see `_inner_act`)."""
    out = []
    for cue in later:
        if cue.kind not in ("noun", "before", "tail", "verb") or not any(a <= tokens[cue.tokens[0]].start < b for a, b in outer.spans):
            continue
        inner = _frame(tokens, unit, cue, ends)
        if inner is None or inner.speaker is None or (cue.kind == "verb" and not _inner_act(tokens, cue, inner, outer)):
            continue
        if cue.kind == "before" and tokens[inner.speaker.first].pos in _PRONOUN_TAGS:
            continue
        inner.spans = [(max(a, x), min(b, y)) for x, y in inner.spans for a, b in outer.spans if max(a, x) < min(b, y)]
        if inner.spans and inner.spans != outer.spans:
            inner.unit = index
            out.append(inner)
    return out


def _inner_act(tokens: list[Token], cue: Cue, inner: Found, outer: Found) -> bool:
    """ "Laut der Zeitung hat der Verband angekündigt, die Preise zu senken": a speech verb inside a
    reported quote, finite or a participle (not an infinitive), with a subject that can speak and its
    clause after it, is a speech act of its own (quotes-de annotates both); not one inside a quotation in marks, nor a postposed "wie X schreibt"
    that only repeats the source, nor an infinitive with no subject ("aufgefordert, X zu bitten, …")."""
    return (outer.type != "Direct" and any(word_class(tokens[i]) == FINITE or is_participle(tokens[i]) for i in cue.tokens)
            and person_like(tokens, inner.speaker) and inner.spans[0][0] >= tokens[cue.tokens[-1]].end)


def _nearer_frame(tokens: list[Token], unit: Unit, later: list[Cue], ends: dict[int, int], found: Found) -> Found:
    """ "bezeichnete X als „…“ und erklärte, ihr Land …": a later speech verb between a cue and the
    clause it seems to frame is that clause's frame."""
    if found.type != "Indirect" or found.cue is None:
        return found
    if (announcing := _announcing_frame(tokens, unit, later, ends, found)) is not None:
        return announcing
    for cue in later:
        if cue.kind == "verb" and found.cue[1] <= tokens[cue.tokens[0]].start and tokens[cue.tokens[-1]].end <= found.spans[0][0]:
            nearer = _frame(tokens, unit, cue, ends)
            if nearer is not None and nearer.type == "Indirect" and nearer.spans[0][0] == found.spans[0][0]:
                return nearer
    return found


def _announcing_frame(tokens: list[Token], unit: Unit, later: list[Cue], ends: dict[int, int], found: Found) -> Found | None:
    """ "X wies die Behauptung zurück, die Sprecherin Y erklärte: „…“": a later speech verb inside the clause an
    earlier cue seems to frame, right before a colon and a marked quotation, frames that quotation (Direct)."""
    for cue in later:
        tail = cue.tokens[-1] + 1
        if (cue.kind != "verb" or tail + 1 >= unit.last or tokens[tail].text != ":" or tail + 1 not in unit.inside
                or not any(a <= tokens[cue.tokens[0]].start < b for a, b in found.spans)):
            continue
        nearer = _frame(tokens, unit, cue, ends)
        marks = [(m.start, m.end) for m in unit.marks if m.start >= tokens[tail].end]
        if nearer is not None and nearer.speaker is not None and marks:
            return Found(marks, "Direct", nearer.cue, nearer.speaker, addressee=nearer.addressee, anaphor=nearer.anaphor)
    return None


def _frame(tokens: list[Token], unit: Unit, cue: Cue, ends: dict[int, int]) -> Found | None:
    if cue.kind == "verb":
        if _negated(tokens, unit, cue, ends) or _cross_reference(tokens, unit, cue) or _declares(tokens, unit, cue):
            return None
        if cue.verb is not None and cue.verb.lemma == "sehen" and not _sees_in(tokens, unit, cue):
            return None  # "sah die Niederlage", "sieht vor, dass …": seeing, no view voiced
        frame, speaker = _verb_frame(tokens, unit, cue, ends)
        if not frame or _first_person(tokens, speaker) or _question(tokens, unit):
            return None
    else:
        frame, speaker = _source_frame(tokens, unit, cue, unit.outside(), ends)
        if frame is None or _own_or_addressed_view(tokens, unit, speaker):
            return None
    found = _quote(tokens, unit, cue, frame, speaker, ends)
    if found is not None and cue.kind == "verb":
        found.addressee = _addressee(tokens, cue, frame)
        found.anaphor = _relative_speaker(tokens, unit, cue, speaker)
    if found is not None and cue.kind in ("self", "adverb"):
        found.inherit = True  # "Demnach …", "heißt es": the source named before
    if found is not None and cue.kind == "adverb":
        found.anaphor = Phrase(cue.tokens[0], cue.tokens[-1] + 1)
    return found


def _first_person(tokens: list[Token], speaker: Phrase | None) -> bool:
    """ "Ich glaube, dass …", "wir sagen, …" outside quotation marks: an interview answer in the speaker's own
    words, not reported speech (quotes-de leaves interviews unannotated)."""
    return speaker is not None and speaker.last - speaker.first == 1 and tokens[speaker.first].text.lower() in _FIRST_PERSON


def _question(tokens: list[Token], unit: Unit) -> bool:
    """ "Glauben Sie, dass …?", "Wer kann glauben, dass …?": a frame in a question (outside quotation marks)
    asks, it reports nothing."""
    last = unit.last - 1
    return tokens[last].text == "?" and last not in unit.inside


#: Possessives of the first person: "meiner Meinung nach" is the speaker's own view (an interview answer).
_OWN_POSSESSIVES = ("mein", "unser")


def _own_or_addressed_view(tokens: list[Token], unit: Unit, speaker: Phrase | None) -> bool:
    """ "…, war meiner Meinung nach „gut“ darin", "Welche Vorschläge sind Ihrer Meinung nach …?": a view
    of the one speaking, or of the one asked (the formal "Ihrer" inside the sentence), reports nobody."""
    if speaker is None:
        return False
    word = tokens[speaker.first].text
    addressed = word.startswith("Ihr") and speaker.first > unit.first and word_class(tokens[speaker.first - 1]) != PUNCT
    return word.lower().startswith(_OWN_POSSESSIVES) or addressed


def _negated(tokens: list[Token], unit: Unit, cue: Cue, ends: dict[int, int]) -> bool:
    """ "wollte nicht bestätigen, dass …", "hat den Verdacht nicht bestätigt": a speech act denied
    in its own clause reports nothing."""
    start, end = clause_start(tokens, unit, cue.tokens[0]), ends.get(cue.tokens[-1], unit.last)
    joints = [i for i in range(start, end) if tokens[i].text in _COORDINATORS]
    start = max([i for i in joints if i < cue.tokens[0]], default=start)  # "bestätigte … nicht und nannte …"
    end = min([i for i in joints if i > cue.tokens[-1]], default=end)
    return any(tokens[i].text in _NEGATIONS and i not in unit.inside and not _attributive(tokens, i + 1) for i in range(start, end))


#: How far before "erklären" its "für"/"zum" complement may start ("für nicht ganz zulässig erklärt").
_DECLARED_WORDS = 4


def _declares(tokens: list[Token], unit: Unit, cue: Cue) -> bool:
    """ "Das Gericht hat die Klausel für zulässig erklärt, zum Beispiel wenn …": "erklären" with "für"
    or "zu" declares something to be so, a decision, not a statement — unless a colon introduces
    words after it ("zu ihrem Ziel erklärt hatte: „…“"); in the passive ("war für gescheitert erklärt
    worden, …") quotes-de mostly keeps the clause after it as reported, so that stays."""
    if cue.verb is None or cue.verb.lemma != "erklären":
        return False
    head, tail = cue.tokens[0], cue.tokens[-1]
    if any(tokens[k].text == ":" or tokens[k].text.lower() in _PASSIVE_AUXILIARIES for k in range(tail + 1, min(unit.last, tail + 3))):
        return False
    for k in range(head - 1, max(unit.first, head - _DECLARED_WORDS) - 1, -1):
        if tokens[k].text.lower() in {"für", "zum", "zur"}:
            return True
        if word_class(tokens[k]) in (PREP, PUNCT) or tokens[k].pos == "NE":
            return False  # "Ken Rice vom Institut für Astronomie in Edinburgh erklärte": the subject's own words
    return False


def _modal(tokens: list[Token], frame: set[int], cue: Cue) -> bool:
    """ "Sie dürfen keine Spenden annehmen", "hätte … verlangen müssen": a speech act under a modal
    of possibility or need is what may happen, not a report of what was done ("will … festhalten",
    an intention, is)."""
    if (tokens[cue.tokens[0]].pos or "") != "VVINF":
        return False
    return any((tokens[i].pos or "").startswith("VM") and (tokens[i].lemma or "").lower() != "wollen" for i in frame)


def _cross_reference(tokens: list[Token], unit: Unit, cue: Cue) -> bool:
    """ "(Wikinews berichtete)": a speech verb that closes a bracket points to another article; it
    frames nothing outside the bracket."""
    tail = cue.tokens[-1] + 1
    return tail < unit.last and tokens[tail].text == ")" and cue.tokens[0] in bracketed(tokens, unit)


def _attributive(tokens: list[Token], i: int) -> bool:
    """ "mit den nicht ausreichenden Kapazitäten": the negation belongs to an attribute."""
    return i < len(tokens) and (tokens[i].pos or "") in {"ADJA", "ADJD"}


def _addressee(tokens: list[Token], cue: Cue, frame: set[int]) -> Phrase | None:
    """ "told reporters", "sagte gegenüber der Zeitung": who was spoken to."""
    told = addressee_words(tokens, cue, max(frame) + 1)
    if told:
        return Phrase(told[0], told[-1] + 1)
    for i in sorted(frame):
        if tokens[i].text.lower() in {"gegenüber", "to"} and i > cue.tokens[0] - 1:
            found = phrases(tokens, [k for k in sorted(frame) if k > i])
            if found and found[0].first == i + 1:
                return found[0]
    return None


def _quote(tokens: list[Token], unit: Unit, cue: Cue, frame: set[int], speaker: Phrase | None,
           ends: dict[int, int]) -> Found | None:
    """The quote a frame reports: Direct, Indirect or Reported (None when there is none)."""
    words = unit.text_tokens()
    before = _after_dateline(tokens, unit, trim(tokens, [i for i in words if i < min(frame)]))
    after = trim(tokens, [i for i in words if i > max(frame)])
    cue_span = (tokens[cue.tokens[0]].start, tokens[cue.tokens[-1]].end)
    if cue.kind == "verb":
        rest = _verb_complement(tokens, unit, cue, before, after)
    else:
        rest = before if cue.kind == "tail" else _resumed(tokens, unit, after) if cue.kind == "relative" else before + after
        if cue.kind in ("before", "after", "noun"):
            rest = _own_relative_clause(tokens, unit, cue, rest, ends)
    if (cue.kind == "self" or _colon_quotation(tokens, unit, rest)) and (marked := _marked_words_only(tokens, unit, rest)):
        return Found(marked, "Direct", cue_span, speaker)
    if (cue.kind == "verb" and rest and max(rest) < cue.tokens[0] and _colon_quotation(tokens, unit, rest)
            and (announced := _announced_quotation(tokens, unit, rest))):
        return Found(announced, "Direct", cue_span, speaker)
    quoted = bool(rest) and all(i in unit.inside or word_class(tokens[i]) == PUNCT for i in rest)
    if len([i for i in rest if word_class(tokens[i]) != PUNCT]) < (1 if quoted else _MIN_TOKENS):
        opens_unit = (not [i for i in before if word_class(tokens[i]) not in (PUNCT, CONJ)]
                      or (tokens[min(frame)].text.lower() not in {"wie", "as"} and _fronted_phrase(tokens, unit, before)))
        if (_bare_act(tokens, unit, cue) and opens_unit and (not _passive(tokens, frame, cue) or _fronted_agent(tokens, unit, speaker))
                and not _stative(tokens, frame, cue) and not _modal(tokens, frame, cue)
                and not _pluperfect(tokens, frame, cue) and not _no_reported_source(tokens, frame, cue)
                and not _casualties(tokens, unit, cue) and not _owned_thing(tokens, speaker)):
            whole = (tokens[unit.first].start, tokens[unit.last - 1].end)
            return Found([whole], "Reported", cue_span, speaker)
        return None
    if quoted and not _framed_words(tokens, unit, cue, rest):
        return None
    if quoted:
        marks = [m for m in unit.marks if any(tokens[i].start == m.start for i in rest)]
        if marks:
            return Found([(m.start, m.end) for m in marks], "Direct", cue_span, speaker)
    spans = [(tokens[run[0]].start, tokens[run[-1]].end) for run in runs(trim(tokens, rest), unit.ignored)]
    spans = [span for span in spans if span[1] - span[0] > 1]
    return Found(spans, "Indirect", cue_span, speaker) if spans else None


def _owned_thing(tokens: list[Token], speaker: Phrase | None) -> bool:
    """ "Sein Posten geht an …", "seine Rückkehr wurde angekündigt": a subject opened by a possessive or
    demonstrative determiner that names no person is a thing, not the source of a Reported quote."""
    return (speaker is not None and speaker.last - speaker.first > 1
            and tokens[speaker.first].text.lower() in _OWNING and not person_like(tokens, speaker))


def _marked_words_only(tokens: list[Token], unit: Unit, rest: list[int]) -> list[tuple[int, int]]:
    """ "So heißt es in der Meldung wörtlich: „…“", "„…“, heißt es in dem Schreiben an die Polizei": what
    "heißt es" frames besides its source is a marked quotation and words with no verb of their own (an
    adverb, an addressee): the quotation alone is the quote, a Direct one."""
    marks = [m for m in unit.marks if any(tokens[i].start == m.start for i in rest) and _reads_as_speech(tokens, unit, m)]
    loose = [i for i in rest if i not in unit.inside and word_class(tokens[i]) != PUNCT]
    if not marks or any(word_class(tokens[i]) == FINITE for i in loose):
        return []
    return [(m.start, m.end) for m in marks]


def _colon_quotation(tokens: list[Token], unit: Unit, rest: list[int]) -> bool:
    """ "sagte Jan Berg, Gründer der Band: „…“": an apposition the frame left over, then a colon and a
    marked quotation that ends the unit — the quotation is what was said."""
    loose = [k for k, i in enumerate(rest) if i not in unit.inside and word_class(tokens[i]) != PUNCT]
    colons = [k for k, i in enumerate(rest) if tokens[i].text == ":" and i not in unit.inside]
    return bool(loose) and bool(colons) and loose[-1] < colons[-1] and any(i in unit.inside for i in rest[colons[-1] + 1 :])


def _announced_quotation(tokens: list[Token], unit: Unit, rest: list[int]) -> list[tuple[int, int]]:
    """ "Der Trainer war zufrieden: „Ein guter Start“, sagte er": before a frame that follows it, the author's
    sentence and its colon only announce the quotation; the marked words after the colon are what was said."""
    colon = max(k for k, i in enumerate(rest) if tokens[i].text == ":" and i not in unit.inside)
    starts = {tokens[i].start for i in rest[colon + 1 :]}
    return [(m.start, m.end) for m in unit.marks if m.start in starts]


def _own_relative_clause(tokens: list[Token], unit: Unit, cue: Cue, rest: list[int], ends: dict[int, int]) -> list[int]:
    """ "…, der laut Ministerium an Erschießungen beteiligt gewesen sei", "…, weil laut Polizei …": a
    source phrase inside a relative or subordinate clause sources that clause only."""
    start = clause_start(tokens, unit, cue.tokens[0])
    if start == unit.first or ((tokens[start].pos or "") not in {"PRELS", "PRELAT", "KOUS"} and not _relative(tokens, [start, start + 1])):
        return rest
    end = ends.get(cue.tokens[-1], unit.last)
    return [i for i in rest if start <= i < end]


def _resumed(tokens: list[Token], unit: Unit, after: list[int]) -> list[int]:
    """ "Berichte, wonach …, konnte der Minister nicht bestätigen": the clause ends where the main
    clause resumes with its finite verb after a comma."""
    for k, i in enumerate(after[:-1]):
        following = after[k + 1]
        if tokens[i].text == "," and i not in unit.inside and following not in unit.inside and word_class(tokens[following]) == FINITE:
            return trim(tokens, after[:k])
    return after


def speech_marks(tokens: list[Token], unit: Unit, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The unit's marked spans inside `spans` that read as speech: the speaker's own words in a quote."""
    return [(m.start, m.end) for m in unit.marks
            if any(s <= m.start and m.end <= e for s, e in spans) and _reads_as_speech(tokens, unit, m)]


def _reads_as_speech(tokens: list[Token], unit: Unit, m) -> bool:
    """Marked words inside reported speech that are its speaker's words (a verb, three words or more, or a
    lower-case adjective or adverb: „ernst“, „beschämenden Deal“), not a name or title set off in quotation
    marks („Rheinpfeil“, „Die Welt“)."""
    inner = [i for i in unit.indices if m.start < tokens[i].start and tokens[i].end < m.end and word_class(tokens[i]) != PUNCT]
    if inner and (_gloss(tokens, unit, inner, m) or _after_title_noun(tokens, unit, inner[0], m)):
        return False
    if any(word_class(tokens[i]) in (FINITE, VERB) for i in inner):
        return True
    evaluative = any(tokens[i].text[:1].islower() and word_class(tokens[i]) in (ADJ, OTHER) for i in inner)
    return (len(inner) >= _SPEECH_WORDS or evaluative) and not title_case(tokens, inner)


def _gloss(tokens: list[Token], unit: Unit, inner: list[int], m) -> bool:
    """ "der Operation „Cast Lead“ („gegossenes Blei“)", "(etwa: „Partei der Volksmacht“": marked words that open
    a parenthesis translate a name; a whole sentence there ("X („Mir fällt niemand ein.“)") is still speech."""
    opening = next((i for i in range(inner[0] - 1, unit.first - 1, -1) if tokens[i].start == m.start), None)
    closing = next((i for i in range(inner[-1] + 1, unit.last + 1) if tokens[i].end == m.end), None)
    if opening is None or closing is None or tokens[closing - 1].text in {".", "!", "?", "…"}:
        return False
    return any(tokens[i].text == "(" for i in range(max(unit.first, opening - 3), opening))


def _after_title_noun(tokens: list[Token], unit: Unit, first: int, m) -> bool:
    """ "mit dem Titel „Die Revolution frisst ihre Kinder“": marked words right after a noun of titles are a title
    inside reported speech too (as `_titles` makes them outside it), even when they hold a verb."""
    opening = first - 1
    return tokens[opening].start == m.start and follows_title_noun(tokens, unit, opening, title_nouns("de"))


def follows_title_noun(tokens: list[Token], unit: Unit, opening: int, nouns: frozenset[str]) -> bool:
    """The token before the opening mark at `opening` is a noun of titles ("dem Lied „…“", "Motto „…“")."""
    return opening > unit.first and (tokens[opening - 1].lemma or tokens[opening - 1].text) in nouns


def _after_dateline(tokens: list[Token], unit: Unit, before: list[int]) -> list[int]:
    """ "Berlin – Minister X sagte: „…“": the place line before a dash is not part of the quote."""
    for d in range(unit.first, min(unit.last, unit.first + _DATELINE_WORDS + 1)):
        if tokens[d].text in _DASHES:
            if d > unit.first and all(tokens[j].text[:1].isupper() or tokens[j].text in "()/," for j in range(unit.first, d)):
                return [i for i in before if i > d]
            break
    return before


def _subject_with_appositions(tokens: list[Token], unit: Unit, cue: Cue, before: list[int]) -> bool:
    """ "Henk Meijer, Laborleiter der Emsland GmbH, sagte der Zeitung: „…“": the verb opens
    its clause and nothing before it has a verb or a quotation: all of that is its subject."""
    if _main_clause_verb(tokens, unit, before):
        return False
    return not any(i in unit.breaks for i in before)


def _main_clause_verb(tokens: list[Token], unit: Unit, words: list[int]) -> bool:
    """A finite verb among `words` outside relative and "wie" clauses ("Die Organisation,
    die im Gazastreifen regiert, erklärte …": "regiert" does not count)."""
    relative = False
    for k, i in enumerate(words):
        if k == 0 or tokens[words[k - 1]].text == ",":
            relative = tokens[i].text.lower() == "wie" or _relative(tokens, words[k:])
        if not relative and i not in unit.inside and word_class(tokens[i]) == FINITE:
            return True
    return False


def _subject_only(tokens: list[Token], unit: Unit, cue: Cue, before: list[int], after: list[int]) -> bool:
    """ "Ein Sprecher, Randy Henderson, sagte, das Flugzeug sei …": what precedes the verb is its
    subject with appositions (no verb of its own), and a comma opens the reported clause."""
    tail = cue.tokens[-1] + 1
    if tail >= unit.last or tokens[tail].text not in {",", ":"} or not _is_clause(tokens, unit, after):
        return False
    # "In der Debatte um X, die … geführt wird, hat Y gefordert, …": a relative clause is no quote
    return not _main_clause_verb(tokens, unit, before)


def _framed_words(tokens: list[Token], unit: Unit, cue: Cue, rest: list[int]) -> bool:
    """Short marked words are a Direct quote only when a speech verb sets them off:
    "sagte: „Nein“" or "„Nein“, sagte er"; "gemäß dem Dekret „Fahrendes Volk“" is a name."""
    if any(i in unit.breaks for i in rest):
        return True
    if cue.kind == "tail":
        return tokens[cue.tokens[0] - 1].text == ","  # "„Nein“, so der Minister"
    if cue.kind != "verb":
        return False
    before, after = rest[0] - 1, rest[-1] + 1
    return (before >= 0 and tokens[before].text in {":", ","}) or (after < len(tokens) and tokens[after].text == ",")


def _clause_only(tokens: list[Token], unit: Unit, after: list[int]) -> list[int]:
    """The reported clause without what follows it: "…, und kündigte an, …" (the speaker
    goes on acting) and "dass …, wird nun …" (the main clause resumes) are cut off."""
    opens_with_that = bool(after) and tokens[after[0]].text.lower() in _THAT
    for k, i in enumerate(after[:-1]):
        if i in unit.inside:
            continue
        following = tokens[after[k + 1]]
        if tokens[i].text.lower() == "und" and word_class(following) == FINITE and after[k + 1] not in unit.inside:
            return trim(tokens, after[:k])
        if opens_with_that and tokens[i].text == "," and word_class(following) == FINITE and after[k + 1] not in unit.inside:
            return trim(tokens, after[:k])
    return after


def _verb_complement(tokens: list[Token], unit: Unit, cue: Cue, before: list[int], after: list[int]) -> list[int]:
    """What a speech verb reports, by where its frame stands in the unit.

    First ("X sagte, …"): the clause after it. After the quote ("…, sagte X"):
    what comes before, and a clause after it when it interrupts the quote. In
    the middle of other text ("…, von dem man weiß, dass …"): only a "dass"
    clause or a marked quotation right after it.
    """
    if after and tokens[after[0]].text in _CONTRASTS:
        after = []  # "Der Verein wollte mehr verlangen, doch die Stadt lehnte ab": the contrast is the author's
    stops = [k for k, i in enumerate(before) if tokens[i].text in {":", ";"}]
    said_before = [i for i in before[stops[-1] + 1 if stops else 0 :] if word_class(tokens[i]) not in (PUNCT, CONJ)]
    if before and any(tokens[i].text in {":", ";"} for i in range(before[-1] + 1, cue.tokens[0])):
        said_before = []  # "Anklage erhoben: Ihm wird vorgeworfen, …": the colon ends what came before
    head = cue.tokens[0]
    start = clause_start(tokens, unit, head)
    if _adverbial_frame(tokens, unit, start, after):
        return []
    if said_before and _new_main_clause(tokens, unit, cue) and _is_clause(tokens, unit, after) and not _comparison(tokens, cue, after):
        return _clause_only(tokens, unit, after)
    if not said_before or _subject_only(tokens, unit, cue, before, after):
        reported = _is_clause(tokens, unit, after) and not _comparison(tokens, cue, after)
        return _clause_only(tokens, unit, after) if reported else []
    coordinated = _coordinated(tokens, unit, cue)
    if coordinated and _is_clause(tokens, unit, after):
        return _clause_only(tokens, unit, after)  # "…, sagte aber, die Parteien müssten sich einigen"
    if (_leads_clause(tokens, start, head) or _auxiliary_first(tokens, unit, start)) and not coordinated:
        said = before[stops[-1] + 1 if stops else 0 :]
        if _fronted_subordinate(tokens, said):  # "Da …, geht die Polizei davon aus, dass …"
            return after if _is_clause(tokens, unit, after) else []
        if _is_clause(tokens, unit, after):
            return before + after
        return [] if _fronted_phrase(tokens, unit, said) else before
    if after and (tokens[after[0]].text.lower() in _COMPLEMENTISERS or after[0] in unit.breaks):
        return [] if _comparison(tokens, cue, after) else after
    if _embedded_frame(tokens, start, head) and _is_clause(tokens, unit, after) and word_class(tokens[after[0]]) != FINITE:
        return _clause_only(tokens, unit, after)  # "Ägypten, das vorschlug, eine Zone einzurichten"
    return []


def _new_main_clause(tokens: list[Token], unit: Unit, cue: Cue) -> bool:
    """ "Der Rat tagte lange, und der Vorsitzende sagte, …", "Er kam an und sagte, …": a frame that a
    coordinating conjunction opens starts a main clause of its own; what it reports is the clause after
    it, as when it opens the unit, not the clause before the conjunction."""
    head = cue.tokens[0]
    start = clause_start(tokens, unit, head)
    after_comma = (start > unit.first and tokens[start - 1].text == "," and tokens[start].text.lower() in _COORDINATORS
                   and not _coordinated(tokens, unit, cue))
    return after_comma or (head > unit.first and tokens[head - 1].text.lower() == "und")


#: Conjunctions of adverbial clauses (time, cause, condition) after which the main clause follows.
_ADVERBIAL = frozenset("als nachdem während da weil wenn obwohl bevor sobald falls".split())


def _adverbial_frame(tokens: list[Token], unit: Unit, start: int, after: list[int]) -> bool:
    """ "Als die Frau der Presse davon erzählte, verdoppelte ein Gericht die Strafe": a speech verb that closes
    an adverbial or relative clause is followed by the main clause (its finite verb first), not by what was said."""
    if not (tokens[start].text.lower() in _ADVERBIAL or _relative_opener(tokens, start)) or not after or after[0] in unit.inside:
        return False
    verb = tokens[after[0]]  # "…, sei man weit entfernt": a Konjunktiv I verb opens reported speech
    return tokens[after[0] - 1].text == "," and word_class(verb) == FINITE and not is_konjunktiv_1(verb, tokens[after[0] - 1])


def _relative_opener(tokens: list[Token], start: int) -> bool:
    """ "Der Freispruch, den der Richter verkündete, löste Jubel aus", "…, in dem sie … schrieb, kam …": a relative
    clause holding the speech verb, after which the main clause resumes (with the adverbial conjunctions above)."""
    first = tokens[start].pos or ""
    second = tokens[start + 1].pos if start + 1 < len(tokens) else ""
    return first == "PRELS" or (first.startswith("APPR") and second == "PRELS")


def _fronted_subordinate(tokens: list[Token], said_before: list[int]) -> bool:
    """ "Da er nie einen Kuchen gebacken hatte, bat er die Nachbarin um Hilfe": what precedes a frame
    that opens its clause is an adverbial clause ("da", "während", "nachdem" — conjunctions, so the
    first word of all, not the first noun or verb), not the quote; only a clause after the verb can be."""
    opening = [i for i in said_before if word_class(tokens[i]) != PUNCT]
    return bool(opening) and tokens[opening[0]].text.lower() in _SUBORDINATORS


def _fronted_phrase(tokens: list[Token], unit: Unit, said_before: list[int]) -> bool:
    """ "In einem Essay, das zu seinem Geburtstag erschien, kritisierte er …": words before the frame with no
    main-clause verb and no quotation (a phrase and its relative clause) are the frame clause's own first
    phrase, not what was said."""
    return not _main_clause_verb(tokens, unit, said_before) and not any(i in unit.inside for i in said_before)


def _coordinated(tokens: list[Token], unit: Unit, cue: Cue) -> bool:
    """ "Die Partei begrüßte den Schritt, fordert aber …": a verb after a comma with "aber" or
    "jedoch" after it goes on with the subject before; it frames nothing before it (unless that
    is a quotation: „…“, sagte aber X)."""
    tail, start = cue.tokens[0] + 1, clause_start(tokens, unit, cue.tokens[0])
    return tail < unit.last and tokens[tail].text.lower() in _CONTRASTIVE and start - 2 not in unit.breaks


def _comparison(tokens: list[Token], cue: Cue, after: list[int]) -> bool:
    """ "erhoffen sich eine Wirkung, wie sie … gespielt hat": a "wie" clause after the verb's object
    compares; only right after the verb ("erklärte, wie …") does it report."""
    return tokens[after[0]].text.lower() == "wie" and after[0] - 2 > cue.tokens[-1]


def _embedded_frame(tokens: list[Token], start: int, head: int) -> bool:
    """The speech verb ends a relative or adverbial clause of its own: "…, das vorschlug,", "indem er
    seinem Arbeitgeber vorwarf,": what follows it is what was said (unless the main clause resumes
    with its finite verb: "Der Bau, der beschlossen wurde, sollte …")."""
    if (tokens[start].pos or "") not in {"PRELS", "KOUS"} and tokens[start].text.lower() not in _ENGLISH_RELATIVE:
        return False
    return all(word_class(tokens[i]) != FINITE for i in range(start + 1, head))


def _verb_frame(tokens: list[Token], unit: Unit, cue: Cue, ends: dict[int, int]) -> tuple[set[int], Phrase | None]:
    """The frame clause of a speech verb and its subject (None in the passive)."""
    head = cue.tokens[0]
    first = clause_start(tokens, unit, head)
    last = ends.get(cue.tokens[-1], unit.last)
    if _bare_participle(tokens, cue, first, last):
        return set(), None
    before = [i for i in range(unit.first, first) if word_class(tokens[i]) != PUNCT]
    if before and _only_subject_before(tokens, first, head) and _subject_with_appositions(tokens, unit, cue, before):
        first = unit.first
    elif before and (_leads_clause(tokens, first, head) or _auxiliary_first(tokens, unit, first)):
        last = _postposed_end(tokens, unit, last)
    last = _complement_start(tokens, cue, last)
    frame = set(range(first, last))
    first = _coordinated_clause_start(tokens, unit, first, head)
    titles = unit.inside - unit.breaks  # "wie die „Automobilwoche“ berichtet": a name in marks may speak
    told = set(addressee_words(tokens, cue, last))  # "told the Gazette": the one spoken to is no subject
    indices = [i for i in range(first, last)
               if i not in cue.tokens and i not in told and (i not in unit.inside or i in titles)]
    if _zu_infinitive(tokens, head) or (head > 0 and _zu_infinitive(tokens, head - 1)):
        return frame, None  # "Es sei mit vielen Toten zu rechnen", "versuchte, die Junta aufzufordern": no subject of its own
    if _passive(tokens, frame, cue) or _participle_then_auxiliary(tokens, frame, cue) or _becomes_known(cue):
        by = agent_phrase(tokens, indices, titles)
        document = document_source(tokens, indices, titles)
        agent = by or document
        if cue.verb is None or cue.verb.lemma not in _QUOTED or document is not None:
            return frame, agent
        # "Sie wird mit den Worten zitiert: „…“": the one quoted is the speaker
        if by is not None:  # "X wird von der Zeitung zitiert": the agent is the one who quotes
            indices = [i for i in indices if not by.first - 1 <= i < by.last]
    candidates = phrases(tokens, indices, titles)
    finite = [i for i in range(first, last) if word_class(tokens[i]) == FINITE]
    anchor = finite[0] if finite else head
    if _man_subject(tokens, first, anchor) and (cue.verb is None or cue.verb.lemma not in _QUOTED):
        return frame, document_source(tokens, indices, titles)  # "In dem Brief forderte man …": no one named, the document speaks
    best = min(candidates, key=lambda p: _subject_rank(tokens, p, anchor)) if candidates else None
    best = _prefield_subject(tokens, candidates, best, first, anchor)
    best = _past_prepositional_prefield(tokens, candidates, best, first, anchor)
    best = _named_apposition(tokens, candidates, best)
    nominative = [p for p in candidates if p.last - p.first == 1 and tokens[p.first].text.lower() in _NOMINATIVE_PRONOUNS]
    if nominative and best is not None and best not in nominative:
        best = nominative[0]  # "Die Tat bezeichnete er als sinnlos": the fronted phrase is the object
    best = _named_over_mute(tokens, candidates, best, anchor)
    best = _relative_subject(tokens, cue, first, frame, best)
    best = _verb_final_subject(tokens, candidates, best, first, anchor)
    if best is None or _oblique(tokens, best) or (_verb_first(tokens, unit, first, best) and best not in nominative):
        # "X, der …, wies den Vorwurf zurück", "Der Sender, der …, begründete die Einblendungen damit": an object is no subject
        before, start = _subject_before(tokens, unit, first, titles)
        if before is not None:
            return frame | set(range(start, first)), before
    if best is not None and _oblique(tokens, best):
        return frame, None  # "Es weist den Vorwurf zurück": an object is no speaker
    if best is None and _coordinated(tokens, unit, cue):
        return frame, _conjunct_subject(tokens, unit, first)
    if best is None and cue.verb is not None and cue.verb.lemma in _FROM_SOURCE:
        return frame, _fronted_origin(tokens, first, head)
    return frame, best or _relative_pronoun(tokens, first, frame)


#: Conjunctions that join two main clauses without a comma: "Das war nicht der erste Streit und die Anwohner befürchten, …".
_CLAUSE_JOINERS = frozenset("und oder".split())


def _coordinated_clause_start(tokens: list[Token], unit: Unit, first: int, head: int) -> int:
    """ "Das war nicht der erste Streit und die Anwohner befürchten, …": a clause with its own finite verb joined
    by "und" before the speech verb's clause has its own subject; the speech verb's subject is sought after the
    conjunction (returns where that clause starts, else `first`); words in quotation marks and "Fraktions- und
    Parteivorsitzende" do not count."""
    for k in range(head - 1, first, -1):
        if tokens[k].text.lower() in _CLAUSE_JOINERS and k not in unit.inside and tokens[k - 1].pos != "TRUNC":
            verb = next((i for i in range(k + 1, head) if word_class(tokens[i]) == FINITE), head)
            earlier = any(word_class(tokens[i]) == FINITE for i in range(first, k) if i not in unit.inside)
            if earlier and phrases(tokens, list(range(k + 1, verb))):
                return k + 1
            return first
    return first


def _fronted_origin(tokens: list[Token], first: int, head: int) -> Phrase | None:
    """ "Aus Regierungskreisen verlautete, …": a verb with no subject but a fronted "aus" phrase has that
    phrase as its source."""
    if tokens[first].text.lower() != "aus":
        return None
    found = phrases(tokens, list(range(first + 1, head)))
    return found[0] if found and found[0].first == first + 1 else None


def _conjunct_subject(tokens: list[Token], unit: Unit, first: int) -> Phrase | None:
    """ "Der Minister wollte sich nicht festlegen, sagte aber, …": a verb after a comma and "aber" with no
    subject of its own shares the subject of the clause before it, when that one can speak."""
    subject = unit_subject(tokens, unit, first)
    return subject if subject is not None and person_like(tokens, subject) else None


def _man_subject(tokens: list[Token], first: int, anchor: int) -> bool:
    """ "Man forderte …", "In dem Brief forderte man …": the indefinite "man" right before or after the finite verb is
    the subject; the other phrases of the clause are objects."""
    if tokens[first].text.lower() == "wie":  # "wie man sagt": a saying, not a frame of its own
        return False
    return any(first <= k < len(tokens) and tokens[k].text.lower() == "man" for k in (anchor - 1, anchor + 1))


def active_subject(tokens: list[Token], unit: Unit, cue: Cue) -> Phrase | None:
    """The subject of a verb cue's clause, None in the passive (where a "von" agent may be the one
    spoken about: "wurde von der Presse als „…“ gefeiert")."""
    frame, speaker = _verb_frame(tokens, unit, cue, clause_ends(tokens, unit))
    return speaker if frame and not _passive(tokens, frame, cue) else None


def _relative_pronoun(tokens: list[Token], first: int, frame: set[int]) -> Phrase | None:
    """ "…, der angab, bedroht worden zu sein": the relative pronoun of a frame whose antecedent names
    no speaker is the subject (the speaker span quotes-de marks) — not in the passive ("…, die
    beschuldigt werden, …": the pronoun is the one accused) nor under a modal ("…, die darüber
    entscheiden muss, ob …": a duty, not words)."""
    if first == 0 or tokens[first].pos != "PRELS" or tokens[first - 1].text != ",":
        return None
    if any(tokens[i].text.lower() in _PASSIVE_AUXILIARIES or (tokens[i].pos or "").startswith("VM") for i in frame):
        return None
    return Phrase(first, first + 1)


def _relative_subject(tokens: list[Token], cue: Cue, first: int, frame: set[int], best: Phrase | None) -> Phrase | None:
    """ "Der Führer, der den Sieg als „Fest“ bezeichnete": in a relative clause opened by "der" the pronoun is
    the subject, a phrase after it the object ("die" is as often the object: "die Marke, die X erklärt hatte");
    not for "zitieren", whose object is the one quoted."""
    pronoun = _relative_pronoun(tokens, first, frame)
    if pronoun is None or tokens[first].text.lower() != "der" or best is None or best.first <= first or (cue.verb is not None and cue.verb.lemma in _QUOTED):
        return best
    return pronoun


def _verb_final_subject(tokens: list[Token], candidates: list[Phrase], best: Phrase | None, first: int,
                        anchor: int) -> Phrase | None:
    """ "dass Berger das Mädchen gefragt habe": in a clause a conjunction opens, with its finite verb last, the
    first phrase in the nominative is the subject, not the one right before the verb."""
    if best is None or tokens[first].pos != "KOUS" or best.last > anchor:
        return best
    before = [p for p in candidates if first < p.first and p.last <= anchor and not _oblique(tokens, p)]
    return before[0] if before else best


def _relative_speaker(tokens: list[Token], unit: Unit, cue: Cue, speaker: Phrase | None) -> Phrase | None:
    """ "John Berg, der bekräftigte, dass …": the relative pronoun of a frame whose speaker is its antecedent
    stands for that speaker (quotes-de marks the pronoun; the antecedent names it)."""
    first = clause_start(tokens, unit, cue.tokens[0])
    if first - 2 > unit.first and tokens[first - 1].text == "," and not _opens_relative(tokens, first):
        first = clause_start(tokens, unit, first - 2)  # "X, der … war, sagte": the clause between names X
    if speaker is None or speaker.last > first or not 0 < first < len(tokens) - 1:
        return None
    return Phrase(first, first + 1) if tokens[first].pos == "PRELS" and tokens[first - 1].text == "," else None


def _past_prepositional_prefield(tokens: list[Token], candidates: list[Phrase], best: Phrase | None, first: int,
                                 anchor: int) -> Phrase | None:
    """ "Nach der Flucht aus dem Gefängnis von Kandahar kündigte der Präsident an, …": a prefield that opens
    with a preposition is one prepositional phrase, so a "von" phrase inside it is no subject; the
    first phrase after the finite verb is."""
    if best is None or best.last > anchor or word_class(tokens[first]) != PREP:
        return best
    if tokens[best.first - 1].text.lower() not in ("von", "vom"):
        return best
    after = [p for p in candidates if p.first > anchor and not _oblique(tokens, p)]
    return after[0] if after else best


def _prefield_subject(tokens: list[Token], candidates: list[Phrase], best: Phrase | None, first: int,
                      anchor: int) -> Phrase | None:
    """ "Politiker aus anderen Parteien haben der Ministerin vorgeworfen, …", "Anna Roth, die Sprecherin des
    Vereins, warf der Stadt vor, …": a nominative phrase that opens the clause heads its whole prefield
    (with a prepositional attribute, an apposition or adverbs before the finite verb), so it is the
    subject, not the nearest phrase after the verb."""
    if best is None or best.first < anchor or not candidates:
        return best
    opening = candidates[0]
    if opening.first != first or opening.last >= anchor or _oblique(tokens, opening):
        return best
    return opening


def _named_over_mute(tokens: list[Token], candidates: list[Phrase], best: Phrase | None, anchor: int) -> Phrase | None:
    """ "Eine Verschiebung des Wahltermins bezeichnete Conze als fatal": when the phrase before the finite
    verb cannot speak (and is no document: "Der Bericht bestätigt …" is a source) and the first phrase after
    it is a name or a role ("bezeichnete Conze", "sprach der Politiker"; not "beziffert die Schulden
    Griechenlands"), that one is the speaker and the fronted phrase the object."""
    if best is None or best.last > anchor or person_like(tokens, best) or names_document(tokens, best):
        return best
    after = [p for p in candidates if anchor < p.first <= anchor + 2 and not _oblique(tokens, p)]
    if not after or word_class(tokens[after[0].first - 1]) == PREP:
        return best  # "nennt die Entwicklung von Ryanair": a phrase in a prepositional phrase is no subject
    if _plural_verb(tokens[anchor]) and _singular(tokens, after[0]):
        return best  # "Die Vereinten Nationen hatten die Union gebeten": a singular phrase is no subject of "hatten"
    return after[0] if person_like(tokens, after[0]) and not _genitive_name_only(tokens, after[0]) else best


def _plural_verb(token: Token) -> bool:
    """A finite verb in the third person plural: "hatten", "fordern", "sind"."""
    word = token.text.lower()
    return word_class(token) == FINITE and (word.endswith(("en", "rn", "ln")) or word == "sind")


def _singular(tokens: list[Token], phrase: Phrase) -> bool:
    """The phrase's last noun is its own lemma and not coordinated ("die Union", not "Lehrer und Eltern")."""
    nouns = [t for t in tokens[phrase.first : phrase.last] if word_class(t) == NOUN]
    if not nouns or any(t.text in {"und", "sowie"} for t in tokens[phrase.first : phrase.last + 1]):
        return False
    return nouns[-1].lemma is not None and nouns[-1].text == nouns[-1].lemma


def _genitive_name_only(tokens: list[Token], phrase: Phrase) -> bool:
    """ "die Staatsschulden Griechenlands", "Obamas Einsatz": the phrase's only name is a genitive after or
    before a common noun."""
    names = [k for k in range(phrase.first, phrase.last) if is_name(tokens[k])]
    return bool(names) and all(tokens[k].text.endswith("s") and "NN" in (tokens[k - 1].pos, _next_pos(tokens, phrase, k))
                               for k in names)


def _next_pos(tokens: list[Token], phrase: Phrase, k: int) -> str | None:
    """The tag of the phrase's token after k (None at its end)."""
    return tokens[k + 1].pos if k + 1 < phrase.last else None


def names_document(tokens: list[Token], phrase: Phrase) -> bool:
    """The phrase names a document (a report, a statement), which quotes-de counts as a source."""
    head = head_of(tokens, phrase)
    nouns = [t.text.lower() for t in tokens[head.first : head.last] if word_class(t) == NOUN]
    return bool(nouns) and nouns[-1].endswith(_DOCUMENTS)


def _verb_first(tokens: list[Token], unit: Unit, first: int, best: Phrase) -> bool:
    """The frame clause opens with its finite verb right after a comma and its phrase follows the verb:
    after an apposition or relative clause, that phrase is the object ("…, begründete die Einblendungen")."""
    return (first > unit.first and tokens[first - 1].text == "," and word_class(tokens[first]) == FINITE
            and best.first > first)


def document_source(tokens: list[Token], indices: list[int], titles: set[int]) -> Phrase | None:
    """ "In einer Presseerklärung wurde verkündet, …", "Im Bericht war festgestellt worden, …": in the
    passive, the document the words stand in is their source (as "heißt es in dem Bericht")."""
    for k, i in enumerate(indices):
        if tokens[i].text.lower() not in _IN:
            continue
        found = phrases(tokens, indices[k + 1 :], titles)
        if found and found[0].first == i + 1 and names_document(tokens, found[0]):
            return found[0]
    return None


def _only_subject_before(tokens: list[Token], first: int, head: int) -> bool:
    """The verb opens its clause, or only a noun phrase precedes it: "Martin Behrsing, Sprecher des
    Forums kommentierte …" (an apposition whose closing comma is missing)."""
    return all(word_class(tokens[i]) in _PHRASE or word_class(tokens[i]) == PREP for i in range(first, head))


def _named_apposition(tokens: list[Token], candidates: list[Phrase], best: Phrase | None) -> Phrase | None:
    """ "Emily Lau, die Vorsitzende der Partei, sagte": a role set off after a name stands for the
    name, which is the speaker."""
    if best is None or best.first < 2 or tokens[best.first - 1].text != ",":
        return best
    head = next((i for i in range(best.first, best.last) if word_class(tokens[i]) == NOUN), best.first)
    if is_name(tokens[head]):
        return best
    end = _before_bracket(tokens, best.first - 1)
    named = [p for p in candidates if p.last == end and is_name(tokens[p.last - 1]) and not _oblique(tokens, p)]
    return named[0] if named else best


def _before_bracket(tokens: list[Token], end: int) -> int:
    """Where a name ends that a bracket ending at `end` follows ("Anna Roth (SPD), Leiterin …"), else `end`."""
    if end < 1 or tokens[end - 1].text != ")":
        return end
    for k in range(end - 2, max(end - 8, 0), -1):
        if tokens[k].text == "(":
            return k
    return end


def _subject_before(tokens: list[Token], unit: Unit, first: int, titles: set[int]) -> tuple[Phrase | None, int]:
    """ "Robert Chow, der die Allianz führt, erinnerte daran, …", "Wie X, Sprecher der UN, in Bangkok
    mitteilte, …", "„…“, a resident, Maria Lopez, told the Gazette": a frame clause with no subject of
    its own continues a subject set off before it by appositions and relative clauses. The speaker
    is the head of that chain (its name when an apposition names it); returns it and where the chain starts."""
    head: Phrase | None = None
    named = False
    k = start = first
    while k - 1 > unit.first and tokens[k - 1].text == "," and k - 2 not in unit.breaks:
        segment_start = clause_start(tokens, unit, k - 2)
        segment = [i for i in range(segment_start, k - 1) if i not in unit.inside or i in titles]
        if not segment:
            break
        if not _relative(tokens, segment):
            if any(word_class(tokens[i]) == FINITE for i in segment if i not in unit.inside):
                break  # another clause: not an apposition
            found = [p for p in phrases(tokens, segment, titles) if person_like(tokens, p)]
            is_named = bool(found) and any(is_name(tokens[i]) for i in range(found[0].first, found[0].last))
            if found and (is_named or not named):
                head, named = found[0], is_named
        k = start = segment_start
    return head, start


def unit_subject(tokens: list[Token], unit: Unit, end: int | None = None) -> Phrase | None:
    """The likeliest subject of a unit (up to token `end`): the source a following quote continues."""
    stop = unit.last if end is None else end
    indices = [i for i in unit.outside() if i < stop]
    finite = [i for i in indices if word_class(tokens[i]) == FINITE]
    candidates = [p for p in phrases(tokens, indices) if any(word_class(tokens[k]) == NOUN for k in range(p.first, p.last))
                  or tokens[p.first].text.lower() in _PRONOUN_SOURCES]
    if not finite or not candidates:
        return None
    best = min(candidates, key=lambda p: _subject_rank(tokens, p, finite[0]))
    return None if _subject_rank(tokens, best, finite[0])[0] else best


def _subject_rank(tokens: list[Token], phrase: Phrase, anchor: int) -> tuple[int, int]:
    """Lower for the likelier subject: not in an oblique case nor after a preposition ("Jana Vogt vom
    Mieterbund forderte"); in German the phrase right before the finite verb (the prefield), else the first one after it."""
    oblique = _oblique(tokens, phrase) or (phrase.first > 0 and word_class(tokens[phrase.first - 1]) == PREP)
    if phrase.last <= anchor:
        return (int(oblique), anchor - phrase.last)
    return (int(oblique), phrase.first - anchor)


def _oblique(tokens: list[Token], phrase: Phrase) -> bool:
    """The phrase is not a nominative: an oblique determiner ("dem Spiegel"), or "der" with a
    strong "-en" adjective ("Der englisch-sprachigen Zeitung sagte X": dative; a nominative
    "der" takes "-e": "der neue Präsident")."""
    first = tokens[phrase.first].text.lower()
    if first in _OBLIQUE:
        return True
    second = tokens[phrase.first + 1] if phrase.last - phrase.first > 2 else None
    return first == "der" and second is not None and word_class(second) == ADJ and second.text.endswith("en")


def _complement_start(tokens: list[Token], cue: Cue, last: int) -> int:
    """Where a clause reported without a comma starts: "told reporters that …", "said the talks failed"."""
    tail = cue.tokens[-1] + 1
    for k in range(tail, last):
        if tokens[k].text.lower() in _THAT:
            return k
    finite = [k for k in range(tail + 1, last) if word_class(tokens[k]) == FINITE]
    if finite and tokens[cue.tokens[0]].pos in _ENGLISH_VERB_TAGS:
        return tail + len(addressee_words(tokens, cue, last))
    if tail < last and any(_zu_infinitive(tokens, k) for k in range(tail, last)):
        return tail  # "hat angekündigt, ihr Mandat niederzulegen" written without the comma
    return last


def _zu_infinitive(tokens: list[Token], k: int) -> bool:
    pos = (tokens[k].pos or "").replace("(", "").replace(")", "")
    if pos == "VVIZU":
        return True
    return tokens[k].text.lower() == "zu" and k + 1 < len(tokens) and word_class(tokens[k + 1]) == VERB


def addressee_words(tokens: list[Token], cue: Cue, last: int) -> list[int]:
    """The person spoken to: the object of "told", or the phrase after "gegenüber"."""
    tail = cue.tokens[-1] + 1
    if tokens[cue.tokens[0]].text.lower() in _TELL:
        found = phrases(tokens, list(range(tail, last)))
        return list(range(tail, found[0].last)) if found and found[0].first == tail else []
    return []


def _auxiliary_first(tokens: list[Token], unit: Unit, first: int) -> bool:
    """ "„…“, hatte X in einem Interview erklärt", "Es drohe ein Wettlauf, hatte X gesagt": an
    auxiliary opens a frame after its quote — when a quotation or a main clause precedes it (a
    main clause that opens the unit, alone or with its "dass" clause: "Sie wisse, dass …, hatte X gesagt")."""
    if not ((tokens[first].pos or "").startswith("VA") and word_class(tokens[first]) == FINITE):
        return False
    if first - 2 < unit.first or tokens[first - 1].text != ",":
        return False
    if first - 2 in unit.breaks:
        return True
    ends = clause_ends(tokens, unit)
    if clause_start(tokens, unit, first - 2) != unit.first:
        end = ends.get(unit.first, first)
        if end + 1 >= first or tokens[end].text != "," or tokens[end + 1].text.lower() not in {"dass", "ob"}:
            return False
    segment = range(unit.first, ends.get(unit.first, first - 1))
    return any(word_class(tokens[i]) == FINITE for i in segment if i not in unit.inside)


def _leads_clause(tokens: list[Token], first: int, head: int) -> bool:
    """The verb opens its clause, or follows only "wie"/"so" or a bare subject: a frame after its quote."""
    leading = list(range(first, head))
    if not leading:
        return True
    if tokens[first].text.lower() in {"wie", "as", "so"}:
        return True
    return len(leading) <= 5 and all(word_class(tokens[i]) in (NOUN, DET, ADJ, "pron") for i in leading) and (
        tokens[first].text.lower() not in _RELATIVE
    )


def _postposed_end(tokens: list[Token], unit: Unit, last: int) -> int:
    """A frame after its quote runs on through appositions and relative clauses, up to a new quote."""
    i = last
    while i < unit.last:
        if i in unit.inside:
            return i
        if tokens[i].text not in _PHRASE_BREAKS:
            i += 1
            continue
        nxt = i + 1
        if nxt >= unit.last or nxt in unit.inside:
            return i
        clause = range(nxt, min(unit.last, nxt + 30))
        has_verb = any(word_class(tokens[k]) == FINITE for k in _segment(tokens, unit, nxt) if k not in unit.inside)
        if has_verb and not _relative(tokens, list(clause)) and tokens[nxt].text.lower() != "wobei":
            return i
        i = nxt
    return unit.last


def _segment(tokens: list[Token], unit: Unit, start: int) -> range:
    """The words from `start` up to the next comma, dash, bracket or quotation: "sagte X, Leiter einer
    Gruppe, die … hatten": an apposition has no verb of its own, though a relative clause after it has."""
    end = start
    while end < unit.last and end not in unit.inside and tokens[end].text not in _PHRASE_BREAKS:
        end += 1
    return range(start, end)


def _bare_participle(tokens: list[Token], cue: Cue, first: int, last: int) -> bool:
    """ "„Uncle Ted“ genannt": a participle with no auxiliary is an attribute, not a frame ("wie berichtet" is)."""
    verb = tokens[cue.tokens[0]]
    if not is_participle(verb) or tokens[first].text.lower() in {"wie", "as"} or _could_be_present(verb):
        return False
    return not any(word_class(tokens[i]) == FINITE for i in range(first, last))


def _could_be_present(token: Token) -> bool:
    """ "kritisiert", "berichtet": participle and third person present alike."""
    lemma = (token.lemma or "").lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return bool(stem) and token.text.lower() in {stem + "t", stem + "et"}


def _passive(tokens: list[Token], frame: set[int], cue: Cue) -> bool:
    """A participle cue with a form of "werden" in its clause: "war angekündigt worden"."""
    verb = tokens[cue.tokens[0]]
    if _could_be_present(verb):  # "kritisiert": a participle only with "wird/wurde" before it
        return any(tokens[i].text.lower() in _PASSIVE_AUXILIARIES for i in frame if i < cue.tokens[0])
    return is_participle(verb) and any(tokens[i].text.lower() in _PASSIVE_AUXILIARIES for i in frame)


def _participle_then_auxiliary(tokens: list[Token], frame: set[int], cue: Cue) -> bool:
    """ "Bemängelt werden außerdem …", "…, dass … berichtet worden war": a "werden" right after the verb makes it a
    participle of the passive (no present verb is followed by a finite "werden"); its subject is what was said."""
    after = cue.tokens[-1] + 1
    return after in frame and tokens[after].text.lower() in _PASSIVE_AUXILIARIES


def _becomes_known(cue: Cue) -> bool:
    """ "Wie gestern bekannt wurde, hat der Anwalt …": what becomes known has no subject that speaks; like a
    passive, only a "von" agent ("wurde vom Presseamt bekannt") or a document names a source."""
    return cue.verb is not None and cue.verb.lemma == "bekanntwerden"


def _fronted_agent(tokens: list[Token], unit: Unit, speaker: Phrase | None) -> bool:
    """ "Von der Opposition wurde der Besuch als unangemessen kritisiert": a passive speech act whose agent opens
    the sentence names who spoke, so it is Reported like the active one (other passives name no one)."""
    return speaker is not None and tokens[unit.first].text == "Von"


def _stative(tokens: list[Token], frame: set[int], cue: Cue) -> bool:
    """ "Weitere Aktionen sind angekündigt": speech verbs form their perfect with "haben", so a
    participle with "sein" is a state, not a speech act."""
    verb = tokens[cue.tokens[0]]
    return is_participle(verb) and not _could_be_present(verb) and any(tokens[i].text.lower() in _SEIN for i in frame)


def _pluperfect(tokens: list[Token], frame: set[int], cue: Cue) -> bool:
    """ "Die Partei hatte Neuwahlen gefordert": the past perfect recalls an earlier speech act as
    background to the story; it is rarely the report itself."""
    verb = tokens[cue.tokens[0]]
    return is_participle(verb) and any(tokens[i].text.lower() in _PAST_HABEN for i in frame)


def _no_reported_source(tokens: list[Token], frame: set[int], cue: Cue) -> bool:
    """ "Ich lehne das ab": a speaker in the first person speaks in their own words (an interview),
    and "Das nennt man einen Zinseszins" defines a term; neither reports a speech act."""
    words = {tokens[i].text.lower() for i in frame}
    naming = cue.verb is not None and cue.verb.lemma in _NAMING
    return bool(words & _FIRST_PERSON) or (naming and "man" in words)


#: Speech verbs that are a bare speech act only with their object: "berichtet von einem Knall", "sprach von
#: einem Erfolg", "bezeichnete den Plan als Fehler", "Die Polizei geht von Suizid aus" (a stance) — not "Die Zahlen
#: sprechen für ihn", "hat mit ihr gesprochen", "Der Name bezeichnet eine Philosophie", "Die Lichter gingen aus".
_ACT_WITH = {"berichten": frozenset({"von", "vom"}), "sprechen": frozenset({"von", "vom", "über"}),
             "bezeichnen": frozenset({"als"}), "ausgehen": frozenset({"von", "vom"})}


#: Views that a group's plural voices as a bare speech act ("Kritiker fürchten Interessenkonflikte").
_GROUP_VIEWS = frozenset({"fürhalten", "fürchten", "befürchten"})
#: "sehen" with an "in" phrase: a view ("sieht in dem Urteil eine Bestätigung").
_SEEN_IN = frozenset({"in", "im", "darin"})


def _bare_act(tokens: list[Token], unit: Unit, cue: Cue) -> bool:
    """The cue's verb is a bare speech act: marked R in the lexicon, or one only with its object ("sprach von")."""
    return cue.verb is not None and (cue.verb.reported or _reports_of(tokens, unit, cue) or _sees_in(tokens, unit, cue)
                                     or _group_view(tokens, cue))


def _group_view(tokens: list[Token], cue: Cue) -> bool:
    """ "Analysten halten einen Preis von 60 Dollar für wahrscheinlich", "Kritiker fürchten Interessenkonflikte": a
    group's "halten … für" or fear is the view it voices (Reported in quotes-de); one person's ("Er hält das für
    unwahrscheinlich") mostly is not."""
    return cue.verb.lemma in _GROUP_VIEWS and _plural_verb(tokens[cue.tokens[0]])


def _sees_in(tokens: list[Token], unit: Unit, cue: Cue) -> bool:
    """ "Experten sehen in dem Referendum einen ersten Schritt", "sieht er darin eine Gefahr": "sehen" with an
    "in" phrase right after it (or after its subject) is a stance (Reported in quotes-de); not "sahen die
    Niederlage im Stadion" (watching)."""
    verb = cue.tokens[0]
    follow = [tokens[i].text.lower() for i in range(verb + 1, min(verb + 3, unit.last))]
    return cue.verb.lemma == "sehen" and bool(_SEEN_IN & set(follow))


def _reports_of(tokens: list[Token], unit: Unit, cue: Cue) -> bool:
    """ "Zeugen berichteten von einem Knall": "berichten" with a "von" object and no clause reports what was
    said (Reported in quotes-de); bare "berichten" is not marked R, as "Die Zeitung berichtete gestern" is
    mostly a cross-reference. The object may open the clause ("Von einem Erfolg sprach X"); for a separable verb
    it stands before the particle ("geht … von Suizid aus")."""
    heads = _ACT_WITH.get(cue.verb.lemma if cue.verb else "", frozenset())
    start = clause_start(tokens, unit, cue.tokens[0])
    end = cue.tokens[-1] if len(cue.tokens) > 1 else unit.last
    return any(tokens[i].text.lower() in heads for i in unit.text_tokens() if start <= i < end and i != cue.tokens[0])


def _casualties(tokens: list[Token], unit: Unit, cue: Cue) -> bool:
    """ "Das Erdbeben forderte zwölf Todesopfer": "fordern" with victims counts losses, it is no demand."""
    if cue.verb is None or cue.verb.lemma != "fordern":
        return False
    return any((tokens[i].lemma or tokens[i].text).lower() in _VICTIMS for i in unit.text_tokens())


#: Relative adverbs that attach a consequence to the clause before: "…, womit er die Liste anführte".
_CONSEQUENCES = frozenset("womit wodurch woraufhin".split())


def _consequence(tokens: list[Token], rest: list[int]) -> bool:
    """ "meldete einen Schaden, so dass ein Alarm ausgelöst wurde", "…, womit er die Liste anführte": a clause
    of consequence tells what followed the speech act, not what was said."""
    first = tokens[rest[0]].text.lower()
    return first in _CONSEQUENCES or (first == "so" and len(rest) > 1 and tokens[rest[1]].text.lower() in {"dass", "daß"})


def _is_clause(tokens: list[Token], unit: Unit, rest: list[int]) -> bool:
    """What the verb frames is a clause: quoted, introduced by "dass", or with a finite verb."""
    if not rest:
        return False
    first = tokens[rest[0]].text.lower()
    if first in _SUBORDINATORS and not _fronted_clause(tokens, rest):
        return False  # "…, da …", "…, weil …" are no reported clauses
    if _consequence(tokens, rest):
        return False
    if _relative(tokens, rest) and not _verb_second(tokens, rest) and not _infinitive_after_verb(tokens, rest):
        return False  # "…, die …", "…, sollte die UNO …" are no reported clauses
    if _verb_final_relative(tokens, rest):
        return False
    if rest[0] in unit.breaks or first in _COMPLEMENTISERS:
        return True
    if any(word_class(tokens[i]) == FINITE for i in rest if i not in unit.inside):
        return True
    if rest[0] not in unit.inside and any(_marked_predicate(tokens, unit, i) for i in rest):
        return True
    return any(_zu_infinitive(tokens, i) for i in rest)


def _marked_predicate(tokens: list[Token], unit: Unit, i: int) -> bool:
    """ "sagte, das Gespräch „sei gut verlaufen“": a finite verb opening marked words whose subject
    stands outside them makes a clause."""
    return word_class(tokens[i]) == FINITE and any(m.inner[0] == tokens[i].start for m in unit.marks)


def _fronted_clause(tokens: list[Token], rest: list[int]) -> bool:
    """ "befürchtet, sobald er nachgebe, werde der Druck zunehmen": a subordinate clause opens the
    reported main clause (a finite verb right after its comma); "erklärte, damit solle …": the
    word is an adverb (the finite verb follows it)."""
    if len(rest) > 1 and word_class(tokens[rest[1]]) == FINITE:
        return True
    for k, i in enumerate(rest[:-1]):
        if tokens[i].text == "," and k > 1:
            return word_class(tokens[rest[k + 1]]) == FINITE
    return False


def _relative(tokens: list[Token], rest: list[int]) -> bool:
    """The words open a relative clause: "die …", "in der …" (STTS PRELS/PRELAT), "who …"."""
    if rest and tokens[rest[0]].text.lower() in _ENGLISH_RELATIVE:
        return True
    tags = [(tokens[i].pos or "") for i in rest[:3]] + ["", ""]
    if tags[0] in {"APPR", "APPRART"}:
        tags = tags[1:]
    if tags[0] == "PRELAT":  # "dessen Behörde …", "deren Sprecher …"
        return True
    # "die Lage sei ernst": HanTa may tag an article after a comma as a relative pronoun
    return tags[0] == "PRELS" and word_class(Token(0, 0, "x", tags[1] or None)) not in (NOUN, ADJ)


def _verb_final_relative(tokens: list[Token], rest: list[int]) -> bool:
    """ "kritisiert eine Änderung des Gesetzes, die zwei Monate vor der Wahl in Kraft getreten ist", "in einer
    Zukunft, in der China wichtiger wird": after a noun and its comma, "die"/"in der" with the finite verb
    closing the clause is a relative clause on that noun (a reported main clause has its verb second)."""
    if tokens[rest[0]].text.lower() in {"nach", "laut", "gemäß"}:
        return False  # "Studien, nach denen … sei": the pronoun is a source
    start = rest[0] + 1 if tokens[rest[0]].pos in {"APPR", "APPRART"} else rest[0]
    if start - (rest[0] - 1) > 2 or start not in rest or tokens[start].pos != "PRELS" or rest[0] < 2:
        return False
    if tokens[rest[0] - 1].text != "," or word_class(tokens[rest[0] - 2]) != NOUN:
        return False
    clause = []
    for i in rest:
        if tokens[i].text in {",", ";", ":"} or word_class(tokens[i]) == PUNCT:
            break
        clause.append(i)
    finite = [i for i in clause if word_class(tokens[i]) == FINITE]
    return bool(finite) and finite[0] == clause[-1]


def _infinitive_after_verb(tokens: list[Token], rest: list[int]) -> bool:
    """ "behauptet, den für den Schutz zuständigen Code geknackt zu haben": right after a finite verb and its comma,
    words with a zu-infinitive and no finite verb are an infinitive clause, not a relative one (the tagger
    reads an article before a preposition as a relative pronoun)."""
    if rest[0] < 2 or tokens[rest[0] - 1].text != "," or word_class(tokens[rest[0] - 2]) != FINITE:
        return False  # not after an infinitive ("um ihn zu drängen, die … anzuwenden": one clause within another)
    return zu_infinitive_clause(tokens, rest[0], set(rest))


def _verb_second(tokens: list[Token], rest: list[int]) -> bool:
    """Right after a verb and its comma, a clause whose finite verb has words after it is a main clause
    ("erklärte, die noch zu schaffende Verfassung werde die Rolle … festlegen"), not a relative one,
    whose finite verb closes it ("die … regiert,"); after a noun ("Regenfälle an, die …") it is relative."""
    if rest[0] < 2 or tokens[rest[0] - 1].text != "," or word_class(tokens[rest[0] - 2]) not in (FINITE, VERB):
        return False
    clause = []
    for i in rest:
        if tokens[i].text in {",", ";", ":"}:
            break
        clause.append(i)
    finite = [k for k, i in enumerate(clause) if word_class(tokens[i]) == FINITE]
    return bool(finite) and any(word_class(tokens[i]) not in (PUNCT, CONJ, FINITE, VERB) for i in clause[finite[0] + 1 :])


def _source_frame(tokens: list[Token], unit: Unit, cue: Cue, outside: list[int],
                  ends: dict[int, int]) -> tuple[set[int] | None, Phrase | None]:
    """The frame of a source phrase: "laut X", "X zufolge", "nach Angaben von X", ", so X"."""
    head, tail = cue.tokens[0], cue.tokens[-1]
    allowed = set(outside)
    if cue.kind == "self":
        return _document_frame(tokens, unit, cue, allowed, ends)
    if cue.kind == "adverb":  # "Demnach …": the source named before, taken later
        return set(cue.tokens), None
    if cue.kind in ("before", "after"):
        pronoun = tail + 1 if cue.kind == "before" else head - 1
        if pronoun in allowed and _pronoun_source(tokens, pronoun):
            return set(range(min(head, pronoun), max(tail, pronoun) + 1)), Phrase(pronoun, pronoun + 1)
    if cue.kind in ("before", "noun"):
        start = tail + 1
        attached = False
        if cue.kind == "noun" and start in allowed and tokens[start].text.lower() in {"von", "vom", "aus"}:
            start, attached = start + 1, True
        end = _phrase_end(tokens, start, allowed, unit.inside - unit.breaks)
        if cue.kind == "noun" and not attached and end > start and not _genitive_start(tokens, start):
            end = start  # "nach dessen Angaben die Bombe …": the next phrase is the clause's, not the source
        if end == start and cue.kind == "noun":  # "nach eigenen Angaben": the words are the source
            return set(cue.tokens), Phrase(cue.tokens[1], tail + 1)
        if end == start or (cue.kind == "noun" and _mute_attribute(tokens, cue, Phrase(start, end))):
            return None, None
        frame_end = _relative_clause_end(tokens, unit, _named_apposition_end(tokens, end, allowed), allowed, ends)
        return set(range(head, frame_end)), Phrase(start, end)
    if cue.kind == "after":
        start = _phrase_start(tokens, _marked_name_open(unit, head), allowed)
        if start == head:
            return None, None
        return set(range(start, head + 1)), Phrase(start, head)
    if cue.kind == "relative":  # "Berichte, wonach …": the phrase before the comma, else the word itself
        start = _phrase_start(tokens, _marked_name_open(unit, head - 1), allowed)
        if start == head - 1:
            return set(cue.tokens), Phrase(head, head + 1)
        return set(range(start, head + 1)), Phrase(start, head - 1)
    if cue.kind == "tail":
        stop = _phrase_end(tokens, head + 1, allowed)
        end = _postposed_end(tokens, unit, stop)
        own = _relative_clause_end(tokens, unit, stop, allowed, ends)
        if stop == head + 1 or any(word_class(tokens[i]) == FINITE for i in range(own, end)):
            return None, None  # ", so dass …", ", so auch in …": no source phrase after "so"
        return set(range(head, end)), Phrase(head + 1, stop)
    return None, None


def _mute_attribute(tokens: list[Token], cue: Cue, phrase: Phrase) -> bool:
    """ "nach der Nachricht vom Rücktritt des Chefs", "nach der Auszählung aller Stimmen": a speech noun with a
    definite article whose attribute can neither speak nor names a document tells what came before, not who
    said it (a date is no such attribute: "nach dem Gesetz von 1961")."""
    return (tokens[cue.tokens[1]].text.lower() in {"der", "dem"} and not person_like(tokens, phrase)
            and not names_document(tokens, phrase) and not is_time_phrase(tokens, phrase.first, phrase.last))


#: How many tokens (marks included) a marked name closing a source phrase may have: "der Zeitung „Hoy Bolivia“".
_MARKED_NAME = 6


def _marked_name_open(unit: Unit, end: int) -> int:
    """ "der Zeitung „Hoy Bolivia“, wonach …", "dem „Figaro“ zufolge": a short marked name just before `end` closes the source phrase;
    the phrase then ends at its opening mark (returned; else `end`)."""
    j = end
    while j - 1 in unit.inside and end - j < _MARKED_NAME:
        j -= 1
    return j if j < end and j - 1 not in unit.inside else end


_PHRASE = {NOUN, DET, ADJ}
#: Prepositions that attach a place or field to a source: "der Polizei in Kabul", "des Amtes für Umwelt".
_ATTACHED = frozenset("von vom of für aus in im".split())
_GENITIVE = frozenset("des der eines einer seines seiner ihres ihrer".split())


def _genitive_start(tokens: list[Token], start: int) -> bool:
    """The phrase after "nach Angaben" names whose they are: "der Polizei", "des Ministeriums", a name,
    a plural genitive without article ("einiger Juristen", "britischer Zeitungen")."""
    word = tokens[start].text
    plural = word.islower() and word.endswith("er") and start + 1 < len(tokens) and word_class(tokens[start + 1]) == NOUN
    return word.lower() in _GENITIVE or is_name(tokens[start]) or plural


#: "in"/"im" attach a place to a source phrase ("der Polizei in Kabul").
_IN = frozenset("in im".split())
#: Prepositions that name where words stand or come from: "heißt es in dem Bericht", "aus Paris hieß es", "bei der Agentur".
_FROM_WHERE = frozenset("in im bei beim aus von vom auf".split())


def _document_frame(tokens: list[Token], unit: Unit, cue: Cue, allowed: set[int],
                    ends: dict[int, int]) -> tuple[set[int], Phrase | None]:
    """ "heißt es in dem Bericht", "Im Bericht heißt es, …", "Aus Paris hieß es, …", "hieß es bei der Agentur":
    the document the words stand in, or the place or body they come from, is the source."""
    head, tail = cue.tokens[0], cue.tokens[-1]
    if tail + 1 in allowed and tokens[tail + 1].text.lower() in _FROM_WHERE:
        start = tail + 1
    elif unit.first < head and tokens[unit.first].text.lower() in _FROM_WHERE and tokens[head].text.lower() != "es":
        start = unit.first
    else:
        return set(cue.tokens), None
    end = _phrase_end(tokens, start + 1, allowed)
    if end == start + 1:
        return set(cue.tokens), None
    return set(cue.tokens) | set(range(start, _relative_clause_end(tokens, unit, end, allowed, ends))), Phrase(start + 1, end)


#: Dative personal pronouns a source phrase may take: "ihm zufolge", "laut ihnen".
_DATIVE_PRONOUNS = frozenset("ihm ihr ihnen".split())


def _pronoun_source(tokens: list[Token], i: int) -> bool:
    """ "Gerüchte, laut denen …", "Grundsätze, denen zufolge …", "Ihnen zufolge …": a relative or dative
    pronoun is the source (the relative clause, or the person named before, gives it)."""
    return tokens[i].pos == "PRELS" or tokens[i].text.lower() in _DATIVE_PRONOUNS


def _relative_clause_end(tokens: list[Token], unit: Unit, end: int, allowed: set[int], ends: dict[int, int]) -> int:
    """ "laut Jan Berg, der das Amt leitet, …", "heißt es in dem Bericht, der am Montag erschien": a
    relative clause right after the source describes it and belongs to the frame, not to the quote."""
    if end not in allowed or tokens[end].text != "," or end + 1 not in allowed:
        return end
    if not _relative(tokens, [i for i in range(end + 1, min(unit.last, end + 4))]):
        return end
    return ends.get(end + 1, end)


def _phrase_end(tokens: list[Token], start: int, allowed: set[int], titles: set[int] = frozenset()) -> int:
    """End of the noun phrase from `start`, with genitive, "von" and place or field attachments
    ("des Bundesamtes für Umwelt", "der Opposition im Iran") and an acronym in brackets ("(USGS)")."""
    i = start
    while i in allowed or i in titles:
        cls = word_class(tokens[i])
        if i in titles or (i > start and _name_part(tokens, i)):
            i += 1  # a quoted name: "der Agentur „Interfax“", or a mistagged surname
        elif (tokens[i].text in {"und", "sowie"} and i > start and word_class(tokens[i - 1]) == NOUN and i + 1 in allowed
              and word_class(tokens[i + 1]) in _PHRASE):
            i += 1  # "laut Polizei und Feuerwehr": two sources
        elif cls in _PHRASE:
            if cls == DET and i > start and word_class(tokens[i - 1]) == NOUN and tokens[i].text.lower() not in _GENITIVE:
                break  # "der Opposition im Iran | einige Polizisten": a new phrase
            if cls == ADJ and i > start and word_class(tokens[i - 1]) == NOUN and not _genitive_start(tokens, i):
                break  # "laut der Zeitung | 40 Menschen", "laut BBC | britische Staatsbürger"
            i += 1
        elif (cls == PREP and tokens[i].text.lower() in _ATTACHED and i > start and (i + 1 in allowed or i + 1 in titles)
              and word_class(tokens[i - 1]) == NOUN and not is_time_phrase(tokens, i + 1, _noun_run_end(tokens, i + 1))
              and (tokens[i].text.lower() not in _IN or _place_follows(tokens, i + 1))):
            i += 1
        elif tokens[i].text == "(" and i > start and i + 2 in allowed and tokens[i + 2].text == ")" and tokens[i + 1].text.isupper():
            i += 3
        elif cls == PREP and i > start and word_class(tokens[i - 1]) == DET and (participle := _participle_attribute(tokens, i, allowed)):
            i = participle + 1
        else:
            break
    while (i > start and word_class(tokens[i - 1]) not in (NOUN, ADJ) and i - 1 not in titles and tokens[i - 1].text != ")"
           and not (i - 1 > start and _name_part(tokens, i - 1))):
        i -= 1
    return i


#: How many words a participle attribute's own phrase may take ("einer am Dienstag veröffentlichten Mitteilung").
_ATTRIBUTE_WORDS = 4


def _participle_attribute(tokens: list[Token], i: int, allowed: set[int]) -> int:
    """ "laut einer am Dienstag veröffentlichten Mitteilung": a phrase between the article and an
    attributive participle belongs to the noun phrase; returns where the participle stands (0: none)."""
    for k in range(i + 1, i + 1 + _ATTRIBUTE_WORDS):
        if k not in allowed or word_class(tokens[k]) in (PUNCT, FINITE, CONJ):
            return 0
        if tokens[k].pos == "ADJA" and k + 1 in allowed and word_class(tokens[k + 1]) == NOUN:
            return k
    return 0


def _named_apposition_end(tokens: list[Token], end: int, allowed: set[int]) -> int:
    """ "nach Angaben des Direktors, Jan Berg, sei …": a name set off by commas after the source is
    part of the frame."""
    if end not in allowed or tokens[end].text != ",":
        return end
    k = end + 1
    while k in allowed and is_name(tokens[k]):
        k += 1
    if k > end + 1 and k in allowed and tokens[k].text == ",":
        return k + 1
    return _role_apposition_end(tokens, end, allowed)


def _role_apposition_end(tokens: list[Token], end: int, allowed: set[int]) -> int:
    """ "Laut Jan Berg, Leiter des Instituts in Kiel, hat die Stadt …": a role set off by commas
    after a fronted source, with the clause's finite verb right after it, is part of the frame."""
    k = end + 1
    while k in allowed and k - end <= _APPOSITION_WORDS and word_class(tokens[k]) not in (PUNCT, FINITE, VERB, CONJ):
        k += 1
    closed = k > end + 1 and k in allowed and tokens[k].text == ","
    return k + 1 if closed and k + 1 in allowed and word_class(tokens[k + 1]) == FINITE else end


def _name_part(tokens: list[Token], i: int) -> bool:
    """ "laut Peter Lahm" (ADJD), "Laut Johanna Moser" (VVIMP): a capitalised word right after a first
    name that the tagger took for an adjective or verb goes on with the name."""
    return (tokens[i - 1].pos == "NE" and tokens[i].text[:1].isupper() and tokens[i].text[1:].islower()
            and (tokens[i].pos or "") in {"ADJD", "VVIMP", "VVFIN", "VVINF", "VVPP"})


def _place_follows(tokens: list[Token], start: int) -> bool:
    """ "der Polizei in Kabul", "der Opposition im Iran": "in" attaches a place (a name) to a source,
    not "in Absprache" or "in Zukunft" (the clause's own words)."""
    end = _noun_run_end(tokens, start)
    return any((tokens[k].pos or "") == "NE" for k in range(start, end))


def _noun_run_end(tokens: list[Token], start: int) -> int:
    i = start
    while i < len(tokens) and word_class(tokens[i]) in _PHRASE:
        i += 1
    return i


def _phrase_start(tokens: list[Token], end: int, allowed: set[int]) -> int:
    """Start of the noun phrase that ends just before `end` ("der Polizei zufolge")."""
    i = end
    while i - 1 in allowed and word_class(tokens[i - 1]) in _PHRASE:
        if i < end and tokens[i].pos == "NN" and tokens[i - 1].pos == "NN":
            break  # "nimmt die Organisation | Schätzungen zufolge": two common nouns are two phrases
        i -= 1
        attached = i - 1 in allowed and tokens[i - 1].text.lower() in {"von", "vom", "of"}
        if attached and i - 2 in allowed and word_class(tokens[i - 2]) == NOUN:
            i -= 1  # "dem Bericht vom Donnerstag zufolge": the whole phrase, not the date
    return i


def is_konjunktiv_unit(tokens: list[Token], unit: Unit, mood: Callable[[Token, Token | None], bool] = is_konjunktiv_1) -> bool:
    """The unit's first finite verb outside marks and relative clauses is Konjunktiv I (or in the
    `mood` given): reported speech without a frame."""
    previous = None
    relative = False
    for i in unit.indices:
        if i in unit.inside:
            continue
        if relative or _opens_relative(tokens, i):  # "Kinder, die … spielten, seien …": not the main verb
            relative = tokens[i].text != ","
            previous = tokens[i]
            continue
        if word_class(tokens[i]) == FINITE:
            if _inverted_first_person(tokens, i):
                return False
            return mood(tokens[i], previous)
        if word_class(tokens[i]) == CONJ and tokens[i].text.lower() in _COMPLEMENTISERS:
            return False
        previous = tokens[i]
    return False



def _opens_relative(tokens: list[Token], i: int) -> bool:
    """Token i is the relative pronoun of a clause after a comma (", die …", ", mit denen …")."""
    if tokens[i].pos != "PRELS" or i < 2:
        return False
    return tokens[i - 1].text == "," or tokens[i - 1].pos == "APPR" and tokens[i - 2].text == ","


def _inverted_first_person(tokens: list[Token], i: int) -> bool:
    """ "Tatsächlich fühle ich mich …", "Neben … habe ich …": the "-e" form is the indicative of "ich"."""
    return (i + 1 < len(tokens) and tokens[i + 1].text.lower() == "ich"
            and tokens[i].text.lower() not in SEIN_KONJUNKTIV_1)


#: How many words may stand between a speech noun's phrase and its comma ("der Vorwurf der Regierung an Wikipedia, …").
_NOMINAL_GAP = 4
_NOMINAL_BREAKS = frozenset({",", ";", ":", ".", "!", "?"})
#: Prepositions after which a speech noun is the means of its clause's subject: "begegnete der Kritik mit dem Argument, …".
_NOMINAL_MEANS = frozenset("mit zu zum zur".split())
#: Prepositions that open a clause with where a speech noun comes from: "Aus der Partei kamen Aufrufe, …".
_FRONTED_ORIGIN = frozenset("von vom aus".split())
#: Subordinators that open a clause of purpose, not a noun's content: "ein Appell, um …".
_PURPOSE = frozenset("um ohne statt anstatt".split())


def nominal_quotes(tokens: list[Token], unit: Unit, index: int, nouns: frozenset[str],
                   covered: list[tuple[int, int]]) -> list[Found]:
    """ "die Forderung des Verbands, die Steuer zu senken", "der Vorwurf, das Gericht sei befangen": a speech noun
    before a comma and a "dass", Konjunktiv or zu-infinitive clause frames that clause (quotes-de annotates it so);
    the genitive or "von" phrase after the noun speaks, else the subject that voices the noun ("hegt den Verdacht,
    …", "mit dem Argument, …"), else the noun phrase itself ("Ursprüngliche Pläne, den Bären zu betäuben, …")."""
    found: list[Found] = []
    allowed = set(unit.outside())
    for n in sorted(allowed):
        if tokens[n].text.lower() not in nouns or word_class(tokens[n]) != NOUN:
            continue
        attribute = _nominal_attribute(tokens, unit, n, allowed)
        comma = _nominal_comma(tokens, attribute.last if attribute else n + 1, allowed)
        clause = _nominal_clause(tokens, unit, comma + 1) if comma is not None else []
        if not clause:
            continue
        clause += _reported_continuation(tokens, unit, clause[-1] + 1)
        span = (tokens[clause[0]].start, tokens[clause[-1]].end)
        if any(a < span[1] and span[0] < b for a, b in covered):
            continue
        speaker = attribute or _nominal_voice(tokens, unit, n)
        quote = Found([span], "Indirect", (tokens[n].start, tokens[n].end), speaker, unit=index)
        quote.quoted = speech_marks(tokens, unit, quote.spans)
        found.append(quote)
        covered = [*covered, span]
    return found


def _nominal_attribute(tokens: list[Token], unit: Unit, n: int, allowed: set[int]) -> Phrase | None:
    """ "die Forderung des Verbands", "der Plan von Minister X": whose words the noun names."""
    start = n + 1
    if start in allowed and tokens[start].text.lower() in {"von", "vom"}:
        start += 1
    elif start not in allowed or not _genitive_start(tokens, start):
        return None
    end = _phrase_end(tokens, start, allowed, unit.inside - unit.breaks)
    named = _named_apposition_end(tokens, end, allowed)  # "ihres Trainers, Greg Poss, …": up to the closing comma
    return Phrase(start, named - 1 if named > end else end) if end > start else None


def _nominal_comma(tokens: list[Token], start: int, allowed: set[int]) -> int | None:
    """The comma that closes the noun's phrase, with no verb before it."""
    for k in range(start, start + _NOMINAL_GAP + 1):
        if k not in allowed or word_class(tokens[k]) in (FINITE, VERB):
            return None
        if tokens[k].text in _NOMINAL_BREAKS:
            return k if tokens[k].text == "," else None
    return None


def _nominal_clause(tokens: list[Token], unit: Unit, start: int) -> list[int]:
    """The clause from `start` to its comma when it reports: "dass …", a clause in Konjunktiv I or II ("X könnte
    … haben"), a zu-infinitive."""
    clause = []
    for i in range(start, unit.last):
        if i not in unit.inside and tokens[i].text in _NOMINAL_BREAKS:
            break
        clause.append(i)
    loose = [i for i in clause if i not in unit.inside]
    if not loose or tokens[loose[0]].text.lower() in _PURPOSE or _relative(tokens, loose):
        return []
    finite = [i for i in loose if word_class(tokens[i]) == FINITE]
    if tokens[loose[0]].text.lower() == "dass":
        return clause
    if finite:
        return clause if _subjunctive(tokens, finite[0]) else []
    return clause if any(_zu_infinitive(tokens, i) for i in loose) else []


def _reported_continuation(tokens: list[Token], unit: Unit, k: int) -> list[int]:
    """ "der Vorwurf, das Gericht sei befangen, weil es … verhandle": comma-joined clauses after a nominal frame's
    clause go on reporting while their finite verb is in the subjunctive and does not open them (that is the
    main clause resuming: "…, wurde zurückgewiesen")."""
    out: list[int] = []
    while k < unit.last and tokens[k].text == "," and k not in unit.inside:
        segment = []
        for i in range(k + 1, unit.last):
            if i not in unit.inside and tokens[i].text in _NOMINAL_BREAKS:
                break
            segment.append(i)
        finite = [i for i in segment if i not in unit.inside and word_class(tokens[i]) == FINITE]
        if not finite or finite[0] == k + 1 or not _subjunctive(tokens, finite[0]):
            break
        out += [k, *segment]
        k = segment[-1] + 1
    return out


def _subjunctive(tokens: list[Token], i: int) -> bool:
    """Konjunktiv I, or a form the morphology marks as subjunctive ("könnte")."""
    return is_konjunktiv_1(tokens[i], tokens[i - 1]) or "Mood=Sub" in (tokens[i].morph or "")


def _nominal_voice(tokens: list[Token], unit: Unit, n: int) -> Phrase | None:
    """The speaker of a speech noun with no genitive: the clause's subject when the noun is its object or means
    ("Die Behörde hegt den Verdacht", "begegnete der Kritik mit dem Argument"), none when a preposition governs
    it ("legte den Schwerpunkt auf die Aussage, …": quotes-de mostly names no speaker), else the noun phrase."""
    first = n
    while first - 1 >= unit.first and word_class(tokens[first - 1]) in (DET, ADJ):
        first -= 1
    own = Phrase(first, n + 1)
    start = clause_start(tokens, unit, first)
    if start < first and tokens[start].text.lower() in _FRONTED_ORIGIN:  # "Von der Polizei kam die Information, …"
        end = _phrase_end(tokens, start + 1, set(unit.outside()))
        if start + 1 < end <= first:
            return Phrase(start + 1, end)
    before = first - 1
    governed = before >= unit.first and word_class(tokens[before]) == PREP
    if governed and tokens[before].text.lower() not in _NOMINAL_MEANS:
        return None
    if not any(word_class(tokens[i]) == FINITE for i in range(start, first)):
        return own
    subject = unit_subject(tokens, unit, first)
    return subject if subject is not None and person_like(tokens, subject) else own
