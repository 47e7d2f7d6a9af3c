"""Full ``pipeline.extract`` per article: speed on dev and bench articles, exceptions, and the dev scores.

Wall-clock times depend on what else runs on the machine; ``cpu_*`` (process CPU time) and the 1-minute load average
are printed alongside.

    .venv/bin/python benchmarks/bench_extract.py [--bench-n 2000] [--pred OUT.jsonl]

Prints one JSON object. The dev predictions are the fields of ``extract --json`` per file, scored with
``../shared/tools/event_score.py`` and ``timex_score.py`` (imported from there; nothing is copied).
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
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
BENCH = SHARED / "corpus" / "bench"

from timeline_app.model.pipeline import extract  # noqa: E402


def _published(value: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return dt.date.today()


def _pct(xs: list[float], q: float) -> float:
    if not xs:
        return 0.0
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def dev_predictions() -> tuple[list[dict], list[tuple[float, float]]]:
    rows = [json.loads(l) for l in (DEV / "gold.jsonl").open(encoding="utf-8") if l.strip()]
    preds, times = [], []
    for r in rows:
        text = (DEV / r["file"]).open(encoding="utf-8", newline="").read()
        t0, c0 = time.perf_counter(), time.process_time()
        x = extract(text, _published(r["published"]))
        times.append(((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000))
        d = x.to_json()
        d["file"] = r["file"]
        preds.append(d)
    return preds, times


def score_dev(preds: list[dict], pred_out: str | None) -> dict:
    sys.path.insert(0, str(SHARED / "tools"))
    import event_score  # type: ignore
    import timex_score  # type: ignore

    path = pred_out or tempfile.mkstemp(suffix=".jsonl")[1]
    with open(path, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    gold = [json.loads(l) for l in (DEV / "gold.jsonl").open(encoding="utf-8") if l.strip()]
    ev, misses = event_score.score(gold, gold, preds)
    # breakdown: gold events whose timex places them vs. the rest (which the scorer matches through any interval)
    placeable = sum(1 for g in gold for e in g["events"] if e.get("timex_index") is not None
                    and timex_score.interval(g["timexes"][e["timex_index"]]["value"]))
    missed_placeable = sum(1 for m in misses if m[1] == "event" and m[3] != "None")
    ev["events"]["placeable_gold"] = placeable
    ev["events"]["placeable_recall"] = round((placeable - missed_placeable) / placeable, 3) if placeable else None
    ev["events"]["unplaceable_missed"] = sum(1 for m in misses if m[1] == "event" and m[3] == "None")
    # what-if, not the product's behaviour: undated events put on the publication day
    pub = {g["file"]: g["published"][:10] for g in gold}
    anchored = []
    for p in preds:
        q = dict(p, events=[dict(e) for e in p["events"]])
        for e in q["events"]:
            if not e.get("start_date"):
                d0 = dt.date.fromisoformat(pub[p["file"]])
                e["start_date"], e["end_date"] = d0.isoformat(), (d0 + dt.timedelta(days=1)).isoformat()
        anchored.append(q)
    ev["events"]["recall_if_undated_were_put_on_publication_day"] = event_score.score(gold, gold, anchored)[0]["events"]["recall"]
    try:
        tx = timex_score.score(gold, preds)
        tx = tx[0] if isinstance(tx, tuple) else tx
    except Exception as e:  # the timex scorer belongs to another tool; report, do not fail
        tx = {"error": repr(e)}
    return {"events_and_citations": ev, "timex": tx, "pred_file": path if pred_out else None}


def bench(n: int, seed: int = 7) -> dict:
    lines: list[str] = []
    for fn in sorted(BENCH.glob("*.jsonl")):
        with fn.open(encoding="utf-8") as f:
            lines.extend(f.readlines())
    random.Random(seed).shuffle(lines)
    lines = lines[:n]
    times, cpu, errors, n_ev, n_att = [], [], [], 0, 0
    for line in lines:
        try:
            art = json.loads(line)
        except ValueError:
            continue
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            x = extract(art.get("text") or "", _published(art.get("published")))
            n_ev += len(x.events)
            n_att += len(x.attributions)
        except Exception:
            errors.append({"id": art.get("id"), "error": traceback.format_exc(limit=2)[-300:]})
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return {"articles": len(times), "median_ms": round(statistics.median(times), 2) if times else None,
            "p95_ms": round(_pct(times, 0.95), 2), "max_ms": round(max(times), 1) if times else None,
            "cpu_median_ms": round(statistics.median(cpu), 2) if cpu else None, "cpu_p95_ms": round(_pct(cpu, 0.95), 2),
            "exceptions": len(errors), "exception_samples": errors[:3],
            "events_per_article": round(n_ev / max(1, len(times)), 2),
            "attributions_per_article": round(n_att / max(1, len(times)), 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench-n", type=int, default=2000)
    ap.add_argument("--pred", help="also write the dev predictions here")
    a = ap.parse_args()
    out: dict = {}
    if (DEV / "gold.jsonl").exists():
        extract("تمهيد", dt.date(2024, 1, 1))   # load lexicons and the gazetteer once, outside the timings
        preds, times = dev_predictions()
        wall = [w for w, _ in times]
        cpu = [c for _, c in times]
        out["dev"] = {"articles": len(times), "median_ms": round(statistics.median(wall), 2),
                      "p95_ms": round(_pct(wall, 0.95), 2), "cpu_median_ms": round(statistics.median(cpu), 2),
                      "cpu_p95_ms": round(_pct(cpu, 0.95), 2)}
        out["dev_scores"] = score_dev(preds, a.pred)
    if BENCH.exists():
        out["bench"] = bench(a.bench_n)
    out["load_average_1min"] = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    try:
        import resource

        out["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    except ImportError:   # not on Windows
        out["max_rss_mb"] = None
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
