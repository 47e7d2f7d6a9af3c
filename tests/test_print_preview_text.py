"""The print preview shows what the PDF shows. The preview records each page as a QPicture, which stores text as
strings cut at every change of script or direction and draws each piece again on its own: spaces between Arabic words
and digits vanish and brackets turn («صفحة1 من 2»). The document is therefore painted with glyph runs for the preview
(print_text.GlyphRunPainter); these tests replay a recorded picture and compare it with direct painting."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPicture

from timeline_app.ui.print_text import Block, GlyphRunPainter, Style, draw_line_text, make_font

LINE = "صفحة 1 من 12 · عدد الأحداث: 10 (5 مؤرخة، 5 بلا تاريخ) · التصفية: \u2068كل الأحداث\u2069"
PARAGRAPH = ("الحوثيون قالوا في 12 يناير 2024 إن الهجمات (وعددها 27 هجومًا) ستستمر، وذكرت مصادر إيرانية "
             "في 3 فبراير أن المحادثات جرت في مسقط بعد 10 أيام من التصعيد. ") * 2
W, H = 900, 260


def _scene(p: QPainter, style: Style) -> None:
    """Everything the document draws text with: a one-line cell, a wrapped paragraph (QTextLayout), a line fitted in
    a rectangle, and the timeline painter's ``drawText(rect, flags, text)``."""
    p.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    font = make_font(11)
    draw_line_text(p, style, QRectF(10, 5, W - 20, 30), LINE, font, QColor("black"), Qt.AlignmentFlag.AlignRight)
    Block(style, PARAGRAPH, font, W - 20).draw(p, 10, 40)
    p.setFont(font)
    p.setPen(QColor("black"))
    p.drawText(QRectF(10, 200, W - 20, 30), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
               | Qt.AlignmentFlag.AlignVCenter, "كانون الثاني 2024 · 3 أحداث")
    p.drawText(QPointF(10, 250), "(5 مؤرخة) 10 أيام")


def _image() -> QImage:
    img = QImage(W, H, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    return img


def _direct() -> np.ndarray:
    img = _image()
    p = QPainter(img)
    _scene(p, Style(img))
    p.end()
    return _pixels(img)


def _through_picture(painter: QPainter) -> np.ndarray:
    pic = QPicture()
    assert painter.begin(pic)
    _scene(painter, Style(_image()))  # measured like the page it replays on
    painter.end()
    img = _image()
    p = QPainter(img)
    p.drawPicture(0, 0, pic)
    p.end()
    return _pixels(img)


def _pixels(img: QImage) -> np.ndarray:
    img = img.convertToFormat(QImage.Format.Format_Grayscale8)
    arr = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
    return arr[:, :img.width()] < 128   # ink


def _dilate(m: np.ndarray, r: int = 1) -> np.ndarray:
    out = m.copy()
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            out |= np.roll(np.roll(m, dy, 0), dx, 1)
    return out


def _mismatch(a: np.ndarray, b: np.ndarray) -> float:
    """Share of ink in either image with no ink of the other within a pixel (antialiasing and sub-pixel placement
    differ between a replayed picture and direct painting; a lost space moves whole words)."""
    lost = (a & ~_dilate(b)).sum() + (b & ~_dilate(a)).sum()
    return float(lost) / max(int(a.sum() + b.sum()), 1)


def test_glyph_runs_survive_the_preview_picture(qapp):
    from timeline_app.ui.fonts import install_fonts
    install_fonts()
    direct = _direct()
    assert direct.sum() > 5000                       # there is text to compare
    assert _mismatch(direct, _through_picture(GlyphRunPainter())) < 0.01


def test_plain_text_through_a_picture_is_what_went_wrong(qapp):
    """The control: plain text drawing recorded in a picture comes back rearranged (this is why the preview needs
    glyph runs). If Qt ever fixes QPicture, the preview may go back to plain drawing."""
    from timeline_app.ui.fonts import install_fonts
    install_fonts()
    assert _mismatch(_direct(), _through_picture(QPainter())) > 0.08


@pytest.mark.parametrize("flags", [Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight,
                                   Qt.AlignmentFlag.AlignHCenter])
def test_aligned_text_lands_where_qpainter_puts_it(qapp, flags):
    """drawText(rect, flags, text) keeps Qt's meaning of the flags (left and right are mirrored in right-to-left
    painting unless AlignAbsolute)."""
    from timeline_app.ui.fonts import install_fonts
    install_fonts()

    def scene(p):
        p.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        p.setFont(make_font(11))
        p.setPen(QColor("black"))
        p.drawText(QRectF(10, 10, W - 20, 40), flags | Qt.AlignmentFlag.AlignVCenter, "شباط 2024 · 2 أحداث")

    a, b = _image(), _image()
    p = QPainter(a)
    scene(p)
    p.end()
    g = GlyphRunPainter(b)
    scene(g)
    g.end()
    assert _mismatch(_pixels(a), _pixels(b)) < 0.05


def test_the_preview_dialog_paints_with_glyph_runs(qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from timeline_app.model.library import ensure_default_library
    from timeline_app.model.store import Store
    from timeline_app.ui import print_render
    from timeline_app.ui.printing import make_preview_dialog

    runs = []

    class Counting(GlyphRunPainter):
        def draw_layout(self, layout, pos):
            runs.append(len(layout.glyphRuns()))
            super().draw_layout(layout, pos)

    monkeypatch.setattr(print_render, "GlyphRunPainter", Counting)
    with Store.open(ensure_default_library(tmp_path / "seed.db")) as store:
        dialog = make_preview_dialog(None, store)
        qtbot.addWidget(dialog)
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        assert preview.pageCount() >= 2
    assert len(runs) > 50 and sum(runs) > len(runs)   # every text of the document, Arabic and digits in runs
