"""The article text as a reader sees it: right to left, read-only, with the selected event's evidence highlighted
and scrolled into view, other time expressions subtly marked, and a chosen citation's source, cue and claim shown.

Offsets from the store are Python ``str`` indices; QTextDocument counts UTF-16 units and folds ``\\r\\n`` into one
paragraph break, so ``OffsetMap`` converts between the two.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from timeline_app.ui.fonts import arabic_font

EVIDENCE_BG = QColor("#ffe28a")
CLAIM_BG = QColor("#cfe2ff")
SOURCE_FG = QColor("#0b4f9c")
TIMEX_FG = QColor("#6a5a8c")
EVENT_TIMEX_BG = QColor("#ffc94d")


class OffsetMap:
    """Python str index -> QTextDocument position (and back)."""

    def __init__(self, text: str):
        self.identity = "\r" not in text and all(ord(c) <= 0xFFFF for c in text)
        self._to_doc: list[int] | None = None
        if not self.identity:
            pos, out = 0, []
            for i, ch in enumerate(text):
                out.append(pos)
                if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
                    continue  # \r\n is one break in the document
                pos += 2 if ord(ch) > 0xFFFF else 1
            out.append(pos)
            self._to_doc = out

    def to_doc(self, i: int) -> int:
        if self.identity:
            return i
        i = max(0, min(i, len(self._to_doc) - 1))
        return self._to_doc[i]

    def to_text(self, pos: int) -> int:
        if self.identity:
            return pos
        import bisect
        return bisect.bisect_left(self._to_doc, pos)


def _fmt(bg: QColor | None = None, fg: QColor | None = None, bold: bool = False, underline=None) -> QTextCharFormat:
    f = QTextCharFormat()
    if bg is not None:
        f.setBackground(QBrush(bg))
    if fg is not None:
        f.setForeground(QBrush(fg))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    if underline is not None:
        f.setUnderlineStyle(underline)
        f.setUnderlineColor(fg or TIMEX_FG)
    return f


class ArticleTextView(QTextBrowser):
    """Read-only article text. ``set_article(text, timexes, rtl)`` then ``highlight(...)``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # drops go to the window (files to import)
        self.setFont(arabic_font(12))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text = ""
        self.map = OffsetMap("")
        self._timexes: list[dict] = []
        self._spans: dict[str, list] = {}

    def set_article(self, text: str, timexes: list[dict] | None = None, rtl: bool = True) -> None:
        self.text = text or ""
        self.map = OffsetMap(self.text)
        self._timexes = list(timexes or [])
        self._spans = {}
        doc = self.document()
        opt = QTextOption(doc.defaultTextOption())
        opt.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        opt.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                         | Qt.AlignmentFlag.AlignAbsolute)
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(opt)
        self.setPlainText(self.text)
        self._apply()

    def highlight(self, evidence: tuple[int, int] | None = None, event_timex: tuple[int, int] | None = None,
                  claim: tuple[int, int] | None = None, source: tuple[int, int] | None = None,
                  cue: tuple[int, int] | None = None, scroll_to: str = "evidence") -> None:
        """Mark spans (Python offsets into the text). ``scroll_to``: 'evidence' or 'claim'."""
        self._spans = {k: v for k, v in (("evidence", evidence), ("event_timex", event_timex), ("claim", claim),
                                         ("source", source), ("cue", cue)) if v and v[1] > v[0]}
        self._apply()
        target = self._spans.get(scroll_to) or self._spans.get("evidence")
        if target:
            self.scroll_to_span(*target)

    def spans(self) -> dict[str, tuple[int, int]]:
        return dict(self._spans)

    def scroll_to_span(self, start: int, end: int) -> None:
        c = QTextCursor(self.document())
        c.setPosition(self.map.to_doc(end))
        self.setTextCursor(c)
        self.ensureCursorVisible()
        c.setPosition(self.map.to_doc(start))
        self.setTextCursor(c)
        self.ensureCursorVisible()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        c = QTextCursor(self.document())
        c.setPosition(self.map.to_doc(start))
        c.setPosition(self.map.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = c
        sel.format = fmt
        return sel

    def _apply(self) -> None:
        n = len(self.text)
        sels = []
        subtle = _fmt(fg=TIMEX_FG, underline=QTextCharFormat.UnderlineStyle.DotLine)
        for t in self._timexes:
            s, e = int(t.get("start", 0)), int(t.get("end", 0))
            if 0 <= s < e <= n:
                sels.append(self._selection(s, e, subtle))
        order = (("evidence", _fmt(bg=EVIDENCE_BG)), ("claim", _fmt(bg=CLAIM_BG)),
                 ("event_timex", _fmt(bg=EVENT_TIMEX_BG, bold=True)),
                 ("source", _fmt(fg=SOURCE_FG, bold=True)),
                 ("cue", _fmt(fg=SOURCE_FG, underline=QTextCharFormat.UnderlineStyle.SingleUnderline)))
        for key, fmt in order:
            span = self._spans.get(key)
            if span and 0 <= span[0] < span[1] <= n:
                sels.append(self._selection(span[0], span[1], fmt))
        self.setExtraSelections(sels)

    def selected_span(self) -> tuple[int, int] | None:
        """The text selection as Python offsets, or None."""
        c = self.textCursor()
        if not c.hasSelection():
            return None
        return self.map.to_text(c.selectionStart()), self.map.to_text(c.selectionEnd())
