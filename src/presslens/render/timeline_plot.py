"""Draw timeline rows on a date axis with matplotlib (Agg backend: no display needed)."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..stages.timeline import sort_key

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = (".png", ".svg")
#: Characters per label line; a label has at most two lines.
LABEL_CHARS = 70


def draw(rows: list[dict[str, Any]], path: Path) -> None:
    """Write the rows (each with a "date" TIMEX3 value) as a PNG or SVG timeline at `path`."""
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"a timeline plot is a .png or .svg file, not {path.name}")
    from matplotlib import pyplot as plt

    figure = figure_of(rows)
    try:
        figure.savefig(path, bbox_inches="tight")
    finally:
        plt.close(figure)


def figure_of(rows: list[dict[str, Any]]) -> Figure:
    """The timeline figure: dots on a date axis, each row's label in a column right of the axis.

    Labels sit beside the axes (as right-hand tick labels joined to their dot by a
    dotted line) instead of next to the dot, so a long label never runs over the
    plot or past the figure's edge whatever the date.
    """
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    points = [(when, row) for row in rows if (when := _when(str(row.get("date", "")).split(" ")[0])) is not None]
    labels = [_label(row) for _, row in points]
    lines = sum(label.count("\n") + 1 for label in labels)
    figure, axes = plt.subplots(figsize=(13, 1.4 + 0.3 * max(2, lines)))
    if points:
        dates = [when for when, _ in points]
        right = max(dates) + max(dt.timedelta(days=1), (max(dates) - min(dates)) * 0.03)  # room after the last dot
        for level, (when, _) in enumerate(points):
            axes.hlines(level, when, right, colors="#bbbbbb", linestyles=":", linewidth=0.8)
            axes.plot([when], [level], "o", color="#1f5f99")
        axes.set_xlim(right=right)
    axes.set_yticks(range(len(points)), labels, fontsize=8)
    axes.yaxis.tick_right()
    axes.tick_params(axis="y", length=0)
    axes.set_ylim(len(points) - 0.5 if points else 1, -0.5)  # first event on top
    axes.set_title("timeline" if points else "timeline (no dated expressions)", loc="left")
    for side in ("left", "right", "top"):
        axes.spines[side].set_visible(False)
    figure.autofmt_xdate()
    figure.tight_layout()
    return figure


def _when(value: str) -> dt.date | None:
    key = sort_key(value)
    if key is None:
        return None
    year, month, day, _ = key
    try:
        return dt.date(year, max(1, month), max(1, day))
    except ValueError:
        return None


def _label(row: dict[str, Any]) -> str:
    words = row.get("expression") or row.get("text") or ""
    context = row.get("sentence") or ""
    text = " ".join(f"{row.get('date', '')}  {words} — {context}".split())
    return "\n".join(textwrap.wrap(text, LABEL_CHARS, max_lines=2, placeholder=" …"))
