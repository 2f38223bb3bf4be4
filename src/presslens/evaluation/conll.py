"""Read CoNLL-style NER files (GermEval 2014, EuroParl, LER) into sentences with labelled token spans.

Training and evaluation read gold data through this one module so that the label
mapping and the held-out split can never drift apart between the two.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputNotFound, UnusableInput

#: Label a mapping returns for an entity whose tokens should count as unknown in
#: training (neither entity nor "O"); evaluation treats such tokens as "O".
MISSING = "-"

LabelMap = Callable[[str], str | None]


@dataclass
class Sentence:
    """Gold tokens of one sentence and their entities as (first token, end token, label)."""

    words: list[str]
    entities: list[tuple[int, int, str]] = field(default_factory=list)


def germeval_label(raw: str) -> str | None:
    """GermEval 2014 outer class → PER/LOC/ORG/MISC; "-part" names are not entities.

    OTH and every "-deriv" (derived adjectives: "deutschen", "Berliner") become MISC,
    as CoNLL 2003 and EuroParl annotate nationality adjectives; "-part" tokens such as
    "EU-Kommission" or "Berlin-Reise" are compounds, not names, and count as "O".
    """
    if raw.endswith("part"):
        return None
    if raw.endswith("deriv") or raw == "OTH":
        return "MISC"
    return raw if raw in {"PER", "LOC", "ORG", "MISC"} else None


def chunks(tags: list[str], label_map: LabelMap) -> list[tuple[int, int, str]]:
    """Token spans of IOB1 or IOB2 tags, conlleval style: an entity starts at B-, or at
    I- after O or after a different class. Raw classes pass through `label_map`; spans it
    maps to None are dropped."""
    spans: list[tuple[int, int, str]] = []
    start, current = -1, None
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, raw = tag.partition("-")
        if current is not None and (prefix != "I" or raw != current):
            label = label_map(current)
            if label is not None:
                spans.append((start, index, label))
            current = None
        if prefix in {"B", "I"} and current is None:
            start, current = index, raw
    return spans


def _looks_like_tag(value: str) -> bool:
    return value == "O" or value[:2] in {"B-", "I-"}


def _columns(fields: list[str]) -> tuple[int, int] | None:
    """(token column, outer tag column) of a data line, or None for a comment line.

    GermEval: index, token, outer, nested; EuroParl: token, lemma, POS, chunk, NER;
    LER and plain CoNLL: token, tag. A line starting with "#" is a comment unless it
    is a token line whose tag column holds a tag."""
    if len(fields) == 4 and fields[0].isdigit() and _looks_like_tag(fields[2]):
        return 1, 2
    if len(fields) in {2, 5} and _looks_like_tag(fields[-1]):
        return 0, len(fields) - 1
    if fields[0].startswith("#"):
        return None
    raise UnusableInput(f"not a CoNLL/GermEval NER line: {' '.join(fields)[:80]!r}")


def read_conll(path: Path, label_map: LabelMap = germeval_label) -> Iterator[Sentence]:
    """Sentences of a CoNLL/GermEval/EuroParl/LER file; tabs or single spaces separate columns."""
    if not path.is_file():
        raise InputNotFound(f"no such file: {path}")
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n\r")
            fields = line.split("\t") if "\t" in line else line.split(" ")
            if not line.strip():
                if words:
                    yield Sentence(words, chunks(tags, label_map))
                words, tags = [], []
                continue
            columns = _columns(fields)
            if columns is None:
                continue
            words.append(fields[columns[0]])
            tags.append(fields[columns[1]])
    if words:
        yield Sentence(words, chunks(tags, label_map))


def is_heldout(index: int) -> bool:
    """The fixed held-out fifth of GermEval 2014 dev: every fifth sentence (0-based index 4, 9, ...)."""
    return index % 5 == 4


def find_shared_data(start: Path) -> Path | None:
    """The `shared/data` folder beside the project: the first `<parent>/shared/data` above `start`."""
    for parent in [start, *start.parents]:
        candidate = parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return None


def split_germeval(path: Path, heldout: bool) -> list[Sentence]:
    """The held-out fifth (heldout=True) or the four fifths used for training."""
    return [s for i, s in enumerate(read_conll(path)) if is_heldout(i) == heldout]
