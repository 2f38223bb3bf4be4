"""The ingest engine in-process: a document failing inside a stage is an error row, the run goes on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from presslens import pipeline
from presslens.store import Store
from presslens.store.ingest import ingest, inline_engine
from presslens.store.sources import IngestOptions


def test_a_stage_failure_is_recorded_with_a_one_line_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "STAGES", [("explode", "fixtures.exploding_stage:explode")])
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"text": "Gut."}\n{"text": "BOOM geht es."}\n{"text": "Auch gut."}\n', encoding="utf-8")
    db = tmp_path / "c.sqlite"
    summary = ingest([str(rows)], db, IngestOptions(), inline_engine)
    assert (summary.added, summary.errors) == (2, 1)
    with Store(db, readonly=True) as store:
        [error] = store.errors()
    assert error["path"].endswith("rows.jsonl#2")
    assert error["reason"] == "RuntimeError: stage exploded"
    monkeypatch.setattr(pipeline, "STAGES", [])
    again = ingest([str(rows)], db, IngestOptions(), inline_engine)  # fixed: the failed row is retried, the rest skipped
    assert (again.added, again.skipped, again.errors) == (1, 2, 0)
    with Store(db, readonly=True) as store:
        assert store.errors() == [] and store.count() == 3


def test_an_article_that_hangs_times_out_and_the_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "STAGES", [("explode", "fixtures.exploding_stage:explode")])
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"text": "Gut."}\n{"text": "SLOW geht es."}\n', encoding="utf-8")
    began = time.perf_counter()
    summary = ingest([str(rows)], tmp_path / "c.sqlite", IngestOptions(timeout=0.5), inline_engine)
    assert time.perf_counter() - began < 10
    assert (summary.added, summary.errors) == (1, 1)
    with Store(tmp_path / "c.sqlite", readonly=True) as store:
        assert "longer than 0.5 s" in store.errors()[0]["reason"]
