"""The timeline stage and the `presslens timeline` command."""

from __future__ import annotations

from pathlib import Path

from presslens.record import Article
from presslens.stages.timeline import build_timeline, sort_key
from presslens.stages.timexes import find_timexes

from testpaths import FIXTURES

TEXT = "Am Dienstag hat Scholz unterschrieben. Ende Februar 2024 tagte man in Paris. Seit drei Wochen wird gestreikt. Am 7. März 2024 sagte Macron: „Wir handeln.“"


def timeline() -> tuple[Article, list[dict]]:
    article = Article(text=TEXT, language="de")
    article.metadata["published"] = "2024-03-21"
    starts = [TEXT.index(opening) for opening in ("Am Dienstag", "Ende Februar", "Seit drei", "Am 7.")] + [len(TEXT) + 1]
    article.layers["sentences"] = [{"start": a, "end": b - 1} for a, b in zip(starts, starts[1:])]
    scholz, macron = TEXT.index("Scholz"), TEXT.index("Macron")
    article.layers["entities"] = [
        {"id": "E1", "label": "PER", "name": "Olaf Scholz", "mentions": [{"start": scholz, "end": scholz + 6}]},
        {"id": "E2", "label": "PER", "name": "Emmanuel Macron", "mentions": [{"start": macron, "end": macron + 6}]},
    ]
    quote = TEXT.index("„")
    article.layers["quotes"] = [{"spans": [{"start": quote, "end": len(TEXT)}], "type": "Direct", "cue": None, "speaker": None, "addressee": None, "reference": None}]
    build_timeline(find_timexes(article))
    return article, article.layers["timeline"]


def test_entries_are_sorted_by_date_and_skip_durations() -> None:
    article, entries = timeline()
    assert [e["date"] for e in entries] == ["2024-02", "2024-03-07", "2024-03-19"]
    assert [article.span_text(e["timex"]) for e in entries] == ["Ende Februar 2024", "7. März 2024", "Dienstag"]
    assert entries[0]["mod"] == "END"


def test_entries_carry_sentence_entities_and_quotes() -> None:
    article, entries = timeline()
    by_date = {e["date"]: e for e in entries}
    assert [e["name"] for e in by_date["2024-03-19"]["entities"]] == ["Olaf Scholz"]
    assert [e["name"] for e in by_date["2024-03-07"]["entities"]] == ["Emmanuel Macron"]
    assert by_date["2024-03-07"]["quotes"] == [0]
    assert by_date["2024-02"]["quotes"] == []
    assert article.span_text(by_date["2024-03-19"]["sentence"]) == "Am Dienstag hat Scholz unterschrieben."


def test_sort_key_orders_coarse_before_fine() -> None:
    assert sort_key("2024") < sort_key("2024-02") < sort_key("2024-W10") < sort_key("2024-03-07") < sort_key("2024-03-07T10:00")
    assert sort_key("PAST_REF") is None and sort_key("P3W") is None


def test_without_timexes_the_timeline_is_empty() -> None:
    assert build_timeline(Article(text="Nichts.", language="de")).layers["timeline"] == []


def test_timeline_command_prints_and_plots(run_cli, tmp_path: Path) -> None:
    plot = tmp_path / "out.png"
    done = run_cli("timeline", str(FIXTURES / "timeclaims" / "meldung.txt"), "--plot", str(plot))
    assert done.returncode == 0, done.stderr
    assert "7. März 2024" in done.stdout.decode()
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_timeline_command_refuses_other_plot_formats(run_cli, tmp_path: Path) -> None:
    done = run_cli("timeline", str(FIXTURES / "timeclaims" / "meldung.txt"), "--plot", str(tmp_path / "out.jpg"))
    assert done.returncode == 2
    assert not (tmp_path / "out.jpg").exists()
