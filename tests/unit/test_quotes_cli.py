"""`presslens quotes PATH` and `presslens eval quotes --data DIR`, run as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from testpaths import FIXTURES

GOLD = FIXTURES / "quotes" / "gold"


def test_quotes_command_lists_speaker_type_reference_text(run_cli, tmp_path: Path) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text("Überschrift\n\n„Wir bleiben hier“, sagte Bürgermeisterin Anna Berg am Montag.\n", encoding="utf-8")
    done = run_cli("quotes", str(article), "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert list(rows[0]) == ["speaker", "type", "reference", "text"]
    assert rows[0]["type"] == "Direct" and rows[0]["text"] == "„Wir bleiben hier“"
    assert "Berg" in rows[0]["speaker"]
    table = run_cli("quotes", str(article))
    assert table.returncode == 0 and "Wir bleiben hier" in table.stdout.decode()


def test_eval_quotes_scores_a_gold_folder(run_cli) -> None:
    done = run_cli("eval", "quotes", "--data", str(GOLD), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["documents"] == 1
    assert result["tokens"]["all"]["f1"] == 1.0
    assert result["tokens"]["Direct"]["gold"] == 4
    assert result["speaker"]["recall"] == 1.0 and result["cue"]["recall"] == 1.0


def test_eval_quotes_on_a_missing_folder_is_one_line(run_cli, tmp_path: Path) -> None:
    done = run_cli("eval", "quotes", "--data", str(tmp_path / "nope"))
    assert done.returncode == 3
    assert done.stderr.decode().strip().count("\n") == 0 and "presslens:" in done.stderr.decode()
