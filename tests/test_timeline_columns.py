"""columns.py: the fast read-only queries give exactly the rows and order of the store's own methods."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from timeline_app.model.filters import GRANULARITIES, MODS, EventFilter
from timeline_app.model.store import Store
from timeline_app.model.types import ArticleInput, Event, Extraction
from timeline_app.ui.timeline import columns as C
from timeline_app.ui.timeline.data import TimelineData

WORDS = ["اجتماع", "اتفاق", "انتخابات", "مظاهرات", "قمة"]


@pytest.fixture
def store(tmp_path):
    """Two articles; every granularity and mod; equal start days (ties broken by id); undated; one deleted."""
    s = Store.open(tmp_path / "lib.db")
    base = dt.date(2023, 5, 1)
    for art, outlet in enumerate(("الجزيرة", "النهار")):
        events, text = [], ""
        for i in range(40):
            sentence = f"{WORDS[i % 5]} رقم {art}-{i}. "
            a, b = len(text), len(text) + len(sentence)
            text += sentence
            if i % 9 == 8:
                events.append(Event(start=a, end=b, title=f"بلا تاريخ {art}-{i}", confidence=0.3))
                continue
            d = base + dt.timedelta(days=(i * 7) % 23)     # repeated days in both articles
            g = GRANULARITIES[i % len(GRANULARITIES)]
            events.append(Event(start=a, end=b, title=f"{WORDS[i % 5]} {art}-{i}", date_text=f"يوم {i}",
                                start_date=d, end_date=d + dt.timedelta(days=1 + (i % 4) * 20), granularity=g,
                                mod=MODS[i % len(MODS)] if i % 3 == 0 else None, confidence=0.31 + (i % 7) / 10))
        status, _ = s.add_article(ArticleInput(text=text, path=None, format="txt", title=f"مقال {art}",
                                               outlet=outlet, published=base), Extraction(events=events))
        assert status == "ingested"
    s.delete_event(s.query_event_ids(EventFilter())[3])
    yield s
    s.close()


FILTERS = [EventFilter(), EventFilter(include_undated=False), EventFilter(include_deleted=True),
           EventFilter(date_from=dt.date(2023, 5, 10), date_to=dt.date(2023, 5, 20)),
           EventFilter(min_confidence=0.6), EventFilter(text="اتفاق"), EventFilter(outlets=["النهار"]),
           EventFilter(text="لا شيء يطابق")]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.describe() or "all")
def test_ordered_ids_equal_query_event_ids(store, f):
    ids = C.ordered_event_ids(store.conn, f)
    assert ids.dtype == np.int64
    assert ids.tolist() == list(store.query_event_ids(f))


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.describe() or "all")
def test_columns_equal_store_timeline_columns(store, f):
    fast = C.timeline_columns(store.conn, f)
    slow = store.timeline_columns(f)
    assert set(fast) >= {"id", "start_day", "end_day", "granularity_code", "mod_code", "article_id", "confidence"}
    order = np.argsort(fast["id"])
    by_id = np.argsort(slow["id"])
    for name in ("id", "start_day", "end_day", "granularity_code", "mod_code", "article_id"):
        assert fast[name][order].tolist() == slow[name][by_id].tolist(), name
    assert np.allclose(fast["confidence"][order], slow["confidence"][by_id], atol=1e-6)
    if len(slow["id"]):
        assert (slow["granularity_code"] >= 0).any() and (slow["mod_code"] >= 0).any()


def test_painting_arrays_are_the_same_from_either_source(store):
    fast = TimelineData.from_columns(C.timeline_columns(store.conn, EventFilter()))
    slow = TimelineData.from_columns(store.timeline_columns(EventFilter()))
    for name in ("ids", "start", "end", "fuzzy", "lane", "is_bar", "undated_ids", "article"):
        assert getattr(fast, name).tolist() == getattr(slow, name).tolist(), name


def test_sort_by_day_id_matches_lexsort():
    rng = np.random.default_rng(1)
    days = rng.integers(700_000, 740_000, 5000).astype(np.float64)
    ids = rng.permutation(5000) + 1
    assert C.sort_by_day_id(days, ids).tolist() == np.lexsort((ids, days)).tolist()
    big = ids.astype(np.int64) + (1 << 40)        # ids beyond the combined key: falls back to lexsort
    assert C.sort_by_day_id(days, big).tolist() == np.lexsort((big, days)).tolist()
    assert len(C.sort_by_day_id(np.zeros(0), np.zeros(0, np.int64))) == 0


@pytest.mark.parametrize("f", [EventFilter(), EventFilter(include_undated=False), EventFilter(min_confidence=0.6)],
                         ids=lambda f: f.describe() or "all")
def test_two_stage_load_gives_the_same_arrays(store, f):
    """positions() then details(): the same painting arrays as one full read (imprecision, confidence included)."""
    full = TimelineData.from_columns(store.timeline_columns(f))
    first = TimelineData.from_columns(C.positions(store.conn, f))
    for name in ("ids", "start", "end", "lane", "is_bar", "undated_ids", "article"):
        assert getattr(first, name).tolist() == getattr(full, name).tolist(), name
    assert not first.fuzzy.any()                       # until the details arrive
    second = first.with_details(C.details(store.conn, f))
    assert second.fuzzy.tolist() == full.fuzzy.tolist() and second.fuzzy.any()
    assert np.allclose(second.confidence, full.confidence)
    assert second.lane.tolist() == full.lane.tolist() and second is not first


def test_sort_by_day_id_keeps_sorted_input_and_sorts_the_rest():
    days = np.array([5.0, 5.0, 6.0, 9.0])
    ids = np.array([1, 4, 2, 3])
    assert C.sort_by_day_id(days, ids).tolist() == [0, 1, 2, 3]
    assert C.sort_by_day_id(days[::-1].copy(), ids[::-1].copy()).tolist() == [3, 2, 1, 0]
    shuffled = np.array([3, 0, 2, 1])
    assert C.sort_by_day_id(days[shuffled], ids[shuffled]).tolist() == np.lexsort((ids[shuffled], days[shuffled])).tolist()


def test_rows_of_by_table_and_by_search():
    from timeline_app.ui.timeline.data import _rows_of
    ids = np.array([7, 3, 11, 5])
    wanted = np.array([5, 8, 7, 11])
    assert _rows_of(ids, wanted).tolist() == [3, -1, 0, 2]
    sparse = ids * 10**9                                  # beyond a lookup table: searched instead
    assert _rows_of(sparse, wanted * 10**9).tolist() == [3, -1, 0, 2]
    assert _rows_of(np.zeros(0, np.int64), wanted).tolist() == [-1, -1, -1, -1]


def test_indices_of_small_and_big_selections_agree():
    n = 50_000
    rng = np.random.default_rng(3)
    cols = {"id": rng.permutation(n) + 1, "start_day": rng.integers(730000, 740000, n),
            "end_day": np.zeros(n, np.int64)}
    data = TimelineData.from_columns(cols)
    want = rng.choice(n + 10, 30_000, replace=False) + 1      # some ids are not there
    big = data.indices_of(want)
    small = np.concatenate([data.indices_of(want[i:i + 10_000]) for i in range(0, len(want), 10_000)])
    assert big.tolist() == small.tolist() and (data.ids[big] == want[np.isin(want, data.ids)]).all()
