"""Workspace (main window) timings on a library: open, filter, select an event (side panel), refresh after an edit,
set an article's publication date (time the UI thread is held vs. until the background re-extraction is applied).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_workspace.py LIBRARY.db [--search WORD]

Prints one JSON object (milliseconds of wall time on the GUI thread; peak RSS in MB). The window is not shown.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_FONTDIR", str(ROOT / "resources" / "fonts"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("library")
    ap.add_argument("--search", default="الحكومة")
    args = ap.parse_args()
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from timeline_app.model.filters import EventFilter
    from timeline_app.ui.fonts import install_fonts
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.settings import Settings
    install_fonts()
    tmp = tempfile.mkdtemp()
    settings = Settings(QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat))
    out: dict = {"library": args.library}

    def ms(t0: float) -> float:
        return round((time.perf_counter() - t0) * 1000, 1)

    t = time.perf_counter()
    w = MainWindow(settings)
    w.resize(1600, 1000)
    out["window_ms"] = ms(t)
    import sqlite3
    copy = os.path.join(tmp, "library.db")   # a copy: the run edits (and undoes) a publication date
    with sqlite3.connect(args.library) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    t = time.perf_counter()
    w.open_library(copy, create=False)
    out["open_library_ms"] = ms(t)
    t = time.perf_counter()
    w.timeline_view.wait_loaded()
    QCoreApplication.processEvents()
    out["timeline_loaded_ms"] = ms(t)
    out["events"] = w.model.rowCount()
    out["articles"] = w.store.article_count()
    t = time.perf_counter()
    w.filter_bar.set_filter(EventFilter(text=args.search))
    out["search_filter_ms"] = ms(t)
    out["search_rows"] = w.model.rowCount()
    t = time.perf_counter()
    w.filter_bar.clear()
    out["clear_filter_ms"] = ms(t)
    ids = [int(i) for i in w.model.event_ids()[:50]]
    t = time.perf_counter()
    for eid in ids:
        w.select_event(eid)
    out["select_event_ms_avg"] = round(ms(t) / max(len(ids), 1), 2)
    t = time.perf_counter()
    w.refresh_views()
    out["refresh_views_ms"] = ms(t)
    t = time.perf_counter()
    w.grab()
    out["first_paint_ms"] = ms(t)
    # setting a publication date: the UI thread only queues the re-extraction (a worker thread does it)
    if ids:
        import datetime as dt

        from timeline_app.ui import curation
        w.select_event(ids[0])
        aid = w.side_panel.current_article_id()
        art = w.store.article(aid) if aid is not None else None
        if art is not None:
            old = dt.date.fromisoformat(art["published"]) if art.get("published") else dt.date(2024, 1, 1)
            curation.ask_published = lambda parent, article: old + dt.timedelta(days=3)
            t = time.perf_counter()
            w.curation_ui.set_publication_date(aid)
            out["set_published_ui_ms"] = ms(t)
            w.redater.wait()
            QCoreApplication.processEvents()
            out["set_published_done_ms"] = ms(t)
            out["set_published_events"] = len((w.store.article(aid) or {}).get("event_ids") or [])
            w.undo_stack.undo()
            w.redater.wait()
            QCoreApplication.processEvents()
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    w.shutdown()
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
