"""The FastAPI application: HTML pages and a JSON API over one corpus store, read-only.

`create_app(db_path)` is the factory `presslens serve` runs with uvicorn. The
store is opened read-only per request; no path from a request ever reaches
the file system (uploads are analysed in memory); every response carries a
strict Content-Security-Policy; a loopback server refuses foreign Host headers; the interactive /docs page is off because it
would load scripts from a CDN, the OpenAPI description is at /openapi.json.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import PresslensError, StoreError
from ..report.html import stylesheet
from .common import page
from .security import BodyTooLarge, SecurityMiddleware, too_large_response
from .views import analyse, article, entities, quotes, search, timeline, trace

#: Largest accepted request body (uploads and pasted text).
MAX_UPLOAD = 5 * 1024 * 1024
#: Host headers a loopback server answers; anything else is refused (DNS rebinding).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


def create_app(db_path: Path | str, *, max_upload: int = MAX_UPLOAD, allowed_hosts: Sequence[str] | None = LOOPBACK_HOSTS) -> FastAPI:
    """The web app over the store at `db_path` (which must exist; it is never created or written).

    `allowed_hosts=None` answers any Host header (for a server deliberately bound to a public interface).
    """
    db = Path(db_path)
    if not db.is_file():
        raise StoreError(f"{db}: no such store")
    app = FastAPI(title="presslens", summary="Search, browse and trace a corpus of analysed news articles.",
                  version="1", docs_url=None, redoc_url=None)
    app.state.db_path = db
    app.state.max_upload = max_upload
    app.add_middleware(SecurityMiddleware, max_body=max_upload)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.mount("/static", StaticFiles(packages=[("presslens.web", "static")]), name="static")
    css = stylesheet()

    @app.get("/report.css", include_in_schema=False)
    def report_css() -> Response:
        return Response(css, media_type="text/css", headers={"cache-control": "max-age=3600"})

    for module in (search, article, quotes, entities, timeline, trace, analyse):
        app.include_router(module.router)
    _install_error_pages(app)
    return app


def _install_error_pages(app: FastAPI) -> None:
    """Errors as JSON under /api/ and as a page elsewhere; never a traceback."""

    def respond(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=status)
        return page(request, "error.html", status_code=status, status=status, message=message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "Error."
        return respond(request, exc.status_code, "Page not found." if exc.status_code == 404 and message == "Not Found" else message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        return respond(request, 422, "Invalid parameters: " + "; ".join(str(e.get("msg")) for e in exc.errors()))

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, exc: BodyTooLarge) -> Response:
        return too_large_response(request.url.path, request.app.state.max_upload)

    @app.exception_handler(PresslensError)
    async def user_error(request: Request, exc: PresslensError) -> Response:
        return respond(request, 500 if isinstance(exc, StoreError) else 400, str(exc))
