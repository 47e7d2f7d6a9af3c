"""The store's shared pieces (no Qt): its errors, constants, text/date helpers and the on-disk checks.

``timeline_app.model.store`` re-exports all of these; the Store class is assembled there from store_write
(articles in), store_read (queries) and store_curation (the user's edits and re-resolution).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import unicodedata
from pathlib import Path
from typing import Iterator

from timeline_app.model import merge
from timeline_app.model.types import Event

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


_encode_json = json.JSONEncoder(ensure_ascii=False).encode  # (json.dumps builds an encoder per call)
_encode_str = json.encoder.encode_basestring  # the C string encoder json.dumps(..., ensure_ascii=False) uses


def _json_list(values) -> str:
    """``json.dumps(list(values), ensure_ascii=False)``; a list of strings (every event has a few) is joined
    directly, the same text without the encoder's machinery."""
    if not values:
        return "[]"
    values = list(values)
    if all(type(v) is str for v in values):
        return "[" + ", ".join(map(_encode_str, values)) + "]"
    return _encode_json(values)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _iso(d: dt.date | str | None) -> str | None:
    d = _as_date(d)
    return d.isoformat() if d else None


def _as_date(d: dt.date | str | None) -> dt.date | None:
    """A date from a date, a datetime or an ISO string (None for None or "")."""
    if d is None or d == "":
        return None
    if isinstance(d, dt.datetime):
        return d.date()
    if isinstance(d, str):
        return dt.date.fromisoformat(d[:10])
    return d


def _day(d: str | None) -> int | None:
    return dt.date.fromisoformat(d).toordinal() if d else None


def _forget_merge_index(db) -> None:
    """Event titles or dates changed, ids were freed or events came back on this connection: merge's index of
    candidates must not trust what it holds."""
    merge.forget(db)


def _note_inserted(db, event_id: int, row: dict) -> None:
    """This connection wrote event ``event_id``: merge's index of candidates takes it in."""
    merge.note_inserted(db, event_id, row)


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
