"""URL reader: fetch one web page politely and within limits, then read it as HTML.

A fetch can fail in many ways a user must understand at a glance (404, a
PDF instead of a page, a server that never answers); each becomes one
`FetchError` line instead of a traceback or a record of an error page.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from ..errors import FetchError, InputTooLarge
from ..record import Article

MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
#: Content types read as web pages; anything else is refused before downloading it.
HTML_TYPES = ("text/html", "application/xhtml+xml")


def user_agent() -> str:
    """'presslens/<version> (+docs)': tells site owners who fetches and where to read why."""
    from .. import __version__

    return f"presslens/{__version__} (+https://presslens.invalid/docs/readers.md)"


def is_url(source: str) -> bool:
    """Whether a command-line source names a URL rather than a file."""
    return "://" in source[:12]


def fetch(url: str, *, max_bytes: int, connect_timeout: float = CONNECT_TIMEOUT,
          read_timeout: float = READ_TIMEOUT) -> tuple[bytes, str]:
    """The body of an HTML page and its final URL, or one clear error."""
    try:
        scheme = httpx.URL(url).scheme
    except httpx.InvalidURL as err:
        raise FetchError(f"{url}: not a valid URL ({err})") from err
    if scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are supported")
    timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
    deadline = time.monotonic() + connect_timeout + 3 * read_timeout
    try:
        with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout,
                          headers={"User-Agent": user_agent(), "Accept": "text/html,application/xhtml+xml"}) as client:
            with client.stream("GET", url) as response:
                _check(response, url, max_bytes)
                return _body(response, url, max_bytes, deadline), str(response.url)
    except httpx.TooManyRedirects as err:
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects") from err
    except httpx.TimeoutException as err:
        raise FetchError(f"{url}: timed out (connect {connect_timeout:g} s, read {read_timeout:g} s)") from err
    except httpx.HTTPError as err:
        raise FetchError(f"{url}: cannot fetch ({type(err).__name__}: {err})") from err


def read_url(url: str, *, max_bytes: int, **timeouts: float) -> Article:
    """The article at a URL, with `source.url` the final URL after redirects."""
    from .html import read_html_bytes

    data, final = fetch(url, max_bytes=max_bytes, **timeouts)
    extra: dict[str, Any] = {"requested_url": url} if final != url else {}
    return read_html_bytes(data, url=final, source_format="url", source=extra)


def _check(response: httpx.Response, url: str, max_bytes: int) -> None:
    if response.status_code >= 400:
        raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in HTML_TYPES:
        raise FetchError(f"{url}: not an HTML page (content type {kind})")
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise InputTooLarge(f"{url}: {int(length):,} bytes is over the limit of {max_bytes:,} (see --max-bytes)")


def _body(response: httpx.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    """Read the body in chunks, stopping at the size limit and at an overall deadline (slow-drip servers)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputTooLarge(f"{url}: larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: timed out while downloading")
        chunks.append(chunk)
    return b"".join(chunks)
