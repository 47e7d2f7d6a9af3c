"""Ingest the benchmark corpus (../shared/corpus/bench/*.jsonl, 7,011 articles) into a fresh library and print
one JSON object: articles, events, seconds, articles/s, peak RSS (this process and the extraction workers), DB size.

    .venv/bin/python benchmarks/bench_ingest.py [--workers N] [--limit N] [--keep PATH] [--profile]

``--profile`` also times the stages separately on the first --limit articles in one process (read, extract,
store) to show where the time goes.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_app.model.ingest import ingest_paths  # noqa: E402
from timeline_app.model.store import Store  # noqa: E402

BENCH = ROOT.parent / "shared" / "corpus" / "bench"


def rss_mb(who) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def profile(files: list[Path], limit: int, tmp: Path) -> dict:
    from timeline_app.model import readers
    from timeline_app.model.store import run_extraction
    arts = []
    t0 = time.perf_counter()
    for f in files:
        for a in readers.read_path(f):
            if not isinstance(a, readers.ReadError):
                arts.append(a)
            if len(arts) >= limit:
                break
        if len(arts) >= limit:
            break
    t1 = time.perf_counter()
    exs = [run_extraction(a.text, a.published or dt.date.today()) for a in arts]
    t2 = time.perf_counter()
    with Store(tmp / "profile.db") as s:
        for a, ex in zip(arts, exs):
            s.add_article(a, ex)
    t3 = time.perf_counter()
    n = len(arts)
    return {"articles": n, "read_ms_per_article": round(1000 * (t1 - t0) / n, 2),
            "extract_ms_per_article": round(1000 * (t2 - t1) / n, 2),
            "store_ms_per_article": round(1000 * (t3 - t2) / n, 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=None, help="extraction processes (default: automatic)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles (via a temporary file)")
    ap.add_argument("--keep", type=Path, help="write the library here instead of a temporary file")
    ap.add_argument("--profile", action="store_true", help="also time read/extract/store separately")
    args = ap.parse_args()
    files = sorted(BENCH.glob("*.jsonl"))
    if not files:
        print(json.dumps({"error": f"no corpus at {BENCH}"}))
        return 1
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        inputs = files
        if args.limit:
            sub = tmp / "subset.jsonl"
            with open(sub, "w", encoding="utf-8") as out:
                n = 0
                for f in files:
                    for line in open(f, encoding="utf-8"):
                        if n >= args.limit:
                            break
                        out.write(line)
                        n += 1
            inputs = [sub]
        db = args.keep or tmp / "bench.db"
        if db.exists():
            db.unlink()
        t0, c0 = time.perf_counter(), time.process_time()
        with Store(db) as store:
            results = ingest_paths(store, inputs, workers=args.workers)
            seconds = time.perf_counter() - t0
            writer_cpu = time.process_time() - c0
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            stats = store.stats()
        size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
        counts = {k: sum(1 for r in results if r.status == k) for k in ("ingested", "duplicate", "failed")}
        out = {
            "benchmark": "ingest",
            "corpus": [f.name for f in files] if not args.limit else f"first {args.limit} articles",
            "workers": args.workers or "auto",
            "cpus": os.cpu_count(),
            "articles": stats["articles"], **counts,
            "events": stats["events"], "citations": stats["citations"], "timexes": stats["timexes"],
            "attributions": stats["attributions"], "auto_merges": stats["merges"],
            "seconds": round(seconds, 2),
            # CPU seconds: this process (reading, de-duplication, writing) and the extraction processes; on a
            # shared machine these move less than the wall time
            "cpu_seconds_writer": round(writer_cpu, 1),
            "cpu_seconds_workers": round(children.ru_utime + children.ru_stime, 1),
            "load_avg_1min_at_end": round(os.getloadavg()[0], 2),
            "articles_per_s": round(len(results) / seconds, 1),
            "peak_rss_mb": round(rss_mb(resource.RUSAGE_SELF), 1),
            "peak_rss_worker_mb": round(rss_mb(resource.RUSAGE_CHILDREN), 1),
            "db_mb": round(size / 1024 / 1024, 1),
            "failures": [r.line() for r in results if r.status == "failed"][:5],
        }
        if args.profile:
            out["profile"] = profile(inputs, args.limit or 300, tmp)
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
