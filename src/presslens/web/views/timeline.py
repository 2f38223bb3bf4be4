"""The corpus timeline: dated events from every article, optionally for one entity."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ...report import charts
from ..common import page, per_month, store

router = APIRouter()
#: Rows listed on the page; the chart counts them all.
SHOWN = 150
#: Events read from the store for the chart.
FETCHED = 1000


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(request: Request, entity: str = Query("", max_length=300), db: Any = Depends(store)) -> HTMLResponse:
    name = entity.strip()
    rows = db.timeline(entity=name or None, limit=FETCHED)
    chart = charts.columns(per_month([(str(row["date"]), 1) for row in rows]))
    return page(request, "timeline.html", entity=name, rows=rows[:SHOWN], total=len(rows), limit=FETCHED, chart=chart)


@router.get("/api/timeline", tags=["timeline"])
def timeline_api(entity: str | None = Query(None, max_length=300), limit: int = Query(FETCHED, ge=1, le=10000),
                 db: Any = Depends(store)) -> list[dict[str, Any]]:
    """Dated events of the corpus in date order, with their article and the entities acting in them."""
    return db.timeline(entity=entity or None, limit=limit)
