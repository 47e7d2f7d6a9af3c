"""Duckling's Arabic time corpus as a regression suite (prefer="future", reference Tue 2013-02-12).

An example passes when the longest placed expression starts on the expected day; intervals of day/week grain must
also end on the expected (exclusive) day. Known differences of convention are xfail with the reason.
Skipped when ../shared/corpus/peers/duckling_ar_time.json is absent.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import SHARED
from timeline_app.model.timex import tag

PATH = SHARED / "corpus" / "peers" / "duckling_ar_time.json"
REF = dt.date(2013, 2, 12)

KNOWN = {
    "نص شهر ثلاث": "منتصف/نصف of a month = days 11-20 (dev-corpus convention), Duckling takes the 15th",
    "منتصف اذار": "منتصف of a month = days 11-20 (dev-corpus convention), Duckling takes the 15th",
    "في نصف شهر مارس": "نصف of a month = days 11-20 (dev-corpus convention), Duckling takes the 15th",
    "قبل اسبوع": "«قبل + quantity» resolves at the unit's granularity (the ISO week), Duckling gives the day",
    "من اسبوع": "colloquial «من اسبوع» (a week ago) is not read: «من» + quantity is too ambiguous in news",
    "خلال اسبوعين": "«خلال» + quantity is a DURATION (dev-corpus convention), Duckling gives an interval",
}


def _data():
    if not PATH.exists():
        return {"examples": [], "negative_examples": []}
    return json.loads(PATH.read_text(encoding="utf-8"))


DATA = _data()
needs_peers = pytest.mark.skipif(not PATH.exists(), reason="duckling_ar_time.json not present")


def expected_days(ex):
    if ex["kind"] == "interval":
        a, b = ex["expected"].split("/")
        sa, sb = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
        return sa.date(), (sb.date() if sb.time() == dt.time(0) else sb.date() + dt.timedelta(days=1))
    return dt.datetime.fromisoformat(ex["expected"]).date(), None


def _params():
    out = []
    for ex in DATA["examples"]:
        marks = [pytest.mark.xfail(reason=KNOWN[ex["text"]], strict=True)] if ex["text"] in KNOWN else []
        out.append(pytest.param(ex, id=ex["text"], marks=marks))
    return out


@needs_peers
@pytest.mark.parametrize("ex", _params())
def test_duckling_example(ex):
    placed = [t for t in tag(ex["text"], REF, prefer="future") if t.start_date]
    assert placed, "no placed expression"
    t = max(placed, key=lambda t: t.end - t.start)
    start, end = expected_days(ex)
    assert t.start_date == start, (t.text, t.value)
    if end is not None and ex["grain"] in ("day", "week"):
        assert t.end_date == end, (t.text, t.value)


@needs_peers
@pytest.mark.parametrize("word", DATA["negative_examples"])
def test_duckling_negative(word):
    assert tag(word, REF, prefer="future") == []


@needs_peers
def test_duckling_pass_count():
    passed = 0
    for ex in DATA["examples"]:
        placed = [t for t in tag(ex["text"], REF, prefer="future") if t.start_date]
        if not placed:
            continue
        t = max(placed, key=lambda t: t.end - t.start)
        start, end = expected_days(ex)
        if t.start_date == start and (end is None or ex["grain"] not in ("day", "week") or t.end_date == end):
            passed += 1
    assert passed >= len(DATA["examples"]) - len(KNOWN), passed
