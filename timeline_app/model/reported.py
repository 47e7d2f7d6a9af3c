"""Happenings a news report tells without a date: reported, so on or before the publication day.

A report's undated past happenings («اندلع حريق في مستودع…», «وقالت الوزارة إن الطائرة أُسقطت») took place by the
time the article was published; a reader places them there. Such an event keeps ``date_text`` None and
``timex_index`` None (the text gives no date) and gets the publication day with ``mod = "ON_OR_BEFORE"``
(ISO-TimeML's modifier), granularity ``day`` and a lower confidence, so the timeline can show it at the edge of
what is known and the side panel can say where the date comes from. Happenings told as still to come (a سـ/سوف
verb, «من المقرر», an imperfective of scheduling) stay undated: the report does not say when.

Narrator sentences that open with a perfective verb of happening and hold no date and no statement («طرحت شركة
… الألبوم»، «اندلع حريق …») become events of their own here; the dated and attributed ones are made in events.py.
"""
from __future__ import annotations

import datetime as dt
import re

from .attribution import _lookup_cue
from .events import _key, make_title, mentions
from .gazetteer import Norm, fold
from .timex.normalize import normalize
from .timex.resolve import _FUT_EXPECT, _FUT_STRONG, FORWARD_READINGS, PAST_VERBS, Context, word_reading
from .types import Attribution, Event, Timex

REPORTED_MOD = "ON_OR_BEFORE"
REPORTED_CONFIDENCE = 0.25
_ONE_DAY = dt.timedelta(days=1)
_TOK_RE = re.compile(r"\w+")
_QUESTION_RE = re.compile(r"[?؟]")
_MIN_WORDS = 4
# particles that may open a narrative sentence before its verb («كما طرحت…», «وقد اندلع…»)
_OPENERS = frozenset(fold(w) for w in "كما وكما قد وقد فقد لقد ثم كذلك وكذلك".split())
# perfective verb shapes of happening not in the tense lexicon: «اندلع», «أُسقطت», «اقتحم» … (a past verb is
# recognised from the lexicon only; these common happening verbs widen it)
_HAPPENED = frozenset("""
اندلع اندلعت اشتعل اشتعلت طرح طرحت اقتحم اقتحمت اقتحموا اسقط اسقطت سقط اصدرت هز هزت ضرب ضرب داهم داهمت داهموا
احتج احتجت احتجوا تظاهر تظاهرت تظاهروا لقي لقيت قتل قتلت قضي قضت نجا نجت غرق غرقت انهار انهارت تحطم تحطمت
احرق احرقت فجر فجرت حاصر حاصرت انسحب انسحبت سيطر سيطرت استولي استولت اطلق اطلقت اغتال اغتالت خطف خطفت
احتجز احتجزت افرج افرجت اعدم اعدمت هبط هبطت ارتفع ارتفعت تسبب تسببت ادين ادينت صدر رفض رفضت منح منحت نشب نشبت
""".split())


def _is_future(text: str, a: int, b: int, published: dt.date) -> bool:
    """Whether the clause ``text[a:b]`` speaks of what is still to come (see timex.resolve.Context.tense)."""
    n = normalize(text[a:b])
    # most reported claims hold no forward word at all: a word-by-word screen (one cached reading per word)
    # spares the clause-wide reading
    if not (_FUT_STRONG.search(n.text) or _FUT_EXPECT.search(n.text)
            or not FORWARD_READINGS.isdisjoint(map(word_reading, _TOK_RE.findall(n.text)))):
        return False
    ctx = Context(n.text, published, "past")
    ends = [m.end() for m in _TOK_RE.finditer(n.text)]
    # the tense at the clause's end, and at each word (a سـ verb early in a long clause still governs it)
    # (a clause of six words or fewer holds its end among the first six: read once)
    return any(ctx.tense(p) >= 2 for p in (ends[-1:] + ends[:6] if len(ends) > 6 else ends[-1:] + ends[:-1]))


def place_reported(events: list[Event], text: str, published: dt.date | None) -> None:
    """Give undated past happenings the publication day, ``ON_OR_BEFORE`` (in place)."""
    if published is None:
        return
    for ev in events:
        if ev.start_date is not None or ev.timex_index is not None:
            continue
        if _is_future(text, ev.start, ev.end, published):
            continue
        ev.start_date, ev.end_date = published, published + _ONE_DAY
        ev.granularity, ev.mod, ev.calendar = "day", REPORTED_MOD, "gregorian"
        ev.confidence = min(ev.confidence, REPORTED_CONFIDENCE)


_COPULAS = frozenset(fold(w) for w in "كان كانت كانوا كانا ليس ليست أصبح أصبحت بات باتت ظل ظلت صار صارت بقي بقيت".split())


def _narrative_words(words: list[str]) -> list[str]:
    """The words from where the narrative clause starts: after a dateline («سبق- الرياض: شاركت…») and after a fronted
    topic («أما المطرب عمرو دياب فقد أطلق…»)."""
    for k, w in enumerate(words[:5]):
        if w.endswith(":") and any(c in " ".join(words[:k + 1]) for c in "-–"):
            words = words[k + 1:]
            break
    if words and fold(words[0]) in ("اما", "واما"):
        for k, w in enumerate(words[1:8], 1):
            f = fold(w)
            if f in ("فقد", "فلقد") and k + 1 < len(words):
                return words[k + 1:]
            if f.startswith("ف") and len(f) > 3 and f[1:] in PAST_VERBS and f[1:] not in _COPULAS:
                return [w[1:]] + words[k + 1:]   # (not «فكان برئاسة…»: a state, not a happening)
        return []
    return words


def add_narrated(events: list[Event], text: str, norm: Norm, sents_folded: list[tuple[int, int]],
                 timexes: list[Timex], atts: list[Attribution]) -> None:
    """Events for narrator sentences that open with a perfective verb of happening and that no event, statement
    or date covers (in place, appended)."""
    covered = sorted((e.start, e.end) for e in events)
    stated = [(min(a.cue_start, a.source_start), max(a.claim_end, a.cue_end)) for a in atts]
    dated = [(t.start, t.end) for t in timexes if t.type in ("DATE", "TIME")]
    keys = {_key(e.title) for e in events}

    def overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in spans)

    for fa, fb in sents_folded:
        a, b = norm.orig(fa), norm.orig_end(fb)
        words = text[a:b].split()
        if len(words) < _MIN_WORDS or _QUESTION_RE.search(text, a, min(len(text), b + 2)):
            continue
        words = _narrative_words(words)
        if len(words) < _MIN_WORDS:
            continue
        first = fold(words[0])
        if first in _OPENERS and len(words) > _MIN_WORDS:
            first = fold(words[1])
        verb = first[1:] if first[:1] in ("و", "ف") and len(first) > 3 else first
        if verb not in PAST_VERBS and verb not in _HAPPENED:
            continue
        if _lookup_cue(first) is not None or _lookup_cue(verb) is not None:
            continue   # a statement frame («وأضاف …»): attribution.py reads it
        if overlaps(covered, a, b) or overlaps(stated, a, b) or overlaps(dated, a, b):
            continue
        title = make_title(text, a, b, None, atts, a)
        k = _key(title)
        if len(title.split()) < 3 or k in keys:
            continue
        actors, places = mentions(norm).within(a, b)   # (found once per text, shared with build_events)
        keys.add(k)
        events.append(Event(start=a, end=b, title=title, confidence=REPORTED_CONFIDENCE, actors=actors,
                            places=places))
