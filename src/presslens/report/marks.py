"""Highlighted HTML from overlapping character spans.

Layers overlap freely (a date inside a quote inside a hedged sentence, a quote
crossing an entity). The text is cut at every span boundary and each piece is
wrapped in the spans active over it, re-opening outer elements where an inner
one would otherwise cross them, so the output is always well-nested HTML and
every piece of text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from markupsafe import Markup, escape

#: Nesting order, outermost first: a sentence may hold a quote, a quote an entity.
LAYER_ORDER: tuple[str, ...] = ("heading", "claim", "quote", "speaker", "entity", "timex", "cue", "reference")


@dataclass(frozen=True)
class Mark:
    """One highlighted span: element, CSS classes and attributes (values escaped on output)."""

    start: int
    end: int
    layer: str
    classes: str
    attrs: tuple[tuple[str, str], ...] = ()
    tag: str = "span"
    #: Attributes written on the first piece only (an `id` must stay unique).
    first_attrs: tuple[tuple[str, str], ...] = field(default=())


def _open(mark: Mark, first: bool) -> str:
    attrs = [("class", mark.classes), *mark.attrs, *(mark.first_attrs if first else ())]
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs)
    return f"<{mark.tag}{rendered}>"


def _order(mark: Mark, seq: int) -> tuple[int, int, int, int]:
    return (LAYER_ORDER.index(mark.layer), mark.start, -mark.end, seq)


def render(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` as escaped HTML with every mark applied; invalid or empty spans are ignored."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text) and m.layer in LAYER_ORDER]
    keyed = {id(m): _order(m, seq) for seq, m in enumerate(valid)}
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for mark in valid:
        starts.setdefault(mark.start, []).append(mark)
        ends.setdefault(mark.end, []).append(mark)
    bounds = sorted({0, len(text), *starts, *ends})
    active: dict[int, Mark] = {}
    opened: set[int] = set()
    stack: list[Mark] = []
    parts: list[str] = []
    for here, after in zip(bounds, bounds[1:]):
        for mark in ends.get(here, ()):
            active.pop(id(mark), None)
        for mark in starts.get(here, ()):
            active[id(mark)] = mark
        wanted = sorted(active.values(), key=lambda m: keyed[id(m)])
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        parts.extend(f"</{m.tag}>" for m in reversed(stack[keep:]))
        for mark in wanted[keep:]:
            parts.append(_open(mark, id(mark) not in opened))
            opened.add(id(mark))
        stack = wanted
        parts.append(str(escape(text[here:after])))
    parts.extend(f"</{m.tag}>" for m in reversed(stack))
    return Markup("".join(parts))
