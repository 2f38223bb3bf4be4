"""The corpus store on hand-built records carrying every layer: writing, reading, queries, tracing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fixtures.corpus_records import QUOTE_6, corpus

from presslens.readers.text import read_text
from presslens.errors import StoreError
from presslens.store import SCHEMA_VERSION, Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "corpus.sqlite") as opened:
        for article in corpus():
            assert opened.add(article) is True
        yield opened


def test_add_is_idempotent_and_get_round_trips(store: Store) -> None:
    first = corpus()[0]
    assert store.add(first) is False
    assert store.count() == 3
    again = store.get(first.id[:10])
    assert again is not None and again.to_dict() == first.to_dict()
    assert store.get("0" * 64) is None
    assert store.get("abc") is None  # too short to be a prefix


def test_schema_is_versioned(store: Store) -> None:
    versions = [row[0] for row in store._conn.execute("SELECT version FROM schema_version")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_search_finds_text_and_quotes_with_snippets(store: Store) -> None:
    hits = store.search("Bodentruppen")
    assert [h["title"] for h in hits] == ["Macron und der Taurus"]
    assert "[Bodentruppen]" in hits[0]["snippet"]
    assert store.search('"keine Taurus"') and store.search("") == []
    assert store.search('unbalanced "quote') == []  # bad FTS syntax is searched as words, no error


def test_quotes_by_speaker_carry_entity_reference_and_article(store: Store) -> None:
    rows = store.quotes(speaker="pistorius")
    assert [(r["title"], r["reference"]) for r in rows] == [("Kein Taurus", "6"), ("Macron und der Taurus", None)]
    assert rows[0]["entity"] == "Boris Pistorius" and rows[0]["text"] == QUOTE_6
    assert store.quotes(speaker="Macron") == []


def test_entities_rank_by_articles_and_filter_by_label(store: Store) -> None:
    top = store.entities(top=2)
    assert {(e["name"], e["articles"]) for e in top} == {("Berlin", 2), ("Boris Pistorius", 2)}
    assert [e["name"] for e in store.entities(label="ORG")] == ["SPD"]


def test_entity_page_has_mentions_over_time_quotes_and_articles(store: Store) -> None:
    page = store.entity("boris PISTORIUS")
    assert page["label"] == "PER" and page["mentions"] == 2
    assert page["mentions_over_time"] == [{"date": "2024-03-04", "count": 1}, {"date": "2024-03-06", "count": 1}]
    assert len(page["quotes"]) == 2 and len(page["articles"]) == 2
    assert store.entity("Nobody") is None


def test_timeline_places_dates_in_sentences_with_entities(store: Store) -> None:
    rows = store.timeline(entity="berlin")
    assert [(r["date"], r["title"]) for r in rows] == [("2024-03-04", "Kein Taurus")]
    assert "Montag" in rows[0]["sentence"] and "Boris Pistorius" in rows[0]["entities"]
    assert store.timeline(entity="SPD") == []


def test_trace_links_near_copies_earliest_first_with_speakers(store: Store) -> None:
    rows = store.trace("„Wir werden keine Taurus-Marschflugkörper liefern“")
    assert [r["title"] for r in rows] == ["Frühere Sätze", "Kein Taurus", "Macron und der Taurus"]
    assert [r["speaker"] for r in rows] == [None, "Boris Pistorius", "Boris Pistorius"]
    assert rows[2]["score"] < 100  # "keinen Taurus Marschflugkörper": near, not exact
    assert store.trace("ganz andere Worte über das Wetter") == []
    assert store.trace(QUOTE_6, threshold=99.9)[-1]["title"] == "Kein Taurus"


def test_articles_list_newest_first(store: Store) -> None:
    assert [a["title"] for a in store.articles(limit=2)] == ["Macron und der Taurus", "Kein Taurus"]
    assert store.articles(offset=2)[0]["authors"] == ["Erika Muster"]


def test_a_record_without_layers_is_stored_and_new_layers_need_no_migration(tmp_path: Path) -> None:
    with Store(tmp_path / "c.sqlite") as store:
        plain = read_text("Nur ein Satz ohne Ebenen.", raw=True)
        plain.layers["sentiment"] = [{"start": 0, "end": 3, "score": 0.1}]  # a layer the store has never heard of
        assert store.add(plain)
        assert store.get(plain.id).layers["sentiment"] == [{"start": 0, "end": 3, "score": 0.1}]
        assert store.quotes() == [] and store.entities() == [] and store.timeline() == []


def test_errors_are_kept_per_path_with_latest_reason(tmp_path: Path) -> None:
    with Store(tmp_path / "c.sqlite") as store:
        store.record_error("a.txt", "empty\nfile")
        store.record_error("a.txt", "still empty")
        assert [(e["path"], e["reason"], e["attempts"]) for e in store.errors()] == [("a.txt", "still empty", 2)]


def test_readonly_store_refuses_writes_and_missing_files(tmp_path: Path, store: Store) -> None:
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.sqlite", readonly=True)
    assert not (tmp_path / "missing.sqlite").exists()
    with Store(store.path, readonly=True) as reader:
        assert reader.count() == 3
        with pytest.raises(StoreError, match="read-only"):
            reader.add(read_text("Neu.", raw=True))


def test_a_file_that_is_not_a_store_is_one_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a database at all" * 100)
    with pytest.raises(StoreError):
        Store(bogus)
    with pytest.raises(StoreError):
        Store(bogus, readonly=True)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    for readonly in (True, False):
        with pytest.raises(StoreError, match="not a presslens store"):
            Store(other, readonly=readonly)
    untouched = sqlite3.connect(other)
    assert [row[0] for row in untouched.execute("SELECT name FROM sqlite_master")] == ["x"]
    assert untouched.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_any_query_text_is_safe_for_search_and_trace(tmp_path: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    with Store(tmp_path / "c.sqlite") as store:
        for article in corpus():
            store.add(article)

        @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(st.text(max_size=60))
        def check(query: str) -> None:
            assert isinstance(store.search(query), list)
            assert isinstance(store.trace(query), list)
            assert isinstance(store.quotes(speaker=query), list) and isinstance(store.timeline(entity=query), list)

        check()


def test_a_store_from_a_newer_presslens_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with Store(path) as store:
        store.add(corpus()[0])
        store._conn.execute("INSERT INTO schema_version VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    for readonly in (False, True):
        with pytest.raises(StoreError, match="version"):
            Store(path, readonly=readonly)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
