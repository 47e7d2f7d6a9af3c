"""TimelinePainter: draws the timeline for any QPainter (widget, PDF page, image) and any time window.

Time runs right to left: the earliest time is at the right edge. Qt mirrors nothing in a custom paint, so the mapping is
ours: ``x = rect.right() - (t - t0) * px_per_day``. Labels are drawn in device coordinates (never through a scaling
transform), right-to-left, with ``AlignAbsolute`` so "right" means the visual right.

Per frame the painter only does binary searches and vectorised work on the visible slice:
- more events than ``DENSITY_EPP`` per pixel visible: a density histogram (bin edges searched in the sorted starts);
- otherwise: events bucketed per lane row into cells of ``CELL_PX``; a cell with one event draws it (point or bar),
  a cell with several draws a cluster with its count.
Labels are placed by priority (selected, then confidence) into free space in their row, elided, or hidden.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPixmap

from . import calendar as cal
from .state import TimelineState
from .stamp import StampBuffer
from .textcache import TextCache

PALETTE = [QColor(c) for c in ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
                               "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22")]
DENSITY_EPP = 0.75       # visible (short) events per pixel above which the frame is a histogram
STAMP_MIN = 300          # markers + clusters above which they are stamped with numpy instead of drawn one by one
CELL_PX = 22.0           # cluster cell width: one marker per cell and row, more make a cluster
OVERFLOW_CELL_PX = 34.0
LANE_H = 22.0
GRID_TILE = 16          # rows per band of the grid image
MAX_LABELS = 60          # titles asked per frame
MAX_LABEL_W = 240.0
MIN_LABEL_W = 28.0
MIN_ELIDED_W = 64.0      # an elided label needs at least this much room
POINT_AS_BAR_PX = 48.0   # a one-day event wider than this on screen is drawn as a bar over its day
RTL = Qt.AlignmentFlag.AlignAbsolute
LINE = QColor("#e1e5ea")       # grid lines


def plus_count(n: str) -> str:
    """"+N" as a left-to-right isolate (LRI ... PDI): the sign stays left of the digits in any paragraph."""
    return f"\u2066+{n}\u2069"


def default_font() -> QFont:
    f = QFont()
    f.setFamilies(["Noto Sans Arabic", "Noto Sans"])
    f.setPointSizeF(9.0)
    return f


@dataclass
class Layout:
    """Where things were drawn in the last frame, for hit testing, tooltips and tests."""
    rect: QRectF = field(default_factory=QRectF)
    events_rect: QRectF = field(default_factory=QRectF)
    mode: str = "empty"                                   # empty | density | events
    points: list[tuple[float, float, int]] = field(default_factory=list)   # (x, y, data index)
    bars: list[tuple[QRectF, int]] = field(default_factory=list)
    labels: list[tuple[QRectF, int, str]] = field(default_factory=list)   # rect, data index, text drawn
    tick_labels: list[QRectF] = field(default_factory=list)
    undated: list[tuple[QRectF, int]] = field(default_factory=list)       # chip rect, event id
    tick_level: str = ""
    # clusters are kept as arrays (hundreds per frame) and turned into rectangles only when someone asks
    _cluster_parts: list[tuple] = field(default_factory=list)
    _clusters: list | None = None

    @property
    def clusters(self) -> list[tuple[QRectF, float, float, int]]:
        """(rect, t_from, t_to, count) of every cluster drawn."""
        if self._clusters is None:
            out: list[tuple[QRectF, float, float, int]] = []
            for part in self._cluster_parts:
                if isinstance(part, list):
                    out.extend(part)
                    continue
                xs, ys, ws, hgt, t_from, t_to, counts = part
                out.extend((QRectF(x - w / 2, y - hgt / 2, w, hgt), a, b, c)
                           for x, y, w, a, b, c in zip(xs.tolist(), ys.tolist(), ws.tolist(), t_from.tolist(),
                                                       t_to.tolist(), counts.tolist()))
            self._clusters = out
        return self._clusters

    def add_clusters(self, part) -> None:
        self._cluster_parts.append(part)
        self._clusters = None


class TimelinePainter:
    def __init__(self, font: QFont | None = None):
        self.font = font or default_font()
        self.small_font = QFont(self.font)
        self.small_font.setPointSizeF(self.font.pointSizeF() * 0.85)
        self.bold_font = QFont(self.font)
        self.bold_font.setBold(True)
        self.text = TextCache()
        self._sprites: dict[tuple, QPixmap] = {}
        self._overview_cache: tuple | None = None
        self._layers: dict[str, tuple] = {}
        self._sprite_arrays: dict[tuple, tuple] = {}
        self._count_texts: dict[tuple, str] = {}
        self.layout = Layout()
        self._level_w: dict[tuple, float] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """The painter's own words in the interface language (the view calls this on LanguageChange)."""
        self.today_text = QCoreApplication.translate("TimelinePainter", "Today")
        self.unknown_outlet_text = QCoreApplication.translate("TimelinePainter", "Unknown outlet")
        self._layers.clear()

    # ------------------------------------------------------------------ geometry
    @staticmethod
    def x_of(t, rect: QRectF, state: TimelineState):
        return rect.right() - (t - state.t0) * (rect.width() / state.span)

    @staticmethod
    def t_of(x: float, rect: QRectF, state: TimelineState) -> float:
        return state.t0 + (rect.right() - x) * (state.span / rect.width())

    def ruler_height(self, state: TimelineState, fm: QFontMetricsF) -> float:
        row = self._fm_h + 6
        return math.ceil(row * (3 if state.hijri else 2))

    def _metrics(self, p: QPainter) -> QFontMetricsF:
        dev = p.device()
        key = (self.font.key(), dev.logicalDpiX() if dev is not None else 96)
        if getattr(self, "_fm_key", None) != key:
            self._fm_key, self._fm = key, QFontMetricsF(self.font, dev)
            self._fm_h = self._fm.height()
        return self._fm

    # ------------------------------------------------------------------ entry point
    def paint(self, p: QPainter, rect: QRectF, state: TimelineState) -> Layout:
        rect = QRectF(rect)
        p.save()
        p.setClipRect(rect)
        p.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        # shapes are axis-aligned rectangles, lines and pre-rendered sprites: no antialiasing needed (and it costs)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setFont(self.font)
        self.text.begin(p)
        fm = self._metrics(p)
        lay = self.layout = Layout(rect=rect)
        data = state.data
        ruler_h = self.ruler_height(state, fm)
        # whole pixels: every part is painted edge to edge (there is no background fill underneath)
        undated_h = math.ceil(self._fm_h + 10) if state.show_undated and len(data.undated_ids) else 0.0
        ev = QRectF(rect.left(), rect.top() + ruler_h, rect.width(), rect.height() - ruler_h - undated_h)
        lay.events_rect = ev
        if state.span <= 0 or rect.width() < 2:
            p.restore()
            return lay
        level = self._pick_level(state, rect, fm)
        lay.tick_level = level.name
        fmt = cal.Fmt(state.family, state.digits)
        self._paint_grid(p, rect, ev, state, level, fmt)
        self._paint_today(p, ev, state, fm)          # under the events: it must not hide a count
        if ev.height() > 4:
            n_upper = data.count_visible_upper(state.t0, state.t1)
            vis = None
            if 0 < n_upper <= 50 * DENSITY_EPP * rect.width():
                vis = data.visible(state.t0, state.t1)  # exact count, cheap at this size
                # ranges wide enough to read as bars live in their own lanes (the surplus folds into "+N"): only
                # the short events decide whether markers would be denser than the eye can separate
                ppd = rect.width() / state.span
                wide = data.is_bar[vis] & ((data.end[vis] - data.start[vis]) * ppd >= 6.0)
                n_upper = len(vis) - int(wide.sum()) if len(vis) else 0
                if n_upper == 0 and len(vis):
                    n_upper = 1                        # only ranges: still draw them
            if n_upper == 0:
                lay.mode = "empty"
            elif n_upper / rect.width() > DENSITY_EPP:
                self._paint_density(p, ev, state, fm)
            else:
                self._paint_events(p, ev, state, fm, vis)
        self._paint_ruler(p, rect, ruler_h, state, level, fmt, fm)
        self._paint_today_badge(p)
        if undated_h:
            strip = QRectF(rect.left(), ev.bottom(), rect.width(), undated_h)
            sel_undated = ()
            if state.selected_ids is not None and len(state.selected_ids):
                u = data.undated_ids
                k = np.minimum(np.searchsorted(u, state.selected_ids), len(u) - 1)
                sel_undated = tuple(state.selected_ids[u[k] == state.selected_ids].tolist())
            key = (id(data), len(data.undated_ids), strip.width(), strip.height(), state.digits, sel_undated,
                   state.undated_label)
            self._layer(p, "undated", key, strip, lambda q, r: self._paint_undated(q, r, state, fm))
        if state.show_legend and lay.mode == "events":      # nothing is coloured in a histogram
            box = self._legend_box(ev, state, fm)
            if box is not None:
                key = (id(data), tuple(data.color_names), state.color_by, state.digits, box.width(), box.height())
                self._layer(p, "legend", key, box, lambda q, r: self._paint_legend(q, r, state, fm))
        if not data.total:
            p.setPen(QColor("#777777"))
            self.text.draw(p, state.empty_message, self.font, ev)
        p.restore()
        return lay

    # ------------------------------------------------------------------ ruler
    def _level_label_width(self, level: cal.Level, state: TimelineState, fm: QFontMetricsF) -> float:
        key = (level.name, state.family, state.digits, self.font.key())
        if key not in self._level_w:
            fmt = cal.Fmt(state.family, state.digits)
            sample = level.ticks(738000.0, 738000.0 + level.approx_days * 14, fmt)
            self._level_w[key] = max((self.text.width(t.label, self.font, fm) for t in sample), default=20.0)
        return self._level_w[key]

    def _pick_level(self, state: TimelineState, rect: QRectF, fm: QFontMetricsF) -> cal.Level:
        ppd = rect.width() / state.span
        for level in cal.LEVELS:
            if level.approx_days * ppd >= self._level_label_width(level, state, fm) + 14:
                return level
        return cal.LEVELS[-1]

    def _ticks(self, level: cal.Level, state: TimelineState, fmt: cal.Fmt) -> tuple[list, list]:
        """(context periods, ticks) of this frame's window; computed once per frame for the grid and the ruler."""
        key = (level.name, state.t0, state.t1, fmt.family, fmt.digits)
        hit = getattr(self, "_ticks_hit", None)
        if hit is None or hit[0] != key:
            hit = self._ticks_hit = (key, cal.context_ticks(level, state.t0, state.t1, fmt),
                                     level.ticks(state.t0, state.t1, fmt))
        return hit[1], hit[2]

    def _paint_grid(self, p, rect, ev, state, level, fmt) -> None:
        t0, t1 = state.t0, state.t1
        # alternate shading of the larger periods helps the eye keep its place while panning; the periods are filled
        # white or shaded, covering the events area once (no separate background fill: fills are the costliest ops)
        ctx, ticks = self._ticks(level, state, fmt)
        ctx = ctx or ticks
        shade, white = QColor("#f4f6f9"), QColor("#ffffff")
        step = int(level.name.split(":")[1]) if level.name.startswith("year") and not ctx else 1
        top, h = int(math.floor(ev.top())), int(math.ceil(ev.height()))
        covered_r = ev.right()
        periods: list[tuple[int, int, int]] = []
        for t in ctx:
            x_r = min(self.x_of(t.day, rect, state), ev.right())
            x_l = max(self.x_of(t.end, rect, state), ev.left())
            if x_r <= x_l:
                continue
            d = cal.day_to_date(t.day)
            length = t.end - t.day
            if length <= 1.01:
                odd = d.toordinal() % 2
            elif length <= 31.5:
                odd = (d.year * 12 + d.month) % 2
            else:
                odd = (d.year // step) % 2
            xi_l, xi_r = int(math.floor(x_l)), int(math.ceil(min(x_r, covered_r)))
            periods.append((xi_l, xi_r, odd))
            covered_r = xi_l
        xs = [self.x_of(t.day, rect, state) for t in ticks]
        if self.text.static:
            # everything here is a function of x only: one row of pixels (shading and grid lines) stretched down
            # the height in one drawImage (a fill per period plus ~100 full-height lines cost 1.5-4.5 ms). Not
            # drawTiledPixmap: cheaper in CPU, but Qt spreads big tiled fills over its thread pool, and on a busy
            # machine the frame waits for those threads (5.6 ms against 2.6-3.2 ms at load 7 on 2 cores).
            left = int(math.floor(ev.left()))
            w = max(1, int(math.ceil(ev.right())) - left)
            row = np.full(w, white.rgba(), np.uint32)
            for xi_l, xi_r, odd in periods:
                if odd:
                    row[max(xi_l - left, 0):max(xi_r - left, 0)] = shade.rgba()
            cols = np.floor(np.asarray(xs, np.float64)).astype(np.int64) - left
            row[cols[(cols >= 0) & (cols < w)]] = LINE.rgba()
            # a band of GRID_TILE identical rows copied down the height: stretching a 1-row image makes Qt scale
            # (0.9 ms at 1600x700); unscaled copies of a 16-row band cost 0.3 ms
            th = min(GRID_TILE, h)
            band = np.ascontiguousarray(np.broadcast_to(row, (th, w)))
            img = QImage(band.data, w, th, w * 4, QImage.Format.Format_RGB32)
            for y in range(top, top + h, th):
                n = min(th, top + h - y)
                p.drawImage(QRectF(left, y, w, n), img, QRectF(0, 0, w, n))
            return
        for xi_l, xi_r, odd in periods:
            p.fillRect(QRect(xi_l, top, xi_r - xi_l, h), shade if odd else white)
        if covered_r > ev.left():
            p.fillRect(QRectF(ev.left(), ev.top(), covered_r - ev.left(), ev.height()), white)
        pen = QPen(LINE)
        pen.setWidthF(1.0)
        p.setPen(pen)
        p.drawLines([QLineF(x, ev.top(), x, ev.bottom()) for x in xs])

    def _paint_ruler(self, p, rect, ruler_h, state, level, fmt, fm) -> None:
        row = self._fm_h + 6
        top = rect.top()
        p.fillRect(QRectF(rect.left(), top, rect.width(), ruler_h), QColor("#fbfbfc"))
        p.setPen(QPen(QColor("#c9ced6")))
        p.drawLine(QPointF(rect.left(), top + ruler_h), QPointF(rect.right(), top + ruler_h))
        # (ticks, y, is_context_row, labels centred in their period?) - a period of one unit (a month, a day, an
        # hour) is labelled in its middle; multi-unit steps (every 5 years, days 1/6/11...) at their tick
        rows: list[tuple[list[cal.Tick], float, bool, bool]] = []
        ctx, ticks = self._ticks(level, state, fmt)
        unit = level.name.endswith(":1")
        if ctx:
            rows.append((ctx, top, True, True))
            rows.append((ticks, top + row, False, unit))
        else:
            rows.append((ticks, top + row / 2, False, unit))
        if state.hijri:
            ppd = rect.width() / state.span
            min_px = self.text.width("٢٩ ربيع الأول ١٤٤٥", self.font, fm) + 12
            h = cal.hijri_ticks(state.t0, state.t1, ppd, fmt, min_px)
            hijri_unit = bool(h) and (h[0].end - h[0].day) < 360
            rows.append((h, top + 2 * row, False, hijri_unit))
            p.setPen(QColor("#e6e9ee"))
            p.drawLine(QPointF(rect.left(), top + 2 * row), QPointF(rect.right(), top + 2 * row))
        bold = self.bold_font
        marks: list[QLineF] = []
        # x_of inlined (the same arithmetic): a frame has ~40-130 ticks, and each took 3 calls plus QRectF getters
        r_right, r_left, t0 = rect.right(), rect.left(), state.t0
        scale = rect.width() / state.span
        width_of, draw, tick_labels = self.text.width, self.text.draw, self.layout.tick_labels
        pens = {True: QColor("#2b2f36"), False: QColor("#4a505a")}
        pen_now = None
        for ticks_, y, is_ctx, centred in rows:
            font = bold if is_ctx else self.font
            last_left = math.inf  # labels go right (early) to left (late); none may overlap the previous one
            for t in ticks_:
                xt = r_right - (t.day - t0) * scale
                x_r = min(xt, r_right)
                x_l = max(r_right - (t.end - t0) * scale, r_left)
                if x_r - x_l <= 0:
                    continue
                label = t.label
                w = width_of(label, font, fm) + 8
                if is_ctx and w > x_r - x_l and " " in label:
                    label = label.rsplit(" ", 1)[0]      # «تشرين الأول 2026» -> «تشرين الأول» when the month is narrow
                    w = width_of(label, font, fm) + 8
                # centred in the visible part of its period: a period cut by the edge keeps its label (sticky ruler)
                cx = (x_r + x_l) / 2
                if not centred or w > x_r - x_l:
                    if is_ctx:
                        continue
                    cx = xt                               # a tick label centred on its tick
                left = cx - w / 2
                if left + w > last_left or left < r_left - 1 or left + w > r_right + 1:
                    continue
                lr = QRectF(left, y, w, row)
                if pen_now is not is_ctx:
                    p.setPen(pens[is_ctx])
                    pen_now = is_ctx
                draw(p, label, font, lr)
                tick_labels.append(lr)
                last_left = lr.left()
                if not is_ctx:
                    if r_left <= xt <= r_right:
                        marks.append(QLineF(xt, y + row - 4, xt, y + row))
        p.setPen(QColor("#9aa1ab"))
        p.drawLines(marks)
        p.setFont(self.font)

    def _paint_today(self, p, ev, state, fm) -> None:
        """A red line at the current moment, labelled «اليوم» on the ruler (drawn after it)."""
        if state.today is None or not (state.t0 <= state.today <= state.t1):
            return
        x = self.x_of(state.today, self.layout.rect, state)
        pen = QPen(QColor("#e03131"))
        pen.setWidthF(1.5)
        p.setPen(pen)
        p.drawLine(QPointF(x, ev.top()), QPointF(x, ev.bottom()))
        w = self.text.width(self.today_text, self.font, fm) + 8
        self._today_badge = (QRectF(x - w / 2, ev.top() - self._fm_h - 2, w, self._fm_h + 2))

    def _paint_today_badge(self, p) -> None:
        """«اليوم» where it hides nothing: on the ruler's rows if free of tick labels, else at the foot of the
        events area."""
        r = getattr(self, "_today_badge", None)
        if r is None:
            return
        self._today_badge = None
        lay = self.layout
        row = self._fm_h + 6
        ev = lay.events_rect
        candidates = [QRectF(r.left(), lay.rect.top() + k * row + (row - r.height()) / 2, r.width(), r.height())
                      for k in range(int(round((ev.top() - lay.rect.top()) / row)))][::-1]
        candidates.append(QRectF(r.left(), ev.bottom() - r.height() - 2, r.width(), r.height()))
        taken = lay.tick_labels + [lr for lr, _i, _t in lay.labels]
        for c in candidates:
            if not any(c.intersects(t) for t in taken):
                r = c
                break
        else:
            r = candidates[-1]
        p.fillRect(r, QColor("#e03131"))
        p.setPen(QColor("#ffffff"))
        self.text.draw(p, self.today_text, self.font, r)

    # ------------------------------------------------------------------ density (zoomed out / very dense)
    def _paint_density(self, p, ev, state, fm) -> None:
        lay = self.layout
        lay.mode = "density"
        data = state.data
        bin_px = 3.0
        bins = max(1, int(ev.width() / bin_px))
        # bins run early→late; x runs right→left
        counts = data.density(state.t0, state.t1, bins)
        if state.span / bins < 1.0:
            # finer than a day: dates are whole days, so each bin shows the count of the day it lies in (a step
            # per day instead of a comb of spikes)
            centres = state.t0 + (np.arange(bins) + 0.5) * (state.span / bins)
            days = np.floor(centres)
            counts = np.searchsorted(data.start, days + 1) - np.searchsorted(data.start, days)
        peak = max(int(counts.max()), 1)
        area = ev.adjusted(0, 10, 0, -8)
        heights = np.sqrt(counts / peak) * area.height()
        self._histogram(p, area, heights, QColor("#7fa7cf"))
        # clusters: counts per group of bins, clickable to zoom in
        group = max(1, int(90 / bin_px))
        p.setPen(QColor("#1d2733"))
        span_per_bin = state.span / bins
        density_clusters: list[tuple[QRectF, float, float, int]] = []
        starts_g = list(range(0, bins, group))
        edges = np.array([state.t0 + g * (state.span / bins) for g in starts_g] + [state.t1])
        group_counts = np.diff(np.searchsorted(data.start, edges))      # exact events per group of bins
        for gi, g in enumerate(starts_g):
            c = int(group_counts[gi])
            if not c:
                continue
            x_r = ev.right() - g * (ev.width() / bins)
            x_l = ev.right() - min(g + group, bins) * (ev.width() / bins)
            r = QRectF(x_l, area.top(), x_r - x_l, area.height())
            density_clusters.append((r, state.t0 + g * span_per_bin, state.t0 + min(g + group, bins) * span_per_bin, c))
            label = cal.digits(f"{c:,}".replace(",", "٬" if state.digits == "arabic" else ","), state.digits)
            tr = QRectF(x_l, area.top() - 10, x_r - x_l, self._fm_h)
            self.text.draw(p, label, self.font, tr)
        lay.add_clusters(density_clusters)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _histogram(self, p: QPainter, area: QRectF, heights: np.ndarray, color: QColor) -> None:
        """Bins early→late drawn right→left. Raster devices: one numpy-built image (column masks), scaled
        horizontally by Qt in one call. Vector devices: integer rectangles in one call (a spiky polygon or fractional
        rectangles cost ~20x more)."""
        bins = len(heights)
        if self.text.static:
            hpx = max(1, int(math.ceil(area.height())))
            hs = np.clip(np.round(heights), 0, hpx).astype(np.int64)[::-1]     # leftmost column = latest bin
            rows = np.arange(hpx)[:, None]
            img_arr = np.where(rows >= (hpx - hs)[None, :], np.uint32(color.rgba()), np.uint32(0))
            img_arr = np.ascontiguousarray(img_arr, dtype=np.uint32)
            img = QImage(img_arr.data, bins, hpx, bins * 4, QImage.Format.Format_ARGB32)
            p.save()
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            p.drawImage(QRectF(area.left(), area.bottom() - hpx, area.width(), hpx), img)
            p.restore()
            return
        bw = area.width() / bins
        right = area.right()
        bottom = int(round(area.bottom()))
        xs = np.round(right - (np.arange(bins + 1)) * bw).astype(np.int64)
        hs = np.round(heights).astype(np.int64)
        keep = hs > 0
        lefts = xs[1:][keep].tolist()
        widths = np.maximum(xs[:-1] - xs[1:], 1)[keep].tolist()
        hk = hs[keep].tolist()
        rects = [QRect(x, bottom - h, w, h) for x, w, h in zip(lefts, widths, hk)]
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRects(rects)
        p.restore()

    # ------------------------------------------------------------------ events (points, bars, clusters, labels)
    def _rows(self, ev: QRectF, data) -> tuple[int, int, float]:
        total_rows = max(1, int((ev.height() - 4) // LANE_H))
        if data.bar_lanes and data.point_lanes:
            nb = max(1, min(data.bar_lanes, total_rows // 3))
        elif data.bar_lanes:
            nb = total_rows
        else:
            nb = 0
        npr = max(1, total_rows - nb)
        return nb, npr, ev.top() + 4

    def rows_of(self, vis: np.ndarray, ev: QRectF, data) -> np.ndarray:
        """Screen row per event: bars in the upper band (lane modulo its rows), points below, spread by
        (rank within the day + day) so that consecutive days step down and their labels have room. Depends only on
        the data and the height, never on the zoom."""
        nb, npr, _ = self._rows(ev, data)
        lane = data.lane[vis].astype(np.int64)
        bar = data.is_bar[vis]
        point_row = nb + (lane + np.floor(data.start[vis]).astype(np.int64)) % npr
        if nb == 0:
            return point_row
        # more bar lanes than rows: the last bar row collects the rest as "+N" clusters (see overflow)
        return np.where(bar, np.minimum(lane, nb - 1), point_row)

    def overflow_of(self, vis: np.ndarray, ev: QRectF, data) -> np.ndarray:
        nb, _, _ = self._rows(ev, data)
        if nb == 0 or data.bar_lanes <= nb:
            return np.zeros(len(vis), bool)
        return data.is_bar[vis] & (data.lane[vis] >= nb - 1)

    def _paint_events(self, p, ev, state, fm, vis=None) -> None:
        lay = self.layout
        lay.mode = "events"
        data = state.data
        rect = lay.rect
        if vis is None:
            vis = data.visible(state.t0, state.t1)
        if not len(vis):
            lay.mode = "empty"
            return
        _, _, top = self._rows(ev, data)
        ppd = rect.width() / state.span
        x_start = rect.right() - (data.start[vis] - state.t0) * ppd
        x_end = rect.right() - (data.end[vis] - state.t0) * ppd
        overflow = self.overflow_of(vis, ev, data)
        # bars when wide enough to read as a span; zoomed in past a day, a day event is a bar over its day too
        width = x_start - x_end
        long_bar = data.is_bar[vis] & (width >= 6.0) & ~overflow
        # zoomed in past POINT_AS_BAR_PX per day, one-day events get one cell per day and row: alone, a bar over
        # the day; several, a pill with their count
        day_cells = ppd >= POINT_AS_BAR_PX
        row = self.rows_of(vis, ev, data)
        selected = np.isin(vis, state.selected) if len(state.selected) else np.zeros(len(vis), bool)
        color = data.color_index[vis].astype(np.int64) % len(PALETTE)

        occ: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []   # (rows, left, right) taken by markers
        label_cands: list[tuple[float, int, int, float, float, float]] = []  # (priority, index, row, x_r, x_l, y)
        marks: list[tuple[str, object, int]] = []   # rings for selected / current / hovered: (kind, geometry, idx)

        # ---- bars: batched per colour (solid middle, stepped fade at imprecise ends)
        bi = np.flatnonzero(long_bar)
        if len(bi):
            self._draw_bars(p, state, vis, bi, row, x_start, x_end, top, selected, color, occ, marks, label_cands)

        # ---- points and short bars: cells per row; one event per cell is drawn, more make a cluster
        pi = np.flatnonzero(~long_bar)
        if len(pi):
            xc = np.where(data.is_bar[vis[pi]], (x_start[pi] + x_end[pi]) / 2, x_start[pi] - ppd / 2)
            rows_p = row[pi]
            # "+N" pills of hidden ranges are wider than a count: their row gets wider cells
            cell_w = np.where(overflow[pi], OVERFLOW_CELL_PX, CELL_PX)
            cell = np.floor((xc - rect.left()) / cell_w).astype(np.int64)
            cell_left = rect.left() + cell * cell_w
            is_day = ~data.is_bar[vis[pi]] if day_cells else np.zeros(len(pi), bool)
            if day_cells and is_day.any():
                day_no = np.floor(data.start[vis[pi]])
                cell = np.where(is_day, day_no.astype(np.int64), cell)
                cell_w = np.where(is_day, ppd, cell_w)
                cell_left = np.where(is_day, x_end[pi], cell_left)
            key = rows_p * 10_000_000 + cell
            order = np.argsort(key, kind="stable")
            ks = key[order]
            first = np.r_[0, np.flatnonzero(ks[1:] != ks[:-1]) + 1]
            counts = np.diff(np.r_[first, len(ks)])
            members = pi[order]
            forced = np.maximum.reduceat(overflow[members].astype(np.int8), first).astype(bool)
            single = (counts == 1) & ~forced
            # singles
            day_single = single & is_day[order[first]]
            if day_single.any():   # alone on its day and row: a bar over the day
                self._draw_bars(p, state, vis, members[first[day_single]], row, x_start, x_end, top, selected,
                                color, occ, marks, label_cands)
                single = single & ~day_single
            sk = members[first[single]]
            so = order[first[single]]
            radius = 4.5
            # a marker stays inside its cell (moved by at most its radius): markers and pills of neighbouring cells
            # never cover each other
            s_left = cell_left[so]
            sx = np.clip(xc[so], s_left + radius + 1.5, s_left + cell_w[so] - radius - 1.5)
            srow = rows_p[so]
            sy = top + srow * LANE_H + LANE_H / 2
            n_marks = len(first)
            stamp = None
            if self.text.static and n_marks > STAMP_MIN:
                # only the band of rows that holds markers: the buffer is zeroed and blended every frame
                r_lo, r_hi = int(rows_p.min()), int(rows_p.max())
                band = QRectF(ev.left(), top + r_lo * LANE_H - 2, ev.width(), (r_hi - r_lo + 1) * LANE_H + 4)
                stamp = StampBuffer(band.intersected(ev))
            self._draw_points(p, sx, sy, color[sk], data.fuzzy[vis[sk]], radius, stamp)
            sidx = vis[sk]
            lay.points.extend(zip(sx.tolist(), sy.tolist(), sidx.tolist()))
            occ.append((srow, sx - radius - 1, sx + radius + 1))
            flagged = selected[sk] | (sidx == (-1 if state.current is None else state.current)) \
                | (sidx == (-1 if state.hover is None else state.hover))
            for x, y, idx in zip(sx[flagged].tolist(), sy[flagged].tolist(), sidx[flagged].tolist()):
                marks.append(("point", QPointF(x, y), idx))
            # label candidates: only the best MAX_LABELS singles are considered (vectorised choice)
            prio = selected[sk] * 2.0 + data.confidence[sidx]
            top_k = np.argsort(-prio, kind="stable")[:MAX_LABELS]
            for k, pr in zip(top_k.tolist(), prio[top_k].tolist()):
                label_cands.append((pr, int(sidx[k]), int(srow[k]), float(sx[k]) - radius - 2, -math.inf,
                                    float(sy[k]) - LANE_H / 2))
            # clusters
            multi = np.flatnonzero(~single & ~day_single)
            if len(multi):
                f_m = first[multi]
                c_m = counts[multi]
                t_from = np.minimum.reduceat(data.start[vis[members]], first)[multi]
                t_to = np.maximum.reduceat(data.end[vis[members]], first)[multi]
                sel_any = np.maximum.reduceat(selected[members].astype(np.int8), first)[multi]
                x_mean = (np.add.reduceat(xc[order], first) / counts)[multi]
                # keep each pill inside its cell (a count of up to two digits fits) so it never covers a neighbour
                cw_m = cell_w[order[f_m]]
                c_left = cell_left[order[f_m]]
                half = np.minimum(LANE_H - 4, cw_m) / 2 + 1
                x_mean = np.clip(x_mean, c_left + half, c_left + cw_m - half)
                crow = rows_p[order[f_m]]
                cy = top + crow * LANE_H + LANE_H / 2
                occ.append(self._draw_clusters(p, x_mean, cy, crow, c_m, t_from, t_to, sel_any, forced[multi],
                                               state, stamp))
            if stamp is not None:
                stamp.draw(p)
        for kind, geo, idx in marks:
            self._draw_mark(p, kind, geo, idx in set(vis[selected].tolist()), idx == state.current)
        self._place_labels(p, ev, state, fm, label_cands, occ)

    def _draw_bars(self, p, state, vis, bi, row, x_start, x_end, top, selected, color, occ, marks,
                   label_cands) -> None:
        """Bars batched per colour (solid middle, two-step fade at imprecise ends); records hit areas, occupancy,
        marks for the selection and label candidates (the best MAX_LABELS)."""
        lay = self.layout
        rect = lay.rect
        data = state.data
        xr = np.minimum(x_start[bi], rect.right() + 30)
        xl = np.maximum(x_end[bi], rect.left() - 30)
        y = top + row[bi] * LANE_H + 4
        h = LANE_H - 8
        fade = np.where(data.fuzzy[vis[bi]], np.minimum(14.0, (xr - xl) / 3), 0.0)
        fade = np.where(x_start[bi] > rect.right() + 30, 0.0, fade)  # cut by the edge: no fade there
        p.setPen(Qt.PenStyle.NoPen)
        h = float(h)
        xl_l, xr_l, y_l, f_l = xl.tolist(), xr.tolist(), y.tolist(), fade.tolist()
        full = [QRectF(a, yy, b - a - 1, h) for a, b, yy in zip(xl_l, xr_l, y_l)]
        bcol = color[bi]
        fuzzy_b = fade > 0
        fz = fuzzy_b.tolist()
        for ci in np.unique(bcol).tolist():
            base = PALETTE[ci]
            solid = QColor(base)
            solid.setAlpha(205)
            p.setBrush(solid)
            mine = np.flatnonzero(bcol == ci).tolist()     # this colour's bars, in order
            fk = [k for k in mine if fz[k]]
            p.drawRects([full[k] for k in mine if not fz[k]]
                        + [QRectF(xl_l[k] + f_l[k], y_l[k], xr_l[k] - xl_l[k] - 2 * f_l[k] - 1, h) for k in fk])
            if fk:  # imprecise ends fade out in two steps
                for step, alpha in ((0, 50), (1, 130)):
                    c = QColor(base)
                    c.setAlpha(alpha)
                    p.setBrush(c)
                    rs = []
                    for k in fk:
                        w = f_l[k] / 2
                        rs.append(QRectF(xl_l[k] + step * w, y_l[k], w, h))
                        rs.append(QRectF(xr_l[k] - (step + 1) * w - 1, y_l[k], w, h))
                    p.drawRects(rs)
        occ.append((row[bi], xl - 1, xr + 1))
        bidx = vis[bi]
        lay.bars.extend(zip(full, bidx.tolist()))
        flagged = selected[bi] | (bidx == (-1 if state.current is None else state.current)) \
            | (bidx == (-1 if state.hover is None else state.hover))
        for k in np.flatnonzero(flagged).tolist():
            marks.append(("bar", full[k], int(bidx[k])))
        prio = selected[bi] * 2.0 + data.confidence[bidx] + np.minimum(xr - xl, 400) / 4000
        for k in np.argsort(-prio, kind="stable")[:MAX_LABELS].tolist():
            label_cands.append((float(prio[k]), int(bidx[k]), int(row[bi[k]]), xr_l[k], xl_l[k], y_l[k] - 4))

    def _sprite(self, ci: int, fuzzy: bool, radius: float) -> QPixmap:
        key = (ci, fuzzy, radius)
        sp = self._sprites.get(key)
        if sp is None:
            size = int(math.ceil(2 * radius + 3))
            sp = QPixmap(size, size)
            sp.fill(Qt.GlobalColor.transparent)
            q = QPainter(sp)
            q.setRenderHint(QPainter.RenderHint.Antialiasing)
            c = QColor(PALETTE[ci])
            if fuzzy:
                c.setAlpha(140)
            q.setPen(QPen(QColor("#ffffff"), 1.2))
            q.setBrush(c)
            q.drawEllipse(QPointF(size / 2, size / 2), radius, radius)
            q.end()
            self._sprites[key] = sp
        return sp

    def _point_full(self, radius: float) -> list[np.ndarray]:
        """Whole 2-D pixel arrays of the point sprites, indexed colour*2 + fuzzy."""
        key = ("point-full", radius)
        hit = self._sprite_arrays.get(key)
        if hit is None:
            hit = []
            for ci in range(len(PALETTE)):
                for fz in (False, True):
                    img = self._sprite(ci, fz, radius).toImage().convertToFormat(
                        QImage.Format.Format_ARGB32_Premultiplied)
                    bpl = img.bytesPerLine() // 4
                    arr = np.frombuffer(img.constBits(), dtype=np.uint32, count=bpl * img.height())
                    hit.append(arr.reshape(-1, bpl)[:, :img.width()].copy())
            self._sprite_arrays[key] = hit
        return hit

    def _draw_points(self, p, xs, ys, colors, fuzzy, radius, stamp: StampBuffer | None = None) -> None:
        """Raster devices: one pre-rendered antialiased sprite per colour, stamped into a buffer (many markers) or
        blitted one by one (few). Vector devices (PDF, SVG): real ellipses."""
        if self.text.static:
            half = math.ceil(2 * radius + 3) / 2
            if stamp is not None:
                # every colour's sprite has the same shape: one table of pixel values, one write for all points
                full = self._point_full(radius)
                keys = (colors.astype(np.int64) * 2 + fuzzy.astype(np.int64)).tolist()
                stamp.blit([full[k] for k in keys], xs - half, ys - half)
                return
            for x, y, ci, fz in zip(xs.tolist(), ys.tolist(), colors.tolist(), fuzzy.tolist()):
                p.drawPixmap(QPointF(x - half, y - half), self._sprite(ci, fz, radius))
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor("#ffffff"), 1.2))
        for x, y, ci, fz in zip(xs.tolist(), ys.tolist(), colors.tolist(), fuzzy.tolist()):
            c = QColor(PALETTE[ci])
            if fz:
                c.setAlpha(140)
            p.setBrush(c)
            p.drawEllipse(QPointF(x, y), radius, radius)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _draw_mark(self, p, kind, geo, selected, current) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor("#111111") if selected else QColor("#2f6fdf"), 2.0 if selected else 1.5)
        if current and not selected:
            pen.setStyle(Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "point":
            p.drawEllipse(geo, 8.0, 8.0)
        else:
            p.drawRoundedRect(geo.adjusted(-2, -2, 2, 2), 4, 4)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _cluster_sprite(self, text: str, selected: bool) -> QPixmap:
        key = ("cluster", text, selected)
        sp = self._sprites.get(key)
        if sp is None:
            hgt = LANE_H - 4
            w = max(self.text.width(text, self.small_font) + 8, hgt)
            sp = QPixmap(int(math.ceil(w + 4)), int(hgt + 4))
            sp.fill(Qt.GlobalColor.transparent)
            q = QPainter(sp)
            q.setRenderHint(QPainter.RenderHint.Antialiasing)
            q.setPen(QPen(QColor("#111111"), 2.0) if selected else QPen(QColor("#ffffff"), 1.0))
            q.setBrush(QColor("#546173"))
            r = QRectF(2, 2, w, hgt)
            q.drawRoundedRect(r, hgt / 2, hgt / 2)
            q.setPen(QColor("#ffffff"))
            q.setFont(self.small_font)
            q.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            q.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
            q.end()
            self._sprites[key] = sp
        return sp

    def _count_text(self, c: int, more: bool, digits: str) -> str:
        """A cluster's count; "+N" (N more ranges hidden) reads "+N" with the sign on the left in both directions:
        the text is a left-to-right isolate, so an Arabic (right-to-left) paragraph does not move the sign to the
        digits' right ("N+")."""
        key = (c, more, digits)
        t = self._count_texts.get(key)
        if t is None:
            n = cal.digits(str(c) if c < 1000 else f"{c // 1000}k", digits)
            t = self._count_texts[key] = plus_count(n) if more else n
        return t

    def _pill_table(self, w_px: int, h_px: int, keys: list, sprites: dict):
        """((pixel rows per pill, {key: row}), row offsets, column offsets) for pills of one pixel size."""
        tkey = ("pills", w_px, h_px)
        hit = self._sprite_arrays.get(tkey)
        if hit is None:
            sy, sx = np.divmod(np.arange(w_px * h_px), w_px)
            hit = self._sprite_arrays[tkey] = [np.zeros((0, w_px * h_px), np.uint32), {}, sy, sx]
        missing = [k for k in dict.fromkeys(keys) if k not in hit[1]]
        if missing:
            rows = []
            for k in missing:
                img = sprites[k].toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
                bpl = img.bytesPerLine() // 4
                arr = np.frombuffer(img.constBits(), dtype=np.uint32, count=bpl * img.height()).reshape(-1, bpl)
                rows.append(arr[:h_px, :w_px].ravel().copy())
                hit[1][k] = len(hit[1])
            hit[0] = np.vstack([hit[0]] + rows)
        return (hit[0], hit[1]), hit[2], hit[3]

    def _draw_clusters(self, p, xs, ys, rows, counts, t_from, t_to, sel_any, more, state,
                       stamp: StampBuffer | None = None):
        """A cluster is a pill with its count; on raster devices a cached sprite per (count text, selected), stamped
        (many) or blitted (few). Returns the (rows, left, right) it occupies."""
        hgt = LANE_H - 4
        if self.text.static:
            # per distinct (count, more, selected): its text, sprite, size and pixels (numpy finds the distinct
            # ones); nothing per cluster in Python but the stamp's row copy
            code = (np.minimum(counts, 10**9).astype(np.int64) * 2 + more.astype(np.int64)) * 2 \
                + sel_any.astype(np.int64)
            ucode, kid = np.unique(code, return_inverse=True)
            kid = kid.ravel()
            uniq = [(self._count_text(int(u) // 4, bool((int(u) // 2) % 2), state.digits), bool(int(u) % 2))
                    for u in ucode.tolist()]
            sprites = {k: self._cluster_sprite(*k) for k in uniq}
            sizes = [(sprites[k].width(), sprites[k].height()) for k in uniq]
            ws = np.array([w - 4 for w, _h in sizes], dtype=np.float64)[kid]
            if stamp is not None:
                x_tl, y_tl = xs - ws / 2 - 2, ys - hgt / 2 - 2
                for size in set(sizes):
                    in_size = [j for j, sz in enumerate(sizes) if sz == size]
                    table, _sy, _sx = self._pill_table(size[0], size[1], [uniq[j] for j in in_size], sprites)
                    rows2d = table[0].reshape(-1, size[1], size[0])
                    arr_of = {j: rows2d[table[1][uniq[j]]] for j in in_size}
                    m = np.isin(kid, in_size) if len(in_size) < len(uniq) else slice(None)
                    stamp.blit([arr_of[j] for j in kid[m].tolist()], x_tl[m], y_tl[m])
            else:
                for x, y, w, k in zip(xs.tolist(), ys.tolist(), ws.tolist(), kid.tolist()):
                    p.drawPixmap(QPointF(x - w / 2 - 2, y - hgt / 2 - 2), sprites[uniq[k]])
        else:
            texts = [self._count_text(c, m, state.digits) for c, m in zip(counts.tolist(), more.tolist())]
            sel = sel_any.astype(bool).tolist()
            ws = np.array([max(self.text.width(t, self.small_font) + 8, hgt) for t in texts], dtype=np.float64)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for x, y, w, t, s_ in zip(xs.tolist(), ys.tolist(), ws.tolist(), texts, sel):
                p.setPen(QPen(QColor("#111111"), 2.0) if s_ else QPen(QColor("#ffffff"), 1.0))
                p.setBrush(QColor("#546173"))
                p.drawRoundedRect(QRectF(x - w / 2, y - hgt / 2, w, hgt), hgt / 2, hgt / 2)
                p.setPen(QColor("#ffffff"))
                self.text.draw(p, t, self.small_font, QRectF(x - w / 2, y - hgt / 2, w, hgt))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.layout.add_clusters((xs, ys, ws, float(hgt), t_from, t_to, counts))
        half = ws / 2 + 1
        return rows, xs - half, xs + half

    def _place_labels(self, p, ev, state, fm, cands, occ) -> None:
        """Highest priority first; each label takes free space in its row left of its event (later in time), elided
        to the gap, or is hidden. Bars carry their label inside, pinned to the visible part's right (start) end."""
        if not cands or state.titles is None:
            return
        cands.sort(key=lambda c: -c[0])
        cands = cands[:MAX_LABELS]
        titles = state.titles([int(state.data.ids[c[1]]) for c in cands])
        lay = self.layout
        rect = lay.rect
        ink_h = min(self._fm_h, LANE_H - 2)
        taken: dict[int, list[tuple[float, float]]] = {}
        if occ:
            o_rows = np.concatenate([o[0] for o in occ])
            o_a = np.concatenate([o[1] for o in occ])
            o_b = np.concatenate([o[2] for o in occ])
            order = np.lexsort((o_a, o_rows))
            o_rows, o_a, o_b = o_rows[order], o_a[order], o_b[order]
        else:
            o_rows = o_a = o_b = np.zeros(0)
        per_row: dict[int, tuple[list[float], list[float]]] = {}

        def space(r: int, right: float, left: float, markers: bool) -> float:
            """Free width left of ``right`` in row ``r`` (down to ``left``), or 0 when the anchor is covered.
            Markers in a row barely overlap (one per cell), so the few starting just before the anchor decide."""
            if markers:
                if r not in per_row:
                    lo, hi = np.searchsorted(o_rows, r), np.searchsorted(o_rows, r, "right")
                    per_row[r] = (o_a[lo:hi].tolist(), o_b[lo:hi].tolist())
                ra, rb = per_row[r]
                j = bisect.bisect_left(ra, right)
                for k in range(max(0, j - 4), j):
                    if rb[k] > right + 0.5:
                        return 0.0              # a marker sits on the anchor itself
                    left = max(left, rb[k] + 3)
            for a, b in taken.get(r, []):
                if b <= right + 0.5:
                    left = max(left, b + 3)     # a label further left bounds the space
                elif a < right:
                    return 0.0
            return min(right - left, MAX_LABEL_W)

        pens = {True: QColor("#102030"), False: QColor("#1d2733")}
        pen_now = None
        for prio, idx, r, x_r, x_l, y in cands:
            text = titles.get(int(state.data.ids[idx]))
            if not text:
                continue
            inside = x_l > -math.inf
            if inside:  # a bar: its label inside, pinned to the right (start) of its visible part ...
                right = min(x_r, rect.right()) - 6
                avail = space(r, right, max(x_l, rect.left()) + 6, False)
                full_w = self.text.width(text, self.font, fm)
                if avail < min(full_w, 90) and x_l - 3 > rect.left() + MIN_LABEL_W:
                    # ... or, when it would be cut to a stub, outside after its end (later in time), if free
                    out = space(r, x_l - 3, rect.left() + 2, True)
                    if out > avail:
                        inside, right, avail = False, x_l - 3, out
            else:
                right = x_r
                avail = space(r, right, rect.left() + 2, True)
                if avail < MIN_LABEL_W:
                    continue            # no room: not even measured (shaping a title is the costly part)
                full_w = self.text.width(text, self.font, fm)
            if avail < MIN_LABEL_W:
                continue
            if full_w > avail:
                if avail < MIN_ELIDED_W:
                    continue                    # a two-letter stub reads as noise: hide it instead
                text = self.text.elide(text, self.font, fm, avail)
                if not text or text == "…":
                    continue
                full_w = self.text.width(text, self.font, fm)
                if full_w > avail:
                    continue
            # the label's box is its lane minus a margin: the font's line box (~25 px for Noto Sans Arabic 9 pt) is
            # taller than a lane, but the ink of Arabic text with its marks stays within ~16 px of the middle
            lr = QRectF(right - full_w, y + (LANE_H - ink_h) / 2, full_w, ink_h)
            if pen_now is not inside:
                p.setPen(pens[inside])
                pen_now = inside
            self.text.draw(p, text, self.font, lr, "right")
            taken.setdefault(r, []).append((lr.left() - 2, lr.right() + 2))
            lay.labels.append((lr, idx, text))

    # ------------------------------------------------------------------ undated strip, legend
    def _layer(self, p, name: str, key: tuple, area: QRectF, draw) -> None:
        """Parts that do not move with the time window (undated strip, legend) are drawn once into a pixmap per
        key and blitted on raster devices; vector devices get them drawn directly. Hit areas are replayed."""
        if not self.text.static:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            draw(p, area)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            return
        hit = self._layers.get(name)
        if hit is None or hit[0] != key:
            dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
            pm = QPixmap(int(math.ceil(area.width() * dpr)), int(math.ceil(area.height() * dpr)))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            q = QPainter(pm)
            q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            q.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            q.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            q.setFont(self.font)
            q.translate(-area.left(), -area.top())
            before = len(self.layout.undated)
            draw(q, area)
            q.end()
            self.text.begin(p)
            hit = self._layers[name] = (key, pm, list(self.layout.undated[before:]))
        else:
            self.layout.undated.extend(hit[2])
        p.drawPixmap(area.topLeft(), hit[1])

    def _paint_undated(self, p, strip: QRectF, state, fm) -> None:
        data = state.data
        p.fillRect(strip, QColor("#f1f3f5"))
        p.setPen(QColor("#c9ced6"))
        p.drawLine(strip.topLeft(), strip.topRight())
        head = f"{state.undated_label} ({cal.digits(str(len(data.undated_ids)), state.digits)})"
        w = self.text.width(head, self.font, fm) + 12
        hr = QRectF(strip.right() - w, strip.top(), w, strip.height())
        p.setPen(QColor("#4a505a"))
        self.text.draw(p, head, self.font, hr)
        x = hr.left() - 6
        shown = data.undated_ids[: max(0, int(strip.width() // 60))]
        titles = state.titles([int(i) for i in shown]) if state.titles and len(shown) else {}
        sel_ids = set(state.selected_ids.tolist()) if state.selected_ids is not None else set()
        for eid in shown.tolist():
            t = titles.get(eid) or f"#{eid}"
            t = self.text.elide(t, self.font, fm, 160)
            cw = self.text.width(t, self.font, fm) + 14
            if x - cw < strip.left() + 4:
                break
            cr = QRectF(x - cw, strip.top() + 4, cw, strip.height() - 8)
            p.setPen(QPen(QColor("#111111"), 2.0) if eid in sel_ids else QPen(QColor("#aab1bb")))
            p.setBrush(QColor("#ffffff"))
            p.drawRoundedRect(cr, 6, 6)
            p.setPen(QColor("#1d2733"))
            self.text.draw(p, t, self.font, cr)
            self.layout.undated.append((cr, eid))
            x -= cw + 6
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _legend_box(self, ev: QRectF, state, fm) -> QRectF | None:
        names = state.data.color_names
        if state.color_by == "none" or len(names) < 2:
            return None
        shown = names[:8]
        h = self._fm_h + 4
        w = max(self.text.width(n or self.unknown_outlet_text, self.font, fm) for n in shown) + 30
        rows = len(shown) + (1 if len(names) > len(shown) else 0)
        return QRectF(ev.left() + 8, ev.bottom() - 8 - h * rows - 6, w, h * rows + 6)

    def _paint_legend(self, p, box: QRectF, state, fm) -> None:
        names = state.data.color_names
        shown = names[:8]
        h = self._fm_h + 4
        extra = len(names) - len(shown)
        box = box.adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(QColor("#c9ced6")))
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(box, 4, 4)
        y = box.top() + 3
        for i, name in enumerate(shown):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(PALETTE[i % len(PALETTE)])
            p.drawEllipse(QPointF(box.right() - 12, y + h / 2), 5, 5)
            p.setPen(QColor("#1d2733"))
            self.text.draw(p, name or self.unknown_outlet_text, self.font,
                           QRectF(box.left() + 4, y, box.width() - 26, h), "right")
            y += h
        if extra:
            self.text.draw(p, plus_count(cal.digits(str(extra), state.digits)), self.font,
                           QRectF(box.left() + 4, y, box.width() - 26, h), "right")
        p.setBrush(Qt.BrushStyle.NoBrush)

    # ------------------------------------------------------------------ overview strip
    def paint_overview(self, p: QPainter, rect: QRectF, state: TimelineState,
                       extent: tuple[float, float]) -> QRectF:
        """Density of all events over ``extent`` (earliest at the right) with the visible window marked; returns the
        window's rectangle (the view makes it draggable)."""
        p.save()
        self.text.begin(p)
        p.setClipRect(rect)
        a, b = extent
        if b <= a:
            p.fillRect(rect, QColor("#eef1f4"))
            p.restore()
            return QRectF()
        key = (id(state.data), len(state.data), a, b, rect.width(), rect.height(), p.device().devicePixelRatioF())
        if self.text.static and self._overview_cache is not None and self._overview_cache[0] == key:
            p.drawPixmap(rect.topLeft(), self._overview_cache[1])
        else:
            bins = max(1, int(rect.width() / 2))
            counts = state.data.density(a, b, bins) if len(state.data) else np.zeros(bins)
            peak = max(float(counts.max()), 1.0)
            hs = np.sqrt(counts / peak) * (rect.height() - 4)
            if self.text.static:
                dpr = p.device().devicePixelRatioF()
                pm = QPixmap(int(math.ceil(rect.width() * dpr)), int(math.ceil(rect.height() * dpr)))
                pm.setDevicePixelRatio(dpr)
                pm.fill(QColor("#eef1f4"))
                q = QPainter(pm)
                self._histogram(q, QRectF(0, 0, rect.width(), rect.height()), hs, QColor("#7d8896"))
                q.end()
                self._overview_cache = (key, pm)
                p.drawPixmap(rect.topLeft(), pm)
            else:
                p.fillRect(rect, QColor("#eef1f4"))
                self._histogram(p, rect, hs, QColor("#7d8896"))
        ppd = rect.width() / (b - a)
        x_r = rect.right() - (state.t0 - a) * ppd
        x_l = rect.right() - (state.t1 - a) * ppd
        win = QRectF(x_l, rect.top() + 1, max(x_r - x_l, 4.0), rect.height() - 2)
        if win.width() == 4.0:
            win.moveCenter(QPointF((x_l + x_r) / 2, win.center().y()))
        p.setBrush(QColor(47, 111, 223, 50))
        p.setPen(QPen(QColor("#2f6fdf"), 1.5))
        p.drawRect(win)
        p.restore()
        return win
