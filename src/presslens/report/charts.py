"""Small charts as inline SVG strings, built by hand so a report needs no network and no script.

Every label is escaped; colours are presentation attributes, not inline
styles, so a strict Content-Security-Policy still allows them.
"""

from __future__ import annotations

import re
from datetime import date

from markupsafe import Markup, escape

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
BAR = "#4a78b5"
MUTED = "#888888"


def date_position(value: str | None) -> date | None:
    """The first day a date value (2024, 2024-03, 2024-03-05, 2024-03-05T15:00) names; None otherwise."""
    match = _DATE.match(value or "")
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def hbars(pairs: list[tuple[str, float]], *, percent: bool = True, width: int = 300) -> Markup:
    """Horizontal bars, one row per (label, value); values are shares (0..1) when `percent`."""
    if not pairs:
        return Markup("")
    row, label_w = 20, 110
    top = max((v for _, v in pairs), default=0) or 1
    scale = 1.0 if percent else top
    bar_w = width - label_w - 45
    rows = []
    for i, (label, value) in enumerate(pairs):
        y = i * row
        length = max(0.0, min(1.0, value / scale)) * bar_w
        shown = f"{value:.0%}" if percent else f"{value:g}"
        rows.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{length:.1f}" height="12" fill="{BAR}"><title>{escape(label)}: {shown}</title></rect>'
            f'<text x="{label_w + length + 4:.1f}" y="{y + 14}">{shown}</text>'
        )
    height = row * len(pairs)
    return Markup(
        f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-size="11" font-family="sans-serif">{"".join(rows)}</svg>'
    )


def columns(pairs: list[tuple[str, int]], *, width: int = 560, height: int = 140) -> Markup:
    """Vertical columns over time, e.g. mentions per month; the first and last labels are written."""
    if not pairs:
        return Markup("")
    top = max(v for _, v in pairs) or 1
    plot_h = height - 30
    step = min(width / len(pairs), 48.0)
    bars = []
    for i, (label, value) in enumerate(pairs):
        h = value / top * plot_h
        x = i * step
        bars.append(
            f'<rect x="{x + 1:.1f}" y="{plot_h - h + 4:.1f}" width="{max(step - 2, 1):.1f}" height="{h:.1f}" fill="{BAR}">'
            f"<title>{escape(label)}: {value}</title></rect>"
        )
    first, last = escape(pairs[0][0]), escape(pairs[-1][0])
    axis = (
        f'<line x1="0" y1="{plot_h + 4}" x2="{width}" y2="{plot_h + 4}" stroke="{MUTED}"/>'
        f'<text x="0" y="{height - 8}">{first}</text>'
        f'<text x="{width}" y="{height - 8}" text-anchor="end">{last}</text>'
        f'<text x="{width}" y="12" text-anchor="end">max {top}</text>'
    )
    return Markup(
        f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-size="11" font-family="sans-serif">{"".join(bars)}{axis}</svg>'
    )


def timeline(points: list[tuple[str, str]], *, width: int = 300) -> Markup:
    """Dated points on a time axis, one row each, sorted by date: (date value, hover text)."""
    dated = sorted(
        ((position, value, note) for value, note in points if (position := date_position(value))),
        key=lambda item: item[0],
    )
    if not dated:
        return Markup("")
    row, label_w = 18, 86
    first, last = dated[0][0].toordinal(), dated[-1][0].toordinal()
    span = max(last - first, 1)
    plot_w = width - label_w - 10
    height = row * len(dated) + 8
    parts = [f'<line x1="{label_w}" y1="2" x2="{label_w}" y2="{height - 4}" stroke="{MUTED}"/>']
    for i, (position, value, note) in enumerate(dated):
        y = i * row + 12
        x = label_w + 6 + (position.toordinal() - first) / span * plot_w
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 4}" text-anchor="end">{escape(value)}</text>'
            f'<line x1="{label_w}" y1="{y}" x2="{width - 4}" y2="{y}" stroke="#e4e4e4"/>'
            f'<circle cx="{x:.1f}" cy="{y}" r="4.5" fill="{BAR}"><title>{escape(value)}: {escape(note)}</title></circle>'
        )
    return Markup(
        f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-size="11" font-family="sans-serif">{"".join(parts)}</svg>'
    )
