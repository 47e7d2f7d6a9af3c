"""The timeline in the interface language: translated words (Arabic and English UI), "+N" pills that read "+N" in
both directions, the loading state (axis first, then the events)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTextLayout, QTextOption

from timeline_app.ui.event_model import EventModel
from timeline_app.ui.timeline import TimelineData, TimelinePainter, TimelineState, TimelineView
from timeline_app.ui.timeline.painter import plus_count

from test_event_model import make_store


@pytest.fixture
def store(tmp_path):
    s = make_store(tmp_path / "lib.db", n_dated=20, n_undated=2)
    yield s
    s.close()


@pytest.fixture
def language(qapp):
    """Switch the interface language with the app's LanguageManager; the previous language comes back after."""
    from timeline_app.ui.i18n import language_manager
    mgr = language_manager(qapp)
    before = mgr.language
    yield mgr.set_language
    mgr.set_language(before)


def _visual_x(text: str, pos: int, paragraph: Qt.LayoutDirection) -> float:
    """x of the glyph drawn for character ``pos`` when ``text`` is laid out in a ``paragraph`` paragraph."""
    layout = QTextLayout(text)
    opt = QTextOption()
    opt.setTextDirection(paragraph)
    layout.setTextOption(opt)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(500)
    layout.endLayout()
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        for index, point in zip(run.stringIndexes(), run.positions()):
            if index == pos:
                return point.x()
    raise AssertionError(f"no glyph for character {pos} of {text!r}")


@pytest.mark.parametrize("digits,n", [("western", "12"), ("arabic", "١٢")])
def test_plus_pill_reads_plus_n_in_both_directions(qapp, digits, n):
    text = TimelinePainter()._count_text(12, True, digits)
    assert text.strip("\u2066\u2069") == "+" + n
    plus, first_digit = text.index("+"), text.index(n[0])
    for paragraph in (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight):
        assert _visual_x(text, plus, paragraph) < _visual_x(text, first_digit, paragraph)
    # without the isolate an Arabic paragraph would put the sign on the digits' right ("12+"): the test can fail
    bare = "+" + n
    assert _visual_x(bare, 0, Qt.LayoutDirection.RightToLeft) > _visual_x(bare, 1, Qt.LayoutDirection.RightToLeft)
    assert TimelinePainter()._count_text(7, False, digits) == ("7" if digits == "western" else "٧")


def test_plus_pill_pixels_put_the_sign_left_of_the_digits(qapp):
    """On screen (sprite): the '+' glyph's ink lies left of the digits' ink. '+' is drawn alone into a sprite
    of the same size to find where its ink is."""
    painter = TimelinePainter()
    full = painter._cluster_sprite(plus_count("8"), False).toImage()
    digits_only = painter._cluster_sprite("\u2066\u2007" + "8" + "\u2069", False).toImage()  # figure space for '+'
    assert full.size() == digits_only.size() or abs(full.width() - digits_only.width()) <= 2
    w = min(full.width(), digits_only.width())
    # columns where the two sprites differ are the '+'; columns with white ink in digits_only are the '8'
    diff_cols = [x for x in range(w) if any(full.pixel(x, y) != digits_only.pixel(x, y)
                                            for y in range(full.height()))]
    assert diff_cols
    assert np.mean(diff_cols) < w / 2          # the sign sits in the left half


def test_view_words_follow_the_interface_language(qtbot, store, language):
    model = EventModel(store)
    view = TimelineView(model, QItemSelectionModel(model), async_load=False)
    qtbot.addWidget(view)
    view.resize(900, 400)
    language("en")
    assert view.accessibleName() == "Timeline of events"
    assert view.zoom_in_action.text() == "Zoom In"
    assert view.state().undated_label == "Undated"
    assert view.accessibleDescription() == "No event selected"
    view.grab()
    assert view.painter.today_text == "Today"
    language("ar")
    assert view.accessibleName() == "المخطط الزمني للأحداث"
    assert view.zoom_in_action.text() == "تكبير"
    assert view.state().undated_label == "بلا تاريخ"
    assert view.painter.today_text == "اليوم"
    assert view.accessibleDescription() == "لا حدث محدد"


def test_tooltip_in_each_language(qtbot, store, language):
    model = EventModel(store)
    view = TimelineView(model, QItemSelectionModel(model), async_load=False)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.set_visible_range(dt.date(2024, 1, 1).toordinal() - 3, dt.date(2024, 1, 1).toordinal() + 40)
    for lang, words, direction in (("en", "Citations: 1", "ltr"), ("ar", "الاستشهادات: 1", "rtl")):
        language(lang)
        view.grab()
        x, y, _idx = view.layout_info().points[0]
        from PySide6.QtCore import QPointF
        text = view.tooltip_text(QPointF(x, y))
        assert words in text and f"dir='{direction}'" in text


def test_axis_and_loading_text_first_then_the_events(qtbot, store, language):
    language("en")
    model = EventModel(store)
    view = TimelineView(model, QItemSelectionModel(model))          # worker thread
    qtbot.addWidget(view)
    view.resize(1000, 400)
    if view.is_loading():                   # the worker may already be done on a fast machine
        assert view.state().empty_message == "Loading events…"
        lay = (view.grab(), view.layout_info())[1]
        assert lay.tick_labels and lay.mode == "empty"
    qtbot.waitUntil(lambda: not view.is_loading() and len(view.data) == 20, timeout=10000)
    view.grab()
    lay = view.layout_info()
    assert lay.mode == "events" and (lay.points or lay.bars) and lay.tick_labels


def test_unknown_outlet_in_the_legend_is_named(qapp, tmp_path):
    cols = {"id": np.arange(1, 5), "start_day": np.full(4, 738000), "end_day": np.full(4, 738001),
            "article_id": np.array([1, 1, 2, 2])}
    data = TimelineData.from_columns(cols, {1: "الجزيرة"})      # article 2 has no outlet
    assert "" in data.color_names and "الجزيرة" in data.color_names
    painter = TimelinePainter()
    img = QImage(600, 300, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0)
    p = QPainter(img)
    painter.paint(p, QRectF(0, 0, 600, 300), TimelineState(data=data, t0=737990, t1=738010, today=None))
    p.end()
    assert painter.unknown_outlet_text


def test_worker_shows_positions_first_then_the_details(qtbot, store):
    """The worker's first stage (positions from the index) is painted; the second brings imprecise ends."""
    model = EventModel(store)
    view = TimelineView(model, QItemSelectionModel(model))
    qtbot.addWidget(view)
    stages = []
    view.dataLoaded.connect(lambda: stages.append(("done", view.data)))
    qtbot.waitUntil(lambda: bool(stages), timeout=10000)
    view.wait_loaded()
    sync = TimelineView(model, QItemSelectionModel(model), async_load=False)
    qtbot.addWidget(sync)
    for name in ("ids", "start", "end", "lane", "fuzzy", "undated_ids"):
        assert getattr(view.data, name).tolist() == getattr(sync.data, name).tolist(), name
    assert view.data.fuzzy.any() and not view.is_loading()


def test_every_timeline_string_has_its_arabic(qapp):
    """Each literal the timeline translates is in the compiled Arabic catalogue (a string lupdate cannot see, e.g.
    inside an f-string, would be dropped the next time the catalogue is regenerated)."""
    import re
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from timeline_app.resources import resource_path
    tr = QTranslator()
    assert tr.load("timeline_app_ar", str(resource_path("translations")))
    pkg = Path(__file__).resolve().parent.parent / "timeline_app" / "ui" / "timeline"
    found = [("TimelineView", s) for s in re.findall(r'self\.tr\("([^"]+)"\)', (pkg / "view.py").read_text("utf-8"))]
    found += re.findall(r'translate\("(TimelinePainter)", "([^"]+)"\)', (pkg / "painter.py").read_text("utf-8"))
    assert len(found) >= 14
    missing = [(c, s) for c, s in found if not tr.translate(c, s)]
    assert not missing
