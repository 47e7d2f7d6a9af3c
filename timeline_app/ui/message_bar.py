"""An inline message strip at the top of the window for expected errors and notices (never a modal pop-up): a file
that could not be read, a library that could not be opened, an import summary. Optional action button; closable."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

STYLES = {
    "info": "background: #e8f1fb; border: 1px solid #9cc0e8;",
    "success": "background: #e7f5e9; border: 1px solid #8cc798;",
    "warning": "background: #fff4ce; border: 1px solid #e0c060;",
    "error": "background: #fde7e9; border: 1px solid #e59aa2;",
}


class MessageBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.level = "info"
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.hide()
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 6, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.action_button)
        lay.addWidget(self.close_button)
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.close_button.clicked.connect(self.hide)
        self.action_button.clicked.connect(self._run_action)
        self.retranslate()
        self.hide()

    def show_message(self, text: str, level: str = "info", action_text: str | None = None,
                     action: Callable[[], None] | None = None, timeout_ms: int | None = None) -> None:
        self.level = level if level in STYLES else "info"
        self.setStyleSheet(f"#messageBar {{ {STYLES[self.level]} border-radius: 4px; }}")
        self.label.setText(text)
        self._action = action
        self.action_button.setVisible(bool(action_text and action))
        if action_text:
            self.action_button.setText(action_text)
        self._timer.stop()
        if timeout_ms:
            self._timer.start(timeout_ms)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
