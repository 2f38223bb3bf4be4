"""`presslens eval ...`: quality figures against gold data, one subcommand per layer."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import InputNotFound, UnusableInput
from ..render import tables
from . import app
from .options import json_option


@app.group("eval")
def evaluate() -> None:
    """Score a layer against gold data and print precision, recall and F1."""


@evaluate.command("ner")
@click.option("--data", type=click.Path(path_type=Path), help="Gold file: GermEval TSV, CoNLL (token, tag) or EuroParl columns.")
@click.option("--heldout", is_flag=True, help="Score on the fixed held-out fifth of GermEval 2014 dev in ../shared/data.")
@click.option("--language", default="de", show_default=True, help="Language of the gold text.")
@click.option(
    "--tagger",
    type=click.Choice(["model", "entities", "both"]),
    default="both",
    show_default=True,
    help="The statistical model alone, the full entities stage, or both (entities only when that stage exists).",
)
@json_option
def ner_command(data: Path | None, heldout: bool, language: str, tagger: str, as_json: bool) -> None:
    """Precision, recall and F1 of named entities (exact outer spans) per label, and words/second."""
    from ..evaluation import ner
    from ..evaluation.conll import read_conll, split_germeval
    from ..models import ner as model

    sentences = split_germeval(heldout_path(), heldout=True) if heldout else list(read_conll(require_data(data)))
    taggers = {"model": model.tag} if tagger in {"model", "both"} else {}
    if tagger in {"entities", "both"}:
        stage = ner.entities_tagger()
        if stage is None and tagger == "entities":
            raise UnusableInput("the pipeline has no entities stage yet")
        if stage is not None:
            taggers["entities"] = stage
    results = {name: ner.evaluate(sentences, function, language) for name, function in taggers.items()}
    if as_json:
        payload = {name: {"rows": ner.score_rows(r), "words": r.words, "words_per_second": round(r.words_per_second)} for name, r in results.items()}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for name, result in results.items():
        tables.print_rows(ner.score_rows(result), title=f"NER — {name} — {len(sentences)} sentences")
        print(f"{name}: {result.words} words in {result.seconds:.2f} s = {result.words_per_second:,.0f} words/second")


def require_data(data: Path | None) -> Path:
    """The --data file; saying neither --data nor --heldout is a usage error."""
    if data is None:
        raise click.UsageError("give --data FILE or --heldout")
    return data


def heldout_path() -> Path:
    """GermEval 2014 dev in the shared data beside the project (looked up from here and the cwd)."""
    from ..evaluation.conll import find_shared_data

    for start in (Path.cwd(), Path(__file__).resolve()):
        shared = find_shared_data(start)
        if shared is not None and (shared / "ner-de" / "germeval2014-dev.tsv").is_file():
            return shared / "ner-de" / "germeval2014-dev.tsv"
    raise InputNotFound("no shared/data/ner-de/germeval2014-dev.tsv beside the project; use --data FILE")


@evaluate.command("quotes")
@click.option("--data", "data", required=True, type=click.Path(path_type=Path), help="A quotes-de split (folder of *.json).")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents.")
@json_option
def evaluate_quotes(data: Path, limit: int | None, as_json: bool) -> None:
    """Quote detection (tokens, exact spans, per type), speaker and cue attribution against quotes-de gold."""
    from .. import pipeline
    from ..evaluation.quotes import load_gold, score, table_rows
    from ..readers.text import read_text
    from ..render import tables

    documents = load_gold(data)[:limit]
    names = pipeline.stage_names()
    needed = names[: names.index("quotes") + 1]  # the quotes layer and what it builds on, nothing after
    result = score(documents, lambda text: pipeline.run(read_text(text, raw=True), only=needed))
    if as_json:
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        tables.print_rows(table_rows(result), title=f"quotes: {data} ({result['documents']} documents)")


def _gold_options(command):
    """--gold (annotation file) and --data (the shared data folder holding the texts)."""
    command = click.option("--data", type=click.Path(file_okay=False, path_type=Path),
                           help="Shared data folder with the article texts (default: $PRESSLENS_DATA, else shared/data above the current directory).")(command)
    command = click.option("--pipeline", "full", is_flag=True, help="Run the real upstream stages (sentences, quotes ...) instead of using gold sentence boundaries.")(command)
    return click.option("--gold", type=click.Path(dir_okay=False, path_type=Path),
                        help="Gold annotations (JSON lines; default: benchmarks/gold/time_claims.jsonl of the checkout in or above the current directory).")(command)


def _gold_and_data(gold: Path | None, data: Path | None) -> tuple[Path, Path]:
    """The given paths, else the ones found from the current directory (never from where the package is installed)."""
    from ..evaluation.gold import default_gold
    from ..evaluation.sources import default_data

    return gold or default_gold(), data or default_data()


def _prf(name: str, scores: dict) -> str:
    return f"{name:<34} P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}  (tp {scores['tp']}, fp {scores['fp']}, fn {scores['fn']})"


@evaluate.command("time")
@_gold_options
@json_option
@click.option("--errors", "show_errors", is_flag=True, help="Also list every missed, spurious or wrongly valued timex.")
def eval_time(gold: Path | None, data: Path | None, full: bool, as_json: bool, show_errors: bool) -> None:
    """Timex detection (strict and overlapping spans) and TIMEX3 value accuracy on the gold set."""
    from ..evaluation.time import evaluate_time

    result = evaluate_time(*_gold_and_data(gold, data), pipeline=full)
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
def eval_claims(gold: Path | None, data: Path | None, full: bool, as_json: bool) -> None:
    """Sentence certainty labels on the gold set: per-label P/R/F1, macro-F1, confusions."""
    from ..evaluation.claims import evaluate_claims

    result = evaluate_claims(*_gold_and_data(gold, data), pipeline=full)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for label, scores in result["labels"].items():
        click.echo(_prf(f"{label} (gold {scores['gold']})", scores))
    click.echo(f"{'macro-F1':<34} {result['macro_f1']:.3f}   accuracy {result['accuracy']:.3f} over {result['sentences']} sentences")
    for pair, count in result["confusion"].items():
        click.echo(f"  gold->predicted {pair}: {count}")
