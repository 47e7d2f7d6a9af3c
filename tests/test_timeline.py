"""TimelineView / TimelinePainter: right-to-left mapping, zoom anchoring, lane stability, selection sync, keyboard,
labels that never overlap, the calendar ruler, clusters and density, painting on image and PDF devices."""
from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPdfWriter, QWheelEvent
from PySide6.QtWidgets import QTableView

from timeline_app.model.filters import EventFilter
from timeline_app.ui.event_model import EventModel
from timeline_app.ui.timeline import TimelineData, TimelinePainter, TimelineState, TimelineView
from timeline_app.ui.timeline import calendar as cal
from timeline_app.ui.timeline.view import MAX_SPAN, MIN_SPAN

from test_event_model import make_store

D0 = dt.date(2024, 1, 1)


def day(d: dt.date) -> float:
    return float(d.toordinal())


@pytest.fixture
def store(tmp_path):
    s = make_store(tmp_path / "lib.db", n_dated=30, n_undated=3)
    yield s
    s.close()


@pytest.fixture
def model(store):
    return EventModel(store)


@pytest.fixture
def view(qtbot, model):
    sel = QItemSelectionModel(model)
    v = TimelineView(model, sel, async_load=False)
    qtbot.addWidget(v)
    v.resize(1200, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def arabic(qapp):
    """The Arabic interface: the app's Arabic translations installed (removed afterwards)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from timeline_app.resources import resource_path
    tr = QTranslator()
    assert tr.load("timeline_app_ar", str(resource_path("translations")))
    QCoreApplication.installTranslator(tr)
    yield tr
    QCoreApplication.removeTranslator(tr)


def paint(v: TimelineView):
    v.grab()          # renders through paintEvent, shown or not
    return v.layout_info()


def drawn_events(lay) -> dict[int, QPointF]:
    """data index -> centre of what was drawn for it (point or bar)."""
    out = {idx: QPointF(x, y) for x, y, idx in lay.points}
    out.update({idx: r.center() for r, idx in lay.bars})
    return out


# ------------------------------------------------------------------ right to left

def test_earlier_dates_are_further_right(view):
    view.set_visible_range(day(D0) - 5, day(D0) + 100)
    xs = [view.x_of(day(D0 + dt.timedelta(days=k))) for k in (0, 10, 50, 90)]
    assert xs == sorted(xs, reverse=True)
    assert view.t_at(view.x_of(day(D0) + 12.25)) == pytest.approx(day(D0) + 12.25)
    lay = paint(view)
    drawn = drawn_events(lay)
    assert len(drawn) >= 10
    start_x = {idx: x for x, _y, idx in lay.points}
    start_x.update({idx: r.right() for r, idx in lay.bars})      # a bar starts at its right end
    by_start = sorted(start_x, key=lambda i: view.data.start[i])
    starts = [view.data.start[i] for i in by_start]
    xs = [start_x[i] for i in by_start]
    # a strictly later start never sits further right
    for (s1, x1), (s2, x2) in itertools.pairwise(zip(starts, xs)):
        if s2 > s1:
            assert x2 < x1


def test_ruler_reads_right_to_left_with_the_chosen_month_names(view):
    view.set_visible_range(day(dt.date(2024, 1, 1)), day(dt.date(2024, 12, 31)))
    for family, january in (("levant", "كانون الثاني"), ("egypt", "يناير"), ("maghreb", "جانفي")):
        view.set_calendar_family(family)
        ticks = cal.LEVELS[[lv.name for lv in cal.LEVELS].index("month:1")].ticks(
            view.t0, view.t1, cal.Fmt(family, "western"))
        assert ticks[0].label == january
        paint(view)
    with pytest.raises(ValueError):
        view.set_calendar_family("martian")


def test_calendar_levels_digits_and_hijri():
    f = cal.Fmt("levant", "arabic")
    assert cal.digits("2024", "arabic") == "٢٠٢٤"
    years = cal.LEVELS[[lv.name for lv in cal.LEVELS].index("year:10")].ticks(day(dt.date(1901, 6, 1)),
                                                                             day(dt.date(2030, 1, 1)), f)
    assert [t.label for t in years][:3] == ["١٩٠٠", "١٩١٠", "١٩٢٠"]
    hours = cal.LEVELS[[lv.name for lv in cal.LEVELS].index("hour:3")].ticks(day(D0) + 0.1, day(D0) + 0.6, f)
    assert [t.label for t in hours] == ["٠٠:٠٠", "٠٣:٠٠", "٠٦:٠٠", "٠٩:٠٠", "١٢:٠٠"]  # periods overlapping the window
    # Hijri months (Umm al-Qura): 1 Rajab 1445 = 13 January 2024
    months = cal.hijri_ticks(day(dt.date(2024, 1, 1)), day(dt.date(2024, 3, 1)), 3.0, cal.Fmt(), 40)
    rajab = [t for t in months if t.label.startswith("رجب")]
    assert rajab and rajab[0].day == day(dt.date(2024, 1, 13))
    assert cal.hijri_ticks(day(dt.date(1800, 1, 1)), day(dt.date(1801, 1, 1)), 1.0, cal.Fmt(), 40) == []


# ------------------------------------------------------------------ zoom and pan

def wheel(view, pos: QPointF, dy: int, modifiers=Qt.KeyboardModifier.NoModifier):
    ev = QWheelEvent(pos, view.mapToGlobal(pos), QPoint(0, 0), QPoint(0, dy), Qt.MouseButton.NoButton,
                     modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(ev)


@pytest.mark.parametrize("x", [100.0, 600.0, 1100.0])
def test_ctrl_wheel_zoom_keeps_the_time_under_the_cursor(view, x):
    view.set_visible_range(day(D0), day(D0) + 365)
    t_before = view.t_at(x)
    span_before = view.t1 - view.t0
    wheel(view, QPointF(x, 200), 240, Qt.KeyboardModifier.ControlModifier)
    assert view.t1 - view.t0 < span_before * 0.7
    assert view.t_at(x) == pytest.approx(t_before, abs=1e-6 * span_before)
    wheel(view, QPointF(x, 200), -480, Qt.KeyboardModifier.ControlModifier)
    assert view.t1 - view.t0 > span_before
    assert view.t_at(x) == pytest.approx(t_before, abs=1e-6 * span_before)


def test_zoom_limits_keys_and_actions(qtbot, view):
    view.set_visible_range(day(D0), day(D0) + 100)
    with qtbot.waitSignal(view.visibleRangeChanged):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.t1 - view.t0 == pytest.approx(80)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.t1 - view.t0 == pytest.approx(100)
    view.zoom_in_action.trigger()
    assert view.t1 - view.t0 == pytest.approx(80)
    for _ in range(80):
        view.zoom(2.0)
    assert view.t1 - view.t0 == pytest.approx(MIN_SPAN)
    assert paint(view).tick_level.startswith("hour")
    for _ in range(80):
        view.zoom(0.5)
    assert view.t1 - view.t0 == pytest.approx(MAX_SPAN)
    assert paint(view).tick_level.startswith("year")


def test_pan_follows_right_to_left_reading(qtbot, view):
    view.set_visible_range(day(D0), day(D0) + 100)
    qtbot.keyClick(view, Qt.Key.Key_Left)          # left = onwards in reading = later
    assert view.t0 > day(D0)
    view.set_visible_range(day(D0), day(D0) + 100)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.t0 < day(D0)
    view.set_visible_range(day(D0), day(D0) + 100)
    wheel(view, QPointF(500, 200), -120)           # wheel down: later
    assert view.t0 > day(D0)
    # dragging the content to the right brings later times in from the left
    view.set_visible_range(day(D0), day(D0) + 100)
    empty = QPoint(600, view.timeline_rect().bottom() - 60)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=empty)
    qtbot.mouseMove(view, empty + QPoint(120, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=empty + QPoint(120, 0))
    assert view.t0 == pytest.approx(day(D0) + 10.0, abs=0.5)


def test_fit_all_and_zoom_to_selection(view, model):
    view.set_visible_range(day(D0) + 2000, day(D0) + 2010)
    view.fit_all()
    ext = view.data.extent()
    assert view.t0 <= ext[0] and view.t1 >= ext[1]
    view.select_event(model.event_id(10))
    view.zoom_to_selection()
    idx = view.data.index_of(model.event_id(10))
    assert view.t0 < view.data.start[idx] < view.data.end[idx] < view.t1
    assert view.t1 - view.t0 < 5


# ------------------------------------------------------------------ lanes

def test_lanes_do_not_move_while_zooming(view):
    centre = day(D0) + 45
    seen: dict[int, float] = {}
    compared = 0
    for span in (200, 120, 60, 30, 14):
        view.set_visible_range(centre - span / 2, centre + span / 2)
        for idx, c in drawn_events(paint(view)).items():
            if idx in seen:
                assert c.y() == pytest.approx(seen[idx]), f"event {idx} jumped lanes"
                compared += 1
            seen[idx] = c.y()
    assert compared >= 20


def test_overlapping_ranges_get_different_lanes():
    cols = {"id": np.arange(1, 7), "start_day": np.array([10, 12, 14, 40, 41, 100], float) + 738000,
            "end_day": np.array([40, 30, 20, 50, 42, 101], float) + 738000,
            "granularity_code": np.full(6, 6), "mod_code": np.full(6, -1), "article_id": np.ones(6),
            "confidence": np.full(6, 0.5)}
    data = TimelineData.from_columns(cols)
    bars = np.flatnonzero(data.is_bar)
    for i, j in itertools.combinations(bars, 2):
        overlap = data.start[i] < data.end[j] and data.start[j] < data.end[i]
        if overlap:
            assert data.lane[i] != data.lane[j]
    assert data.lane[bars].min() == 0


# ------------------------------------------------------------------ selection shared with the table

def test_selection_is_shared_with_a_second_view_and_a_table(qtbot, view, model):
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSelectionModel(view.selection_model)
    other = TimelineView(model, view.selection_model, async_load=False)
    qtbot.addWidget(other)
    other.resize(800, 400)
    view.set_visible_range(day(D0) - 3, day(D0) + 40)
    lay = paint(view)
    x, y, idx = lay.points[0]
    eid = int(view.data.ids[idx])
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert [i.row() for i in view.selection_model.selectedRows()] == [model.row_for_id(eid)]
    assert eid in other.data.ids[other._selected]
    assert table.selectionModel().isRowSelected(model.row_for_id(eid))
    # selecting in the table selects in both timelines
    row = model.row_for_id(model.event_id(20))
    table.selectRow(row)
    assert list(view.data.ids[view._selected]) == [model.event_id(20)]
    assert list(other.data.ids[other._selected]) == [model.event_id(20)]
    # ctrl-click adds; clicking empty space clears
    view.set_visible_range(day(D0) - 3, day(D0) + 40)
    lay = paint(view)
    x, y, idx = lay.points[1]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, QPoint(round(x), round(y)))
    assert len(view.selection_model.selectedRows()) == 2
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(600, round(view.timeline_rect().bottom() - 60)))
    assert view.selection_model.selectedRows() == [] and len(other._selected) == 0


def test_double_click_and_enter_activate(qtbot, view, model):
    view.set_visible_range(day(D0) - 3, day(D0) + 40)
    x, y, idx = paint(view).points[0]
    eid = int(view.data.ids[idx])
    with qtbot.waitSignal(view.eventActivated) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert blocker.args == [eid]
    view.select_event(model.event_id(3))
    with qtbot.waitSignal(view.eventActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [model.event_id(3)]


# ------------------------------------------------------------------ keyboard

def test_keyboard_moves_between_events_in_time_order(qtbot, view, model):
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_event_id() == int(view.data.ids[0])
    assert view.selection_model.currentIndex().row() == model.row_for_id(int(view.data.ids[0]))
    for k in range(1, 4):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert view.current_event_id() == int(view.data.ids[k])
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.current_event_id() == int(view.data.ids[2])
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)   # left = later
    assert view.current_event_id() == int(view.data.ids[3])
    qtbot.keyClick(view, Qt.Key.Key_End)
    last = len(view.data) - 1
    assert view.current_event_id() == int(view.data.ids[last])
    assert view.t0 <= view.data.start[last] < view.t1          # scrolled into view
    assert view.accessibleName() and view.accessibleDescription().startswith(TITLE_OF(view, last))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selection_model.selectedRows() == []


def TITLE_OF(view, idx):
    return view.model.titles([int(view.data.ids[idx])])[int(view.data.ids[idx])]


# ------------------------------------------------------------------ labels

def rects_overlap(a: QRectF, b: QRectF) -> bool:
    return a.intersected(b).width() > 0.5 and a.intersected(b).height() > 0.5


@pytest.mark.parametrize("span", [3650.0, 365.0, 60.0, 20.0, 3.0, 0.5, 0.05])
def test_labels_and_ticks_never_overlap(view, span):
    view.set_hijri_axis(True)
    view.set_digits("arabic")
    centre = day(D0) + 40
    view.set_visible_range(centre - span / 2, centre + span / 2)
    lay = paint(view)
    for a, b in itertools.combinations([r for r, _i, _t in lay.labels], 2):
        assert not rects_overlap(a, b)
    for a, b in itertools.combinations(lay.tick_labels, 2):
        assert not rects_overlap(a, b)
    # labels stay inside the timeline and clear of other events' markers
    for r, idx, _t in lay.labels:
        assert lay.rect.contains(r)
        for x, y, j in lay.points:
            if j != idx:
                assert not r.contains(QPointF(x, y))
    if span <= 60:
        assert lay.labels, "nothing labelled at a readable zoom"


def test_many_events_become_clusters_then_density(qtbot, tmp_path):
    store = make_store(tmp_path / "dense.db", n_dated=600, n_undated=0, step_days=0)   # all on one day
    try:
        model = EventModel(store)
        v = TimelineView(model, QItemSelectionModel(model), async_load=False)
        qtbot.addWidget(v)
        v.resize(1000, 500)
        v.show()
        qtbot.waitExposed(v)
        v.set_visible_range(day(D0) - 300, day(D0) + 300)
        lay = paint(v)
        assert lay.mode == "events" and lay.clusters
        assert sum(c for _r, _a, _b, c in lay.clusters) + len(lay.points) + len(lay.bars) == 600
        r, a, b, _c = min(lay.clusters, key=lambda c: c[2] - c[1])      # a cluster of one-day events
        qtbot.mouseClick(v, Qt.MouseButton.LeftButton, pos=r.center().toPoint())   # a click expands it
        assert v.t0 < a < b < v.t1 and v.t1 - v.t0 < 10
        assert paint(v).mode == "events"
        cols = {"id": np.arange(1, 200_001), "start_day": np.linspace(day(D0), day(D0) + 3650, 200_000),
                "granularity_code": np.zeros(200_000), "mod_code": np.full(200_000, -1)}
        cols["end_day"] = cols["start_day"] + 1
        data = TimelineData.from_columns(cols)
        img = QImage(1000, 400, QImage.Format.Format_ARGB32_Premultiplied)
        p = QPainter(img)
        lay = TimelinePainter().paint(p, QRectF(0, 0, 1000, 400),
                                      TimelineState(data=data, t0=day(D0), t1=day(D0) + 3650))
        p.end()
        assert lay.mode == "density"
        assert sum(c for _r, _a, _b, c in lay.clusters) == pytest.approx(200_000, rel=0.01)
    finally:
        v.close()
        store.close()


# ------------------------------------------------------------------ loading, undated, painting elsewhere

def test_arrays_are_built_in_a_worker_and_follow_the_filter(qtbot, model):
    v = TimelineView(model, QItemSelectionModel(model))      # async: worker thread with its own connection
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: len(v.data) == 30, timeout=10000)
    assert len(v.data.undated_ids) == 3
    with qtbot.waitSignal(v.dataLoaded, timeout=10000):
        model.set_filter(EventFilter(date_from=dt.date(2024, 2, 1), include_undated=False))
    assert len(v.data) == model.rowCount() and len(v.data.undated_ids) == 0
    v.wait_loaded()


def test_undated_events_have_their_own_strip(qtbot, view, model):
    lay = paint(view)
    assert len(lay.undated) == 3
    r, eid = lay.undated[0]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=r.center().toPoint())
    assert view.selection_model.isRowSelected(model.row_for_id(eid))


def test_painter_draws_on_pdf_and_image_for_any_window(tmp_path, model, store):
    from timeline_app.ui.timeline import build_data
    data = build_data(store, EventFilter())
    state = TimelineState(data=data, t0=day(D0) - 5, t1=day(D0) + 95, titles=model.titles, hijri=True,
                          digits="arabic", family="egypt")
    painter = TimelinePainter()
    pdf = QPdfWriter(str(tmp_path / "t.pdf"))
    pdf.setResolution(300)
    p = QPainter(pdf)
    lay = painter.paint(p, QRectF(0, 0, 3000, 1500), state)
    p.end()
    assert lay.labels and (tmp_path / "t.pdf").stat().st_size > 1000
    img = QImage(800, 400, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(img)
    lay = painter.paint(p, QRectF(0, 0, 800, 400), state)
    p.end()
    assert lay.points or lay.bars
    assert img.pixelColor(5, 5).isValid()


def test_hover_tooltip_names_the_event_its_date_and_citations(arabic, view, model):
    view.set_visible_range(day(D0) - 3, day(D0) + 40)
    lay = paint(view)
    x, y, idx = lay.points[0]
    eid = int(view.data.ids[idx])
    text = view.tooltip_text(QPointF(x, y))
    info = model.event_summary(eid)
    assert info["title"] in text and info["date_text"] in text and "الاستشهادات: 1" in text
    r, *_ = lay.clusters[0] if lay.clusters else (None,)
    if r is not None:
        assert "انقر" in view.tooltip_text(r.center())
    empty = QPointF(600, view.timeline_rect().bottom() - 60)
    assert view.tooltip_text(empty) == ""


def test_overview_strip_shows_and_moves_the_window(qtbot, view):
    view.set_visible_range(day(D0) + 10, day(D0) + 20)
    paint(view)
    win = view._overview_window
    strip = view.overview_rect()
    assert strip.contains(win.center()) and win.width() < strip.width() / 2
    t0 = view.t0
    start = win.center().toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(-100, 0))          # drag left: towards later times
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(-100, 0))
    assert view.t0 > t0 and view.t1 - view.t0 == pytest.approx(10)
    # a click elsewhere on the strip centres the window there
    target = QPoint(round(strip.left() + 20), round(strip.center().y()))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=target)
    a, b = view._overview_extent
    t_target = a + (strip.right() - target.x()) * (b - a) / strip.width()
    assert (view.t0 + view.t1) / 2 == pytest.approx(t_target, abs=(b - a) / strip.width() * 2)


def test_many_markers_are_stamped_where_the_layout_says(qapp):
    """Above STAMP_MIN markers the painter writes them with numpy into one image: each must land at its place."""
    from timeline_app.ui.timeline.painter import PALETTE, STAMP_MIN
    n = 1200
    rng = np.random.default_rng(3)
    start = np.sort(rng.integers(0, 1500, n)).astype(float) + day(D0)
    cols = {"id": np.arange(1, n + 1), "start_day": start, "end_day": start + 1, "granularity_code": np.zeros(n),
            "mod_code": np.full(n, -1), "article_id": rng.integers(1, 4, n), "confidence": np.full(n, 0.5)}
    data = TimelineData.from_columns(cols, {1: "أ", 2: "ب", 3: "ج"})
    img = QImage(1600, 700, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(img)
    lay = TimelinePainter().paint(p, QRectF(0, 0, 1600, 700), TimelineState(data=data, t0=day(D0), t1=day(D0) + 1500,
                                                                           today=None, show_legend=False))
    p.end()
    assert lay.mode == "events" and len(lay.points) + len(lay.clusters) > STAMP_MIN
    for x, y, idx in lay.points[::25]:
        c = img.pixelColor(round(x), round(y))
        want = PALETTE[int(data.color_index[idx]) % len(PALETTE)]
        assert abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 40
    for r, *_ in lay.clusters[::10]:
        c = img.pixelColor(round(r.left() + 3), round(r.center().y()))
        assert c.red() < 120 and c.blue() < 140          # the dark pill, not the white background
    # no two markers (points or pills) in a row cover each other
    by_row: dict[float, list[tuple[float, float]]] = {}
    for x, y, _i in lay.points:
        by_row.setdefault(round(y), []).append((x - 5.5, x + 5.5))
    for r, *_ in lay.clusters:
        by_row.setdefault(round(r.center().y()), []).append((r.left(), r.right()))
    for spans in by_row.values():
        spans.sort()
        for (a1, b1), (a2, b2) in itertools.pairwise(spans):
            assert a2 >= b1 - 0.01


def test_empty_states_say_why(arabic, qtbot, tmp_path, model):
    from timeline_app.model.store import Store
    empty = Store.open(tmp_path / "empty.db")
    try:
        m = EventModel(empty)
        v = TimelineView(m, QItemSelectionModel(m), async_load=False)
        qtbot.addWidget(v)
        assert v.state().empty_message.startswith("لا أحداث بعد")
        assert paint(v).mode == "empty"
        v.close()
    finally:
        empty.close()
    v = TimelineView(model, QItemSelectionModel(model), async_load=False)
    qtbot.addWidget(v)
    model.set_filter(EventFilter(text="كلمةغيرموجودة"))
    assert len(v.data) == 0 and v.state().empty_message == "لا أحداث تطابق التصفية الحالية"
    paint(v)


def test_edits_reload_the_arrays_once(qtbot, view, model, store):
    loads = []
    view.dataLoaded.connect(lambda: loads.append(1))
    ids = [model.event_id(r) for r in range(3)]
    for eid in ids:
        store.update_event(eid, start_date="2025-06-01", end_date="2025-06-02")
    model.invalidate(ids)                                   # three dataChanged signals
    qtbot.waitUntil(lambda: len(loads) == 1)
    qtbot.wait(50)
    assert len(loads) == 1
    idx = view.data.index_of(ids[0])
    assert view.data.start[idx] == day(dt.date(2025, 6, 1))
