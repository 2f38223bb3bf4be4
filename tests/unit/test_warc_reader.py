"""The WARC reader: every HTML response becomes an article; broken records are reported and skipped."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from testpaths import FIXTURES
from presslens.readers import read_path
from presslens.readers.detect import detect_format

GERMAN = (FIXTURES / "html" / "kommentar-fussnoten.html").read_bytes()
ENGLISH = (FIXTURES / "html" / "opengraph-en.html").read_bytes()
SCRIPTS_ONLY = b"<html><body>" + b"<script>var x = 1;</script>" * 50 + b"</body></html>"
GARBAGE = b"\x00\x01 this is not a WARC record \xff\xfe" * 20


def _record(url: str, body: bytes, kind: str = "text/html; charset=utf-8", gzip: bool = True) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def write_crawl(path: Path, gzip: bool) -> Path:
    """Five responses: two articles, an image, a page without article text, then corrupt bytes and one more article."""
    parts = [
        _record("https://example.org/oder", GERMAN, gzip=gzip),
        _record("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png", gzip=gzip),
        _record("https://example.org/empty", SCRIPTS_ONLY, gzip=gzip),
        GARBAGE,
        _record("https://example.org/ferry", ENGLISH, gzip=gzip),
    ]
    path.write_bytes(b"".join(parts))
    return path


@pytest.mark.parametrize("gzip", [True, False])
def test_every_html_response_is_read_and_broken_ones_reported(tmp_path, gzip):
    crawl = write_crawl(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip)
    reports: list[str] = []
    articles = list(read_path(crawl, report=reports.append))
    assert [a.source["url"] for a in articles] == ["https://example.org/oder", "https://example.org/ferry"]
    assert all(a.source["format"] == "warc" and a.source["warc_record_id"].startswith("<urn:uuid:") for a in articles)
    assert articles[0].metadata["title"] == "Brücken über die Oder: Was die Debatte verrät"
    assert len(reports) == 2
    assert "record <urn:uuid:" in reports[0] and "no article text" in reports[0]
    assert "corrupt data" in reports[1]
    assert all("\n" not in line for line in reports)


def test_warc_is_detected_from_content_not_name(tmp_path):
    crawl = write_crawl(tmp_path / "download.bin", gzip=True)
    assert detect_format(crawl.read_bytes()[:4096]) == "warc"
    assert len(list(read_path(crawl, report=lambda line: None))) == 2


def test_records_are_streamed_one_at_a_time(tmp_path):
    crawl = write_crawl(tmp_path / "crawl.warc.gz", gzip=True)
    first = next(iter(read_path(crawl, report=lambda line: None)))
    assert first.source["url"] == "https://example.org/oder"


def test_cli_prints_json_lines_and_one_stderr_line_per_skipped_record(tmp_path, run_cli):
    crawl = write_crawl(tmp_path / "crawl.warc.gz", gzip=True)
    done = run_cli("analyze", str(crawl), "--format", "json")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["source"]["url"] for r in records] == ["https://example.org/oder", "https://example.org/ferry"]
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 2 and all(line.startswith("presslens: ") for line in lines)
    assert "Traceback" not in done.stderr.decode()


def test_an_archive_without_html_is_a_clear_error(tmp_path, run_cli):
    crawl = tmp_path / "images.warc.gz"
    crawl.write_bytes(_record("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"))
    done = run_cli("analyze", str(crawl))
    assert done.returncode == 4
    assert done.stderr.decode().splitlines() == [f"presslens: {crawl}: no readable HTML response in the archive"]
