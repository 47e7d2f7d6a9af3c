"""Fast read-only queries for the timeline and its model, over a Store's connection (no Qt, no writes).

``Store.timeline_columns`` and ``Store.query_event_ids`` build one Python tuple per row; at a million events that is
most of their 1-3 s. Here SQLite does the per-row work: each column comes back as ONE comma-joined string
(``group_concat``, one table scan for all columns, so the columns stay row-aligned) that numpy parses in C. The
granularity and mod names are mapped to codes inside SQLite with ``instr`` on a fixed list.

Same rows and the same meaning as the store's methods (the same ``filters.where_clause``), tested against them in
tests/test_timeline_columns.py. Order is made with numpy (``lexsort``) rather than trusted to ``group_concat``.
"""
from __future__ import annotations

import numpy as np

from timeline_app.model.filters import GRANULARITIES, MODS, EventFilter, where_clause

UNDATED_DAY = -1
CONF_SCALE = 1_000_000          # confidence travels as an integer (exact to 6 decimals; float32 keeps ~7 digits)


def _codes_expr(column: str, names) -> tuple[str, np.ndarray]:
    """SQL giving the 1-based character position of ``,name,`` in a fixed list (0 = NULL or unknown), and the
    table mapping that position to the code (index in ``names``; -1 for none/unknown)."""
    joined = "," + ",".join(names) + ","
    expr = f"instr('{joined}', ',' || IFNULL(events.{column}, '') || ',')"
    table = np.full(len(joined) + 1, -1, np.int8)
    pos = 1
    for i, name in enumerate(names):
        table[pos] = i          # instr() finds the leading comma of ",name,"
        pos += len(name) + 1
    return expr, table


def _parse(text: str | None, dtype=np.int64) -> np.ndarray:
    if not text:
        return np.zeros(0, dtype)
    return np.fromstring(text, dtype=np.int64, sep=",").astype(dtype, copy=False)


def sort_by_day_id(days: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """The permutation ordering rows by (day, id): one argsort of a combined int64 key (about twice as fast as
    ``lexsort`` on two keys), or lexsort when the values do not fit the key."""
    if not len(ids):
        return np.zeros(0, np.int64)
    d = np.asarray(days)
    if d.dtype.kind == "f" and not np.array_equal(d, np.floor(d)):
        return np.lexsort((ids, d))
    d = d.astype(np.int64)
    d_min, i_min, i_max = int(d.min()), int(ids.min()), int(ids.max())
    if i_min < 0 or i_max >= 1 << 32 or int(d.max()) - d_min >= 1 << 30:
        return np.lexsort((ids, d))
    key = ((d - d_min) << 32) | ids.astype(np.int64)
    if bool(np.all(key[1:] > key[:-1])):
        return np.arange(len(key))        # already in order (an index scan by day, id): checked, not assumed
    return np.argsort(key, kind="stable")


def timeline_columns(conn, event_filter: EventFilter | None = None) -> dict[str, np.ndarray]:
    """The arrays of ``Store.timeline_columns(f, ordered=False)`` (rows in table order): id, start_day, end_day
    (UNDATED_DAY for undated), granularity_code, mod_code, article_id (-1 none), confidence (float32)."""
    where, params = where_clause(event_filter or EventFilter())
    gexpr, gtable = _codes_expr("granularity", GRANULARITIES)
    mexpr, mtable = _codes_expr("mod", MODS)
    row = conn.execute(
        "SELECT group_concat(events.id), "
        f"group_concat(IFNULL(events.start_day, {UNDATED_DAY})), group_concat(IFNULL(events.end_day, {UNDATED_DAY})), "
        f"group_concat({gexpr}), group_concat({mexpr}), group_concat(IFNULL(events.article_id, -1)), "
        f"group_concat(CAST(round(IFNULL(events.confidence, 0) * {CONF_SCALE}) AS INTEGER)) "
        f"FROM events WHERE {where}", params).fetchone()
    ids = _parse(row[0])
    out = {"id": ids,
           "start_day": _parse(row[1], np.int32),
           "end_day": _parse(row[2], np.int32),
           "granularity_code": gtable[_parse(row[3])],
           "mod_code": mtable[_parse(row[4])],
           "article_id": _parse(row[5]),
           "confidence": (_parse(row[6]) / CONF_SCALE).astype(np.float32)}
    n = len(ids)
    if any(len(v) != n for v in out.values()):     # a column with a NULL left out of its group_concat
        raise ValueError("timeline columns out of step")
    return out


def ordered_event_ids(conn, event_filter: EventFilter | None = None) -> np.ndarray:
    """``Store.query_event_ids(f)`` as an int64 array: dated events by (start_day, id), then undated by id."""
    f = event_filter or EventFilter()
    where, params = where_clause(f, part="dated")
    ids_s, days_s = conn.execute(
        f"SELECT group_concat(events.id), group_concat(events.start_day) FROM events WHERE {where}", params).fetchone()
    ids, days = _parse(ids_s), _parse(days_s)
    if len(ids) != len(days):
        raise ValueError("event ids out of step")
    dated = ids[sort_by_day_id(days, ids)]
    if not f.include_undated:
        return dated
    where, params = where_clause(f, part="undated")
    undated = np.sort(_parse(conn.execute(f"SELECT group_concat(events.id) FROM events WHERE {where}",
                                          params).fetchone()[0]))
    return np.concatenate([dated, undated])


def positions(conn, event_filter: EventFilter | None = None) -> dict[str, np.ndarray]:
    """First stage of a two-stage load: id, start_day, end_day, article_id of the dated events (plus the undated
    ids, as UNDATED_DAY rows), as ``timeline_columns`` but without granularity, mod and confidence: SQLite reads
    the store's covering index of live events (events_live) and formats 4 columns instead of 7, about 40% of the
    full read at 1M events. granularity_code is 0 ("day": crisp ends) and confidence 0.5 until the details arrive
    (``TimelineData.with_details``)."""
    f = event_filter or EventFilter()
    where, params = where_clause(f, part="dated")
    row = conn.execute(
        "SELECT group_concat(events.id), group_concat(events.start_day), "
        f"group_concat(IFNULL(events.end_day, {UNDATED_DAY})), group_concat(IFNULL(events.article_id, -1)) "
        f"FROM events WHERE {where}", params).fetchone()
    ids, start = _parse(row[0]), _parse(row[1], np.int32)
    end, article = _parse(row[2], np.int32), _parse(row[3])
    if not len(ids) == len(start) == len(end) == len(article):
        raise ValueError("timeline positions out of step")
    if f.include_undated:
        where, params = where_clause(f, part="undated")
        und = _parse(conn.execute(f"SELECT group_concat(events.id) FROM events WHERE {where}", params).fetchone()[0])
    else:
        und = np.zeros(0, np.int64)
    n, u = len(ids), len(und)
    return {"id": np.concatenate([ids, und]),
            "start_day": np.concatenate([start, np.full(u, UNDATED_DAY, np.int32)]),
            "end_day": np.concatenate([end, np.full(u, UNDATED_DAY, np.int32)]),
            "granularity_code": np.zeros(n + u, np.int8), "mod_code": np.full(n + u, -1, np.int8),
            "article_id": np.concatenate([article, np.full(u, -1, np.int64)]),
            "confidence": np.full(n + u, 0.5, np.float32)}


def details(conn, event_filter: EventFilter | None = None) -> dict[str, np.ndarray]:
    """Second stage: id, granularity_code, mod_code, confidence of the events ``f`` lets through (table order)."""
    where, params = where_clause(event_filter or EventFilter())
    gexpr, gtable = _codes_expr("granularity", GRANULARITIES)
    mexpr, mtable = _codes_expr("mod", MODS)
    row = conn.execute(
        f"SELECT group_concat(events.id), group_concat({gexpr}), group_concat({mexpr}), "
        f"group_concat(CAST(round(IFNULL(events.confidence, 0) * {CONF_SCALE}) AS INTEGER)) "
        f"FROM events WHERE {where}", params).fetchone()
    out = {"id": _parse(row[0]), "granularity_code": gtable[_parse(row[1])], "mod_code": mtable[_parse(row[2])],
           "confidence": (_parse(row[3]) / CONF_SCALE).astype(np.float32)}
    if any(len(v) != len(out["id"]) for v in out.values()):
        raise ValueError("timeline details out of step")
    return out
