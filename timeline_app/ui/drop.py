"""Files and folders dropped anywhere on the main window: accepted as local-file URLs only, always as a copy, and
handed to the ingest worker (never read on the GUI thread).

``DropHandler`` filters drag events for every widget inside its window (an application-level event filter, so a
drop on the table, the text or the search field is caught too); the window also forwards its own drag events.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def local_paths(mime: QMimeData | None) -> list[str]:
    """The local files and folders in a drag (other URLs and plain text are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class DropHandler(QObject):
    pathsDropped = Signal(list)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        QApplication.instance().installEventFilter(self)  # removed by Qt when this object (a child) is destroyed

    def detach(self) -> None:
        QApplication.instance().removeEventFilter(self)

    # the window's own handlers call these
    def drag_enter(self, event: QDragEnterEvent | QDragMoveEvent) -> bool:
        if local_paths(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        event.ignore()
        return False

    def drop(self, event: QDropEvent) -> bool:
        paths = local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.pathsDropped.emit(paths)
        return True

    def eventFilter(self, obj, event):
        t = event.type()
        if t not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if not isinstance(obj, QWidget) or obj is self.window or obj.window() is not self.window:
            return False  # the window itself handles its events in dragEnterEvent/dropEvent
        if not local_paths(event.mimeData()):
            return False
        if t == QEvent.Type.Drop:
            return self.drop(event)
        return self.drag_enter(event)
