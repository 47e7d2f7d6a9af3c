"""Benchmark: the printed PDF of a 1,000-event library (synthetic, realistic spread) -> one JSON line.

    .venv/bin/python benchmarks/bench_print.py [--events 1000] [--keep OUT.pdf]

Builds a temporary library (not timed): articles of ten events each, with Arabic titles, attributed sources, outlets
and URLs; events are day points, month-only and early/late-month ranges, clustered around news peaks over two
years. Then times ``printing.export_pdf`` end to end (query, citations, tiling, layout, painting, writing) and prints
``{"events": N, "pages": …, "seconds": …, "pdf_bytes": …}`` (median of ``--repeat`` warm exports) plus the best
wall time, the process CPU time, the first (cold) export and the load average (the machine is shared: wall time moves
with it). Goal: ≤ 2 s for 1,000 events on the 2-core machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_FONTDIR", str(ROOT / "resources" / "fonts"))

from timeline_app.model.store import Store  # noqa: E402
from timeline_app.model.types import ArticleInput, Attribution, Event, Extraction, Timex  # noqa: E402

VERBS = ["أعلنت", "نفذت", "استأنفت", "أجرت", "وقعت", "رفضت", "بحثت", "عقدت", "أطلقت", "علقت"]
ACTORS = ["الحكومة", "وزارة الخارجية", "القوات الأميركية", "الأمم المتحدة", "البرلمان", "الشركة الوطنية",
          "اللجنة الوزارية", "البنك المركزي"]
OBJECTS = ["محادثات غير مباشرة", "ضربات على مواقع", "تشغيل مفاعل نووي", "اتفاقاً تجارياً", "اجتماعاً طارئاً",
           "خطة للإصلاح", "مفاوضات الهدنة", "صرف المساعدات"]
PLACES = ["في سلطنة عمان", "في العراق", "في الرياض", "في القاهرة", "في جنيف", "في الجزائر", "في عمّان", ""]
SOURCES = ["مصادر مطلعة", "مسؤولون أميركيون", "وكالة الأنباء الرسمية", "متحدث باسم الوزارة", "شهود عيان"]
OUTLETS = ["الشرق الأوسط", "الجزيرة نت", "العربية", "سكاي نيوز عربية", "الأهرام", "الخبر", "المدينة"]


def _event_dates(rng: random.Random, first: dt.date) -> tuple[dt.date, dt.date, str, str | None]:
    peak = first + dt.timedelta(days=rng.choice([20, 95, 180, 300, 410, 530, 650, 700]))
    day = peak + dt.timedelta(days=int(rng.gauss(0, 12)))
    kind = rng.random()
    if kind < 0.7:
        return day, day + dt.timedelta(days=1), "day", None
    start = day.replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    if kind < 0.85:
        return start, end, "month", None
    if kind < 0.93:
        return start, start + dt.timedelta(days=10), "range", "START"
    return day, day + dt.timedelta(days=rng.randint(2, 20)), "range", None


def build_library(path: Path, n_events: int, seed: int = 7) -> Store:
    rng = random.Random(seed)
    store = Store.open(path)
    first = dt.date(2023, 1, 1)
    per_article = 10
    a = 0
    while store.count_events() < n_events:  # the store merges look-alike events across articles: add until N
        source = rng.choice(SOURCES)
        sentences, timexes, events = [], [], []
        text = f"تقرير رقم {a}. "
        for i in range(min(per_article, n_events - store.count_events())):
            start, end, gran, mod = _event_dates(rng, first)
            title = f"{rng.choice(VERBS)} {rng.choice(ACTORS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}".strip()
            title += f" (الجولة {a + i + 1})"  # distinct events: the store would merge look-alikes across articles
            sentence = f"وقال {source} إن {title} بتاريخ {start.isoformat()}. "
            pos = len(text)
            text += sentence
            d0 = pos + sentence.index(start.isoformat())
            timexes.append(Timex(d0, d0 + 10, start.isoformat(), "DATE", start.isoformat(), gran, mod,
                                 start_date=start, end_date=end))
            events.append(Event(pos, pos + len(sentence), title, timex_index=i, date_text=start.isoformat(),
                                attribution_indexes=[0], confidence=round(rng.uniform(0.4, 0.95), 2)))
        s0 = text.index(source)
        attribution = Attribution(source, s0, s0 + len(source), "official_anonymous", "قال", s0 - 4, s0 - 1,
                                  s0 + len(source), s0 + len(source) + 10)
        store.add_article(ArticleInput(text=text, path=f"bench/{a}.txt", format="txt", title=f"تقرير إخباري {a}",
                                       outlet=rng.choice(OUTLETS), url=f"https://news.example.com/{a}",
                                       published=dt.date(2024, 12, 31), published_source="metadata",
                                       published_guessed=False),
                          Extraction(timexes, [attribution], events))
        a += per_article
    return store


def _time_preview(store: Store, repeat: int) -> dict:
    """The preview dialog's full repaint (what opening it or changing its page setup costs)."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from timeline_app.ui.printing import make_preview_dialog
    dialog = make_preview_dialog(None, store)
    widget = dialog.findChild(QPrintPreviewWidget)
    walls = []
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        widget.updatePreview()
        walls.append(time.perf_counter() - t)
    pages = widget.pageCount()
    dialog.deleteLater()
    return {"preview_pages": pages, "preview_seconds": round(statistics.median(walls), 3),
            "preview_best_seconds": round(min(walls), 3)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1000)
    ap.add_argument("--keep", help="also keep the PDF at this path")
    ap.add_argument("--repeat", type=int, default=3, help="warm exports to time (median and best are reported)")
    ap.add_argument("--preview", action="store_true",
                    help="also time the print preview (text as glyph runs, pages recorded as pictures)")
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui import printing

    app = QApplication.instance() or QApplication([])
    printing.load_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        store = build_library(Path(tmp) / "bench.tldb", args.events)
        out = Path(args.keep) if args.keep else Path(tmp) / "bench.pdf"
        t, c = time.perf_counter(), time.process_time()
        printing.export_pdf(store, Path(tmp) / "cold.pdf")   # the first export also loads fonts and shapers
        cold = time.perf_counter() - t
        walls, cpus = [], []
        for _ in range(max(1, args.repeat)):
            t, c = time.perf_counter(), time.process_time()
            pages = printing.export_pdf(store, out)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        seconds, cpu = statistics.median(walls), statistics.median(cpus)
        extra = {}
        if args.preview:
            extra = _time_preview(store, args.repeat)
        n = store.count_events()
        store.close()
        print(json.dumps({"events": n, "pages": pages, "seconds": round(seconds, 3), "best_seconds": round(min(walls), 3),
                          "cpu_seconds": round(cpu, 3), "cold_seconds": round(cold, 3), "pdf_bytes": out.stat().st_size,
                          **extra, "load_avg_1m": round(os.getloadavg()[0], 2)}))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
