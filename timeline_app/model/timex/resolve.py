"""Placing partial dates on the calendar: year choice by deictic word, tense cue and preference."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable

from .calendars import D, ONE, g2h_year

Interval = tuple[D, D]

# Cues that the clause speaks of the future (normalised text). The future prefix س on an imperfect verb is
# recognised as س + ي/ت/ن + at least three letters, minus common nouns that merely begin that way.
# Cues that the clause speaks of the future (normalised text). Strong: plans and intentions; weak: nouns and
# verbs of forecasting, which also introduce past facts («توقع المسؤول أن زلزال شباط …»).
_FUT_STRONG = re.compile(
    r"(?<!\w)[وف]?(?:سوف|من\s+المقرر|من\s+المنتظر|من\s+المتوقع|المقرره?|مقرره?|مقررا|المرتقبه?|مرتقبه?|المزمعه?|مزمعه?|"
    r"مزمعا|المنتظره|يعتزم|تعتزم|يعتزمون|ينوي|تنوي|يرتقب|ستكون|سيكون|علي\s+ان|لن|يفترض|المفترض|ستجري|ستعقد)(?!\w)")
_FUT_WEAK = re.compile(
    r"(?<!\w)[وف]?(?:توقع|توقعات|المرجح|المحتمل|احتمال|موعد|رجح|رجحت|توقعت|الاجله|تسليم|لتسليم|المتوقعه)(?!\w)")
# «يتوقع/يرجح» (is expected): an imperfective of forecasting, as sure as a scheduling verb
_FUT_EXPECT = re.compile(r"(?<!\w)[وف]?(?:يتوقع|تتوقع|يتوقعون|يرجح|ترجح|يرجحون|ينتظر|تنتظر)(?!\w)")
# Nouns and names that begin like a future verb (س + ي/ت/ن): long stems as prefixes, short ones as whole words
# (a short prefix such as «سيب» or «سين» would also stop «سيبدأ», «سينظم»).
_S_STOP = ("سياس", "سيار", "سيطر", "ستار", "ستين", "سنوات", "سنين", "سنتين", "سنتان", "سيناء", "سيول", "سينما",
           "ستراتيج", "سترات", "سيمون", "سنغافور", "سيرة", "سينات", "ستوكهولم", "سنوي", "سنويا", "سنيور",
           "سنترال", "ستانل", "سنغال", "سيدني", "ستالين", "سيليكون", "سينمائ", "ستوديو", "سنتات",
           "ستيفن", "سيرغي", "سيرجي", "سيناريو", "سنتيم", "ستارت", "سيمفون", "سيميائ", "ستونز", "ستولت",
           "سياح", "سيمور", "سيستان", "سيستم", "سيدات", "سيده", "سيدي", "سيارات", "سياحه")
_S_WORDS = frozenset(("ستاد", "ستان", "ستر", "سته", "ستوك", "ستون", "ستي", "ستيف", "ستيل", "سنا", "سنب", "سنت", "سنتا", "سنج",
           "سند", "سنغ", "سنن", "سنه", "سنو", "سنود", "سنوك", "سنيك", "سيئ", "سيئه", "سياج", "سياد", "سياق",
           "سيام", "سيب", "سيبر", "سيتي", "سيج", "سيخ", "سيد", "سير", "سيرا", "سيرت", "سيره", "سيري", "سيسي",
           "سيف", "سيفا", "سيفه", "سيكل", "سيل", "سيلا", "سيما", "سين", "سيه"))
# Imperfective verbs of scheduled happenings (after the prefix ي/ت): «تنتهي», «يبدأ», «تقام», «تغلق», «يستمر».
# Without «كان» before them they speak of what is coming.
_IMPF_STEMS = ("نتهي", "بدا", "قام", "غلق", "ستمر", "نطلق", "عقد", "نعقد", "جري", "فتح", "فتتح", "ستانف", "ستضيف",
               "حتفل", "سري", "دخل", "متد", "صل", "زور", "غادر", "نظم", "شارك", "لتقي", "ستقبل", "طلق", "طرح",
               "جتمع", "خوض", "نتقل", "توجه", "نفذ", "تم", "صوت", "نتخب", "ختتم", "حل", "ستلم", "صادف", "حيي",
               "ستكمل", "كتمل", "ستحق", "توقف", "ختم", "قيم", "باشر", "صرف", "لعب", "واجه", "ستهل", "نقضي",
               "ريد", "سعي", "خطط", "امل")
IMPF: frozenset[str] = frozenset(
    [p + st for st in _IMPF_STEMS for p in ("ي", "ت")] + ["ي" + st + "ون" for st in _IMPF_STEMS]
    + ["ت" + st + "ان" for st in _IMPF_STEMS] + ["ي" + st + "ان" for st in _IMPF_STEMS])
# Perfective verbs frequent in news reports (not those spelt like a common noun: عقد، حدث، دخل …): the nearest
# of these before a bare date makes its clause past.
PAST_VERBS: frozenset[str] = frozenset("""
وقع وقعت تم جري جرت كان كانت كانوا اعلن اعلنت قال قالت اكد اكدت شهد شهدت وصل وصلت وصلوا زار زارت اصدر اصدرت
اطلق اطلقت افتتح افتتحت قتلت قتلوا توفي توفيت صدرت اندلع اندلعت انطلق انطلقت حصل حصلت سجلت ارتفع ارتفعت تراجعت
انخفض انخفضت بلغت اغلق اغلقت فاز فازت خسر خسرت التقي التقت استقبل استقبلت غادر غادرت عاد عادت نظم نظمت شارك
شاركت شاركوا اقيم اقيمت عقدت انعقد انعقدت حدثت اجريت اجري اجرت وافق وافقت قرر قررت تسلمت ولدت تاسس تاسست اسست
نشرت كشفت ذكرت بدا بدات بدؤوا انتهي انتهت استمر استمرت دخلت اعتقل اعتقلت اعتقلوا اصيب اصيبت توجهت انتخب انتخبت
اختتم اختتمت خفض خفضت امتد امتدت اضاف اضافت اوضح اوضحت اشار اشارت اعيد استانف استانفت وقعوا اقر اقرت رفعت خرج خرجت نفذ
نفذت شنت ادي ادت سقطت اختفي اختفت ضربت هاجم هاجمت اعتبر اعتبرت صادق صادقت تولت استقال استقالت اقال اقالت عينت
""".split())
# Form X perfectives (است + three root letters without alif, + ت/وا, + an object pronoun)
_FORM_X_PAST = re.compile(r"^است[^\W\dا]{2,3}(?:ت|وا)?(?:ها|هم|هما|ه|نا)?$")
_PAST_HAB = frozenset(("كان", "كانت", "كانوا", "ظل", "ظلت", "مازال", "لايزال"))
# «ابتداءً من / اعتباراً من / بدءاً من» point forward unless a past verb governs the clause.
_FROM_ON = frozenset(("ابتداء", "اعتبارا", "بدءا", "ابتداءا", "اعتبار", "ابتدا", "بحلول", "وبحلول"))
_COMPS = frozenset(("ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم", "وان", "وانه", "وانها"))
_FROM, _COMP, _PAST_OBJ, _WAS_PLAN = 10, 11, 12, 13   # markers in the cue list of Context.tense
_FAR = 10   # words between a forward cue and the expression beyond which the cue is weak
_OBJ = re.compile(r"(?:ها|هم|هما|هن|نا|كم|ه)$")
_COMMA = re.compile(r"[،,؛]")
_TOK = re.compile(r"\w+")
_PLANNED = frozenset(("المقرر", "المتوقع", "المنتظر", "المفترض", "المزمع", "يفترض", "مقررا", "مزمعا", "مقرر"))
_SUBJ = frozenset(("ان", "لن", "لم", "كي", "لكي", "حتي", "ولم", "ولن"))
_WAS_BEFORE = re.compile(r"(?<!\w)[وف]?(?:كان|كانت)\s+$")
# «و/ف» + a verb opening a coordinated clause (not «وفي», «وبحسب», «والقوات», «وهو» …)
_CLAUSE_OPEN = re.compile(r"^[وف](?!ال|في$|فق|من$|علي$|عن$|مع$|بين$|حتي$|بحسب$|بعد$|قبل$|خلال$|ذلك$|هو$|هي$|هم$|لكن$|ل[لا]|ب[ال])"
                          r"\w{3,}$")
_SAID_AFTER = re.compile(r"\s*[،,]?\s*(?:ان|انه|انها|انهم|بان|بانه|بانها)(?!\w)")
_CLAUSE_END = re.compile(r"[.!?؟\n،,؛:]")
_SINCE_BEFORE = re.compile(r"(?<!\w)[وف]?(?:منذ|مذ)\s+(?:[^\s.،,]+\s+){0,3}$")
_SENT_BREAK = re.compile(r"[.!?؟\n]")


_HIJRI_MARK = re.compile(r"\d\s*ه(?!\w)|هجري|للهجره|الموافق\s+\d|\d\s+الموافق")


class Context:
    __slots__ = ("ref", "prefer", "text", "_hy", "reason", "_hctx", "was_planned")

    def __init__(self, text: str, ref: D, prefer: str):
        self.text = text
        self.ref = ref
        self.prefer = prefer
        self._hy: int | None = None
        self.reason: str | None = None  # why an ambiguous date went where it went (becomes the Timex note)
        self._hctx: bool | None = None
        # set by tense(): the deciding cue was a plan told in the past («كان مقرراً», «كانت مقررة»): tense 0, but
        # the plan's date is the occurrence nearest the publication, either way
        self.was_planned = False

    def hijri_plausible(self, y: int) -> bool:
        """Whether a bare year 1300-1500 (no هـ/م) is a Hijri year: from 80 Hijri years before the publication's to
        5 after it (a Hijri year far in the future is not a date of news), or the text dates things in Hijri
        elsewhere. «سقوط الأندلس عام 1492» in a 2024 (1446 H) article is Gregorian; «مواليد عام 1396» in 2015 is
        Hijri."""
        if not 1300 <= y <= 1500:
            return False
        hy = self.hijri_year
        if hy and hy - 80 <= y <= hy + 5:
            return True
        if self._hctx is None:
            self._hctx = bool(_HIJRI_MARK.search(self.text))
        return self._hctx

    @property
    def hijri_year(self) -> int | None:
        if self._hy is None:
            self._hy = g2h_year(self.ref) or 0
        return self._hy or None

    def future_cue(self, pos: int, end: int | None = None) -> bool:
        """Whether the clause around ``pos`` points forward (see ``tense``)."""
        return self.tense(pos, end) > 0

    def tense(self, pos: int, end: int | None = None, own_clause: bool = False) -> int:
        """Tense of the clause of an expression at ``pos``:
        3 future (a سـ/سوف verb or a plan word «من المقرر/المرتقبة» in the clause), 2 probably future (an
        imperfective verb of scheduling without «كان»/«لم», «ابتداءً من», «بحلول»), 1 weakly future (a forecast
        word, or a cue before a comma), 0 unknown (also «كان من المقرر»: a plan perhaps since changed), -1 past
        (the nearest verb is a perfective one, «كان» + imperfective, «لم» + imperfective).

        The decisive word is the one nearest before the expression, back to the sentence start (at most 150
        characters); a perfective verb before a complementiser («قال إن …», «أعلن أن …») does not govern the
        complement clause. With nothing before, the three words after the expression are read.

        own_clause: when the expression's clause opens after a comma with «و/ف» + a verb, an imperfective verb of
        the earlier clause says nothing of it («والقذيفة يصل مداها …، واستخدمتها الفصائل … يوم الجمعة»); an aside
        between commas does not open a clause («ويصل الوفد، بحسب المصادر، يوم الاثنين»).
        """
        self.was_planned = False
        lo = max(0, pos - 150)
        text = self.text
        window = text[lo:pos]
        breaks = list(_SENT_BREAK.finditer(window))
        if breaks:
            window = window[breaks[-1].end():]
        commas = [m.start() for m in _COMMA.finditer(window)]
        comma = commas[-1] if commas else -1
        # the expression's own clause starts after the last comma with «و/ف» + a verb («، واستخدمتها الفصائل …»),
        # not with an aside («، بحسب المصادر،», «، التي تشارك فيها …،»)
        new_clause = False
        if own_clause and comma >= 0:
            first = _TOK.search(window, comma + 1)
            new_clause = bool(first and _CLAUSE_OPEN.match(first.group(0)))
        cues: list[tuple[int, int, bool]] = []   # (end, strength, from a verb of the clause)
        toks = list(_TOK.finditer(window))
        n = len(toks)
        starts = [t.start() for t in toks]
        for rx, strength in ((_FUT_STRONG, 3), (_FUT_EXPECT, 2), (_FUT_WEAK, 1)):
            for m in rx.finditer(window):
                was = _WAS_BEFORE.search(window, max(0, m.start() - 12), m.start())
                v = (_WAS_PLAN if strength == 3 else 0) if was else strength
                if 2 <= v <= 3 and n - bisect_left(starts, m.end()) > _FAR:
                    v = 1
                cues.append((m.end(), v, False))
        words = [t.group(0) for t in toks]
        for i, m in enumerate(toks):
            v = word_tense(words[i], words[max(0, i - 5):i])
            if v == _PAST_OBJ:
                # «التي أعلنها في …» governs the date right after it; «استطلاع أجرته رويترز … في كانون الأول»
                # (a relative clause on a noun far from the date) does not
                v = -1 if i >= n - 3 else None
            elif v is not None and 2 <= v <= 3 and n - 1 - i > _FAR:
                v = 1   # «وسيخضع لتحقيق … لتحديد دوره في الاعتداء … في 8 كانون الثاني»: a verb far back
            if v is not None:
                cues.append((m.end(), v, True))
        cues.sort()
        from_on = comp = False
        best = 0   # the strongest of the forward cues met before a backward or neutral one
        for p, v, verb in reversed(cues):
            if v == _FROM:
                from_on = True
                continue
            if v == _COMP:
                comp = True
                continue
            if v == _WAS_PLAN:
                self.was_planned = not best
                return best
            if v == -1 and comp:
                continue  # «قال الوزير إن …»: the reporting verb is not the tense of what is reported
            if v == 2 and p <= comma:
                if new_clause and verb:
                    continue
                v = 1  # «… الذين يواجهون صعوبات، الأربعاء إنها …»: a verb before a comma governs less surely
            if v > 0:
                best = max(best, v)   # «سيتم تسليم …»: the plan verb, not only the nearer forecast noun
                continue
            return best or v
        if best:
            return best
        if from_on:
            return 2
        # nothing before: the words right after the expression («يوم الخميس ستبدأ …»)
        e = end if end is not None else pos
        fwd = text[e:e + 40]
        cut = _CLAUSE_END.search(fwd)
        if cut:
            fwd = fwd[:cut.start()]
        prev: list[str] = []
        for m in _TOK.finditer(fwd):
            v = word_tense(m.group(0), prev[-5:])
            if v == _PAST_OBJ:
                v = -1
            if v == _WAS_PLAN:
                self.was_planned = True
                return 0
            if v is not None and v not in (_FROM, _COMP):
                return v
            prev.append(m.group(0))
            if len(prev) >= 3:
                break
        return 0

    @staticmethod
    def _word_tense(w: str, prev: list[str]) -> int | None:
        return word_tense(w, prev)


# readings of word_reading that depend on the words before (resolved by word_tense)
_IMPF_WORD, _PLURAL_PAST = 20, 21


@lru_cache(maxsize=1 << 16)
def word_reading(w: str) -> int | None:
    """What the word ``w`` alone says of its clause's tense (see ``word_tense``); _IMPF_WORD and _PLURAL_PAST
    are verbs whose reading depends on the words before them."""
    if w in _FROM_ON:
        return _FROM
    if w in _COMPS:
        return _COMP
    if w in PAST_VERBS:
        return -1   # before the conjunction is stripped: «وصل», «وقع», «وافق»
    if w[0] == "و" and _OBJ.sub("", w) in PAST_VERBS and len(w) > 4:
        return _PAST_OBJ   # «وصلها»
    b = w[1:] if len(w) > 3 and w[0] in "وف" else w
    if b == "سوف" or b == "لن":
        return 3
    sv = b[1:] if len(b) > 4 and b[0] == "ل" else b
    if len(sv) >= 4 and sv[0] == "س" and sv[1] in "يتن" and sv not in _S_WORDS and not sv.startswith(_S_STOP):
        return 3
    stem = _OBJ.sub("", b) if len(b) > 4 else b   # «أعلنها», «يستكملها»
    if b in PAST_VERBS:
        return -1
    if _FORM_X_PAST.match(b):
        return -1  # «واستخدمتها», «استهدفوا», «استشهد» (the verbal nouns «استخدام», «استهداف» have an alif)
    if stem in PAST_VERBS:
        return _PAST_OBJ
    if b[0] == "ل" and b[1:] in IMPF:
        return 1   # «ليتم عرضه في رمضان» (purpose) but also «لتصل إلى 7%» (result): weakly forward
    if b in IMPF or stem in IMPF:
        return _IMPF_WORD
    if len(b) >= 4 and b.endswith("وا") and b[0] not in "ينسال":
        return _PLURAL_PAST
    return None


# readings of a word that point forward whatever the words before it (an imperfective of scheduling reads 2 unless
# «كان»/«لم» precede it)
FORWARD_READINGS = frozenset((2, 3, _FROM, _IMPF_WORD))


def word_tense(w: str, prev: list[str]) -> int | None:
    """The tense reading of word ``w`` after the words ``prev`` (at most five; see ``Context.tense``)."""
    v = word_reading(w)
    if v == _IMPF_WORD:
        if prev and prev[-1] in ("لم", "ولم", "فلم", "لما"):
            return -1  # «لم تتم السيطرة»: a negated past
        # «كانت الأسواق تغلق», «كان من المقرر أن يصل»: «كان» up to five words before makes it past
        for p in prev:
            if p in _PAST_HAB or len(p) > 3 and p[0] in "وف" and p[1:] in _PAST_HAB:
                return _WAS_PLAN if any(q in _PLANNED for q in prev) else -1
        return 2
    if v == _PLURAL_PAST:
        # a perfective plural: «تدربوا», «وصلوا» (not «أن يتدربوا», «لن تصلوا»)
        return None if prev and prev[-1] in _SUBJ else -1
    return v


_HORIZON = {1: 200, 2: 300, 3: 366}
_PLAN_AHEAD = 92   # days ahead a plan told in the past («كان مقرراً») may still point to   # days ahead a future reading may reach, by strength of the cue


def choose(cands: list[Interval], ctx: Context, pos: int, dx: int | None, *, coarse: bool = False) -> Interval | None:
    """Pick one of several calendar occurrences (sorted by start) of a partial date.

    dx: -1 (الماضي: the latest one entirely past), 0 (الجاري: the one of the current year, caller decides),
    +1 (المقبل: the first one starting after the reference), None: tense/preference/nearest.
    """
    if not cands:
        return None
    ref = ctx.ref
    if dx == -1:
        past = [c for c in cands if c[1] <= ref + ONE]
        return past[-1] if past else cands[0]
    if dx == 1:
        fut = [c for c in cands if c[0] > ref]
        return fut[0] if fut else cands[-1]
    if dx == 0:
        cur = [c for c in cands if c[0] <= ref < c[1]]
        if cur:
            return cur[0]
        return min(cands, key=lambda c: abs((c[0] - ref).days))
    cur_or_past = [c for c in cands if c[0] <= ref]
    fut = [c for c in cands if c[0] > ref]
    if ctx.prefer == "future":
        live = [c for c in cands if c[1] > ref]
        return live[0] if live else cands[-1]
    if not fut:
        return cur_or_past[-1]
    if not cur_or_past:
        return fut[0]
    p, f = cur_or_past[-1], fut[0]
    if p[0] <= ref < p[1]:
        return p
    if _SINCE_BEFORE.search(ctx.text, max(0, pos - 40), pos):
        ctx.reason = "no year: past, after «منذ»"
        return p  # «منذ 7 أكتوبر»: since a past date
    ahead = (f[0] - ref).days
    tense = ctx.tense(pos, own_clause=True)
    if tense == 0 and ctx.was_planned and ahead <= _PLAN_AHEAD and ahead < (ref - p[0]).days:
        # «كان مقرراً أن يعقد المؤتمر في 8 ذي القعدة» a month ahead: a plan told in the past (since cancelled or
        # moved) whose date had not come yet; further ahead, the plan more likely fell through in the past
        ctx.reason = "no year: a plan told in the past («كان مقرراً»), the nearest occurrence, ahead"
        return f
    if tense > 0 and ahead <= _HORIZON[tense] and not ((ref - p[1]).days <= 31 and ahead > 300):
        # (an occurrence that ended within the month beats one almost a year ahead: «سيكون عيد الفطر»
        # published days after it, a quote reported late)
        ctx.reason = "no year: the clause speaks of the future"
        return f
    # Without a cue, only a date coming soon (and nearer than the past one) is read forward: news mostly
    # reports what happened.
    if ahead <= (40 if coarse else 31) and ahead < 0.75 * (ref - p[0]).days:
        ctx.reason = "no year: the nearest occurrence, just ahead"
        return f
    ctx.reason = "no year: the most recent occurrence"
    return p


def pick_year(make: Callable[[int], Interval | None], years: range, ctx: Context, pos: int,
              dx: int | None, coarse: bool = False) -> tuple[int, Interval] | None:
    cands = []
    for y in years:
        iv = make(y)
        if iv:
            cands.append((iv, y))
    if not cands:
        return None
    ivs = [c[0] for c in cands]
    iv = choose(ivs, ctx, pos, dx, coarse=coarse)
    if iv is None:
        return None
    return cands[ivs.index(iv)][1], iv


def weekday_date(wd: int, ctx: Context, pos: int, dx: int | None, end: int | None = None) -> D:
    ref = ctx.ref
    diff = (wd - ref.weekday()) % 7
    if dx == -1:
        back = (ref.weekday() - wd) % 7 or 7
        return ref - dt.timedelta(days=back)
    if dx == 1:
        return ref + dt.timedelta(days=diff or 7)
    if dx == 0:
        return ref + dt.timedelta(days=wd - ref.weekday())
    if ctx.prefer == "future":
        return ref + dt.timedelta(days=diff or 7)
    if _SINCE_BEFORE.search(ctx.text, max(0, pos - 40), pos):
        back = (ref.weekday() - wd) % 7
        ctx.reason = "bare weekday: past, after «منذ»"
        return ref - dt.timedelta(days=back)
    tense = ctx.tense(pos, own_clause=True)
    if tense == 1 and end is not None and _SAID_AFTER.match(ctx.text, end):
        tense = 0   # «… الذين يواجهون صعوبات، الأربعاء إنها تلقت …»: the day a statement was made, reported after it
    if tense >= 1:
        ctx.reason = "bare weekday: the clause speaks of the future"
        return ref + dt.timedelta(days=diff)
    if tense == 0 and ctx.was_planned and diff and diff < 7 - diff:
        ctx.reason = "bare weekday: a plan told in the past («كانت مقررة»), the nearest one (ahead)"
        return ref + dt.timedelta(days=diff)
    back = (ref.weekday() - wd) % 7
    ctx.reason = "bare weekday: the most recent one"
    return ref - dt.timedelta(days=back)
