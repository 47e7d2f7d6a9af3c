"""Column arrays for painting: sorted by start, split by duration class for binary-search culling, lanes precomputed.

Built once per data or filter change (off the UI thread when possible) from ``Store.timeline_columns``; painting only
slices these arrays. No Qt here.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field, replace

import numpy as np

from timeline_app.model.filters import GRANULARITIES

from .columns import sort_by_day_id

# Duration classes (days): culling searches starts in [t0 - max_span(class), t1] per class, so one long range does not
# force a linear scan over every point.
SPAN_CLASSES = (1.0, 32.0, 370.0, np.inf)
MAX_LANES = 64          # lanes are assigned modulo the rows that fit on screen
BAR_MIN_DAYS = 1.5      # longer than this: a bar, else a point


def _granularity_names(columns: dict) -> dict[int, str]:
    """Code -> granularity name: ``columns["granularity_names"]`` if given, else the store's table
    (``filters.GRANULARITIES``; -1 = none)."""
    names = columns.get("granularity_names")
    if isinstance(names, dict):
        return {int(k): str(v) for k, v in names.items()}
    if names is None:
        names = GRANULARITIES
    return {i: str(v) for i, v in enumerate(names)}


def _fuzzy(gcode: np.ndarray, mcode: np.ndarray, span: np.ndarray, names: dict[int, str]) -> np.ndarray:
    """Imprecise ends: month-only, season, year, ... or early/mid/late/approx (mod code >= 0); an unknown
    granularity (-1) counts as precise only for single days."""
    crisp = [k for k, v in names.items() if v in ("day", "range", "time")]
    return (~np.isin(gcode, crisp) & ~((gcode < 0) & (span <= 1))) | (mcode >= 0)


def _rows_of(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """For each of ``wanted``, its position in ``ids`` (unique), or -1. A lookup table over the id range when it
    is compact (1M events: 0.05 s; ``searchsorted`` with a sorter gathers at random and takes ~2 s), else a
    search in the sorted ids."""
    if not len(ids) or not len(wanted):
        return np.full(len(wanted), -1, np.int64)
    lo = min(int(ids.min()), int(wanted.min()))
    hi = max(int(ids.max()), int(wanted.max()))
    if lo >= 0 and hi <= 4 * (len(ids) + len(wanted)) + 1024:
        lut = np.full(hi + 1, -1, np.int64)
        lut[ids] = np.arange(len(ids))
        return lut[wanted]
    order = np.argsort(ids, kind="stable")
    sorted_ids = ids[order]
    pos = np.minimum(np.searchsorted(sorted_ids, wanted), len(ids) - 1)
    return np.where(sorted_ids[pos] == wanted, order[pos], -1)


def _first_fit(starts: list[float], ends: list[float], max_lanes: int) -> tuple[np.ndarray, int]:
    """Intervals sorted by start -> the lowest lane free at each start (heaps: O(n log lanes)). Lanes
    0..max_lanes-2 never hold two overlapping intervals; when all are busy the interval goes to the last lane,
    ``max_lanes - 1``, the overflow that the painter folds into "+N" counts."""
    busy: list[tuple[float, int]] = []      # (end, lane)
    free: list[int] = []
    out = [0] * len(starts)
    used = 0
    overflow = max_lanes - 1
    push, pop = heapq.heappush, heapq.heappop
    for i, (s, e) in enumerate(zip(starts, ends)):
        while busy and busy[0][0] <= s:
            push(free, pop(busy)[1])
        if free:
            k = pop(free)
        elif used < overflow:
            k = used
            used += 1
        else:
            out[i] = overflow
            used = max_lanes
            continue
        push(busy, (e, k))
        out[i] = k
    return np.asarray(out, np.int16), used


@dataclass
class TimelineData:
    ids: np.ndarray            # int64, sorted by (start, id)
    start: np.ndarray          # float64 day numbers (date.toordinal())
    end: np.ndarray            # float64, exclusive
    fuzzy: np.ndarray          # bool: imprecise ends (month-only, early/mid/late, season, year, approx)
    article: np.ndarray        # int64
    confidence: np.ndarray     # float32
    lane: np.ndarray           # int16 stable lane (bars: 0..; points: 0..), see is_bar
    is_bar: np.ndarray         # bool
    undated_ids: np.ndarray    # int64, in id order
    color_index: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int16))
    color_names: list[str] = field(default_factory=list)
    classes: list[tuple[np.ndarray, np.ndarray, float]] = field(default_factory=list)  # (indices, their starts, max span)
    order_by_id: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    bar_lanes: int = 0
    point_lanes: int = 0
    article_outlets: dict[int, str] = field(default_factory=dict)
    article_titles: dict[int, str] = field(default_factory=dict)

    # ------------------------------------------------------------------ construction
    @classmethod
    def empty(cls) -> "TimelineData":
        return cls.from_columns({})

    @classmethod
    def from_columns(cls, columns: dict, article_outlets: dict[int, str] | None = None,
                     color_by: str = "outlet") -> "TimelineData":
        """``columns``: {"id","start_day","end_day","granularity_code","mod_code","article_id","confidence"}
        (arrays of equal length, as ``Store.timeline_columns``; undated rows have start_day < 1 or NaN; granularity
        codes index ``filters.GRANULARITIES``, mod codes index ``filters.MODS``, -1 = none)."""
        ids_in = np.asarray(columns.get("id", []), dtype=np.int64)
        n = len(ids_in)
        start_in = np.asarray(columns.get("start_day", np.zeros(n)))
        dated = start_in >= 1                       # NaN compares False: undated too
        undated_ids = np.sort(ids_in[~dated])
        # one gather per column (dated rows in (start, id) order): a million events never exist twice over
        sel = np.flatnonzero(dated)
        sel = sel[sort_by_day_id(start_in[sel], ids_in[sel])]
        del dated

        def take(name, default, dtype):
            col = columns.get(name)
            if col is None:
                return np.full(len(sel), default, dtype=dtype)
            return np.asarray(col)[sel].astype(dtype, copy=False)

        ids = ids_in[sel]
        start = start_in[sel].astype(np.float64, copy=False)
        end = take("end_day", 0, np.float64)
        gcode = take("granularity_code", 0, np.int8)
        mcode = take("mod_code", -1, np.int8)
        article = take("article_id", 0, np.int64)
        conf = take("confidence", 0.5, np.float32)
        del sel
        bad_end = ~(end > start)                    # also NaN
        if bad_end.any():
            end[bad_end] = start[bad_end] + 1

        span = end - start
        fuzzy = _fuzzy(gcode, mcode, span, _granularity_names(columns))
        is_bar = span > BAR_MIN_DAYS

        data = cls(ids=ids, start=start, end=end, fuzzy=fuzzy, article=article, confidence=conf,
                   lane=np.zeros(len(ids), np.int16), is_bar=is_bar, undated_ids=undated_ids)
        data._assign_lanes()
        data._build_classes()
        data.order_by_id = np.argsort(ids, kind="stable")
        data.article_outlets = dict(article_outlets or {})
        data.set_colors(color_by, data.article_outlets)
        return data

    def with_details(self, columns: dict) -> "TimelineData":
        """This data with the imprecision (fuzzy ends) and confidence of ``columns`` (``granularity_code``,
        ``mod_code``, ``confidence`` by ``id``, any order): the second stage of a two-stage load. Positions, lanes
        and colours are kept (they depend only on the dates and articles)."""
        ids = np.asarray(columns.get("id", []), dtype=np.int64)
        src = _rows_of(ids, self.ids)                     # per event here: its row in ``columns`` (-1: none)
        k = np.flatnonzero(src >= 0)
        src = src[k]
        gcode = np.full(len(self.ids), -1, np.int8)
        mcode = np.full(len(self.ids), -1, np.int8)
        conf = np.full(len(self.ids), 0.5, np.float32)
        gcode[k] = np.asarray(columns["granularity_code"])[src]
        mcode[k] = np.asarray(columns["mod_code"])[src]
        conf[k] = np.asarray(columns["confidence"], dtype=np.float32)[src]
        fuzzy = _fuzzy(gcode, mcode, self.end - self.start, _granularity_names(columns))
        return replace(self, fuzzy=fuzzy, confidence=conf)

    def _assign_lanes(self) -> None:
        """Points: their rank among the events of the same day (vectorised). Bars: greedy first fit over starts, so
        overlapping ranges never share a lane (up to MAX_LANES). Computed once per data change, never per frame."""
        n = len(self.ids)
        lane = np.zeros(n, np.int16)
        pts = np.flatnonzero(~self.is_bar)
        if len(pts):
            day = np.floor(self.start[pts])
            idx = np.arange(len(pts))
            first = np.r_[True, day[1:] != day[:-1]]
            group_start = np.maximum.accumulate(np.where(first, idx, 0))
            lane[pts] = np.minimum(idx - group_start, MAX_LANES - 1)
            self.point_lanes = int(lane[pts].max()) + 1
        bars = np.flatnonzero(self.is_bar)
        if len(bars):
            out, used = _first_fit(self.start[bars].tolist(), self.end[bars].tolist(), MAX_LANES)
            lane[bars] = out
            self.bar_lanes = used
        self.lane = lane

    def _build_classes(self) -> None:
        span = self.end - self.start
        self.classes = []
        lo = 0.0
        for hi in SPAN_CLASSES:
            idx = np.flatnonzero((span > lo) & (span <= hi)) if lo else np.flatnonzero(span <= hi)
            if len(idx):
                self.classes.append((idx, self.start[idx], float(span[idx].max())))
            lo = hi

    def set_colors(self, color_by: str, article_outlets: dict[int, str] | None = None,
                   article_titles: dict[int, str] | None = None) -> None:
        """Colour index per event and the legend names, by outlet, by article, or one colour."""
        n = len(self.ids)
        if color_by == "outlet" and article_outlets is not None:
            arts = self._articles()
            names = [article_outlets.get(a) or "" for a in arts.tolist()]   # "": unknown (the legend says so)
            uniq = sorted(set(names))
            code = {name: i for i, name in enumerate(uniq)}
            self.color_names = uniq
            self.color_index = self._per_article(arts, np.array([code[x] for x in names], np.int16))
        elif color_by == "article":
            arts = self._articles()
            titles = article_titles or {}
            self.color_names = [titles.get(a) or f"#{a}" for a in arts.tolist()]
            self.color_index = self._per_article(arts, np.arange(len(arts), dtype=np.int16))
        else:
            self.color_names = []
            self.color_index = np.zeros(n, np.int16)

    def _articles(self) -> np.ndarray:
        """The distinct article ids, sorted (a bitmap over the id range when it is compact: no sort of n values)."""
        a = self.article
        if not len(a):
            return np.zeros(0, np.int64)
        lo, hi = int(a.min()), int(a.max())
        if hi - lo <= 4 * len(a) + 1024:
            seen = np.zeros(hi - lo + 1, bool)
            seen[a - lo] = True
            return np.flatnonzero(seen) + lo
        return np.unique(a)

    def _per_article(self, arts: np.ndarray, values: np.ndarray) -> np.ndarray:
        """``values[k]`` belongs to article ``arts[k]``: spread it over the events (a lookup table when compact)."""
        a = self.article
        if not len(a):
            return np.zeros(0, np.int16)
        lo, hi = int(arts[0]), int(arts[-1])
        if hi - lo <= 4 * len(a) + 1024:
            lut = np.zeros(hi - lo + 1, np.int16)
            lut[arts - lo] = values
            return lut[a - lo]
        return values[np.searchsorted(arts, a)]

    # ------------------------------------------------------------------ queries used per frame
    def __len__(self) -> int:
        return len(self.ids)

    @property
    def total(self) -> int:
        return len(self.ids) + len(self.undated_ids)

    def extent(self) -> tuple[float, float] | None:
        if not len(self.ids):
            return None
        return float(self.start[0]), float(self.end.max())

    def visible(self, t0: float, t1: float) -> np.ndarray:
        """Indices (into the sorted arrays) of events overlapping [t0, t1), by binary search per duration class."""
        parts = []
        for idx, s, max_span in self.classes:
            lo = np.searchsorted(s, t0 - max_span, "left")
            hi = np.searchsorted(s, t1, "left")
            if hi > lo:
                cand = idx[lo:hi]
                parts.append(cand[self.end[cand] > t0])
        if not parts:
            return np.zeros(0, np.int64)
        return np.concatenate(parts)

    def count_visible_upper(self, t0: float, t1: float) -> int:
        """Cheap upper bound of the visible count (no masking)."""
        total = 0
        for idx, s, max_span in self.classes:
            total += int(np.searchsorted(s, t1) - np.searchsorted(s, t0 - max_span))
        return total

    def density(self, t0: float, t1: float, bins: int) -> np.ndarray:
        """Events starting in each of ``bins`` equal slices of [t0, t1) (binary search on bin edges: O(bins log n))."""
        edges = np.linspace(t0, t1, bins + 1)
        return np.diff(np.searchsorted(self.start, edges)).astype(np.int64)

    def index_of(self, event_id: int) -> int | None:
        if not len(self.ids):
            return None
        k = np.searchsorted(self.ids, event_id, sorter=self.order_by_id)
        if k < len(self.ids) and self.ids[self.order_by_id[k]] == event_id:
            return int(self.order_by_id[k])
        return None

    def indices_of(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, dtype=np.int64)
        if not len(self.ids) or not len(ids):
            return np.zeros(0, np.int64)
        if len(ids) > 20_000:                 # a big selection: a lookup table beats random binary searches
            rows = _rows_of(self.ids, ids)
            return rows[rows >= 0]
        k = np.searchsorted(self.ids, ids, sorter=self.order_by_id)
        k = np.minimum(k, len(self.ids) - 1)
        found = self.ids[self.order_by_id[k]] == ids
        return self.order_by_id[k[found]]
