"""The shipped NER model, its tagger interface, the CoNLL reader and `presslens eval ner`."""

from __future__ import annotations

import importlib.util
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testpaths import FIXTURES
from presslens.evaluation.conll import chunks, germeval_label, is_heldout, read_conll
from presslens.evaluation.ner import evaluate, score
from presslens.models import ner
from presslens.record import Article, Token

TINY = FIXTURES / "ner" / "tiny.tsv"
SENTENCE = "Bundeskanzler Olaf Scholz traf in Berlin den Präsidenten Emmanuel Macron."


def tokenised(text: str, language: str = "de") -> Article:
    """An article as the sentences stage leaves it: tokens and one sentence per line."""
    article = Article(text=text, language=language)
    article.tokens = [Token(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    article.layers["sentences"] = [
        {"start": m.start(), "end": m.end()} for m in re.finditer(r"[^\n]+", text)
    ]
    return article


def named(article: Article, spans: list[tuple[int, int, str]]) -> set[tuple[str, str]]:
    return {(article.text[start:end], label) for start, end, label in spans}


def test_german_model_tags_people_and_places_with_exact_offsets() -> None:
    article = tokenised(SENTENCE)
    spans = ner.tag(article)
    assert (14, 25, "PER") in spans
    assert (34, 40, "LOC") in spans
    assert (57, 72, "PER") in spans
    assert named(article, spans) >= {("Olaf Scholz", "PER"), ("Berlin", "LOC"), ("Emmanuel Macron", "PER")}


def test_tags_per_sentence_and_offsets_survive_a_second_line() -> None:
    text = "Die Regierung tagte.\n" + SENTENCE
    spans = ner.tag(tokenised(text))
    assert (21 + 14, 21 + 25, "PER") in spans


def test_without_tokens_the_tagger_tokenises_itself() -> None:
    article = Article(text=SENTENCE, language="de")
    assert {("Olaf Scholz", "PER"), ("Berlin", "LOC")} <= named(article, ner.tag(article))


def test_unsupported_language_and_empty_text_give_nothing() -> None:
    assert ner.tag(Article(text=SENTENCE, language="fr")) == []
    assert ner.tag(Article(text=SENTENCE, language=None)) == []
    assert ner.tag(Article(text="", language="de")) == []


@pytest.mark.skipif(importlib.util.find_spec(ner.ENGLISH_PACKAGE) is None, reason="English model package absent")
def test_english_model_maps_ontonotes_labels() -> None:
    article = tokenised("Joe Biden met Emmanuel Macron in Paris on Monday with NATO officials.", "en")
    found = named(article, ner.tag(article))
    assert {("Joe Biden", "PER"), ("Paris", "LOC"), ("NATO", "ORG")} <= found
    assert all(label in {"PER", "ORG", "LOC", "MISC"} for _, label in found)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.sampled_from("Aa Bb.ä😀\n-Berlin Ω»«"), max_size=300))
def test_spans_stay_on_token_boundaries_for_odd_text(text: str) -> None:
    article = Article(text=text, language="de")
    tokens = ner.fallback_tokens(text)
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    for start, end, label in ner.tag(article):
        assert start in starts and end in ends and start < end
        assert label in {"PER", "ORG", "LOC", "MISC"}


def test_long_text_without_sentence_ends_is_cut_into_bounded_runs() -> None:
    tokens = ner.fallback_tokens("wort " * 1200)
    groups = list(ner.token_groups(tokens, None))
    assert sum(len(g) for g in groups) == 1200
    assert max(len(g) for g in groups) <= ner.MAX_TOKENS


def test_reader_maps_germeval_classes_and_skips_comments() -> None:
    sentences = list(read_conll(TINY))
    assert [len(s.words) for s in sentences] == [12, 9]
    assert sentences[0].entities == [(1, 3, "PER"), (5, 6, "LOC"), (7, 8, "MISC"), (9, 11, "PER")]
    assert sentences[1].entities == [(4, 5, "ORG"), (7, 8, "LOC")]  # EU-Kommission is ORGpart: no name


def test_chunks_read_iob1_and_iob2_alike() -> None:
    assert chunks(["I-PER", "I-PER", "B-PER", "O", "I-LOC"], germeval_label) == [(0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC")]
    assert chunks(["B-ORG", "I-ORG", "I-LOC"], germeval_label) == [(0, 2, "ORG"), (2, 3, "LOC")]


def test_heldout_is_every_fifth_sentence() -> None:
    assert [i for i in range(12) if is_heldout(i)] == [4, 9]


def test_scorer_counts_exact_matches_only() -> None:
    gold = [(0, 5, "PER"), (10, 15, "LOC")]
    assert score(gold, [(0, 5, "PER"), (10, 14, "LOC")]).overall.f1 == pytest.approx(0.5)


def test_scorer_gives_known_figures_on_the_tiny_file() -> None:
    sentences = list(read_conll(TINY))

    def tagger(article: Article) -> list[tuple[int, int, str]]:
        wanted = [("Olaf Scholz", "PER"), ("Berlin", "ORG"), ("Emmanuel", "PER"), ("Nato", "ORG"), ("Brüssel", "LOC")]
        found = [(article.text.find(name), name, label) for name, label in wanted]
        return [(start, start + len(name), label) for start, name, label in found if start >= 0]

    result = evaluate(sentences, tagger)
    assert (result.overall.tp, result.overall.predicted, result.overall.gold) == (3, 5, 6)
    assert result.overall.precision == pytest.approx(0.6)
    assert result.overall.recall == pytest.approx(0.5)
    assert result.overall.f1 == pytest.approx(6 / 11)
    assert (result.labels["PER"].precision, result.labels["PER"].recall) == (0.5, 0.5)
    assert (result.labels["ORG"].precision, result.labels["ORG"].recall) == (0.5, 1.0)
    assert (result.labels["LOC"].precision, result.labels["LOC"].recall) == (1.0, 0.5)
    assert result.labels["MISC"].gold == 1 and result.labels["MISC"].f1 == 0.0
    assert result.words == 21


def test_cli_eval_ner_prints_scores(run_cli) -> None:
    done = run_cli("eval", "ner", "--data", str(TINY), "--json")
    assert done.returncode == 0, done.stderr.decode()
    reports = json.loads(done.stdout)
    assert set(reports) == {"model", "entities"}  # the default scores both taggers
    for report in reports.values():
        rows = {row["label"]: row for row in report["rows"]}
        assert rows["overall"]["gold"] == 6 and set(rows) >= {"PER", "ORG", "LOC", "MISC"}
        assert rows["PER"]["recall"] > 0.0
        assert report["words"] == 21 and report["words_per_second"] > 0


def test_cli_eval_ner_table_and_errors(run_cli, tmp_path) -> None:
    done = run_cli("eval", "ner", "--data", str(TINY), "--tagger", "model")
    assert done.returncode == 0 and b"words/second" in done.stdout and b"overall" in done.stdout
    missing = run_cli("eval", "ner", "--data", str(tmp_path / "nope.tsv"))
    assert missing.returncode == 3 and missing.stderr.decode().startswith("presslens: no such file")
    assert run_cli("eval", "ner").returncode == 2
    bad = tmp_path / "bad.tsv"
    bad.write_text("eins zwei drei\n", encoding="utf-8")
    broken = run_cli("eval", "ner", "--data", str(bad), "--tagger", "model")
    assert broken.returncode == 4 and b"Traceback" not in broken.stderr


def test_spans_without_letters_are_not_names() -> None:
    article = tokenised("... » 2024 « ... !!! ???")
    assert ner.tag(article) == []
