"""`presslens analyze` on good and bad input: output formats, one-line errors, documented exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from presslens.errors import ExitCode
from presslens.readers.text import read_text
from presslens.render import markdown, summary

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "kommentar.txt"


def one_error_line(result) -> str:
    err = result.stderr.decode()
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("presslens: ")
    return lines[0]


def test_summary_of_standard_input_shows_title_author_date_reading_time_sections_and_references(run_cli) -> None:
    result = run_cli("analyze", "-", input=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    for expected in ("Das Wasser und die Wahl", "Martina Keller", "2025-02-11T08:30:00+01:00", "4 min stated",
                     "(no heading)", "Warum die Eile?", "references"):
        assert expected in out


def test_json_output_is_the_record(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    result = run_cli("analyze", str(EXAMPLE), "--format", "json", "--output", str(target))
    assert result.returncode == 0 and result.stdout == b""
    record = json.loads(target.read_text(encoding="utf-8"))
    assert record["schema"] == "presslens.article/1"
    assert record["metadata"]["authors"] == ["Martina Keller"]
    assert [r["marker"] for r in record["layers"]["references"]] == [str(n) for n in range(1, 8)]


def test_markdown_view_has_headings_references_bio_and_links() -> None:
    out = markdown.render(read_text(EXAMPLE.read_text(encoding="utf-8")))
    assert out.startswith("# Das Wasser und die Wahl\n")
    for expected in ("\n## Der Plan\n", "\n## References\n", "- (1) after: ", "\n## About the author\n",
                     "[Stadt, Land, Haushalt](https://example.org/stadt-land-haushalt)"):
        assert expected in out


def test_summary_counts_paragraphs_per_section() -> None:
    sink = io.StringIO()
    summary.render(read_text(EXAMPLE.read_text(encoding="utf-8")), sink)
    rows = [line for line in sink.getvalue().splitlines() if "Die Rechnung" in line]
    assert rows and rows[0].rstrip(" │").endswith("3")


@pytest.mark.parametrize(
    ("name", "content", "extra", "code", "fragment"),
    [
        ("missing.txt", None, (), ExitCode.NOT_FOUND, "no such file"),
        ("folder", "dir", (), ExitCode.NOT_FOUND, "directory"),
        ("empty.txt", b"", (), ExitCode.UNUSABLE_INPUT, "empty"),
        ("blank.txt", b" \n\n\t \n", (), ExitCode.UNUSABLE_INPUT, "empty"),
        ("paper.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", (), ExitCode.UNUSABLE_INPUT, "PDF"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", (), ExitCode.UNUSABLE_INPUT, "PNG"),
        ("bundle.zip", b"PK\x03\x04\x14\x00\x00\x00", (), ExitCode.UNUSABLE_INPUT, "zip"),
        ("noise.bin", bytes(range(256)) * 8, (), ExitCode.UNUSABLE_INPUT, "text"),
        ("big.txt", b"Ein Satz. " * 20, ("--max-bytes", "100"), ExitCode.TOO_LARGE, "over the limit"),
    ],
)
def test_bad_input_gives_one_line_and_its_exit_code(run_cli, tmp_path: Path, name, content, extra, code, fragment) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    output = tmp_path / "out.json"
    result = run_cli("analyze", str(path), "-f", "json", "-o", str(output), *extra)
    assert result.returncode == code
    assert fragment in one_error_line(result)
    assert not output.exists()


def test_oversized_standard_input_is_refused(run_cli) -> None:
    result = run_cli("analyze", "-", "--max-bytes", "50", input=b"Ein Satz. " * 20)
    assert result.returncode == ExitCode.TOO_LARGE
    one_error_line(result)


def test_unwritable_output_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    result = run_cli("analyze", str(EXAMPLE), "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert result.returncode == ExitCode.USAGE
    assert "cannot write output" in one_error_line(result)
