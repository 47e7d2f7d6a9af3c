"""Shaped-text cache: Arabic shaping is the costliest part of a frame, and labels repeat from frame to frame.

Each (text, font) is laid out once as a right-to-left QStaticText; drawing it again costs a few microseconds.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QFont, QFontMetricsF, QPaintEngine, QPainter, QStaticText, QTextOption,
                           QTransform)


class TextCache:
    def __init__(self, limit: int = 6000):
        self.limit = limit
        self._items: OrderedDict[tuple, QStaticText] = OrderedDict()
        self._elided: OrderedDict[tuple, str] = OrderedDict()
        self._option = QTextOption()
        self._option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        self._option.setWrapMode(QTextOption.WrapMode.NoWrap)
        self.static = True
        self._widths: dict[tuple, float] = {}
        self._fms: dict[tuple, QFontMetricsF] = {}
        self._device = None
        self._font_keys: dict[int, tuple[QFont, str]] = {}
        self._dpi = 96

    def begin(self, p: QPainter) -> None:
        """Static text is laid out for the screen; on PDF/SVG/printer devices draw and measure plainly instead."""
        engine = p.paintEngine()
        self.static = engine is not None and engine.type() == QPaintEngine.Type.Raster
        self._dpi = p.device().logicalDpiY() if p.device() is not None else 96
        self._device = p.device()

    def _fkey(self, font: QFont) -> str:
        k = self._font_keys.get(id(font))
        if k is None or k[0] is not font:
            k = self._font_keys[id(font)] = (font, font.key())
        return k[1]

    def get(self, text: str, font: QFont) -> QStaticText:
        key = (text, self._fkey(font))
        st = self._items.get(key)
        if st is None:
            st = QStaticText(text)
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.setTextOption(self._option)
            st.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            st.prepare(QTransform(), font)
            self._items[key] = st
            if len(self._items) > self.limit:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return st

    def width(self, text: str, font: QFont, fm: QFontMetricsF | None = None) -> float:
        """Advance width, cached (measuring does not prepare a static text: most measured labels are then elided)."""
        key = ("w", text, self._fkey(font), self._dpi)
        w = self._widths.get(key)
        if w is None:
            fm = self._metrics(font)
            w = self._widths[key] = fm.horizontalAdvance(text)
            if len(self._widths) > 4 * self.limit:
                self._widths.clear()
        return w

    def _metrics(self, font: QFont) -> QFontMetricsF:
        key = (self._fkey(font), self._dpi)
        fm = self._fms.get(key)
        if fm is None:
            fm = self._fms[key] = QFontMetricsF(font, self._device) if self._device is not None else QFontMetricsF(font)
        return fm

    def elide(self, text: str, font: QFont, fm: QFontMetricsF, width: float) -> str:
        """Elided at the end of the reading (the visual left for Arabic); widths are bucketed by 8 px for reuse."""
        bucket = int(width // 8) * 8
        key = (text, self._fkey(font), bucket, self._dpi)
        out = self._elided.get(key)
        if out is None:
            out = fm.elidedText(text, Qt.TextElideMode.ElideRight, bucket)
            self._elided[key] = out
            if len(self._elided) > self.limit:
                self._elided.popitem(last=False)
        return out

    def draw(self, p: QPainter, text: str, font: QFont, rect: QRectF, align: str = "center") -> float:
        """Draw ``text`` inside ``rect`` aligned "center", "right" or "left" (visual), vertically centred."""
        if not self.static:
            flags = {"right": Qt.AlignmentFlag.AlignRight, "left": Qt.AlignmentFlag.AlignLeft}.get(
                align, Qt.AlignmentFlag.AlignHCenter)
            p.setFont(font)
            p.drawText(rect, flags | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter, text)
            return rect.width()
        st = self.get(text, font)
        size = st.size()
        if align == "right":
            x = rect.right() - size.width()
        elif align == "left":
            x = rect.left()
        else:
            x = rect.center().x() - size.width() / 2
        p.drawStaticText(QPointF(x, rect.center().y() - size.height() / 2), st)
        return size.width()
