"""Events: what happened when, with its evidence, actors, places and the citations that report it.

A dated event is anchored to a placed time expression: its evidence is the sentence holding the expression (a
dateline such as «الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس» dates the lead sentence after it), its
title a short clause taken from the text without the attribution frame and without the date phrase. Undated
events are kept too: the content of attributed claims that carry no date, and «رداً على …» happenings, with
their relation. An article that repeats its lead (AlMayadeen) yields each event once.
"""
from __future__ import annotations

import re

from .attribution import _CUES, _COMP_RE, _lookup_cue
from .gazetteer import Norm, fold, gazetteer, person_mentions
from .types import Attribution, Event, Timex

_CLAUSE_SPLIT_RE = re.compile(r"\s*[،,؛;:]\s*|\s+-\s+|\s*\(\s*|\s*\)\s*")
_WORD_RE = re.compile(r"[^\W_]+")
# words that open a clause without content of their own
_LEAD_STRIP = {fold(w) for w in """
و ف ثم كما فيما بينما حيث إذ إذا لكن لكنّ ولكن إلا أن إن بل قد وقد فقد لقد كان وكان وكانت كانت أما إلى ذلك
في المقابل من جهته جهتها بدوره بدورها وفي وفيما وبعد بعد قبل وقبل منذ خلال ايضا أيضا أيضاً الى
""".split()}
# signal words left before a removed date phrase («في»، «يوم»، «منذ»، «خلال»…)
_SIGNALS = {fold(w) for w in "في فى يوم خلال منذ حتى بحلول بعد قبل بتاريخ غداة ابتداء ابتداءً بدءا بدءًا من اعتبارا وذلك".split()}
_MAX_TITLE_WORDS = 12
_RELATION_RE = re.compile(r"(?:^|[\s،,])(?:و)?(رد[اًّ]*ً?\s*على|رداً\s*على|ردًا\s*على|انتقاما\s*ل|انتقاماً\s*ل|عقب|إثر|اثر)\s*")
_DEATH_RE = re.compile(r"(?:^|\s)(?:[وب]?)(مقتل|اغتيال|استشهاد|وفاة|انفجار|تفجير|اعتقال|اختطاف)\s")


def _sentence_spans(norm: Norm, sents_folded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(norm.orig(a), norm.orig_end(b)) for a, b in sents_folded]


def _find_sentence(spans: list[tuple[int, int]], pos: int) -> int | None:
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        a, b = spans[mid]
        if pos < a:
            hi = mid - 1
        elif pos >= b:
            lo = mid + 1
        else:
            return mid
    return None


def _content_words(s: str) -> list[str]:
    return [w for w in _WORD_RE.findall(s) if not w.isdigit()]


def _is_dateline(text: str, sent: tuple[int, int], timexes: list[Timex]) -> bool:
    """A line that is only place, date(s) and agency («الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس»)."""
    a, b = sent
    rest = list(text[a:b])
    for t in timexes:
        if t.start < b and t.end > a:
            for k in range(max(t.start, a), min(t.end, b)):
                rest[k - a] = " "
    words = [w for w in _content_words("".join(rest)) if fold(w) not in ("الموافق", "واس", "م", "هـ", "ه")]
    return len(words) <= 2 and b - a < 120


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    pos = a
    for m in _CLAUSE_SPLIT_RE.finditer(text, a, b):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < b:
        out.append((pos, b))
    return out


def _strip_frame(text: str, a: int, b: int, atts: list[Attribution]) -> int:
    """Move ``a`` past an attribution frame («وقال مسؤولون إن …») that opens the clause."""
    for at in atts:
        if at.claim_start > a and at.claim_start < b and min(at.cue_start, at.source_start) <= a + 40 \
                and at.cue_start >= a - 2 and at.claim_start - a < 160:
            a = at.claim_start
    # drop the complementiser itself
    m = re.match(r"\s*[\"«“]?\s*(?:ب)?[أإا]نّ?(?:ه|ها|هم)?\s+", text[a:b])
    if m:
        a += m.end()
    return a


_TITLE_CUT = {fold(w) for w in "ردا رداً ردًا انتقاما انتقاماً إثر اثر عقب وسط بسبب نتيجة".split()}


def _clean_title(words: list[str]) -> list[str]:
    for k, w in enumerate(words):
        if k >= 3 and fold(w) in _TITLE_CUT:
            words = words[:k]
            break
    while words and fold(words[0]) in _LEAD_STRIP:
        words = words[1:]
    while words and fold(words[-1]) in _SIGNALS | _LEAD_STRIP:
        words = words[:-1]
    return words[:_MAX_TITLE_WORDS]


def make_title(text: str, ev_start: int, ev_end: int, cut: tuple[int, int] | None, atts: list[Attribution],
               anchor: int | None = None) -> str:
    """A short readable clause from ``text[ev_start:ev_end]``: the clause around ``anchor`` (else the first one),
    without the date phrase ``cut`` and without an opening attribution frame. Never empty."""
    clauses = _clauses(text, ev_start, ev_end) or [(ev_start, ev_end)]
    idx = 0
    if anchor is not None:
        for k, (a, b) in enumerate(clauses):
            if a <= anchor < b + 1:
                idx = k
                break
    order = [idx] + [k for k in range(idx - 1, -1, -1)] + [k for k in range(idx + 1, len(clauses))]
    for k in order:
        a, b = clauses[k]
        a = _strip_frame(text, a, b, atts)
        seg = text[a:b]
        if cut is not None and cut[0] < b and cut[1] > a:
            c0, c1 = max(cut[0], a) - a, min(cut[1], b) - a
            left = seg[:c0].split()
            while left and fold(left[-1]) in _SIGNALS:
                left.pop()
            seg = " ".join(left) + " " + seg[c1:]
        words = _clean_title(seg.replace('"', " ").replace("«", " ").replace("»", " ").split())
        if len([w for w in words if _WORD_RE.search(w)]) >= 2:
            return " ".join(words)
    words = text[ev_start:ev_end].split()[:_MAX_TITLE_WORDS]
    title = " ".join(words).strip()
    return title or (text[cut[0]:cut[1]].strip() if cut else "") or "حدث"


def _actors_places(text: str, norm_cache: dict, a: int, b: int) -> tuple[list[str], list[str]]:
    gz = gazetteer()
    sub = text[a:b]
    norm = Norm(sub)
    actors: list[str] = []
    places: list[str] = []
    for m in gz.find(norm):
        e = m.entry
        if e.kind in ("organization", "media"):
            if e.canonical not in actors:
                actors.append(e.canonical)
        elif e.kind == "nisba":
            if e.country and e.country not in actors:
                actors.append(e.country)
        else:
            if e.canonical not in places:
                places.append(e.canonical)
    for m in person_mentions(norm, gz=gz):
        name = m.entry.canonical.strip()
        if name and name not in actors:
            actors.insert(0, name)
    return actors[:8], places[:8]


def _key(title: str) -> str:
    return "".join(_WORD_RE.findall(fold(title)))


def _confidence(t: Timex | None, attributed: bool) -> float:
    if t is None:
        return 0.3
    c = 0.5
    g = t.granularity or ""
    if g in ("day", "time"):
        c += 0.2
    elif g in ("week", "month"):
        c += 0.1
    elif g in ("year", "century"):
        c -= 0.05
    if t.mod == "APPROX":
        c -= 0.1
    if attributed:
        c += 0.1
    return round(max(0.05, min(0.95, c)), 2)


def build_events(text: str, norm: Norm, sents_folded: list[tuple[int, int]], timexes: list[Timex],
                 atts: list[Attribution]) -> list[Event]:
    spans = _sentence_spans(norm, sents_folded)
    events: list[Event] = []
    seen: dict[tuple, int] = {}
    cache: dict = {}

    def covering(pos: int, a: int, b: int) -> list[int]:
        return [k for k, at in enumerate(atts) if at.claim_start <= pos < at.claim_end]

    for ti, t in enumerate(timexes):
        if t.start_date is None or t.end_date is None or t.type not in ("DATE", "TIME"):
            continue
        si = _find_sentence(spans, t.start)
        if si is None:
            continue
        a, b = spans[si]
        anchor = t.start
        cut: tuple[int, int] | None = (t.start, t.end)
        if _is_dateline(text, (a, b), timexes):
            if si + 1 >= len(spans):
                continue
            a, b = spans[si + 1]
            anchor, cut = a, None
        title = make_title(text, a, b, cut, atts, anchor)
        key = (_key(title), t.start_date, t.end_date)
        same_sentence_dup = next((k for k, e in enumerate(events) if e.start == a and e.end == b
                                  and e.start_date == t.start_date and e.end_date == t.end_date), None)
        if key in seen or same_sentence_dup is not None:
            k = seen.get(key, same_sentence_dup)
            for x in covering(t.start, a, b):
                if x not in events[k].attribution_indexes:
                    events[k].attribution_indexes.append(x)
            continue
        att_idx = covering(t.start, a, b)
        actors, places = _actors_places(text, cache, a, b)
        ev = Event(start=a, end=b, title=title, timex_index=ti, date_text=t.text, start_date=t.start_date,
                   end_date=t.end_date, granularity=t.granularity, mod=t.mod, calendar=t.calendar,
                   confidence=_confidence(t, bool(att_idx)), actors=actors, places=places,
                   attribution_indexes=att_idx)
        seen[key] = len(events)
        events.append(ev)

    # undated: attributed claims without a date of their own
    dated_spans = [(e.start, e.end) for e in events]
    for k, at in enumerate(atts):
        if at.claim_end <= at.claim_start:
            continue
        if any(t.start_date is not None and at.claim_start <= t.start < at.claim_end for t in timexes):
            continue
        si = _find_sentence(spans, at.claim_start)
        if si is None:
            continue
        a = max(at.claim_start, spans[si][0])
        b = min(at.claim_end, spans[si][1])
        if b <= a:
            continue
        title = make_title(text, a, b, None, atts, a)
        _add_undated(events, seen, text, cache, a, b, title, [k], None, atts)

    # undated happenings named with a relation («ردا على مقتل ثلاثة جنود أميركيين»)
    for m in _RELATION_RE.finditer(text):
        rel = m.group(1)
        a = m.end()
        si = _find_sentence(spans, a)
        if si is None:
            continue
        b = spans[si][1]
        cl = _clauses(text, a, b)
        if not cl:
            continue
        b = cl[0][1]
        words = text[a:b].split()
        if len(words) < 2:
            continue
        if any(t.start_date is not None and a <= t.start < b for t in timexes):
            continue
        title = " ".join(_clean_title(words))
        if not title:
            continue
        relation = "رداً على" if fold(rel).startswith("رد") else rel.strip()
        _add_undated(events, seen, text, cache, a, b, title, [x for x, at in enumerate(atts)
                                                                if at.claim_start <= a < at.claim_end], relation, atts)
    return events


def _add_undated(events: list[Event], seen: dict, text: str, cache: dict, a: int, b: int, title: str,
                 att_idx: list[int], relation: str | None, atts: list[Attribution]) -> None:
    key = (_key(title), None, None)
    if key in seen:
        ev = events[seen[key]]
        for x in att_idx:
            if x not in ev.attribution_indexes:
                ev.attribution_indexes.append(x)
        return
    # the same words already stand as (part of) a dated event's title
    kt = key[0]
    for ev in events:
        if ev.start <= a < ev.end and ev.start_date is not None and (kt in _key(ev.title) or _key(ev.title) in kt):
            for x in att_idx:
                if x not in ev.attribution_indexes:
                    ev.attribution_indexes.append(x)
            return
    actors, places = _actors_places(text, cache, a, b)
    seen[key] = len(events)
    events.append(Event(start=a, end=b, title=title, confidence=_confidence(None, bool(att_idx)), actors=actors,
                        places=places, attribution_indexes=list(att_idx), relation=relation))
