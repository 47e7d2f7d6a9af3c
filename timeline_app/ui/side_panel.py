"""The side panel: the selected event's article as a reader sees it, with its evidence and citations.

Header (article title, outlet, publication date and where it came from, a 'guessed' notice with «Set date…»), the
citing articles when several report the event (switching between them switches the text), the text right to left
with the evidence highlighted, and the citations (source, type, cue, claim): clicking one highlights its claim.
The panel only reads the store; changes go out as signals the window turns into undoable commands.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from timeline_app.ui.article_view import ArticleTextView
from timeline_app.ui.i18n import is_rtl
from timeline_app.ui.print_data import DateWords

SOURCE_TYPES = ("person", "official_anonymous", "organization", "media", "document")


def _source_type_label(t: str | None) -> str:
    names = {"person": QCoreApplication.translate("SidePanel", "person"),
             "official_anonymous": QCoreApplication.translate("SidePanel", "anonymous official"),
             "organization": QCoreApplication.translate("SidePanel", "organization"),
             "media": QCoreApplication.translate("SidePanel", "media"),
             "document": QCoreApplication.translate("SidePanel", "document")}
    return names.get(t or "", t or "")


class CitationModel(QAbstractTableModel):
    """The attributions behind the shown event in the shown article: source, type, cue, claim."""

    COLUMNS = ("source", "type", "cue", "claim")
    AttributionRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._text = ""

    def set_rows(self, rows: list[dict], text: str) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._text = text or ""
        self.endResetModel()

    def attribution(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 4:
            return None
        a = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == "source":
                return a.get("source") or ""
            if col == "type":
                t = _source_type_label(a.get("source_type"))
                return t + (" — " + self.tr("denial") if a.get("negated") else "")
            if col == "cue":
                return a.get("cue") or ""
            s, e = int(a.get("claim_start") or 0), int(a.get("claim_end") or 0)
            claim = self._text[s:e].strip() if 0 <= s < e <= len(self._text) else ""
            if role == Qt.ItemDataRole.DisplayRole and len(claim) > 120:
                claim = claim[:119] + "…"
            return claim
        if role == self.AttributionRole:
            return a.get("id")
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return (self.tr("Source"), self.tr("Type"), self.tr("Cue"), self.tr("Claim"))[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SidePanel(QWidget):
    """Shows one event (``show_event``) or one article (``show_article``) from ``store``."""

    setDateRequested = Signal(int)                  # article id
    addEventRequested = Signal(int, int, int, str)  # article id, start, end, selected text
    editDateRequested = Signal(int)                 # event id

    def __init__(self, parent=None):
        super().__init__(parent)
        self._busy = False
        self.words = DateWords()
        self.store = None
        self.event_data: dict | None = None
        self.article: dict | None = None
        self.citation: dict | None = None
        self.setMinimumWidth(320)

        self.event_title = QLabel(self)
        self.event_title.setObjectName("eventTitle")
        self.event_title.setWordWrap(True)
        self.event_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.event_date = QLabel(self)
        self.event_date.setWordWrap(True)
        self.cited_label = QLabel(self)
        self.cited_by = QComboBox(self)
        self.cited_by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cited_by.setMinimumContentsLength(20)
        cited_row = QHBoxLayout()
        cited_row.addWidget(self.cited_label)
        cited_row.addWidget(self.cited_by, 1)

        self.article_title = QLabel(self)
        self.article_title.setObjectName("articleTitle")
        self.article_title.setWordWrap(True)
        self.article_title.setStyleSheet("font-weight: bold;")
        self.article_meta = QLabel(self)
        self.article_meta.setWordWrap(True)
        self.article_meta.setStyleSheet("color: palette(placeholder-text);")

        self.guessed = QFrame(self)
        self.guessed.setObjectName("guessedNotice")
        self.guessed.setStyleSheet("#guessedNotice { background: #fff4ce; border: 1px solid #e0c060; "
                                   "border-radius: 4px; }")
        self.guessed_label = QLabel(self.guessed)
        self.guessed_label.setWordWrap(True)
        self.set_date_button = QPushButton(self.guessed)
        g = QHBoxLayout(self.guessed)
        g.setContentsMargins(8, 4, 8, 4)
        g.addWidget(self.guessed_label, 1)
        g.addWidget(self.set_date_button)
        self.guessed.hide()

        self.text_view = ArticleTextView(self)
        self.citations = CitationModel(self)
        self.citation_view = QTableView(self)
        self.citation_view.setModel(self.citations)
        self.citation_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.citation_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.citation_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.citation_view.verticalHeader().hide()
        self.citation_view.setWordWrap(False)
        hh = self.citation_view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        self.citations_label = QLabel(self)

        self.add_event_button = QPushButton(self)
        self.add_event_button.setEnabled(False)
        self.edit_date_button = QPushButton(self)
        self.edit_date_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_date_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_event_button)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")

        lower = QWidget(self)
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addWidget(self.citations_label)
        lower_lay.addWidget(self.citation_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.text_view)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.event_title)
        lay.addWidget(self.event_date)
        lay.addLayout(cited_row)
        lay.addWidget(self.article_title)
        lay.addWidget(self.article_meta)
        lay.addWidget(self.guessed)
        lay.addWidget(self.splitter, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.empty, 1)

        self.cited_by.currentIndexChanged.connect(self._citing_article_chosen)
        self.citation_view.selectionModel().currentRowChanged.connect(self._citation_chosen)
        self.citation_view.clicked.connect(lambda idx: self._citation_chosen(idx, QModelIndex()))
        self.text_view.copyAvailable.connect(self._selection_changed)
        self.add_event_button.clicked.connect(self._add_event)
        self.set_date_button.clicked.connect(self._set_date)
        self.edit_date_button.clicked.connect(self._edit_date)
        self.retranslate()
        self.clear()

    # --- public ---

    def set_store(self, store) -> None:
        self.store = store
        self.clear()

    def clear(self) -> None:
        self.event_data = self.article = self.citation = None
        self.citations.set_rows([], "")
        self.text_view.set_article("", [])
        self._set_content_visible(False)

    def show_event(self, event_id: int | None, article_id: int | None = None) -> None:
        """Show an event: its first citing article (or ``article_id``) with the evidence highlighted."""
        if self.store is None or event_id is None:
            self.clear()
            return
        ev = self.store.event(int(event_id))
        if ev is None:
            self.clear()
            return
        self.event_data = ev
        self._set_content_visible(True)
        self.event_title.setText(ev.get("title") or "")
        self.event_date.setText(self._event_date_text(ev))
        self.edit_date_button.setEnabled(not self._busy)
        cites = ev.get("citations") or []
        articles: list[tuple[int, str]] = []
        for c in cites:
            if c["article_id"] not in [a for a, _ in articles]:
                label = c.get("article_title") or self.tr("Article %1").replace("%1", str(c["article_id"]))
                if c.get("outlet"):
                    label += f" — {c['outlet']}"
                articles.append((c["article_id"], label))
        self.cited_by.blockSignals(True)
        self.cited_by.clear()
        for aid, label in articles:
            self.cited_by.addItem(label, aid)
        self.cited_by.blockSignals(False)
        many = len(articles) > 1
        self.cited_label.setText(self.tr("Reported in %n article(s):", "", len(articles)))
        self.cited_label.setVisible(many)
        self.cited_by.setVisible(many)
        target = article_id if article_id in [a for a, _ in articles] else (articles[0][0] if articles else None)
        if target is None:
            self._show_article_text(None)
            return
        self.cited_by.blockSignals(True)
        self.cited_by.setCurrentIndex([a for a, _ in articles].index(target))
        self.cited_by.blockSignals(False)
        self._show_article_text(target)

    def show_article(self, article_id: int) -> None:
        """Show an article on its own (no event selected)."""
        if self.store is None:
            return
        self.event_data = None
        self._set_content_visible(True)
        self.event_title.setText("")
        self.event_date.setText("")
        self.edit_date_button.setEnabled(False)
        self.cited_label.hide()
        self.cited_by.hide()
        self._show_article_text(article_id)

    def current_article_id(self) -> int | None:
        return self.article["id"] if self.article else None

    def current_event_id(self) -> int | None:
        return self.event_data["id"] if self.event_data else None

    def select_citation(self, row: int) -> None:
        idx = self.citations.index(row, 0)
        if idx.isValid():
            self.citation_view.setCurrentIndex(idx)
            self._citation_chosen(idx, QModelIndex())

    # --- internals ---

    def _set_content_visible(self, on: bool) -> None:
        for w in (self.event_title, self.event_date, self.article_title, self.article_meta, self.splitter,
                  self.edit_date_button, self.add_event_button):
            w.setVisible(on)
        if not on:
            self.cited_label.hide()
            self.cited_by.hide()
            self.guessed.hide()
        self.empty.setVisible(not on)

    def _event_date_text(self, ev: dict) -> str:
        written = ev.get("date_text") or ""
        sd, ed = ev.get("start_date"), ev.get("end_date")
        if not sd:
            return (written + " — " if written else "") + self.tr("undated")
        import datetime as dt
        last = (dt.date.fromisoformat(ed) - dt.timedelta(days=1)).isoformat() if ed else sd
        if is_rtl():  # the Arabic interface: as a reader says it, in the month names and digits of the timeline
            start = dt.date.fromisoformat(sd).toordinal()
            end = dt.date.fromisoformat(ed).toordinal() if ed else start + 1
            span = "\u2067" + self.words.span(start, end, ev.get("granularity"), ev.get("mod")) + "\u2069"
        else:
            span = "\u2066" + (sd if last == sd else f"{sd} – {last}") + "\u2069"  # isolated: reads left to right
            if ev.get("mod") == "ON_OR_BEFORE":
                span = self.tr("on or before %1").replace("%1", span)
        marks = []
        if ev.get("mod") == "ON_OR_BEFORE" and not written:
            marks.append(self.tr("no date in the text: reported by the publication day"))
        if ev.get("user_edited"):
            marks.append(self.tr("edited"))
        if ev.get("deleted"):
            marks.append(self.tr("deleted"))
        return (f"«{written}»  " if written else "") + span + (f"  ({', '.join(marks)})" if marks else "")

    def _citing_article_chosen(self, index: int) -> None:
        aid = self.cited_by.itemData(index)
        if aid is not None:
            self._show_article_text(int(aid))

    def _show_article_text(self, article_id: int | None) -> None:
        art = self.store.article(article_id) if (self.store is not None and article_id is not None) else None
        self.article = art
        self.citation = None
        if art is None:
            self.article_title.setText("")
            self.article_meta.setText("")
            self.guessed.hide()
            self.text_view.set_article("", [])
            self.citations.set_rows([], "")
            self._update_citations_label()
            return
        self.article_title.setText(art.get("title") or self.tr("(untitled article)"))
        self.article_meta.setText(self._article_meta(art))
        self.guessed.setVisible(bool(art.get("published_guessed")))
        self.text_view.set_article(art.get("text") or "", art.get("timexes") or [], rtl=(art.get("lang") or "ar") in
                                   ("ar", "fa", "ur", "he"))
        cite = None
        if self.event_data:
            cite = next((c for c in self.event_data.get("citations") or [] if c["article_id"] == art["id"]), None)
        self.citation = cite
        rows = list(cite.get("attributions") or []) if cite else []
        self.citations.set_rows(rows, art.get("text") or "")
        self._update_citations_label()
        self._highlight()

    def _update_citations_label(self) -> None:
        n = self.citations.rowCount()
        self.citations_label.setText(self.tr("Citations (%n)", "", n) if n else self.tr("No attributed source"))

    def _highlight(self, attribution: dict | None = None) -> None:
        cite = self.citation
        evidence = (cite["evidence_start"], cite["evidence_end"]) if cite else None
        tx = cite.get("timex") if cite else None
        event_timex = (tx["start"], tx["end"]) if tx else None
        a = attribution
        self.text_view.highlight(
            evidence=evidence, event_timex=event_timex,
            claim=(a["claim_start"], a["claim_end"]) if a else None,
            source=(a["source_start"], a["source_end"]) if a and a.get("source_start") is not None else None,
            cue=(a["cue_start"], a["cue_end"]) if a else None,
            scroll_to="claim" if a else "evidence")

    def _citation_chosen(self, current, _previous=None) -> None:
        a = self.citations.attribution(current.row()) if current.isValid() else None
        self._highlight(a)

    def _article_meta(self, art: dict) -> str:
        parts = []
        if art.get("outlet"):
            parts.append("\u2068" + art["outlet"] + "\u2069")  # isolated: a Latin outlet name keeps its place
        sources = {"metadata": self.tr("from the page's metadata"), "dateline": self.tr("from the dateline"),
                   "file": self.tr("from the file's date"), "user": self.tr("set by you")}
        if art.get("published"):
            src = sources.get(art.get("published_source") or "", art.get("published_source") or "")
            parts.append(self.tr("published %1 (%2)").replace("%1", self._date(art["published"])).replace("%2", src))
        else:
            parts.append(self.tr("publication date unknown"))
        if art.get("url"):
            parts.append("\u2066" + art["url"] + "\u2069")
        return " · ".join(parts)

    def _date(self, iso: str) -> str:
        """A day: «20 آذار 2024» in the Arabic interface (the timeline's month names and digits), else ISO."""
        if is_rtl():
            return "\u2067" + self.words.iso(iso) + "\u2069"
        return "\u2066" + iso + "\u2069"

    def set_date_words(self, words) -> None:
        """The month names and digits of the timeline (View › Month Names, Digits): redisplay with them."""
        self.words = words
        if self.article is not None:
            self.article_meta.setText(self._article_meta(self.article))
        if self.event_data is not None:
            self.event_date.setText(self._event_date_text(self.event_data))

    def _selection_changed(self, available: bool) -> None:
        self.add_event_button.setEnabled(bool(available) and self.article is not None and not self._busy)

    def set_busy(self, busy: bool) -> None:
        """An article is being re-dated in the background: its events are about to be rewritten, no edits meanwhile."""
        self._busy = bool(busy)
        self.set_date_button.setEnabled(not busy)
        self.edit_date_button.setEnabled(not busy and self.event_data is not None)
        self._selection_changed(self.text_view.textCursor().hasSelection())

    def _add_event(self) -> None:
        span = self.text_view.selected_span()
        if span is None or self.article is None:
            return
        s, e = span
        self.addEventRequested.emit(self.article["id"], s, e, self.text_view.text[s:e])

    def _set_date(self) -> None:
        if self.article is not None:
            self.setDateRequested.emit(self.article["id"])

    def _edit_date(self) -> None:
        if self.event_data is not None:
            self.editDateRequested.emit(self.event_data["id"])

    def retranslate(self) -> None:
        self.guessed_label.setText(self.tr("The publication date was guessed from the file's date; relative dates "
                                           "(«yesterday», «last Tuesday») may be off."))
        self.set_date_button.setText(self.tr("Set date…"))
        self.add_event_button.setText(self.tr("Add event from selection"))
        self.add_event_button.setToolTip(self.tr("Select the words that describe an event in the text first"))
        self.edit_date_button.setText(self.tr("Edit date…"))
        self.empty.setText(self.tr("Select an event on the timeline or in the table to read its source here."))
        self.citations.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self.article is not None:
            self.article_meta.setText(self._article_meta(self.article))
            self._update_citations_label()
        if self.event_data is not None:
            self.event_date.setText(self._event_date_text(self.event_data))
            n = self.cited_by.count()
            self.cited_label.setText(self.tr("Reported in %n article(s):", "", n))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
