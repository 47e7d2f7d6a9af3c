"""The library schema, as recorded migrations.

The database's ``PRAGMA user_version`` is the number of migrations applied. A database whose version is newer
than the last migration here was written by a newer release and is refused untouched.

Dates are ISO strings: ``start_date`` inclusive, ``end_date`` exclusive (``[start_date, end_date)``), both NULL for
an undated event. ``start_day``/``end_day`` repeat them as integer day numbers (days since 0001-01-01, i.e.
``date.toordinal()``) so the timeline can load and sort a million events without parsing strings.
"""
from __future__ import annotations

#: Names recorded in the ``migrations`` table, one per entry of MIGRATIONS.
MIGRATION_NAMES: list[str] = ["first schema", "merge candidate index", "contentless article search index"]

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,      -- sha256 of the normalised text
        path TEXT,                              -- original file (or file#record for .jsonl)
        format TEXT NOT NULL,                   -- txt | html | jsonl | sample
        title TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,                         -- ISO date (YYYY-MM-DD) used as the reference date
        published_source TEXT NOT NULL,         -- metadata | dateline | file | user
        published_guessed INTEGER NOT NULL DEFAULT 0,  -- 1 while the date is a provisional anchor (file date)
        lang TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE timexes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,                     -- DATE | TIME | DURATION | SET
        value TEXT,
        granularity TEXT,
        mod TEXT,                               -- START | MID | END | APPROX
        calendar TEXT,                          -- gregorian | hijri
        hijri TEXT,
        start_date TEXT, end_date TEXT
    );
    CREATE INDEX timexes_article ON timexes(article_id);
    CREATE TABLE attributions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source TEXT NOT NULL, source_start INTEGER, source_end INTEGER,
        source_type TEXT NOT NULL,              -- person | official_anonymous | organization | media | document
        cue TEXT NOT NULL, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
        claim_start INTEGER NOT NULL, claim_end INTEGER NOT NULL,
        negated INTEGER NOT NULL DEFAULT 0      -- a denial («نفي»، «نفى»)
    );
    CREATE INDEX attributions_article ON attributions(article_id);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        date_text TEXT,                         -- the date as written in the text
        start_date TEXT, end_date TEXT,         -- [start, end) ISO; NULL when undated
        start_day INTEGER, end_day INTEGER,     -- the same as date.toordinal(), for fast loading
        granularity TEXT,                       -- day | week | month | season | quarter | year | range | time
        mod TEXT,
        calendar TEXT,
        confidence REAL NOT NULL DEFAULT 0.5,
        actors TEXT NOT NULL DEFAULT '[]',      -- JSON list of strings
        places TEXT NOT NULL DEFAULT '[]',      -- JSON list of strings
        relation TEXT,                          -- e.g. «رداً على» for undated events
        user_edited INTEGER NOT NULL DEFAULT 0, -- 1: re-extraction never overwrites it
        deleted INTEGER NOT NULL DEFAULT 0,     -- dropped by the user (restorable)
        merged_into INTEGER REFERENCES events(id),  -- set when merged into another event
        created_at TEXT NOT NULL,
        article_id INTEGER REFERENCES articles(id),  -- the article it was first extracted from (or added to by the user)
        origin TEXT NOT NULL DEFAULT 'extracted',    -- extracted | user
        sources TEXT NOT NULL DEFAULT '[]',     -- JSON list of the attribution sources of its citations (derived)
        outlets TEXT NOT NULL DEFAULT '[]'      -- JSON list of the outlets of its citing articles (derived)
    );
    CREATE INDEX events_start_day ON events(start_day);
    CREATE INDEX events_article ON events(article_id);
    -- live events in date order, covering the timeline's columns (merged_into IS NULL AND deleted = 0 first)
    CREATE INDEX events_live ON events(merged_into, deleted, start_day, end_day, granularity, mod, article_id,
                                       confidence);
    CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        original_event_id INTEGER,              -- the event it was extracted as (to split a merge again)
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        timex_id INTEGER REFERENCES timexes(id) ON DELETE SET NULL
    );
    CREATE INDEX citations_event ON citations(event_id);
    CREATE INDEX citations_article ON citations(article_id);
    CREATE TABLE citation_attributions (
        citation_id INTEGER NOT NULL REFERENCES citations(id) ON DELETE CASCADE,
        attribution_id INTEGER NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
        PRIMARY KEY (citation_id, attribution_id)
    );
    CREATE TABLE merges (
        id INTEGER PRIMARY KEY,
        kept_event_id INTEGER NOT NULL REFERENCES events(id),
        merged_event_id INTEGER NOT NULL REFERENCES events(id),
        by TEXT NOT NULL,                       -- auto | user
        at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0,
        citation_ids TEXT NOT NULL DEFAULT '[]' -- JSON list of the citations moved to the kept event (for split)
    );
    CREATE INDEX merges_kept ON merges(kept_event_id);
    CREATE INDEX merges_merged ON merges(merged_event_id);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE migrations (
        version INTEGER PRIMARY KEY,            -- the migration number (1-based)
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
    );
    -- Full-text search. The store keeps these in step with their tables (same rowid), indexing a search-normalised
    -- copy of the text (no tashkeel/tatweel, unified alef/yeh/teh marbuta), so they are plain FTS5 tables that any
    -- SQLite tool can query: SELECT rowid FROM events_fts WHERE events_fts MATCH '...'.
    -- detail=column: no token positions (queries are ANDed single-token prefix terms, never phrases), so the
    -- index is smaller and faster to build.
    CREATE VIRTUAL TABLE events_fts USING fts5(title, actors, places, sources, date_text,
                                               tokenize = 'unicode61 remove_diacritics 2', detail = column);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2',
                                                 detail = column);
    -- bulk ingest writes one small segment per article: merge them in larger steps (less rewriting)
    INSERT INTO events_fts(events_fts, rank) VALUES ('automerge', 16);
    INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
    """,
    # 2: merge.find_same_event scans live dated events by (start_day, id) for every event it stores. This covering
    # partial index answers that scan from the index alone (no table row per candidate): ~10x faster on a bench
    # library. Same order as events_start_day (start_day, rowid), so the first N candidates are the same events.
    """
    CREATE INDEX events_merge ON events(start_day, id, end_day, article_id)
        WHERE merged_into IS NULL AND deleted = 0 AND start_day IS NOT NULL;
    """,
    # 3: articles_fts kept a second copy of every article's (search-normalised) text beside its index; nothing reads
    # it (searches want rowids and rank, the text is in articles). A contentless table indexes the same words without
    # the copy: a 7,000-article library is ~28% smaller (154 -> 115 MB). Articles are never removed or re-indexed;
    # should they be, a contentless row is removed with its indexed values:
    # INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', id, <title>, <text>).
    """
    CREATE VIRTUAL TABLE articles_fts_v3 USING fts5(title, text, content = '',
                                                   tokenize = 'unicode61 remove_diacritics 2', detail = column);
    INSERT INTO articles_fts_v3(rowid, title, text) SELECT rowid, title, text FROM articles_fts;
    DROP TABLE articles_fts;
    ALTER TABLE articles_fts_v3 RENAME TO articles_fts;
    INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
