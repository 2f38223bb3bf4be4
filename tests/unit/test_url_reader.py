"""The URL reader against a real HTTP server on 127.0.0.1: redirects, errors, content types, timeouts, size."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from testpaths import FIXTURES
from presslens.errors import ExitCode, FetchError, InputTooLarge
from presslens.readers.url import fetch, read_url

PAGE = (FIXTURES / "html" / "opengraph-en.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    """/page, /redirect/N (N hops to /page), /status/N, /pdf, /slow, /big; remembers user agents."""

    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        Handler.agents.append(self.headers.get("User-Agent", ""))
        parts = self.path.strip("/").split("/")
        if parts[0] == "page":
            self._send(200, PAGE)
        elif parts[0] == "redirect":
            hops = int(parts[1])
            self.send_response(302)
            self.send_header("Location", f"/redirect/{hops - 1}" if hops > 1 else "/page")
            self.end_headers()
        elif parts[0] == "status":
            self._send(int(parts[1]), b"<html><body>error page</body></html>")
        elif parts[0] == "pdf":
            self._send(200, b"%PDF-1.7 ...", "application/pdf")
        elif parts[0] == "slow":
            time.sleep(1.5)
            self._send(200, PAGE)
        elif parts[0] == "big":
            self._send(200, b"<html><body><p>" + b"x" * 200_000 + b"</p></body></html>")

    def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_becomes_a_record_with_its_url(server):
    article = read_url(f"{server}/page", max_bytes=1_000_000)
    assert article.source["format"] == "url"
    assert article.source["url"] == f"{server}/page"
    assert article.metadata["title"] == "Harbour town votes on ferry link"


def test_user_agent_names_presslens_and_its_docs(server):
    fetch(f"{server}/page", max_bytes=1_000_000)
    assert re.fullmatch(r"presslens/\d+\.\d+\.\d+ \(\+\S+/docs/readers\.md\)", Handler.agents[-1])


def test_five_redirects_are_followed_and_the_final_url_recorded(server):
    article = read_url(f"{server}/redirect/5", max_bytes=1_000_000)
    assert article.source["url"] == f"{server}/page"
    assert article.source["requested_url"] == f"{server}/redirect/5"


def test_six_redirects_fail(server):
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{server}/redirect/6", max_bytes=1_000_000)


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors_are_one_line(status, server):
    with pytest.raises(FetchError, match=f"HTTP {status}") as err:
        fetch(f"{server}/status/{status}", max_bytes=1_000_000)
    assert "\n" not in str(err.value)


def test_non_html_content_is_refused(server):
    with pytest.raises(FetchError, match="not an HTML page .content type application/pdf"):
        fetch(f"{server}/pdf", max_bytes=1_000_000)


def test_a_server_that_does_not_answer_times_out(server):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{server}/slow", max_bytes=1_000_000, read_timeout=0.3)
    assert time.monotonic() - started < 1.4


def test_size_limit(server):
    with pytest.raises(InputTooLarge, match="over the limit of 100,000"):
        fetch(f"{server}/big", max_bytes=100_000)


@pytest.mark.parametrize("url", ["ftp://example.org/a.html", "file:///etc/passwd"])
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url, max_bytes=1000)


def test_cli_analyzes_a_url(server, run_cli):
    done = run_cli("analyze", f"{server}/page", "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"]["url"] == f"{server}/page"
    assert record["metadata"]["authors"] == ["Sam Writer"]


def test_cli_url_error_is_one_stderr_line(server, run_cli):
    done = run_cli("analyze", f"{server}/status/404")
    assert done.returncode == ExitCode.NETWORK
    assert done.stderr.decode().strip().splitlines() == [f"presslens: {server}/status/404: HTTP 404 Not Found"]
    assert done.stdout == b""
