"""Curation through the window: every change goes through the Store, is undoable and redoable, marked as the user's,
and persists across reopening the library. The questions normally asked in dialogs are replaced (monkeypatch)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_ui_support import (english, make_window, oman_talks_event, seed_copy, seed_library, settings,  # noqa: F401
                             settle)
from timeline_app.model.store import Store
from timeline_app.ui import curation
from timeline_app.ui.date_editor import DateSpec, resolve_spec


def _select(w, eid):
    assert w.select_event(eid)
    assert w.selected_event_ids() == [eid]


def test_edit_title_undo_redo_persist_across_reopening(qtbot, settings, seed_library, english, monkeypatch):
    w = make_window(qtbot, settings, seed_library)
    eid = oman_talks_event(w)
    old = w.store.event(eid)["title"]
    assert not w.store.event(eid)["user_edited"]
    _select(w, eid)
    monkeypatch.setattr(curation, "ask_title", lambda parent, current: "محادثات عُمان السرية")
    w.actions_.edit_title.trigger()
    ev = w.store.event(eid)
    assert ev["title"] == "محادثات عُمان السرية" and ev["user_edited"]
    assert w.side_panel.event_title.text() == "محادثات عُمان السرية"
    assert w.actions_.undo.isEnabled() and "Edit title" in w.actions_.undo.text()
    w.actions_.undo.trigger()
    ev = w.store.event(eid)
    assert ev["title"] == old and not ev["user_edited"]
    assert w.model.row_data(w.model.row_for_id(eid))["title"] == old
    w.actions_.redo.trigger()
    assert w.store.event(eid)["title"] == "محادثات عُمان السرية"
    path = w.store.path
    w.close()
    with Store.open(path) as s:
        ev = s.event(eid)
        assert ev["title"] == "محادثات عُمان السرية" and ev["user_edited"]
    # and re-extraction (re-dating the article) keeps the user's edit
    with Store.open(path) as s:
        s.set_published(ev["citations"][0]["article_id"], dt.date(2024, 3, 16))
        assert s.event(eid)["title"] == "محادثات عُمان السرية"


def test_edit_date_at_month_part_precision_and_undo(qtbot, settings, seed_library, english, monkeypatch):
    w = make_window(qtbot, settings, seed_library)
    eid = oman_talks_event(w)
    before = {k: w.store.event(eid)[k] for k in ("start_date", "end_date", "granularity", "mod", "date_text")}
    _select(w, eid)
    value = resolve_spec(DateSpec(precision="part", year=2024, month=1, part="MID"))
    monkeypatch.setattr(curation, "ask_event_date", lambda parent, event: value)
    w.actions_.edit_date.trigger()
    ev = w.store.event(eid)
    assert (ev["start_date"], ev["end_date"], ev["granularity"], ev["mod"]) == ("2024-01-11", "2024-01-21", "range",
                                                                                 "MID")
    assert ev["date_text"] == "منتصف يناير 2024" and ev["user_edited"]
    assert "2024-01-11" in w.side_panel.event_date.text()
    w.undo_stack.undo()
    ev = w.store.event(eid)
    assert {k: ev[k] for k in before} == before and not ev["user_edited"]
    w.undo_stack.redo()
    assert w.store.event(eid)["start_date"] == "2024-01-11"


def test_hijri_date_from_the_editor(qtbot, settings, seed_library, english, monkeypatch):
    w = make_window(qtbot, settings, seed_library)
    eid = oman_talks_event(w)
    _select(w, eid)
    monkeypatch.setattr(curation, "ask_event_date", lambda parent, event: resolve_spec(
        DateSpec(calendar="hijri", precision="day", year=1445, month=6, day=28)))
    w.curation_ui.edit_date()
    ev = w.store.event(eid)
    assert ev["start_date"] == "2024-01-10" and ev["calendar"] == "hijri"


def test_delete_and_restore_with_undo(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    eid = oman_talks_event(w)
    rows = w.model.rowCount()
    _select(w, eid)
    w.actions_.delete.trigger()
    assert w.store.event(eid)["deleted"]
    assert w.model.rowCount() == rows - 1 and w.model.row_for_id(eid) < 0
    w.undo_stack.undo()
    assert not w.store.event(eid)["deleted"] and w.model.rowCount() == rows
    # deleted events come back into view with «show deleted» and can be restored from there
    w.undo_stack.redo()
    w.filter_bar.show_deleted.setChecked(True)
    settle(w)
    _select(w, eid)
    w.actions_.restore.trigger()
    assert not w.store.event(eid)["deleted"]


def test_merge_two_selected_events_then_split_and_undo(qtbot, settings, seed_library, english):
    from PySide6.QtCore import QItemSelectionModel
    w = make_window(qtbot, settings, seed_library)
    a, b = (int(i) for i in w.model.event_ids()[:2])
    flags = QItemSelectionModel.SelectionFlag
    w.selection.select(w.model.index(w.model.row_for_id(a), 0), flags.ClearAndSelect | flags.Rows)
    w.selection.select(w.model.index(w.model.row_for_id(b), 0), flags.Select | flags.Rows)
    assert sorted(w.selected_event_ids()) == sorted([a, b])
    assert w.actions_.merge.isEnabled()
    rows = w.model.rowCount()
    w.actions_.merge.trigger()
    keep, gone = sorted([a, b], key=lambda i: w.store.event(i)["merged_into"] is not None)
    assert w.store.event(gone)["merged_into"] == keep
    assert len(w.store.event(keep)["citations"]) == 2
    assert w.model.rowCount() == rows - 1
    w.undo_stack.undo()
    assert w.store.event(gone)["merged_into"] is None and w.model.rowCount() == rows
    w.undo_stack.redo()
    _select(w, keep)
    assert w.actions_.split.isEnabled()
    w.actions_.split.trigger()
    assert w.store.event(gone)["merged_into"] is None
    w.undo_stack.undo()
    assert w.store.event(gone)["merged_into"] == keep


def test_add_an_event_from_text_selected_in_the_side_panel(qtbot, settings, seed_library, english, monkeypatch):
    from PySide6.QtGui import QTextCursor
    w = make_window(qtbot, settings, seed_library)
    _select(w, oman_talks_event(w))
    view = w.side_panel.text_view
    words = "طلب الجانب الإيراني من إدارة الرئيس الأميركي"
    start = view.text.index(words)
    c = view.textCursor()
    c.setPosition(view.map.to_doc(start))
    c.setPosition(view.map.to_doc(start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(c)
    assert w.actions_.add_event.isEnabled() and w.side_panel.add_event_button.isEnabled()
    asked = []
    monkeypatch.setattr(curation, "ask_title", lambda parent, current: asked.append(current) or "طلب إيراني")
    w.side_panel.add_event_button.click()
    assert asked == [words]
    new = w.undo_stack.command(w.undo_stack.index() - 1).event_id
    ev = w.store.event(new)
    assert ev["title"] == "طلب إيراني" and ev["user_edited"] and ev["origin"] == "user"
    assert (ev["citations"][0]["evidence_start"], ev["citations"][0]["evidence_end"]) == (start, start + len(words))
    w.undo_stack.undo()
    assert w.store.event(new)["deleted"]
    w.undo_stack.redo()
    assert not w.store.event(new)["deleted"]


def _redated(w) -> None:
    """Wait for the background re-dating to finish and its result to reach the views."""
    w.redater.wait()
    settle(w)
    assert not w.redater.is_busy()


def test_correcting_a_guessed_publication_date_re_resolves_events(qtbot, settings, tmp_path, english, monkeypatch):
    """A plain file without a dateline: its date is guessed from the file's date (here 2025-06-01), so «العاشر من
    يناير الماضي» lands in January 2025. Setting the real date (2024-03-15) moves it to 2024-01-10 as soon as the
    background re-resolution is done."""
    lib = tmp_path / "lib.db"
    Store.open(lib).close()
    w = make_window(qtbot, settings, lib, sync_ingest=True)
    w.import_paths([seed_copy(tmp_path / "in", dt.date(2025, 6, 1))])
    settle(w)
    talks = oman_talks_event(w)
    assert w.store.event(talks)["start_date"] == "2025-01-10"
    _select(w, talks)
    panel = w.side_panel
    assert panel.article["published_guessed"] and not panel.guessed.isHidden()
    assert "file" in panel.article_meta.text()
    monkeypatch.setattr(curation, "ask_published", lambda parent, article: dt.date(2024, 3, 15))
    panel.set_date_button.click()   # one click
    _redated(w)
    talks = oman_talks_event(w)     # its events were re-created by the re-resolution
    assert w.store.event(talks)["start_date"] == "2024-01-10"
    assert w.current_event_id() == talks and panel.current_event_id() == talks
    assert panel.guessed.isHidden() and "2024-03-15" in panel.article_meta.text()
    assert panel.text_view.spans()["evidence"]
    # undo brings back the guessed date and its resolution
    w.actions_.undo.trigger()
    _redated(w)
    talks = oman_talks_event(w)
    assert w.store.event(talks)["start_date"] == "2025-01-10"
    art = w.store.article(panel.current_article_id())
    assert art["published_guessed"] and art["published"] == "2025-06-01"
    assert not panel.guessed.isHidden()
    w.actions_.redo.trigger()
    _redated(w)
    assert w.store.event(oman_talks_event(w))["start_date"] == "2024-01-10"


def test_re_dating_runs_off_the_ui_thread_and_shows_that_it_is_busy(qtbot, settings, seed_library, english,
                                                                    monkeypatch):
    """Re-extraction runs on a worker thread with its own connection; meanwhile the status bar says so, edits and
    undo wait, and the window stays usable; undo queued right behind the redo runs after it."""
    import threading

    w = make_window(qtbot, settings, seed_library)
    eid = oman_talks_event(w)
    _select(w, eid)
    article_id = w.side_panel.current_article_id()
    before = w.store.article(article_id)["published"]
    gate, seen = threading.Event(), []
    real = Store.set_published

    def held(store, *args, **kwargs):
        seen.append((threading.current_thread() is threading.main_thread(), store is w.store))
        assert gate.wait(10)
        return real(store, *args, **kwargs)

    monkeypatch.setattr(Store, "set_published", held)
    monkeypatch.setattr(curation, "ask_published", lambda parent, article: dt.date(2023, 3, 15))
    w.actions_.set_published.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(False, False)]          # a worker thread, on a connection of its own
    assert w.redater.is_busy() and not w.redate_busy.isHidden()
    assert "Re-resolving" in w.redate_busy.label.text()
    assert not w.actions_.undo.isEnabled() and not w.actions_.delete.isEnabled()
    assert not w.side_panel.set_date_button.isEnabled()
    assert w.undo_stack.canUndo() and w.undo_stack.count() == 1
    w.filter_bar.search.setText("عمان")      # the window answers while the worker waits
    w.undo_stack.undo()                      # queued behind the redo
    gate.set()
    _redated(w)
    assert len(seen) == 2
    assert w.redate_busy.isHidden() and w.actions_.redo.isEnabled() and w.side_panel.set_date_button.isEnabled()
    assert w.store.article(article_id)["published"] == before
    w.undo_stack.redo()
    _redated(w)
    assert w.store.article(article_id)["published"] == "2023-03-15"
    assert w.store.event(oman_talks_event(w))["start_date"] == "2023-01-10"


def test_a_failed_re_dating_is_reported_inline(qtbot, settings, seed_library, english, monkeypatch):
    w = make_window(qtbot, settings, seed_library)
    _select(w, oman_talks_event(w))
    article_id = w.side_panel.current_article_id()

    def refuse(store, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "set_published", refuse)
    monkeypatch.setattr(curation, "ask_published", lambda parent, article: dt.date(2023, 3, 15))
    w.actions_.set_published.trigger()
    _redated(w)
    assert w.message_bar.level == "error" and "disk full" in w.message_bar.text()
    assert "publication date" in w.message_bar.text()
    assert w.store.article(article_id)["published"] == "2024-03-15"


def test_expected_problems_are_shown_inline_not_raised(qtbot, settings, seed_library, english, tmp_path):
    w = make_window(qtbot, settings, seed_library)
    w.selection.clear()
    w.curation_ui.edit_title()
    assert "one event" in w.message_bar.text()
    bad = tmp_path / "not-a-library.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert not w.open_library(bad)
    assert w.message_bar.level == "error" and "not-a-library.db" in w.message_bar.text()
    assert w.store is not None and w.store.path == seed_library.resolve()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_undo_texts_name_the_command(qtbot, settings, seed_library, english, monkeypatch, lang):
    from timeline_app.ui.i18n import language_manager
    language_manager().set_language(lang)
    w = make_window(qtbot, settings, seed_library)
    _select(w, oman_talks_event(w))
    monkeypatch.setattr(curation, "ask_title", lambda parent, current: "x")
    w.curation_ui.edit_title()
    expected = {"en": "Edit title", "ar": "تعديل العنوان"}[lang]
    assert expected in w.actions_.undo.text()


def test_edits_wait_while_an_import_writes(qtbot, settings, seed_library, english, tmp_path, monkeypatch):
    """An import keeps the library's write lock almost all the time: a write from the UI thread would hang the
    window (then fail). Edits and undo are disabled until the import is done."""
    import threading

    from timeline_app.ui import workers
    real = workers.ingest_paths
    gate = threading.Event()

    def held(store, paths, progress=None, cancel=None):
        assert gate.wait(30)
        return real(store, paths, progress=progress, cancel=cancel)

    monkeypatch.setattr(workers, "ingest_paths", held)
    w = make_window(qtbot, settings, seed_library)
    _select(w, oman_talks_event(w))
    monkeypatch.setattr(curation, "ask_title", lambda parent, current: "عنوان")
    w.actions_.edit_title.trigger()
    assert w.actions_.undo.isEnabled() and w.actions_.edit_title.isEnabled()
    w.import_paths([seed_copy(tmp_path / "in", name="copy.txt")])
    assert w.ingest.is_running()
    assert not w.actions_.edit_title.isEnabled() and not w.actions_.delete.isEnabled()
    assert not w.actions_.undo.isEnabled() and not w.side_panel.edit_date_button.isEnabled()
    w.curation_ui.edit_title()                # any other route (a side-panel signal) is told to wait, not hung
    assert "wait" in w.message_bar.text() and w.store.event(oman_talks_event(w))["title"] == "عنوان"
    with qtbot.waitSignal(w.ingest.finished, timeout=60000):
        gate.set()
    assert w.actions_.edit_title.isEnabled() and w.actions_.undo.isEnabled()
    assert w.side_panel.edit_date_button.isEnabled()


def test_a_library_locked_by_another_program_is_reported_not_raised(qtbot, settings, seed_library, english,
                                                                    monkeypatch):
    import sqlite3
    import time
    w = make_window(qtbot, settings, seed_library)
    eid = oman_talks_event(w)
    _select(w, eid)
    old = w.store.event(eid)["title"]
    other = sqlite3.connect(str(seed_library), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")          # another program holds the write lock
    try:
        monkeypatch.setattr(curation, "ask_title", lambda parent, current: "عنوان آخر")
        t = time.monotonic()
        w.actions_.edit_title.trigger()
        assert time.monotonic() - t < 6       # the window waits a few seconds at most
        assert w.message_bar.level == "error" and "busy" in w.message_bar.text()
        assert not w.undo_stack.canUndo() or w.undo_stack.command(w.undo_stack.index() - 1).isObsolete()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert w.store.event(eid)["title"] == old
