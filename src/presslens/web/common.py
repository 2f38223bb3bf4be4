"""What every view needs: the read-only store of the request, templates, and page rendering."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import PackageLoader
from markupsafe import Markup, escape

from ..record import Article
from ..report import charts
from ..report.html import template_environment

ARTICLE_ID = re.compile(r"^[0-9a-f]{64}$")
PAGE_SIZE = 20

#: Private-use characters the store wraps around matched words in snippets; never in real text.
MARKS = ("\ue000", "\ue001")

_ENV = template_environment(PackageLoader("presslens.web", "templates"))


def highlight(snippet: str | None) -> Markup:
    """A search snippet escaped, with the store's match marks turned into <mark> elements."""
    escaped = str(escape(snippet or ""))
    return Markup(escaped.replace(MARKS[0], "<mark>").replace(MARKS[1], "</mark>"))


def per_month(rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """(date, count) pairs summed per month (YYYY-MM), in date order."""
    months: Counter[str] = Counter()
    for day, count in rows:
        if charts.date_position(day):
            months[day[:7]] += count
    return sorted(months.items())


_ENV.filters["highlight"] = highlight


def store(request: Request) -> Iterator[Any]:
    """The corpus store opened read-only for one request (SQLite opens in well under a millisecond)."""
    from ..store import Store

    with Store(request.app.state.db_path, readonly=True) as opened:
        yield opened


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render a page template; autoescape is on for every value."""
    html = _ENV.get_template(name).render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)


def as_article(record: Any) -> Article:
    """The store may hand back an Article or its JSON form."""
    return record if isinstance(record, Article) else Article.from_dict(record)


def checked_id(article_id: str) -> str:
    """404 for anything that is not an article id (no other string reaches the store)."""
    if not ARTICLE_ID.match(article_id):
        raise HTTPException(status_code=404, detail="No such article.")
    return article_id
