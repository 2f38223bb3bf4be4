"""The quotes stage: who is quoted, saying what, with which cue, backed by which footnote.

Steps (each in its own module): pair quotation marks (marks), join sentences a
quotation crosses into units (units), find cues (cues) and the quotes they
frame (frames), quotes without a frame (free), and name speakers through the
entities layer (speakers); a small learned step (learned) adds frameless
reported speech. Works on whatever the language stages left: without tokens, or
in a language without lexicons, only marked quotes are found; without entities,
proper nouns stand in for person mentions.
"""

from __future__ import annotations

import re

from ...record import Article, Token
from .cues import find_cues, lexicon, naming_lexicon, title_nouns
from .frames import Found, document_source, follows_title_noun, frame_quotes, names_document, nominal_quotes, speech_marks, unit_subject
from .free import cataphoric, hearsay_quote, konjunktiv_2_continuation, konjunktiv_quote, marked_quotes, sollen_quote
from .marks import pair_marks
from .learned import unit_quotes
from .speakers import Mentions, Phrase, agent_phrase, head_of, institution, names_or_titles, person_like, resolve
from .units import Unit, build_units, clause_ends
from .wordclass import FINITE, VERB, word_class

_INHERIT_DISTANCE = 2  # a speaker three units back is mostly no longer the one quoted (train and dev speaker F1 fell with 3)
_REPORTING = frozenset({"Indirect", "IndirectFreeIndirect", "FreeIndirect", "Reported"})
_PASSIVE = frozenset("wird werden wurde wurden".split())
_QUANTIFIERS = frozenset("alle mehrere einige viele zahlreiche beide wenige".split())
_JOINED = frozenset({"IndirectFreeIndirect", "FreeIndirect"})
_REFERENCE_GAP = re.compile(r"[\s“”\"»«’‘.,;:!?]{0,4}")


def find_quotes(article: Article) -> Article:
    """Add the `quotes` layer."""
    units, found = rule_quotes(article)
    if article.tokens and article.language == "de":
        found.extend(unit_quotes(article.tokens, units, found))
    found.sort(key=lambda quote: (quote.unit, quote.spans[0]))
    found = _join_runs(found, units)
    _inherit_speakers(article.tokens, found, units)
    found = [quote for quote in found if not quote.sourced or quote.speaker is not None]
    _continue_cues(found)
    _nested_words(article.tokens, found, units)
    mentions = Mentions(article)
    article.layers["quotes"] = [_record(article, mentions, quote) for quote in sorted(found, key=lambda q: q.spans[0])]
    _attach_references(article)
    return article


def rule_quotes(article: Article) -> tuple[list[Unit], list[Found]]:
    """The units of the article and the quotes that marks, cues and Konjunktiv I show."""
    marks = pair_marks(article.text)
    units = build_units(article, marks, [(r["start"], r["end"]) for r in article.layer("references")])
    referenced = _referenced_ends(article)
    language = article.language or "de"
    lex = lexicon(language)  # empty for languages without lexicons: marked quotes only
    tokens = article.tokens
    found: list[Found] = []
    for index, unit in enumerate(units):
        cues = find_cues(tokens, unit.outside(), lex, clause_ends(tokens, unit)) if tokens else []
        quotes = frame_quotes(tokens, unit, cues, index) if cues else []
        if not quotes and index > 0 and (source := cataphoric(tokens, unit, cues)) is not None:
            quotes = _claim_previous(tokens, units[index - 1], source, index - 1, found)
        if not quotes and tokens and language == "de" and (free := konjunktiv_quote(tokens, unit, index)):
            quotes = [free]
        if not quotes and tokens and language == "de" and _reports(found, index - 1) and units[index - 1].paragraph == unit.paragraph:
            quotes = [free] if (free := konjunktiv_2_continuation(tokens, unit, index)) else []
        if not quotes and tokens and language == "de" and (free := hearsay_quote(tokens, unit, index)):
            quotes = [free]
        if not quotes and tokens and language == "de" and (free := sollen_quote(tokens, unit, index)):
            quotes = [free]
        covered = [span for quote in quotes for span in quote.spans]
        if tokens and lex.nominal:
            quotes += nominal_quotes(tokens, unit, index, lex.nominal, covered)
            covered = [span for quote in quotes for span in quote.spans]
        quotes += marked_quotes(tokens, unit, index, covered, referenced, naming_lexicon(language)) if tokens else _bare_marks(unit, index)
        _titles(tokens, unit, quotes, title_nouns(language))
        found.extend(quotes)
    return units, found


def _titles(tokens: list[Token], unit: Unit, quotes: list[Found], nouns: frozenset[str]) -> None:
    """ "mit dem Lied „Für dich soll's rote Rosen regnen“ verabschiedet", "unter dem Motto „…“": marked words
    right after a noun of titles are a title or a name (NotSpeech), even when they hold a verb."""
    if not nouns:
        return
    for quote in quotes:
        if quote.type != "Direct" or len(quote.spans) != 1:
            continue
        opening = next((i for i in unit.indices if tokens[i].start == quote.spans[0][0]), None)
        if opening is not None and follows_title_noun(tokens, unit, opening, nouns):
            quote.type, quote.speaker, quote.cue, quote.fallback, quote.inherit = "NotSpeech", None, None, None, False


def _join_runs(found: list[Found], units: list[Unit]) -> list[Found]:
    """Consecutive frameless sentences of reported speech in one paragraph are one quote
    ("Er werde nicht zurücktreten. Die Vorwürfe seien haltlos."), as quotes-de annotates them."""
    out: list[Found] = []
    for quote in found:
        previous = out[-1] if out else None
        if (previous is not None and _runs_on(previous) and _runs_on(quote) and previous.type == quote.type
                and quote.unit == previous.unit + 1 and units[quote.unit].paragraph == units[previous.unit].paragraph
                and quote.speaker is None and quote.fallback is None):
            previous.spans = [(previous.spans[0][0], quote.spans[-1][1])]
            previous.first_unit, previous.unit = previous.opens(), quote.unit
            previous.sourced = previous.sourced and quote.sourced
            continue
        out.append(quote)
    return out


def _runs_on(quote: Found) -> bool:
    return quote.type in _JOINED and quote.cue is None and quote.inherit


def _reports(found: list[Found], index: int) -> bool:
    """Unit `index` holds reported speech (an Indirect, frameless or Reported quote, not only marked words, nor
    a `sourced` one, not yet kept): "Die Gewerkschaft warnte vor einem Streik. Die Werke würden sonst stillstehen."
    goes on reporting it."""
    return any(q.unit == index and q.type in _REPORTING and not q.sourced for q in found)


def _claim_previous(tokens: list[Token], previous: Unit, source: Found, index: int, found: list[Found]) -> list[Found]:
    """Make the unit before a "Das berichtet X" unit X's quote; when it holds quotes already,
    X speaks them ("„…“ Das sagte X am Mittwoch."), even those a source inside names ("Laut einem
    Bericht … Dies gab die Polizei bekannt.": the sentence after names whose words they are) — not those
    a speech verb gave a speaker that can speak ("Weiter sagte Berg: „…“ Dies sagte der Chef …": the same
    one, named before as quotes-de marks it)."""
    earlier = [q for q in found if q.unit == index and q.type != "NotSpeech"]
    if earlier:
        for quote in earlier:
            if not _spoken_by(tokens, previous, quote):
                quote.speaker, quote.cue, quote.inherit = source.speaker, quote.cue or source.cue, False
        return []
    whole = (tokens[previous.first].start, tokens[previous.last - 1].end) if previous.last > previous.first else None
    if whole is None:
        return []
    source.spans = [whole, *source.spans]
    source.unit = index
    return [source]


def _spoken_by(tokens: list[Token], unit: Unit, quote: Found) -> bool:
    """The quote has a speech verb's subject that can speak as its speaker (not a source phrase's)."""
    if quote.speaker is None or quote.cue is None:
        return False
    verb = next((i for i in unit.indices if tokens[i].start == quote.cue[0]), None)
    return verb is not None and word_class(tokens[verb]) in (FINITE, VERB) and person_like(tokens, quote.speaker)


def _bare_marks(unit: Unit, index: int) -> list[Found]:
    """Without tokens, every marked span is a Direct quote with no speaker."""
    return [Found([(m.start, m.end)], "Direct", unit=index) for m in unit.marks]


def _inherit_speakers(tokens: list[Token], found: list[Found], units: list[Unit]) -> None:
    """A frameless quote continues the source named just before: the named subject of the unit
    right before when that holds no quote, else the speaker of the quote before it (within two
    units, same or next paragraph), else a subject of the unit before that can speak (not a counted
    group or a bare noun: "Alle Bewohner …", "Techniker …"). Hearsay (FreeIndirect) takes neither
    subject ("Jan Berger verließ das Lager. Er soll … gestohlen haben": whoever says so is not the actor
    before). A `sourced` quote takes only the speaker of a quote in the unit right before ("Der Konzern
    teilte mit, dass … Die Produktion soll … verlagert werden.")."""
    last: Found | None = None
    reporting = {k for q in found if q.type != "NotSpeech" for k in range(q.opens(), q.unit + 1)}
    for quote in found:
        if quote.type == "NotSpeech":
            continue
        opens = quote.opens()
        if quote.speaker is None and quote.inherit and opens > 0 and tokens and quote.type != "FreeIndirect" and (last is None or last.unit < opens - 1):
            quote.speaker = _named_before(tokens, units, opens)
        if quote.speaker is None and quote.inherit and last is not None:
            near = opens - last.unit <= _INHERIT_DISTANCE
            same_place = units[opens].paragraph - units[last.unit].paragraph <= 1
            if near and same_place and (not quote.sourced or last.unit == opens - 1):
                quote.speaker = _continued_source(tokens, units, last)
                if quote.speaker is last.speaker:  # "Demnach … . Der Preis sei …": "Demnach" goes on standing for it
                    quote.anaphor = quote.anaphor or last.anaphor
        quote.speaker = quote.speaker or quote.fallback
        if (quote.speaker is None and quote.inherit and opens > 0 and tokens and quote.type != "FreeIndirect"
                and opens - 1 not in reporting and not _passive_unit(tokens, units[opens - 1])):
            previous = units[opens - 1]
            subject = unit_subject(tokens, previous)
            if (subject is not None and units[opens].paragraph - previous.paragraph <= 1 and person_like(tokens, subject)
                    and not _counted(tokens, subject)):
                quote.speaker = subject
        if quote.speaker is not None:
            last = quote


def _passive_unit(tokens: list[Token], unit: Unit) -> bool:
    """The unit's first finite verb is "wurde(n)"/"wird"/"werden": "Auf Kreta wurden zwei Menschen verletzt"
    — its subject is the one acted on, no source."""
    finite = next((i for i in unit.outside() if word_class(tokens[i]) == FINITE), None)
    return finite is not None and tokens[finite].text.lower() in _PASSIVE


def _counted(tokens: list[Token], phrase: Phrase) -> bool:
    """ "Zwei Menschen wurden verletzt. Gebäude seien beschädigt worden.", "Techniker prüften die Anlage.": a
    counted group ("zwei", "alle", "mehrere") or a bare noun with no article is what the report is about, not
    who reports it."""
    first = tokens[phrase.first]
    bare = first.pos == "NN" and phrase.last - phrase.first == 1
    return bare or first.pos == "CARD" or first.text.lower() in _QUANTIFIERS


def _continued_source(tokens: list[Token], units: list[Unit], last: Found) -> Phrase | None:
    """Who a frameless quote after `last` goes on quoting: its speaker — but after "nach eigenen
    Angaben" / "nach eigenem Bekunden" the subject that spoke of itself ("Georg Ratzinger war nach
    eigenem Bekunden eingeweiht. „…“")."""
    speaker = last.speaker
    if speaker is None or not tokens[speaker.first].text.lower().startswith("eigen"):
        return speaker
    subject = unit_subject(tokens, units[last.unit])
    return subject if subject is not None and person_like(tokens, subject) else speaker


def _continue_cues(found: list[Found]) -> None:
    """ "„A“, sagte X. „B.“": a marked quotation that goes on with the speaker of the framed quote
    right before it goes on under that quote's cue too (quotes-de annotates it so)."""
    previous: Found | None = None
    for quote in found:
        if quote.type == "NotSpeech":
            continue
        if (previous is not None and quote.type == "Direct" and quote.cue is None and quote.inherit
                and quote.speaker is not None and quote.speaker is previous.speaker and previous.cue is not None):
            quote.cue = previous.cue
        previous = quote


def _named_before(tokens: list[Token], units: list[Unit], index: int) -> Phrase | None:
    """ "Gewerkschaftschef X begründete dies. Die Kapazitäten reichten nicht.": a unit without a quote
    whose subject is a name, a role, a document or a public body, right before a frameless quote, names its speaker."""
    previous = units[index - 1]
    if units[index].paragraph - previous.paragraph > 1:
        return None
    subject = unit_subject(tokens, previous)
    if _passive_unit(tokens, previous):  # "Die Forderungen wurden von Minister X als unrealistisch bezeichnet"
        # "In einer Analyse der Zeitung wird der Schritt als Reaktion gesehen": the document is the source
        subject = agent_phrase(tokens, previous.outside()) or document_source(tokens, previous.outside(), set())
    if subject is None or not (names_or_titles(tokens, head_of(tokens, subject)) or names_document(tokens, subject)
                               or institution(tokens, head_of(tokens, subject))):
        return None
    return subject


def _record(article: Article, mentions: Mentions, quote: Found) -> dict:
    def person(phrase):
        if phrase is None or quote.type == "NotSpeech":
            return None
        start, end, name, entity = resolve(article, mentions, phrase)
        return {"start": start, "end": end, "name": name, "entity": entity}

    speaker = person(quote.speaker)
    relative = quote.anaphor is not None and article.tokens[quote.anaphor.first].pos == "PRELS"
    if quote.anaphor is not None and quote.type != "NotSpeech" and not (relative and (speaker or {}).get("entity") is None):
        # "Demnach", "X, der sagte": its span, the source's name (a relative pronoun only for a known entity)
        start, end = article.tokens[quote.anaphor.first].start, article.tokens[quote.anaphor.last - 1].end
        named = speaker or {"name": article.text[start:end], "entity": None}
        speaker = {"start": start, "end": end, "name": named["name"], "entity": named["entity"]}

    return {
        "spans": [{"start": start, "end": end} for start, end in quote.spans],
        "type": quote.type,
        "cue": {"start": quote.cue[0], "end": quote.cue[1]} if quote.cue and quote.type != "NotSpeech" else None,
        "speaker": speaker,
        "addressee": person(quote.addressee),
        "reference": None,
        **({"quoted": [{"start": start, "end": end} for start, end in quote.quoted]} if quote.quoted else {}),
    }


def _referenced_ends(article: Article) -> set[int]:
    """Offsets just before a reference marker (so a marked span ending there is a sourced quote)."""
    ends = set()
    for reference in article.layer("references"):
        start = reference["start"]
        gap = 0
        while start - gap > 0 and gap < 5 and article.text[start - gap - 1] in " \t\n.“”\"»«’‘":
            gap += 1
            ends.add(start - gap)
        ends.add(start)
    return ends


def _attach_references(article: Article) -> None:
    """Give the quote a reference marker closes the marker ("(6)" → "6"): the quote that the
    marker directly follows, else the one whose words hold it ("dass … „…“ (1) sei")."""
    quotes = [quote for quote in article.layers["quotes"] if quote["type"] != "NotSpeech"]
    for reference in article.layer("references"):
        closed = [q for q in quotes if _closes(article.text, q["spans"][-1]["end"], reference["start"])]
        holding = [q for q in quotes if q["spans"][0]["start"] <= reference["start"] < q["spans"][-1]["end"]]
        for quote in closed or holding[:1]:
            quote["reference"] = reference["marker"]


def _closes(text: str, end: int, marker: int) -> bool:
    return end <= marker and _REFERENCE_GAP.fullmatch(text[end:marker]) is not None


def _nested_words(tokens: list[Token], found: list[Found], units: list[Unit]) -> None:
    """Marked words that read as speech inside reported speech without a frame ("Er werde
    „einen neuen Vertrag“ aushandeln") are its speaker's words, as in framed Indirect quotes."""
    if not tokens:
        return
    for quote in found:
        if quote.type in ("Direct", "NotSpeech") or quote.quoted:
            continue
        for unit in units[quote.opens() : quote.unit + 1]:
            quote.quoted += speech_marks(tokens, unit, quote.spans)
