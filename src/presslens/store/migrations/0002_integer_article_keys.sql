-- Version 2: layer tables refer to articles by their integer rowid, not the
-- 64-character hex id (which every row and index entry repeated: the store
-- was 9x the raw text on 10kGNAD). Text is stored once: quotes keep spans (their
-- own text only when they have several spans), the normalised form lives only
-- in a contentless FTS5 index, timeline rows keep their sentence as a span, and
-- full-text search reads quotations through a view. Rows keep their values and order.
-- pl_quote_norm / pl_norm_hash are SQL functions the store registers.

CREATE TABLE entities_v2 (
    article    INTEGER NOT NULL,                  -- articles.rowid
    idx        INTEGER NOT NULL,
    entity_id  TEXT,
    label      TEXT,
    name       TEXT NOT NULL,
    norm       TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;
INSERT INTO entities_v2 SELECT a.rowid, e.idx, e.entity_id, e.label, e.name, e.norm, e.mentions
    FROM entities e JOIN articles a ON a.id = e.article_id ORDER BY a.rowid, e.idx;
DROP TABLE entities;
ALTER TABLE entities_v2 RENAME TO entities;
CREATE INDEX entities_norm ON entities(norm, label);

CREATE TABLE mentions_v2 (
    article    INTEGER NOT NULL,
    entity_idx INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    PRIMARY KEY (article, entity_idx, start)
) WITHOUT ROWID;
INSERT INTO mentions_v2 SELECT a.rowid, m.entity_idx, m.start, m.end
    FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY a.rowid, m.entity_idx, m.start;
DROP TABLE mentions;
ALTER TABLE mentions_v2 RENAME TO mentions;

DROP TABLE quotes_fts;
CREATE TABLE quotes_v2 (
    rowid          INTEGER PRIMARY KEY,
    article        INTEGER NOT NULL,
    idx            INTEGER NOT NULL,
    type           TEXT,
    cue            TEXT,
    speaker        TEXT,
    speaker_entity TEXT,
    speaker_norm   TEXT,
    addressee      TEXT,
    reference      TEXT,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    text           TEXT,                          -- only when the quote has several spans (else: start..end of the text)
    norm_hash      TEXT NOT NULL,                 -- 16 hex of sha1(normalised text): exact-copy links
    UNIQUE (article, idx)
);
INSERT INTO quotes_v2 SELECT q.rowid, a.rowid, q.idx, q.type, q.cue, q.speaker, q.speaker_entity, q.speaker_norm,
    q.addressee, q.reference, q.start, q.end,
    CASE WHEN q.text = substr(a.text, q.start + 1, q.end - q.start) THEN NULL ELSE q.text END,
    pl_norm_hash(pl_quote_norm(q.text))
    FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.rowid;
DROP TABLE quotes;
ALTER TABLE quotes_v2 RENAME TO quotes;
CREATE INDEX quotes_speaker ON quotes(speaker_norm);
CREATE INDEX quotes_hash ON quotes(norm_hash);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    norm, content='', tokenize='unicode61 remove_diacritics 2'
);

-- Every quote with its text and its article's metadata: what the queries read.
CREATE VIEW quotes_full AS
    SELECT q.*, a.id AS article_id, a.title, a.published, a.published_date,
           COALESCE(q.text, substr(a.text, q.start + 1, q.end - q.start)) AS quote
    FROM quotes q JOIN articles a ON a.rowid = q.article;
INSERT INTO quotes_fts (rowid, norm) SELECT rowid, pl_quote_norm(quote) FROM quotes_full;

-- Full-text search reads the quotations through a view instead of a copy in articles.
DROP TABLE articles_fts;
CREATE VIEW articles_search AS
    SELECT a.rowid AS article, a.title, a.text,
           (SELECT group_concat(quote, char(10)) FROM (SELECT quote FROM quotes_full WHERE article = a.rowid ORDER BY idx))
           AS quotes_text
    FROM articles a;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, quotes_text,
    content='articles_search', content_rowid='article',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
ALTER TABLE articles DROP COLUMN quotes_text;

CREATE TABLE timexes_v2 (
    article    INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    type       TEXT,
    value      TEXT,
    mod        TEXT,
    anchor     TEXT,
    text       TEXT NOT NULL,
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;
INSERT INTO timexes_v2 SELECT a.rowid, t.idx, t.start, t.end, t.type, t.value, t.mod, t.anchor, t.text
    FROM timexes t JOIN articles a ON a.id = t.article_id ORDER BY a.rowid, t.idx;
DROP TABLE timexes;
ALTER TABLE timexes_v2 RENAME TO timexes;
CREATE INDEX timexes_value ON timexes(value);

CREATE TABLE timeline_v2 (
    article    INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    date       TEXT,
    start      INTEGER,                           -- the sentence, as a span into articles.text
    end        INTEGER,
    entities   TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;
INSERT INTO timeline_v2 SELECT a.rowid, t.idx, t.date, NULLIF(instr(a.text, t.sentence), 0) - 1,
    NULLIF(instr(a.text, t.sentence), 0) - 1 + length(t.sentence), t.entities
    FROM timeline t JOIN articles a ON a.id = t.article_id ORDER BY a.rowid, t.idx;
DROP TABLE timeline;
ALTER TABLE timeline_v2 RENAME TO timeline;
CREATE INDEX timeline_date ON timeline(date);

CREATE TABLE claims_v2 (
    article    INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    label      TEXT,
    sourced    INTEGER,
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;
INSERT INTO claims_v2 SELECT a.rowid, c.idx, c.start, c.end, c.label, c.sourced
    FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY a.rowid, c.idx;
DROP TABLE claims;
ALTER TABLE claims_v2 RENAME TO claims;
