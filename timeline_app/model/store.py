"""The library: one SQLite file (WAL, foreign keys on) read and written through this class. No Qt.

Every mutating method is one transaction: a failure half-way (or a crash) leaves the library as it was before the
call. Each thread opens its own ``Store`` (SQLite connections are not shared between threads).

Events merged into another (``merged_into`` set) keep their row so ``split_event`` can restore them; they are hidden
from every query. Deleted events (``deleted = 1``) are hidden unless ``EventFilter.include_deleted``.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import logging
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from timeline_app.model import merge, schema
# re-exported: the names callers import from here
from timeline_app.model.store_base import (EDITABLE_EVENT_FIELDS, EVENT_JSON_COLUMNS, SQLITE_MAGIC,  # noqa: F401
                                           UNDATED_DAY, NewerSchemaError, StoreError, _day, _forget_merge_index, _iso,
                                           _json_list, _match_spans, _now, _split_statements, content_hash,
                                           normalize_text, read_user_version)
from timeline_app.model.store_curation import Curation
from timeline_app.model.store_read import StoreReader
from timeline_app.model.store_write import ArticleWriter
from timeline_app.model.types import Extraction

log = logging.getLogger(__name__)


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


# ---------------------------------------------------------------------------------------------------------------


class Store(ArticleWriter, StoreReader, Curation):
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
                    _forget_merge_index(self.db)  # ids of the undone rows can be given again, to other titles
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
                    _forget_merge_index(self.db)
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
        "articles_fts": "INSERT INTO articles_fts(rowid, title, text) VALUES (?,?,?)",  # contentless: insert only
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
