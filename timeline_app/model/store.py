"""The library: one SQLite file (WAL, foreign keys on) read and written through this class. No Qt.

Every mutating method is one transaction: a failure half-way (or a crash) leaves the library as it was before the
call. Each thread opens its own ``Store`` (SQLite connections are not shared between threads).

Events merged into another (``merged_into`` set) keep their row so ``split_event`` can restore them; they are hidden
from every query. Deleted events (``deleted = 1``) are hidden unless ``EventFilter.include_deleted``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import logging
import re
import sqlite3
import time
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np
import sqlite_utils

from timeline_app.model import merge, schema
from timeline_app.model.filters import GRANULARITIES, MODS, ORDER_BY, EventFilter, fts_query, normalize_for_search, where_clause
from timeline_app.model.types import ArticleInput, Attribution, Event, Extraction, Timex

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
UNDATED_DAY = -1  # start_day/end_day value in timeline_columns() for undated events

EVENT_JSON_COLUMNS = ("actors", "places", "sources", "outlets")
EDITABLE_EVENT_FIELDS = {"title", "date_text", "start_date", "end_date", "granularity", "mod", "calendar",
                         "confidence", "actors", "places", "relation"}


class StoreError(Exception):
    """A library cannot be opened or an operation is invalid; the message is fit to show to the user."""


class NewerSchemaError(StoreError):
    """The library was written by a newer release of the app; it is left untouched."""


# ---------------------------------------------------------------------------------------------------------------
# helpers


_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """The text as compared for de-duplication: NFC, no invisible/bidi marks or tatweel, whitespace collapsed."""
    t = unicodedata.normalize("NFC", text)
    t = _INVISIBLE.sub("", t).replace("\u0640", "")
    return _SPACES.sub(" ", t).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


_INSERT_SQL: dict[tuple, str] = {}


def _json_list(values) -> str:
    return json.dumps(list(values), ensure_ascii=False) if values else "[]"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _iso(d: dt.date | str | None) -> str | None:
    if d is None or d == "":
        return None
    if isinstance(d, str):
        return dt.date.fromisoformat(d[:10]).isoformat()
    if isinstance(d, dt.datetime):
        return d.date().isoformat()
    return d.isoformat()


def _day(d: str | None) -> int | None:
    return dt.date.fromisoformat(d).toordinal() if d else None


def _pipeline_available() -> bool:
    return importlib.util.find_spec("timeline_app.model.pipeline") is not None


_warned: set[str] = set()


def run_extraction(text: str, published: dt.date) -> Extraction:
    """``pipeline.extract`` (EVENTS). Until that module exists, an empty Extraction, with one warning logged."""
    if not _pipeline_available():
        if "pipeline" not in _warned:
            _warned.add("pipeline")
            log.warning("timeline_app.model.pipeline is not available: articles are stored without events")
        return Extraction()
    from timeline_app.model import pipeline
    return pipeline.extract(text, published)


def _find_same_event(db, event_row: dict, article_id: int) -> int | None:
    """merge.find_same_event (a module-level name so tests can stand in their own rule)."""
    return merge.find_same_event(db, event_row, article_id)


def _forget_titles(db) -> None:
    """Event titles changed or ids were freed on this connection: merge's title cache must not trust them."""
    merge.forget(db)


def _match_spans(spans: dict[int, tuple[int, int]], events: list[Event]) -> dict[int, int]:
    """For each key's evidence span, the index of the event over the same span, else the one overlapping it most
    (each event taken once): how a kept event finds itself again in a re-extraction."""
    out: dict[int, int] = {}
    taken: set[int] = set()
    for key, (a, b) in sorted(spans.items(), key=lambda kv: kv[1]):
        best, best_overlap = None, 0
        for k, e in enumerate(events):
            if k in taken:
                continue
            overlap = min(b, e.end) - max(a, e.start)
            if (e.start, e.end) == (a, b):
                best = k
                break
            if overlap > best_overlap:
                best, best_overlap = k, overlap
        if best is not None:
            out[key] = best
            taken.add(best)
    return out


def _split_statements(sql: str) -> Iterator[str]:
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf
            buf = ""
    if buf.strip() and not buf.strip().startswith("--"):
        yield buf


def read_user_version(path: Path) -> int:
    """The schema version of an existing library, read without writing anything (not even -wal/-shm files)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise StoreError(f"cannot open {path}: {exc.strerror or exc}") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StoreError(f"{path} is not a timeline library (not an SQLite database)")
    version = int.from_bytes(header[60:64], "big")
    wal = Path(str(path) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:  # committed changes may still sit in the WAL: ask SQLite, read-only
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error:
            pass
    return version


# ---------------------------------------------------------------------------------------------------------------


class Store:
    """A timeline library. ``Store(path)`` or ``Store.open(path)`` opens it, creating and migrating as needed."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = Path(path)
        self.conn = None
        self._depth = 0
        self._batch: dict | None = None
        self._now_cached: str | None = None
        # inside batch(): full-text rows written at the batch's commit, not per article (see _fts_write)
        self._fts_batch: dict[str, dict[int, tuple | None]] | None = None
        self._fts_unit: dict[str, dict[int, tuple | None]] | None = None
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a library file")
        exists = self.path.exists() and self.path.stat().st_size > 0
        if exists:
            version = read_user_version(self.path)
            if version > schema.SCHEMA_VERSION:
                raise NewerSchemaError(
                    f"{self.path} was written by a newer version of timeline-app (library schema {version}; this "
                    f"version reads up to {schema.SCHEMA_VERSION}). It was left untouched: update timeline-app to "
                    f"open it.")
        elif not create:
            raise StoreError(f"no library at {self.path}")
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=10)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        try:
            self.conn.execute("PRAGMA busy_timeout = 10000")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("%s: journal_mode is %s, not WAL", self.path, mode)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: atomic and consistent, fast commits
            self.db = sqlite_utils.Database(self.conn)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        except Exception:
            self.conn.close()
            raise

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> "Store":
        return cls(path, create=create)

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self.conn.close()
            self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- transactions and migrations ---

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception. Nested calls join the outer transaction.
        Inside ``batch()``, each transaction is a SAVEPOINT: it is undone alone on failure, committed with the batch."""
        if self._depth > 0 or (self._batch is None and self.conn.in_transaction):  # join the caller's transaction
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            if self._batch is not None:
                self.conn.execute("SAVEPOINT unit")
                self._fts_unit = {"events_fts": {}, "articles_fts": {}}
                try:
                    yield self.conn
                except BaseException:
                    self._fts_unit = None  # the unit's full-text rows go with it
                    _forget_titles(self.db)  # ids of the undone rows can be given again, to other titles
                    if self.conn.in_transaction:  # (SQLite may already have rolled back, e.g. disk full)
                        self.conn.execute("ROLLBACK TO unit")
                        self.conn.execute("RELEASE unit")
                    else:  # the whole batch so far went: so do its pending full-text rows
                        for rows in self._fts_batch.values():
                            rows.clear()
                    raise
                self.conn.execute("RELEASE unit")
                for table, rows in self._fts_unit.items():
                    self._fts_batch[table].update(rows)
                self._fts_unit = None
                self._batch_tick()
            else:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.conn
                except BaseException:
                    _forget_titles(self.db)
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
                self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    @contextmanager
    def batch(self, size: int = 64, seconds: float = 0.5) -> Iterator["Store"]:
        """Group many one-article transactions into fewer commits (bulk ingest). Every article is still all or
        nothing: it is a SAVEPOINT inside the batch, rolled back alone if it fails. The batch commits every ``size``
        units or ``seconds``, and at the end (also when leaving with an exception: finished units are kept). A
        crash loses at most the units since the last commit, never part of one."""
        if self._batch is not None or self.conn.in_transaction:
            yield self
            return
        self._batch = {"n": 0, "t": time.monotonic(), "size": size, "seconds": seconds}
        self._fts_batch = {"events_fts": {}, "articles_fts": {}}
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        finally:
            self._batch = None
            try:
                if self.conn.in_transaction:
                    self._commit_batch()
            finally:
                self._fts_batch = None

    def _batch_tick(self) -> None:
        b = self._batch
        if not self.conn.in_transaction:  # rolled back underneath us: start the batch's next transaction
            for rows in self._fts_batch.values():
                rows.clear()  # (their articles went with the rollback)
            self.conn.execute("BEGIN IMMEDIATE")
            b["n"], b["t"] = 0, time.monotonic()
            return
        b["n"] += 1
        if b["n"] >= b["size"] or time.monotonic() - b["t"] >= b["seconds"]:
            self._commit_batch()
            self.conn.execute("BEGIN IMMEDIATE")
            b["n"], b["t"] = 0, time.monotonic()

    def _commit_batch(self) -> None:
        """Write the batch's pending full-text rows, then COMMIT: the articles and their index rows land together.
        Should that write fail, the whole batch is rolled back (never articles without their index rows)."""
        try:
            self._fts_flush()
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    _FTS_INSERT = {
        "events_fts": "INSERT INTO events_fts(rowid, title, actors, places, sources, date_text) VALUES (?,?,?,?,?,?)",
        "articles_fts": "INSERT INTO articles_fts(rowid, title, text) VALUES (?,?,?)",
    }

    def _fts_write(self, table: str, rowid: int, values: tuple | None, new: bool = False) -> None:
        """Set (``values``) or remove (None) the full-text row ``rowid`` of ``table``; ``new``: there is none yet.

        Outside a batch, at once. Inside one, FTS5 would write a new index segment at every article's SAVEPOINT
        (it flushes its pending terms there), so the rows wait in memory and are inserted in one go just before
        the batch commits; a unit (article) that rolls back drops its own pending rows."""
        unit = self._fts_unit
        if unit is None:
            if not new:
                self.conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
            if values is not None:
                self.conn.execute(self._FTS_INSERT[table], (rowid, *values))
            return
        if not new and rowid not in unit[table] and rowid not in self._fts_batch[table]:
            self.conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))  # a row already in the index
        unit[table][rowid] = values

    def _fts_flush(self) -> None:
        if not self._fts_batch:
            return
        for table, rows in self._fts_batch.items():
            if rows:
                self.conn.executemany(self._FTS_INSERT[table],
                                      [(rowid, *v) for rowid, v in sorted(rows.items()) if v is not None])
                rows.clear()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.schema_version
        if current > schema.SCHEMA_VERSION:  # raced with a newer writer since the header check
            raise NewerSchemaError(f"{self.path} was written by a newer version of timeline-app (library schema "
                                   f"{current}); it was left untouched")
        if current == schema.SCHEMA_VERSION:
            return
        with self.transaction() as c:
            for number in range(current + 1, schema.SCHEMA_VERSION + 1):
                for statement in _split_statements(schema.MIGRATIONS[number - 1]):
                    c.execute(statement)
                name = schema.MIGRATION_NAMES[number - 1] if number - 1 < len(schema.MIGRATION_NAMES) else ""
                c.execute("INSERT INTO migrations(version, name, applied_at) VALUES (?, ?, ?)", (number, name, _now()))
                c.execute(f"PRAGMA user_version = {int(number)}")
            if current == 0:
                from timeline_app import __version__
                c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('created_by', ?), ('created_at', ?)",
                          (f"timeline-app {__version__}", _now()))

    # --- articles ---

    def find_article_by_hash(self, h: str) -> int | None:
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (h,)).fetchone()
        return row[0] if row else None

    def add_article(self, article: ArticleInput, extraction: Extraction | None = None, *,
                    precomputed: dict | None = None) -> tuple[str, int]:
        """Store an article with its extraction in one transaction. Returns ("ingested" | "duplicate", article_id).

        Runs ``pipeline.extract`` when ``extraction`` is None (after the duplicate check, so duplicates cost
        nothing). Events that ``merge.find_same_event`` recognises in other articles are merged into them.
        ``precomputed``: {"hash": content_hash(text), "fts_text": normalize_for_search(text)} when the caller (an
        ingest worker process) already computed them."""
        if not article.text or not article.text.strip():
            raise StoreError("the article has no text")
        pre = precomputed or {}
        h = pre.get("hash") or content_hash(article.text)
        existing = self.find_article_by_hash(h)
        if existing is not None:
            return "duplicate", existing
        published = article.published or dt.date.today()
        if extraction is None:
            extraction = run_extraction(article.text, published)
        try:
            with self.transaction() as c:
                cur = c.execute(
                    "INSERT INTO articles(content_hash, path, format, title, outlet, url, published, published_source,"
                    " published_guessed, lang, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (h, article.path, article.format, article.title, article.outlet, article.url, _iso(published),
                     article.published_source, 1 if (article.published_guessed or article.published is None) else 0,
                     article.lang, article.text, _now()))
                article_id = cur.lastrowid
                self._fts_write("articles_fts", article_id, (normalize_for_search(article.title),
                                pre.get("fts_text") or normalize_for_search(article.text)), new=True)
                self._store_extraction(article_id, article.text, article.outlet, extraction)
        except sqlite3.IntegrityError:
            existing = self.find_article_by_hash(h)  # stored meanwhile by another connection
            if existing is not None:
                return "duplicate", existing
            raise
        return "ingested", article_id

    def _store_extraction(self, article_id: int, text: str, outlet: str | None, ex: Extraction,
                          skip_event: Any = None, ids: dict | None = None) -> list[int]:
        """Insert ``ex``'s timexes, attributions and events (except those ``skip_event(e)`` refuses); returns the
        event ids. ``ids``, when given, receives the new row ids: {"timexes": [...], "attributions": [...]}."""
        c = self.conn
        timex_ids: list[int] = []
        for t in ex.timexes:
            cur = c.execute(
                'INSERT INTO timexes(article_id, start, "end", text, type, value, granularity, mod, calendar, hijri,'
                " start_date, end_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (article_id, t.start, t.end, t.text, t.type, t.value, t.granularity, t.mod, t.calendar, t.hijri,
                 _iso(t.start_date), _iso(t.end_date)))
            timex_ids.append(cur.lastrowid)
        attribution_ids: list[int] = []
        for a in ex.attributions:
            cur = c.execute(
                "INSERT INTO attributions(article_id, source, source_start, source_end, source_type, cue, cue_start,"
                " cue_end, claim_start, claim_end, negated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (article_id, a.source, a.source_start, a.source_end, a.source_type, a.cue, a.cue_start, a.cue_end,
                 a.claim_start, a.claim_end, 1 if a.negated else 0))
            attribution_ids.append(cur.lastrowid)
        if ids is not None:
            ids.update(timexes=timex_ids, attributions=attribution_ids)
        event_ids = []
        self._now_cached = _now()
        try:
            for e in ex.events:
                if skip_event is not None and skip_event(e):
                    continue
                event_ids.append(self._insert_event(article_id, text, outlet, e, ex, timex_ids, attribution_ids))
        finally:
            self._now_cached = None
        return event_ids

    def _event_fields(self, article_id: int, text: str, outlet: str | None, e: Event, ex: Extraction
                      ) -> tuple[dict, Timex | None, list[int]]:
        """The events-table row of an extracted event (not merged), its timex and its valid attribution indexes."""
        timex = ex.timexes[e.timex_index] if e.timex_index is not None and 0 <= e.timex_index < len(ex.timexes) else None
        start_date = _iso(e.start_date) or (_iso(timex.start_date) if timex and timex.placed else None)
        end_date = _iso(e.end_date) or (_iso(timex.end_date) if timex and timex.placed and start_date else None)
        if start_date and not end_date:
            end_date = (dt.date.fromisoformat(start_date) + dt.timedelta(days=1)).isoformat()
        attr_idx = [i for i in e.attribution_indexes if 0 <= i < len(ex.attributions)]
        sources = sorted({ex.attributions[i].source for i in attr_idx})
        row = {
            "title": e.title or text[e.start:e.end][:200],
            "date_text": e.date_text or (timex.text if timex else None),
            "start_date": start_date, "end_date": end_date,
            "start_day": _day(start_date), "end_day": _day(end_date),
            "granularity": e.granularity or (timex.granularity if timex else None),
            "mod": e.mod or (timex.mod if timex else None),
            "calendar": e.calendar or (timex.calendar if timex else None),
            "confidence": float(e.confidence),
            "actors": _json_list(e.actors), "places": _json_list(e.places),
            "relation": e.relation, "user_edited": 0, "deleted": 0, "merged_into": None,
            "created_at": self._now_cached or _now(), "article_id": article_id, "origin": "extracted",
            "sources": _json_list(sources), "outlets": _json_list([outlet] if outlet else []),
        }
        return row, timex, attr_idx

    def _insert_event(self, article_id: int, text: str, outlet: str | None, e: Event, ex: Extraction,
                      timex_ids: list[int], attribution_ids: list[int]) -> int:
        c = self.conn
        row, timex, attr_idx = self._event_fields(article_id, text, outlet, e, ex)
        same = _find_same_event(self.db, dict(row, text_evidence=text[e.start:e.end]), article_id)
        same = self._live_event(same) if same is not None else None
        if same is not None and self._event_article(same) == article_id:
            same = None
        row["merged_into"] = same
        event_id = self._insert_row("events", row)
        self._index_event(event_id, row, new=True)
        cur = c.execute(
            "INSERT INTO citations(event_id, original_event_id, article_id, evidence_start, evidence_end, timex_id)"
            " VALUES (?,?,?,?,?,?)",
            (same if same is not None else event_id, event_id, article_id, e.start, e.end,
             timex_ids[e.timex_index] if timex is not None else None))
        citation_id = cur.lastrowid
        if attr_idx:
            c.executemany("INSERT OR IGNORE INTO citation_attributions(citation_id, attribution_id) VALUES (?, ?)",
                          [(citation_id, attribution_ids[i]) for i in attr_idx])
        if same is not None:
            c.execute("INSERT INTO merges(kept_event_id, merged_event_id, by, at, citation_ids) VALUES (?,?,?,?,?)",
                      (same, event_id, "auto", _now(), json.dumps([citation_id])))
            self._refresh_derived(same)
        return event_id

    def _insert_row(self, table: str, row: dict) -> int:
        key = (table, tuple(row))
        sql = _INSERT_SQL.get(key)
        if sql is None:
            sql = _INSERT_SQL[key] = f"INSERT INTO {table}({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})"
        return self.conn.execute(sql, tuple(row.values())).lastrowid

    def _live_event(self, event_id: int) -> int | None:
        """Follow merged_into to the event that now stands for ``event_id``; None if it does not exist."""
        seen = set()
        while event_id is not None and event_id not in seen:
            seen.add(event_id)
            row = self.conn.execute("SELECT merged_into FROM events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                return None
            if row[0] is None:
                return event_id
            event_id = row[0]
        return None

    def _event_article(self, event_id: int) -> int | None:
        row = self.conn.execute("SELECT article_id FROM events WHERE id = ?", (event_id,)).fetchone()
        return row[0] if row else None

    def _index_event(self, event_id: int, row: dict, new: bool = False) -> None:
        def lst(v):
            return " ".join(json.loads(v) if isinstance(v, str) else (v or []))
        self._fts_write("events_fts", event_id, (
            normalize_for_search(row.get("title")), normalize_for_search(lst(row.get("actors"))),
            normalize_for_search(lst(row.get("places"))), normalize_for_search(lst(row.get("sources")))
            + " " + normalize_for_search(lst(row.get("outlets"))), normalize_for_search(row.get("date_text"))), new=new)

    def _refresh_derived(self, event_id: int) -> None:
        """Recompute an event's sources/outlets from its citations and re-index it for search."""
        c = self.conn
        sources = [r[0] for r in c.execute(
            "SELECT DISTINCT a.source FROM citations ci JOIN citation_attributions ca ON ca.citation_id = ci.id "
            "JOIN attributions a ON a.id = ca.attribution_id WHERE ci.event_id = ? ORDER BY a.source", (event_id,))]
        outlets = [r[0] for r in c.execute(
            "SELECT DISTINCT ar.outlet FROM citations ci JOIN articles ar ON ar.id = ci.article_id "
            "WHERE ci.event_id = ? AND ar.outlet IS NOT NULL ORDER BY ar.outlet", (event_id,))]
        c.execute("UPDATE events SET sources = ?, outlets = ? WHERE id = ?",
                  (json.dumps(sources, ensure_ascii=False), json.dumps(outlets, ensure_ascii=False), event_id))
        row = self._event_row(event_id)
        if row is not None:
            self._index_event(event_id, row)

    def article(self, article_id: int) -> dict | None:
        row = self._fetch_dicts("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not row:
            return None
        d = row[0]
        d["published_guessed"] = bool(d["published_guessed"])
        d["timexes"] = self._fetch_dicts('SELECT * FROM timexes WHERE article_id = ? ORDER BY start', (article_id,))
        d["attributions"] = self._fetch_dicts(
            "SELECT * FROM attributions WHERE article_id = ? ORDER BY cue_start", (article_id,))
        d["event_ids"] = [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT events.id FROM citations JOIN events ON events.id = citations.event_id "
            f"WHERE citations.article_id = ? AND events.merged_into IS NULL ORDER BY {ORDER_BY}", (article_id,))]
        return d

    def articles(self) -> list[dict]:
        """All articles without their text, newest ingest last, each with its visible event count."""
        rows = self._fetch_dicts(
            "SELECT a.id, a.content_hash, a.path, a.format, a.title, a.outlet, a.url, a.published, "
            "a.published_source, a.published_guessed, a.lang, a.ingested_at, length(a.text) AS text_length, "
            "(SELECT count(DISTINCT c.event_id) FROM citations c JOIN events e ON e.id = c.event_id "
            " WHERE c.article_id = a.id AND e.merged_into IS NULL AND e.deleted = 0) AS event_count "
            "FROM articles a ORDER BY a.id")
        for d in rows:
            d["published_guessed"] = bool(d["published_guessed"])
        return rows

    def article_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search_articles(self, text: str) -> list[int]:
        q = fts_query(text)
        if q is None:
            return []
        return [r[0] for r in self.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank", (q,))]

    def set_published(self, article_id: int, date: dt.date | str, extraction: Extraction | None = None,
                      source: str = "user") -> None:
        """Set an article's publication date and re-resolve it: its timexes and attributions are re-extracted
        against the new date and its events are replaced, except the ones the user curated, which keep their id:

        * edited or user-added events are kept as the user left them;
        * events the user deleted (or that are merged into an event the user deleted) stay deleted: their dates
          are re-resolved in place from the re-extracted event over the same evidence, so restoring one later
          shows it against the new date.

        A re-extracted event over the evidence of a kept event is not added again. The kept events' citations are
        linked to the new timex and attribution rows over the same spans (their sources stay)."""
        art = self.conn.execute("SELECT text, outlet FROM articles WHERE id = ?", (article_id,)).fetchone()
        if art is None:
            raise StoreError(f"no article {article_id}")
        text, outlet = art
        new_date = dt.date.fromisoformat(_iso(date))
        if extraction is None:
            extraction = run_extraction(text, new_date)
        with self.transaction() as c:
            c.execute("UPDATE articles SET published = ?, published_source = ?, published_guessed = 0 WHERE id = ?",
                      (new_date.isoformat(), source, article_id))
            kept, hidden = self._curated_events(article_id)
            # the article's other extracted events (live or merged away) go, and the merges they took part in
            old = [r[0] for r in c.execute("SELECT id FROM events WHERE article_id = ? AND origin = 'extracted'",
                                           (article_id,)) if r[0] not in kept]
            touched: set[int] = set()
            for eid in old:
                for (mid,) in c.execute("SELECT id FROM merges WHERE kept_event_id = ? AND undone = 0 ORDER BY id DESC",
                                        (eid,)).fetchall():
                    touched.update(self._undo_merge(mid))
            old_set = set(old)
            for eid in old:
                row = c.execute("SELECT merged_into FROM events WHERE id = ?", (eid,)).fetchone()
                if row and row[0] is not None and row[0] not in old_set:
                    touched.add(row[0])
            if old:
                qs = ",".join("?" for _ in old)
                c.execute(f"DELETE FROM citations WHERE original_event_id IN ({qs}) OR event_id IN ({qs})", old + old)
                c.execute(f"DELETE FROM merges WHERE kept_event_id IN ({qs}) OR merged_event_id IN ({qs})", old + old)
                c.execute(f"UPDATE events SET merged_into = NULL WHERE id IN ({qs})", old)
                for eid in old:
                    self._fts_write("events_fts", eid, None)
                c.execute(f"DELETE FROM events WHERE id IN ({qs})", old)
            _forget_titles(self.db)  # deleted ids can come back with the re-extracted titles
            # the kept events' citations in this article, with the spans of their timex and attributions
            cites = self._fetch_dicts(
                "SELECT ci.id, ci.event_id, ci.original_event_id, ci.evidence_start, ci.evidence_end, "
                "t.start AS t_start, t.\"end\" AS t_end FROM citations ci LEFT JOIN timexes t ON t.id = ci.timex_id "
                "WHERE ci.article_id = ?", (article_id,))
            for ci in cites:
                ci["attrs"] = c.execute(
                    "SELECT a.source_start, a.source_end, a.cue_start, a.cue_end, a.claim_start, a.claim_end "
                    "FROM citation_attributions ca JOIN attributions a ON a.id = ca.attribution_id "
                    "WHERE ca.citation_id = ?", (ci["id"],)).fetchall()
            c.execute("DELETE FROM timexes WHERE article_id = ?", (article_id,))
            c.execute("DELETE FROM attributions WHERE article_id = ?", (article_id,))
            # a hidden (deleted) event takes its re-resolved fields from the re-extracted event over its evidence
            own = {ci["original_event_id"]: ci for ci in cites}
            match = _match_spans({eid: (own[eid]["evidence_start"], own[eid]["evidence_end"])
                                  for eid in hidden if eid in own}, extraction.events)
            spans = [(ci["evidence_start"], ci["evidence_end"]) for ci in cites]
            skip = {k for k, e in enumerate(extraction.events)
                    if k in match.values() or any(e.start < b and a < e.end for a, b in spans)}
            skipped = {id(extraction.events[k]) for k in skip}
            ids: dict = {}
            self._store_extraction(article_id, text, outlet, extraction, skip_event=lambda e: id(e) in skipped,
                                   ids=ids)
            timex_by_span = {(t.start, t.end): i for t, i in zip(extraction.timexes, ids["timexes"])}
            attr_by_span = {(a.source_start, a.source_end, a.cue_start, a.cue_end, a.claim_start, a.claim_end): i
                            for a, i in zip(extraction.attributions, ids["attributions"])}
            for ci in cites:  # the kept citations point at the new rows over the same spans
                c.execute("UPDATE citations SET timex_id = ? WHERE id = ?",
                          (timex_by_span.get((ci["t_start"], ci["t_end"])), ci["id"]))
                c.executemany("INSERT OR IGNORE INTO citation_attributions(citation_id, attribution_id) VALUES (?,?)",
                              [(ci["id"], attr_by_span[k]) for k in map(tuple, ci["attrs"]) if k in attr_by_span])
                touched.add(ci["event_id"])
            for eid, k in match.items():
                self._re_resolve_hidden(eid, own[eid]["id"], article_id, text, outlet, extraction, k, ids)
            for eid in touched - old_set:
                if self._event_row(eid) is not None:
                    self._refresh_derived(eid)

    def _curated_events(self, article_id: int) -> tuple[set[int], set[int]]:
        """The article's events that re-resolution must keep: (all of them, the unedited hidden ones among them).
        Kept: edited or user-added events, and hidden ones: deleted by the user or merged into an event the user
        deleted. (Merges of the other events, the user's too, are undone: their dates change.)"""
        c = self.conn
        kept: set[int] = set()
        hidden: set[int] = set()
        for eid, edited, origin, deleted, merged_into in c.execute(
                "SELECT id, user_edited, origin, deleted, merged_into FROM events WHERE article_id = ?", (article_id,)
        ).fetchall():
            if edited or origin != "extracted":
                kept.add(eid)
                continue
            end = self._live_event(merged_into) if merged_into is not None else eid
            if deleted or (end is not None and c.execute("SELECT deleted FROM events WHERE id = ?", (end,)).fetchone()[0]):
                kept.add(eid)
                hidden.add(eid)
        return kept, hidden

    def _re_resolve_hidden(self, event_id: int, citation_id: int, article_id: int, text: str, outlet: str | None,
                           ex: Extraction, k: int, ids: dict) -> None:
        """Give a kept, unedited (hidden) event the fields of re-extracted event ``k``; id, deleted flag and merges
        stay. Its own citation takes the new evidence span, timex and attributions."""
        c = self.conn
        e = ex.events[k]
        row, timex, attr_idx = self._event_fields(article_id, text, outlet, e, ex)
        fields = {f: row[f] for f in ("title", "date_text", "start_date", "end_date", "start_day", "end_day",
                                      "granularity", "mod", "calendar", "confidence", "actors", "places", "relation")}
        c.execute(f"UPDATE events SET {', '.join(f + ' = ?' for f in fields)} WHERE id = ?",
                  [*fields.values(), event_id])
        c.execute("UPDATE citations SET evidence_start = ?, evidence_end = ?, timex_id = ? WHERE id = ?",
                  (e.start, e.end, ids["timexes"][e.timex_index] if timex is not None else None, citation_id))
        c.execute("DELETE FROM citation_attributions WHERE citation_id = ?", (citation_id,))
        c.executemany("INSERT OR IGNORE INTO citation_attributions(citation_id, attribution_id) VALUES (?, ?)",
                      [(citation_id, ids["attributions"][i]) for i in attr_idx])
        self._refresh_derived(event_id)

    # --- events: reading ---

    def _fetch_dicts(self, sql: str, params: Iterable = ()) -> list[dict]:
        cur = self.conn.execute(sql, tuple(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def _event_row(self, event_id: int) -> dict | None:
        rows = self._fetch_dicts("SELECT * FROM events WHERE id = ?", (event_id,))
        return rows[0] if rows else None

    @staticmethod
    def _decode_event(d: dict) -> dict:
        for k in EVENT_JSON_COLUMNS:
            if k in d:
                d[k] = json.loads(d[k]) if d[k] else []
        for k in ("user_edited", "deleted"):
            if k in d:
                d[k] = bool(d[k])
        d["outlet"] = d["outlets"][0] if d.get("outlets") else None
        return d

    def event(self, event_id: int) -> dict | None:
        """The event with its citations (article, evidence span and text, timex, attributions) and merges."""
        row = self._event_row(event_id)
        if row is None:
            return None
        d = self._decode_event(row)
        cites = self._fetch_dicts(
            "SELECT ci.*, ar.title AS article_title, ar.outlet AS outlet, ar.url AS url, ar.published AS published, "
            "ar.published_guessed AS published_guessed, substr(ar.text, ci.evidence_start + 1, "
            "ci.evidence_end - ci.evidence_start) AS evidence_text FROM citations ci "
            "JOIN articles ar ON ar.id = ci.article_id WHERE ci.event_id = ? ORDER BY ci.id", (event_id,))
        all_attrs = []
        for ci in cites:
            ci["published_guessed"] = bool(ci["published_guessed"])
            tx = self._fetch_dicts("SELECT * FROM timexes WHERE id = ?", (ci["timex_id"],)) if ci["timex_id"] else []
            ci["timex"] = tx[0] if tx else None
            attrs = self._fetch_dicts(
                "SELECT a.* FROM citation_attributions ca JOIN attributions a ON a.id = ca.attribution_id "
                "WHERE ca.citation_id = ? ORDER BY a.cue_start", (ci["id"],))
            for a in attrs:
                a["negated"] = bool(a["negated"])
                a["citation_id"] = ci["id"]
            ci["attributions"] = attrs
            all_attrs += attrs
        d["citations"] = cites
        d["attributions"] = all_attrs
        d["merges"] = self._fetch_dicts(
            "SELECT * FROM merges WHERE (kept_event_id = ? OR merged_event_id = ?) AND undone = 0 ORDER BY id",
            (event_id, event_id))
        return d

    def _select_ordered(self, columns: str, f: EventFilter | None) -> Iterator[tuple]:
        """Rows of the events ``f`` lets through: dated ones by (start_day, id), then undated ones by id. Two
        queries, so each can walk the ``events_live`` index in order instead of sorting a million rows."""
        f = f or EventFilter()
        where, params = where_clause(f, part="dated")
        yield from self.conn.execute(
            f"SELECT {columns} FROM events WHERE {where} ORDER BY events.start_day, events.id", params)
        if f.include_undated:
            where, params = where_clause(f, part="undated")
            yield from self.conn.execute(f"SELECT {columns} FROM events WHERE {where} ORDER BY events.id", params)

    def query_event_ids(self, f: EventFilter | None = None) -> list[int]:
        """Ids of the events ``f`` lets through, by (start_day, id), undated last."""
        return [r[0] for r in self._select_ordered("events.id", f)]

    def count_events(self, f: EventFilter | None = None) -> int:
        where, params = where_clause(f)
        return self.conn.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]

    def events_by_ids(self, ids: Iterable[int]) -> list[dict]:
        """Event rows (JSON columns decoded, ``outlet`` = first outlet, ``citation_count``) in the order given;
        ids that do not exist are skipped."""
        ids = [int(i) for i in ids]
        found: dict[int, dict] = {}
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            qs = ",".join("?" for _ in chunk)
            for d in self._fetch_dicts(
                    f"SELECT events.*, (SELECT count(*) FROM citations WHERE citations.event_id = events.id) "
                    f"AS citation_count FROM events WHERE id IN ({qs})", chunk):
                found[d["id"]] = self._decode_event(d)
        return [found[i] for i in ids if i in found]

    def timeline_columns(self, f: EventFilter | None = None, ordered: bool = True) -> dict[str, np.ndarray]:
        """Column arrays for painting, in ``query_event_ids`` order: id, start_day, end_day (ordinal days, end
        exclusive; UNDATED_DAY = -1 for undated events), granularity_code (index in filters.GRANULARITIES, -1 none),
        mod_code (index in filters.MODS, -1 none), article_id (-1 none), confidence (float32).
        ``ordered=False`` skips the ORDER BY (half the time at 1M rows) for callers that sort the arrays themselves
        (the timeline does)."""
        gcase = "CASE events.granularity " + " ".join(f"WHEN '{g}' THEN {i}" for i, g in enumerate(GRANULARITIES)) \
            + " ELSE -1 END"
        mcase = "CASE events.mod " + " ".join(f"WHEN '{m}' THEN {i}" for i, m in enumerate(MODS)) + " ELSE -1 END"
        columns = (f"events.id, IFNULL(events.start_day, {UNDATED_DAY}), IFNULL(events.end_day, {UNDATED_DAY}), "
                   f"{gcase}, {mcase}, IFNULL(events.article_id, -1), events.confidence")
        if ordered:
            rows = self._select_ordered(columns, f)
        else:
            where, params = where_clause(f)
            rows = self.conn.execute(f"SELECT {columns} FROM events WHERE {where}", params)
        dtype = np.dtype([("id", np.int64), ("start_day", np.int32), ("end_day", np.int32),
                          ("granularity_code", np.int8), ("mod_code", np.int8), ("article_id", np.int64),
                          ("confidence", np.float32)])
        arr = np.fromiter(rows, dtype=dtype)
        return {name: np.ascontiguousarray(arr[name]) for name in dtype.names}

    def search(self, text: str, limit: int | None = None) -> list[int]:
        """Ids of visible events matching ``text`` (every word, as a prefix, in title/actors/places/sources/outlets
        /date), best first. Any input is safe: FTS5 syntax is treated as plain words."""
        q = fts_query(text)
        if q is None:
            return []
        sql = ("SELECT events.id FROM events_fts JOIN events ON events.id = events_fts.rowid "
               "WHERE events_fts MATCH ? AND events.merged_into IS NULL AND events.deleted = 0 ORDER BY events_fts.rank")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.conn.execute(sql, (q,))]

    def facets(self, f: EventFilter | None = None) -> dict[str, list[tuple[str, int]]]:
        """Outlets, actors and places of the events ``f`` lets through, each as (value, event count), most first."""
        where, params = where_clause(f)
        out = {}
        out["outlets"] = [tuple(r) for r in self.conn.execute(
            f"SELECT ar.outlet, count(DISTINCT events.id) AS n FROM events JOIN citations ci ON ci.event_id = events.id"
            f" JOIN articles ar ON ar.id = ci.article_id WHERE {where} AND ar.outlet IS NOT NULL "
            f"GROUP BY ar.outlet ORDER BY n DESC, ar.outlet", params)]
        for column in ("actors", "places"):
            out[column] = [tuple(r) for r in self.conn.execute(
                f"SELECT j.value, count(DISTINCT events.id) AS n FROM events, json_each(events.{column}) AS j "
                f"WHERE {where} GROUP BY j.value ORDER BY n DESC, j.value", params)]
        return out

    # --- events: curation (each one transaction) ---

    def update_event(self, event_id: int, **fields: Any) -> None:
        """Change an event's fields (EDITABLE_EVENT_FIELDS) and mark it user-edited, so re-extraction keeps it."""
        bad = set(fields) - EDITABLE_EVENT_FIELDS
        if bad:
            raise StoreError(f"cannot edit event field(s): {', '.join(sorted(bad))}")
        row = self._event_row(event_id)
        if row is None:
            raise StoreError(f"no event {event_id}")
        new = dict(fields)
        for k in ("actors", "places"):
            if k in new:
                v = new[k]
                new[k] = json.dumps(list(v) if not isinstance(v, str) else json.loads(v), ensure_ascii=False)
        if "title" in new and not (new["title"] or "").strip():
            raise StoreError("an event needs a title")
        if "start_date" in new or "end_date" in new:
            sd = _iso(new["start_date"]) if "start_date" in new else row["start_date"]
            ed = _iso(new["end_date"]) if "end_date" in new else row["end_date"]
            if sd and not ed:
                ed = (dt.date.fromisoformat(sd) + dt.timedelta(days=1)).isoformat()
            if not sd:
                ed = None
            if sd and ed and ed <= sd:
                raise StoreError("an event must end after it starts (end date is exclusive)")
            new.update(start_date=sd, end_date=ed, start_day=_day(sd), end_day=_day(ed))
        if "confidence" in new:
            new["confidence"] = float(new["confidence"])
        new["user_edited"] = 1
        if "title" in new:
            _forget_titles(self.db)
        with self.transaction() as c:
            c.execute(f"UPDATE events SET {', '.join(k + ' = ?' for k in new)} WHERE id = ?",
                      list(new.values()) + [event_id])
            self._index_event(event_id, self._event_row(event_id))

    def delete_event(self, event_id: int) -> None:
        self._set_deleted(event_id, 1)

    def restore_event(self, event_id: int) -> None:
        self._set_deleted(event_id, 0)

    def _set_deleted(self, event_id: int, value: int) -> None:
        with self.transaction() as c:
            if c.execute("UPDATE events SET deleted = ? WHERE id = ?", (value, event_id)).rowcount != 1:
                raise StoreError(f"no event {event_id}")

    def merge_events(self, keep_id: int, other_id: int, by: str = "user") -> int:
        """Merge ``other_id`` into ``keep_id``: its citations move to the kept event; returns the merge's id.
        ``split_event`` undoes it."""
        if keep_id == other_id:
            raise StoreError("cannot merge an event with itself")
        with self.transaction() as c:
            for eid in (keep_id, other_id):
                row = c.execute("SELECT merged_into FROM events WHERE id = ?", (eid,)).fetchone()
                if row is None:
                    raise StoreError(f"no event {eid}")
                if row[0] is not None:
                    raise StoreError(f"event {eid} is already merged into event {row[0]}")
            moved = [r[0] for r in c.execute("SELECT id FROM citations WHERE event_id = ? ORDER BY id", (other_id,))]
            c.execute("UPDATE citations SET event_id = ? WHERE event_id = ?", (keep_id, other_id))
            c.execute("UPDATE events SET merged_into = ? WHERE id = ?", (keep_id, other_id))
            merge_id = c.execute(
                "INSERT INTO merges(kept_event_id, merged_event_id, by, at, citation_ids) VALUES (?,?,?,?,?)",
                (keep_id, other_id, by, _now(), json.dumps(moved))).lastrowid
            self._refresh_derived(keep_id)
        return merge_id

    def split_event(self, event_id: int) -> list[int]:
        """Undo merges. For an event merged into another: restore it. For an event that absorbed others: restore
        all of them (latest merge first). Returns the ids of the events restored."""
        with self.transaction() as c:
            row = c.execute("SELECT merged_into FROM events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                raise StoreError(f"no event {event_id}")
            if row[0] is not None:
                merges = c.execute("SELECT id FROM merges WHERE merged_event_id = ? AND undone = 0 ORDER BY id DESC",
                                   (event_id,)).fetchall()
            else:
                merges = c.execute("SELECT id FROM merges WHERE kept_event_id = ? AND undone = 0 ORDER BY id DESC",
                                   (event_id,)).fetchall()
            restored: list[int] = []
            for (mid,) in merges:
                kept, merged = self._undo_merge(mid)
                self._refresh_derived(kept)
                self._refresh_derived(merged)
                restored.append(merged)
        return restored

    def _undo_merge(self, merge_id: int) -> tuple[int, int]:
        c = self.conn
        kept, merged, cids = c.execute("SELECT kept_event_id, merged_event_id, citation_ids FROM merges WHERE id = ?",
                                       (merge_id,)).fetchone()
        cids = json.loads(cids or "[]")
        if cids:
            qs = ",".join("?" for _ in cids)
            c.execute(f"UPDATE citations SET event_id = ? WHERE id IN ({qs}) AND event_id = ?", [merged] + cids + [kept])
        c.execute("UPDATE events SET merged_into = NULL WHERE id = ?", (merged,))
        c.execute("UPDATE merges SET undone = 1 WHERE id = ?", (merge_id,))
        return kept, merged

    def add_user_event(self, article_id: int, start: int, end: int, title: str,
                       start_date: dt.date | str | None = None, end_date: dt.date | str | None = None,
                       granularity: str | None = None) -> int:
        """An event the user marked in an article (evidence span [start, end)); user-edited from the start."""
        art = self.conn.execute("SELECT text, outlet FROM articles WHERE id = ?", (article_id,)).fetchone()
        if art is None:
            raise StoreError(f"no article {article_id}")
        text, outlet = art
        if not (0 <= start < end <= len(text)):
            raise StoreError(f"evidence span {start}–{end} is outside the article (length {len(text)})")
        if not (title or "").strip():
            raise StoreError("an event needs a title")
        sd, ed = _iso(start_date), _iso(end_date)
        if sd and not ed:
            ed = (dt.date.fromisoformat(sd) + dt.timedelta(days=1)).isoformat()
        if sd and ed and ed <= sd:
            raise StoreError("an event must end after it starts (end date is exclusive)")
        row = {"title": title.strip(), "date_text": None, "start_date": sd, "end_date": ed if sd else None,
               "start_day": _day(sd), "end_day": _day(ed) if sd else None,
               "granularity": granularity or ("day" if sd else None), "mod": None, "calendar": None,
               "confidence": 1.0, "actors": "[]", "places": "[]", "relation": None, "user_edited": 1, "deleted": 0,
               "merged_into": None, "created_at": _now(), "article_id": article_id, "origin": "user",
               "sources": "[]", "outlets": json.dumps([outlet] if outlet else [], ensure_ascii=False)}
        with self.transaction() as c:
            event_id = self._insert_row("events", row)
            c.execute("INSERT INTO citations(event_id, original_event_id, article_id, evidence_start, evidence_end)"
                      " VALUES (?,?,?,?,?)", (event_id, event_id, article_id, start, end))
            self._index_event(event_id, row, new=True)
        return event_id

    # --- misc ---

    def stats(self) -> dict[str, int]:
        c = self.conn
        return {
            "articles": c.execute("SELECT count(*) FROM articles").fetchone()[0],
            "events": c.execute("SELECT count(*) FROM events WHERE merged_into IS NULL AND deleted = 0").fetchone()[0],
            "citations": c.execute("SELECT count(*) FROM citations").fetchone()[0],
            "timexes": c.execute("SELECT count(*) FROM timexes").fetchone()[0],
            "attributions": c.execute("SELECT count(*) FROM attributions").fetchone()[0],
            "merges": c.execute("SELECT count(*) FROM merges WHERE undone = 0").fetchone()[0],
        }


def extraction_from_json(d: dict) -> Extraction:
    """Rebuild an Extraction from its ``to_json()`` form (used by the ingest worker processes)."""
    def date(v):
        return dt.date.fromisoformat(v) if v else None
    timexes = [Timex(**{**t, "start_date": date(t.get("start_date")), "end_date": date(t.get("end_date"))})
               for t in d.get("timexes", [])]
    attributions = [Attribution(**a) for a in d.get("attributions", [])]
    events = [Event(**{**e, "start_date": date(e.get("start_date")), "end_date": date(e.get("end_date"))})
              for e in d.get("events", [])]
    return Extraction(timexes=timexes, attributions=attributions, events=events)
