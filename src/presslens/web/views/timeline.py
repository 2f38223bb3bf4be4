"""The corpus timeline: dated events from every article, optionally for one entity."""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ...report import charts
from ..common import page, store

router = APIRouter()


def _per_month(rows: list[dict[str, Any]]) -> list[tuple[str, int]]:
    months = Counter(str(row.get("value") or row.get("date") or "")[:7] for row in rows)
    return sorted((m, n) for m, n in months.items() if charts.date_position(m))


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(request: Request, entity: str = Query("", max_length=300), db: Any = Depends(store)) -> HTMLResponse:
    name = entity.strip()
    rows = db.timeline(entity=name or None)
    return page(request, "timeline.html", entity=name, rows=rows, chart=charts.columns(_per_month(rows)))


@router.get("/api/timeline", tags=["timeline"])
def timeline_api(entity: str | None = Query(None, max_length=300), db: Any = Depends(store)) -> list[dict[str, Any]]:
    """Dated events of the corpus in date order, with their article."""
    return db.timeline(entity=entity or None)
