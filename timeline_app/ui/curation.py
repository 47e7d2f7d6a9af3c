"""Turn the user's curation gestures (menu, side panel buttons) into undoable commands on the window's QUndoStack.

The questions asked of the user (a title, a date, a publication date) are the module functions ``ask_title``,
``ask_event_date`` and ``ask_published``; tests replace them. Expected problems (nothing selected, a store refusal)
are shown in the window's message bar.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QVBoxLayout

from timeline_app.model.store import StoreError
from timeline_app.ui import commands as cmd
from timeline_app.ui.date_editor import DateEditorDialog, DateValue, reader_locale, spec_from_event
from timeline_app.ui.i18n import is_rtl


def ask_title(parent, current: str) -> str | None:
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("CurationUI", "Edit title"),
                                    QCoreApplication.translate("CurationUI", "Event title:"),
                                    QLineEdit.EchoMode.Normal, current)
    return text.strip() if ok and text.strip() else None


def _reader(parent) -> tuple[str, str]:
    """The month-name family and digits of the window's timeline (View › Month Names, Digits)."""
    settings = getattr(parent, "settings", None)
    if settings is None:
        return "egypt", "western"
    return settings.calendar_family, settings.digits


def ask_event_date(parent, event: dict) -> DateValue | None:
    dlg = DateEditorDialog(spec_from_event(event), parent, *_reader(parent))
    return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


def ask_published(parent, article: dict) -> dt.date | None:
    dlg = QDialog(parent)
    dlg.setWindowTitle(QCoreApplication.translate("CurationUI", "Publication date"))
    cal = QCalendarWidget(dlg)
    if is_rtl():  # Arabic: the reader's month names (Qt's Arabic locale alone says «مارس» to everyone)
        cal.setLocale(reader_locale(*_reader(parent)))
    if article.get("published"):
        d = dt.date.fromisoformat(article["published"])
        cal.setSelectedDate(QDate(d.year, d.month, d.day))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dlg)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    lay = QVBoxLayout(dlg)
    lay.addWidget(cal)
    lay.addWidget(buttons)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    q = cal.selectedDate()
    return dt.date(q.year(), q.month(), q.day())


class CurationUI(QObject):
    """Holds no state of its own: reads the window's selection and side panel, pushes commands."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window

    @property
    def cur(self) -> cmd.Curation:
        return self.w.curation

    def _push(self, make) -> None:
        if self.w.store is None:
            return
        try:
            command = make()
        except StoreError as exc:
            self.w.show_error(str(exc))
            return
        self.w.undo_stack.push(command)

    def _blocked(self) -> bool:
        """Background writes in progress (an import, a re-dating): say so instead of hanging on the library's lock."""
        busy = self.w.redater.is_busy() or self.w.ingest.is_running()
        if busy:
            self.w.show_info(self.tr("Edits wait until the import or re-dating in progress is done."))
        return busy

    def _one(self) -> int | None:
        ids = self.w.selected_event_ids()
        if len(ids) != 1:
            self.w.show_info(self.tr("Select one event first."))
            return None
        return ids[0]

    def edit_title(self) -> None:
        if self._blocked():
            return
        eid = self._one()
        if eid is None:
            return
        ev = self.w.store.event(eid)
        title = ask_title(self.w, ev.get("title") or "") if ev else None
        if title and title != ev.get("title"):
            self._push(lambda: cmd.edit_title(self.cur, eid, title))

    def edit_date(self, event_id: int | None = None) -> None:
        if self._blocked():
            return
        eid = event_id if event_id is not None else self._one()
        if eid is None:
            return
        ev = self.w.store.event(eid)
        value = ask_event_date(self.w, ev) if ev else None
        if value is not None:
            self._push(lambda: cmd.edit_date(self.cur, eid, value.fields()))

    def delete_selected(self) -> None:
        if self._blocked():
            return
        ids = self.w.selected_event_ids()
        if ids:
            self._push(lambda: cmd.DeleteEventsCommand(self.cur, ids))

    def restore_selected(self) -> None:
        if self._blocked():
            return
        ids = self.w.selected_event_ids()
        if ids:
            self._push(lambda: cmd.RestoreEventsCommand(self.cur, ids))

    def merge_selected(self) -> None:
        if self._blocked():
            return
        ids = self.w.selected_event_ids()
        if len(ids) != 2:
            self.w.show_info(self.tr("Select exactly two events to merge."))
            return
        keep, other = ids  # the earlier row (by date) is kept
        self._push(lambda: cmd.MergeEventsCommand(self.cur, keep, other))

    def split_selected(self) -> None:
        if self._blocked():
            return
        eid = self._one()
        if eid is None:
            return
        ev = self.w.store.event(eid)
        if not ev or not any(m.get("kept_event_id") == eid for m in ev.get("merges") or []):
            self.w.show_info(self.tr("This event is not a merge of other events."))
            return
        self._push(lambda: cmd.SplitEventCommand(self.cur, eid))

    def add_event_from_selection(self) -> None:
        if self._blocked():
            return
        panel = self.w.side_panel
        span = panel.text_view.selected_span()
        if span is None or panel.article is None:
            self.w.show_info(self.tr("Select the words of the event in the article text first."))
            return
        s, e = span
        self.add_event(panel.article["id"], s, e, panel.text_view.text[s:e])

    def add_event(self, article_id: int, start: int, end: int, text: str) -> None:
        if self._blocked():
            return
        title = ask_title(self.w, " ".join(text.split())[:200])
        if not title:
            return
        self._push(lambda: cmd.AddEventCommand(self.cur, article_id, start, end, title))

    def set_publication_date(self, article_id: int | None = None) -> None:
        if self._blocked():
            return
        aid = article_id if article_id is not None else self.w.side_panel.current_article_id()
        if aid is None:
            self.w.show_info(self.tr("Open an article in the side panel first."))
            return
        art = self.w.store.article(aid)
        if art is None:
            return
        date = ask_published(self.w, art)
        if date is not None:
            self._push(lambda: cmd.SetPublishedCommand(self.cur, aid, date))
