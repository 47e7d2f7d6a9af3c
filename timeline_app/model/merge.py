"""Cross-article event merging: is a newly extracted event the same happening as one already in the library?

Candidates come from the ``events_start_day`` index: live events of other articles whose interval overlaps the new
one and has a comparable width (a day-level event never merges into a year). Among them the best is taken when the
titles are alike (character-trigram Jaccard on folded text) and, for weaker likeness, when they share an actor or a
place. Undated events are never merged automatically.
"""
from __future__ import annotations

import itertools
import json
import re
import sys
import weakref
from collections import Counter
from functools import lru_cache
from typing import Any

from .gazetteer import fold

_NONWORD_RE = re.compile(r"[\W_\d]+")
# words that carry no identity of their own in a title
_STOP = {fold(w) for w in """
في من إلى الى على عن مع بعد قبل خلال منذ حتى أن إن التي الذي الذين هذا هذه ذلك تلك قد كان كانت و أو ثم كما
""".split()}


@lru_cache(maxsize=1)
def _cue_lookups():
    """The cue lexicon's lookups, imported on first use: building the lexicon takes ~60 ms, which opening a library
    (the app's start-up) need not pay."""
    from .attribution_lexicon import _is_comp, _lookup_cue
    return _is_comp, _lookup_cue


def content_words(title: str) -> list[str]:
    """The words that say what happened: an opening statement frame («أعلنت وزارة الدفاع أنّ …») is dropped, and a
    title that is only a frame («أفادت وسائل إعلام إسرائيلية») says nothing."""
    _is_comp, _lookup_cue = _cue_lookups()
    words = [w for w in _NONWORD_RE.split(fold(title or "")) if w]
    cue = next((k for k, w in enumerate(words[:3]) if _lookup_cue(w) is not None), None)
    if cue is not None:
        comp = next((k for k, w in enumerate(words[:10]) if _is_comp(w)), None)
        if comp is not None:
            words = words[comp + 1:]
        else:
            # «أعلنت الحكومة الألمانية تلقيها طلباً…»: past the verb and a short subject, when there is more
            rest = words[cue + 1:]
            words = rest[2:] if len(rest) >= 6 else []
    return [w for w in words if w not in _STOP and len(w) > 1]


@lru_cache(maxsize=2048)
def _content_words(title: str) -> tuple[str, ...]:
    """content_words, shared by stems() and trigrams() of the same (new) title."""
    return tuple(content_words(title))


@lru_cache(maxsize=4096)
def stems(title: str) -> frozenset[str]:
    """Crude word stems of the content words (clitics and «ال» off, first five letters): a cheap first filter."""
    out = set()
    for w in _content_words(title):
        if len(w) > 4 and w[0] in "وفبلك":
            w = w[1:]
        if len(w) > 4 and w.startswith("ال"):
            w = w[2:]
        out.add(w[:5])
    return frozenset(out)


@lru_cache(maxsize=1024)
def trigrams(title: str) -> frozenset[str]:
    words = _content_words(title)
    if len(words) < 3:
        return frozenset()
    padded = [f" {w} " for w in words]
    return frozenset([w[k:k + 3] for w in padded for k in range(len(w) - 2)])


_NUM_RE = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@lru_cache(maxsize=8192)
def numbers(title: str) -> frozenset[str]:
    return frozenset(_NUM_RE.findall((title or "").translate(_DIGITS)))


def _trigrams_uncached(title: str) -> frozenset[str]:
    return trigrams.__wrapped__(title)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _as_list(v: Any) -> list[str]:
    if isinstance(v, list):
        return [str(x) for x in v]
    if isinstance(v, str) and v:
        try:
            x = json.loads(v)
            return [str(y) for y in x] if isinstance(x, list) else []
        except ValueError:
            return []
    return []


def _width_class(width: int) -> int:
    """1 for one day, 2 for 2-3 days, 3 for 4-7 days, …: the index keeps each class apart."""
    return width.bit_length()


def _span(cls: int) -> int:
    """Days of start_day one bucket of a width class covers: about twice the widths it holds, so a lookup, whose
    window is about three widths long, reads one or two buckets of each class it can match."""
    return 1 << (cls + 1)


class _MergeIndex:
    """Per-connection inverted index of live dated events, by width class, start-day bucket and title stem: a
    lookup counts the stems it shares with each event of its window from a few posting lists instead of scanning
    and comparing every event of the window (the bench ingest asked ~9 events per article about ~400 neighbours
    each; scanning was half of all writing).

    A bucket is loaded from the database the first time a lookup needs it and kept up to date by ``note``, which
    the store calls for each event it writes. It is dropped whole when it may be wrong: ``PRAGMA data_version``
    changes when another connection commits, and the store calls ``forget`` when it changes titles or dates,
    frees ids or brings events back. What the index says is a short list; the few that come close are checked
    against the table before one is chosen. Bounded: past ``limit`` events everything is dropped and reloaded
    as needed."""

    __slots__ = ("version", "buckets", "info", "limit")

    def __init__(self, limit: int = 200_000):
        self.version: int | None = None
        self.buckets: dict[tuple[int, int], dict[str, list[int]]] = {}
        # event id -> (start_day, end_day, article_id, stems, numbers, title)
        self.info: dict[int, tuple[int, int, int | None, tuple[str, ...], frozenset[str], str]] = {}
        self.limit = limit

    def clear(self) -> None:
        self.buckets.clear()
        self.info.clear()

    def check(self, conn) -> None:
        """Before a lookup: drop everything if another connection committed or the index is past its bound (never
        during a lookup, which holds ids of the buckets it has read)."""
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version or len(self.info) >= self.limit:
            self.clear()
            self.version = version

    def _add(self, bucket: dict[str, list[int]], eid: int, sd: int, ed: int, article_id: int | None,
             title: str) -> None:
        words = tuple(sys.intern(w) for w in stems(title))
        if len(words) < 2:
            return   # shares fewer than two stems with anything: never a candidate
        self.info[eid] = (sd, ed, article_id, words, numbers(title) or _EMPTY, title)
        for w in words:
            posting = bucket.get(w)
            if posting is None:
                bucket[w] = [eid]
            else:
                posting.append(eid)

    def bucket(self, conn, cls: int, key: int) -> dict[str, list[int]]:
        b = self.buckets.get((cls, key))
        if b is not None:
            return b
        b = self.buckets[(cls, key)] = {}
        span = _span(cls)
        lo_w, hi_w = 1 << (cls - 1), (1 << cls) - 1
        for eid, sd, ed, aid, title in conn.execute(
                "SELECT id, start_day, end_day, article_id, title FROM events INDEXED BY events_merge "
                "WHERE start_day >= ? AND start_day < ? AND end_day - start_day BETWEEN ? AND ? "
                "AND merged_into IS NULL AND deleted = 0",
                (key * span, (key + 1) * span, lo_w, hi_w)):
            self._add(b, eid, sd, ed, aid, title or "")
        return b

    def note(self, eid: int, row: dict) -> None:
        """The store wrote event ``eid`` (``row``: its events-table columns): index it if its bucket is loaded
        (an unloaded bucket reads it from the table when first needed)."""
        sd, ed = row.get("start_day"), row.get("end_day")
        if sd is None or ed is None or ed <= sd or row.get("merged_into") is not None or row.get("deleted"):
            return
        cls = _width_class(ed - sd)
        b = self.buckets.get((cls, sd // _span(cls)))
        if b is not None:
            self._add(b, eid, sd, ed, row.get("article_id"), row.get("title") or "")


_EMPTY: frozenset[str] = frozenset()
_indexes: "weakref.WeakKeyDictionary[Any, _MergeIndex]" = weakref.WeakKeyDictionary()


def _index_for(db) -> _MergeIndex | None:
    try:
        index = _indexes.get(db)
        if index is None:
            index = _indexes[db] = _MergeIndex()
        return index
    except TypeError:  # a raw sqlite3.Connection cannot be weakly referenced: a fresh index per lookup
        return None


def forget(db) -> None:
    """Drop ``db``'s merge index (the store calls this after changing event titles or dates, freeing ids or
    bringing events back)."""
    index = _index_for(db)
    if index is not None:
        index.clear()


def note_inserted(db, event_id: int, row: dict) -> None:
    """The store wrote the event ``event_id`` with the events-table columns ``row`` on ``db``."""
    index = _index_for(db)
    if index is not None:
        index.note(event_id, row)


def find_same_event(db, event_row: dict, article_id: int) -> int | None:
    """Id of a live event of another article that is the same happening as ``event_row`` (the events-table
    columns plus ``text_evidence``), or None."""
    sd, ed = event_row.get("start_day"), event_row.get("end_day")
    if sd is None or ed is None or ed <= sd:
        return None
    if event_row.get("mod") == "ON_OR_BEFORE":
        # reported without a date of its own (placed by its article's publication day): the day window says
        # nothing about sameness, so it is not looked up (like undated events); on a crowded publication day such
        # lookups were half of all ingest lookups for no evidence. It stays a candidate: a dated report of the
        # same happening that day (alike titles, shared actors or places) takes it in.
        return None
    title = event_row.get("title") or ""
    grams = trigrams(title)
    if len(grams) < 6:
        return None   # too little said to recognise anything
    width = ed - sd
    # comparable widths: at most twice ours (at least three days); starts in the window (sd - max_w, ed)
    max_w = max(3, 2 * width)
    min_w = max(1, width // 2) if width > 3 else 1
    conn = getattr(db, "conn", db)
    index = _index_for(db)
    if index is None:
        index = _MergeIndex()
    else:
        index.check(conn)
    words = stems(title)
    postings = []
    for cls in range(_width_class(min_w), _width_class(max_w) + 1):
        span = _span(cls)
        for key in range((sd - max_w + 1) // span, (ed - 1) // span + 1):
            bucket = index.bucket(conn, cls, key)
            postings.extend(p for p in map(bucket.get, words) if p)
    shared = Counter(itertools.chain.from_iterable(postings))  # event id -> stems in common (counted in C)
    if not shared:
        return None
    base = _threshold_base(width)
    nums = numbers(title)
    info = index.info
    close = []
    for eid, n in shared.items():
        if n < 2:
            continue
        s0, e0, aid, theirs, other, their_title = info[eid]
        if not (sd - max_w < s0 < ed and e0 > sd and min_w <= e0 - s0 <= max_w) or aid == article_id:
            continue
        if n < 0.3 * min(len(words), len(theirs)):
            continue   # not even the same words: skip the finer comparison
        if nums and other and not (nums & other):
            continue   # «20 شهيداً» and «19 شهيداً» are different counts, different reports
        j = jaccard(grams, _trigrams_uncached(their_title))
        if s0 == sd and e0 == ed:
            j += 0.05   # the same interval is stronger evidence than a mere overlap
        if j + 0.2 >= base:
            close.append((j, eid))
    if not close:
        return None
    close.sort(reverse=True)
    close = close[:20]
    # the table has the last word: still live, still in the window (the index may lag a change of this
    # connection's own that did not forget it)
    meta = {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT id, actors, places FROM events WHERE id IN ({','.join('?' * len(close))}) "
        "AND merged_into IS NULL AND deleted = 0 AND start_day > ? AND start_day < ? AND end_day > ? "
        "AND end_day - start_day BETWEEN ? AND ? AND (article_id IS NULL OR article_id != ?)",
        [c[1] for c in close] + [sd - max_w, ed, sd, min_w, max_w, article_id])}
    new_actors, new_places = set(_as_list(event_row.get("actors"))), set(_as_list(event_row.get("places")))
    best, best_score = None, 0.0
    for j, eid in close:
        if eid not in meta:
            continue
        actors, places = meta[eid]
        shared_a = bool(new_actors & set(_as_list(actors)))
        shared_p = bool(new_places & set(_as_list(places)))
        score = j + (0.12 if shared_a else 0.0) + (0.08 if shared_p else 0.0)
        need = base if (shared_a or shared_p) else base + 0.12
        if score >= need and score > best_score:
            best, best_score = eid, score
    return best


def _threshold_base(width_days: int) -> float:
    # wider intervals hold more unrelated events: ask for more likeness
    return 0.42 if width_days <= 3 else 0.5 if width_days <= 31 else 0.6
