"""Draw timeline rows on a date axis with matplotlib (Agg backend: no display needed)."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import Any

from ..stages.timeline import sort_key

FORMATS = (".png", ".svg")


def draw(rows: list[dict[str, Any]], path: Path) -> None:
    """Write the rows (each with a "date" TIMEX3 value) as a PNG or SVG timeline at `path`."""
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"a timeline plot is a .png or .svg file, not {path.name}")
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    points = [(when, row) for row in rows if (when := _when(str(row.get("date", "")).split(" ")[0])) is not None]
    figure, axes = plt.subplots(figsize=(10, 1.2 + 0.55 * max(1, len(points))))
    try:
        for level, (when, row) in enumerate(points):
            axes.plot([when], [level], "o", color="#1f5f99")
            axes.annotate(_label(row), (when, level), xytext=(8, 0), textcoords="offset points", va="center", fontsize=8)
        axes.set_yticks([])
        axes.set_ylim(-1, max(1, len(points)))
        axes.set_title("timeline" if points else "timeline (no dated expressions)")
        for side in ("left", "right", "top"):
            axes.spines[side].set_visible(False)
        figure.autofmt_xdate()
        figure.tight_layout()
        figure.savefig(path, bbox_inches="tight")
    finally:
        plt.close(figure)


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
    return textwrap.shorten(f"{row.get('date', '')}  {words} — {context}", width=90, placeholder=" …")
