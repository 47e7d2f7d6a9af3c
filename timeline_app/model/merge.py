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
from functools import lru_cache
from typing import Any

from .gazetteer import fold

_MAX_CANDIDATES = 400
_NONWORD_RE = re.compile(r"[\W_\d]+")
# words that carry no identity of their own in a title
_STOP = {fold(w) for w in """
في من إلى الى على عن مع بعد قبل خلال منذ حتى أن إن التي الذي الذين هذا هذه ذلك تلك قد كان كانت و أو ثم كما
""".split()}


def content_words(title: str) -> list[str]:
    """The words that say what happened: an opening statement frame («أعلنت وزارة الدفاع أنّ …») is dropped, and a
    title that is only a frame («أفادت وسائل إعلام إسرائيلية») says nothing."""
    from .attribution import _is_comp, _lookup_cue

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
    grams: set[str] = set()
    for w in words:
        w = f" {w} "
        grams.update(w[k:k + 3] for k in range(len(w) - 2))
    return frozenset(grams)


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


def similarity(new: dict, old: dict) -> float:
    """0..1: title likeness, raised by shared actors and places."""
    j = jaccard(trigrams(new.get("title") or ""), trigrams(old.get("title") or ""))
    actors = set(_as_list(new.get("actors"))) & set(_as_list(old.get("actors")))
    places = set(_as_list(new.get("places"))) & set(_as_list(old.get("places")))
    return j + (0.12 if actors else 0.0) + (0.08 if places else 0.0)


class _TitleCache:
    """Per-connection cache: event id -> (stems, numbers, title) of its title, so a candidate seen by many lookups
    (a bulk ingest asks about ~8 events per article over the same busy dates) is folded once. Valid while nobody
    else writes: ``PRAGMA data_version`` changes when another connection commits, and the store calls ``forget``
    when it changes titles itself. Bounded: the oldest half is dropped past ``limit`` entries (~500 B each with
    the title, so at most ~20 MB; the 7,011-article bench ends with 21k entries, 10.5 MB)."""

    __slots__ = ("version", "entries", "limit")

    def __init__(self, limit: int = 40_000):
        self.version: int | None = None
        self.entries: dict[int, tuple[tuple[str, ...], frozenset[str], str]] = {}
        self.limit = limit

    def check(self, conn) -> None:
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            self.entries.clear()
            self.version = version

    def put(self, eid: int, title: str) -> tuple[tuple[str, ...], frozenset[str], str]:
        if len(self.entries) >= self.limit:
            for k in list(itertools.islice(self.entries, self.limit // 2)):
                del self.entries[k]
        entry = (tuple(sys.intern(w) for w in stems(title)), numbers(title) or _EMPTY, title)
        self.entries[eid] = entry
        return entry


_EMPTY: frozenset[str] = frozenset()
_caches: "weakref.WeakKeyDictionary[Any, _TitleCache]" = weakref.WeakKeyDictionary()


def _cache_for(db) -> _TitleCache | None:
    try:
        cache = _caches.get(db)
        if cache is None:
            cache = _caches[db] = _TitleCache()
        return cache
    except TypeError:  # a raw sqlite3.Connection cannot be weakly referenced: no cache
        return None


def forget(db) -> None:
    """Drop ``db``'s cached titles (the store calls this after changing or re-creating event titles)."""
    cache = _cache_for(db)
    if cache is not None:
        cache.entries.clear()


def find_same_event(db, event_row: dict, article_id: int) -> int | None:
    """Id of a live event of another article that is the same happening as ``event_row`` (the events-table
    columns plus ``text_evidence``), or None."""
    sd, ed = event_row.get("start_day"), event_row.get("end_day")
    if sd is None or ed is None or ed <= sd:
        return None
    if event_row.get("mod") == "ON_OR_BEFORE":
        # reported without a date of its own (placed by its article's publication day): the day window says
        # nothing about sameness, so it is not looked up (like undated events); on a crowded publication day such
        # lookups were half of all ingest lookups for no evidence
        return None
    grams = trigrams(event_row.get("title") or "")
    if len(grams) < 6:
        return None   # too little said to recognise anything
    width = ed - sd
    # comparable widths: at most twice ours (at least three days), so the index range stays narrow
    max_w = max(3, 2 * width)
    min_w = max(1, width // 2) if width > 3 else 1
    conn = getattr(db, "conn", db)
    cache = _cache_for(db)
    if cache is not None:
        cache.check(conn)
    # the covering index events_merge (live, dated; by start_day, id) answers this without reading the table
    rows = conn.execute(
        "SELECT id, start_day, end_day FROM events INDEXED BY events_merge "
        "WHERE start_day > ? AND start_day < ? AND end_day > ? AND end_day - start_day BETWEEN ? AND ? "
        "AND merged_into IS NULL AND deleted = 0 AND (article_id IS NULL OR article_id != ?) "
        "LIMIT ?",
        (sd - max_w, ed, sd, min_w, max_w, article_id, _MAX_CANDIDATES)).fetchall()
    if not rows:
        return None
    base = _threshold_base(width)
    # cheap pass on titles; actors and places are read only for the few that come close
    close = []
    nums = numbers(event_row.get("title") or "")
    words = stems(event_row.get("title") or "")
    entries = cache.entries if cache is not None else {}
    missing = [r[0] for r in rows if r[0] not in entries]
    for k in range(0, len(missing), 500):  # titles not seen yet: read once, folded once
        chunk = missing[k:k + 500]
        for eid, title in conn.execute(f"SELECT id, title FROM events WHERE id IN ({','.join('?' * len(chunk))})",
                                       chunk):
            if cache is not None:
                cache.put(eid, title or "")
            else:
                entries[eid] = (tuple(stems(title or "")), numbers(title or ""), title or "")
    for eid, s0, e0 in rows:
        entry = entries.get(eid)
        if entry is None:
            continue   # gone since the scan
        theirs, other, title = entry
        if nums and other and not (nums & other):
            continue   # «20 شهيداً» and «19 شهيداً» are different counts, different reports
        shared = len(words.intersection(theirs))
        if shared < 2 or shared < 0.3 * min(len(words), len(theirs)):
            continue   # not even the same words: skip the finer comparison
        j = jaccard(grams, _trigrams_uncached(title))
        if s0 == sd and e0 == ed:
            j += 0.05   # the same interval is stronger evidence than a mere overlap
        if j + 0.2 >= base:
            close.append((j, eid))
    if not close:
        return None
    close.sort(reverse=True)
    close = close[:20]
    meta = {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT id, actors, places FROM events WHERE id IN ({','.join('?' * len(close))})", [c[1] for c in close])}
    new_actors, new_places = set(_as_list(event_row.get("actors"))), set(_as_list(event_row.get("places")))
    best, best_score = None, 0.0
    for j, eid in close:
        actors, places = meta.get(eid, ("[]", "[]"))
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
