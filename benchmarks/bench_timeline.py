"""Timeline speed and memory: first paint and frame times at three zoom levels, for N synthetic events.

    python benchmarks/bench_timeline.py --events 100000 --json
    python benchmarks/bench_timeline.py --events 1000000 --json

Builds a library of N synthetic events with a realistic spread (day points, month-only and early/mid/late bars,
ranges, years, undated; bursts around "news" days; more events in recent years), inserted straight into the schema
with executemany. Then opens EventModel + TimelineView offscreen at 1600x900 and times ``view.grab()`` over a scripted
sequence of zooms and pans: per zoom level, three jumps to random places, each followed by pans (3%) and zoom steps
(1.1x) around it, as a user would move; jump frames (cold label caches) are included in the percentiles. Prints one JSON object:
{"events": N, "first_paint_s": ... (open the library -> first frame showing the events), "frame_ms": {"zoomed_out": {"p50", "p95"}, "mid": {...}, "zoomed_in": {...}},
 "rss_mb": peak RSS, ...}
"""
from __future__ import annotations

import argparse
import datetime as dt
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

import numpy as np  # noqa: E402

WORDS = ("اجتماع وزير الخارجية قمة الرياض انفجار بيروت اتفاق وقف إطلاق النار غزة انتخابات تونس مظاهرات القاهرة "
         "البرلمان حكومة جديدة زيارة رسمية مفاوضات الدوحة عمان بغداد دمشق الخرطوم طرابلس الرباط الجزائر صنعاء "
         "الأمم المتحدة مجلس الأمن قرار عقوبات اقتصادية أسعار النفط البنك المركزي").split()
OUTLETS = ("الجزيرة", "العربية", "بي بي سي عربي", "الشرق الأوسط", "الأهرام", "الخبر", "هسبريس", "النهار")


def synth_columns(n: int, seed: int = 7) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    lo, hi = dt.date(1995, 1, 1).toordinal(), dt.date(2025, 12, 31).toordinal()
    # background: more events in recent years; bursts: 40% of events within days of ~n/500 news days
    u = rng.random(n)
    background = lo + (hi - lo) * np.sqrt(u)
    hot = lo + (hi - lo) * np.sqrt(rng.random(max(n // 500, 5)))
    burst = hot[rng.integers(0, len(hot), n)] + rng.normal(0, 3, n)
    start = np.floor(np.where(rng.random(n) < 0.4, burst, background)).astype(np.int64)
    kind = rng.choice(6, n, p=[0.70, 0.10, 0.05, 0.06, 0.03, 0.06])   # day, month, early/mid/late, range, year, undated
    span = np.ones(n, np.int64)
    gran = np.zeros(n, np.int64)                   # filters.GRANULARITIES: day=0, month=2, year=5, range=6
    mod = np.full(n, -1)
    m = kind == 1
    span[m], gran[m] = 30, 2
    m = kind == 2
    span[m], gran[m], mod[m] = 10, 2, rng.integers(0, 3, m.sum())
    m = kind == 3
    span[m], gran[m] = rng.integers(2, 60, m.sum()), 6
    m = kind == 4
    span[m], gran[m] = 365, 5
    undated = kind == 5
    return {"id": np.arange(1, n + 1), "start": start, "end": start + span, "gran": gran, "mod": mod,
            "undated": undated, "conf": rng.uniform(0.3, 0.95, n).astype(np.float32)}


def build_store(path: Path, n: int):
    from timeline_app.model.filters import GRANULARITIES, MODS
    from timeline_app.model.store import Store
    store = Store.open(path)
    c = synth_columns(n)
    n_articles = max(1, n // 20)
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    rng = np.random.default_rng(3)
    article_of = rng.integers(1, n_articles + 1, n)
    conn = store.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO articles(id, content_hash, format, title, outlet, published, published_source, text, ingested_at)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        ((i, f"h{i}", "txt", f"مقال {i}", OUTLETS[i % len(OUTLETS)], "2024-01-01", "metadata", "نص", now)
         for i in range(1, n_articles + 1)))
    words = np.array(WORDS)
    wi = rng.integers(0, len(WORDS), (n, 5))
    nw = rng.integers(2, 6, n)
    fromord = dt.date.fromordinal

    def rows():
        for i in range(n):
            und = bool(c["undated"][i])
            s, e = int(c["start"][i]), int(c["end"][i])
            g, md = int(c["gran"][i]), int(c["mod"][i])
            yield (int(c["id"][i]), " ".join(words[wi[i, :nw[i]]]), None if und else f"{fromord(s).isoformat()}",
                   None if und else fromord(s).isoformat(), None if und else fromord(e).isoformat(),
                   None if und else s, None if und else e, None if und else GRANULARITIES[g],
                   MODS[md] if md >= 0 and not und else None, float(c["conf"][i]), now, int(article_of[i]))
    conn.executemany(
        "INSERT INTO events(id, title, date_text, start_date, end_date, start_day, end_day, granularity, mod, "
        "confidence, created_at, article_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows())
    conn.execute("COMMIT")
    return store


def percentiles(ms: list[float]) -> dict[str, float]:
    a = np.array(ms)
    return {"p50": round(float(np.percentile(a, 50)), 2), "p95": round(float(np.percentile(a, 95)), 2),
            "max": round(float(a.max()), 2), "frames": len(ms)}


def rss_now_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--json", action="store_true", help="print only the JSON object")
    ap.add_argument("--db", help="reuse/keep the synthetic library here (default: a temporary file)")
    ap.add_argument("--frames", type=int, default=60, help="frames per zoom level (3 places, pans/zooms at each)")
    ap.add_argument("--profile", choices=("zoomed_out", "mid", "zoomed_in"),
                    help="cProfile that phase's frames; top functions by cumulative time go to stderr")
    args = ap.parse_args(argv)

    tmp = None
    if args.db:
        path = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "bench.db"
    t = time.perf_counter()
    if not path.exists():
        build_store(path, args.events).close()
    build_s = time.perf_counter() - t

    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from timeline_app.model.store import Store
    from timeline_app.ui.event_model import EventModel
    from timeline_app.ui.timeline import TimelineView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    for f in (ROOT / "resources" / "fonts").glob("*.ttf"):
        QFontDatabase.addApplicationFont(str(f))

    # first paint: from opening the library to the first frame WITH EVENTS on screen: open the store, build the
    # model (row ids, UI thread) and the view, which paints the axis and «loading» while its worker thread builds the
    # painting arrays; the first arrays to arrive (queued signal; without a filter the worker sends the positions
    # first, then imprecision and confidence) are painted in one frame (1600x900, fit-all). full_load_s: when the
    # worker is done and its last arrays are painted.
    t, c = time.perf_counter(), time.process_time()
    store = Store.open(path)
    model = EventModel(store)
    model_s = time.perf_counter() - t
    sel = QItemSelectionModel(model)
    view = TimelineView(model, sel)
    view.resize(1600, 900)
    view.grab()                                   # the loading frame (axis, «loading»), as a window would show
    loading_frame_s = time.perf_counter() - t
    deadline = time.perf_counter() + 120
    while not len(view.data) and time.perf_counter() < deadline:
        app.processEvents()                       # delivers the worker's arrays to the view
        time.sleep(0.002)
    view.grab()
    first_paint = time.perf_counter() - t
    first_paint_cpu = time.process_time() - c     # all threads (UI + loader)
    first_mode = view.layout_info().mode          # "density" or "events": the frame shows the events
    assert len(view.data) and first_mode in ("density", "events"), first_mode
    view.wait_loaded()
    app.processEvents()
    view.grab()
    full_load = time.perf_counter() - t

    cpu: dict[str, list[float]] = {}

    def frames(ranges, name="warm"):
        if args.profile == name:
            import cProfile
            import pstats
            prof = cProfile.Profile()
            prof.enable()
            try:
                return _frames(ranges, name)
            finally:
                prof.disable()
                if os.environ.get("BENCH_PROFILE_OUT"):
                    prof.dump_stats(os.environ["BENCH_PROFILE_OUT"])
                pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(35)
                pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(25)
        return _frames(ranges, name)

    def _frames(ranges, name):
        out = []
        for a, b in ranges:
            view.set_visible_range(a, b)
            t0, c0 = time.perf_counter(), time.thread_time()
            view.grab()
            out.append((time.perf_counter() - t0) * 1000)
            cpu.setdefault(name, []).append((time.thread_time() - c0) * 1000)
        return out

    ext = view.data.extent()
    a, b = ext
    rng = np.random.default_rng(11)

    def session(centres, spans, per_stop):
        """A user's scripted interaction: jump to a place (overview click), then pan and zoom around it
        (3% pans and 1.1x zoom steps, in both directions), ``per_stop`` frames per place."""
        out = []
        for c, w in zip(centres, spans):
            t0, t1 = c - w / 2, c + w / 2
            out.append((t0, t1))
            for k in range(per_stop - 1):
                step = k % 4
                if step in (0, 1):                  # pan later, then earlier
                    d = (t1 - t0) * 0.03 * (1 if (k // 4) % 2 == 0 else -1)
                    t0, t1 = t0 + d, t1 + d
                else:                               # zoom in, then out, around the middle
                    f = 1.1 if (k // 4) % 2 == 0 else 1 / 1.1
                    m, half = (t0 + t1) / 2, (t1 - t0) / 2 / f
                    t0, t1 = m - half, m + half
                out.append((t0, t1))
        return out

    stops, per_stop = 3, max(args.frames // 3, 2)
    # zoomed out: the whole library, and 1-3 decades across the view
    out_ranges = session([(a + b) / 2] + list(rng.uniform(a, b, stops - 1)),
                         [b - a] + list(rng.uniform(3650, 11000, stops - 1)), per_stop)
    # mid: one to six months across the view, around real events
    mid_ranges = session(view.data.start[rng.integers(0, len(view.data), stops)], rng.uniform(30, 180, stops),
                         per_stop)
    # zoomed in: an hour to a week across the view, around real events
    in_ranges = session(view.data.start[rng.integers(0, len(view.data), stops)], rng.uniform(1 / 24, 7, stops),
                        per_stop)
    frames(out_ranges[:3])  # warm caches (fonts, shaping) as a user's first seconds would
    result = {
        "events": args.events,
        "first_paint_s": round(first_paint, 3),
        "first_paint_cpu_s": round(first_paint_cpu, 3),
        "first_paint_parts_s": {"model_ids": round(model_s, 3), "loading_frame": round(loading_frame_s, 3)},
        "first_frame_mode": first_mode,
        "full_load_s": round(full_load, 3),
        "frame_ms": {"zoomed_out": percentiles(frames(out_ranges, "zoomed_out")),
                     "mid": percentiles(frames(mid_ranges, "mid")),
                     "zoomed_in": percentiles(frames(in_ranges, "zoomed_in"))},
        # CPU time of the UI thread per frame: what the frame costs when the machine is shared (wall time includes
        # waiting for a core)
        "frame_cpu_ms": {k: percentiles(v) for k, v in cpu.items() if k != "warm"},
        "load_avg_1min": round(os.getloadavg()[0], 2),
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_now_mb": round(rss_now_mb(), 1),
        "build_store_s": round(build_s, 1),
        "size": [view.width(), view.height()],
    }
    view.close()
    store.close()
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
