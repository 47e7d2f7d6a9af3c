"""The user's curation (each one transaction): edit, delete/restore, merge/split, add events, and setting an
article's publication date, which re-resolves its events but keeps what the user curated. A mixin of
``store.Store``; no Qt."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from timeline_app.model.store_base import (EDITABLE_EVENT_FIELDS, StoreError, _day, _forget_merge_index, _iso,
                                           _match_spans, _note_inserted, _now)
from timeline_app.model.types import Extraction


def _facade():
    from timeline_app.model import store
    return store


class Curation:

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
        if "title" in new or "start_day" in new:
            _forget_merge_index(self.db)  # merge's index holds titles and dates
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
            if not value:
                _forget_merge_index(self.db)  # live again: a merge candidate the index does not hold

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
        _forget_merge_index(self.db)  # live again: a merge candidate the index does not hold
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
            _note_inserted(self.db, event_id, row)
            c.execute("INSERT INTO citations(event_id, original_event_id, article_id, evidence_start, evidence_end)"
                      " VALUES (?,?,?,?,?)", (event_id, event_id, article_id, start, end))
            self._index_event(event_id, row, new=True)
        return event_id

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
            extraction = _facade().run_extraction(text, new_date)
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
            _forget_merge_index(self.db)  # deleted ids can come back with the re-extracted titles
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
        row, timex, attr_idx, _ = self._event_fields(article_id, text, outlet, e, ex)
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
