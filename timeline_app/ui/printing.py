"""Print and export: PDF, the system print dialog, print preview, and PNG/SVG images of the timeline view.

Every route draws the same document (``print_render.render``) from the same data (``print_data.gather``):
``export_pdf`` is what File › Export PDF… and ``timeline-app export OUT.pdf`` call; the print dialog and the preview
paint it on a QPrinter with the page size and orientation the user chose.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QRectF, QSize, QThread
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from timeline_app.resources import resource_path

from .print_data import DateWords, gather
from .print_render import render

PDF_RESOLUTION = 300        # QPdfWriter reports no useful resolution by default; everything is laid out in this
MARGINS_MM = QMarginsF(15, 14, 15, 12)
_app: QGuiApplication | None = None


def ensure_gui() -> None:
    """A QGuiApplication (for fonts and painting) and the bundled fonts. The CLI calls us without any Qt set up."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])
    load_fonts()


def load_fonts() -> None:
    """The bundled fonts, once, from the GUI thread (a PDF export in a worker thread finds them already loaded)."""
    app = QGuiApplication.instance()
    if app is not None and QThread.currentThread() is not app.thread():
        return
    try:
        from timeline_app.ui.fonts import install_fonts  # WORKSPACE's loader, when present
    except ImportError:
        install_fonts = None
    if install_fonts is not None:
        install_fonts()
    if "Noto Sans Arabic" not in QFontDatabase.families():
        for f in sorted(resource_path("fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(f))


def user_words() -> DateWords:
    """Month names and digits as the user chose them for the screen (View › Month Names, Digits): the settings file
    the app writes, also when called from the CLI (which sets up no application names)."""
    from timeline_app.ui.settings import Settings, user_qsettings
    try:
        s = Settings(user_qsettings()) if not QCoreApplication.organizationName() else Settings()
        return DateWords(s.calendar_family, s.digits)
    except Exception:  # an unreadable settings file: the defaults
        return DateWords()


def export_pdf(store: Any, path: str | Path, event_filter: Any = None, title: str | None = None,
               page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
               orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
               words: DateWords | None = None) -> int:
    """Write the document to ``path``; returns the number of pages. ``words``: month names and digits (default: the
    user's settings, as on screen)."""
    path = Path(path)
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise OSError(f"cannot write {path}: the folder does not exist or is not writable")
    ensure_gui()
    data = gather(store, event_filter, title, words or user_words())
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(data.title)
    writer.setCreator("timeline_app")
    writer.setPageLayout(QPageLayout(QPageSize(page_size), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter))
    return render(data, writer)


def render_to_printer(printer: Any, store: Any, event_filter: Any = None, title: str | None = None,
                      words: DateWords | None = None, preview: bool = False) -> int:
    """Paint the document on a QPrinter set up by the print dialog or the preview (its page size and orientation).
    ``preview``: the printer of a QPrintPreviewDialog (see print_text.GlyphRunPainter)."""
    ensure_gui()
    if not preview:
        return render(gather(store, event_filter, title, words or user_words()), printer)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))  # a long library takes seconds to preview
    try:
        return render(gather(store, event_filter, title, words or user_words()), printer, preview=True)
    finally:
        QGuiApplication.restoreOverrideCursor()


def print_dialog(parent: Any, store: Any, event_filter: Any = None, words: DateWords | None = None) -> int:
    """The system print dialog; prints when accepted. Returns the pages printed (0 when cancelled)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    printer.setDocName(_doc_name(store))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print the Timeline"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return render_to_printer(printer, store, event_filter, words=words)


def print_preview(parent: Any, store: Any, event_filter: Any = None, words: DateWords | None = None) -> Any:
    """The print preview dialog (modal). Returns the dialog's result code."""
    dialog = make_preview_dialog(parent, store, event_filter, words)
    return dialog.exec()


def make_preview_dialog(parent: Any, store: Any, event_filter: Any = None, words: DateWords | None = None) -> Any:
    """A QPrintPreviewDialog that repaints the document whenever the user changes page size or orientation."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    printer.setDocName(_doc_name(store))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Preview"))
    words = words or user_words()
    dialog.paintRequested.connect(lambda p: render_to_printer(p, store, event_filter, words=words, preview=True))
    dialog._printer = printer  # keep the printer alive as long as the dialog
    return dialog


def _doc_name(store: Any) -> str:
    from .print_data import library_name
    return library_name(store)


def export_image(timeline_view: Any, path: str | Path, size: QSize | None = None) -> Path:
    """The timeline view as it is on screen: PNG (or JPEG) through QWidget.grab, SVG through QSvgGenerator (vectors:
    the view's paintEvent is replayed on the SVG device via QWidget.render)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        sz = size or timeline_view.size()
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(sz)
        gen.setViewBox(QRectF(0, 0, sz.width(), sz.height()))
        gen.setTitle(timeline_view.windowTitle() or "timeline")
        gen.setDescription("timeline_app")
        painter = QPainter(gen)
        try:
            timeline_view.render(painter, QPoint(0, 0))
        finally:
            painter.end()
    elif suffix in (".png", ".jpg", ".jpeg"):
        image: QImage = timeline_view.grab().toImage()
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
    else:
        raise ValueError(f"unsupported image type {suffix!r}: use .png or .svg")
    return path
