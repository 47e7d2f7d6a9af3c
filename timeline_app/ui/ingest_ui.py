"""What the user sees of an ingest: progress with cancel in the status bar, and a summary of the batch (added,
duplicates, failed with the reason) in a non-modal dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from timeline_app.ui.reasons import translate_reason


class IngestProgress(QWidget):
    cancelRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel = QPushButton(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel)
        self.cancel.clicked.connect(self.cancelRequested)
        self.retranslate()
        self.hide()

    def begin(self, n_paths: int) -> None:
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.label.setText(self.tr("Importing…"))
        self.cancel.setEnabled(True)
        self.show()

    def step(self, done: int, total: int, path: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        name = path.rsplit("/", 1)[-1]
        self.label.setText(self.tr("Importing %1 of %2: %3").replace("%1", str(done)).replace("%2", str(total))
                           .replace("%3", name))

    def end(self) -> None:
        self.hide()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class BusyIndicator(QWidget):
    """Background work without a count (re-resolving an article's dates): a text and a moving bar in the status bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Re-resolving the article's dates…"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def summarize(results: list) -> dict[str, list]:
    out: dict[str, list] = {"ingested": [], "duplicate": [], "failed": []}
    for r in results:
        out.setdefault(r.status, []).append(r)
    return out


class IngestSummaryDialog(QDialog):
    """Lists what a batch did. Non-modal: shown with show(), closed by the user."""

    def __init__(self, results: list, cancelled: bool, parent=None):
        super().__init__(parent)
        self.results = list(results)
        self.cancelled = cancelled
        self.groups = summarize(self.results)
        self.setWindowTitle(self.tr("Import summary"))
        self.resize(640, 420)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.headline)
        lay.addWidget(self.details, 1)
        lay.addWidget(buttons)
        self.headline.setText(headline(self, self.groups, cancelled))
        self.details.setHtml(self._html())

    def _html(self) -> str:
        import html
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication
        # each line in the interface's direction (a line starting with a path or an Arabic title would guess wrong)
        d = "rtl" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        parts = []
        titles = (("ingested", self.tr("Added")), ("duplicate", self.tr("Already in the library")),
                  ("failed", self.tr("Not imported")))
        for key, title in titles:
            rows = self.groups.get(key) or []
            if not rows:
                continue
            parts.append(f"<h4 dir='{d}'>{html.escape(title)} ({len(rows)})</h4><ul>")
            for r in rows:
                path = "\u2066" + html.escape(str(r.path)) + "\u2069"  # a path reads left to right, even in RTL
                name = html.escape(r.title) if r.title else path
                line = f"<li dir='{d}'><b>{name}</b>"
                if r.title:
                    line += f"<br/><small>{path}</small>"
                if key == "ingested":
                    line += " — " + html.escape(self.tr("%n event(s)", "", int(r.events or 0)))
                if key == "failed":
                    reason = translate_reason(r.reason)
                    line += f"<br/><span style='color:#b00020'>\u2068{html.escape(reason)}\u2069</span>"
                parts.append(line + "</li>")
            parts.append("</ul>")
        return "".join(parts)


def headline(_obj, groups: dict, cancelled: bool) -> str:
    """«3 added, 2 not imported.»: only the counts that are not zero."""
    parts = []
    for key, template in (("ingested", QCoreApplication.translate("IngestSummaryDialog", "%1 added")),
                          ("duplicate", QCoreApplication.translate("IngestSummaryDialog", "%1 already in the library")),
                          ("failed", QCoreApplication.translate("IngestSummaryDialog", "%1 not imported"))):
        n = len(groups.get(key, []))
        if n:
            parts.append(template.replace("%1", str(n)))
    if parts:
        text = QCoreApplication.translate("IngestSummaryDialog", ", ").join(parts) + QCoreApplication.translate("IngestSummaryDialog", ".")
    else:
        text = QCoreApplication.translate("IngestSummaryDialog", "Nothing was imported.")
    if cancelled:
        text = QCoreApplication.translate("IngestSummaryDialog", "Import cancelled.") + " " + text
    return text
