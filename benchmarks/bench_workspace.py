"""Workspace (main window) timings on a library: open, filter, select an event (side panel), refresh after an edit.

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
    t = time.perf_counter()
    w.open_library(args.library, create=False)
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
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    w.shutdown()
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
