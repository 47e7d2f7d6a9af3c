"""EventModel: Qt's model contract (qtmodeltester), lazy page loading, filters, ids <-> rows, per-cell direction."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from timeline_app.model.filters import EventFilter
from timeline_app.model.store import Store
from timeline_app.model.types import ArticleInput, Event, Extraction
from timeline_app.ui.event_model import (COL_DATE, COL_OUTLET, COL_RESOLVED, COL_TITLE, EventIdRole, EventModel,
                                         TextDirectionRole)

ISOLATES = "\u2066\u2067\u2069"
TITLES = ["اجتماع وزراء الخارجية في الرياض", "توقيع اتفاق وقف إطلاق النار", "انتخابات برلمانية في تونس",
          "مظاهرات في القاهرة", "قمة عربية طارئة"]


def make_store(path, n_dated: int = 30, n_undated: int = 3, outlet: str = "الجزيرة",
               start: dt.date = dt.date(2024, 1, 1), step_days: int = 3) -> Store:
    """A library with one article whose extraction is given (no extractor involved): n_dated day events every
    ``step_days`` from ``start`` (every 5th a month-long one), then undated ones."""
    store = Store.open(path)
    events, text = [], ""
    for i in range(n_dated + n_undated):
        sentence = f"{TITLES[i % len(TITLES)]} رقم {i}. "
        s, e = len(text), len(text) + len(sentence)
        text += sentence
        if i < n_dated:
            d = start + dt.timedelta(days=step_days * i)
            month = i % 5 == 4
            events.append(Event(start=s, end=e, title=f"{TITLES[i % len(TITLES)]} {i}", date_text=f"يوم {i}",
                                start_date=d, end_date=d + dt.timedelta(days=30 if month else 1),
                                granularity="month" if month else "day", confidence=0.5 + (i % 5) / 10))
        else:
            events.append(Event(start=s, end=e, title=f"حدث بلا تاريخ {i}", confidence=0.4))
    status, _ = store.add_article(ArticleInput(text=text, path=None, format="txt", title="مقال", outlet=outlet,
                                               published=start), Extraction(events=events))
    assert status == "ingested"
    return store


@pytest.fixture
def store(tmp_path):
    s = make_store(tmp_path / "lib.db")
    yield s
    s.close()


def test_model_passes_qtmodeltester(qtmodeltester, store):
    model = EventModel(store)
    qtmodeltester.check(model, force_py=True)
    model.set_filter(EventFilter(date_from=dt.date(2024, 2, 1)))
    qtmodeltester.check(model, force_py=True)


def test_rows_follow_the_store_order_and_ids_round_trip(store):
    model = EventModel(store)
    ids = store.query_event_ids(EventFilter())
    assert model.rowCount() == len(ids) == 33
    assert [model.event_id(r) for r in range(model.rowCount())] == ids
    for row in (0, 7, 32):
        eid = model.event_id(row)
        assert model.row_for_id(eid) == row
        assert model.data(model.index(row, COL_TITLE), EventIdRole) == eid
    assert model.row_for_id(10**9) == -1
    assert model.event_id(-1) is None and model.event_id(10**6) is None
    # dated first, by date; undated last
    first, last = model.index(0, COL_RESOLVED).data(), model.index(32, COL_RESOLVED).data()
    assert first == "2024-01-01" and last == ""
    # month-long: end shown inclusive (inside directional isolates, see test_resolved_range_reads_start_first)
    assert model.index(4, COL_RESOLVED).data().strip(ISOLATES) == "2024-01-13 – 2024-02-11"
    assert model.index(1, COL_DATE).data() == "يوم 1"


def test_rows_are_loaded_lazily_in_pages(store):
    model = EventModel(store, page_size=10)
    assert model.pages_loaded == 0                       # constructing reads ids only
    assert model.index(25, COL_TITLE).data().startswith(TITLES[25 % 5])
    assert model.pages_loaded == 1
    model.index(21, COL_OUTLET).data()
    model.index(29, COL_TITLE).data()
    assert model.pages_loaded == 1                       # same page: cached
    model.index(3, COL_TITLE).data()
    assert model.pages_loaded == 2
    # the id role never needs a page
    model.index(15, 0).data(EventIdRole)
    assert model.pages_loaded == 2


def test_page_cache_is_bounded(store):
    model = EventModel(store, page_size=2, max_pages=3)
    for row in range(0, 20, 2):
        model.index(row, COL_TITLE).data()
    assert len(model._pages) == 3
    assert model.pages_loaded == 10


def test_filter_changes_reset_the_model(qtbot, store):
    model = EventModel(store)
    with qtbot.waitSignals([model.modelReset, model.filterChanged]):
        model.set_filter(EventFilter(date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 2, 29),
                                     include_undated=False))
    titles = [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]
    assert 0 < model.rowCount() < 30
    assert all(not t.startswith("حدث بلا تاريخ") for t in titles)
    starts = [model.index(r, COL_RESOLVED).data().lstrip(ISOLATES)[:10] for r in range(model.rowCount())]
    assert all(s <= "2024-02-29" for s in starts)
    model.set_filter(EventFilter(text="تونس"))
    assert model.rowCount() == 6
    assert all("تونس" in model.index(r, COL_TITLE).data() for r in range(model.rowCount()))
    model.set_filter(None)
    assert model.rowCount() == 33


def test_refresh_and_invalidate_pick_up_edits(qtbot, store):
    model = EventModel(store)
    eid = model.event_id(2)
    assert model.index(2, COL_TITLE).data() != "عنوان جديد"
    store.update_event(eid, title="عنوان جديد")
    with qtbot.waitSignal(model.dataChanged):
        model.invalidate([eid])
    assert model.index(2, COL_TITLE).data() == "عنوان جديد"
    assert model.titles([eid]) == {eid: "عنوان جديد"}
    store.delete_event(eid)
    model.refresh()
    assert model.row_for_id(eid) == -1 and model.rowCount() == 32


def test_cells_carry_their_own_direction_and_alignment(tmp_path):
    store = make_store(tmp_path / "latin.db", n_dated=3, n_undated=0, outlet="BBC Arabic")
    try:
        model = EventModel(store)
        title, outlet = model.index(0, COL_TITLE), model.index(0, COL_OUTLET)
        assert title.data(TextDirectionRole) == Qt.LayoutDirection.RightToLeft
        assert outlet.data(TextDirectionRole) == Qt.LayoutDirection.LeftToRight
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        align_title = Qt.AlignmentFlag(title.data(Qt.ItemDataRole.TextAlignmentRole))
        align_outlet = Qt.AlignmentFlag(outlet.data(Qt.ItemDataRole.TextAlignmentRole))
        assert align_title & right == right
        assert align_outlet & Qt.AlignmentFlag.AlignLeft and not align_outlet & Qt.AlignmentFlag.AlignRight
    finally:
        store.close()


def test_headers_and_summary(store):
    model = EventModel(store)
    # the header's source text is Arabic; an installed translator (English UI) may give English
    assert model.headerData(COL_TITLE, Qt.Orientation.Horizontal) == QCoreApplication.translate("EventModel", "الحدث")
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    info = model.event_summary(model.event_id(0))
    assert info["title"].startswith(TITLES[0]) and info["date_text"] == "يوم 0" and info["citation_count"] == 1


def _x_of(text: str, pos: int, paragraph: Qt.LayoutDirection) -> float:
    """Visual x of logical position ``pos`` when ``text`` is laid out in a paragraph of direction ``paragraph`` (as
    a table cell of an Arabic or English UI lays it out)."""
    from PySide6.QtGui import QTextLayout, QTextOption
    layout = QTextLayout(text)
    opt = QTextOption()
    opt.setTextDirection(paragraph)
    layout.setTextOption(opt)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    x = line.cursorToX(pos)
    return x[0] if isinstance(x, tuple) else x


@pytest.mark.parametrize("ui", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_resolved_range_reads_start_first(qapp, store, ui):
    """English UI: the start date on the left; Arabic UI: on the right (read first from the right), whatever
    paragraph direction the cell is laid out in."""
    old = qapp.layoutDirection()
    qapp.setLayoutDirection(ui)
    try:
        model = EventModel(store)
        text = model.index(4, COL_RESOLVED).data()
        assert text.strip(ISOLATES) == "2024-01-13 – 2024-02-11"
        start, end = text.index("2024-01-13") + 2, text.index("2024-02-11") + 2   # inside each date, off bidi edges
        assert model.index(4, COL_RESOLVED).data(TextDirectionRole) == ui
        for paragraph in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
            x_start, x_end = _x_of(text, start, paragraph), _x_of(text, end, paragraph)
            if ui == Qt.LayoutDirection.LeftToRight:
                assert x_start < x_end
            else:
                assert x_start > x_end
    finally:
        qapp.setLayoutDirection(old)


def test_model_retranslates_on_language_change(qapp, qtbot, store):
    from timeline_app.ui.i18n import language_manager
    mgr = language_manager(qapp)
    before = mgr.language
    model = EventModel(store)
    try:
        with qtbot.waitSignal(model.headerDataChanged):
            mgr.set_language("en")
        assert model.headerData(COL_TITLE, Qt.Orientation.Horizontal) == "Event"
        assert model.headerData(COL_RESOLVED, Qt.Orientation.Horizontal) == "Resolved date"
        assert model.index(4, COL_RESOLVED).data().startswith("\u2066")           # left-to-right isolate
        with qtbot.waitSignal(model.headerDataChanged):
            mgr.set_language("ar")
        assert model.headerData(COL_TITLE, Qt.Orientation.Horizontal) == "الحدث"
        assert model.index(4, COL_RESOLVED).data().startswith("\u2067")           # right-to-left isolate
    finally:
        mgr.set_language(before)


def test_a_reported_date_reads_on_or_before():
    from timeline_app.ui.event_model import resolved_text
    row = {"start_date": "2024-03-15", "end_date": "2024-03-16", "mod": "ON_OR_BEFORE"}
    assert "\u2264 2024-03-15" in resolved_text(row, Qt.LayoutDirection.LeftToRight)
    assert "\u2264 2024-03-15" in resolved_text(row, Qt.LayoutDirection.RightToLeft)
    assert "\u2264" not in resolved_text(dict(row, mod=None), Qt.LayoutDirection.LeftToRight)
