"""Input format detection from content, and the CLI's --input-format override."""

from __future__ import annotations

import gzip
import json

import pytest

from testpaths import FIXTURES
from presslens.errors import ExitCode
from presslens.readers.detect import detect_format

GERMAN = FIXTURES / "html" / "kommentar-fussnoten.html"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\n" + b"x" * 10_000)[:200], "warc"),
        (b"<!DOCTYPE html><html><head>", "html"),
        (b"\xef\xbb\xbf  \n<html lang='de'><body><p>Hallo</p>", "html"),
        ("<html><body><p>Grüße</p></body></html>".encode("utf-16"), "html"),
        (b"<div class='x'>Ein Fragment</div><p>mit Absatz</p>", "html"),
        (b"Berlin. Die Regierung hat am Montag entschieden.\n\nZweiter Absatz.", "text"),
        (b"Der Wert ist a <b und c > d, sagt die Formel.", "text"),
        (gzip.compress(b"just some text"), "text"),
        (b"", "text"),
    ],
)
def test_detect_format(head, expected):
    assert detect_format(head) == expected


def test_html_without_extension_is_read_as_html(tmp_path, run_cli):
    page = tmp_path / "download"
    page.write_bytes(GERMAN.read_bytes())
    done = run_cli("analyze", str(page), "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"]["format"] == "html"
    assert record["metadata"]["title"] == "Brücken über die Oder: Was die Debatte verrät"


def test_input_format_overrides_detection(tmp_path, run_cli):
    done = run_cli("analyze", str(GERMAN), "--format", "json", "--input-format", "text")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"]["format"] == "text" and "<article>" in record["text"]


def test_html_on_standard_input(run_cli):
    done = run_cli("analyze", "-", "--format", "json", input=GERMAN.read_bytes())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["metadata"]["authors"] == ["Jana Beispiel", "Tom Muster"]


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        (b"<html><body>" + b"<script>x()</script>" * 100 + b"</body></html>", ExitCode.UNUSABLE_INPUT, "no article text found"),
        (b"<html><body><p>" + b"Lorem ipsum dolor sit amet. " * 800_000 + b"</p></body></html>", ExitCode.TOO_LARGE, "over the limit"),
    ],
)
def test_bad_pages_give_one_stderr_line(tmp_path, run_cli, content, code, message):
    page = tmp_path / "page.html"
    page.write_bytes(content)
    done = run_cli("analyze", str(page), "--max-bytes", "10000000")
    assert done.returncode == code
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("presslens: ") and message in lines[0]
