"""Full-text search over the corpus; without a query, the newest articles."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..common import MARKS, PAGE_SIZE, page, store

router = APIRouter()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, q: str = Query("", max_length=500), offset: int = Query(0, ge=0), db: Any = Depends(store)) -> HTMLResponse:
    query = q.strip()
    results = db.search(query, limit=PAGE_SIZE, offset=offset, marks=MARKS) if query else db.articles(limit=PAGE_SIZE, offset=offset)
    return page(request, "search.html", q=query, results=results, offset=offset, page_size=PAGE_SIZE, total=db.count())


@router.get("/api/search", tags=["search"])
def search_api(q: str = Query(..., min_length=1, max_length=500), limit: int = Query(PAGE_SIZE, ge=1, le=200),
               offset: int = Query(0, ge=0), db: Any = Depends(store)) -> list[dict[str, Any]]:
    """Articles matching an FTS5 query, best first, with a snippet (matched words in [brackets])."""
    return db.search(q, limit=limit, offset=offset)


@router.get("/api/articles", tags=["articles"])
def articles_api(limit: int = Query(PAGE_SIZE, ge=1, le=200), offset: int = Query(0, ge=0), db: Any = Depends(store)) -> dict[str, Any]:
    """A page of the stored articles and the total count."""
    return {"total": db.count(), "articles": db.articles(limit=limit, offset=offset)}
