"""The time/claims gold set and the `presslens eval time|claims` commands."""

from __future__ import annotations

import json

import pytest

from testpaths import ROOT, SHARED_DATA, needs

GOLD = [ROOT / "benchmarks" / "gold" / "time_claims.jsonl", ROOT / "benchmarks" / "gold" / "time_claims_heldout.jsonl"]
LABELS = {"asserted", "hedged", "speculative", "question", "attributed"}


@pytest.mark.parametrize("path", GOLD, ids=["dev", "heldout"])
def test_gold_holds_annotations_not_texts(path) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 20
    for record in records:
        assert set(record) == {"source", "doc", "lang", "dct", "dct_nominal", "window", "sentences", "timexes"}
        assert all(s["label"] in LABELS and s["start"] < s["end"] <= record["window"]["end"] for s in record["sentences"])
        for timex in record["timexes"]:
            assert timex["end"] - timex["start"] == len(timex["text"]) <= 40
            assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}


def test_dev_gold_has_forty_documents_in_both_languages() -> None:
    records = [json.loads(line) for line in GOLD[0].read_text(encoding="utf-8").splitlines()]
    assert len(records) == 40
    assert {r["lang"] for r in records} == {"de", "en"}


@needs(SHARED_DATA / "quotes-de" / "dev")
def test_eval_commands_print_scores(run_cli) -> None:
    timed = run_cli("eval", "time", "--data", str(SHARED_DATA))
    assert timed.returncode == 0, timed.stderr
    assert "value accuracy" in timed.stdout.decode()
    claims = run_cli("eval", "claims", "--data", str(SHARED_DATA), "--json")
    assert claims.returncode == 0, claims.stderr
    assert json.loads(claims.stdout)["macro_f1"] > 0.5


def test_eval_without_shared_data_is_a_one_line_error(run_cli, tmp_path) -> None:
    done = run_cli("eval", "time", "--data", str(tmp_path))
    assert done.returncode == 3
    assert done.stderr.decode().startswith("presslens: shared data not found")
