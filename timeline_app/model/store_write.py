"""Articles into the library: the one-transaction add_article and the rows it writes (timexes, attributions,
events with their citations, automatic merges, full-text rows). A mixin of ``store.Store``; no Qt."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from timeline_app.model.filters import normalize_for_search
from timeline_app.model.store_base import (StoreError, _as_date, _iso, _json_list, _note_inserted, _now,
                                           content_hash)
from timeline_app.model.types import ArticleInput, Event, Extraction, Timex


def _facade():
    """timeline_app.model.store, looked up when called: its run_extraction and _find_same_event are the names
    callers and tests replace."""
    from timeline_app.model import store
    return store


_INSERT_SQL: dict[tuple, str] = {}
_SEP = "\x1f"  # joins an event's search fields for one normalize_for_search pass (it maps no character across it)


class ArticleWriter:

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
            extraction = _facade().run_extraction(article.text, published)
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
                      ) -> tuple[dict, Timex | None, list[int], dict[str, list[str]]]:
        """The events-table row of an extracted event (not merged), its timex, its valid attribution indexes and
        its actors, places, sources and outlets as lists (the row has them as JSON)."""
        timex = ex.timexes[e.timex_index] if e.timex_index is not None and 0 <= e.timex_index < len(ex.timexes) else None
        start = _as_date(e.start_date) or (_as_date(timex.start_date) if timex and timex.placed else None)
        end = _as_date(e.end_date) or (_as_date(timex.end_date) if timex and timex.placed and start else None)
        if start and not end:
            end = start + dt.timedelta(days=1)
        attr_idx = [i for i in e.attribution_indexes if 0 <= i < len(ex.attributions)]
        sources = sorted({ex.attributions[i].source for i in attr_idx})
        row = {
            "title": e.title or text[e.start:e.end][:200],
            "date_text": e.date_text or (timex.text if timex else None),
            "start_date": start.isoformat() if start else None, "end_date": end.isoformat() if end else None,
            "start_day": start.toordinal() if start else None, "end_day": end.toordinal() if end else None,
            "granularity": e.granularity or (timex.granularity if timex else None),
            "mod": e.mod or (timex.mod if timex else None),
            "calendar": e.calendar or (timex.calendar if timex else None),
            "confidence": float(e.confidence),
            "actors": _json_list(e.actors), "places": _json_list(e.places),
            "relation": e.relation, "user_edited": 0, "deleted": 0, "merged_into": None,
            "created_at": self._now_cached or _now(), "article_id": article_id, "origin": "extracted",
            "sources": _json_list(sources), "outlets": _json_list([outlet] if outlet else []),
        }
        lists = {"actors": e.actors, "places": e.places, "sources": sources, "outlets": [outlet] if outlet else []}
        return row, timex, attr_idx, lists

    def _insert_event(self, article_id: int, text: str, outlet: str | None, e: Event, ex: Extraction,
                      timex_ids: list[int], attribution_ids: list[int]) -> int:
        c = self.conn
        row, timex, attr_idx, lists = self._event_fields(article_id, text, outlet, e, ex)
        same = _facade()._find_same_event(self.db, dict(row, text_evidence=text[e.start:e.end]), article_id)
        same = self._live_event(same) if same is not None else None
        if same is not None and self._event_article(same) == article_id:
            same = None
        row["merged_into"] = same
        event_id = self._insert_row("events", row)
        _note_inserted(self.db, event_id, row)
        self._index_event(event_id, dict(row, **lists), new=True)
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
        """Write the event's full-text row: title, actors, places, sources with outlets, date as written (lists
        as JSON text or as lists), search-normalised in one pass."""
        def lst(v):
            if not v or v == "[]":  # (most lists are empty: no JSON decoding for them)
                return ""
            return " ".join(json.loads(v) if isinstance(v, str) else v)
        fields = (row.get("title") or "", lst(row.get("actors")), lst(row.get("places")), lst(row.get("sources")),
                  lst(row.get("outlets")), row.get("date_text") or "")
        joined = normalize_for_search(_SEP.join(fields))
        parts = joined.split(_SEP)
        if len(parts) != len(fields):  # a field held the separator itself
            parts = [normalize_for_search(f) for f in fields]
        title, actors, places, sources, outlets, date_text = parts
        self._fts_write("events_fts", event_id, (title, actors, places, sources + " " + outlets, date_text), new=new)

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
