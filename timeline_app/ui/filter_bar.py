"""The filter bar: full-text search, date range, outlet, article, actor and place facets, a confidence threshold.

It owns no data: ``set_facets`` fills the choices (values with event counts), ``filter()`` returns the EventFilter the
controls describe, ``filterChanged`` fires (debounced for typing) when it changes. The window applies the filter to the
one EventModel that both the timeline and the table show, so they always show the same events. The current filter is
summarised in ``summary`` and cleared with one click (or Escape in the search field).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit,
                               QToolButton, QVBoxLayout, QWidget)

from timeline_app.model.filters import EventFilter
from timeline_app.ui.filter_text import describe_filter

UNSET_DATE = QDate(1900, 1, 1)  # the date edits' minimum, shown as «any»
DEBOUNCE_MS = 250


def _qdate(d: dt.date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else UNSET_DATE


def _pydate(q: QDate) -> dt.date | None:
    return None if (not q.isValid() or q <= UNSET_DATE) else dt.date(q.year(), q.month(), q.day())


class _FacetCombo(QComboBox):
    """'All …' plus values with their counts; the value itself is the item data."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.all_text = ""

    def set_values(self, values: list[tuple[object, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.all_text, None)
        for value, label in values:
            self.addItem(label, value)
        i = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(i, 0))
        self.blockSignals(False)

    def set_all_text(self, text: str) -> None:
        self.all_text = text
        if self.count():
            self.setItemText(0, text)
        else:
            self.addItem(text, None)

    def value(self):
        return self.currentData() if self.currentIndex() > 0 else None

    def set_value(self, value) -> None:
        i = self.findData(value) if value is not None else 0
        if i < 0:  # a value not in the current facets (e.g. restored filter): keep it selectable
            self.addItem(str(value), value)
            i = self.count() - 1
        self.setCurrentIndex(i)


class FilterBar(QWidget):
    filterChanged = Signal(object)  # EventFilter

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.outlet = _FacetCombo(self)
        self.article = _FacetCombo(self)
        self.article.setMinimumContentsLength(14)
        self.actor = _FacetCombo(self)
        self.place = _FacetCombo(self)
        self.confidence = QDoubleSpinBox(self)
        self.confidence.setRange(0.0, 1.0)
        self.confidence.setSingleStep(0.1)
        self.confidence.setDecimals(2)
        self.show_deleted = QCheckBox(self)
        self.dated_only = QCheckBox(self)
        self.clear_button = QToolButton(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("filterSummary")
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = {k: QLabel(self) for k in ("from", "to", "confidence")}

        row1 = QHBoxLayout()
        row1.setContentsMargins(0, 0, 0, 0)
        row1.addWidget(self.search, 3)
        row1.addWidget(self.labels["from"])
        row1.addWidget(self.date_from)
        row1.addWidget(self.labels["to"])
        row1.addWidget(self.date_to)
        row1.addWidget(self.outlet, 1)
        row1.addWidget(self.article, 2)
        row1.addWidget(self.actor, 1)
        row1.addWidget(self.place, 1)
        row1.addWidget(self.labels["confidence"])
        row1.addWidget(self.confidence)
        row2 = QHBoxLayout()
        row2.setContentsMargins(0, 0, 0, 0)
        row2.addWidget(self.summary, 1)
        row2.addWidget(self.dated_only)
        row2.addWidget(self.show_deleted)
        row2.addWidget(self.clear_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 2)
        lay.setSpacing(2)
        lay.addLayout(row1)
        lay.addLayout(row2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self._last: EventFilter | None = None
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._emit)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(lambda _: self._emit())
        for c in (self.outlet, self.article, self.actor, self.place):
            c.currentIndexChanged.connect(lambda _: self._emit())
        self.confidence.valueChanged.connect(lambda _: self._emit())
        self.show_deleted.toggled.connect(lambda _: self._emit())
        self.dated_only.toggled.connect(lambda _: self._emit())
        self.clear_button.clicked.connect(self.clear)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.retranslate()
        self._update_summary(self.filter())

    def _date_edit(self) -> QDateEdit:
        w = QDateEdit(self)
        w.setCalendarPopup(True)
        w.setDisplayFormat("yyyy-MM-dd")
        w.setMinimumDate(UNSET_DATE)
        w.setDate(UNSET_DATE)
        return w

    # --- the filter ---

    def filter(self) -> EventFilter:
        conf = self.confidence.value()
        text = self.search.text().strip()
        aid = self.article.value()
        return EventFilter(
            text=text or None, date_from=_pydate(self.date_from.date()), date_to=_pydate(self.date_to.date()),
            article_ids=[int(aid)] if aid is not None else [],
            outlets=[self.outlet.value()] if self.outlet.value() is not None else [],
            actors=[self.actor.value()] if self.actor.value() is not None else [],
            places=[self.place.value()] if self.place.value() is not None else [],
            min_confidence=conf if conf > 0 else None,
            include_undated=not self.dated_only.isChecked(), include_deleted=self.show_deleted.isChecked())

    def set_filter(self, f: EventFilter) -> None:
        """Show ``f`` in the controls (one filterChanged at the end)."""
        widgets = (self.search, self.date_from, self.date_to, self.outlet, self.article, self.actor, self.place,
                   self.confidence, self.show_deleted, self.dated_only)
        for w in widgets:
            w.blockSignals(True)
        self.search.setText(f.text or "")
        self.date_from.setDate(_qdate(f.date_from))
        self.date_to.setDate(_qdate(f.date_to))
        self.outlet.set_value(f.outlets[0] if f.outlets else None)
        self.article.set_value(f.article_ids[0] if f.article_ids else None)
        self.actor.set_value(f.actors[0] if f.actors else None)
        self.place.set_value(f.places[0] if f.places else None)
        self.confidence.setValue(f.min_confidence or 0.0)
        self.show_deleted.setChecked(f.include_deleted)
        self.dated_only.setChecked(not f.include_undated)
        for w in widgets:
            w.blockSignals(False)
        self._timer.stop()
        self._emit()

    def clear(self) -> None:
        self.set_filter(EventFilter())

    def set_facets(self, facets: dict, articles: list[dict]) -> None:
        """Fill the choices from ``Store.facets()`` and ``Store.articles()``."""
        self.outlet.set_values([(v, f"{v} ({n})") for v, n in facets.get("outlets", [])])
        self.actor.set_values([(v, f"{v} ({n})") for v, n in facets.get("actors", [])])
        self.place.set_values([(v, f"{v} ({n})") for v, n in facets.get("places", [])])
        arts = []
        for a in articles:
            title = a.get("title") or self.tr("Article %1").replace("%1", str(a["id"]))
            if len(title) > 60:
                title = title[:59] + "…"
            arts.append((a["id"], f"{title} ({a.get('event_count', 0)})"))
        self.article.set_values(arts)

    def _emit(self) -> None:
        self._timer.stop()
        f = self.filter()
        self._update_summary(f)
        if f != self._last:
            self._last = f
            self.filterChanged.emit(f)

    def describe(self, f: EventFilter) -> str:
        """The filter in the interface language ("" when it lets everything through)."""
        names = {}
        if len(f.article_ids) == 1 and self.article.currentText():
            names[int(f.article_ids[0])] = self.article.currentText()
        return describe_filter(f, article_names=names, all_text=False)

    def _update_summary(self, f: EventFilter) -> None:
        d = self.describe(f)
        self.summary.setText(self.tr("Filter: %1").replace("%1", d) if d else self.tr("Showing all events"))
        self.clear_button.setEnabled(bool(d))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles, text and sources…"))
        self.labels["from"].setText(self.tr("From"))
        self.labels["to"].setText(self.tr("to"))
        self.labels["confidence"].setText(self.tr("Confidence ≥"))
        for w in (self.date_from, self.date_to):
            w.setSpecialValueText(self.tr("any"))
        self.confidence.setSpecialValueText(self.tr("any"))
        self.outlet.set_all_text(self.tr("All outlets"))
        self.article.set_all_text(self.tr("All articles"))
        self.actor.set_all_text(self.tr("All actors"))
        self.place.set_all_text(self.tr("All places"))
        self.show_deleted.setText(self.tr("Show deleted"))
        self.dated_only.setText(self.tr("Dated only"))
        self.clear_button.setText(self.tr("Clear filter"))
        self._update_summary(self.filter())

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
