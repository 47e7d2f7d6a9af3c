"""Events: what happened when, with its evidence, actors, places and the citations that report it.

A dated event is anchored to a placed time expression: its evidence is the sentence holding the expression (a
dateline such as «الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس» dates the lead sentence after it), its
title a short clause taken from the text without the attribution frame and without the date phrase. Undated
events are kept too: the content of attributed claims that carry no date, and «رداً على …» happenings, with
their relation. An article that repeats its lead (AlMayadeen) yields each event once.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from .attribution import _COMP_RE, _lookup_cue
from .gazetteer import _TOKEN_RE as _GZ_TOKEN_RE
from .gazetteer import Norm, fold, gazetteer, person_mentions
from .types import Attribution, Event, Timex

# a comma, semicolon, colon or bracket with the spaces around it, or a dash between spaces. (Written to open on a
# character class or a space run rather than «\s*», which made the engine try every position: 3x faster.)
_CLAUSE_SPLIT_RE = re.compile(r"[،,؛;:()]\s*|\s+(?:[،,؛;:()]\s*|-\s+)")
_WORD_RE = re.compile(r"[^\W_]+")
# words that open a clause without content of their own
_LEAD_STRIP = {fold(w) for w in """
و ف ثم كما فيما بينما حيث إذ إذا لكن لكنّ ولكن إلا أن إن بل قد وقد فقد لقد كان وكان وكانت كانت أما إلى ذلك
في المقابل من جهته جهتها بدوره بدورها وفي وفيما وبعد بعد قبل وقبل منذ خلال ايضا أيضا أيضاً الى
""".split()}
# signal words left before a removed date phrase («في»، «يوم»، «منذ»، «خلال»…)
_SIGNALS = {fold(w) for w in "في فى يوم خلال منذ حتى بحلول بعد قبل بتاريخ غداة ابتداء ابتداءً بدءا بدءًا من اعتبارا وذلك الموافق الموافقة".split()}
_URLISH_RE = re.compile(r"(?:https?:|www\.|\.com|\.net|\.org|\.sa|/[A-Za-z])", re.I)
_MAX_TITLE_WORDS = 12
_CAME_THAT_RE = re.compile(r"^[وف]?(?:جاء|جاءت|ياتي|تاتي|اتي)\s*،?\s*(?:ذلك|هذا|ذلك،|هذا،)")
_PREP_FRAME = {fold(w) for w in "بحسب حسب وبحسب وحسب وفق ووفق وفق طبق وطبق نقل ونقل حسبما وحسبما".split()}
_ADJUNCT_OPENERS = {fold(w) for w in "من في إلى الى على عن مع لدى عبر نحو ضد حول إثر اثر عقب بعد قبل الذي التي الذين".split()}
_RELATION_RE = re.compile(r"(?:^|[\s،,])(?:و)?(رد[اًّ]*ً?\s*على|رداً\s*على|ردًا\s*على|انتقاما\s*ل|انتقاماً\s*ل|عقب|إثر|اثر)\s*")
# the head word every relation match holds: most articles hold none, and then the full pattern (which opens on a
# separator, so the engine tries it at every position of the text) is not run
_RELATION_HEAD_RE = re.compile(r"رد[اًّ]*ً?\s*على|انتقام|عقب|إثر|اثر")
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
    if b - a >= 120:
        return False   # a dateline is short: most sentences are decided without looking at their words
    rest = list(text[a:b])
    for t in timexes:
        if t.start < b and t.end > a:
            for k in range(max(t.start, a), min(t.end, b)):
                rest[k - a] = " "
    words = [w for w in _content_words("".join(rest)) if fold(w) not in ("الموافق", "واس", "م", "هـ", "ه")]
    return len(words) <= 2


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
    """Move ``a`` past an attribution frame («وقال مسؤولون إن …») that opens or precedes the clause."""
    for at in atts:
        if a <= at.claim_start < b and at.cue_start < at.claim_start and at.claim_start - min(at.cue_start, at.source_start) < 200:
            if min(at.cue_start, at.source_start) < b:
                a = at.claim_start
    # drop the complementiser itself
    m = re.match(r"\s*[\"«“]?\s*(?:ب)?[أإا]نّ?(?:ه|ها|هم)?\s+", text[a:b])
    if m:
        a += m.end()
    return a


_TITLE_CUT = {fold(w) for w in "ردا رداً ردًا انتقاما انتقاماً إثر اثر عقب وسط بسبب نتيجة".split()}


_TRAILING_STRIP = _SIGNALS | _LEAD_STRIP   # words dropped from a title's end
_LIST_MARK_RE = re.compile(r"^[0-9\u0660-\u0669\u06F0-\u06F9]{1,2}[-–.)]?$|^[-–/•*]+$")


def _clean_title(words: list[str]) -> list[str]:
    while words and _LIST_MARK_RE.match(words[0]):
        words = words[1:]
    if words and re.match(r"^[0-9\u0660-\u0669]{1,2}[-–]", words[0]):
        words = [words[0].lstrip("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669-–")] + words[1:]
        words = [w for w in words if w]
    for k, w in enumerate(words):
        if k >= 3 and fold(w) in _TITLE_CUT:
            words = words[:k]
            break
    while words and fold(words[0]) in _LEAD_STRIP:
        words = words[1:]
    while words and fold(words[-1]) in _TRAILING_STRIP:
        words = words[:-1]
    return words[:_MAX_TITLE_WORDS]


_QUOTES_PARENS = '"«»“”()'
_QUOTE_OR_PAREN_RE = re.compile("[" + re.escape(_QUOTES_PARENS) + "]")


def _segment_words(text: str, a: int, b: int, cuts: list[tuple[int, int]]) -> list[str]:
    """Words of ``text[a:b]`` with the date phrases in ``cuts`` removed, with the signal words and attached
    clitics that introduced them («في»، «يوم»، «لـ» in «لشهر …»)."""
    pieces: list[str] = []
    pos = a
    for c0, c1 in sorted(cuts):
        if c1 <= a or c0 >= b:
            continue
        c0, c1 = max(c0, a), min(c1, b)
        left = text[pos:c0]
        if left and not left[-1].isspace():
            # a clitic glued to the date («لشهر»، «بتاريخ»): drop the glued letters
            k = len(left)
            while k > 0 and not left[k - 1].isspace():
                k -= 1
            left = left[:k]
        words = left.split()
        while words and fold(words[-1]) in _SIGNALS:
            words.pop()
        pieces.extend(words)
        pos = c1
    pieces.extend(text[pos:b].split())
    if _QUOTE_OR_PAREN_RE.search(text, a, b) is None:
        words = pieces   # no quote or bracket in the segment (the usual case): nothing to strip, no word emptied
    else:
        words = [w for w in (p.strip(_QUOTES_PARENS) for p in pieces) if w]
    if _URLISH_RE.search(text, a, b) is None:
        return words   # no link anywhere in the segment (the usual case): no word to drop
    return [w for w in words if not _URLISH_RE.search(w)]


def make_title(text: str, ev_start: int, ev_end: int, cut: tuple[int, int] | None, atts: list[Attribution],
               anchor: int | None = None, cuts: list[tuple[int, int]] | None = None) -> str:
    """A short readable clause from ``text[ev_start:ev_end]``: the clause around ``anchor`` (else the sentence's
    main clause), without date phrases and without an opening attribution frame. Never empty."""
    cuts = list(cuts or [])
    if cut is not None and cut not in cuts:
        cuts.append(cut)
    clauses = _clauses(text, ev_start, ev_end) or [(ev_start, ev_end)]
    idx = 0
    if anchor is not None:
        for k, (a, b) in enumerate(clauses):
            if a <= anchor < b + 1:
                idx = k
                break

    memo: dict[int, list[str]] = {}

    def words_of(k: int) -> list[str]:
        # the fallback below walks the same clauses again from each start: each clause is read once (the lists
        # returned are never changed in place)
        ws = memo.get(k)
        if ws is None:
            ws = memo[k] = _words_of(k)
        return ws

    def _words_of(k: int) -> list[str]:
        a, b = clauses[k]
        first = text[a:b].split()[:1]
        if first and fold(first[0]).rstrip("اً") in _PREP_FRAME:
            return []   # «وفقاً لما ذكرته قناة…»: a source, not a happening
        a = _strip_frame(text, a, b, atts)
        ws = _segment_words(text, a, b, cuts)
        if k == idx and cut is not None and len(ws) > _MAX_TITLE_WORDS and a <= cut[0] < b:
            # a long clause: the words leading up to the date say what it dates
            before = len(_segment_words(text, a, cut[1], cuts))   # the date itself and its signal words removed
            if before >= 8:
                ws = ws[before - _MAX_TITLE_WORDS if before > _MAX_TITLE_WORDS else 0:before]
            else:
                ws = ws[:_MAX_TITLE_WORDS]   # the date sits early: the clause's head and what follows it
        return _clean_title(ws)

    def enough(ws: list[str]) -> bool:
        n = len([w for w in ws if _WORD_RE.search(w)])
        if n < 3:
            return False
        # a statement frame alone («أكّد الرئيس التركي») does not say what happened
        if any(_lookup_cue(fold(w)) is not None for w in ws[:2]) and not any(_COMP_RE.match(fold(w)) for w in ws):
            return n >= 7
        return True

    own = words_of(idx)
    if own and cut is not None and idx > 0 and text[clauses[idx][0]:cut[0]].strip() == "":
        # the date opens a clause that continues the one before («استقبلت السلطات المحلية لولاية قسنطينة، نهاية
        # الأسبوع المنصرم فريق الخبراء الألمان»)
        raw_first = text[clauses[idx - 1][0]:clauses[idx - 1][1]].split()[:1]
        if idx - 1 == 0 and raw_first and fold(raw_first[0]) not in _ADJUNCT_OPENERS:
            joined = _clean_title(words_of(idx - 1) + own)
            if enough(joined):
                return " ".join(joined)
    if enough(own):
        return " ".join(own)
    if not own and 0 < idx < len(clauses) - 1:
        # a date set off by commas («أعلن البنك الدولي، اليوم الاثنين، تقديم تمويل…»): the clauses around it —
        # unless the clause before is itself an adjunct («…، من إدارة المتحف، الجمعة، …»)
        prev = words_of(idx - 1)
        raw_first = text[clauses[idx - 1][0]:clauses[idx - 1][1]].split()[:1]
        if prev and not (raw_first and fold(raw_first[0]) in _ADJUNCT_OPENERS) or idx - 1 == 0:
            nxt = text[clauses[idx + 1][0]:clauses[idx + 1][1]].split()[:1]
            after = [] if nxt and (fold(nxt[0]).rstrip("اً") in _PREP_FRAME or _lookup_cue(fold(nxt[0])) is not None) else \
                _segment_words(text, clauses[idx + 1][0], clauses[idx + 1][1], cuts)
            joined = _clean_title(prev + after)
            if enough(joined):
                return " ".join(joined)
    # the sentence's main clause, joined with what follows until it says something
    for start in ([0] if idx != 0 else []) + list(range(idx - 1, 0, -1)) + list(range(idx + 1, len(clauses))):
        ws: list[str] = []
        for k in range(start, len(clauses)):
            if k == idx and k != start:
                continue
            ws = _clean_title(ws + words_of(k)) if ws else words_of(k)
            if enough(ws) or len(ws) >= _MAX_TITLE_WORDS:
                break
        if enough(ws):
            return " ".join(ws[:_MAX_TITLE_WORDS])
    if len(own) >= 1:
        return " ".join(own)
    words = _segment_words(text, ev_start, ev_end, cuts)[:_MAX_TITLE_WORDS] or text[ev_start:ev_end].split()[:_MAX_TITLE_WORDS]
    title = " ".join(words).strip()
    return title or (text[cut[0]:cut[1]].strip() if cut else "") or "حدث"


class _Mentions:
    """Gazetteer and title-pattern mentions of the whole article, found once and sliced per event."""

    def __init__(self, norm: Norm):
        gz = gazetteer()
        self.items: list[tuple[int, str, str]] = []   # (start, role, name)
        for m in gz.find(norm):
            e = m.entry
            if e.kind in ("organization", "media"):
                self.items.append((m.start, "actor", e.canonical))
            elif e.kind == "nisba":
                if e.country:
                    self.items.append((m.start, "actor", e.country))
            else:
                self.items.append((m.start, "place", e.canonical))
        for m in person_mentions(norm, gz=gz):
            name = m.entry.canonical.strip()
            if name:
                self.items.append((m.start, "person", name))
        self.items.sort()
        self.starts = [x[0] for x in self.items]

    def canonical(self, a: int, b: int) -> str | None:
        """The canonical name of the first mention inside ``[a, b)``."""
        lo = bisect_left(self.starts, a)
        if lo < len(self.items) and self.items[lo][0] < b:
            return self.items[lo][2]
        return None

    def within(self, a: int, b: int) -> tuple[list[str], list[str]]:
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
        people: list[str] = []
        actors: list[str] = []
        places: list[str] = []
        for _, role, name in self.items[lo:hi]:
            lst = people if role == "person" else actors if role == "actor" else places
            if name not in lst:
                lst.append(name)
        actors = people + [x for x in actors if x not in people]
        return actors[:8], places[:8]


def mentions(norm: Norm) -> _Mentions:
    """The article's mentions, found once per text and shared by the event builders (build_events, add_narrated)."""
    m = norm.memo.get("mentions")
    if m is None:
        m = norm.memo["mentions"] = _Mentions(norm)
    return m


@lru_cache(maxsize=8192)
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


_PAST_PERIOD_RE = re.compile(r"(الماضي|الماضية|الأخيرة|الاخيرة|المنصرمة|المنصرم|الفائتة)")
_DURATION_RE = re.compile(r"^P(\d+)([YMWD])$")


def period_interval(t: Timex, text: str, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """«في الثلاث السنوات الماضية» (P3Y): the period that ends at publication, ``[published − 3 years,
    published]``. Other durations are not placed."""
    if published is None or t.type != "DURATION" or not t.value:
        return None
    m = _DURATION_RE.match(t.value)
    if not m or not _PAST_PERIOD_RE.search(text[t.start:t.end + 12]):
        return None
    n, unit = int(m.group(1)), m.group(2)
    if n <= 0 or n > 100:
        return None
    delta = {"Y": relativedelta(years=n), "M": relativedelta(months=n), "W": relativedelta(weeks=n),
             "D": relativedelta(days=n)}[unit]
    try:
        return published - delta, published + dt.timedelta(days=1)
    except (OverflowError, ValueError):
        return None


_SEASON_RE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}


def season_interval(t: Timex) -> tuple[dt.date, dt.date] | None:
    """«هذا الربيع» (2023-SP): the meteorological season (spring = March–May; winter = December–February)."""
    m = _SEASON_RE.match(t.value or "")
    if not m:
        return None
    y = int(m.group(1))
    a, b = _SEASON_MONTHS[m.group(2)]
    try:
        return dt.date(y, a, 1), dt.date(y + (b - 1) // 12, (b - 1) % 12 + 1, 1)
    except ValueError:   # year 0 or beyond 9999
        return None


def build_events(text: str, norm: Norm, sents_folded: list[tuple[int, int]], timexes: list[Timex],
                 atts: list[Attribution], published: dt.date | None = None) -> list[Event]:
    spans = _sentence_spans(norm, sents_folded)
    events: list[Event] = []
    seen: dict[tuple, int] = {}
    cache = mentions(norm)

    def covering(pos: int, a: int, b: int, dateline: bool = False) -> list[int]:
        """Statements that report what is dated at ``pos``: their claim holds it, or their frame does
        («أعلنت جيبوتي، اليوم الخميس، تحفظها…»); under a dateline, the lead sentence's statements."""
        out = []
        for k, at in enumerate(atts):
            if at.claim_start <= pos < at.claim_end:
                out.append(k)
            elif a <= at.cue_start < b and (dateline or min(at.cue_start, at.source_start) <= pos < at.claim_end
                                             or 0 <= min(at.cue_start, at.source_start) - pos < 40):
                out.append(k)   # «وأمس الإثنين، أكّد الرئيس …»: the date opens the statement
            elif k in came_from and came_from[k] == (a, b):
                out.append(k)   # «… . وجاء ذلك، حسب بيان لوزارة الداخلية، …»: the statement covers what came before
        return out

    # «وجاء ذلك في/حسب بيان …»، «ويأتي ذلك …»: a statement in such a sentence sources the sentence before it
    came_from: dict[int, tuple[int, int]] = {}
    for k, at in enumerate(atts):
        si = _find_sentence(spans, at.cue_start)
        if si is None or si == 0:
            continue
        head = fold(text[spans[si][0]:min(spans[si][1], spans[si][0] + 20)])
        if _CAME_THAT_RE.match(head):
            came_from[k] = spans[si - 1]

    tx_spans = [(t.start, t.end) for t in timexes if t.type in ("DATE", "TIME")]
    placed = [t for t in timexes if t.type in ("DATE", "TIME") and t.start_date is not None]
    # a title read for one date of a sentence is read again as a sibling of the other dates there (and a dateline
    # dates the same lead sentence for each of its dates): each is made once
    titles: dict[tuple, str] = {}

    def title_at(a: int, b: int, cut: tuple[int, int] | None, anchor: int) -> str:
        key = (a, b, cut, anchor)
        title = titles.get(key)
        if title is None:
            title = titles[key] = make_title(text, a, b, cut, atts, anchor, tx_spans)
        return title

    sibling_titles: dict[int, str] = {}

    def _sibling_title(x: Timex) -> str:
        if x.start not in sibling_titles:
            si2 = _find_sentence(spans, x.start)
            a2, b2 = spans[si2] if si2 is not None else (x.start, x.end)
            sibling_titles[x.start] = title_at(a2, b2, (x.start, x.end), x.start)
        return sibling_titles[x.start]
    for ti, t in enumerate(timexes):
        start_date, end_date, granularity = t.start_date, t.end_date, t.granularity
        if start_date is None or end_date is None or t.type not in ("DATE", "TIME"):
            iv = period_interval(t, text, published) or season_interval(t)
            if iv is None:
                continue
            start_date, end_date, granularity = iv[0], iv[1], "range"
        si = _find_sentence(spans, t.start)
        if si is None:
            continue
        a, b = spans[si]
        anchor = t.start
        cut: tuple[int, int] | None = (t.start, t.end)
        dateline = False
        if _is_dateline(text, (a, b), timexes):
            dateline = True
            if si + 1 >= len(spans):
                continue
            a, b = spans[si + 1]
            anchor, cut = a, None
        title = title_at(a, b, cut, anchor)
        if not dateline:
            # several dates in the sentence reading the same title: each dates its own part
            sib = [x for x in placed if a <= x.start < b and x.start != t.start and x.start_date != start_date]
            if sib and any(_sibling_title(x) == title for x in sib):
                title = _scoped_title(text, a, b, t, [x for x in placed if a <= x.start < b], atts, tx_spans) or title
        key = (_key(title), start_date, end_date)
        same_sentence_dup = next((k for k, e in enumerate(events) if e.start == a and e.end == b
                                  and e.start_date == start_date and e.end_date == end_date), None)
        if key in seen or same_sentence_dup is not None:
            k = seen.get(key, same_sentence_dup)
            for x in covering(t.start, a, b, dateline):
                if x not in events[k].attribution_indexes:
                    events[k].attribution_indexes.append(x)
            continue
        att_idx = covering(t.start, a, b, dateline)
        actors, places = cache.within(a, b)
        _title_actors(title, actors)
        for k in att_idx:
            at = atts[k]
            # the statement is the event («أعلنت جيبوتي تحفظها»): its source acts in it
            if at.cue and at.cue in title and at.source_type in ("organization", "person"):
                name = cache.canonical(at.source_start, at.source_end) or at.source
                if name not in actors:
                    actors.insert(0, name)
        ev = Event(start=a, end=b, title=title, timex_index=ti, date_text=t.text, start_date=start_date,
                   end_date=end_date, granularity=granularity, mod=t.mod, calendar=t.calendar,
                   confidence=_confidence(t, bool(att_idx)), actors=actors, places=places,
                   attribution_indexes=att_idx)
        seen[key] = len(events)
        events.append(ev)

    events = _merge_near_duplicates(events)
    seen = {(_key(e.title), e.start_date, e.end_date): k for k, e in enumerate(events)}

    # undated: attributed claims without a date of their own
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
        if len(_WORD_RE.findall(title)) < 3:
            continue
        _add_undated(events, seen, text, cache, a, b, title, [k], None, atts)

    # undated happenings named with a relation («ردا على مقتل ثلاثة جنود أميركيين»)
    for m in _RELATION_RE.finditer(text) if _RELATION_HEAD_RE.search(text) else ():
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


# words after which the dated happening begins: complementisers, relative pronouns, «إلى/قبل/بعد» + verbal noun
_SCOPE_OPEN = {fold(w) for w in """أن أنه أنها أنهم إن إنه إنها بأن بأنه بأنها الذي التي الذين اللذين اللتين إلى الى قبل بعد
لـ حتى""".split()}
_SIGNALS_OR_OPEN = _SIGNALS | _SCOPE_OPEN
_WORDM_RE = re.compile(r"[^\W_][\w\u0610-\u061A\u064B-\u065F\u0670\u0640]*")   # a word with its diacritics
_RELATIVE = {fold(w) for w in "الذي التي الذين اللذين اللتين".split()}


def _scoped_title(text: str, a: int, b: int, t: Timex, in_sentence: list[Timex], atts: list[Attribution],
                  tx_spans: list[tuple[int, int]]) -> str | None:
    """With several dates in one sentence, each dates its own part: «دعت النقابة اليوم إلى مواصلة الإضراب صباح
    غد» → the call (today) and «مواصلة الإضراب» (tomorrow); «أعلنت الحكومة اليوم أنها ستعقد مؤتمراً في العاشر
    من أبريل» → the announcement (today) and «ستعقد مؤتمراً» (10 April). None when the sentence has one date."""
    dated = sorted({(x.start, x.end): x for x in in_sentence}.values(), key=lambda x: x.start)
    if len(dated) < 2 or all(x.start != t.start for x in dated):
        return None
    k = next(q for q, x in enumerate(dated) if x.start == t.start)
    before = fold(text[max(a, t.start - 6):t.start]).split()
    if before and before[-1] in ("منذ", "حتي"):
        return None   # «منذ السابع من أكتوبر»: the start or end of something else, not a happening of its own
    claim = next((at for at in atts if at.claim_start <= t.start < at.claim_end and at.claim_start >= a), None)
    if k == 0:
        if claim is None:
            # the main clause up to the next date, with its statement frame: the call, the announcement or the
            # decision is what happened on the first date
            return _title_of(text, a, dated[1].start, tx_spans, 3)
        lo = claim.claim_start
    else:
        lo = dated[k - 1].end
    toks = [(m.start() + lo, m.end() + lo, fold(m.group())) for m in _WORDM_RE.finditer(text[lo:t.start])]
    while toks and toks[-1][2] in _SIGNALS_OR_OPEN:
        toks.pop()   # «… حتى نهاية العام»، «في 30 يونيو»: the signal before the date
    if not toks:
        return None
    start = toks[0][0]
    opened = False
    for p in range(len(toks) - 1, -1, -1):
        w = toks[p][2]
        if w in _SCOPE_OPEN:
            if w in _RELATIVE:
                if p == 0:
                    return None   # the antecedent is the date before: nothing of its own
                start = toks[p - 1][0]   # «المشروع الذي انطلق»: with its antecedent
            elif p + 1 < len(toks) and toks[p + 1][2] in ("حد", "جانب", "ذلك", "ان", "انه", "انها"):
                continue
            else:
                start = toks[p][1]
            opened = True
            break
    if not opened:
        for p in range(len(toks) - 1, -1, -1):
            w = toks[p][2]
            if len(w) >= 4 and w[0] == "ب" and w[1:3] != "ال" and (p == 0 or toks[p - 1][2] not in _SIGNALS):
                start, opened = toks[p][0] + 1, True   # «الحكومة بفتح باب الحوار»: the verbal noun after «بـ»
                break
    verb_first = bool(re.match(r"^(?:س[يتن]|[يت])\S{3,}$", text[toks[0][0]:toks[0][1]]))
    if not opened and k == 1 and claim is not None and verb_first:
        opened = True   # «… الذي أصيب في مارس سيعود في يوليو»: the clause's own verb
    base = claim.claim_start if claim is not None and claim.claim_start < dated[0].start else a
    if not opened and k == 1 and len(_WORD_RE.findall(text[base:dated[0].start])) <= 5:
        # verb, subject, first date, then the object: «وقرر مجلس الإدارة الخميس تعليق التداول اعتباراً من الأحد»
        w0 = toks[0][2]
        if not w0.startswith("ال") and w0 not in _SIGNALS and w0 not in _LEAD_STRIP and w0 not in _ADJUNCT_OPENERS \
                and len(w0) >= 3 and not text[dated[0].end:toks[0][0]].strip(" ،,"):
            opened = True
    if not opened:
        return None
    title = _title_of(text, start, t.start, tx_spans, 1)
    if title and k > 0 and claim is not None and re.match(r"^(?:س[يتن]|[يت])\S{3,}", title):
        # «… سيبقى مستشاراً»: the clause's subject, said once at its start
        head = _WORD_RE.findall(text[claim.claim_start:claim.claim_end])[:2]
        head = [w for w in head if fold(w) not in _SCOPE_OPEN][:1]
        if head and head[0] not in title:
            title = head[0] + " " + title
    return title if title and len(title.split()) >= 2 else None


def _title_of(text: str, a: int, b: int, tx_spans: list[tuple[int, int]], min_words: int) -> str | None:
    while b > a and b < len(text) and text[b].isalpha() and text[b - 1].isalpha():
        b -= 1   # «لهذه السنة»: the clitic glued to the date goes with it
    words = [w.strip("،,") for w in _segment_words(text, a, b, tx_spans)]
    ws = _clean_title([w for w in words if _WORD_RE.search(w)])
    return " ".join(ws) if len(ws) >= min_words else None


def _title_actors(title: str, actors: list[str]) -> None:
    """A country or capital that opens the title acts in the event («نفذت الولايات المتحدة ضربات…»، «طلبت واشنطن»)."""
    words = title.split()[:4]
    if not any(map(_may_open_name, words)):
        return   # (most titles: no gazetteer Norm is built for their head)
    for name in _head_places(" ".join(words)):
        if name not in actors:
            actors.insert(0, name)


@lru_cache(maxsize=65536)
def _may_open_name(word: str) -> bool:
    """Whether a token of ``word`` is a surface a gazetteer entry can open on. A head with none gives no mention
    (Gazetteer.find tries only such tokens; the head's tokens are its words' tokens, a token never spans a space,
    and ``fold`` of a word is its Norm string), so the Norm and the scan are spared."""
    return not gazetteer().surfaces.isdisjoint(_GZ_TOKEN_RE.findall(fold(word)))


@lru_cache(maxsize=8192)
def _head_places(head: str) -> tuple[str, ...]:
    return tuple(m.entry.country or m.entry.canonical for m in gazetteer().find(Norm(head))
                 if m.entry.kind in ("country", "city"))


def _merge_near_duplicates(events: list[Event]) -> list[Event]:
    """A lead that restates the first paragraph («أسعار النفط تتجه لتسجيل مكسب أسبوعي اليوم» / «تتجه أسعار النفط
    لتسجيل مكسب أسبوعي بنحو 2%… اليوم الجمعة») is one event: same interval, alike titles. The fuller title stays."""
    from .merge import jaccard, trigrams

    out: list[Event] = []
    for e in events:
        twin = next((o for o in out if o.start_date == e.start_date and o.end_date == e.end_date
                     and jaccard(trigrams(o.title), trigrams(e.title)) >= 0.5), None)
        if twin is None:
            out.append(e)
            continue
        keep, drop = (e, twin) if len(e.title) > len(twin.title) else (twin, e)
        for x in drop.attribution_indexes:
            if x not in keep.attribution_indexes:
                keep.attribution_indexes.append(x)
        for lst_keep, lst_drop in ((keep.actors, drop.actors), (keep.places, drop.places)):
            for x in lst_drop:
                if x not in lst_keep:
                    lst_keep.append(x)
        if keep is e:
            out[out.index(twin)] = e
    return out


def _add_undated(events: list[Event], seen: dict, text: str, cache: "_Mentions", a: int, b: int, title: str,
                 att_idx: list[int], relation: str | None, atts: list[Attribution]) -> None:
    key = (_key(title), None, None)
    if key in seen:
        ev = events[seen[key]]
        for x in att_idx:
            if x not in ev.attribution_indexes:
                ev.attribution_indexes.append(x)
        return
    # the same words already stand as (part of) a dated event's title, or a dated event already reports this claim
    kt = key[0]
    for ev in events:
        if ev.start <= a < ev.end and ev.start_date is not None and (
                kt in _key(ev.title) or _key(ev.title) in kt or (att_idx and set(att_idx) <= set(ev.attribution_indexes))):
            for x in att_idx:
                if x not in ev.attribution_indexes:
                    ev.attribution_indexes.append(x)
            return
    actors, places = cache.within(a, b)
    _title_actors(title, actors)
    seen[key] = len(events)
    events.append(Event(start=a, end=b, title=title, confidence=_confidence(None, bool(att_idx)), actors=actors,
                        places=places, attribution_indexes=list(att_idx), relation=relation))
