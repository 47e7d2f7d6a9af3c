"""The application shell: language switching (and mirroring), the system-locale default, the crash handler, and the
real start-up on a library of the dev articles without a single warning in the log."""
from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from test_ui_support import DEV_CORPUS, ROOT, english, make_window, oman_talks_event, seed_library, settings  # noqa: F401
from timeline_app.ui.i18n import language_manager, resolve_language, system_language

needs_dev = pytest.mark.skipif(not (DEV_CORPUS / "gold.jsonl").exists(), reason="../shared/corpus/dev not present")


def test_switching_language_retranslates_and_mirrors_at_run_time(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    w.select_event(oman_talks_event(w))
    assert w.file_menu.title() == "&File" and w.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert w.model.headerData(0, Qt.Orientation.Horizontal) == "Date as written"
    w.actions_.language["ar"].trigger()
    assert settings.language == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.side_panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.file_menu.title() == "ملف" and w.actions_.edit_menu.title() == "تحرير"
    assert w.filter_bar.search.placeholderText().startswith("ابحث")
    assert w.filter_bar.outlet.itemText(0) == "كل الوسائل"
    assert w.side_panel.set_date_button.text() == "ضبط التاريخ…"
    assert w.model.headerData(0, Qt.Orientation.Horizontal) == "التاريخ كما ورد"
    assert w.print_actions.print_action.text() == "طباعة…"   # PRINT's File-menu actions follow too
    n = w.model.rowCount()
    assert ("أحداث معروضة" if 3 <= n <= 10 else "حدثًا معروضًا") in w.status_label.text()  # the plural of n
    assert "نُشر" in w.side_panel.article_meta.text()
    # Qt's own strings for standard dialogs come from qtbase_ar.qm
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel != "Cancel" and all("\u0600" <= ch <= "\u06ff" for ch in cancel)
    w.actions_.language["en"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert w.file_menu.title() == "&File" and w.filter_bar.outlet.itemText(0) == "All outlets"
    assert w.model.headerData(0, Qt.Orientation.Horizontal) == "Date as written"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert w.print_actions.print_action.text() == "&Print…"
    assert settings.language == "en"


def test_the_default_follows_the_system_locale():
    assert resolve_language("") == system_language() and resolve_language("ar") == "ar"
    code = "from timeline_app.ui.i18n import system_language; print(system_language())"
    for lang, expected in (("ar_EG.UTF-8", "ar"), ("en_GB.UTF-8", "en")):
        env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": ""}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT)
        assert out.stdout.strip() == expected, out.stderr


def test_every_arabic_string_is_translated():
    ts = (ROOT / "resources" / "translations" / "timeline_app_ar.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts and "<translation></translation>" not in ts
    assert (ROOT / "resources" / "translations" / "timeline_app_ar.qm").stat().st_size > 1000


def test_an_unexpected_error_is_logged_and_shown_once_with_the_log_path(qtbot, tmp_path, monkeypatch):
    from timeline_app.ui import errors
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    handler = errors.install_crash_handler(tmp_path / "logs", route_qt_messages=False)
    try:
        for _ in range(2):
            try:
                raise ValueError("boom")
            except ValueError:
                sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: len(shown) == 1)
        qtbot.wait(50)
        assert len(shown) == 1 and handler.count == 2
        box = shown[0]
        log_file = tmp_path / "logs" / "timeline-app.log"
        assert str(log_file) in box.informativeText()
        assert "ValueError: boom" in box.detailedText()
        for h in logging.getLogger("timeline_app").handlers:
            h.flush()
        assert log_file.read_text(encoding="utf-8").count("ValueError: boom") == 2
    finally:
        handler.uninstall()


def test_an_error_in_a_worker_thread_reaches_the_dialog_on_the_gui_thread(qtbot, tmp_path, monkeypatch):
    import threading
    from timeline_app.ui import errors
    shown = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append(threading.current_thread() is threading.main_thread()) or 0)
    handler = errors.install_crash_handler(tmp_path / "logs", route_qt_messages=False)
    try:
        t = threading.Thread(target=lambda: 1 / 0)
        t.start()
        t.join()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
        assert shown == [True] and handler.count == 1
    finally:
        handler.uninstall()


STARTUP = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import timeline_app.ui.app as A
    orig = A.create_app
    def report():
        w = next(x for x in QApplication.topLevelWidgets() if type(x).__name__ == "MainWindow")
        w.timeline_view.wait_loaded()
        QApplication.processEvents()
        ids = [int(i) for i in w.model.event_ids()]
        w.select_event(ids[0])
        QApplication.processEvents()
        print(json.dumps({"title": w.windowTitle(), "rows": w.model.rowCount(), "articles": w.store.article_count(),
                          "language": A.language_manager().language, "panel": w.side_panel.event_title.text(),
                          "print": [a.text() for a in w.file_menu.actions()]}))
        QApplication.quit()
    def create_app(*a, **k):
        app = orig(*a, **k)
        QTimer.singleShot(2500, report)
        return app
    A.create_app = create_app
    sys.exit(A.main(sys.argv[1:]))
""")


@needs_dev
@pytest.mark.slow
def test_the_app_starts_on_a_library_of_the_dev_articles_without_warnings(tmp_path):
    from timeline_app.model.ingest import ingest_paths
    from timeline_app.model.store import Store
    lib = tmp_path / "dev-library.db"
    with Store.open(lib) as s:
        results = ingest_paths(s, sorted(DEV_CORPUS.glob("*.txt")), workers=1)
    assert sum(r.status == "ingested" for r in results) == 13
    logs = tmp_path / "logs"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA_PLATFORM")}
    env.update(TIMELINE_APP_LOG_DIR=str(logs), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8",
               QT_QPA_FONTDIR=str(ROOT / "resources" / "fonts"))
    cmd = [sys.executable, "-c", STARTUP, "--db", str(lib), "--new-instance"]
    # A real X server when there is one. Without it, the offscreen plugin says it "does not support
    # propagateSizeHints()" for any window with a layout: a limit of that plugin, the only line let through then.
    platform_noise = []
    if shutil.which("xvfb-run"):
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"] + cmd
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
        platform_noise = ["does not support propagateSizeHints()"]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert out.returncode == 0, out.stderr[-3000:]
    info = json.loads(out.stdout.strip().splitlines()[-1])
    assert info["title"].startswith("dev-library")
    assert info["articles"] == 13 and info["rows"] >= 40
    assert info["panel"]
    log_text = (logs / "timeline-app.log").read_text(encoding="utf-8")
    assert "started; log at" in log_text
    bad = [line for line in log_text.splitlines() if (" WARNING " in line or " ERROR " in line
           or " CRITICAL " in line) and not any(n in line for n in platform_noise)]
    assert bad == []
    qt_lines = [line for line in out.stderr.splitlines() if line.startswith("qt: ")
                and not any(n in line for n in platform_noise)]
    assert qt_lines == [], out.stderr


def test_the_file_menu_has_library_import_print_and_quit_in_order(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    texts = [a.text() for a in w.file_menu.actions() if not a.isSeparator()]
    order = [texts.index(t) for t in ("&New Library…", "&Open Library…", "&Import Files…", "&Print…",
                                       "Export &PDF…", "&Quit")]
    assert order == sorted(order) and texts[-1] == "&Quit"
    # no two actions of the window share a shortcut (Qt would call it ambiguous and do nothing)
    from PySide6.QtGui import QAction
    seen = {}
    for act in w.findChildren(QAction):
        for key in act.shortcuts():
            if act.shortcutContext() == Qt.ShortcutContext.WindowShortcut and not key.isEmpty():
                assert key.toString() not in seen, (act.text(), seen.get(key.toString()))
                seen[key.toString()] = act.text()
    # the recent-libraries menu lists the open library
    w.fill_recent_menu()
    assert str(seed_library.resolve()) in [a.text() for a in w.actions_.recent_menu.actions()]


def test_new_and_open_library_dialogs(qtbot, settings, seed_library, english, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    w = make_window(qtbot, settings, seed_library)
    w.filter_bar.search.setText("الحوثيين")
    w.filter_bar.search.returnPressed.emit()
    assert not w.current_filter().is_empty()
    new = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new), "")))
    w.actions_.new_library.trigger()
    assert w.store.path == (tmp_path / "fresh.timeline.db").resolve() and w.store.article_count() == 0
    assert w.windowTitle().startswith("fresh") and w.model.rowCount() == 0
    assert w.current_filter().is_empty() and w.filter_bar.search.text() == ""   # a new library starts unfiltered
    assert not w.empty_label.isHidden()
    assert settings.recent_libraries[:2] == [str(w.store.path), str(seed_library.resolve())]
    missing = tmp_path / "gone.db"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(missing), "")))
    w.actions_.open_library.trigger()
    assert not missing.exists() and w.message_bar.level == "error" and "gone.db" in w.message_bar.text()
    assert w.store.path == (tmp_path / "fresh.timeline.db").resolve()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(seed_library), "")))
    w.actions_.open_library.trigger()
    assert w.store.path == seed_library.resolve() and w.model.rowCount() > 0 and w.message_bar.isHidden()


HANDOFF_FIRST = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import timeline_app.ui.app as A
    orig = A.create_app
    start = time.monotonic()
    ready = []
    def poll():
        ws = [x for x in QApplication.topLevelWidgets() if type(x).__name__ == "MainWindow"]
        if ws and not ready:  # the window exists: main() is listening for other launches by now
            ready.append(1)
            print("READY", flush=True)
        if ws and ws[0].store is not None and ws[0].store.article_count() >= 2 and not ws[0].ingest.is_running():
            print(json.dumps({"articles": ws[0].store.article_count()}), flush=True)
            QApplication.quit()
        elif time.monotonic() - start > 90:
            print(json.dumps({"timeout": True}), flush=True)
            QApplication.quit()
        else:
            QTimer.singleShot(200, poll)
    def create_app(*a, **k):
        app = orig(*a, **k)
        QTimer.singleShot(200, poll)
        return app
    A.create_app = create_app
    sys.exit(A.main(sys.argv[1:]))
""")


@pytest.mark.slow
def test_a_second_launch_hands_its_files_to_the_running_window(seed_library, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIMELINE_APP_LOG_DIR": str(tmp_path / "logs"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_FONTDIR": str(ROOT / "resources" / "fonts")}
    first = subprocess.Popen([sys.executable, "-c", HANDOFF_FIRST, "--db", str(seed_library)], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "READY"
        other = tmp_path / "other.txt"
        other.write_text("أعلنت وزارة الصحة يوم الثلاثاء 5 مارس 2024 افتتاح مستشفى جديد في عمّان.\n",
                         encoding="utf-8")
        second = subprocess.run([sys.executable, "-m", "timeline_app.ui.app", "--db", str(seed_library), str(other)],
                                env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        out, err = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
    assert json.loads(out.strip().splitlines()[-1]) == {"articles": 2}, err[-2000:]


def test_view_choices_reach_the_timeline_and_persist(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    w.actions_.family["maghreb"].trigger()
    w.actions_.digits["arabic"].trigger()
    w.actions_.hijri_axis.setChecked(True)
    w.actions_.color_by["article"].trigger()
    tv = w.timeline_view
    assert (tv.family, tv.digits, tv.hijri, tv.color_by) == ("maghreb", "arabic", True, "article")
    assert (settings.calendar_family, settings.digits, settings.hijri_axis, settings.color_by) == \
        ("maghreb", "arabic", True, "article")
    w.main_splitter.setSizes([700, 900])
    w.close()
    # a new window (e.g. the next start) comes back the same way
    w2 = make_window(qtbot, settings, seed_library)
    tv = w2.timeline_view
    assert (tv.family, tv.digits, tv.hijri, tv.color_by) == ("maghreb", "arabic", True, "article")
    assert w2.actions_.family["maghreb"].isChecked() and w2.actions_.hijri_axis.isChecked()
    assert not settings.main_splitter.isEmpty()


def test_a_library_handed_over_by_a_second_launch_is_opened_not_imported(qtbot, settings, seed_library, english,
                                                                         tmp_path):
    from timeline_app.model.store import Store
    other = tmp_path / "other.timeline.db"
    Store.open(other).close()
    w = make_window(qtbot, settings, seed_library)
    w.open_paths([str(other)])   # what open_forwarded does once it has raised the window
    assert w.store.path == other.resolve() and not w.ingest.is_running()
