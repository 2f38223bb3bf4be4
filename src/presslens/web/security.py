"""Defence for a viewer of hostile text: strict response headers and a hard limit on request bodies.

The body limit is enforced while the body streams in (a missing or lying
Content-Length does not get around it), so an oversized upload is refused
with 413 before it is ever held in memory.
"""

from __future__ import annotations

from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: No script at all, styles and images from the app itself only.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class BodyTooLarge(Exception):
    """The request body went over the limit while streaming."""


class SecurityMiddleware:
    """Adds the security headers to every response and refuses request bodies over `max_body` bytes."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await self._too_large(scope, send_with_headers)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, counting_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await self._too_large(scope, send_with_headers)

    async def _too_large(self, scope: Scope, send: Send) -> None:
        response = too_large_response(scope["path"], self.max_body)
        response.headers["connection"] = "close"
        await response(scope, _never_receive, send)


async def _never_receive() -> Message:
    return {"type": "http.disconnect"}


def too_large_response(path: str, limit: int) -> Response:
    """413 with a message a person can act on (JSON under /api/)."""
    message = f"The upload is larger than the limit of {limit / 1024 / 1024:g} MB."
    if path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=413)
    html = (
        "<!doctype html><meta charset=utf-8><title>413 Too large</title>"
        f'<h1>413 — upload too large</h1><p>{message}</p><p><a href="/analyse">Back</a></p>'
    )
    return HTMLResponse(html, status_code=413)
