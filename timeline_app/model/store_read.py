"""Reading the library: articles, events with their citations, filtered and ordered event ids, the timeline's
column arrays, search and facets. A mixin of ``store.Store``; no Qt."""
from __future__ import annotations

import json
from typing import Iterable, Iterator

import numpy as np

from timeline_app.model.filters import GRANULARITIES, MODS, ORDER_BY, EventFilter, fts_query, where_clause
from timeline_app.model.store_base import EVENT_JSON_COLUMNS, UNDATED_DAY


class StoreReader:
    # --- articles ---

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
