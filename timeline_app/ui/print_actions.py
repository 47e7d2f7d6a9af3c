"""File › Print…, Print Preview…, Export PDF…, Export Image… for the main window.

``install_print_actions(window)`` needs only ``window.store``, ``window.current_filter()``, ``window.timeline_view``
and ``window.file_menu`` (and uses ``window.show_error``/``show_info`` when the window has them). The library and the
filter are read when an action is triggered, so the actions follow whatever library is open.

Export PDF runs off the UI thread: the worker opens its own connection to the library file (a sqlite3 connection may
not cross threads) and paints the PDF there; QPainter on a QPdfWriter is allowed outside the GUI thread. Printing and
the preview paint on the GUI thread, as the print dialog hands over its QPrinter there.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QStandardPaths, QThreadPool, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog

log = logging.getLogger(__name__)


def _ltr(path: str) -> str:
    """A path inside a sentence: isolated left to right (in Arabic its slashes would otherwise move around)."""
    return "\u2066" + str(path) + "\u2069"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PrintActions", text, None, n)


class _Signals(QObject):
    done = Signal(str, int)        # path, pages
    failed = Signal(str, str)      # path, reason


class PdfExportTask(QRunnable):
    """Export a library file to PDF in a pool thread; connect ``task.signals`` before starting it."""

    def __init__(self, library: str | Path, out: str | Path, event_filter: Any, title: str | None = None,
                 words: Any = None):
        super().__init__()
        self.library, self.out, self.event_filter, self.title = str(library), str(out), event_filter, title
        self.words = words
        self.signals = _Signals()
        self.setAutoDelete(False)  # the owner keeps it until a signal arrives

    def run(self) -> None:
        from timeline_app.model.store import Store
        from timeline_app.ui import printing
        try:
            store = Store.open(self.library, create=False)
            try:
                pages = printing.export_pdf(store, self.out, self.event_filter, self.title, words=self.words)
            finally:
                store.close()
        except Exception as exc:  # reported by name in the window; never a crash
            log.info("PDF export to %s failed: %s", self.out, exc)
            self.signals.failed.emit(self.out, str(exc) or exc.__class__.__name__)
            return
        self.signals.done.emit(self.out, pages)


class PrintActions(QObject):
    def __init__(self, window: Any):
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.tasks: list[PdfExportTask] = []
        self.print_action = QAction(_tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_)
        self.preview_action = QAction(_tr("Print Pre&view…"), self)
        self.preview_action.triggered.connect(self.preview)
        self.pdf_action = QAction(_tr("Export &PDF…"), self)
        self.pdf_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.pdf_action.triggered.connect(self.export_pdf)
        self.image_action = QAction(_tr("Export &Image…"), self)
        self.image_action.triggered.connect(self.export_image)
        self.actions = [self.print_action, self.preview_action, self.pdf_action, self.image_action]
        for a in self.actions:
            a.setObjectName("print_" + a.text().replace("&", "").replace("…", "").replace(" ", "_").lower())

    # ------------------------------------------------------------------ helpers
    def _store(self) -> Any:
        store = getattr(self.window, "store", None)
        if store is None:
            self._error(_tr("Open a library first."))
        return store

    def _filter(self) -> Any:
        f = getattr(self.window, "current_filter", None)
        return f() if callable(f) else None

    def _words(self) -> Any:
        """The month names and digits the window's timeline uses (its settings), else the user's settings file."""
        from timeline_app.ui.print_data import DateWords
        settings = getattr(self.window, "settings", None)
        if settings is None:
            return None
        return DateWords(settings.calendar_family, settings.digits)

    def _parent_widget(self) -> Any:
        from PySide6.QtWidgets import QWidget
        return self.window if isinstance(self.window, QWidget) else None

    def _error(self, text: str) -> None:
        show = getattr(self.window, "show_error", None)
        (show or log.warning)(text)

    def _info(self, text: str) -> None:
        show = getattr(self.window, "show_info", None)
        (show or log.info)(text)

    def _default_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        store = getattr(self.window, "store", None)
        name = Path(str(store.path)).stem if store is not None else "timeline"
        return str(Path(folder) / f"{name}{suffix}")

    # ------------------------------------------------------------------ actions
    def print_(self) -> None:
        store = self._store()
        if store is None:
            return
        from timeline_app.ui import printing
        try:
            pages = printing.print_dialog(self._parent_widget(), store, self._filter(), self._words())
        except Exception as exc:
            self._error(_tr("Printing failed: %1").replace("%1", str(exc)))
            return
        if pages:
            self._info(_tr("Sent %n page(s) to the printer.", pages))

    def preview(self) -> None:
        store = self._store()
        if store is None:
            return
        from timeline_app.ui import printing
        printing.print_preview(self._parent_widget(), store, self._filter(), self._words())

    def export_pdf(self, path: str | None = None) -> PdfExportTask | None:
        store = self._store()
        if store is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self._parent_widget(), _tr("Export PDF"), self._default_path(".pdf"),
                                                  _tr("PDF documents (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        task = PdfExportTask(store.path, path, self._filter(), words=self._words())
        task.signals.done.connect(self._pdf_done)
        task.signals.failed.connect(self._pdf_failed)
        self.tasks.append(task)
        QGuiApplication.setOverrideCursor(_busy_cursor())
        QThreadPool.globalInstance().start(task)
        return task

    def _finish_task(self) -> None:
        sender = self.sender()
        self.tasks = [t for t in self.tasks if t.signals is not sender]
        QGuiApplication.restoreOverrideCursor()

    def _pdf_done(self, path: str, pages: int) -> None:
        self._finish_task()
        self._info(_tr("Exported %n page(s) to %1", pages).replace("%1", _ltr(path)))

    def _pdf_failed(self, path: str, reason: str) -> None:
        self._finish_task()
        self._error(_tr("Could not export %1: %2").replace("%1", _ltr(path)).replace("%2", reason))

    def export_image(self, path: str | None = None) -> str | None:
        view = getattr(self.window, "timeline_view", None)
        if view is None:
            self._error(_tr("Open a library first."))
            return None
        if not path:
            path, chosen = QFileDialog.getSaveFileName(
                self._parent_widget(), _tr("Export Image"), self._default_path(".png"),
                _tr("PNG image (*.png);;SVG drawing (*.svg)"))
            if not path:
                return None
            if Path(path).suffix.lower() not in (".png", ".svg"):
                path += ".svg" if "svg" in chosen.lower() else ".png"
        from timeline_app.ui import printing
        try:
            printing.export_image(view, path)
        except (OSError, ValueError) as exc:
            self._error(_tr("Could not export %1: %2").replace("%1", _ltr(path)).replace("%2", str(exc)))
            return None
        self._info(_tr("Saved the timeline view to %1").replace("%1", _ltr(path)))
        return path


def _busy_cursor():
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor
    return QCursor(Qt.CursorShape.BusyCursor)


def install_print_actions(window: Any) -> PrintActions:
    """Add Print…, Print Preview…, Export PDF… and Export Image… to ``window.file_menu``."""
    actions = PrintActions(window)
    menu = window.file_menu
    menu.addSeparator()
    for a in actions.actions:
        menu.addAction(a)
    window.print_actions = actions
    return actions
