"""Printing: the PDF document (poppler reads it, fonts embedded, Arabic text extractable, pages grow with the range),
the tiling of the timeline into strips, the print/preview route on a QPrinter, and PNG/SVG export of the view."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
import xml.dom.minidom
from pathlib import Path

import pytest

from timeline_app.model.filters import EventFilter
from timeline_app.model.store import Store
from timeline_app.model.types import ArticleInput, Attribution, Event, Extraction, Timex
from timeline_app.ui.print_data import DateWords, format_span
from timeline_app.ui.print_tiles import tile, window_of

needs_poppler = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdfinfo", "pdffonts", "pdftotext")),
                                   reason="poppler-utils not installed")

TITLES = ["أجريا محادثات سرية في سلطنة عمان", "نفذت الولايات المتحدة ضربات على أهداف للحوثيين",
          "وجهت ضربات عدة على قواعد في العراق وسوريا"]


def _article(store: Store, n: int, events: list[tuple[str, dt.date, dt.date, str]], outlet: str = "الشرق الأوسط",
             source: str = "مصادر إيرانية", url: str | None = "https://example.com/news/1") -> None:
    """One article whose extraction holds ``events`` (title, start, end exclusive, granularity), each attributed."""
    text = " ".join(f"قال {source} إن الحدث رقم {i} وقع في {s.isoformat()}." for i, (_, s, _, _) in enumerate(events))
    text = f"مقال {n}. " + text
    timexes, evs = [], []
    pos = 0
    for i, (title, start, end, gran) in enumerate(events):
        sentence = f"قال {source} إن الحدث رقم {i} وقع في {start.isoformat()}."
        pos = text.index(sentence, pos)
        d0 = pos + sentence.index(start.isoformat())
        timexes.append(Timex(d0, d0 + 10, start.isoformat(), "DATE", start.isoformat(), gran,
                             start_date=start, end_date=end))
        evs.append(Event(pos, pos + len(sentence), title, timex_index=i, date_text=f"يوم {start.day}",
                         attribution_indexes=[0]))
        pos += len(sentence)
    attribution = Attribution(source, 4 + len(str(n)) + 2, 0, "official_anonymous", "قال", 0, 3, 0, 1)
    attribution.source_start = text.index(source)
    attribution.source_end = attribution.source_start + len(source)
    store.add_article(ArticleInput(text=text, path=f"a{n}.txt", format="txt", title=f"عنوان المقال {n}", outlet=outlet,
                                   url=url, published=dt.date(2024, 3, 15), published_source="metadata",
                                   published_guessed=False),
                      Extraction(timexes, [attribution], evs))


@pytest.fixture
def small_store(tmp_path):
    store = Store.open(tmp_path / "سجل الأحداث.tldb")
    day = dt.timedelta(days=1)
    _article(store, 1, [(TITLES[0], dt.date(2024, 1, 10), dt.date(2024, 1, 10) + day, "day"),
                        (TITLES[1], dt.date(2024, 1, 11), dt.date(2024, 1, 11) + day, "day"),
                        (TITLES[2], dt.date(2024, 2, 1), dt.date(2024, 2, 11), "range")])
    yield store
    store.close()


def _spread_store(path: Path, days: int, n: int) -> Store:
    """``n`` day events spread evenly over ``days`` days, ten per article."""
    store = Store.open(path)
    first = dt.date(2023, 1, 1)
    events = [(f"حدث تجريبي رقم {i}", first + dt.timedelta(days=i * days // n),
               first + dt.timedelta(days=i * days // n + 1), "day") for i in range(n)]
    for k in range(0, n, 10):
        _article(store, k, events[k:k + 10], outlet=f"منفذ {k % 3}")
    return store


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    # Qt writes Arabic as shaped glyphs mapped to presentation forms; NFKC folds them back to the letters typed
    text = unicodedata.normalize("NFKC", out.stdout)
    return re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


# ---------------------------------------------------------------------------------------------- the PDF

@needs_poppler
def test_pdf_of_small_store_is_readable_embedded_and_searchable(qapp, small_store, tmp_path):
    from timeline_app.ui.printing import export_pdf

    out = tmp_path / "timeline.pdf"
    pages = export_pdf(small_store, out, words=DateWords("egypt"))
    assert pages >= 2                                  # timeline, then the event list on its own page
    assert _pages(out) == pages
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts, "no fonts in the PDF"
    for line in fonts:
        cols = line.split()
        emb = cols[-5]                                 # name type [type] encoding emb sub uni object ID
        assert emb == "yes", line
    assert any("NotoSansArabic" in line for line in fonts)
    text = _pdf_text(out)
    compact = re.sub(r"\s+", "", text)
    for title in TITLES:
        assert re.sub(r"\s+", "", title) in compact, title
    # (pdftotext moves spaces around digits in right-to-left lines: compare without whitespace)
    assert "سجلالأحداث" in compact                    # the library name in the header
    assert "https://example.com/news/1" in text       # the citation's URL in a footnote
    assert "مصادرإيرانية" in compact                  # who said it
    assert "10يناير2024" in compact                   # the resolved date
    assert "التصفية:كلالأحداث" in compact             # the (empty) filter, in Arabic words
    assert not re.search(r"all ?events", text)


@needs_poppler
def test_header_counts_reported_events_apart_from_dated_ones(qapp, small_store, tmp_path):
    """A happening told without a date (placed on or before the publication day) is not counted as dated."""
    from timeline_app.ui.printing import export_pdf

    text = "مقال 2. قصفت الطائرات جسرا في المدينة. وستبدأ المحادثات لاحقا."
    pub = dt.date(2024, 3, 15)
    reported = Event(8, 38, "قصفت الطائرات جسرا في المدينة", start_date=pub, end_date=pub + dt.timedelta(days=1),
                     mod="ON_OR_BEFORE", confidence=0.25)
    undated = Event(39, len(text), "ستبدأ المحادثات لاحقا")
    small_store.add_article(ArticleInput(text=text, path="a2.txt", format="txt", title="عنوان المقال 2",
                                         published=pub, published_source="metadata", published_guessed=False),
                            Extraction([], [], [reported, undated]))
    export_pdf(small_store, tmp_path / "r.pdf")
    compact = re.sub(r"\s+", "", _pdf_text(tmp_path / "r.pdf"))
    start = compact.index("عددالأحداث")
    header = compact[start:compact.index("·", start)]
    assert "بلاتاريخفيالنصوقعتحتىيومالنشر" in header
    # 5 events: 3 dated, 1 reported, 1 undated (pdftotext moves digits around in right-to-left lines)
    assert sorted(re.findall(r"\d+", header)) == ["1", "1", "3", "5"], header


@needs_poppler
def test_page_count_grows_with_the_range(qapp, tmp_path):
    from timeline_app.ui.printing import export_pdf

    month = _spread_store(tmp_path / "month.tldb", 30, 30)
    year = _spread_store(tmp_path / "year.tldb", 365, 360)   # the same density over twelve times the range
    try:
        p_month = export_pdf(month, tmp_path / "m.pdf")
        p_year = export_pdf(year, tmp_path / "y.pdf")
        assert p_year > p_month
        narrowed = EventFilter(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 1, 31))
        p_narrow = export_pdf(year, tmp_path / "n.pdf", narrowed, title="شهر واحد", words=DateWords("levant"))
        assert p_narrow < p_year
        text = re.sub(r"\s+", "", _pdf_text(tmp_path / "n.pdf"))
        assert "شهرواحد" in text and "التصفية:من1كانونالثاني2023إلى31كانونالثاني2023" in text
        assert "حدثتجريبيرقم29" in text
        assert "حدثتجريبيرقم40" not in text              # outside the filter (mid-February)
    finally:
        month.close()
        year.close()


@needs_poppler
def test_empty_library_prints_one_page(qapp, tmp_path):
    from timeline_app.ui.printing import export_pdf

    store = Store.open(tmp_path / "empty.tldb")
    try:
        assert export_pdf(store, tmp_path / "e.pdf") == 1
        assert "لا أحداث مؤرخة" in _pdf_text(tmp_path / "e.pdf")
    finally:
        store.close()


def test_unwritable_target_is_reported(qapp, small_store, tmp_path):
    from timeline_app.ui.printing import export_pdf

    with pytest.raises(OSError):
        export_pdf(small_store, tmp_path / "no such folder" / "x.pdf")


@needs_poppler
def test_printer_uses_page_size_and_orientation_from_the_dialog(qapp, small_store, tmp_path):
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from timeline_app.ui.printing import render_to_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))          # what the user picked in the dialog
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    pages = render_to_printer(printer, small_store)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True).stdout
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert w > h and abs(w - 595) < 2 and abs(h - 420) < 2            # A5 landscape, in points
    assert _pages(tmp_path / "printed.pdf") == pages


@needs_poppler
def test_printer_page_range_prints_only_those_pages(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from timeline_app.ui.printing import render_to_printer

    def printer(name):
        pr = QPrinter(QPrinter.PrinterMode.HighResolution)
        pr.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        pr.setOutputFileName(str(tmp_path / name))
        return pr

    store = _spread_store(tmp_path / "year.tldb", 365, 120)
    try:
        total = render_to_printer(printer("all.pdf"), store)
        assert total >= 4
        ranged = printer("range.pdf")
        ranged.setPrintRange(QPrinter.PrintRange.PageRange)   # "pages 2-3" in the print dialog
        ranged.setFromTo(2, 3)
        assert render_to_printer(ranged, store) == 2
        assert _pages(tmp_path / "range.pdf") == 2
        text = re.sub(r"\s+", "", _pdf_text(tmp_path / "range.pdf"))
        assert f"صفحة2من{total}" in text and f"صفحة3من{total}" in text and f"صفحة1من{total}" not in text
    finally:
        store.close()


def test_preview_dialog_paints_the_document(qtbot, small_store):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from timeline_app.ui.printing import make_preview_dialog

    dialog = make_preview_dialog(None, small_store)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None and preview.pageCount() == 0
    preview.updatePreview()            # what showing the dialog or changing its page setup does
    assert preview.pageCount() >= 2


# ---------------------------------------------------------------------------------------------- tiling

def test_tiles_cover_every_event_once_in_order_and_continue():
    day = dt.date(2024, 1, 1).toordinal()
    starts = sorted([day + d for d in (0, 1, 1, 2, 40, 41, 300, 301, 302, 303, 304, 2000)])
    ends = [s + 1 for s in starts]
    strips = tile(starts, ends, capacity=4)
    members = [m for s in strips for m in s.members]
    assert members == list(range(len(starts)))         # each event in exactly one strip, in time order
    for s in strips:
        assert s.t0 < s.t1
        assert all(s.t0 <= starts[m] < s.t1 for m in s.members)
        assert len(s.members) <= 4 or s.unit == "week"
    for a, b in zip(strips, strips[1:]):
        assert a.t1 <= b.t0                             # windows never overlap and run forward
        assert (b.gap_before is None) == (a.t1 == b.t0)  # a skipped stretch is announced on the next strip


def test_crowded_windows_are_split_and_lone_clusters_tightened():
    day = dt.date(2024, 5, 1).toordinal()
    starts = [day + i for i in range(10)]
    ends = [s + 1 for s in starts]
    # a cluster of ten days is shown close up (a week or a month), never on a decade-wide axis
    strips = tile(starts, ends, capacity=40)
    assert all(s.unit in ("week", "month") for s in strips)
    # a painter that can only label three events per strip forces weekly strips
    weekly = tile(starts, ends, capacity=40, crowded=lambda s: len(s.members) > 3)
    assert all(s.unit == "week" for s in weekly) and len(weekly) >= 2


def test_tiles_at_the_ends_of_the_calendar():
    first, last = dt.date(1, 1, 1).toordinal(), dt.date(9999, 12, 31).toordinal()
    for days in ([first, first + 2], [last - 1, last], [first, last]):
        strips = tile(days, [d + 1 for d in days], capacity=40)
        assert [m for s in strips for m in s.members] == [0, 1]
        assert all(first <= s.t0 < s.t1 <= last + 1 for s in strips)


def test_week_windows_start_on_saturday():
    w0, w1 = window_of(dt.date(2024, 1, 10).toordinal(), 0)
    assert dt.date.fromordinal(w0).weekday() == 5 and w1 - w0 == 7


@pytest.mark.parametrize("start,end,gran,mod,expected", [
    ("2024-01-10", "2024-01-11", "day", None, "10 يناير 2024"),
    ("2024-01-01", "2024-02-01", "month", None, "يناير 2024"),
    ("2024-02-01", "2024-02-11", "range", "START", "أوائل فبراير 2024"),
    ("2019-01-01", "2020-01-01", "year", None, "2019"),
    ("2024-02-01", "2024-02-11", "range", None, "1–10 فبراير 2024"),
    ("2023-12-30", "2024-01-03", "range", None, "30 ديسمبر 2023 – 2 يناير 2024"),
])
def test_resolved_dates_read_naturally(start, end, gran, mod, expected):
    s, e = dt.date.fromisoformat(start).toordinal(), dt.date.fromisoformat(end).toordinal()
    assert format_span(s, e, gran, mod, DateWords("egypt")) == expected
    assert format_span(None, None, None, None) == "بلا تاريخ"


@pytest.mark.parametrize("family,digits,expected", [
    ("levant", "western", "أوائل شباط 2024"),
    ("maghreb", "western", "أوائل فيفري 2024"),
    ("egypt", "arabic", "أوائل فبراير ٢٠٢٤"),
    ("levant", "arabic", "أوائل شباط ٢٠٢٤"),
])
def test_resolved_dates_follow_the_readers_month_names_and_digits(family, digits, expected):
    s, e = dt.date(2024, 2, 1).toordinal(), dt.date(2024, 2, 11).toordinal()
    assert format_span(s, e, "range", "START", DateWords(family, digits)) == expected
    assert DateWords("maghreb", "arabic").date(dt.date(2024, 7, 5)) == "٥ جويلية ٢٠٢٤"


# ---------------------------------------------------------------------------------------------- images

@pytest.fixture
def view(qtbot, small_store):
    from PySide6.QtCore import QItemSelectionModel

    from timeline_app.ui.event_model import EventModel
    from timeline_app.ui.timeline import TimelineView

    model = EventModel(small_store)
    v = TimelineView(model, QItemSelectionModel(model))
    qtbot.addWidget(v)
    v.resize(900, 420)
    v.show()
    qtbot.waitExposed(v)
    v.fit_all()
    return v


def test_png_export_has_the_view_size(view, tmp_path):
    from PySide6.QtGui import QImage

    from timeline_app.ui.printing import export_image

    out = export_image(view, tmp_path / "view.png")
    img = QImage(str(out))
    ratio = view.devicePixelRatioF()
    assert (img.width(), img.height()) == (round(900 * ratio), round(420 * ratio))
    colors = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colors) > 3                              # something was drawn, not a blank image


def test_svg_export_is_vector_with_the_view_size(view, tmp_path):
    from timeline_app.ui.printing import export_image

    out = export_image(view, tmp_path / "view.svg")
    doc = xml.dom.minidom.parse(str(out))
    svg = doc.documentElement
    assert svg.tagName == "svg"
    assert svg.getAttribute("viewBox").split() == ["0", "0", "900", "420"]
    assert doc.getElementsByTagName("path") or doc.getElementsByTagName("rect")
    assert "text" in out.read_text(encoding="utf-8")   # labels stay text (glyphs or <text>), not one raster image
    with pytest.raises(ValueError):
        export_image(view, tmp_path / "view.bmp")


# ---------------------------------------------------------------------------------------------- menu actions

class _Window:
    """The four things install_print_actions relies on (BRIEF interface), on a real QMainWindow."""

    def __init__(self, store, view=None):
        from PySide6.QtWidgets import QMainWindow

        self.qt = QMainWindow()
        self.file_menu = self.qt.menuBar().addMenu("File")
        self.store = store
        self.timeline_view = view
        self.errors: list[str] = []
        self.infos: list[str] = []

    def current_filter(self):
        return EventFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 1, 31))

    def show_error(self, text):
        self.errors.append(text)

    def show_info(self, text):
        self.infos.append(text)


def _install(window):
    from timeline_app.ui.print_actions import install_print_actions

    actions = install_print_actions(window)
    window.keep = actions   # not a QObject: the test keeps the actions alive
    return actions


def test_menu_has_the_four_actions(qtbot, small_store):
    from PySide6.QtGui import QKeySequence

    from timeline_app.ui.print_actions import install_print_actions

    window = _Window(small_store)
    qtbot.addWidget(window.qt)
    install_print_actions(window)
    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts == ["Print…", "Print Preview…", "Export PDF…", "Export Image…"]
    assert window.file_menu.actions()[1].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


@needs_poppler
def test_export_pdf_action_writes_in_the_background_with_the_window_filter(qtbot, small_store, tmp_path):
    window = _Window(small_store)
    qtbot.addWidget(window.qt)
    actions = _install(window)
    out = tmp_path / "from-menu.pdf"
    assert actions.export_pdf(str(out)) is not None
    # the worker's signal is queued to this thread: wait for what the window shows (no race with the worker)
    qtbot.waitUntil(lambda: bool(window.infos or window.errors), timeout=20000)
    assert not actions.tasks
    assert out.exists() and _pages(out) >= 2
    text = re.sub(r"\s+", "", _pdf_text(out))
    assert re.sub(r"\s+", "", TITLES[0]) in text
    assert re.sub(r"\s+", "", TITLES[2]) not in text   # February: outside the window's filter (January)
    assert not window.errors


def test_export_actions_report_instead_of_crashing(qtbot, small_store, tmp_path):
    window = _Window(None)
    qtbot.addWidget(window.qt)
    actions = _install(window)
    assert actions.export_pdf(str(tmp_path / "x.pdf")) is None
    assert actions.export_image(str(tmp_path / "x.png")) is None
    assert len(window.errors) == 2
    window.store = small_store
    assert actions.export_pdf(str(tmp_path / "missing folder" / "x.pdf")) is not None
    qtbot.waitUntil(lambda: len(window.errors) == 3, timeout=20000)
    assert "missing folder" in window.errors[-1]


def test_export_image_action_saves_the_view(qtbot, view, small_store, tmp_path):
    window = _Window(small_store, view)
    qtbot.addWidget(window.qt)
    actions = _install(window)
    assert actions.export_image(str(tmp_path / "v.svg")) == str(tmp_path / "v.svg")
    assert (tmp_path / "v.svg").stat().st_size > 1000
    assert window.infos and not window.errors
