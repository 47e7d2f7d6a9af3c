"""TimelineView: the interactive widget around TimelinePainter (zoom, pan, selection, keyboard, overview strip).

``TimelineView(model: EventModel, selection_model: QItemSelectionModel)``. It shares the model's selection model with
the event table, so selecting in either selects in both. Painting arrays are rebuilt (off the UI thread) when the model
is reset (filter change, refresh); lanes are assigned then, never per frame.

Keys: Ctrl+wheel / pinch / + - zoom under the cursor; wheel, drag, Left/Right, PageUp/PageDown pan (Left goes
later in time: time runs right to left); Home/End jump to the earliest/latest event; Up/Down move to the
previous/next event in time; Enter (or double-click) opens the current event; Space selects it; Escape clears.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import (QEvent, QItemSelection, QItemSelectionModel, QPointF, QRectF, Qt, QThreadPool, QTimer,
                            Signal)
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from timeline_app.ui import event_model as _event_model   # a module reference: event_model imports this package

from .data import TimelineData
from .loader import ColumnsTask, build_data
from .painter import TimelinePainter
from .state import TimelineState
from . import calendar as cal

MIN_SPAN = 1 / 24            # one hour across the view
MAX_SPAN = 365.25 * 400      # four centuries
OVERVIEW_H = 44.0
ZOOM_STEP = 1.25


class TimelineView(QWidget):
    eventActivated = Signal(int)
    visibleRangeChanged = Signal(float, float)
    dataLoaded = Signal()
    loadFailed = Signal(str)

    def __init__(self, model, selection_model: QItemSelectionModel, parent: QWidget | None = None, *,
                 async_load: bool = True):
        super().__init__(parent)
        self.model = model
        self.selection_model = selection_model
        self.painter = TimelinePainter()
        self.data = TimelineData.empty()
        self.async_load = async_load
        self.family, self.digits, self.hijri, self.color_by = "levant", "western", False, "outlet"
        self.t0, self.t1 = self._default_range()
        self._user_moved = False
        self._generation = 0
        self._selected = np.zeros(0, np.int64)
        self._selected_ids = np.zeros(0, np.int64)
        self._current: int | None = None
        self._hover: int | None = None
        self._drag: tuple[str, float, float, float] | None = None   # (kind, x0, t0, t1)
        self._overview_window = QRectF()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: set[ColumnsTask] = set()

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._make_actions()
        self.retranslate()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

        model.modelReset.connect(self.reload)
        model.dataChanged.connect(self._on_data_changed)
        selection_model.selectionChanged.connect(self._on_selection_changed)
        selection_model.currentChanged.connect(self._on_current_changed)
        self.reload()

    # ------------------------------------------------------------------ public API
    def fit_all(self) -> None:
        ext = self.data.extent()
        if ext is None:
            self.set_visible_range(*self._default_range())
            return
        a, b = ext
        pad = max((b - a) * 0.04, 1.0)
        # labels run from a point toward later time (leftward): room for the latest events' labels too
        self.set_visible_range(a - pad, b + max((b - a) * 0.15, 1.0))

    def zoom_to_selection(self) -> None:
        if not len(self._selected):
            return
        a = float(self.data.start[self._selected].min())
        b = float(self.data.end[self._selected].max())
        pad = max((b - a) * 0.1, 1.0)
        self.set_visible_range(a - pad, b + pad)

    def set_calendar_family(self, family: str) -> None:
        if family not in cal.FAMILIES:
            raise ValueError(f"unknown calendar family {family!r} (one of {', '.join(cal.FAMILIES)})")
        self.family = family
        self.update()

    def set_digits(self, digits: str) -> None:
        if digits not in cal.DIGITS:
            raise ValueError(f"unknown digits {digits!r} (western or arabic)")
        self.digits = digits
        self.update()

    def set_hijri_axis(self, on: bool) -> None:
        self.hijri = bool(on)
        self.update()

    def set_color_by(self, what: str) -> None:
        if what not in ("outlet", "article", "none"):
            raise ValueError(f"unknown colouring {what!r} (outlet, article or none)")
        self.color_by = what
        self.data.set_colors(what, self.data.article_outlets, self.data.article_titles)
        self.update()

    def visible_range(self) -> tuple[float, float]:
        return self.t0, self.t1

    def set_visible_range(self, t0: float, t1: float, *, user: bool = True) -> None:
        span = min(max(t1 - t0, MIN_SPAN), MAX_SPAN)
        mid = (t0 + t1) / 2
        t0, t1 = mid - span / 2, mid + span / 2
        lo, hi = cal.MIN_DAY, cal.MAX_DAY + 1
        if t0 < lo:
            t0, t1 = lo, lo + span
        if t1 > hi:
            t0, t1 = hi - span, hi
        if (t0, t1) == (self.t0, self.t1):
            return
        self.t0, self.t1 = t0, t1
        self._user_moved = self._user_moved or user
        self.update()
        self.visibleRangeChanged.emit(t0, t1)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` (>1 zooms in) keeping the time under ``anchor_x`` (widget x) in place."""
        rect = self.timeline_rect()
        if anchor_x is None:
            anchor_x = rect.center().x()
        t_anchor = self.t_at(anchor_x)
        span = min(max((self.t1 - self.t0) / factor, MIN_SPAN), MAX_SPAN)
        frac = (rect.right() - anchor_x) / rect.width()       # share of the span right of (earlier than) the anchor
        self.set_visible_range(t_anchor - frac * span, t_anchor - frac * span + span)

    def pan_pixels(self, dx: float) -> None:
        """Move the content ``dx`` pixels to the right, as a mouse drag would. Time runs right to left, so moving the
        content right brings later times in from the left edge."""
        dt_ = dx * (self.t1 - self.t0) / max(self.timeline_rect().width(), 1.0)
        self.set_visible_range(self.t0 + dt_, self.t1 + dt_)

    def x_of(self, t: float) -> float:
        rect = self.timeline_rect()
        return rect.right() - (t - self.t0) * rect.width() / (self.t1 - self.t0)

    def t_at(self, x: float) -> float:
        rect = self.timeline_rect()
        return self.t0 + (rect.right() - x) * (self.t1 - self.t0) / rect.width()

    def timeline_rect(self) -> QRectF:
        return QRectF(0, 0, max(self.width(), 1), max(self.height() - OVERVIEW_H, 1))

    def overview_rect(self) -> QRectF:
        return QRectF(0, self.height() - OVERVIEW_H, self.width(), OVERVIEW_H)

    def state(self) -> TimelineState:
        return TimelineState(data=self.data, t0=self.t0, t1=self.t1, family=self.family, digits=self.digits,
                             hijri=self.hijri, color_by=self.color_by, titles=self.model.titles,
                             selected=self._selected, selected_ids=self._selected_ids, current=self._current,
                             hover=self._hover, undated_label=self.tr("Undated"),
                             empty_message=self._empty_message())

    def _empty_message(self) -> str:
        if self._pending:
            return self.tr("Loading events…")
        f = self.model.event_filter
        if f is not None and not f.is_empty():
            return self.tr("No events match the current filter")
        return self.tr("No events yet — add an article to see its events here")

    def is_loading(self) -> bool:
        """True while the painting arrays are being built (the view shows the axis and «loading»)."""
        return bool(self._pending)

    def retranslate(self) -> None:
        """Texts in the interface language (on LanguageChange): actions, accessible name, labels drawn."""
        self.setAccessibleName(self.tr("Timeline of events"))
        self.zoom_in_action.setText(self.tr("Zoom In"))
        self.zoom_out_action.setText(self.tr("Zoom Out"))
        self.fit_action.setText(self.tr("Fit All"))
        self.zoom_selection_action.setText(self.tr("Zoom to Selection"))
        self.painter.retranslate()
        self._describe_current(self.current_event_id() if self._current is not None else None)
        self.update()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif e.type() == QEvent.Type.LayoutDirectionChange:
            self.update()
        super().changeEvent(e)

    def layout_info(self):
        """Where things were drawn in the last frame (points, bars, clusters, labels, ticks)."""
        return self.painter.layout

    def actions_for_toolbar(self) -> list[QAction]:
        return [self.zoom_in_action, self.zoom_out_action, self.fit_action, self.zoom_selection_action]

    def current_event_id(self) -> int | None:
        return int(self.data.ids[self._current]) if self._current is not None else None

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Rebuild the painting arrays for the model's current filter (in a worker when the store is a file)."""
        self._generation += 1
        store = self.model.store
        if store is None or getattr(store, "conn", True) is None:
            return          # the library was closed (the window is going away)
        path = getattr(store, "path", None)
        if self.async_load and path is not None and Path(str(path)).is_file():
            task = ColumnsTask(path, self.model.event_filter, self._generation, self.color_by)
            task.signals.partial.connect(self._on_partial)
            task.signals.done.connect(self._on_loaded)
            task.signals.failed.connect(self._on_failed)
            self._pending.add(task)
            task.signals.done.connect(lambda *_a, t=task: self._pending.discard(t))
            task.signals.failed.connect(lambda *_a, t=task: self._pending.discard(t))
            self._pool.start(task)
        else:
            self._on_loaded(self._generation, build_data(store, self.model.event_filter, self.color_by))

    def wait_loaded(self, msecs: int = 30000) -> bool:
        """Block until pending loads are done (for scripts and benchmarks; the UI never calls it)."""
        return self._pool.waitForDone(msecs)

    def _on_partial(self, generation: int, data: TimelineData) -> None:
        """The first stage of a load: positions, lanes and colours (imprecise ends and confidence follow)."""
        self._apply(generation, data)

    def _on_loaded(self, generation: int, data: TimelineData) -> None:
        if self._apply(generation, data):
            self.dataLoaded.emit()

    def _apply(self, generation: int, data: TimelineData) -> bool:
        if generation != self._generation:
            return False  # a newer filter is on its way
        current_id = self.current_event_id()
        self.data = data
        if self.color_by != "outlet":
            self.data.set_colors(self.color_by, data.article_outlets, data.article_titles)
        self._on_selection_changed()
        self._current = data.index_of(current_id) if current_id is not None else None
        self._hover = None
        if not self._user_moved:
            self.fit_all()
            self._user_moved = False
        self.update()
        return True

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.loadFailed.emit(message)

    def _on_data_changed(self, top_left=None, bottom_right=None, roles=()) -> None:
        # dates, confidence or titles may have changed: arrays and labels follow; a burst of dataChanged (one per
        # edited row) makes one reload. Only the resolved-date texts redrawn (a language change): nothing to reload.
        if roles and top_left is not None and top_left.column() == bottom_right.column() == _event_model.COL_RESOLVED:
            return
        self._reload_timer.start()

    # ------------------------------------------------------------------ selection
    def _on_selection_changed(self, *_args) -> None:
        ids = self.model.event_ids()
        parts = [ids[r.top():r.bottom() + 1] for r in self.selection_model.selection() if r.isValid()]
        sel_ids = np.concatenate(parts) if parts else np.zeros(0, np.int64)
        self._selected = np.sort(self.data.indices_of(sel_ids))
        self._selected_ids = np.sort(sel_ids)
        self.update()

    def _on_current_changed(self, current, _previous) -> None:
        eid = self.model.event_id(current.row()) if current.isValid() else None
        self._current = self.data.index_of(eid) if eid is not None else None
        self._describe_current(eid)
        self.update()

    def _describe_current(self, eid: int | None) -> None:
        if eid is None:
            self.setAccessibleDescription(self.tr("No event selected"))
            return
        info = self.model.event_summary(eid) or {}
        self.setAccessibleDescription(self.tr("%1, %2").replace("%1", info.get("title", "")).replace(
            "%2", info.get("date_text") or info.get("resolved") or self.tr("Undated")))

    def select_event(self, event_id: int, toggle: bool = False) -> None:
        index = self.model.index_for_id(event_id)
        if not index.isValid():
            return
        last = self.model.index(index.row(), self.model.columnCount() - 1)
        flags = (QItemSelectionModel.SelectionFlag.Toggle if toggle else
                 QItemSelectionModel.SelectionFlag.ClearAndSelect) | QItemSelectionModel.SelectionFlag.Rows
        self.selection_model.select(QItemSelection(index, last), flags)
        self.selection_model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _set_current_index(self, idx: int, select: bool = True) -> None:
        idx = max(0, min(idx, len(self.data) - 1))
        eid = int(self.data.ids[idx])
        if select:
            self.select_event(eid)
        else:
            index = self.model.index_for_id(eid)
            if index.isValid():
                self.selection_model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.ensure_visible(idx)

    def ensure_visible(self, idx: int) -> None:
        a, b = float(self.data.start[idx]), float(self.data.end[idx])
        span = self.t1 - self.t0
        margin = span * 0.08
        if a < self.t0 + margin or b > self.t1 - margin:
            if b - a > span * 0.8:
                self.set_visible_range(a - (b - a) * 0.1, b + (b - a) * 0.1)
            else:
                mid = (a + b) / 2
                self.set_visible_range(mid - span / 2, mid + span / 2)

    # ------------------------------------------------------------------ hit testing
    def hit(self, pos: QPointF):
        """('event', idx) | ('cluster', (t_from, t_to)) | ('undated', id) | ('overview', None) | (None, None)."""
        if self.overview_rect().contains(pos):
            return "overview", None
        lay = self.painter.layout
        for r, eid in lay.undated:
            if r.contains(pos):
                return "undated", eid
        for r, idx in lay.bars[::-1]:
            if r.adjusted(-2, -2, 2, 2).contains(pos):
                return "event", idx
        best, best_d = None, 9.0 ** 2
        for x, y, idx in lay.points:
            d = (x - pos.x()) ** 2 + (y - pos.y()) ** 2
            if d <= best_d:
                best, best_d = idx, d
        if best is not None:
            return "event", best
        for r, idx, _text in lay.labels:
            if r.contains(pos):
                return "event", idx
        for r, a, b, _c in lay.clusters:
            if r.contains(pos):
                return "cluster", (a, b)
        return None, None

    # ------------------------------------------------------------------ Qt events
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        state = self.state()
        self.painter.paint(p, self.timeline_rect(), state)
        ext = self.data.extent()
        if ext is not None:
            a, b = ext
            pad = max((b - a) * 0.02, 1.0)
            a, b = a - pad, b + pad
            # widened to show the window when it lies outside the data, in quarter steps so that the strip's
            # cached histogram survives most frames
            step = (b - a) / 4
            if self.t0 < a:
                a -= math.ceil((a - self.t0) / step) * step
            if self.t1 > b:
                b += math.ceil((self.t1 - b) / step) * step
        else:
            a, b = self.t0, self.t1
        self._overview_extent = (a, b)
        self._overview_window = self.painter.paint_overview(p, self.overview_rect(), state, (a, b))
        if self.hasFocus():
            p.setPen(self.palette().highlight().color())
            p.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        p.end()

    def event(self, e: QEvent) -> bool:
        t = e.type()
        if t == QEvent.Type.ToolTip:
            self._tooltip(e)
            return True
        if t == QEvent.Type.Gesture:
            pinch = e.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                factor = pinch.scaleFactor()
                if factor > 0:
                    self.zoom(factor, self.mapFromGlobal(pinch.centerPoint().toPoint()).x())
                e.accept()
                return True
        if t == QEvent.Type.NativeGesture and e.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom(1.0 + e.value(), e.position().x())
            return True
        return super().event(e)

    def tooltip_text(self, pos: QPointF) -> str:
        """Rich text for the hover tooltip at ``pos``: title, date as written, citation count ("" for nothing)."""
        kind, what = self.hit(QPointF(pos))
        if kind in ("event", "undated"):
            eid = int(self.data.ids[what]) if kind == "event" else int(what)
            info = self.model.event_summary(eid)
            if info:
                n = cal.digits(str(info["citation_count"]), self.digits)
                date = info["date_text"] or info["resolved"] or self.tr("Undated")
                cites = _html(self.tr("Citations: %1")).replace("%1", n)
                return f"<div dir='{self._dir()}'><b>{_html(info['title'])}</b><br>{_html(date)}<br>{cites}</div>"
        elif kind == "cluster":
            hint = self.tr("Click to zoom in on these events")     # outside the f-string: lupdate reads it
            return f"<div dir='{self._dir()}'>{_html(hint)}</div>"
        return ""

    def _dir(self) -> str:
        """The tooltip's paragraph direction: the interface's (Arabic titles inside still read right to left)."""
        return "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"

    def _tooltip(self, e) -> None:
        text = self.tooltip_text(QPointF(e.pos()))
        if text:
            QToolTip.showText(e.globalPos(), text, self)
        else:
            QToolTip.hideText()
            e.ignore()

    def wheelEvent(self, e) -> None:
        delta = e.angleDelta()
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120.0
            if steps:
                self.zoom(ZOOM_STEP ** steps, e.position().x())
        else:
            # wheel down (or right on a trackpad) moves on in reading order: to later times, to the left
            d = delta.y() if abs(delta.y()) >= abs(delta.x()) else -delta.x()
            self.pan_pixels(-d / 120.0 * 60.0)
        e.accept()

    def mousePressEvent(self, e) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if e.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(e)
        pos = e.position()
        kind, what = self.hit(pos)
        toggle = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if kind == "overview":
            if not self._overview_window.contains(pos):  # jump the window's centre to the click
                a, b = self._overview_extent
                r = self.overview_rect()
                t = a + (r.right() - pos.x()) * (b - a) / r.width()
                span = self.t1 - self.t0
                self.set_visible_range(t - span / 2, t + span / 2)
            self._drag = ("overview", pos.x(), self.t0, self.t1)
        elif kind == "event":
            self.select_event(int(self.data.ids[what]), toggle)
            self._drag = ("pan", pos.x(), self.t0, self.t1)
        elif kind == "undated":
            self.select_event(int(what), toggle)
        elif kind == "cluster":
            a, b = what
            pad = max((b - a) * 0.15, 0.5)
            self.set_visible_range(a - pad, b + pad)
        else:
            if not toggle:
                self.selection_model.clearSelection()
            self._drag = ("pan", pos.x(), self.t0, self.t1)
        e.accept()

    def mouseMoveEvent(self, e) -> None:
        pos = e.position()
        if self._drag is not None and e.buttons() & Qt.MouseButton.LeftButton:
            kind, x0, t0, t1 = self._drag
            if kind == "pan":
                dt_ = (pos.x() - x0) * (t1 - t0) / self.timeline_rect().width()
                self.set_visible_range(t0 + dt_, t1 + dt_)
            else:
                a, b = self._overview_extent
                dt_ = -(pos.x() - x0) * (b - a) / self.overview_rect().width()
                self.set_visible_range(t0 + dt_, t1 + dt_)
            return
        kind, what = self.hit(pos)
        hover = what if kind == "event" else None
        if hover != self._hover:
            self._hover = hover
            self.setCursor(Qt.CursorShape.PointingHandCursor if kind in ("event", "cluster", "undated")
                           else Qt.CursorShape.ArrowCursor)
            self.update()

    def mouseReleaseEvent(self, e) -> None:
        self._drag = None
        super().mouseReleaseEvent(e)

    def mouseDoubleClickEvent(self, e) -> None:
        kind, what = self.hit(e.position())
        if kind == "event":
            self.eventActivated.emit(int(self.data.ids[what]))
        elif kind == "undated":
            self.eventActivated.emit(int(what))
        e.accept()

    def leaveEvent(self, e) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(e)

    def keyPressEvent(self, e) -> None:
        key = e.key()
        ctrl = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
        width = self.timeline_rect().width()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ctrl:
            self._step_event(+1 if key == Qt.Key.Key_Left else -1)   # left = later in time
        elif key == Qt.Key.Key_Left:
            self.pan_pixels(width * 0.1)      # reveal what lies to the left: later times
        elif key == Qt.Key.Key_Right:
            self.pan_pixels(-width * 0.1)
        elif key == Qt.Key.Key_PageUp:
            self.pan_pixels(-width * 0.9)
        elif key == Qt.Key.Key_PageDown:
            self.pan_pixels(width * 0.9)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._step_event(+1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            if len(self.data):
                self._set_current_index(0 if key == Qt.Key.Key_Home else len(self.data) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            eid = self.current_event_id()
            if eid is not None:
                self.eventActivated.emit(eid)
        elif key == Qt.Key.Key_Space:
            eid = self.current_event_id()
            if eid is not None:
                self.select_event(eid, toggle=ctrl)
        elif key == Qt.Key.Key_Escape:
            self.selection_model.clearSelection()
        else:
            return super().keyPressEvent(e)
        e.accept()

    def _step_event(self, step: int) -> None:
        if not len(self.data):
            return
        if self._current is None:
            # start from the event nearest the middle of the view
            mid = (self.t0 + self.t1) / 2
            idx = int(np.clip(np.searchsorted(self.data.start, mid), 0, len(self.data) - 1))
        else:
            idx = self._current + step
        self._set_current_index(idx)

    def _make_actions(self) -> None:
        def act(text, shortcut, slot):
            a = QAction(text, self)
            a.setShortcut(shortcut)
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a
        self.zoom_in_action = act("", QKeySequence(QKeySequence.StandardKey.ZoomIn), lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_action = act("", QKeySequence(QKeySequence.StandardKey.ZoomOut), lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_action = act("", QKeySequence("Ctrl+0"), self.fit_all)
        self.zoom_selection_action = act("", QKeySequence("Ctrl+E"), self.zoom_to_selection)

    @staticmethod
    def _default_range() -> tuple[float, float]:
        today = dt.date.today().toordinal()
        return today - 365.0, today + 31.0

    def closeEvent(self, e) -> None:
        self._pool.waitForDone()
        super().closeEvent(e)


def _html(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
