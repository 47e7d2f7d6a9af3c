"""Benchmark and score the Arabic timex tagger; prints one JSON object.

- dev: runs tag() over ../shared/corpus/dev/*.txt with each gold `published` date, writes predictions JSONL
  (--pred, default /tmp/timex_pred.jsonl) and scores them with ../shared/tools/timex_score.py.
- duckling: ../shared/corpus/peers/duckling_ar_time.json with prefer="future", reference 2013-02-12.
- timing: per-article median/p95 over the dev set and over N articles of bench/mayadeen-5000.jsonl.
- exceptions: count of tag() calls that raised (must be 0).

- glue (--glue): glued deictics split over all bench articles, each listed on stderr for review.

Usage: .venv/bin/python benchmarks/bench_timex.py [--n 2000] [--pred PATH] [--misses] [--glue]
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
BENCH = SHARED / "corpus" / "bench"
DUCKLING = SHARED / "corpus" / "peers" / "duckling_ar_time.json"
SCORER = SHARED / "tools" / "timex_score.py"

from timeline_app.model.timex import tag  # noqa: E402

DEV_EXCEPTIONS = 0


def load_scorer():
    spec = importlib.util.spec_from_file_location("timex_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dev_predictions() -> tuple[list[dict], list[dict], list[float]]:
    gold = [json.loads(l) for l in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    preds, times = [], []
    global DEV_EXCEPTIONS
    for g in gold:
        with open(DEV / g["file"], encoding="utf-8", newline="") as f:
            text = f.read()
        ref = dt.date.fromisoformat(g["published"][:10])
        t0 = time.perf_counter()
        try:
            tx = tag(text, ref)
        except Exception:  # noqa: BLE001 - counted and reported
            DEV_EXCEPTIONS += 1
            traceback.print_exc(file=sys.stderr)
            tx = []
        times.append((time.perf_counter() - t0) * 1000)
        preds.append({"file": g["file"], "timexes": [t.to_json() for t in tx]})
    return gold, preds, times


def dev_scores(misses: bool = False, pred_path: str | None = None) -> tuple[dict, list]:
    gold, preds, times = dev_predictions()
    if pred_path:
        with open(pred_path, "w", encoding="utf-8") as f:
            for p in preds:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    res, miss = load_scorer().score(gold, preds)
    return {**res, "_times": times}, miss


def duckling_expected_days(ex: dict) -> tuple[dt.date, dt.date | None]:
    exp = ex["expected"]
    if ex["kind"] == "interval":
        a, b = exp.split("/")
        sa, sb = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
        end = sb.date() if sb.time() == dt.time(0) else sb.date() + dt.timedelta(days=1)
        return sa.date(), end
    return dt.datetime.fromisoformat(exp).date(), None


def duckling_check(ex: dict, ref: dt.date = dt.date(2013, 2, 12)) -> tuple[bool, str]:
    """Pass when the tagger's main expression starts on the expected day (instants) or spans the expected days
    (intervals of day or week grain)."""
    tx = [t for t in tag(ex["text"], ref, prefer="future") if t.start_date]
    if not tx:
        return False, "no placed expression"
    t = max(tx, key=lambda t: t.end - t.start)
    start, end = duckling_expected_days(ex)
    got = f"{t.text} -> {t.value} [{t.start_date}, {t.end_date})"
    if t.start_date != start:
        return False, got
    if end is not None and ex["grain"] in ("day", "week") and t.end_date != end:
        return False, got
    return True, got


def duckling() -> dict:
    data = json.loads(DUCKLING.read_text(encoding="utf-8"))
    passed, failed = 0, []
    for ex in data["examples"]:
        ok, got = duckling_check(ex)
        if ok:
            passed += 1
        else:
            failed.append((ex["text"], ex["expected"], got))
    neg_ok = sum(1 for w in data["negative_examples"] if not tag(w, dt.date(2013, 2, 12), prefer="future"))
    return {"passed": passed, "total": len(data["examples"]), "negatives_ok": neg_ok,
            "negatives": len(data["negative_examples"]), "_failed": failed}


def bench(n: int) -> dict:
    times, cpu, errors, count, n_timex = [], [], 0, 0, 0
    path = BENCH / "mayadeen-5000.jsonl"
    with open(path, encoding="utf-8") as f:
        for line in f:
            if count >= n:
                break
            r = json.loads(line)
            ref = dt.date.fromisoformat(r["published"][:10])
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                n_timex += len(tag(r["text"], ref))
            except Exception:  # noqa: BLE001 - counted and reported
                errors += 1
                traceback.print_exc(file=sys.stderr)
            cpu.append((time.process_time() - c0) * 1000)
            times.append((time.perf_counter() - t0) * 1000)
            count += 1
    return {"articles": count, "median_ms": round(statistics.median(times), 3),
            "p95_ms": round(sorted(times)[int(0.95 * (len(times) - 1))], 3), "max_ms": round(max(times), 3),
            "cpu_median_ms": round(statistics.median(cpu), 3), "timexes": n_timex, "exceptions": errors,
            "load_avg_1min": round(os.getloadavg()[0], 2)}


def glue_splits(show: bool) -> dict:
    """Glued deictics split by timex/glue.py over every bench article («أمسسيطرة» → «امس سيطره»); with --glue each
    split is listed on stderr with its context, to check by eye that no real word was cut."""
    from timeline_app.model.timex.glue import unglue
    from timeline_app.model.timex.normalize import normalize
    articles = splits = 0
    for path in sorted(BENCH.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                n = unglue(normalize(text))
                articles += 1
                splits += len(n.ins)
                if show:
                    for i in n.ins:
                        o = n.orig(i)
                        print("GLUE", path.name, repr(text[max(0, o - 30):o + 25]), file=sys.stderr)
    return {"articles": articles, "splits": splits}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--pred", default="/tmp/timex_pred.jsonl")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--fails", action="store_true", help="list failing Duckling examples on stderr")
    ap.add_argument("--glue", action="store_true", help="count (and list on stderr) glued deictics split over all bench files")
    a = ap.parse_args()
    tag("تمهيد 2024", dt.date(2024, 1, 1))  # import/compile outside the timings
    scores, miss = dev_scores(a.misses, a.pred)
    dev_times = scores.pop("_times")
    if a.misses:
        for m in miss:
            print("MISS", *m, file=sys.stderr)
    duck = duckling()
    fails = duck.pop("_failed")
    if a.fails:
        for f in fails:
            print("DUCK", *f, file=sys.stderr)
    out = {
        "dev": scores,
        "duckling": duck,
        "timing_dev": {"articles": len(dev_times), "median_ms": round(statistics.median(dev_times), 3),
                       "p95_ms": round(sorted(dev_times)[int(0.95 * (len(dev_times) - 1))], 3),
                       "exceptions": DEV_EXCEPTIONS},
        "timing_bench": bench(a.n),
    }
    from timeline_app.model.timex import engine
    out["internal_errors"] = dict(engine.ERRORS)
    if a.glue:
        out["glue"] = glue_splits(True)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
