"""Quote traces: every article carrying the same or nearly the same quotation, earliest first."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..common import page, store

router = APIRouter()
DEFAULT_THRESHOLD = 85.0


@router.get("/trace", response_class=HTMLResponse, include_in_schema=False)
def trace_page(request: Request, q: str = Query("", max_length=2000), threshold: float = Query(DEFAULT_THRESHOLD, ge=0, le=100),
               db: Any = Depends(store)) -> HTMLResponse:
    text = q.strip()
    rows = db.trace(text, threshold=threshold) if text else []
    return page(request, "trace.html", q=text, threshold=threshold, rows=rows)


@router.get("/api/trace", tags=["trace"])
def trace_api(q: str = Query(..., min_length=1, max_length=2000), threshold: float = Query(DEFAULT_THRESHOLD, ge=0, le=100),
              db: Any = Depends(store)) -> list[dict[str, Any]]:
    """Articles carrying a quotation (fuzzy match, score 0..100), earliest first, with the speaker each gives."""
    return db.trace(q, threshold=threshold)
