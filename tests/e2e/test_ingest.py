"""`presslens ingest` for real: subprocesses, kill -9, two writers at once, errors, inputs of every kind."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presslens.readers.text import read_text

ROOT = Path(__file__).resolve().parents[2]
CSV_10KGNAD = ROOT.parent / "shared" / "data" / "corpus-de" / "10kgnad-test.csv"


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONIOENCODING="utf-8")


def _csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "text"])
        for n in range(rows):
            writer.writerow([f"Meldung {n}", f"Artikel Nummer {n}. Die Regierung hat am Montag entschieden, sagte sie."])
    return path


def _db(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _count(db: Path) -> int:
    try:
        with _db(db) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _sound(db: Path) -> None:
    """The file passes SQLite's integrity check, the FTS index matches, no article is there twice."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT COUNT(*) - COUNT(DISTINCT id) FROM articles").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    conn.close()


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in status:
            found.add(int(entry.name))
    return found


def _gone(pids: set[int]) -> None:
    """The killed writer's worker processes end too (none is left running)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in pids):
        time.sleep(0.05)
    alive = [pid for pid in pids if Path(f"/proc/{pid}").exists() and "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()]
    assert not alive, f"worker processes left running: {alive}"


def _ingest(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "presslens", "ingest", *args], env=_env(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_kill_9_at_any_moment_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    source = _csv(tmp_path / "news.csv", 1000)
    db = tmp_path / "c.sqlite"
    args = (str(source), "--db", str(db), "--stages", "none", "--workers", "2")
    killed_at = []
    for threshold in (50, 450):  # kill twice, at different depths
        proc = _ingest(*args)
        deadline = time.monotonic() + 60
        while _count(db) < threshold and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        workers = _children(proc.pid)
        assert workers, "no worker processes to watch"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _gone(workers)
        killed_at.append(_count(db))
        _sound(db)
    assert killed_at[0] < 1000, "the run finished before it could be killed"
    done = subprocess.run([sys.executable, "-m", "presslens", "ingest", *args, "--json"], env=_env(), cwd=ROOT,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["skipped_done"] >= killed_at[-1] - 8  # finished inputs are not analysed again
    assert _count(db) == 1000
    _sound(db)


def test_two_ingest_processes_on_one_store(tmp_path: Path) -> None:
    first = _csv(tmp_path / "a.csv", 400)
    second = tmp_path / "b.csv"
    second.write_text(first.read_text(encoding="utf-8").replace("Artikel Nummer", "Beitrag Nummer"), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    procs = [_ingest(str(first), str(second), "--db", str(db), "--stages", "none", "--workers", "1") for _ in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert _count(db) == 800
    _sound(db)
    with _db(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM errors").fetchone()[0] == 0


def test_folder_with_globs_bad_files_and_rerun(tmp_path: Path, run_cli) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Angela Merkel sprach am Montag in Berlin.\n\nSie sagte: „Wir schaffen das.“", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Zweiter Artikel aus dem Unterordner.", encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "skip.md").write_text("Nicht gewollt.", encoding="utf-8")
    (folder / "copy.txt").write_text((folder / "a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    result = run_cli("ingest", str(folder), "--db", str(db), "--include", "*.txt", "--exclude", "copy*", "--workers", "1", "--json")
    assert result.returncode == 4, result.stderr  # an input failed: the rest is stored, the exit code says so
    report = json.loads(result.stdout)
    assert (report["added"], report["errors"]) == (2, 1)
    assert report["store"]["errors"][0]["path"].endswith("empty.txt")
    assert report["store"]["errors"][0]["reason"].startswith("empty")  # the path is not repeated in the reason
    assert set(report["stage_seconds"]) >= {"read", "sentences", "entities", "quotes", "claims"}  # every stage ran
    with _db(db) as conn:
        layers = json.loads(conn.execute("SELECT layers FROM articles WHERE text LIKE 'Angela%'").fetchone()[0])
        assert {"sentences", "entities", "quotes", "timexes", "claims"} <= set(layers)
        assert conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0] >= 2  # one per sentence
    again = json.loads(run_cli("ingest", str(folder), "--db", str(db), "--include", "*.txt", "--exclude", "copy*", "--json").stdout)
    assert (again["added"], again["skipped_done"]) == (0, 2)  # the empty file is retried, the rest skipped
    listed = run_cli("ingest", "-", "--db", str(db), "--json", input=f"{folder / 'copy.txt'}\n".encode())
    assert json.loads(listed.stdout)["duplicates"] == 1  # same text, new path: a no-op
    assert _count(db) == 2


def test_jsonl_rows_records_and_csv_options(tmp_path: Path, run_cli) -> None:
    record = read_text("Ein fertiger Datensatz.", raw=True).to_dict()
    lines = [json.dumps({"text": "Aus JSONL.", "title": "Zeile", "published": "2024-03-01", "authors": ["A. B."]}),
             json.dumps(record), "{broken json"]
    (tmp_path / "rows.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "semi.csv").write_text("Inland;'Ein Text mit ''Apostroph''; und Semikolon.'\nSport;'Zweiter Text.'\n", encoding="utf-8")
    (tmp_path / "named.csv").write_text("id|headline|body\n1|Titel|Der Körper.\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    result = run_cli("ingest", str(tmp_path / "rows.jsonl"), str(tmp_path / "semi.csv"), "--db", str(db), "--stages", "none",
                     "--progress", "--json")
    assert b"ETA" in result.stderr and b"errors 1" in result.stderr  # the progress bar, forced on without a terminal
    assert json.loads(result.stdout)["added"] == 4 and json.loads(result.stdout)["errors"] == 1
    named = run_cli("ingest", str(tmp_path / "named.csv"), "--db", str(db), "--delimiter", "|", "--text-column", "body",
                    "--title-column", "headline", "--stages", "none", "--json")
    assert json.loads(named.stdout)["added"] == 1, named.stderr
    with _db(db) as conn:
        texts = {row[0]: row[1] for row in conn.execute("SELECT text, title FROM articles")}
    assert texts["Ein Text mit 'Apostroph'; und Semikolon."] is None
    assert texts["Aus JSONL."] == "Zeile" and texts["Der Körper."] == "Titel"
    assert "Ein fertiger Datensatz." in texts
    bad = run_cli("ingest", str(tmp_path / "named.csv"), "--db", str(db), "--text-column", "nope")
    assert bad.returncode != 0 and bad.stderr.decode().startswith("presslens: ") and b"Traceback" not in bad.stderr


def test_missing_input_is_a_one_line_error_and_an_unknown_stage_a_usage_error(tmp_path: Path, run_cli) -> None:
    result = run_cli("ingest", "nothing-here.txt", "--db", str(tmp_path / "c.sqlite"))
    assert result.returncode == 3
    assert result.stderr.decode().count("\n") == 1 and result.stderr.startswith(b"presslens: ")
    result = run_cli("ingest", str(tmp_path), "--stages", "telepathy", "--db", str(tmp_path / "c.sqlite"))
    assert result.returncode == 2 and b"Invalid value for '--stages': unknown stage 'telepathy'" in result.stderr


@pytest.mark.shared_data
@pytest.mark.skipif(not CSV_10KGNAD.exists(), reason=f"{CSV_10KGNAD} not present")
def test_10kgnad_csv_loads_without_options(tmp_path: Path, run_cli) -> None:
    db = tmp_path / "c.sqlite"
    result = run_cli("ingest", str(CSV_10KGNAD), "--db", str(db), "--stages", "none", "--json")
    report = json.loads(result.stdout)
    assert (report["added"], report["errors"]) == (1028, 0)
    with _db(db) as conn:
        first = conn.execute("SELECT COUNT(*) FROM articles WHERE text LIKE 'Die Gewerkschaft GPA-djp lanciert den \"All-in-Rechner\"%'")
        assert first.fetchone()[0] == 1  # the label column is not mistaken for the text, quotes are unwrapped


def _warc(path: Path, pages: dict[str, str]) -> Path:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body.encode()), http_headers=headers))
    return path


def test_a_warc_file_gives_one_article_per_page(tmp_path: Path, run_cli) -> None:
    page = ("<html><head><title>{0}</title></head><body><article><h1>{0}</h1><p>{1} "
            "Die Regierung hat am Montag in Wien einen Beschluss gefasst, der lange umstritten war.</p>"
            "<p>Die Opposition kritisierte das Vorgehen scharf und kündigte Widerstand an.</p></article></body></html>")
    archive = _warc(tmp_path / "crawl.warc.gz", {f"https://example.org/{n}": page.format(f"Meldung {n}", f"Nummer {n}.")
                                                  for n in range(3)})
    db = tmp_path / "c.sqlite"
    report = json.loads(run_cli("ingest", str(archive), "--db", str(db), "--stages", "none", "--json").stdout)
    assert (report["added"], report["errors"]) == (3, 0)
    with _db(db) as conn:
        urls = sorted(row[0] for row in conn.execute("SELECT source_url FROM articles"))
        assert urls == [f"https://example.org/{n}" for n in range(3)]
        assert conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 1  # the archive is done as a whole
    again = json.loads(run_cli("ingest", str(archive), "--db", str(db), "--json").stdout)
    assert (again["skipped_done"], again["added"]) == (1, 0)
