"""merge.find_same_event looks its candidates up in a per-connection index (width class, start-day bucket, title
stem). These tests hold it to the plain rule it replaces: every live event of another article whose start falls in
the window and whose width is comparable is a candidate, whatever bucket it sits in and whenever it was written."""
from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from timeline_app.model import merge
from timeline_app.model import store as store_mod
from timeline_app.model.store import Store
from timeline_app.model.types import ArticleInput, Event, Extraction

D = dt.date
BASE = D(2024, 1, 1).toordinal()

# titles built from a few shared phrases, so that many pairs are alike and many are not
SUBJECTS = ["الجيش الإسرائيلي", "القوات الروسية", "الحكومة المصرية", "الأمم المتحدة"]
ACTIONS = ["نفذ غارات جوية على مواقع", "أعلن وقف إطلاق النار في مناطق", "افتتح مستشفى ميدانيا قرب مواقع",
           "قصف مخازن أسلحة تابعة لفصائل"]
PLACES = ["جنوب لبنان", "شمال غزة", "ريف حلب", "مدينة خاركيف"]
WIDTHS = [1, 1, 1, 2, 3, 5, 7, 10, 30, 31, 90, 365]


def reference(conn, row: dict, article_id: int) -> int | None:
    """The rule without an index: scan every live event (the same thresholds as merge.find_same_event)."""
    sd, ed = row["start_day"], row["end_day"]
    if row.get("mod") == "ON_OR_BEFORE":
        return None
    grams = merge.trigrams(row["title"])
    if len(grams) < 6:
        return None
    width = ed - sd
    max_w = max(3, 2 * width)
    min_w = max(1, width // 2) if width > 3 else 1
    base = merge._threshold_base(width)
    words, nums = merge.stems(row["title"]), merge.numbers(row["title"])
    close = []
    meta = {}
    for eid, s0, e0, title, actors, places in conn.execute(
            "SELECT id, start_day, end_day, title, actors, places FROM events WHERE merged_into IS NULL "
            "AND deleted = 0 AND start_day > ? AND start_day < ? AND end_day > ? AND end_day - start_day BETWEEN ? "
            "AND ? AND article_id != ?", (sd - max_w, ed, sd, min_w, max_w, article_id)):
        theirs, other = merge.stems(title), merge.numbers(title)
        if nums and other and not (nums & other):
            continue
        shared = len(words & theirs)
        if shared < 2 or shared < 0.3 * min(len(words), len(theirs)):
            continue
        j = merge.jaccard(grams, merge.trigrams(title)) + (0.05 if (s0, e0) == (sd, ed) else 0.0)
        if j + 0.2 >= base:
            close.append((j, eid))
            meta[eid] = (set(json.loads(actors)), set(json.loads(places)))
    # the best of the 20 closest titles, shared actors and places counted (ties: the first in that order)
    new_actors, new_places = set(json.loads(row["actors"])), set(json.loads(row["places"]))
    best, best_score = None, 0.0
    for j, eid in sorted(close, reverse=True)[:20]:
        shared_a, shared_p = bool(new_actors & meta[eid][0]), bool(new_places & meta[eid][1])
        score = j + (0.12 if shared_a else 0.0) + (0.08 if shared_p else 0.0)
        need = base if (shared_a or shared_p) else base + 0.12
        if score >= need and score > best_score:
            best, best_score = eid, score
    return best


def random_row(rng: random.Random) -> dict:
    width = rng.choice(WIDTHS)
    sd = BASE + rng.randrange(0, 120)
    title = f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)} في {rng.choice(PLACES)}"
    actors = [title.split(" في ")[0]] if rng.random() < 0.5 else []
    # some placed only by their article's publication day (reported without a date)
    mod = "ON_OR_BEFORE" if width == 1 and rng.random() < 0.3 else None
    return {"title": title, "start_day": sd, "end_day": sd + width, "mod": mod,
            "actors": json.dumps(actors, ensure_ascii=False), "places": "[]"}


def add_event_article(s: Store, k: int, row: dict) -> int:
    """An article of one event with ``row``'s title and dates; returns the event id."""
    text = f"مقالة {k}: {row['title']}."
    start, end = D.fromordinal(row["start_day"]), D.fromordinal(row["end_day"])
    ex = Extraction(events=[Event(0, len(text), row["title"], start_date=start, end_date=end, granularity="day",
                                  mod=row.get("mod"), actors=json.loads(row["actors"]))])
    status, aid = s.add_article(ArticleInput(text, f"a{k}.txt", "txt", published=end), ex)
    assert status == "ingested"
    return s.conn.execute("SELECT id FROM events WHERE article_id = ?", (aid,)).fetchone()[0]


@pytest.fixture
def lib(tmp_path, monkeypatch):
    monkeypatch.setattr(store_mod, "_find_same_event", merge.find_same_event)
    with Store(tmp_path / "lib.db") as s:
        yield s


@pytest.mark.parametrize("seed,limit", [(0, None), (1, None), (2, None), (3, None), (4, 5)])
def test_index_agrees_with_a_full_scan(lib, seed, limit):
    """Events written one by one (buckets loaded before, after and between the writes) and probes of every width
    near bucket edges: the index finds what a full scan finds, also when its bound makes it start over often."""
    rng = random.Random(seed)
    if limit is not None:
        merge._index_for(lib.db).limit = limit
    for k in range(120):
        row = random_row(rng)
        expected = reference(lib.conn, row, article_id=10_000)
        assert merge.find_same_event(lib.db, row, 10_000) == expected, row
        add_event_article(lib, k, row)   # merged (or not) by the store through the same index
    assert lib.stats()["merges"] > 5     # the titles are alike often enough for the test to mean something
    for _ in range(300):
        row = random_row(rng)
        assert merge.find_same_event(lib.db, row, 10_000) == reference(lib.conn, row, 10_000), row


def test_window_across_a_bucket_edge(lib):
    """Overlapping events of comparable widths (one day and three days) are found on both sides of every bucket
    edge, whichever of the two is written first."""
    title = "الجيش الإسرائيلي نفذ غارات جوية على مواقع في جنوب لبنان"
    k = 0
    for offset in range(16):
        for first_width, second_width in ((3, 1), (1, 3)):
            for delta in (0, 1, 2):
                sd = BASE + 40 + offset
                first = {"title": title, "start_day": sd, "end_day": sd + first_width, "actors": "[]", "places": "[]"}
                # the second overlaps the first: inside it, or ending inside it
                s2 = sd + delta if first_width == 3 else sd - delta
                second = dict(first, start_day=s2, end_day=s2 + second_width)
                k += 1
                eid = add_event_article(lib, k, first)
                merge.forget(lib.db)  # the lookup reads its buckets from the table
                assert merge.find_same_event(lib.db, second, 10_000) == eid, (offset, first_width, delta)
                lib.delete_event(eid)


def test_index_follows_curation_on_the_same_connection(lib):
    title = "القوات الروسية قصف مخازن أسلحة تابعة لفصائل في ريف حلب"
    row = {"title": title, "start_day": BASE + 10, "end_day": BASE + 11, "actors": "[]", "places": "[]"}
    eid = add_event_article(lib, 1, row)
    assert merge.find_same_event(lib.db, row, 10_000) == eid      # the bucket is loaded now
    lib.delete_event(eid)
    assert merge.find_same_event(lib.db, row, 10_000) is None
    merge.forget(lib.db)
    assert merge.find_same_event(lib.db, row, 10_000) is None     # its bucket read without it
    lib.restore_event(eid)
    assert merge.find_same_event(lib.db, row, 10_000) == eid
    lib.update_event(eid, start_date=D.fromordinal(BASE + 30), end_date=None)  # out of the window
    assert merge.find_same_event(lib.db, row, 10_000) is None
    lib.update_event(eid, start_date=D.fromordinal(BASE + 10), end_date=None)  # and back
    assert merge.find_same_event(lib.db, row, 10_000) == eid
    other = add_event_article(lib, 2, dict(row, title=title + " الشمالي"))
    assert lib.event(other)["merged_into"] == eid                  # merged by the store on insert
    lib.split_event(other)
    lib.merge_events(other, eid)                                   # now the other one stands for both
    assert merge.find_same_event(lib.db, row, 10_000) == other
