"""Bringing articles in by dropping files (mime URLs → dropEvent → background ingest → rows), and filtering: the
timeline and the table always show the same filtered events."""
from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from test_ui_support import english, make_window, seed_copy, seed_library, settings, settle  # noqa: F401
from timeline_app.model.filters import EventFilter
from timeline_app.model.store import Store


def _mime(paths) -> QMimeData:
    m = QMimeData()
    m.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return m


def _drop(target, mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    pos = QPointF(20, 20)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(pos, Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter, drop


def test_dropped_files_are_ingested_in_the_background_and_appear_in_the_table(qtbot, settings, tmp_path, english):
    lib = tmp_path / "empty.db"
    Store.open(lib).close()
    w = make_window(qtbot, settings, lib)
    assert w.model.rowCount() == 0 and w.empty_label.isVisibleTo(w)
    seed = seed_copy(tmp_path / "in", dt.date(2024, 3, 15))
    binary = tmp_path / "in" / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    with qtbot.waitSignal(w.ingest.finished, timeout=60000) as blocker:
        enter, drop = _drop(w, _mime([seed, binary]))
        assert enter.isAccepted() and enter.dropAction() == Qt.DropAction.CopyAction
        assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction
        assert w.ingest.is_running()  # the work is on the worker thread; the UI thread is free
    results, cancelled = blocker.args
    assert not cancelled
    assert sorted(r.status for r in results) == ["failed", "ingested"]
    settle(w)
    # the rows are in the table and on the timeline
    assert w.model.rowCount() >= 3
    assert w.table.model().rowCount() == w.model.rowCount()
    titles = [w.table.model().index(r, 2).data() for r in range(w.table.model().rowCount())]
    assert any("عُمان" in t or "عمان" in t for t in titles), titles
    assert _timeline_ids(w) == set(int(i) for i in w.model.event_ids())
    assert not w.empty_label.isVisibleTo(w)
    # the summary: what was added, what failed and why; shown inline, details on demand
    assert "1" in w.message_bar.text() and w.message_bar.level == "warning"
    html = w.last_summary.details.toPlainText()
    assert "photo.txt" in html and ("seed" in html.lower() or "محادثات" in html)
    failed = [r for r in results if r.status == "failed"][0]
    assert failed.reason and failed.reason in html


def test_a_drop_on_a_child_widget_is_caught_too_and_text_drops_are_ignored(qtbot, settings, seed_library, tmp_path,
                                                                           english):
    w = make_window(qtbot, settings, seed_library)
    before = w.store.article_count()
    text_only = QMimeData()
    text_only.setText("not a file")
    enter, drop = _drop(w, text_only)
    assert not drop.isAccepted() and not w.ingest.is_running()
    other = tmp_path / "other.txt"
    other.write_text("أعلنت وزارة الصحة يوم الثلاثاء 5 مارس 2024 افتتاح مستشفى جديد في عمّان.\n", encoding="utf-8")
    with qtbot.waitSignal(w.ingest.finished, timeout=60000):
        _drop(w.filter_bar.search, _mime([other]))  # a line edit would normally take the URL as text
    assert w.filter_bar.search.text() == ""
    assert w.store.article_count() == before + 1


def test_dropping_the_same_article_twice_reports_a_duplicate(qtbot, settings, seed_library, tmp_path, english):
    w = make_window(qtbot, settings, seed_library, sync_ingest=True)
    rows = w.model.rowCount()
    with qtbot.waitSignal(w.ingest.finished) as blocker:
        _drop(w, _mime([seed_copy(tmp_path)]))
    assert [r.status for r in blocker.args[0]] == ["duplicate"]
    assert w.model.rowCount() == rows
    assert w.message_bar.level == "success"


def _timeline_ids(w) -> set:
    """Every event the timeline shows: placed on the time axis or in its undated strip."""
    d = w.timeline_view.data
    return set(d.ids.tolist()) | set(d.undated_ids.tolist())


def _shown(w) -> tuple[set, set, set]:
    model_ids = set(int(i) for i in w.model.event_ids())
    table_ids = {int(w.table.event_id_at(w.table.model().index(r, 0))) for r in range(w.table.model().rowCount())}
    timeline_ids = _timeline_ids(w)
    return model_ids, table_ids, timeline_ids


def test_filters_apply_to_the_table_and_the_timeline_alike_and_clear(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    all_ids, _, _ = _shown(w)
    assert len(all_ids) >= 3
    # full-text search (debounced typing)
    with qtbot.waitSignal(w.filter_bar.filterChanged, timeout=3000):
        w.filter_bar.search.setText("الحوثيين")
    settle(w)
    m, t, tl = _shown(w)
    assert m == t == tl and 0 < len(m) < len(all_ids)
    assert m == set(w.store.query_event_ids(EventFilter(text="الحوثيين")))
    assert "الحوثيين" in w.filter_bar.summary.text() and w.filter_bar.clear_button.isEnabled()
    assert w.current_filter().text == "الحوثيين"
    # a date range: February 2024 only, dated events only
    w.filter_bar.set_filter(EventFilter(date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 2, 29),
                                        include_undated=False))
    settle(w)
    m, t, tl = _shown(w)
    assert m == t == tl and m
    for d in w.store.events_by_ids(m):
        assert d["start_date"] <= "2024-02-29" and d["end_date"] > "2024-02-01"
    assert "2024-02-01" in w.filter_bar.summary.text()
    # confidence threshold above everything: nothing shown, and the filter says so
    w.filter_bar.confidence.setValue(1.0)
    settle(w)
    m, t, tl = _shown(w)
    assert m == t == tl == set(w.store.query_event_ids(w.current_filter()))
    # one click clears it
    w.filter_bar.clear_button.click()
    settle(w)
    m, t, tl = _shown(w)
    assert m == t == tl == all_ids
    assert w.current_filter().is_empty() and not w.filter_bar.clear_button.isEnabled()


def test_facets_list_the_library_and_filter_by_article_and_place(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    fb = w.filter_bar
    assert fb.article.count() == 1 + w.store.article_count()
    assert fb.place.count() > 1
    place = fb.place.itemData(1)
    fb.place.setCurrentIndex(1)
    settle(w)
    m, t, tl = _shown(w)
    assert m == t == tl == set(w.store.query_event_ids(EventFilter(places=[place])))
    for d in w.store.events_by_ids(m):
        assert place in d["places"]
    fb.clear()
    fb.article.setCurrentIndex(1)
    settle(w)
    assert w.current_filter().article_ids == [fb.article.itemData(1)]


def test_selection_is_shared_between_table_and_timeline(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    table = w.table
    table.selectRow(2)
    eid = w.table.event_id_at(table.model().index(2, 0))
    assert w.current_event_id() == eid
    assert w.timeline_view.current_event_id() == eid
    assert w.side_panel.current_event_id() == eid
    # sorting the table by title keeps the selection on the same event
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert table.selected_event_ids() == [eid]
    # selecting from the timeline side (the shared model) shows in the table
    other = int([i for i in w.model.event_ids() if int(i) != eid][0])
    w.timeline_view.select_event(other)
    assert table.selected_event_ids() == [other]
    assert w.side_panel.current_event_id() == other


def test_the_table_proxy_passes_the_model_tester(qtbot, settings, seed_library, english, qtmodeltester):
    w = make_window(qtbot, settings, seed_library)
    w.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(w.table.model())
    assert np.all(np.diff([float(w.table.model().index(r, 6).data(Qt.ItemDataRole.UserRole + 4) or 0)
                           for r in range(w.table.model().rowCount())]) >= 0)


def test_views_update_while_a_batch_lands_and_cancel_stops_it(qtbot, settings, tmp_path, english, monkeypatch):
    import threading
    import time
    from timeline_app.ui import workers
    real = workers.ingest_paths
    gate = threading.Event()

    def held(store, paths, progress=None, cancel=None):
        def report(done, total, path):
            progress(done, total, path)
            if done == 1:
                time.sleep(0.7)  # the store commits a batch every 0.5 s: the second article's commit includes both
            if done == 2:
                gate.wait(90)  # hold the batch here until the test has looked at the window
        return real(store, paths, progress=report, cancel=cancel)
    monkeypatch.setattr(workers, "ingest_paths", held)
    real_batch = Store.batch   # the store's commit interval is its own tuning (seconds): here every 0.5 s

    def half_second_batches(store, size=64, seconds=0.5):
        return real_batch(store, size=size, seconds=0.5)
    monkeypatch.setattr(Store, "batch", half_second_batches)
    lib = tmp_path / "lib.db"
    Store.open(lib).close()
    w = make_window(qtbot, settings, lib)
    folder = tmp_path / "batch"
    folder.mkdir()
    for day in range(1, 5):
        (folder / f"a{day}.txt").write_text(
            f"أعلنت وزارة الصحة يوم {day} مارس 2024 افتتاح المستشفى رقم {day} في مدينة عمّان.\n", encoding="utf-8")
    w.import_paths([folder])
    qtbot.waitUntil(lambda: w.model.rowCount() >= 2, timeout=60000)   # the first articles show mid-batch
    assert w.ingest.is_running() and not w.ingest_progress.isHidden()
    assert "2" in w.ingest_progress.label.text() and "4" in w.ingest_progress.label.text()
    assert w.ingest_progress.bar.maximum() == 4 and w.ingest_progress.bar.value() == 2
    with qtbot.waitSignal(w.ingest.finished, timeout=30000) as blocker:
        w.ingest_progress.cancel.click()
        gate.set()
    results, cancelled = blocker.args
    assert cancelled and 2 <= len(results) < 4
    assert w.store.article_count() == len(results)
    assert "cancelled" in w.message_bar.text().lower() and w.ingest_progress.isHidden()
