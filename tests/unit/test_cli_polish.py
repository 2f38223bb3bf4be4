"""The command's edges, run in this process (no interpreter start): version, exit codes, empty and odd results, 80-column tables."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fixtures.corpus_records import corpus

from presslens.record import Article
from presslens.stages.timeline import build_timeline
from presslens.store import Store
from testpaths import ROOT

NOWHERE = "/nonexistent-polish/d/"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.sqlite"
    with Store(path) as store:
        for article in corpus():
            store.add(build_timeline(article))
    return path


def test_version_works_without_an_installed_package(cli) -> None:
    done = cli("--version")
    assert done.returncode == 0 and "presslens, version 0.1.0" in done.stdout


def test_unwritable_output_is_the_same_usage_code_for_analyze_report_and_export(cli, db: Path, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Das ist ein kurzer Satz.", encoding="utf-8")
    analysed = cli("analyze", str(source), "-o", NOWHERE + "x.json")
    reported = cli("report", str(source), "-o", NOWHERE + "x.html")
    exported = cli("export", "--format", "jsonl", "-o", NOWHERE + "x.jsonl", "--db", str(db))
    for done in (analysed, reported, exported):
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("presslens: ") and "cannot write output" in done.stderr
        assert done.stderr.count("\n") == 1


def test_show_of_an_unknown_id_is_not_found_with_a_hint_for_short_prefixes(cli, db: Path) -> None:
    short = cli("show", "1d1e", "--db", str(db))
    assert short.returncode == 3 and "at least 8 characters" in short.stderr
    unknown = cli("show", "ffffffffff", "--db", str(db))
    assert unknown.returncode == 3 and "no such article" in unknown.stderr and "at least 8" not in unknown.stderr


@pytest.mark.parametrize("args", [
    ("ingest", "x.txt", "--stages", "foo"),
    ("ingest", "x.txt", "--no-store"),
    ("ingest", "x.txt", "--parquet", "out"),
    ("export", "--format", "parquet"),
], ids=["unknown-stage", "no-store-without-parquet", "parquet-without-dask", "parquet-without-output"])
def test_wrong_option_combinations_are_usage_errors(cli, db: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    done = cli(*args, "--db", str(tmp_path / "c.sqlite") if args[0] == "ingest" else str(db))
    assert done.returncode == 2, done.stderr
    assert "Usage:" in done.stderr or "Error:" in done.stderr
    assert not (tmp_path / "c.sqlite").exists()


def test_ingest_stores_the_good_inputs_prints_the_summary_and_exits_4_when_some_failed(cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Ein Text über Berlin.", encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    done = cli("ingest", str(folder), "--db", str(db), "--stages", "none", "-j", "1", "--no-progress")
    assert done.returncode == 4, done.stderr
    assert "1 articles added" in done.stdout and "1 errors" in done.stdout
    assert done.stderr.startswith("presslens: 1 input(s) failed")
    with Store(db, readonly=True) as store:
        assert store.count() == 1
        [error] = store.errors()
    assert error["path"].endswith("empty.txt")
    assert "empty.txt" not in error["reason"] and error["reason"].startswith("empty")


def test_an_invalid_search_expression_is_searched_as_words_with_one_note(cli, db: Path) -> None:
    done = cli("search", '"Bodentruppen', "--db", str(db), "--json")
    assert done.returncode == 0
    assert [hit["title"] for hit in json.loads(done.stdout)] == ["Macron und der Taurus"]
    assert done.stderr.startswith("presslens: not a valid search expression") and done.stderr.count("\n") == 1
    near = cli("search", "NEAR(", "--db", str(db))
    assert near.returncode == 0 and near.stdout.strip() == "no results" and "searched for the words: NEAR(" in near.stderr
    assert cli("search", "Bodentruppen", "--db", str(db)).stderr == ""


def test_empty_results_say_so_in_words(cli, db: Path) -> None:
    assert cli("trace", "völlig andere Worte hier", "--db", str(db)).stdout.strip() == "no stored article carries this quotation"
    assert cli("quotes", "--speaker", "Niemand", "--db", str(db)).stdout.strip() == "no quotes"
    assert cli("timeline", "--entity", "Niemand", "--db", str(db)).stdout.strip() == "no dated events"


def test_corpus_quotes_and_timeline_tables_fit_80_columns(cli, db: Path) -> None:
    full_ids = {article.id for article in corpus()}
    for command in ("quotes", "timeline"):
        table = cli(command, "--db", str(db)).stdout
        assert table.strip() and max(len(line) for line in table.splitlines()) <= 80
        assert not any(full in table for full in full_ids)
        assert any(full[:12] in table for full in full_ids)
        assert "['" not in table and "[]" not in table
    assert "Marschflugkörper" in cli("quotes", "--db", str(db)).stdout  # the text column is not squeezed to a few letters
    rows = json.loads(cli("quotes", "--db", str(db), "--json").stdout)
    assert all(len(row["article_id"]) == 64 for row in rows)  # --json stays complete


def _one_article(monkeypatch: pytest.MonkeyPatch, module: str) -> Article:
    article = build_timeline(corpus()[0])
    monkeypatch.setattr(f"presslens.cli.{module}.analyze", lambda path: article)
    return article


def test_quotes_of_one_article_honour_speaker_and_limit(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _one_article(monkeypatch, "quotes")
    path = str(tmp_path / "any.txt")
    assert [q["speaker"] for q in json.loads(cli("quotes", path, "--json").stdout)] == ["Boris Pistorius"]
    assert json.loads(cli("quotes", path, "--speaker", "pistorius", "--json").stdout)[0]["speaker"] == "Boris Pistorius"
    assert json.loads(cli("quotes", path, "--speaker", "Macron", "--json").stdout) == []


def test_timeline_of_one_article_honours_entity(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    article = _one_article(monkeypatch, "timeline")
    assert article.layer("timeline"), "the fixture needs a dated event"
    path = str(tmp_path / "any.txt")
    every = json.loads(cli("timeline", path, "--json").stdout)
    assert every and json.loads(cli("timeline", path, "--entity", "berlin", "--json").stdout) == every
    assert json.loads(cli("timeline", path, "--entity", "Paris", "--json").stdout) == []


def test_eval_time_default_gold_comes_from_the_current_directory(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from presslens.evaluation.gold import default_gold

    assert default_gold(ROOT / "src" / "presslens") == ROOT / "benchmarks" / "gold" / "time_claims.jsonl"
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PRESSLENS_DATA", raising=False)
    done = cli("eval", "time", "--data", str(tmp_path))
    assert done.returncode == 3
    assert "benchmarks/gold/time_claims.jsonl" in done.stderr and "--gold FILE" in done.stderr
    assert str(ROOT) not in done.stderr  # not looked up beside the package
    assert os.getcwd() == str(tmp_path)
