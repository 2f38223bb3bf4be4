"""The web app over real HTTP on 127.0.0.1: JSON API, OpenAPI, security headers and rules, read-only store."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest
from browser_support import TEST_UPLOAD_LIMIT
from fixtures.report_articles import english_article, german_article

from presslens.web.security import CONTENT_SECURITY_POLICY

ROOT_SRC = os.path.join(os.path.dirname(__file__), "..", "..", "src")


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server, timeout=30) as opened:
        yield opened


def test_pages_carry_security_headers(client):
    for path in ("/", "/quotes", "/api/search?q=Macron", "/no/such/page"):
        response = client.get(path)
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "script-src" not in CONTENT_SECURITY_POLICY and "default-src 'none'" in CONTENT_SECURITY_POLICY


def test_foreign_host_headers_are_refused(client):
    assert client.get("/api/articles", headers={"host": "attacker.example"}).status_code == 400
    assert client.get("/api/articles", headers={"host": "localhost"}).status_code == 200


def test_json_api_answers_with_store_data(client):
    german = german_article()
    assert [hit["id"] for hit in client.get("/api/search", params={"q": "Paukenschlag"}).json()] == [german.id]
    record = client.get(f"/api/articles/{german.id}").json()
    assert record["text"] == german.text and record["schema"] == "presslens.article/1"
    assert client.get("/api/articles", params={"limit": 3}).json()["total"] == 8
    assert len(client.get("/api/quotes", params={"speaker": "Jane Doe"}).json()) == 6
    assert client.get("/api/entity", params={"name": "Jane Doe"}).json()["articles_count"] == 6
    assert {e["name"] for e in client.get("/api/entities", params={"label": "PER"}).json()} >= {"Jane Doe", "Olaf Scholz"}
    assert [row["date"] for row in client.get("/api/timeline", params={"entity": "Olaf Scholz"}).json()] == ["2024-03-07"]
    traced = client.get("/api/trace", params={"q": "We will cut emissions by half."}).json()
    assert [row["article_id"] for row in traced][:2] == [english_article(0).id, english_article(1).id]


def test_openapi_describes_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/search", "/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/entities",
                 "/api/entity", "/api/timeline", "/api/trace", "/api/analyse"):
        assert path in paths
    assert client.get("/docs").status_code == 404  # would load scripts from a CDN


def test_unknown_ids_and_bad_parameters(client):
    assert client.get("/api/articles/" + "0" * 64).status_code == 404
    assert client.get("/article/not-an-id").status_code == 404
    assert client.get("/api/entity", params={"name": "Nobody Known"}).status_code == 404
    assert client.get("/api/search", params={"q": "x" * 501}).status_code == 422
    assert client.get("/api/entities", params={"label": "EVIL"}).status_code == 422


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fapp.py",
    "/article/..%2f..%2f..%2fetc%2fpasswd", "/api/articles/..%2F..%2Fcorpus.sqlite", "/static/%2e%2e%5capp.py",
    "/report.css/../../etc/passwd",
])
def test_no_path_from_a_request_reaches_the_file_system(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "create_app" not in response.text and "SQLite format" not in response.text


def test_upload_over_the_limit_is_refused_with_413(client):
    big = b"x" * (TEST_UPLOAD_LIMIT + 1)
    response = client.post("/api/analyse", files={"file": ("big.txt", big)})
    assert response.status_code == 413 and "limit" in response.json()["detail"]
    page = client.post("/analyse", files={"file": ("big.txt", big)})
    assert page.status_code == 413 and "upload too large" in page.text

    def chunks():  # no Content-Length: the limit still holds while streaming
        for _ in range(TEST_UPLOAD_LIMIT // 4096 + 2):
            yield b"y" * 4096

    streamed = client.post("/api/analyse", content=chunks(), headers={"content-type": "text/plain"})
    assert streamed.status_code == 413


def test_uploads_are_analysed_in_memory(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    evil_name = "../../../../tmp/presslens-should-not-exist.txt"
    response = client.post("/api/analyse", files={"file": (evil_name, "Der Text. Er sagte: „Ja.“".encode())})
    assert response.status_code == 200
    record = response.json()
    assert record["text"].startswith("Der Text.") and record["source"]["path"] is None
    assert not os.path.exists("/tmp/presslens-should-not-exist.txt")
    assert client.post("/api/analyse", content="Plain body text.", headers={"content-type": "text/plain"}).status_code == 200
    assert client.post("/api/analyse", data={"text": ""}, files={"file": ("", b"")}).status_code == 400


def test_the_store_is_only_read(client, store_path):
    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    for path in ("/", "/?q=Macron", f"/article/{german_article().id}", "/quotes", "/entities", "/entity?name=Jane+Doe",
                 "/timeline", "/trace?q=Wir+werden"):
        assert client.get(path).status_code == 200
    client.post("/analyse", files={"file": ("new.txt", b"A brand new article that is not stored.")})
    assert client.get("/api/articles").json()["total"] == 8
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before


def _wait_for_port(port: int, deadline: float) -> bool:
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def test_serve_command_binds_localhost(store_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=os.path.abspath(ROOT_SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    process = subprocess.Popen([sys.executable, "-m", "presslens", "serve", "--db", str(store_path), "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        if not _wait_for_port(port, time.monotonic() + 30):
            process.kill()
            pytest.fail(f"serve did not start: {process.stderr.read().decode()[-300:]}")
        assert httpx.get(f"http://127.0.0.1:{port}/report.css").status_code == 200
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
        assert [line.split()[3] for line in listening.splitlines()] == [f"127.0.0.1:{port}"]
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)


def test_serve_without_a_store_is_one_line(run_cli, tmp_path):
    done = run_cli("serve", "--db", str(tmp_path / "missing.sqlite"))
    assert done.returncode != 0
    assert done.stderr.decode().startswith("presslens: ") and "no such store" in done.stderr.decode()
    assert not (tmp_path / "missing.sqlite").exists()
