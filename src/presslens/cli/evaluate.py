"""`presslens eval ...`: quality figures against gold data, one subcommand per layer."""

from __future__ import annotations

import json
from pathlib import Path

import click

from . import app
from .options import json_option


@app.group("eval")
def evaluate() -> None:
    """Score a layer against gold data and print precision, recall and F1."""


def _gold_options(command):
    """--gold (annotation file) and --data (the shared data folder holding the texts)."""
    from ..evaluation.gold import DEFAULT_GOLD
    from ..evaluation.sources import DEFAULT_DATA

    command = click.option("--data", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_DATA, show_default=True, help="Shared data folder with the article texts (also PRESSLENS_DATA).")(command)
    return click.option("--gold", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_GOLD, show_default=True, help="Gold annotations (JSON lines).")(command)


def _prf(name: str, scores: dict) -> str:
    return f"{name:<34} P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}  (tp {scores['tp']}, fp {scores['fp']}, fn {scores['fn']})"


@evaluate.command("time")
@_gold_options
@json_option
@click.option("--errors", "show_errors", is_flag=True, help="Also list every missed, spurious or wrongly valued timex.")
def eval_time(gold: Path, data: Path, as_json: bool, show_errors: bool) -> None:
    """Timex detection (strict and overlapping spans) and TIMEX3 value accuracy on the gold set."""
    from ..evaluation.time import evaluate_time

    result = evaluate_time(gold, data)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    click.echo(_prf("timex detection, exact span", result["strict"]))
    click.echo(_prf("timex detection, overlapping span", result["lenient"]))
    for language, scores in result["by_language"].items():
        click.echo(_prf(f"  overlapping, {language}", scores))
    click.echo(f"{'value accuracy (matched timexes)':<34} {result['value_accuracy']:.3f}  (of {result['matched']})")
    click.echo(f"{'type accuracy (matched timexes)':<34} {result['type_accuracy']:.3f}")
    if show_errors:
        for error in result["errors"]:
            click.echo("  " + json.dumps(error, ensure_ascii=False))


@evaluate.command("claims")
@_gold_options
@json_option
def eval_claims(gold: Path, data: Path, as_json: bool) -> None:
    """Sentence certainty labels on the gold set: per-label P/R/F1, macro-F1, confusions."""
    from ..evaluation.claims import evaluate_claims

    result = evaluate_claims(gold, data)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for label, scores in result["labels"].items():
        click.echo(_prf(f"{label} (gold {scores['gold']})", scores))
    click.echo(f"{'macro-F1':<34} {result['macro_f1']:.3f}   accuracy {result['accuracy']:.3f} over {result['sentences']} sentences")
    for pair, count in result["confusion"].items():
        click.echo(f"  gold->predicted {pair}: {count}")
