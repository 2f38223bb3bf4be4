"""One stored article, shown exactly like the HTML report; its record as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from ...report import article_view
from ..common import as_article, checked_id, page, store

router = APIRouter()


def _load(db: Any, article_id: str) -> Any:
    record = db.get(checked_id(article_id))
    if record is None:
        raise HTTPException(status_code=404, detail="No such article.")
    return as_article(record)


@router.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
def article_page(request: Request, article_id: str, db: Any = Depends(store)) -> HTMLResponse:
    article = _load(db, article_id)
    return page(request, "article.html", v=article_view(article), web=True)


@router.get("/api/articles/{article_id}", tags=["articles"])
def article_api(article_id: str, db: Any = Depends(store)) -> dict[str, Any]:
    """The full record of one article (schema presslens.article/1)."""
    return _load(db, article_id).to_dict()
