"""One strip of the printed timeline, drawn by TIMELINE's ``TimelinePainter`` (the same drawing as the screen).

``TimelinePainter`` measures in 96-dpi pixels (lane height, cluster cells, marker sizes) and its fonts in points on
the device, so on a 300-dpi PDF page or a 1200-dpi printer it is drawn through a scale of ``dpi / 96`` with its font
shrunk by the same factor: the strip then looks exactly like the screen at 96 dpi, in vectors, and the text stays text.

Labels are the event's number in the printed list followed by its title, so every label on the timeline points to a
row of the event list and its footnotes. The tiler (``print_tiles``) asks :meth:`StripPainter.crowded` whether a
candidate window would hide a label or draw a cluster; this paints the strip once into a QPicture (nothing printed)
and reads the painter's ``Layout``.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPicture

from timeline_app.ui.timeline import TimelineData, TimelinePainter, TimelineState
from timeline_app.ui.timeline.painter import LANE_H

from .print_data import DAYS, DEFAULT_WORDS, EVENTS, MONTHS_COUNT, YEARS, DateWords, PrintData
from .print_text import ACCENT, MUTED, Style, draw_line_text
from .print_tiles import Strip

SCREEN_DPI = 96.0
ROW_OPTIONS = (2, 4, 6, 9)   # lane rows a strip may get: the fewest that show every label, so sparse strips are short
_QUARTERS = ["الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع"]


def window_label(strip: Strip, words: DateWords = DEFAULT_WORDS) -> str:
    a = dt.date.fromordinal(strip.t0)
    last = dt.date.fromordinal(strip.t1 - 1)
    n, m = words.num, words.month
    if strip.unit == "week":
        if a == last:
            return words.date(a)
        if a.month == last.month:
            return f"{n(a.day)}–{n(last.day)} {m(a.month)} {n(a.year)}"
        return f"{words.date(a)} – {words.date(last)}"
    if strip.unit == "month":
        return f"{m(a.month)} {n(a.year)}"
    if strip.unit == "quarter":
        return f"{_QUARTERS[(a.month - 1) // 3]} {n(a.year)}"
    if strip.unit == "half":
        return f"{'النصف الأول' if a.month == 1 else 'النصف الثاني'} {n(a.year)}"
    if strip.unit == "year":
        return n(a.year)
    return f"{n(a.year)}–{n(last.year)}"


def gap_label(gap: tuple[int, int], words: DateWords = DEFAULT_WORDS) -> str:
    days = gap[1] - gap[0]
    if days >= 730:
        span = words.count(round(days / 365.25), YEARS)
    elif days >= 60:
        span = words.count(round(days / 30.44), MONTHS_COUNT)
    else:
        span = words.count(days, DAYS)
    return f"بعد فجوة بلا أحداث ({span})"


class StripPainter:
    def __init__(self, style: Style, width: float, doc: PrintData, data: TimelineData):
        self.s = style
        self.width = width
        self.data = data
        self.words = doc.words       # the reader's month names and digits, as on screen
        self.k = style.dpi / SCREEN_DPI           # device units per screen pixel
        self.caption_h = style.mm(6)
        self._rows: dict[tuple[int, int], int] = {}
        self._subsets: dict[tuple[int, int], TimelineData] = {}
        self._probes: dict[tuple[int, int, int], bool] = {}
        self.columns = doc.columns or {}
        self.outlets = getattr(data, "article_outlets", {})
        self.numbers = {e.id: e.number for e in doc.events}
        self.titles = {e.id: f"{self.words.num(e.number)}  {e.title}" for e in doc.events}
        font = QFont()
        font.setFamilies(["Noto Sans Arabic", "Noto Sans"])
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        self.screen_font = QFont(font)
        self.screen_font.setPointSizeF(8.5)
        font.setPointSizeF(8.5 / self.k)          # drawn through the dpi/96 scale: 8.5 pt on paper
        self.painter = TimelinePainter(font)
        self.probe = TimelinePainter(self.screen_font)
        self.ruler_px = 0.0
        pic = QPicture()
        p = QPainter(pic)
        try:  # the ruler's height at 96 dpi: where the painter's events area starts below it
            lay = self.probe.paint(p, QRectF(0, 0, self.width / self.k, 400), self.state(Strip(738000, 738007, "week")))
            self.ruler_px = lay.events_rect.top()
        finally:
            p.end()

    # ------------------------------------------------------------------ geometry
    def body_px(self, rows: int) -> float:
        """Ruler plus ``rows`` lanes, in screen pixels."""
        return self.ruler_px + rows * LANE_H + 8

    def height(self, strip: Strip) -> float:
        return self.caption_h + self.body_px(self.rows(strip)) * self.k

    def rows(self, strip: Strip) -> int:
        """The fewest lane rows that still show every label: a guess from the number of events, checked once."""
        key = (strip.t0, strip.t1)
        if key not in self._rows:
            n = len(strip.members)
            guess = next((r for r in ROW_OPTIONS if r >= 2 * n), ROW_OPTIONS[-1])
            # a lone event always has a row to itself: no need to ask the painter
            self._rows[key] = guess if guess == ROW_OPTIONS[-1] or n <= 1 or not self._probe(strip, guess) \
                else ROW_OPTIONS[-1]
        return self._rows[key]

    def subset(self, strip: Strip) -> TimelineData:
        """The events that start in the strip's window (each event is drawn once, in the strip where it starts; a range
        running on is cut at the window's end), with lanes of their own (the screen assigns lanes over the whole
        library; a strip that only needs its own lanes stays short) and the document's colours."""
        key = (strip.t0, strip.t1)
        sub = self._subsets.get(key)
        if sub is None:
            start = np.asarray(self.columns.get("start_day", []), dtype=np.float64)
            mask = (start >= strip.t0) & (start < strip.t1)
            sub = TimelineData.from_columns({k: np.asarray(v)[mask] for k, v in self.columns.items()
                                             if k != "granularity_names"}, self.outlets, "outlet")
            if len(self.data.color_names):
                sub.color_names = list(self.data.color_names)
                sub.color_index = self.data.color_index[self.data.indices_of(sub.ids)]
            self._subsets[key] = sub
        return sub

    def state(self, strip: Strip) -> TimelineState:
        return TimelineState(self.subset(strip), float(strip.t0), float(strip.t1), family=self.words.family,
                             digits=self.words.digits, color_by="outlet", titles=self._titles, today=None, show_undated=False,
                             show_legend=False)

    def _titles(self, ids) -> dict[int, str]:
        return {int(i): self.titles[int(i)] for i in ids if int(i) in self.titles}

    def crowded(self, strip: Strip) -> bool:
        """Would this window hide a label or lump events into a cluster even with the most rows?"""
        return len(strip.members) > 1 and self._probe(strip, ROW_OPTIONS[-1])

    def _probe(self, strip: Strip, rows: int) -> bool:
        """Paint the strip into a QPicture at 96 dpi and read the painter's Layout: would a label be missing?"""
        key = (strip.t0, strip.t1, rows)
        if key in self._probes:
            return self._probes[key]
        pic = QPicture()
        p = QPainter(pic)
        try:
            lay = self.probe.paint(p, QRectF(0, 0, self.width / self.k, self.body_px(rows)), self.state(strip))
        finally:
            p.end()
        labelled = {idx for _, idx, _ in lay.labels}
        self._probes[key] = bool(lay.clusters) or lay.mode == "density" or \
            any(i not in labelled for i in range(len(self.subset(strip).ids)))
        return self._probes[key]

    # ------------------------------------------------------------------ drawing
    def paint(self, p: QPainter, rect: QRectF, strip: Strip) -> None:
        s = self.s
        body = QRectF(rect.left(), rect.top() + self.caption_h, rect.width(), self.body_px(self.rows(strip)) * self.k)
        p.save()
        p.translate(body.topLeft())
        p.scale(self.k, self.k)
        state = self.state(strip)
        lay = self.painter.paint(p, QRectF(0, 0, body.width() / self.k, body.height() / self.k), state)
        p.restore()
        cap = QRectF(rect.left(), rect.top(), rect.width(), self.caption_h)
        n = len(strip.members)
        draw_line_text(p, s, cap, f"{window_label(strip, self.words)}  ·  {self.words.count(n, EVENTS)}",
                       s.body_bold, ACCENT, Qt.AlignmentFlag.AlignRight)
        notes = [gap_label(strip.gap_before, self.words)] if strip.gap_before else []
        labelled = {idx for _, idx, _ in lay.labels}
        ids = state.data.ids
        hidden = sorted(self.numbers[int(ids[i])] for i in range(len(ids))
                        if i not in labelled and int(ids[i]) in self.numbers)
        if hidden:  # too close together even a week wide: their numbers lead the reader to the list
            notes.append("بلا عنوان هنا: " + "، ".join(map(self.words.num, hidden[:12])) + ("…" if len(hidden) > 12 else ""))
        if notes:
            draw_line_text(p, s, QRectF(cap.left(), cap.top(), cap.width() * 0.6, cap.height()),
                           " · ".join(notes), s.tiny, MUTED, Qt.AlignmentFlag.AlignLeft)
