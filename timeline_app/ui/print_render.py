"""The printed document: one renderer for PDF export, the print dialog, the print preview and the CLI.

Layout first, paint second: :class:`DocumentLayout` measures everything on the target device and cuts it into pages
(so the footer can say «صفحة 3 من 12»), then :func:`render` paints the pages. The document reads right to left:

* page 1 opens with a header band: the library name, the filter in Arabic words (``filter_text.describe_filter``),
  the date range and counts;
* the timeline, tiled into strips (``print_tiles``) that continue the axis from strip to strip and page to page;
* the event list: number, the date as written, the resolved date, the title with numbered citation marks, and the
  citations as footnotes at the foot of the page where they are cited (source, outlet, publication date, URL).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen

from timeline_app.ui.timeline.painter import PALETTE

from .print_data import PrintData, PrintEvent
from .print_strip import StripPainter
from .print_text import ACCENT, BAND, INK, MUTED, RULE, Block, GlyphRunPainter, Style, draw_line_text
from .print_tiles import tile

Op = Callable[[QPainter], None]
FOOTNOTE_SPACING = 0.92  # Noto Sans Arabic's line height leaves room for stacked marks; footnotes can be tighter
STRIP_CAPACITY = 24     # a window with more dated events is split without asking the painter


@dataclass
class Page:
    section: str
    ops: list[Op] = field(default_factory=list)


class DocumentLayout:
    def __init__(self, data: PrintData, device: QPagedPaintDevice):
        self.data = data
        self.s = s = Style(device)
        self.area = QRectF(0, 0, device.width(), device.height())
        self.footer_h = s.mm(9)
        self.running_h = s.mm(9)
        self.bottom = self.area.bottom() - self.footer_h
        self.pages: list[Page] = []
        self.y = 0.0
        self._header()
        self._timeline()
        self._event_list()

    # ------------------------------------------------------------------ page bookkeeping
    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self, section: str) -> None:
        self.pages.append(Page(section))
        self.y = self.running_h if len(self.pages) > 1 else 0.0

    def room(self) -> float:
        return self.bottom - self.y

    # ------------------------------------------------------------------ header band (page 1)
    def _header(self) -> None:
        s, a, d = self.s, self.area, self.data
        self.new_page("")
        pad = s.mm(4)
        w = a.width() - 2 * pad - s.mm(2)
        title = Block(s, d.title, s.title, w)
        n_reported = sum(1 for e in d.dated if e.reported)
        n_dated, n_undated = len(d.dated) - n_reported, len(d.undated)
        n_articles = len({(c.article_title, c.outlet, c.published) for e in d.events for c in e.citations})
        n = d.words.num
        lines = [
            Block(s, f"التصفية: \u2068{d.filter_text}\u2069", s.body, w, MUTED),  # isolated: may hold Latin names
            Block(s, f"المدى الزمني: {d.range_text()}", s.body, w, MUTED),
            Block(s, f"عدد الأحداث: {n(len(d.events))} ({n(n_dated)} مؤرخة، "
                     + (f"{n(n_reported)} بلا تاريخ في النص وقعت حتى يوم النشر، " if n_reported else "")
                     + f"{n(n_undated)} بلا تاريخ) · المقالات المصادر: {n(n_articles)} · أعد في "
                     f"{d.words.date(d.generated)}", s.small, w, MUTED),
        ]
        h = pad + title.height + s.mm(1.5) + sum(b.height for b in lines) + pad

        def paint(p: QPainter, h=h) -> None:
            p.fillRect(QRectF(a.left(), 0, a.width(), h), BAND)
            p.fillRect(QRectF(a.right() - s.mm(1.6), 0, s.mm(1.6), h), ACCENT)
            y = pad
            title.draw(p, a.left() + pad, y)
            y += title.height + s.mm(1.5)
            for b in lines:
                b.draw(p, a.left() + pad, y)
                y += b.height

        self.page.ops.append(paint)
        self.y = h + s.mm(6)

    def _section_heading(self, text: str) -> None:
        s, a = self.s, self.area
        block = Block(s, text, s.h2, a.width(), ACCENT)
        need = block.height + s.mm(3)
        y = self.y

        def paint(p: QPainter) -> None:
            block.draw(p, a.left(), y)
            p.setPen(QPen(ACCENT, s.pt(1)))
            p.drawLine(QPointF(a.left(), y + block.height + s.mm(0.8)), QPointF(a.right(), y + block.height + s.mm(0.8)))

        self.page.ops.append(paint)
        self.y += need + s.mm(2)

    # ------------------------------------------------------------------ timeline strips
    def _timeline(self) -> None:
        s, a, d = self.s, self.area, self.data
        self.page.section = "الخط الزمني"
        self._section_heading("الخط الزمني")
        data = d.timeline
        painter = StripPainter(s, a.width(), d, data)
        starts = np.floor(data.start).astype(np.int64)
        ends = np.maximum(np.ceil(data.end).astype(np.int64), starts + 1)
        strips = tile(starts.tolist(), ends.tolist(), STRIP_CAPACITY, painter.crowded)
        if not strips:
            self._note("لا أحداث مؤرخة لرسمها على الخط الزمني.")
        else:
            self._legend(data)
        for strip in strips:
            h = painter.height(strip)
            if h > self.room():
                self.new_page("الخط الزمني")
            rect = QRectF(a.left(), self.y, a.width(), h)
            self.page.ops.append(lambda p, r=rect, st=strip: painter.paint(p, r, st))
            self.y += h + s.mm(4)
        if d.undated:
            nums = "، ".join(d.words.num(e.number) for e in d.undated[:40]) + ("…" if len(d.undated) > 40 else "")
            self._note(f"أحداث بلا تاريخ محدد ({d.words.num(len(d.undated))}) لا تظهر على الخط الزمني، وهي في القائمة: {nums}")

    def _legend(self, data) -> None:
        """The outlet colours, one line, right to left: ● name  ● name …"""
        names = list(getattr(data, "color_names", []) or [])
        if not [n for n in names if n and n != "؟"]:  # no outlet known: one colour, nothing to explain
            return
        s, a = self.s, self.area
        h = s.metrics(s.small).height() * 1.2
        y = self.y
        items = [(PALETTE[i % len(PALETTE)], n or "—") for i, n in enumerate(names[:12])]
        extra = len(names) - len(items)

        def paint(p: QPainter) -> None:
            x = a.right()
            r = s.mm(1.1)
            draw_line_text(p, s, QRectF(a.left(), y, x - a.left(), h), "ألوان المصادر:", s.small, MUTED,
                           Qt.AlignmentFlag.AlignRight)
            x -= s.width(s.small, "ألوان المصادر:") + s.mm(3)
            for color, name in items:
                w = min(s.width(s.small, name), s.mm(45))
                if x - w - 3 * r < a.left():
                    break
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color)
                p.drawEllipse(QPointF(x - r, y + h / 2), r, r)
                draw_line_text(p, s, QRectF(x - 3 * r - w, y, w, h), name, s.small, INK, Qt.AlignmentFlag.AlignRight)
                x -= 3 * r + w + s.mm(4)
            if extra > 0 and x - s.mm(10) > a.left():
                draw_line_text(p, s, QRectF(x - s.mm(10), y, s.mm(10), h), f"+{extra}", s.small, MUTED,
                               Qt.AlignmentFlag.AlignRight)

        self.page.ops.append(paint)
        self.y += h + s.mm(2)

    def _note(self, text: str) -> None:
        s, a = self.s, self.area
        block = Block(s, text, s.small, a.width(), MUTED)
        if block.height > self.room():
            self.new_page(self.page.section)
        y = self.y
        self.page.ops.append(lambda p: block.draw(p, a.left(), y))
        self.y += block.height + s.mm(2)

    # ------------------------------------------------------------------ event list with footnotes
    def _columns(self) -> list[tuple[float, float]]:
        """(left x, width) of: number, date as written, resolved date, title — from the right edge leftwards."""
        s, a = self.s, self.area
        widths = [s.mm(9), s.mm(36), s.mm(34)]
        cols, right = [], a.right()
        for w in widths:
            cols.append((right - w, w - s.mm(2)))
            right -= w
        cols.append((a.left(), right - a.left() - s.mm(2)))  # the same gap before the resolved date's column
        return cols

    def _event_list(self) -> None:
        s, a, d = self.s, self.area, self.data
        if not d.events:
            return
        self.new_page("قائمة الأحداث")
        self._section_heading("قائمة الأحداث")
        cols = self._columns()
        head = [Block(s, t, s.body_bold, c[1], MUTED) for t, c in
                zip(("#", "التاريخ كما ورد", "التاريخ المحدد", "الحدث ومصادره"), cols)]
        pad = s.mm(1.0)
        head_h = max(b.height for b in head) + 2 * pad
        notes_h = 0.0            # footnotes already reserved on this page
        notes: list[tuple[int, Block]] = []
        on_page: set[int] = set()  # footnote numbers already at the foot of this page
        blocks: dict[int, Block] = {}
        sep = s.mm(5)

        def start_page(first: bool) -> None:
            nonlocal notes_h, notes, on_page
            if not first:
                self._flush_notes(notes)
                self.new_page("قائمة الأحداث")
            notes_h, notes, on_page = 0.0, [], set()
            y = self.y
            self.page.ops.append(lambda p, y=y: self._paint_row(p, y, head_h, head, cols, pad, header=True))
            self.y += head_h

        start_page(first=True)
        for i, e in enumerate(d.events):
            cells = self._row_cells(e, cols)
            base = max(b.ascent for b in cells)
            row_h = max(b.height + base - b.ascent for b in cells) + 2 * pad
            for c in e.citations:
                if c.number not in blocks:
                    blocks[c.number] = self._footnote(c)
            fns = [(c.number, blocks[c.number]) for c in e.citations if c.number not in on_page]
            fn_h = sum(b.height for _, b in fns)
            if self.y + row_h + notes_h + fn_h + sep > self.bottom and (notes or self.y > self.running_h + head_h + s.mm(12)):
                start_page(first=False)
                fns = [(c.number, blocks[c.number]) for c in e.citations]
                fn_h = sum(b.height for _, b in fns)
            y = self.y
            self.page.ops.append(lambda p, y=y, h=row_h, c=cells, z=i % 2: self._paint_row(p, y, h, c, cols, pad, z))
            self.y += row_h
            notes += fns
            notes_h += fn_h
            on_page.update(c.number for c in e.citations)
        self._flush_notes(notes)

    def _footnote(self, c) -> Block:
        """One line when it fits, else the URL goes to a line of its own (never broken inside the text)."""
        s, a = self.s, self.area
        n, words = self.data.words.num, self.data.words
        one = f"[{n(c.number)}] {c.footnote(url_on_own_line=False, words=words)}"
        if s.width(s.tiny, one) <= a.width():
            return Block(s, one, s.tiny, a.width(), line_spacing=FOOTNOTE_SPACING)
        return Block(s, f"[{n(c.number)}] {c.footnote(words=words)}", s.tiny, a.width(), line_spacing=FOOTNOTE_SPACING)

    def _row_cells(self, e: PrintEvent, cols: list[tuple[float, float]]) -> list[Block]:
        s = self.s
        n = self.data.words.num
        refs = " ".join(f"[{n(c.number)}]" for c in e.citations)
        return [
            s.block(n(e.number), s.body_bold, cols[0][1], ACCENT),
            s.block(e.date_text or "—", s.small, cols[1][1], INK),
            s.block(e.resolved, s.small, cols[2][1], INK if e.dated else MUTED),
            Block(s, f"{e.title}  {refs}" if refs else e.title, s.body, cols[3][1], INK),
        ]

    def _paint_row(self, p: QPainter, y: float, h: float, cells: list[Block], cols, pad: float,
                   stripe: int = 0, header: bool = False) -> None:
        s, a = self.s, self.area
        if header:
            p.fillRect(QRectF(a.left(), y, a.width(), h), BAND)
        elif stripe:
            p.fillRect(QRectF(a.left(), y, a.width(), h), BAND.lighter(103))
        base = max(b.ascent for b in cells)
        for b, (x, _w) in zip(cells, cols):
            b.draw(p, x, y + pad + base - b.ascent)  # first lines share one baseline
        p.setPen(QPen(RULE, s.pt(0.5)))
        p.drawLine(QPointF(a.left(), y + h), QPointF(a.right(), y + h))

    def _flush_notes(self, numbered: list[tuple[int, Block]]) -> None:
        if not numbered:
            return
        s, a = self.s, self.area
        notes = [b for _, b in sorted(numbered, key=lambda nb: nb[0])]
        total = sum(b.height for b in notes)
        y0 = self.bottom - total

        def paint(p: QPainter) -> None:
            p.setPen(QPen(MUTED, s.pt(0.6)))
            p.drawLine(QPointF(a.right() - s.mm(40), y0 - s.mm(2)), QPointF(a.right(), y0 - s.mm(2)))
            y = y0
            for b in notes:
                b.draw(p, a.left(), y)
                y += b.height

        self.page.ops.append(paint)

    # ------------------------------------------------------------------ running header and footer
    def paint_frame(self, p: QPainter, index: int) -> None:
        s, a = self.s, self.area
        total = len(self.pages)
        page = self.pages[index]
        if index > 0:
            h = self.running_h - s.mm(3)
            draw_line_text(p, s, QRectF(a.left() + a.width() * 0.4, 0, a.width() * 0.6, h), self.data.title,
                           s.small, MUTED, Qt.AlignmentFlag.AlignRight)
            draw_line_text(p, s, QRectF(a.left(), 0, a.width() * 0.4, h), page.section, s.small, MUTED,
                           Qt.AlignmentFlag.AlignLeft)
            p.setPen(QPen(RULE, s.pt(0.5)))
            p.drawLine(QPointF(a.left(), h + s.mm(0.5)), QPointF(a.right(), h + s.mm(0.5)))
        fy = a.bottom() - self.footer_h + s.mm(3)
        p.setPen(QPen(RULE, s.pt(0.5)))
        p.drawLine(QPointF(a.left(), fy), QPointF(a.right(), fy))
        draw_line_text(p, s, QRectF(a.left(), fy + s.mm(0.5), a.width(), self.footer_h - s.mm(3.5)),
                       f"صفحة {self.data.words.num(index + 1)} من {self.data.words.num(total)}", s.small, MUTED, Qt.AlignmentFlag.AlignHCenter)


def render(data: PrintData, device: QPagedPaintDevice, preview: bool = False) -> int:
    """Lay out and paint the document on ``device`` (QPdfWriter or QPrinter); returns the number of pages painted.
    A QPrinter set to a page range by the print dialog gets only those pages (numbered as in the whole document).
    ``preview``: the device is a print preview's printer (pages recorded as QPictures): text goes as glyph runs."""
    doc = DocumentLayout(data, device)
    wanted = _page_range(device, len(doc.pages))
    painter = GlyphRunPainter() if preview else QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device (is the file writable?)")
    try:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for n, i in enumerate(wanted):
            if n:
                device.newPage()
            for op in doc.pages[i].ops:
                painter.save()
                op(painter)
                painter.restore()
            doc.paint_frame(painter, i)
    finally:
        painter.end()
    return len(wanted)


def _page_range(device: QPagedPaintDevice, total: int) -> range:
    from PySide6.QtPrintSupport import QPrinter
    if isinstance(device, QPrinter) and device.printRange() == QPrinter.PrintRange.PageRange \
            and device.fromPage() > 0:
        first = min(device.fromPage(), total)
        last = min(max(device.toPage(), first), total)
        return range(first - 1, last)
    return range(total)
