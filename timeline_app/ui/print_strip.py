"""Draw one strip of the printed timeline: a calendar axis running right to left and the strip's events, numbered
like the event list, with labels packed into lanes so none overlaps another.

Sizes are in device units from :class:`Style` (points and millimetres), so a strip looks the same on any page size
or printer resolution.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen

from .print_data import MONTHS, PrintEvent, format_date
from .print_text import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE, Style, draw_line_text
from .print_tiles import Strip

MAX_LANES = 7
FUZZY = {"week", "month", "season", "quarter", "year", "range", "century", "duration"}
_QUARTERS = ["الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع"]


@dataclass
class Placed:
    event: PrintEvent
    lane: int | None             # None: no room for a label (drawn as a tick on the axis, listed in the caption)
    x_start: float
    x_end: float                 # x of the (clipped) end; == x_start for a day event
    label: str
    label_width: float
    flipped: bool = False        # label to the right of the event (no room on its left, near the strip's end)


def window_label(strip: Strip) -> str:
    a = dt.date.fromordinal(strip.t0)
    last = dt.date.fromordinal(strip.t1 - 1)
    if strip.unit == "week":
        if a.month == last.month:
            return f"{a.day}–{last.day} {MONTHS[a.month - 1]} {a.year}"
        return f"{format_date(a)} – {format_date(last)}"
    if strip.unit == "month":
        return f"{MONTHS[a.month - 1]} {a.year}"
    if strip.unit == "quarter":
        return f"{_QUARTERS[(a.month - 1) // 3]} {a.year}"
    if strip.unit == "half":
        return f"{'النصف الأول' if a.month == 1 else 'النصف الثاني'} {a.year}"
    if strip.unit == "year":
        return str(a.year)
    return f"{a.year}–{last.year}"


def gap_label(gap: tuple[int, int]) -> str:
    days = gap[1] - gap[0]
    if days >= 730:
        span = f"{round(days / 365.25)} سنة"
    elif days >= 60:
        span = f"{round(days / 30.44)} شهر"
    else:
        span = f"{days} يوم"
    return f"بعد فجوة بلا أحداث ({span})"


def _ticks(strip: Strip) -> list[tuple[int, int, str]]:
    """Labelled periods [a, b) covering the strip: days, months or years depending on the window."""
    t0, t1, unit = strip.t0, strip.t1, strip.unit
    out: list[tuple[int, int, str]] = []
    if unit == "week":
        for d in range(t0, t1):
            out.append((d, d + 1, str(dt.date.fromordinal(d).day)))
        return out
    if unit == "month":
        for d in range(t0, t1):
            day = dt.date.fromordinal(d).day
            out.append((d, d + 1, str(day) if day in (1, 5, 10, 15, 20, 25) else ""))
        return out
    if unit in ("quarter", "half", "year", "2 years"):
        a = dt.date.fromordinal(t0)
        y, m = a.year, a.month
        while True:
            s = dt.date(y, m, 1).toordinal()
            if s >= t1:
                break
            ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
            e = dt.date(ny, nm, 1).toordinal() if ny <= 9999 else t1
            name = MONTHS[m - 1] if unit != "2 years" else (f"{MONTHS[m - 1]} {y}" if m in (1, 7) else "")
            out.append((s, e, name))
            y, m = ny, nm
        return out
    years_per = {"5 years": 1, "decade": 1, "25 years": 5, "50 years": 5, "century": 10,
                 "5 centuries": 50, "millennium": 100}.get(unit, 1)
    y0, y1 = dt.date.fromordinal(t0).year, dt.date.fromordinal(t1 - 1).year
    for y in range(y0, y1 + 1, years_per):
        e_year = y + years_per
        s = dt.date(y, 1, 1).toordinal()
        e = dt.date(e_year, 1, 1).toordinal() if e_year <= 9999 else t1
        out.append((s, e, str(y)))
    return out


class StripPainter:
    def __init__(self, style: Style, width: float):
        self.s = style
        self.width = width
        self.caption_h = style.mm(6)
        self.lane_h = style.metrics(style.small).height() * 1.25 + style.mm(1.2)
        self.axis_h = style.mm(8)
        self.label_max = style.mm(48)
        self.gap = style.mm(1.5)

    @staticmethod
    def capacity(style: Style, width: float) -> int:
        """How many events a strip of this width should carry before the tiler splits it."""
        return max(6, int(width / style.mm(15)))

    def x_of(self, strip: Strip, rect: QRectF, day: float) -> float:
        """Right to left: the strip's first day is at the right edge."""
        return rect.right() - (day - strip.t0) / (strip.t1 - strip.t0) * rect.width()

    def place(self, strip: Strip, events: list[PrintEvent]) -> list[Placed]:
        rect = QRectF(0, 0, self.width, 1)
        edges: list[float] = []            # per lane: leftmost x used so far (labels run leftwards)
        placed: list[Placed] = []
        for i in strip.members:
            e = events[i]
            xs = self.x_of(strip, rect, e.start_day + (0.5 if (e.end_day or 0) - e.start_day <= 1 else 0))
            xe = self.x_of(strip, rect, min(e.end_day or e.start_day + 1, strip.t1))
            if (e.end_day or 0) - e.start_day <= 1:
                xe = xs
            title = f"{e.number}  {e.title}"
            w = min(self.s.width(self.s.small, title) + self.s.mm(1), self.label_max)
            pad = self.s.mm(1.5)
            flipped = xs - w - pad < 0 and xs + w + pad < self.width  # near the left end: label to the right
            if not flipped:
                w = max(min(w, xs - pad), self.s.mm(6))  # stay inside the strip's left edge
            left = min(xe, xs - w - pad) if not flipped else min(xe, xs)
            right = xs + w + pad if flipped else xs
            lane = None
            for k, edge in enumerate(edges):
                if right < edge - self.gap:
                    lane = k
                    break
            if lane is None and len(edges) < MAX_LANES:
                edges.append(float("inf"))
                lane = len(edges) - 1
            if lane is not None:
                edges[lane] = left
            placed.append(Placed(e, lane, xs, xe, title, w, flipped))
        return placed

    def crowded(self, strip: Strip, events: list[PrintEvent]) -> bool:
        return any(p.lane is None for p in self.place(strip, events))

    def height(self, placed: list[Placed]) -> float:
        lanes = max((p.lane + 1 for p in placed if p.lane is not None), default=0)
        return self.caption_h + max(1, lanes) * self.lane_h + self.axis_h

    def paint(self, painter: QPainter, rect: QRectF, strip: Strip, placed: list[Placed]) -> None:
        s = self.s
        # caption: the window (right), what was skipped before it and unlabelled events (left)
        cap = QRectF(rect.left(), rect.top(), rect.width(), self.caption_h)
        n = len(placed)
        draw_line_text(painter, s, cap, f"{window_label(strip)}  ·  {n} {'حدث' if n == 1 else 'أحداث'}",
                       s.body_bold, ACCENT, Qt.AlignmentFlag.AlignRight)
        notes = []
        if strip.gap_before:
            notes.append(gap_label(strip.gap_before))
        unlabelled = [p.event.number for p in placed if p.lane is None]
        if unlabelled:
            notes.append("بلا عنوان هنا: " + "، ".join(map(str, unlabelled)))
        if notes:
            draw_line_text(painter, s, QRectF(cap.left(), cap.top(), cap.width() * 0.55, cap.height()),
                           " · ".join(notes), s.tiny, MUTED, Qt.AlignmentFlag.AlignLeft)
        axis_y = rect.bottom() - self.axis_h + s.mm(1.5)
        inner = QRectF(rect.left(), rect.top(), rect.width(), rect.height())
        self._axis(painter, strip, inner, axis_y)
        for p in placed:  # marks first, labels over them: a leader never runs through a label
            self._mark(painter, rect, axis_y, p)
        for p in placed:
            if p.lane is not None:
                self._label(painter, rect, axis_y, p)

    def _axis(self, painter: QPainter, strip: Strip, rect: QRectF, y: float) -> None:
        s = self.s
        painter.setPen(QPen(MUTED, s.pt(0.8)))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        ticks = _ticks(strip)
        painter.setFont(s.tiny)
        thin = QPen(RULE, s.pt(0.5))
        major = QPen(MUTED, s.pt(0.6))
        last_left = float("inf")
        for a, b, label in ticks:
            xa, xb = self.x_of(strip, rect, a), self.x_of(strip, rect, b)
            painter.setPen(major if label else thin)
            painter.drawLine(QPointF(xa, y), QPointF(xa, y + s.mm(1.6 if label else 0.9)))
            if label:
                w = s.width(s.tiny, label)
                cx = (xa + xb) / 2 if xa - xb > w else xa
                box = QRectF(cx - w / 2 - s.mm(0.5), y + s.mm(1.6), w + s.mm(1), s.mm(3.5))
                if box.right() < last_left:  # never let two labels collide
                    painter.setPen(MUTED)
                    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
                    last_left = box.left()
        # continuation marks at both ends: the axis goes on in the previous and the next strip
        painter.setPen(QPen(MUTED, s.pt(0.8)))
        for x, d in ((rect.right(), 1), (rect.left(), -1)):
            painter.drawLine(QPointF(x, y - s.mm(1)), QPointF(x, y + s.mm(1)))

    def _row(self, axis_y: float, lane: int) -> tuple[float, float]:
        bottom = axis_y - self.s.mm(1.2) - lane * self.lane_h
        return bottom - self.lane_h + self.s.mm(0.8), bottom

    def _mark(self, painter: QPainter, rect: QRectF, axis_y: float, p: Placed) -> None:
        s = self.s
        xs = rect.left() + p.x_start
        xe = rect.left() + p.x_end
        e = p.event
        fuzzy = (e.granularity in FUZZY) or bool(e.mod)
        if p.lane is None:
            painter.setPen(QPen(ACCENT, s.pt(1.2)))
            painter.drawLine(QPointF(xs, axis_y - s.mm(1.5)), QPointF(xs, axis_y))
            return
        row_top, row_bottom = self._row(axis_y, p.lane)
        # leader from the label down to the axis
        painter.setPen(QPen(RULE, s.pt(0.5)))
        painter.drawLine(QPointF(xs, row_bottom), QPointF(xs, axis_y))
        if xe < xs:  # a range: a bar under the label, faded at imprecise ends
            bar = QRectF(xe, row_bottom - s.mm(1.1), xs - xe, s.mm(1.1))
            grad = QLinearGradient(bar.left(), 0, bar.right(), 0)
            faint = QColor(ACCENT_LIGHT)
            faint.setAlpha(60 if fuzzy else 255)
            grad.setColorAt(0, faint)
            grad.setColorAt(0.25 if fuzzy else 0, ACCENT_LIGHT)
            grad.setColorAt(0.75 if fuzzy else 1, ACCENT_LIGHT)
            grad.setColorAt(1, faint)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(grad))
            painter.drawRect(bar)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACCENT)
        r = s.mm(0.9)
        painter.drawEllipse(QPointF(xs, axis_y), r, r)
        painter.drawEllipse(QPointF(xs, row_bottom - s.mm(0.55)), r * 0.7, r * 0.7)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _label(self, painter: QPainter, rect: QRectF, axis_y: float, p: Placed) -> None:
        s, e = self.s, p.event
        xs = rect.left() + p.x_start
        row_top, row_bottom = self._row(axis_y, p.lane)
        num = f"{e.number}"
        nw = s.width(s.tiny_bold, num) + s.mm(1)
        right = xs + s.mm(1.4) + p.label_width if p.flipped else xs - s.mm(1.4)
        text_rect = QRectF(right - p.label_width, row_top, p.label_width, row_bottom - row_top - s.mm(1))
        title_w = min(s.width(s.small, e.title), max(0.0, p.label_width - nw))
        painter.fillRect(QRectF(right - nw - title_w - s.mm(0.4), row_top + s.mm(0.3), nw + title_w + s.mm(0.4),
                                text_rect.height() - s.mm(0.6)), Qt.GlobalColor.white)
        draw_line_text(painter, s, QRectF(right - nw, row_top, nw, text_rect.height()), num, s.tiny_bold, ACCENT,
                       Qt.AlignmentFlag.AlignRight)
        draw_line_text(painter, s, QRectF(text_rect.left(), row_top, max(0.0, p.label_width - nw), text_rect.height()),
                       e.title, s.small, INK, Qt.AlignmentFlag.AlignRight)
