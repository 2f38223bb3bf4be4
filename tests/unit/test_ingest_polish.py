"""Ingest details: stored texts are not analysed again, error reasons read well, CSV category labels are kept."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from presslens import pipeline
from presslens.record import validate
from presslens.store import Store
from presslens.store.ingest import ingest, inline_engine
from presslens.store.sources import IngestOptions
from testpaths import ROOT


def _refuse(article):
    raise AssertionError("an already stored text was analysed again")


def test_a_text_already_stored_under_another_path_is_not_analysed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "STAGES", [])
    (tmp_path / "a.txt").write_text("Derselbe Text.\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert ingest([str(tmp_path / "a.txt")], db, IngestOptions(), inline_engine).added == 1
    (tmp_path / "copy.txt").write_text("Derselbe Text.\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "STAGES", [("refuse", "test_ingest_polish:_refuse")])
    again = ingest([str(tmp_path / "copy.txt")], db, IngestOptions(), inline_engine)
    assert (again.added, again.duplicates, again.errors) == (0, 1, 0)
    assert "refuse" not in again.stage_seconds
    rerun = ingest([str(tmp_path / "copy.txt")], db, IngestOptions(), inline_engine)
    assert rerun.skipped == 1  # the copy counts as done


def test_jsonl_errors_use_one_wording(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "STAGES", [])
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"text": "Gut."}\n{not json\n{"title": "ohne Text"}\n', encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert ingest([str(rows)], db, IngestOptions(), inline_engine).errors == 2
    with Store(db, readonly=True) as store:
        reasons = sorted(e["reason"] for e in store.errors())
    assert reasons == ["line 2: not JSON (Expecting property name enclosed in double quotes)", "line 3: no text"]


def test_a_header_less_label_and_text_csv_keeps_the_label(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "STAGES", [])
    rows = tmp_path / "gnad.csv"
    rows.write_text("Sport;'Der FC gewann am Samstag zwei zu eins.'\n"
                    "Wirtschaft;'Die Inflation sank im März deutlich.'\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert ingest([str(rows)], db, IngestOptions(), inline_engine).added == 2
    with Store(db, readonly=True) as store:
        articles = list(store.iter_articles())
    assert [a.metadata.get("section_label") for a in articles] == ["Sport", "Wirtschaft"]
    for article in articles:
        validate(article.to_dict())
        assert "Sport" not in article.text and "Wirtschaft" not in article.text


def test_browser_tests_fail_rather_than_skip_when_the_store_is_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "tests" / "e2e" / "browser_support.py"
    spec = importlib.util.spec_from_file_location("browser_support_broken_store", path)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "presslens.store", None)  # any import of it now raises ImportError
    with pytest.raises(ImportError):
        spec.loader.exec_module(module)
