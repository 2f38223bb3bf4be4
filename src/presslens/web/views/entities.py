"""Entities of the corpus: the most mentioned, and one page per entity (mentions over time, quotes)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ...report import charts
from ..common import page, per_month, store

router = APIRouter()
TOP = 100
Label = Literal["PER", "ORG", "LOC", "MISC"]


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entities_page(request: Request, label: Label | None = None, db: Any = Depends(store)) -> HTMLResponse:
    return page(request, "entities.html", entities=db.entities(top=TOP, label=label), label=label)


def _entity(db: Any, name: str) -> dict[str, Any]:
    found = db.entity(name)
    if not found:
        raise HTTPException(status_code=404, detail="No such entity.")
    return found


@router.get("/entity", response_class=HTMLResponse, include_in_schema=False)
def entity_page(request: Request, name: str = Query(..., min_length=1, max_length=300), db: Any = Depends(store)) -> HTMLResponse:
    found = _entity(db, name)
    over_time = per_month([(str(row["date"]), int(row["count"])) for row in found.get("mentions_over_time", [])])
    return page(request, "entity.html", entity=found, chart=charts.columns(over_time))


@router.get("/api/entities", tags=["entities"])
def entities_api(top: int = Query(TOP, ge=1, le=1000), label: Label | None = None, db: Any = Depends(store)) -> list[dict[str, Any]]:
    """The most mentioned entities with the number of articles and mentions."""
    return db.entities(top=top, label=label)


@router.get("/api/entity", tags=["entities"])
def entity_api(name: str = Query(..., min_length=1, max_length=300), db: Any = Depends(store)) -> dict[str, Any]:
    """One entity: mentions over time, the quotes about or by it, the articles naming it."""
    return _entity(db, name)
