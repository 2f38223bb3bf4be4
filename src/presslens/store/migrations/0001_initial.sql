-- presslens corpus store, version 1. Documented in docs/store.md.
-- The full record lives in articles.record (zlib-compressed JSON without the
-- text, which is stored once in articles.text); every other table is derived
-- from it and can be rebuilt, so a new layer never needs schema surgery.

CREATE TABLE articles (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,          -- sha256 of the canonical text
    title          TEXT,
    published      TEXT,                          -- ISO 8601 as in the record
    published_date TEXT,                          -- YYYY-MM-DD, for grouping and sorting
    language       TEXT,
    authors        TEXT NOT NULL DEFAULT '[]',    -- JSON list
    source_path    TEXT,
    source_url     TEXT,
    source_format  TEXT,
    word_count     INTEGER,
    layers         TEXT NOT NULL DEFAULT '[]',    -- JSON list of the layer names present
    text           TEXT NOT NULL,
    quotes_text    TEXT NOT NULL DEFAULT '',      -- all quotations, for full-text search
    record         BLOB NOT NULL,                 -- zlib(JSON record with "text" removed)
    added          TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_date);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, quotes_text,
    content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx        INTEGER NOT NULL,                  -- position in the layer
    entity_id  TEXT,                              -- the layer's own id (e.g. "E3")
    label      TEXT,
    name       TEXT NOT NULL,
    norm       TEXT NOT NULL,                     -- casefolded name, for grouping
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX entities_norm ON entities(norm, label);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    entity_idx INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_idx, start)
) WITHOUT ROWID;

CREATE TABLE quotes (
    rowid          INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id),
    idx            INTEGER NOT NULL,
    type           TEXT,
    cue            TEXT,
    speaker        TEXT,                          -- canonical speaker name
    speaker_entity TEXT,                          -- the speaker's entity name, when one
    speaker_norm   TEXT,                          -- casefolded speaker/entity name
    addressee      TEXT,
    reference      TEXT,                          -- footnote marker, e.g. "6"
    start          INTEGER NOT NULL,              -- first quote span start
    end            INTEGER NOT NULL,              -- last quote span end
    text           TEXT NOT NULL,                 -- spans joined with " … "
    norm           TEXT NOT NULL,                 -- normalised for tracing
    norm_hash      TEXT NOT NULL,                 -- sha1 of norm: exact-duplicate links
    UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_norm);
CREATE INDEX quotes_hash ON quotes(norm_hash);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    norm, content='quotes', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE timexes (
    article_id TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    type       TEXT,
    value      TEXT,
    mod        TEXT,
    anchor     TEXT,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX timexes_value ON timexes(value);

CREATE TABLE timeline (
    article_id TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    date       TEXT,                              -- the resolved value
    sentence   TEXT,                              -- the sentence the date belongs to
    entities   TEXT NOT NULL DEFAULT '[]',        -- JSON list of entity names acting in it
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX timeline_date ON timeline(date);

CREATE TABLE claims (
    article_id TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    label      TEXT,
    sourced    INTEGER,                           -- 1, 0 or NULL
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX claims_label ON claims(label);

-- Which inputs are done: a rerun after a crash skips them without analysing again.
CREATE TABLE sources (
    key         TEXT PRIMARY KEY,                 -- path, or path#row for CSV/JSONL rows
    fingerprint TEXT,                             -- size and mtime of the file when it was done
    article_id  TEXT,
    done       TEXT NOT NULL
) WITHOUT ROWID;

-- Inputs that failed; the latest reason per path.
CREATE TABLE errors (
    path     TEXT PRIMARY KEY,
    reason   TEXT NOT NULL,
    at       TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
