"""Faster, output-identical replacements for HanTa's word analyses and sentence Viterbi.

HanTa's morpheme Viterbi (`analyze_forward` for tags, `analyze_viterbi` for lemmas) calls the
method `lp_m_t(segment, tag, ...)` ~2,500 times per unknown word; most calls return -inf for
closed word classes, which can never win. Here a segment's known readings come from one look-up
in an inverted morpheme index (`_Lexicon`), only guessable tags are guessed, the guess's suffix
part is memoised by the segment's ending, and states are still visited in HanTa's order.
HanTa's sentence Viterbi visits all ~60 tags after each state; `tag_sent_viterbi` visits only the
word's own, in the same order. Sums are formed in HanTa's order, so scores and tags are
bit-identical (checked on 4,000 words and 4,361 sentences of 10kGNAD; tests/unit/test_hanta_fast.py).
"""

from __future__ import annotations

import math
from functools import lru_cache, partial
from operator import itemgetter

from HanTa.HanoverTagger import EMPTY, END, END_UNKNOWN, START, UNKNOWN, logaddexp

_LOWERBOUND = -1e6
#: Entries per suffix memo (10kGNAD, 1,028 articles: 44,017 short segments, 29,477 endings; ~0.6 KB each).
_MAX_SUFFIXES = 100_000


def speed_up(tagger, cache_words: int) -> None:
    """Swap HanTa's word and sentence analyses on this tagger for the fast identical ones here;
    word analyses are memoised per form (HanTa recomputes them every time)."""
    tagger.analyze_forward = lru_cache(maxsize=cache_words)(partial(analyze_forward, tagger))
    tagger.analyze_viterbi = partial(analyze_viterbi, tagger)
    tagger.tag_word_conditional = lru_cache(maxsize=cache_words)(
        lambda word, casesensitive: tagger._tag_word(word, cutoff=5, casesensitive=casesensitive, conditional=True)
    )
    rank = tag_order(tagger)
    if rank is not None:
        tagger.tag_sent_viterbi = partial(tag_sent_viterbi, tagger, rank=rank)


class _Lexicon:
    """HanTa's morpheme scores rearranged for the lattice: the known readings of a segment in one
    look-up, and the parts of HanTa's guess for an unknown segment (`HanoverTagger.lp_m_t`)."""

    def __init__(self, tagger) -> None:
        #: Segment -> {morpheme tag: log p(segment | tag)} over HanTa's whole morpheme lexicon.
        self.readings: dict[str, dict[int, float]] = {}
        for tag, morphemes in tagger.LP_m_t.items():
            for morpheme, lp in morphemes.items():
                self.readings.setdefault(morpheme, {})[tag] = lp
        #: The tags HanTa guesses unknown morphemes for.
        self.guessable = frozenset(tagger.LP_hapax_t.keys() & tagger.LP_s_t.keys())
        #: Tag -> the guess's length part per length, summed in HanTa's order: Int_t + hapax + length.
        self.length_part = {
            tag: [tagger.Int_t + tagger.LP_hapax_t[tag] + lp_len for lp_len in tagger.LP_len_t[tag]]
            for tag in self.guessable
        }
        self._suffix_scores = {tag: tagger.LP_s_t[tag] for tag in self.guessable}
        #: Memos of the suffix part per tag: segments of up to 4 letters by themselves, longer
        #: ones by their last 4 letters (all HanTa's guess reads of them besides their length).
        self._short: dict[str, dict[int, float]] = {}
        self._long: dict[str, dict[int, float]] = {}
        self._successors: dict[tuple, tuple[dict, list]] = {}

    def successors(self, tagger, state: tuple[int, int], reachable: frozenset[int] | None) -> tuple[dict, list]:
        """The morpheme tags that may follow `state` (those in `reachable`, when given), as
        {tag: (HanTa's position, log p(transition))}, and the guessable ones among them."""
        key = (state, reachable)
        found = self._successors.get(key)
        if found is None:
            followup = tagger.LP_trans_nonfinal.get(state, ())
            followup = [(tag, lpt) for tag, lpt in followup if reachable is None or tag in reachable]
            follow = {tag: (rank, lpt) for rank, (tag, lpt) in enumerate(followup)}
            guessable = [(tag, rank, lpt) for tag, (rank, lpt) in follow.items() if tag in self.guessable]
            found = self._successors[key] = (follow, guessable)
        return found

    def suffix_part(self, segment: str) -> dict[int, float]:
        """Tag -> the suffix score HanTa's guess adds for this segment (its longest known ending)."""
        memo, key = (self._long, segment[-4:]) if len(segment) > 4 else (self._short, segment)
        scores = memo.get(key)
        if scores is None:
            if len(memo) > _MAX_SUFFIXES:
                memo.clear()
            scores = memo[key] = {tag: _suffix_score(table, segment) for tag, table in self._suffix_scores.items()}
        return scores


def _suffix_score(table: dict[str, float], segment: str) -> float:
    """HanTa's suffix score: that of the longest of the last 4..1 letters it knows (shorter than the segment)."""
    length = len(segment)
    for size in (4, 3, 2, 1):
        if length > size and segment[-size:] in table:
            return table[segment[-size:]]
    return table[""]


def _lexicon(tagger) -> _Lexicon:
    lexicon = tagger.__dict__.get("presslens_lexicon")
    if lexicon is None:
        lexicon = tagger.presslens_lexicon = _Lexicon(tagger)
    return lexicon


def _morpheme_table(tagger, word: str, strict: bool, reachable=None, backpointer=None) -> list[dict]:
    """HanTa's morpheme lattice of `word` up to the last morpheme (rows 0..len(word)).

    `reachable` limits the morpheme tags to those that can lead to a target part of speech;
    `backpointer`, when given, is filled with (previous state, position) per state. A segment's
    readings are looked up once (known ones, then guesses for the other guessable tags) instead of
    trying each of a state's successor tags (74 after the word start), then visited in HanTa's
    successor order, so states enter each row in HanTa's order and ties and sums come out the same."""
    wlen = len(word)
    lexicon = _lexicon(tagger)
    readings, length_part = lexicon.readings, lexicon.length_part
    table: list[dict] = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
    for i in range(wlen + 1):
        row = table[i]
        rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWERBOUND
        active = []
        for state, lp in row.items():
            if lp >= rowbound:
                follow, follow_guessable = lexicon.successors(tagger, state, reachable)
                if follow:
                    active.append((lp, state, follow, follow_guessable))
        for j in range(i + 1, wlen + 1) if active else ():
            segment = word[i:j]
            known = readings.get(segment)
            if not strict and (wlen < 4 or j - i > 2):
                suffixes = lexicon.suffix_part(segment)
                size = min(j - i, 24)
                penalty = 4.6 if j - i == wlen else 0.0  # HanTa's penalty for a whole-word unknown morpheme
            elif known is None:
                continue  # no reading at all
            else:
                suffixes = None
            target = table[j]
            for lp, state, follow, follow_guessable in active:
                steps = [(*follow[tag1], tag1, lp_m) for tag1, lp_m in known.items() if tag1 in follow] if known else []
                if suffixes is not None:
                    steps += [
                        (rank, lpt, tag1, length_part[tag1][size] + suffixes[tag1] - penalty)
                        for tag1, rank, lpt in follow_guessable
                        if known is None or tag1 not in known
                    ]
                if len(steps) > 1:
                    steps.sort()
                for _, lpt, tag1, lp_m in steps:
                    lp1 = lp + lpt + lp_m
                    if lp1 > _LOWERBOUND:
                        newstate = (state[1], tag1)
                        if newstate not in target or lp1 > target[newstate]:
                            target[newstate] = lp1
                            if backpointer is not None:
                                backpointer[j][newstate] = (state, i)
    return table


def analyze_forward(tagger, word: str) -> list[tuple[int, float]]:
    """(tag, log probability) of each part of speech of `word`, best first — as HanTa's own method."""
    table = _morpheme_table(tagger, word, tagger.strict)
    last = table[-1]
    for state, lp in table[-2].items():
        for tag1, lpt in tagger.LP_trans_final.get(state, []):
            lp1 = lp + lpt
            if lp1 > _LOWERBOUND:
                newstate = (state[1], tag1)
                if newstate not in last or lp1 > last[newstate]:
                    last[newstate] = lp1
    results: dict[int, float] = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    result_list = sorted(results.items(), key=itemgetter(1), reverse=True)
    return result_list or [(UNKNOWN, 0)]


def analyze_viterbi(tagger, word: str, targetpos: int) -> list[tuple[int, int]]:
    """The best morpheme path (tag, end) of `word` read as `targetpos` — as HanTa's own method.

    Known morphemes only first; unknown ones are guessed only when that finds no path."""
    wlen = len(word)
    reachable = tagger.reachability.get(targetpos, frozenset())
    for strict in (True, False):
        backpointer: list[dict] = [{} for _ in range(wlen + 2)]
        table = _morpheme_table(tagger, word, strict, reachable, backpointer)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag1, lpt in tagger.LP_trans_final.get(state, []):
                if tag1 == targetpos:
                    lp1 = lp + lpt
                    if lp1 > _LOWERBOUND:
                        newstate = (state[1], tag1)
                        if newstate not in last or lp1 > last[newstate]:
                            last[newstate] = lp1
                            backpointer[-1][newstate] = (state, wlen)
                    break
        if last:
            break
    pmax, beststate = -math.inf, (EMPTY, EMPTY)
    for state, lp in last.items():
        if lp > pmax:
            pmax, beststate = lp, state
    i = len(backpointer) - 1
    if beststate == (EMPTY, EMPTY):
        states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
    else:
        states, state = [(beststate, i)], beststate
        while i > 0:
            state, i = backpointer[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], i) for state, i in states[::-1]]


def tag_order(tagger) -> dict[int, int] | None:
    """Each word tag's position in HanTa's transition tables, when all tables share one order."""
    tables = list(tagger.LP_trans_word.values())
    order = list(tables[0]) if tables else []
    if any(list(table) != order for table in tables):
        return None
    return {tag: rank for rank, tag in enumerate(order)}


def tag_sent_viterbi(tagger, sent: list[str], rank: dict[int, int]) -> list[int]:
    """HanTa's sentence Viterbi (case-sensitive), visiting only the tags a word can have.

    HanTa loops over all ~60 tags after each state and discards those the word cannot
    take; here the word's few tags are visited in the same table order (`rank`, from
    `tag_order`), so ties resolve as in HanTa and the tags are identical."""
    transitions = tagger.LP_trans_word
    table: list[dict] = []
    backpointer: list[dict] = []
    for i, word in enumerate(sent):
        wprobs = dict(tagger.tag_word_conditional(word, i > 0))
        if len(wprobs) == 1 and UNKNOWN in wprobs:
            wprobs = {}
        candidates = sorted((tag for tag in wprobs if tag in rank and tag != END), key=rank.__getitem__) if wprobs else None
        row: dict = {}
        pointers: dict = {}
        backpointer.append(pointers)
        prevrow = table[i - 1] if i else {(EMPTY, START): 0.0}
        rowbound = sorted(prevrow.values(), reverse=True)[5] - 1 if len(prevrow) > 5 else _LOWERBOUND
        for state, lp0 in prevrow.items():
            if lp0 < rowbound:
                continue
            lp_t = transitions[state]
            if candidates is None:
                steps = [(c, lp_tc, 0) for c, lp_tc in lp_t.items() if c != END]
            else:
                steps = [(c, lp_t[c], wprobs[c]) for c in candidates if c in lp_t]
            for c, lp_tc, lpwc in steps:
                lp = lp0 + lp_tc + lpwc
                if lp > _LOWERBOUND:
                    newstate = (state[1], c)
                    if newstate not in row or lp > row[newstate]:
                        row[newstate] = lp
                        pointers[newstate] = state
        table.append(row)
    finalstate = (END, EMPTY)
    row, pointers = {}, {}
    backpointer.append(pointers)
    for state, lp0 in table[-1].items():
        lp = lp0 + transitions[state].get(END, -math.inf)
        if lp > row.get(finalstate, -math.inf):
            row[finalstate] = lp
            pointers[finalstate] = state
    tags = []
    state = finalstate
    for i in range(len(backpointer) - 1, 0, -1):
        state = backpointer[i][state]
        tags.append(state[1])
    return tags[::-1]
