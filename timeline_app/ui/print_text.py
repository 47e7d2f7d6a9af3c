"""Page styling and right-to-left text blocks for the printed document.

Everything is measured on the target paint device (QPdfWriter or QPrinter) so sizes in points and millimetres come out
right at any resolution: fonts are set in points, lengths are converted with the device's DPI, and paragraphs are laid
out with QTextLayout on that device (no QTextDocument, which lays out at screen resolution and prints tiny on a
high-resolution PDF).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QTextLayout, QTextOption

FAMILIES = ["Noto Sans Arabic", "Noto Sans"]   # Noto Sans Arabic keeps Arabic text extractable from the PDF
INK = QColor("#1b1b1b")
MUTED = QColor("#5f6368")
RULE = QColor("#c9ced3")
ACCENT = QColor("#1d5c75")
ACCENT_LIGHT = QColor("#9cc3d3")
BAND = QColor("#eef3f6")


def make_font(points: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPointSizeF(points)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


class Style:
    """Fonts and lengths for one device."""

    def __init__(self, device: QPaintDevice):
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.title = make_font(17, bold=True)
        self.h2 = make_font(12.5, bold=True)
        self.body = make_font(9.5)
        self.body_bold = make_font(9.5, bold=True)
        self.small = make_font(8)
        self.tiny = make_font(7)
        self.tiny_bold = make_font(7, bold=True)
        self._metrics: dict[int, QFontMetricsF] = {}
        self._elided: dict[tuple, str] = {}
        self._blocks: dict[tuple, Block] = {}

    def mm(self, v: float) -> float:
        return v * self.dpi / 25.4

    def pt(self, v: float) -> float:
        return v * self.dpi / 72.0

    def metrics(self, font: QFont) -> QFontMetricsF:
        key = id(font)
        m = self._metrics.get(key)
        if m is None:
            m = self._metrics[key] = QFontMetricsF(font, self.device)
        return m

    def width(self, font: QFont, text: str) -> float:
        return self.metrics(font).horizontalAdvance(text)

    def elide(self, font: QFont, text: str, width: float) -> str:
        key = (text, id(font), round(width))
        out = self._elided.get(key)
        if out is None:  # the logical end is elided: the visual left in right-to-left text
            out = self._elided[key] = self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        return out

    def block(self, text: str, font: QFont, width: float, color: QColor = INK) -> "Block":
        """A Block, shared between identical cells (dates repeat a lot in an event list): laid out once."""
        key = (text, id(font), round(width), color.rgba())
        b = self._blocks.get(key)
        if b is None:
            b = self._blocks[key] = Block(self, text, font, width, color)
        return b


class Block:
    """A paragraph laid out right to left in a given width; ``height`` is known before drawing."""

    def __init__(self, style: Style, text: str, font: QFont, width: float, color: QColor = INK,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight, line_spacing: float = 1.0,
                 direction: Qt.LayoutDirection = Qt.LayoutDirection.RightToLeft):
        self.width = width
        self.color = color
        self.layout: QTextLayout | None = None
        self.ascent = style.metrics(font).ascent()   # to line up baselines of cells in different sizes
        leading = style.metrics(font).height() * line_spacing
        text_width = style.width(font, text) if "\u2028" not in text and "\n" not in text else width + 1
        if text_width <= width:
            # one line: no QTextLayout (a thousand-event list has thousands of these cells); drawn at its baseline,
            # which is also the quickest way QPainter draws text
            self.text, self.font, self.height = text, font, leading
            if align & Qt.AlignmentFlag.AlignHCenter:
                self.dx = (width - text_width) / 2
            elif align & Qt.AlignmentFlag.AlignLeft:
                self.dx = 0.0
            else:
                self.dx = width - text_width
            return
        opt = QTextOption()
        opt.setTextDirection(direction)
        # In right-to-left text AlignRight alone means the visual left: AlignAbsolute pins it to the right edge.
        opt.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute)
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout = QTextLayout(text, font, style.device)
        self.layout.setTextOption(opt)
        self.layout.setCacheEnabled(True)
        y = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += leading
        self.layout.endLayout()
        self.height = y

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.color)
        if self.layout is None:
            painter.setFont(self.font)
            painter.drawText(QPointF(x + self.dx, y + self.ascent), self.text)
        elif isinstance(painter, GlyphRunPainter):
            painter.draw_layout(self.layout, QPointF(x, y))
        else:
            self.layout.draw(painter, QPointF(x, y))


class GlyphRunPainter(QPainter):
    """A QPainter that draws text as shaped glyph runs, for the print preview.

    The preview records each page in a QPicture, and QPicture stores text as strings cut at every change of script
    or direction, each drawn again on its own when the page is shown: the spaces between Arabic words and digits
    vanish and brackets turn the wrong way («صفحة1 من 2», «)5»). Glyph runs are recorded as laid out, so the preview
    shows what the PDF shows. Python code that paints the document (this module, the timeline's painter) calls
    ``drawText``, which lands here; QTextLayouts go through :meth:`draw_layout`. (PDF export and printing keep plain
    text drawing: there the text must stay text, searchable and copyable.)"""

    def draw_layout(self, layout: QTextLayout, pos: QPointF) -> None:
        for run in layout.glyphRuns():
            self.drawGlyphRun(pos, run)

    def _line(self, text: str, width: float | None, align: Qt.AlignmentFlag) -> tuple[QTextLayout, float]:
        opt = QTextOption()
        opt.setTextDirection(self.layoutDirection())
        opt.setWrapMode(QTextOption.WrapMode.NoWrap)
        opt.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute)
        layout = QTextLayout(text, self.font(), self.device())
        layout.setTextOption(opt)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width if width is not None else 1e6)
        line.setPosition(QPointF(0, 0))
        layout.endLayout()
        return layout, line.height() if line.isValid() else 0.0

    def drawText(self, *args) -> None:  # noqa: N802 (Qt's name: every caller's drawText comes here)
        if len(args) == 2 and isinstance(args[0], (QPointF, QPoint)) and isinstance(args[1], str):
            pos, text = QPointF(args[0]), args[1]    # baseline, left end
            layout, _h = self._line(text, None, Qt.AlignmentFlag.AlignLeft)
            ascent = layout.lineAt(0).ascent() if layout.lineCount() else 0.0
            self.draw_layout(layout, QPointF(pos.x(), pos.y() - ascent))
            return
        if len(args) >= 3 and isinstance(args[0], (QRectF, QRect)) and isinstance(args[2], str):
            rect, flags, text = QRectF(args[0]), Qt.AlignmentFlag(int(args[1])), args[2]
            horizontal = flags & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignJustify)
            if not (flags & Qt.AlignmentFlag.AlignAbsolute) and self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
                    and horizontal in (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight):
                horizontal = Qt.AlignmentFlag.AlignRight if horizontal == Qt.AlignmentFlag.AlignLeft \
                    else Qt.AlignmentFlag.AlignLeft  # Qt mirrors left/right in right-to-left text unless absolute
            layout, h = self._line(text, rect.width(), Qt.AlignmentFlag(horizontal or Qt.AlignmentFlag.AlignLeft))
            if flags & Qt.AlignmentFlag.AlignVCenter:
                y = rect.top() + (rect.height() - h) / 2
            elif flags & Qt.AlignmentFlag.AlignBottom:
                y = rect.bottom() - h
            else:
                y = rect.top()
            self.draw_layout(layout, QPointF(rect.left(), y))
            return
        super().drawText(*args)


def draw_line_text(painter: QPainter, style: Style, rect: QRectF, text: str, font: QFont, color: QColor,
                   align: Qt.AlignmentFlag) -> None:
    """One line of text in ``rect`` (elided to fit), vertically centred, aligned absolutely (left means left, right
    means right); drawn at its baseline, the quickest way QPainter draws text."""
    text = style.elide(font, text, rect.width())
    m = style.metrics(font)
    w = style.width(font, text)
    if align & Qt.AlignmentFlag.AlignHCenter:
        x = rect.left() + (rect.width() - w) / 2
    elif align & Qt.AlignmentFlag.AlignLeft:
        x = rect.left()
    else:
        x = rect.right() - w
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(QPointF(x, rect.top() + (rect.height() - m.height()) / 2 + m.ascent()), text)
