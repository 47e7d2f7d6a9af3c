"""Unexpected errors: logged to a file in the user's log folder and shown once in a dialog that says where the log is.

``install_crash_handler()`` hooks ``sys.excepthook`` and ``threading.excepthook`` and routes Qt's own messages into
the same log. Exceptions from worker threads are handed to the GUI thread through a queued signal, so the dialog is
always built on the GUI thread. Expected errors (a file that cannot be read, a library that cannot be opened) never come
here: they are shown inline in the window's message bar.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from timeline_app import APP_NAME

log = logging.getLogger("timeline_app")
LOG_FILE_NAME = "timeline-app.log"


def default_log_dir() -> Path:
    """``$TIMELINE_APP_LOG_DIR``, else ``$XDG_STATE_HOME/timeline-app/logs`` (~/.local/state/...)."""
    override = os.environ.get("TIMELINE_APP_LOG_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / APP_NAME / "logs"


def setup_logging(log_dir: Path | None = None) -> Path:
    """Send the app's log records to ``log_dir/timeline-app.log`` (created); returns the log file's path."""
    folder = Path(log_dir) if log_dir else default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    for h in list(log.handlers):
        if getattr(h, "_timeline_app", False):
            log.removeHandler(h)
            h.close()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._timeline_app = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message_handler(mode, context, message):
    logging.getLogger("timeline_app.qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
    if mode != QtMsgType.QtDebugMsg:
        sys.stderr.write(f"qt: {message}\n")


class CrashHandler(QObject):
    """Logs every uncaught exception; shows the first one in a dialog (later ones only go to the log)."""

    crashed = Signal(str)  # formatted traceback, delivered on the GUI thread

    def __init__(self, log_path: Path, parent=None):
        super().__init__(parent)
        self.log_path = Path(log_path)
        self.shown = False
        self.count = 0
        self._prev_hook = sys.excepthook
        self._prev_thread_hook = threading.excepthook
        self.crashed.connect(self._show)

    def install(self) -> "CrashHandler":
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        sys.excepthook = self._prev_hook
        threading.excepthook = self._prev_thread_hook

    def excepthook(self, exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            self._prev_hook(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", text)
        self.count += 1
        self.crashed.emit(text)  # queued to the GUI thread when raised elsewhere

    def thread_excepthook(self, args):
        if args.exc_type is SystemExit:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, text: str) -> None:
        if self.shown or QApplication.instance() is None:
            return
        self.shown = True
        box = self.make_dialog(text)
        box.exec()

    def make_dialog(self, text: str) -> QMessageBox:
        parent = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        last = text.strip().splitlines()[-1] if text.strip() else ""
        box.setText(self.tr("Something went wrong that the app did not expect. Your library is safe; "
                            "the last change may not have been saved.") + "\n\n" + last)
        box.setInformativeText(self.tr("The details were written to the log file:\n%1")
                               .replace("%1", str(self.log_path)))
        box.setDetailedText(text)
        return box


_handler: CrashHandler | None = None


def install_crash_handler(log_dir: Path | None = None, route_qt_messages: bool = True) -> CrashHandler:
    """Set up the log file, Qt message routing and the exception hooks (call once the QApplication exists).
    Tests pass ``route_qt_messages=False`` so pytest-qt keeps seeing Qt's warnings."""
    global _handler
    path = setup_logging(log_dir)
    if route_qt_messages:
        qInstallMessageHandler(_qt_message_handler)
    if _handler is not None:
        _handler.uninstall()
    _handler = CrashHandler(path).install()
    log.info("started; log at %s", path)
    return _handler


def crash_handler() -> CrashHandler | None:
    return _handler
