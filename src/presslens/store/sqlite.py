"""The SQLite corpus store: one file, WAL, one transaction per record.

Each article is kept whole (the record as compressed JSON, text stored once)
and projected into queryable tables (see derive.py and docs/store.md).
Writers take the write lock up front (BEGIN IMMEDIATE) and wait for each other
(busy_timeout plus retries), so several `ingest` processes can share a store.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterator
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..record import Article
from . import trace as tracing
from .derive import derive, name_key

BUSY_TIMEOUT_MS = 60_000
WRITE_RETRIES = 5
#: The quote type of quotation marks around words nobody said (scare quotes, titles).
NOT_SPEECH = "NotSpeech"
_HEX = set("0123456789abcdef")


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) of every migration shipped in the package, in order."""
    folder = resources.files("presslens.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql") and entry.name[:4].isdigit():
            found.append((int(entry.name[:4]), entry.read_text(encoding="utf-8")))
    return sorted(found)


SCHEMA_VERSION = migrations()[-1][0]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _statements(script: str) -> Iterator[str]:
    """Split a migration into complete statements (sqlite3 decides where one ends)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""


class Store:
    """A corpus of analysed articles in one SQLite file; use as a context manager."""

    def __init__(self, path: Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        self._conn = self._connect()
        try:
            self._register_functions()
            if readonly:
                self._check_version()
            else:
                self._migrate()  # refuses foreign SQLite files before anything is changed
                self._retry(lambda: self._conn.execute("PRAGMA journal_mode = WAL"))
        except sqlite3.Error as err:
            self._conn.close()
            raise StoreError(f"{self.path}: cannot open the store ({err})") from err
        except BaseException:
            self._conn.close()
            raise

    # -- opening -----------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.readonly:
                if not self.path.is_file():
                    raise StoreError(f"{self.path}: no such store (create it with `presslens ingest ... --db {self.path}`)")
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                       isolation_level=None, check_same_thread=False)
            else:
                if self.path.is_dir():
                    raise StoreError(f"{self.path}: is a directory, not a store file")
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not self.readonly:
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.row_factory = sqlite3.Row
            return conn
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot open the store ({err})") from err

    def _register_functions(self) -> None:
        """SQL functions the queries and the migrations use."""
        def text_function(function):
            return lambda value: function(value) if isinstance(value, str) else None

        self._conn.create_function("pl_norm", 1, text_function(name_key), deterministic=True)
        self._conn.create_function("pl_quote_norm", 1, text_function(tracing.normalise), deterministic=True)
        self._conn.create_function("pl_norm_hash", 1, text_function(tracing.norm_hash), deterministic=True)

    def _version(self) -> int:
        try:
            row = self._conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        except sqlite3.OperationalError:
            return 0
        return row[0] or 0

    def _check_version(self) -> None:
        try:
            version = self._version()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a presslens store ({err})") from err
        if version == 0:
            raise StoreError(f"{self.path}: not a presslens store")
        if version != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {version}, this presslens uses {SCHEMA_VERSION}; "
                             "open it once for writing (e.g. `presslens ingest`) to migrate")

    def _migrate(self) -> None:
        try:
            if self._version() == SCHEMA_VERSION:
                return
            with self._write():
                self._conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")
                current = self._version()
                if current == 0 and self._conn.execute(
                        "SELECT 1 FROM sqlite_master WHERE name NOT IN ('schema_version') LIMIT 1").fetchone():
                    raise StoreError(f"{self.path}: an SQLite file that is not a presslens store; not touching it")
                if current > SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: store schema version {current} is newer than this presslens ({SCHEMA_VERSION})")
                for version, script in migrations():
                    if version > current:
                        for statement in _statements(script):
                            self._conn.execute(statement)
                        self._conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, _now()))
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a usable presslens store ({err})") from err

    # -- context management ------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------

    @staticmethod
    def _retry(action):
        """Run `action`, retrying when another writer holds the lock past busy_timeout."""
        for attempt in range(WRITE_RETRIES):
            try:
                return action()
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err) or attempt == WRITE_RETRIES - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))
        return None

    def _write(self) -> _Transaction:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        return _Transaction(self)

    def add(self, article: Article, source_key: str | None = None, fingerprint: str | None = None) -> bool:
        """Store one article in one transaction; False when it is already stored (same text)."""
        rows = derive(article)
        record = {key: value for key, value in article.record_view().items() if key != "text"}  # text is stored once
        blob = zlib.compress(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
        with self._lock, self._write():
            conn = self._conn
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (rows.article["id"],)).fetchone():
                self._mark_source(source_key, fingerprint, rows.article["id"])
                return False
            values = {**rows.article, "record": blob, "added": _now()}
            quotes_text = "\n".join(quote_text for _, quote_text in rows.quotes)
            columns = ", ".join(values)
            cursor = conn.execute(f"INSERT INTO articles ({columns}) VALUES ({', '.join('?' * len(values))})", tuple(values.values()))
            article = cursor.lastrowid
            conn.execute("INSERT INTO articles_fts (rowid, title, text, quotes_text) VALUES (?, ?, ?, ?)",
                         (article, values["title"], values["text"], quotes_text))
            for table, layer_rows in (("entities", rows.entities), ("mentions", rows.mentions), ("timexes", rows.timexes),
                                      ("timeline", rows.timeline), ("claims", rows.claims)):
                if layer_rows:
                    marks = ", ".join("?" * (len(layer_rows[0]) + 1))
                    conn.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", [(article, *row) for row in layer_rows])
            for quote, quote_text in rows.quotes:
                quote = {"article": article, **quote}
                cur = conn.execute(f"INSERT INTO quotes ({', '.join(quote)}) VALUES ({', '.join('?' * len(quote))})", tuple(quote.values()))
                conn.execute("INSERT INTO quotes_fts (rowid, norm) VALUES (?, ?)", (cur.lastrowid, tracing.normalise(quote_text)))
            self._mark_source(source_key, fingerprint, rows.article["id"])
        return True

    def _mark_source(self, key: str | None, fingerprint: str | None, article_id: str | None) -> None:
        """Record a finished input and forget its earlier failure."""
        if key is not None:
            self._conn.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)", (key, fingerprint, article_id, _now()))
            self._conn.execute("DELETE FROM errors WHERE path = ?", (key,))

    def mark_done(self, source_key: str, fingerprint: str | None = None) -> None:
        """Remember that an input is finished (used for inputs holding many articles)."""
        with self._lock, self._write():
            self._mark_source(source_key, fingerprint, None)

    def done_sources(self) -> dict[str, str | None]:
        """Inputs finished by earlier runs, with their fingerprints."""
        with self._lock:
            return dict(self._conn.execute("SELECT key, fingerprint FROM sources").fetchall())

    def record_error(self, path: str, reason: str) -> None:
        """Remember that an input failed, with a one-line reason (the latest per path)."""
        reason = " ".join(reason.split())[:500]
        with self._lock, self._write():
            self._conn.execute(
                "INSERT INTO errors VALUES (?, ?, ?, 1) ON CONFLICT(path) DO UPDATE "
                "SET reason = excluded.reason, at = excluded.at, attempts = attempts + 1",
                (path, reason, _now()),
            )

    # -- reading -----------------------------------------------------------

    def _rows(self, sql: str, params: tuple = (), fts_query: bool = False) -> list[dict[str, Any]]:
        """Rows as dicts; with `fts_query` a malformed MATCH expression is left to the caller."""
        with self._lock:
            try:
                return [dict(row) for row in self._conn.execute(sql, params)]
            except sqlite3.DatabaseError as err:
                if fts_query and isinstance(err, sqlite3.OperationalError):
                    raise
                raise StoreError(f"{self.path}: {err}") from err

    def count(self) -> int:
        """Number of stored articles."""
        return self._rows("SELECT COUNT(*) AS n FROM articles")[0]["n"]

    def resolve_id(self, article_id: str) -> str | None:
        """The full id for a full id or a unique prefix of at least 8 hex characters."""
        article_id = article_id.strip().lower()
        if len(article_id) < 8 or not set(article_id) <= _HEX:
            return None
        found = self._rows("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2", (article_id, article_id + "g"))
        if len(found) > 1:
            raise StoreError(f"{article_id}: prefix matches several articles; give more characters")
        return found[0]["id"] if found else None

    def get(self, article_id: str) -> Article | None:
        """The stored article for a full id or a unique prefix (>= 8 hex characters)."""
        full = self.resolve_id(article_id)
        if full is None:
            return None
        row = self._rows("SELECT text, record FROM articles WHERE id = ?", (full,))[0]
        record = json.loads(zlib.decompress(row["record"]))
        record["text"] = row["text"]
        return Article.from_dict(record)

    def iter_articles(self, batch: int = 200) -> Iterator[Article]:
        """Every stored article in insertion order, read in batches."""
        last = 0
        while True:
            rows = self._rows("SELECT rowid, text, record FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, batch))
            if not rows:
                return
            for row in rows:
                record = json.loads(zlib.decompress(row["record"]))
                record["text"] = row["text"]
                yield Article.from_dict(record)
            last = rows[-1]["rowid"]

    def articles(self, limit: int = 50, offset: int = 0) -> list[dict]:
        """Article list, newest first: id, title, published, authors, language."""
        rows = self._rows(
            "SELECT id, title, published, authors, language FROM articles "
            "ORDER BY published_date IS NULL, published_date DESC, published DESC, rowid DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        for row in rows:
            row["authors"] = json.loads(row["authors"])
        return rows

    def search(self, query: str, limit: int = 20, offset: int = 0, marks: tuple[str, str] = ("[", "]")) -> list[dict]:
        """Full-text search over titles, texts and quotes, best first, with a snippet.

        Words in the snippet that matched are wrapped in `marks`. FTS5 syntax
        (phrases in double quotes, OR, NOT, prefix*) works; anything it cannot
        parse is searched as plain words.
        """
        query = query.replace("\x00", " ")  # SQLite would end the string there
        if not query.strip():
            return []
        sql = (
            "SELECT a.id, a.title, a.published, snippet(articles_fts, -1, ?, ?, '…', 16) AS snippet, "
            "bm25(articles_fts, 5.0, 1.0, 2.0) AS rank "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
        )
        try:
            return self._rows(sql, (*marks, query, limit, offset), fts_query=True)
        except sqlite3.OperationalError:
            words = query.replace('"', " ").split()
            return self._rows(sql, (*marks, " ".join(f'"{w}"' for w in words), limit, offset)) if words else []

    def fts_syntax_error(self, query: str) -> str | None:
        """Why `query` is not valid FTS5 syntax (then `search` looks for its words), or None."""
        if not query.replace("\x00", " ").strip():
            return None
        try:
            self._rows("SELECT COUNT(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1)",
                       (query.replace("\x00", " "),), fts_query=True)
        except sqlite3.OperationalError as err:
            return str(err).removeprefix("fts5: ")
        return None

    def quotes(self, speaker: str | None = None, limit: int = 100) -> list[dict]:
        """Quotes of the corpus, earliest article first; `speaker` matches part of the speaker's name.

        Quotation marks that are not speech (scare quotes, titles) are left out.
        """
        where, params = f"WHERE q.type IS NOT '{NOT_SPEECH}'", ()
        if speaker:
            where += " AND (q.speaker_norm LIKE ? OR pl_norm(q.speaker) LIKE ?)"
            pattern = f"%{name_key(speaker)}%"
            params = (pattern, pattern)
        return self._rows(
            "SELECT q.article_id, q.title, q.published, q.speaker, q.speaker_entity AS entity, q.type, q.reference, q.quote AS text "
            f"FROM quotes_full q {where} "
            "ORDER BY q.published_date IS NULL, q.published_date, q.article, q.idx LIMIT ?",
            (*params, limit),
        )

    def entities(self, top: int = 20, label: str | None = None) -> list[dict]:
        """The most frequent entities across the corpus: in how many articles, how many mentions."""
        where, params = ("WHERE label = ?", (label.upper(),)) if label else ("", ())
        return self._rows(
            "SELECT MIN(name) AS name, label, COUNT(DISTINCT article) AS articles, SUM(mentions) AS mentions "
            f"FROM entities {where} GROUP BY norm, label ORDER BY articles DESC, mentions DESC, name LIMIT ?",
            (*params, top),
        )

    def entity(self, name: str) -> dict | None:
        """One entity across the corpus: mentions over time, its quotes, who quotes it, its articles."""
        key = name_key(name)
        labels = self._rows(
            "SELECT MIN(name) AS name, label, SUM(mentions) AS mentions, COUNT(DISTINCT article) AS articles "
            "FROM entities WHERE norm = ? GROUP BY label ORDER BY mentions DESC", (key,))
        if not labels:
            return None
        over_time = self._rows(
            "SELECT a.published_date AS date, SUM(e.mentions) AS count FROM entities e JOIN articles a ON a.rowid = e.article "
            "WHERE e.norm = ? AND a.published_date IS NOT NULL GROUP BY a.published_date ORDER BY a.published_date", (key,))
        quoted_by = self._rows(
            "SELECT q.speaker, COUNT(DISTINCT q.rowid) AS quotes FROM quotes q "
            "JOIN entities e ON e.article = q.article AND e.norm = ? "
            "JOIN mentions m ON m.article = e.article AND m.entity_idx = e.idx AND m.start >= q.start AND m.end <= q.end "
            "WHERE q.speaker IS NOT NULL AND q.speaker_norm IS NOT ? GROUP BY q.speaker ORDER BY quotes DESC, q.speaker",
            (key, key))
        said = self._rows(
            "SELECT q.article_id, q.title, q.published, q.type, q.reference, q.quote AS text FROM quotes_full q "
            "WHERE q.speaker_norm = ? ORDER BY q.published_date IS NULL, q.published_date, q.article, q.idx", (key,))
        articles = self._rows(
            "SELECT a.id, a.title, a.published, SUM(e.mentions) AS mentions FROM entities e "
            "JOIN articles a ON a.rowid = e.article WHERE e.norm = ? GROUP BY a.id "
            "ORDER BY a.published_date IS NULL, a.published_date DESC, a.rowid DESC", (key,))
        return {
            "name": labels[0]["name"],
            "label": labels[0]["label"],
            "labels": [row["label"] for row in labels],
            "mentions": sum(row["mentions"] for row in labels),
            "articles_count": len(articles),
            "mentions_over_time": over_time,
            "quotes": said,
            "quoted_by": quoted_by,
            "articles": articles,
        }

    def timeline(self, entity: str | None = None, limit: int = 1000) -> list[dict]:
        """Dated sentences of the corpus in date order; `entity` keeps those in which it acts."""
        where, params = "WHERE t.date IS NOT NULL", ()
        if entity:
            where += " AND EXISTS (SELECT 1 FROM json_each(t.entities) j WHERE pl_norm(j.value) = ?)"
            params = (name_key(entity),)
        rows = self._rows(
            "SELECT t.date, a.id AS article_id, a.title, substr(a.text, t.start + 1, t.end - t.start) AS sentence, t.entities "
            "FROM timeline t "
            f"JOIN articles a ON a.rowid = t.article {where} ORDER BY t.date, a.published_date, t.idx LIMIT ?",
            (*params, limit),
        )
        for row in rows:
            row["entities"] = json.loads(row["entities"])
        return rows

    def trace(self, text: str, threshold: float = 85.0) -> list[dict]:
        """Every article carrying the same or nearly the same quotation, earliest first.

        Stored quotes are matched fuzzily (see trace.py). Articles whose text
        carries the quotation without a detected quote are listed too, with
        no speaker, so a missed quote does not hide a source.
        """
        norm = tracing.normalise(text)
        if not norm:
            return []
        candidates = self._rows(
            "SELECT q.article_id, q.title, q.published, q.published_date, q.article AS arow, q.speaker, q.quote AS text "
            "FROM quotes_fts f JOIN quotes_full q ON q.rowid = f.rowid "
            f"WHERE quotes_fts MATCH ? ORDER BY f.rank LIMIT {tracing.CANDIDATES}",
            (tracing.fts_query(norm),),
        )
        found: dict[str, dict] = {}
        for row in candidates:
            similarity = tracing.score(norm, tracing.normalise(row["text"]))
            best = found.get(row["article_id"])
            if similarity >= threshold and (best is None or (similarity, row["speaker"] is not None) > (best["score"], best["speaker"] is not None)):
                found[row["article_id"]] = {**row, "score": round(similarity, 1)}
        phrase = '"' + norm + '"'
        for row in self._rows(
            "SELECT a.id AS article_id, a.title, a.published, a.published_date, a.rowid AS arow FROM articles_fts "
            "JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? LIMIT 1000",
            (f"text : {phrase}",),
        ):
            if row["article_id"] not in found:
                found[row["article_id"]] = {**row, "speaker": None, "text": text.strip(), "score": 100.0}
        ordered = sorted(found.values(), key=lambda r: (r["published_date"] is None, r["published"] or "", r["arow"]))
        return [{key: row[key] for key in ("article_id", "title", "published", "speaker", "text", "score")} for row in ordered]

    def traces(self, min_articles: int = 2, limit: int = 50) -> list[dict]:
        """Quotations found word for word (after normalisation) in several articles, most spread first."""
        return self._rows(
            "SELECT MIN(quote) AS text, COUNT(DISTINCT article) AS articles, GROUP_CONCAT(DISTINCT speaker) AS speakers "
            "FROM quotes_full GROUP BY norm_hash HAVING COUNT(DISTINCT article) >= ? ORDER BY articles DESC LIMIT ?",
            (min_articles, limit),
        )

    def errors(self, limit: int = 100) -> list[dict]:
        """Inputs that failed, most recent first: path, reason, at, attempts."""
        return self._rows("SELECT path, reason, at, attempts FROM errors ORDER BY at DESC LIMIT ?", (limit,))

    def stats(self) -> dict[str, int]:
        """Row counts of the main tables."""
        counts = {}
        for table in ("articles", "entities", "quotes", "timexes", "timeline", "claims", "errors"):
            counts[table] = self._rows(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]
        return counts

    def integrity(self) -> str:
        """SQLite's integrity check: "ok" when the file is sound."""
        return self._rows("PRAGMA integrity_check")[0]["integrity_check"]


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error, retried while the lock is busy."""

    def __init__(self, store: Store) -> None:
        self.conn = store._conn
        self.path = store.path

    def __enter__(self) -> None:
        try:
            Store._retry(lambda: self.conn.execute("BEGIN IMMEDIATE"))
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot write ({err})") from err

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            try:
                Store._retry(lambda: self.conn.execute("COMMIT"))
                return False
            except sqlite3.Error as err:
                exc = err
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):  # disk full, read-only file, corruption: one line for the user
            raise StoreError(f"{self.path}: cannot write ({exc})") from exc
        return False
