"""Analyse pasted text or an uploaded file without storing it (the viewer never writes the store).

The multipart body is parsed in memory: the request size is capped by the
security middleware and the parser never spools to a temporary file; the
uploaded file name is never used as a path.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartParser

from ... import pipeline
from ...errors import UnusableInput
from ...readers import read_data
from ...readers.text import read_text
from ...record import Article
from ...report import article_view
from ..common import page

router = APIRouter()


class _InMemoryParser(MultiPartParser):
    """Starlette's parser with spooling to disk disabled (the body is already capped)."""

    spool_max_size = 1 << 40


async def _submitted(request: Request) -> tuple[str | None, bytes | None]:
    """The pasted text or the uploaded file's bytes, whichever was sent (the file wins)."""
    limit = request.app.state.max_upload
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        if content_type.startswith("text/plain"):
            return (await request.body()).decode("utf-8", errors="replace"), None
        raise UnusableInput("send multipart/form-data with a 'text' field or a 'file', or text/plain")
    form = await _InMemoryParser(request.headers, request.stream(), max_files=1, max_fields=4, max_part_size=limit).parse()
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read()
        if data:
            return None, data
    text = form.get("text")
    return (text if isinstance(text, str) and text.strip() else None), None


def _analyse(text: str | None, data: bytes | None, limit: int) -> Article:
    if data is not None:
        return pipeline.run(read_data(data, path=None, max_bytes=limit))
    if text:
        return pipeline.run(read_text(text))
    raise UnusableInput("nothing to analyse: paste some text or choose a file")


@router.get("/analyse", response_class=HTMLResponse, include_in_schema=False)
def analyse_form(request: Request) -> HTMLResponse:
    return page(request, "analyse.html", limit_mb=request.app.state.max_upload / 1024 / 1024)


@router.post("/analyse", response_class=HTMLResponse, include_in_schema=False)
async def analyse_page(request: Request) -> HTMLResponse:
    limit = request.app.state.max_upload
    try:
        text, data = await _submitted(request)
        article = await run_in_threadpool(_analyse, text, data, limit)
    except UnusableInput as err:
        return page(request, "analyse.html", status_code=400, error=str(err), limit_mb=limit / 1024 / 1024)
    return page(request, "article.html", v=article_view(article), web=True, analysed=True)


_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "text/plain": {"schema": {"type": "string"}},
            "multipart/form-data": {
                "schema": {"type": "object", "properties": {"text": {"type": "string"}, "file": {"type": "string", "format": "binary"}}}
            },
        },
    },
    "responses": {"413": {"description": "The body is over the upload limit (5 MB by default)."}},
}


@router.post("/api/analyse", tags=["analyse"], openapi_extra=_BODY)
async def analyse_api(request: Request) -> dict[str, Any]:
    """Analyse a text/plain body or a multipart 'text' field or 'file' and return the record (nothing is stored)."""
    limit = request.app.state.max_upload
    text, data = await _submitted(request)
    article = await run_in_threadpool(_analyse, text, data, limit)
    return article.to_dict()
