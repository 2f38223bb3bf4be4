"""Corpus query commands, export read back by DuckDB and pandas, and the dask engine on a LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixtures.corpus_records import QUOTE_6, corpus

from presslens.record import validate
from presslens.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.sqlite"
    with Store(path) as store:
        for article in corpus():
            store.add(article)
    return path


def _json(result, code: int = 0) -> object:
    assert result.returncode == code, result.stderr
    return json.loads(result.stdout)


def test_search_entities_show_as_json_and_tables(db: Path, run_cli) -> None:
    hits = _json(run_cli("search", "Bodentruppen", "--db", str(db), "--json"))
    assert [h["title"] for h in hits] == ["Macron und der Taurus"]
    table = run_cli("search", "Bodentruppen", "--db", str(db)).stdout.decode()
    assert "Macron und der Taurus" in table and "[Bodentruppen]" in table
    people = _json(run_cli("entities", "--top", "5", "--label", "PER", "--db", str(db), "--json"))
    assert [p["name"] for p in people] == ["Boris Pistorius", "Emmanuel Macron"]
    record = _json(run_cli("show", hits[0]["id"][:8], "--db", str(db), "--json"))
    validate(record)
    assert record["id"] == hits[0]["id"]
    missing = run_cli("show", "deadbeefdeadbeef", "--db", str(db))
    assert missing.returncode == 3 and missing.stderr.startswith(b"presslens: ")


def test_quotes_timeline_and_trace_commands_read_the_store(db: Path, run_cli) -> None:
    quotes = _json(run_cli("quotes", "--speaker", "Pistorius", "--db", str(db), "--json"))
    assert [q["reference"] for q in quotes] == ["6", None]
    events = _json(run_cli("timeline", "--entity", "Berlin", "--db", str(db), "--json"))
    assert [e["date"] for e in events] == ["2024-03-04"]
    trace = _json(run_cli("trace", QUOTE_6, "--db", str(db), "--json"))
    assert [t["published"][:10] for t in trace] == ["2024-02-28", "2024-03-04", "2024-03-06"]
    assert "Pistorius" in run_cli("trace", QUOTE_6, "--db", str(db)).stdout.decode()


def test_a_missing_store_is_one_line_and_never_created(tmp_path: Path, run_cli) -> None:
    result = run_cli("search", "x", "--db", str(tmp_path / "none.sqlite"))
    assert result.returncode == 7 and result.stderr.decode().count("\n") == 1
    assert not (tmp_path / "none.sqlite").exists()


def test_export_parquet_csv_jsonl_read_by_duckdb_and_pandas(db: Path, tmp_path: Path, run_cli) -> None:
    import duckdb
    import pandas

    for fmt in ("parquet", "csv", "jsonl"):
        result = run_cli("export", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"), "--db", str(db))
        assert result.returncode == 0, result.stderr
    frame = pandas.read_parquet(tmp_path / "out.parquet")
    assert sorted(frame["title"]) == ["Frühere Sätze", "Kein Taurus", "Macron und der Taurus"]
    assert list(frame.loc[frame["title"] == "Kein Taurus", "quotes"]) == [1]
    quoted = duckdb.sql(f"SELECT title FROM '{tmp_path / 'out.parquet'}' WHERE quotes > 0 ORDER BY published").fetchall()
    assert quoted == [("Kein Taurus",), ("Macron und der Taurus",)]
    assert duckdb.sql(f"SELECT COUNT(*) FROM read_csv_auto('{tmp_path / 'out.csv'}')").fetchall() == [(3,)]
    assert pandas.read_csv(tmp_path / "out.csv")["authors"].tolist() == ["Erika Muster"] * 3
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    for record in records:
        validate(record)
    assert {r["id"] for r in records} == set(frame["id"])
    piped = run_cli("export", "--format", "jsonl", "--db", str(db))
    assert len(piped.stdout.splitlines()) == 3
    assert run_cli("export", "--format", "parquet", "--db", str(db)).returncode != 0  # needs -o


def test_dask_engine_writes_parquet_partitions_and_the_store(tmp_path: Path, run_cli) -> None:
    import pandas

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(f"Artikel {n}.\n\nDie Regierung hat am Montag entschieden.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"")
    db, parts = tmp_path / "c.sqlite", tmp_path / "parts"
    report = _json(run_cli("ingest", str(folder), "--engine", "dask", "--workers", "1", "--parquet", str(parts),
                           "--db", str(db), "--stages", "none", "--json", timeout=120), code=4)  # bad.txt failed
    assert (report["added"], report["errors"]) == (5, 1)
    assert report["store"]["articles"] == 5
    frame = pandas.read_parquet(parts)
    assert sorted(frame["text"].str.slice(0, 9)) == [f"Artikel {n}" for n in range(5)]
    only_parquet = _json(run_cli("ingest", str(folder), "--engine", "dask", "--workers", "1", "--parquet",
                                 str(tmp_path / "p2"), "--no-store", "--stages", "none", "--json", timeout=120), code=4)
    assert only_parquet["added"] == 5 and "store" not in only_parquet
    loaded = _json(run_cli("ingest", str(parts), "--include", "*.parquet", "--db", str(tmp_path / "from-parts.sqlite"),
                           "--stages", "none", "--json"))
    assert (loaded["added"], loaded["errors"]) == (5, 0)  # partitions load back into a store
