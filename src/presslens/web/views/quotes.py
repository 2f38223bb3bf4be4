"""Quotes across the corpus, browsed by speaker."""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..common import page, store

router = APIRouter()
LIMIT = 200
#: Quotes read to find the most quoted speakers, and how many of them to offer.
SPEAKER_SAMPLE, SPEAKERS_SHOWN = 3000, 40


def _top_speakers(db: Any) -> list[tuple[str, int]]:
    """The most quoted speakers (counted over the first quotes of the corpus), with their number of quotes."""
    counts = Counter(row["speaker"] for row in db.quotes(speaker=None, limit=SPEAKER_SAMPLE) if row.get("speaker"))
    return counts.most_common(SPEAKERS_SHOWN)


@router.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
def quotes_page(request: Request, speaker: str = Query("", max_length=300), db: Any = Depends(store)) -> HTMLResponse:
    name = speaker.strip()
    rows = db.quotes(speaker=name or None, limit=LIMIT)
    speakers = [] if name else _top_speakers(db)
    return page(request, "quotes.html", speaker=name, quotes=rows, speakers=speakers, limit=LIMIT)


@router.get("/api/quotes", tags=["quotes"])
def quotes_api(speaker: str | None = Query(None, max_length=300), limit: int = Query(LIMIT, ge=1, le=1000),
               db: Any = Depends(store)) -> list[dict[str, Any]]:
    """Quotes with their article, speaker, type and reference marker; filtered by speaker name."""
    return db.quotes(speaker=speaker or None, limit=limit)
