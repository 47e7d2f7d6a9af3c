"""The event table beside the timeline: a QTableView over the same EventModel the timeline paints, sharing its
selection.

Sorting by any column goes through a QSortFilterProxyModel (the model itself keeps the store's date order, which the
timeline relies on), so the table has its own selection model over the proxy; ``SelectionSync`` mirrors it both ways
with the shared one (rows only), so selecting on the timeline selects in the table and the other way round.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from timeline_app.ui.event_model import COL_TITLE, SortRole

SEL = QItemSelectionModel.SelectionFlag


class SelectionSync(QObject):
    """Keep a proxy-side selection model and a source-side one in step (guarded against echo)."""

    def __init__(self, proxy: QSortFilterProxyModel, proxy_sel: QItemSelectionModel,
                 source_sel: QItemSelectionModel, parent=None):
        super().__init__(parent)
        self.proxy, self.proxy_sel, self.source_sel = proxy, proxy_sel, source_sel
        self._busy = False
        proxy_sel.selectionChanged.connect(self._from_proxy)
        proxy_sel.currentChanged.connect(self._current_from_proxy)
        source_sel.selectionChanged.connect(self._from_source)
        source_sel.currentChanged.connect(self._current_from_source)

    def _from_proxy(self, *_):
        if self._busy:
            return
        self._busy = True
        try:
            self.source_sel.select(self.proxy.mapSelectionToSource(self.proxy_sel.selection()),
                                   SEL.ClearAndSelect | SEL.Rows)
        finally:
            self._busy = False

    def _current_from_proxy(self, current: QModelIndex, _prev):
        if self._busy:
            return
        self._busy = True
        try:
            self.source_sel.setCurrentIndex(self.proxy.mapToSource(current), SEL.NoUpdate)
        finally:
            self._busy = False

    def _from_source(self, *_):
        if self._busy:
            return
        self._busy = True
        try:
            self.proxy_sel.select(self.proxy.mapSelectionFromSource(self.source_sel.selection()),
                                  SEL.ClearAndSelect | SEL.Rows)
        finally:
            self._busy = False

    def _current_from_source(self, current: QModelIndex, _prev):
        if self._busy:
            return
        self._busy = True
        try:
            self.proxy_sel.setCurrentIndex(self.proxy.mapFromSource(current), SEL.NoUpdate)
        finally:
            self._busy = False


class EventTable(QTableView):
    """Sortable table of the filtered events. ``eventActivated(id)`` on double-click/Enter."""

    eventActivated = Signal(int)

    def __init__(self, model, selection_model: QItemSelectionModel, parent=None):
        super().__init__(parent)
        self.source_model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)  # dates as ISO, confidence as a number
        self.proxy.setDynamicSortFilter(False)  # re-sorting on every lazy row load would jump under the user
        self.setModel(self.proxy)
        self.sync = SelectionSync(self.proxy, self.selectionModel(), selection_model, self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # no sort column at first: the store's date order. (Enabling sorting sorts by the indicator at once, which
        # on column 0 would read every row of a large library.)
        self.horizontalHeader().setSortIndicatorClearable(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.horizontalHeader().setResizeContentsPrecision(60)  # column widths from a sample of rows
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setAcceptDrops(False)
        self.doubleClicked.connect(self._activated)
        self.activated.connect(self._activated)
        model.modelReset.connect(self._restore_sort)

    def _restore_sort(self) -> None:
        col = self.horizontalHeader().sortIndicatorSection()
        if 0 <= col < self.proxy.columnCount():
            self.proxy.sort(col, self.horizontalHeader().sortIndicatorOrder())

    def event_id_at(self, proxy_index: QModelIndex) -> int | None:
        src = self.proxy.mapToSource(proxy_index)
        return self.source_model.event_id(src.row()) if src.isValid() else None

    def selected_event_ids(self) -> list[int]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.selectionModel().selectedRows()})
        return [self.source_model.event_id(r) for r in rows]

    def _activated(self, index: QModelIndex) -> None:
        eid = self.event_id_at(index)
        if eid is not None:
            self.eventActivated.emit(int(eid))

    def fit_columns(self) -> None:
        """Widths from the first rows' contents, capped so that every column fits; the title takes the room left."""
        hh = self.horizontalHeader()
        n = self.proxy.columnCount()
        for c in range(n):
            self.resizeColumnToContents(c)
            hh.resizeSection(c, min(hh.sectionSize(c), 300 if c == COL_TITLE else 150))
        if 0 <= COL_TITLE < n:
            hh.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
