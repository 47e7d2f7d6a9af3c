"""EventModel: a table model over the store's events, shared by the event table and the timeline.

Rows are the event ids the current filter lets through (``Store.query_event_ids``: by date, undated last), kept as a
numpy array; a row's data is read from the store only when it is first asked for, a page of rows at a time, and cached
(least recently used pages are dropped). Row lookups by id use a sorted index, so a million rows cost ~16 MB.

The model works on the UI thread with the Store given to it; the timeline builds its painting arrays in a worker with
its own connection.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
import weakref
from collections import OrderedDict
from typing import Any, Iterable, Sequence

import numpy as np
import shiboken6
from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex,
                            Qt, Signal)
from PySide6.QtGui import QGuiApplication

from timeline_app.model.filters import EventFilter
from timeline_app.ui.timeline.columns import ordered_event_ids

EventIdRole = Qt.ItemDataRole.UserRole + 1      # int event id, any column
EventRole = Qt.ItemDataRole.UserRole + 2        # the row dict (events_by_ids), any column
TextDirectionRole = Qt.ItemDataRole.UserRole + 3  # Qt.LayoutDirection of the cell's text (Arabic: RightToLeft)
SortRole = Qt.ItemDataRole.UserRole + 4         # a sortable value (ISO date, float, ...)

LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"       # Unicode directional isolates
COLUMNS = ("date_text", "resolved", "title", "actors", "places", "outlet", "confidence", "edited")
COL_DATE, COL_RESOLVED, COL_TITLE, COL_ACTORS, COL_PLACES, COL_OUTLET, COL_CONFIDENCE, COL_EDITED = range(8)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventModel", text)


def _headers() -> list[str]:
    return [_tr("التاريخ كما ورد"), _tr("التاريخ المحسوب"), _tr("الحدث"), _tr("الفاعلون"), _tr("الأماكن"),
            _tr("الوسيلة"), _tr("الثقة"), _tr("معدَّل")]


def ui_direction() -> Qt.LayoutDirection:
    """The interface's reading direction (the application's layout direction; right to left without an app)."""
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.layoutDirection()
    return Qt.LayoutDirection.RightToLeft


def text_direction(text: str | None) -> Qt.LayoutDirection:
    """Direction of the first strong character (Unicode bidi): Arabic/Hebrew -> RightToLeft, Latin -> LeftToRight;
    no strong character (dates, numbers, punctuation) -> the interface's reading direction, so a date range reads
    start-first in either language."""
    for ch in text or "":
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if bidi == "L":
            return Qt.LayoutDirection.LeftToRight
    return ui_direction()


def resolved_text(row: dict, direction: Qt.LayoutDirection | None = None) -> str:
    """[start, end) shown inclusively: one day as 2024-01-10, a span as 2024-01-01 – 2024-01-31, isolated in the
    reading direction (``direction``, default the interface's) so that the start comes first in reading order
    whatever text surrounds it: on the right in the Arabic UI, on the left in the English one."""
    s, e = row.get("start_date"), row.get("end_date")
    if not s:
        return ""
    try:
        start = dt.date.fromisoformat(s)
        last = dt.date.fromisoformat(e) - dt.timedelta(days=1) if e else start
    except ValueError:
        return str(s)
    rtl = (direction if direction is not None else ui_direction()) == Qt.LayoutDirection.RightToLeft
    if row.get("mod") == "ON_OR_BEFORE":
        # reported: the text gives no date; it happened by the publication day («≤» is mirrored in RTL text)
        return f"{RLI if rtl else LRI}\u2264 {last.isoformat()}{PDI}"
    if last <= start:
        return start.isoformat()
    # RLI/LRI ... PDI: the range is one unit laid out in the reading direction, never reordered by its neighbours
    return f"{RLI if rtl else LRI}{start.isoformat()} – {last.isoformat()}{PDI}"


_LANGUAGE_CHANGE = QEvent.Type.LanguageChange


class _LanguageWatch(QObject):
    """An application event filter that has the model retranslate on the LanguageChange the application object
    receives when a translator is installed or removed (a model gets no such event of its own). It sees every
    event, so it only compares one integer."""

    def __init__(self, model: "EventModel"):
        super().__init__(model)              # deleted with the model, which removes the filter
        self._model = weakref.ref(model)     # no cycle: a model nobody uses is freed, and stops listening
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == _LANGUAGE_CHANGE and obj is QCoreApplication.instance():
            model = self._model()
            if model is not None and shiboken6.isValid(model):
                model.retranslate()
        return False


class EventModel(QAbstractTableModel):
    """``EventModel(store, event_filter=None)``. ``store`` must be used on this (the UI) thread only."""

    filterChanged = Signal()

    def __init__(self, store, event_filter: EventFilter | None = None, parent=None, page_size: int = 200,
                 max_pages: int = 64):
        super().__init__(parent)
        self.store = store
        self._filter = event_filter or EventFilter()
        self.page_size = page_size
        self.max_pages = max_pages
        self._ids = np.zeros(0, np.int64)
        self._by_id = np.zeros(0, np.int64)          # argsort of _ids
        self._pages: OrderedDict[int, list[dict | None]] = OrderedDict()
        self._titles: OrderedDict[int, str] = OrderedDict()
        self.pages_loaded = 0                          # how many page reads hit the store (tests, diagnostics)
        self._headers = _headers()
        self._language_watch = _LanguageWatch(self)
        self._load_ids()

    # ------------------------------------------------------------------ public API
    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    def set_filter(self, event_filter: EventFilter | None) -> None:
        self.beginResetModel()
        self._filter = event_filter or EventFilter()
        self._load_ids()
        self.endResetModel()
        self.filterChanged.emit()

    def refresh(self) -> None:
        """Re-read the ids and forget every cached row (after ingest, edits, deletes, merges)."""
        self.beginResetModel()
        self._load_ids()
        self.endResetModel()

    def invalidate(self, event_ids: Iterable[int]) -> None:
        """Forget the cached data of these events (edited in place) and tell the views."""
        for eid in event_ids:
            self._titles.pop(int(eid), None)
            row = self.row_for_id(int(eid))
            if row < 0:
                continue
            page = self._pages.get(row // self.page_size)
            if page is not None:
                page[row % self.page_size] = None
                self._pages.pop(row // self.page_size, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def retranslate(self) -> None:
        """Re-read the translated column headers and redraw the resolved dates (their reading direction follows the
        interface). Called on every QEvent.LanguageChange the application receives (models get none of their own)."""
        self._headers = _headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if len(self._ids):
            self.dataChanged.emit(self.index(0, COL_RESOLVED), self.index(len(self._ids) - 1, COL_RESOLVED),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, TextDirectionRole])

    def event_id(self, row: int) -> int | None:
        if 0 <= row < len(self._ids):
            return int(self._ids[row])
        return None

    def event_ids(self) -> np.ndarray:
        """All ids in row order (read-only view)."""
        v = self._ids.view()
        v.flags.writeable = False
        return v

    def rows_for_ids(self, ids: Sequence[int]) -> np.ndarray:
        """Rows of the given ids (vectorised); ids not shown are dropped."""
        ids = np.asarray(ids, dtype=np.int64)
        if not len(self._ids) or not len(ids):
            return np.zeros(0, np.int64)
        k = np.minimum(np.searchsorted(self._ids, ids, sorter=self._by_id), len(self._ids) - 1)
        rows = self._by_id[k]
        return rows[self._ids[rows] == ids]

    def row_for_id(self, event_id: int) -> int:
        """The row showing ``event_id``, or -1."""
        rows = self.rows_for_ids([event_id])
        return int(rows[0]) if len(rows) else -1

    def index_for_id(self, event_id: int, column: int = 0) -> QModelIndex:
        row = self.row_for_id(event_id)
        return self.index(row, column) if row >= 0 else QModelIndex()

    def row_data(self, row: int) -> dict | None:
        """The store's dict for a row (loads its page on first use)."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // self.page_size
        page = self._pages.get(page_no)
        if page is None or page[row % self.page_size] is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[row % self.page_size]

    def titles(self, ids: Sequence[int]) -> dict[int, str]:
        """Titles for the given ids (cached; missing ones read in one query). Used by the timeline for its labels."""
        out: dict[int, str] = {}
        missing = []
        for eid in ids:
            eid = int(eid)
            t = self._titles.get(eid)
            if t is None:
                missing.append(eid)
            else:
                out[eid] = t
        if missing and getattr(self.store, "conn", None) is not None:
            for i in range(0, len(missing), 900):
                chunk = missing[i:i + 900]
                qs = ",".join("?" * len(chunk))
                for eid, title in self.store.conn.execute(f"SELECT id, title FROM events WHERE id IN ({qs})", chunk):
                    out[eid] = self._titles[eid] = title or ""
            while len(self._titles) > 50_000:
                self._titles.popitem(last=False)
        return out

    def event_summary(self, event_id: int) -> dict | None:
        """Title, date as written and citation count of one event (the timeline's tooltip)."""
        row = self.row_for_id(event_id)
        d = self.row_data(row) if row >= 0 else None
        if d is None:
            rows = self.store.events_by_ids([event_id])
            d = rows[0] if rows else None
        if d is None:
            return None
        return {"id": event_id, "title": d.get("title") or "", "date_text": d.get("date_text") or "",
                "resolved": resolved_text(d), "citation_count": int(d.get("citation_count") or 0),
                "outlet": d.get("outlet") or ""}

    # ------------------------------------------------------------------ Qt model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(COLUMNS):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._ids) and 0 <= col < len(COLUMNS)):
            return None
        if role == EventIdRole:
            return int(self._ids[row])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                        TextDirectionRole, EventRole, SortRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        d = self.row_data(row)
        if d is None:
            return None
        if role == EventRole:
            return d
        if role == SortRole:
            return self._sort_value(d, col)
        text = self._display(d, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if col in (COL_TITLE, COL_ACTORS, COL_PLACES) and text else None
        direction = text_direction(text)
        if role == TextDirectionRole:
            return direction
        # TextAlignmentRole: each cell by its own text; AlignAbsolute so "right" is the visual right in an RTL UI
        if col in (COL_RESOLVED, COL_CONFIDENCE, COL_EDITED):
            return int(Qt.AlignmentFlag.AlignCenter)
        horizontal = Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft \
            else Qt.AlignmentFlag.AlignLeft
        return int(horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    # ------------------------------------------------------------------ internals
    def _load_ids(self) -> None:
        if getattr(self.store, "conn", None) is not None:
            self._ids = ordered_event_ids(self.store.conn, self._filter)   # as query_event_ids, parsed by numpy
        else:
            ids = self.store.query_event_ids(self._filter)
            self._ids = np.fromiter(ids, dtype=np.int64, count=len(ids))
        self._by_id = np.argsort(self._ids, kind="stable")
        self._pages.clear()
        self._titles.clear()

    def _load_page(self, page_no: int) -> list[dict | None]:
        lo = page_no * self.page_size
        ids = self._ids[lo:lo + self.page_size].tolist()
        rows = {d["id"]: d for d in self.store.events_by_ids(ids)}
        page = [rows.get(i) for i in ids]
        self.pages_loaded += 1
        self._pages[page_no] = page
        self._pages.move_to_end(page_no)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        for d in page:
            if d is not None:
                self._titles[d["id"]] = d.get("title") or ""
        return page

    @staticmethod
    def _display(d: dict, col: int) -> str:
        if col == COL_DATE:
            return d.get("date_text") or ""
        if col == COL_RESOLVED:
            return resolved_text(d)
        if col == COL_TITLE:
            return d.get("title") or ""
        if col == COL_ACTORS:
            return "، ".join(d.get("actors") or [])
        if col == COL_PLACES:
            return "، ".join(d.get("places") or [])
        if col == COL_OUTLET:
            outlets = d.get("outlets") or ([d["outlet"]] if d.get("outlet") else [])
            return "، ".join(outlets)
        if col == COL_CONFIDENCE:
            c = d.get("confidence")
            return f"{float(c):.2f}" if c is not None else ""
        if col == COL_EDITED:
            return "✓" if d.get("user_edited") else ""
        return ""

    @staticmethod
    def _sort_value(d: dict, col: int) -> Any:
        if col == COL_RESOLVED:
            return d.get("start_date") or "9999"
        if col == COL_CONFIDENCE:
            return float(d.get("confidence") or 0.0)
        if col == COL_EDITED:
            return int(bool(d.get("user_edited")))
        return EventModel._display(d, col)
