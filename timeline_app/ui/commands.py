"""Curation as undoable commands (QUndoStack): every change goes through the Store, is persisted at once, and is
marked as the user's (user_edited), so re-extraction never overwrites it.

Each command takes a ``Curation`` context: the open store plus a ``changed`` signal the window listens to (refresh the
views, keep the selection). A command whose target vanished meanwhile (e.g. the article was re-dated, which re-creates
its unedited events) reports through ``Curation.failed`` instead of raising, and is made obsolete.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from timeline_app.model.store import Store, StoreError

log = logging.getLogger(__name__)

DATE_FIELDS = ("date_text", "start_date", "end_date", "granularity", "mod", "calendar")


class Curation(QObject):
    """What commands act on. ``changed(event_ids, article_id)``: ids touched (may be empty), article or -1."""

    changed = Signal(list, int)
    failed = Signal(str)

    def __init__(self, store: Store, parent=None, redater=None):
        super().__init__(parent)
        self.store = store
        self.redater = redater   # a workers.RedateRunner: re-dating runs off the UI thread; None runs it here
        self._redate_texts: dict[int, list[str]] = {}
        if redater is not None:
            redater.finished.connect(self._redated)

    def redate(self, article_id: int, date: dt.date, source: str, guessed: bool, text: str) -> None:
        """Set an article's publication date and re-resolve its events (``Store.set_published``); ``changed`` is
        emitted when that is done. With a runner the work (re-extraction and the rewrite of the article's events)
        runs on a worker thread with its own connection and this returns at once."""
        if self.redater is None:
            self.store.set_published(article_id, date, source=source)
            if guessed:
                with self.store.transaction() as c:
                    c.execute("UPDATE articles SET published_guessed = 1 WHERE id = ?", (article_id,))
            self.changed.emit([], article_id)
            return
        self._redate_texts.setdefault(article_id, []).append(text)
        self.redater.start(self.store.path, article_id, date, source, guessed)

    def _redated(self, article_id: int, error: str) -> None:
        texts = self._redate_texts.get(article_id) or [""]
        text = texts.pop(0)
        if not texts:
            self._redate_texts.pop(article_id, None)
        if error:
            log.info("%s failed: %s", text, error)
            self.failed.emit(f"{text}: {error}" if text else error)
        self.changed.emit([], article_id)  # also after a failure: show what the library holds now

    def set_edited_flag(self, event_id: int, flag: bool) -> None:
        """Put back an event's user_edited flag when an edit is undone (update_event always sets it)."""
        with self.store.transaction() as c:
            c.execute("UPDATE events SET user_edited = ? WHERE id = ?", (1 if flag else 0, event_id))


class _StoreCommand(QUndoCommand):
    def __init__(self, cur: Curation, text: str):
        super().__init__(text)
        self.cur = cur

    def _do(self, fn) -> None:
        try:
            fn()
        except StoreError as exc:
            log.info("command %r failed: %s", self.text(), exc)
            self.setObsolete(True)
            self.cur.failed.emit(f"{self.text()}: {exc}")
        except sqlite3.OperationalError as exc:  # another writer kept the library locked (an import, another program)
            log.info("command %r failed: %s", self.text(), exc)
            self.setObsolete(True)
            self.cur.failed.emit(self.text() + ": " + QCoreApplication.translate(
                "Commands", "the library is busy (another program is writing to it); try again in a moment."))


class EditEventCommand(_StoreCommand):
    """Change some of an event's fields (title, or the date fields together)."""

    def __init__(self, cur: Curation, event_id: int, text: str, **fields):
        super().__init__(cur, text)
        self.event_id = event_id
        row = cur.store.event(event_id)
        if row is None:
            raise StoreError(f"no event {event_id}")
        self.new = dict(fields)
        self.old = {k: row.get(k) for k in fields}
        self.old_edited = bool(row.get("user_edited"))

    def redo(self):
        def go():
            self.cur.store.update_event(self.event_id, **self.new)
            self.cur.changed.emit([self.event_id], -1)
        self._do(go)

    def undo(self):
        def go():
            self.cur.store.update_event(self.event_id, **self.old)
            if not self.old_edited:
                self.cur.set_edited_flag(self.event_id, False)
            self.cur.changed.emit([self.event_id], -1)
        self._do(go)


def edit_title(cur: Curation, event_id: int, title: str) -> EditEventCommand:
    return EditEventCommand(cur, event_id, QCoreApplication.translate("Commands", "Edit title"),
                            title=title.strip())


def edit_date(cur: Curation, event_id: int, fields: dict) -> EditEventCommand:
    return EditEventCommand(cur, event_id, QCoreApplication.translate("Commands", "Edit date"),
                            **{k: fields.get(k) for k in DATE_FIELDS})


class DeleteEventsCommand(_StoreCommand):
    def __init__(self, cur: Curation, event_ids: list[int]):
        super().__init__(cur, QCoreApplication.translate("Commands", "Delete event") if len(event_ids) == 1
                         else QCoreApplication.translate("Commands", "Delete events"))
        self.event_ids = list(event_ids)

    def redo(self):
        def go():
            with self.cur.store.transaction():
                for eid in self.event_ids:
                    self.cur.store.delete_event(eid)
            self.cur.changed.emit(self.event_ids, -1)
        self._do(go)

    def undo(self):
        def go():
            with self.cur.store.transaction():
                for eid in self.event_ids:
                    self.cur.store.restore_event(eid)
            self.cur.changed.emit(self.event_ids, -1)
        self._do(go)


class RestoreEventsCommand(DeleteEventsCommand):
    def __init__(self, cur: Curation, event_ids: list[int]):
        super().__init__(cur, event_ids)
        self.setText(QCoreApplication.translate("Commands", "Restore event"))

    def redo(self):
        DeleteEventsCommand.undo(self)

    def undo(self):
        DeleteEventsCommand.redo(self)


class MergeEventsCommand(_StoreCommand):
    """Merge ``other_id`` into ``keep_id``; undo splits exactly that merge off again."""

    def __init__(self, cur: Curation, keep_id: int, other_id: int):
        super().__init__(cur, QCoreApplication.translate("Commands", "Merge events"))
        self.keep_id, self.other_id = keep_id, other_id

    def redo(self):
        def go():
            self.cur.store.merge_events(self.keep_id, self.other_id, by="user")
            self.cur.changed.emit([self.keep_id, self.other_id], -1)
        self._do(go)

    def undo(self):
        def go():
            self.cur.store.split_event(self.other_id)  # the merged-away event: undoes just this merge
            self.cur.changed.emit([self.keep_id, self.other_id], -1)
        self._do(go)


class SplitEventCommand(_StoreCommand):
    """Undo every merge into ``event_id``; undo merges the same events back (in their original order)."""

    def __init__(self, cur: Curation, event_id: int):
        super().__init__(cur, QCoreApplication.translate("Commands", "Split event"))
        self.event_id = event_id
        self.restored: list[int] = []

    def redo(self):
        def go():
            self.restored = self.cur.store.split_event(self.event_id)
            self.cur.changed.emit([self.event_id] + self.restored, -1)
        self._do(go)

    def undo(self):
        def go():
            with self.cur.store.transaction():
                for other in reversed(self.restored):  # split returns latest first
                    self.cur.store.merge_events(self.event_id, other, by="user")
            self.cur.changed.emit([self.event_id] + self.restored, -1)
        self._do(go)


class AddEventCommand(_StoreCommand):
    """An event the user marked in an article's text. Undo deletes it (restorable by redo)."""

    def __init__(self, cur: Curation, article_id: int, start: int, end: int, title: str,
                 start_date: dt.date | None = None, end_date: dt.date | None = None, granularity: str | None = None):
        super().__init__(cur, QCoreApplication.translate("Commands", "Add event"))
        self.args = (article_id, start, end, title, start_date, end_date, granularity)
        self.event_id: int | None = None

    def redo(self):
        def go():
            if self.event_id is None:
                self.event_id = self.cur.store.add_user_event(*self.args)
            else:
                self.cur.store.restore_event(self.event_id)
            self.cur.changed.emit([self.event_id], self.args[0])
        self._do(go)

    def undo(self):
        def go():
            if self.event_id is not None:
                self.cur.store.delete_event(self.event_id)
                self.cur.changed.emit([self.event_id], self.args[0])
        self._do(go)


class SetPublishedCommand(_StoreCommand):
    """Set an article's publication date: its events the user did not edit are re-resolved (in the background when
    the Curation has a runner; undo and redo queue behind each other). Undo puts the previous date (and its source
    and 'guessed' flag) back and re-resolves again."""

    def __init__(self, cur: Curation, article_id: int, date: dt.date):
        super().__init__(cur, QCoreApplication.translate("Commands", "Set publication date"))
        art = cur.store.article(article_id)
        if art is None:
            raise StoreError(f"no article {article_id}")
        self.article_id = article_id
        self.new = date
        self.old = dt.date.fromisoformat(art["published"]) if art.get("published") else None
        self.old_source = art.get("published_source") or "file"
        self.old_guessed = bool(art.get("published_guessed"))

    def redo(self):
        self._do(lambda: self.cur.redate(self.article_id, self.new, "user", False, self.text()))

    def undo(self):
        if self.old is not None:
            self._do(lambda: self.cur.redate(self.article_id, self.old, self.old_source, self.old_guessed,
                                             self.text()))
