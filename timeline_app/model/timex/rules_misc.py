"""Recognisers for durations («ago» dates included), sets, vague references, centuries, holidays, anaphors."""
from __future__ import annotations

import datetime as dt
import re

from . import lexicon as L
from .calendars import D, ONE, add_months, h2g, month_iv, week_iv, week_value
from .cand import Cand
from .resolve import Context, choose
from .rules_date import key

_UNIT_CODE = {"Y": "Y", "M": "M", "W": "W", "D": "D", "H": "TH", "MIN": "TM", "DE": "DE", "CE": "CE", "S": "TS"}


def _unit(word: str) -> str | None:
    w = key(word)
    return L.PLURAL_UNITS.get(w) or L.SINGULAR_UNITS.get(w) or L.DUAL_UNITS.get(w)


def _num(s: str) -> float | None:
    s = key(s).strip("() ")
    if re.fullmatch(r"\d+", s):
        return float(int(s))
    if re.fullmatch(r"\d+[.,]\d+", s):
        return float(s.replace(",", "."))
    v = L.cardinal(s)
    return float(v) if v is not None else None


def dur_value(n: float | None, u: str, half: str | None) -> str:
    code = _UNIT_CODE[u]
    t = code.startswith("T")
    letter = code[1:] if t else code
    pre = "PT" if t else "P"
    if n is None:
        return f"{pre}X{letter}"
    if half:
        frac = 0.5 if "نصف" in half else 0.25
        if u == "Y":
            return f"P{int(n)}Y{int(12 * frac)}M"
        if u == "D":
            return f"P{int(n)}DT{int(24 * frac)}H"
        if u == "H":
            return f"PT{int(n)}H{int(60 * frac)}M"
        n += frac
    nv = int(n) if float(n).is_integer() else n
    return f"{pre}{nv}{letter}"


def shift(ref: D, n: int, u: str) -> tuple[str, str, D, D] | None:
    """«قبل/بعد n unit» -> (value, granularity, start, end) at the unit's granularity."""
    if u == "D":
        d = ref + dt.timedelta(days=n)
        return d.isoformat(), "day", d, d + ONE
    if u == "W":
        d = ref + dt.timedelta(days=7 * n)
        ws, we = week_iv(d)
        return week_value(ws), "week", ws, we
    if u == "M":
        y, mo = add_months(ref.year, ref.month, n)
        sd, ed = month_iv(y, mo)
        return f"{y:04d}-{mo:02d}", "month", sd, ed
    if u == "Y":
        y = ref.year + n
        return f"{y:04d}", "year", D(y, 1, 1), D(y + 1, 1, 1)
    if u == "DE":
        y = ref.year + 10 * n
        return f"{y:04d}", "year", D(y, 1, 1), D(y + 1, 1, 1)
    if u == "H":
        d = ref + dt.timedelta(days=int(n / 24))  # «قبل 48 ساعة» = two days ago (the hour is unknown)
        return d.isoformat(), "day", d, d + ONE
    if u in ("MIN", "S"):
        return ref.isoformat(), "day", ref, ref + ONE
    return None


def h_duration(m: re.Match, ctx: Context) -> Cand | None:
    sig = m.group("sig")
    u_word = m.group("u") or m.group("du") or m.group("u2") or m.group("u3") or m.group("pl")
    u = _unit(u_word)
    if not u:
        return None
    n: float | None
    if m.group("n"):
        n = _num(m.group("n"))
        if n is None:
            return None
    elif m.group("du"):
        n = 2.0
    elif m.group("one"):
        n = 1.0
    else:
        n = None
    half = m.group("half") or m.group("half2")
    about = key(m.group("about") or "")
    approx = bool(m.group("approx")) or about in ("نحو", "حوالي", "حوالى", "قرابه", "زهاء", "ما يقارب")
    of = m.group("of")
    sigk = key(sig) if sig else None
    s, e = m.start(), m.end()
    qs = (m.start("n") if m.group("n") else m.start("du") if m.group("du") else
          m.start("few") if m.group("few") else m.start("u3") if m.group("u3") else m.start("pl"))
    if of:
        e = m.start("of")
    if m.group("n") and m.group("n").strip().startswith("("):
        qs = m.start("n")
    if n is not None and m.group("pl") is None and m.group("n"):
        # «60 عاما» after a name is an age; still a duration (ages are optional in the gold).
        pass
    if sigk == "بعد" and (u in ("H", "MIN", "S") or ctx.prefer != "future" and not ctx.future_cue(s)):
        # «عاد إلى الشوارع بعد عامين»: in a narrative, «بعد» + quantity counts from the event just told;
        # only a clause about the future («ستعقد القمة بعد أسبوع») counts from publication.
        of = True
    if sigk in ("قبل", "بعد") and not of:
        if n is None:
            if sigk == "قبل":
                return Cand(s, e, "DATE", "PAST_REF", gran="vague")
            return Cand(qs, e, "DURATION", dur_value(None, u, None), gran="duration")  # «بعد ساعات»
        if half:
            n_int = int(n)
        else:
            n_int = int(n)
        r = shift(ctx.ref, -n_int if sigk == "قبل" else n_int, u)
        if not r:
            return None
        c = Cand(s, e, "DATE", r[0], gran=r[1], sd=r[2], ed=r[3])
        if approx:
            c.mod = "APPROX"
        return c
    if u == "DE" and not sigk and not re.search(r"(?:ل|لمده|اكثر\s+من|اقل\s+من|مدي|طيله|طوال)\s*$",
                                                   ctx.text[max(0, qs - 12):qs]) \
            and not re.match(r"\s+من\s+(?:الزمن|الصراع|الحرب|الحكم)", ctx.text[e:e + 14]):
        return None  # «عقد/عقدين» are also contracts
    if n is None and not (m.group("few") or m.group("q") or sigk):
        # a bare plural («سنوات») needs a signal or a quantifier to be a duration
        before = ctx.text[max(0, qs - 3):qs]
        if not before.endswith(("ل", "لـ")):
            return None
    c = Cand(qs, e, "DURATION", dur_value(n, u, half), gran="duration")
    if approx:
        c.mod = "APPROX"
    if sigk == "منذ":
        start = shift(ctx.ref, -int(n), u) if n else None
        c.note = f"since: starts {'about ' if approx else ''}{start[0]}" if start else "since: start point not stated"
    if m.group("n") is None and m.group("du") is None and m.group("few") is None and m.group("pl") and not m.group("q"):
        c.prio = 7
    return c


_FRACTION_VALUE = {("نصف", "H"): "PT30M", ("ربع", "H"): "PT15M", ("ثلث", "H"): "PT20M", ("نصف", "Y"): "P6M",
                   ("ربع", "Y"): "P3M", ("ثلث", "Y"): "P4M", ("نصف", "CE"): "P50Y", ("ربع", "CE"): "P25Y",
                   ("نصف", "M"): "P15D", ("نصف", "D"): "PT12H"}


def h_fraction_unit(m: re.Match, ctx: Context) -> Cand | None:
    """«نصف ساعة», «ربع قرن», «نصف عام»."""
    v = _FRACTION_VALUE.get((m.group("frac"), _unit(m.group("u")) or ""))
    if v is None:
        return None
    return Cand(m.start(), m.end(), "DURATION", v, gran="duration")


def h_rel_offset(m: re.Match, ctx: Context) -> Cand | None:
    w = key(m.group("u"))
    u = _unit(w)
    if not u:
        return None
    n = 2.0 if w in L.DUAL_UNITS else (None if w in L.PLURAL_UNITS else 1.0)
    return Cand(m.start("u"), m.end(), "DURATION", dur_value(n, u, None), gran="duration")


def h_single_unit(m: re.Match, ctx: Context) -> Cand | None:
    u = _unit(m.group("u"))
    if not u:
        return None
    sigk = key(m.group("sig"))
    half = m.group("half")
    about = key(m.group("about") or "")
    if re.search(r"(?:يوما|يوم|عاما|عام|شهرا|شهر|ساعه)\s+$", ctx.text[max(0, m.start() - 8):m.start()]):
        return None  # «يوماً بعد يوم», «عاماً بعد عام»: an idiom of gradual change
    of = m.group("of")
    e = m.start("of") if of else m.end()
    if sigk in ("قبل", "بعد") and not of:
        if half:
            return None
        if sigk == "بعد" and ctx.prefer != "future" and not ctx.future_cue(m.start()):
            return Cand(m.start("u"), e, "DURATION", dur_value(1.0, u, half), gran="duration")
        r = shift(ctx.ref, -1 if sigk == "قبل" else 1, u)
        if not r:
            return None
        c = Cand(m.start(), e, "DATE", r[0], gran=r[1], sd=r[2], ed=r[3])
    else:
        c = Cand(m.start("u"), e, "DURATION", dur_value(1.0, u, half), gran="duration")
    if about in ("نحو", "حوالي", "حوالى", "قرابه", "زهاء", "ما يقارب"):
        c.mod = "APPROX"
    return c


def h_acc_unit(m: re.Match, ctx: Context) -> Cand | None:
    u = _unit(m.group("u").rstrip("ا")) or _unit(m.group("u"))
    if not u:
        return None
    return Cand(m.start(), m.end(), "DURATION", dur_value(1.0, u, None), gran="duration", prio=8)


def h_def_dual(m: re.Match, ctx: Context) -> Cand | None:
    u = _unit(m.group("du"))
    if not u:
        return None
    return Cand(m.start(), m.end(), "DURATION", dur_value(2.0, u, None), gran="duration")


def h_def_plural(m: re.Match, ctx: Context) -> Cand | None:
    u = _unit(m.group("u") or m.group("u2"))
    nw = m.group("n") or m.group("n2")
    n = _num(nw) if nw else None
    adj = key(m.group("adj"))
    if not u:
        return None
    if n is None and u in ("D", "W"):
        return None  # «الأيام القادمة» is a vague reference (VAGUE)
    dx = L.DEICTIC.get(adj)
    if dx == 1 and n is not None and u == "W":
        ws, _ = week_iv(ctx.ref + dt.timedelta(days=7))
        we = ws + dt.timedelta(days=7 * int(n))
        return Cand(m.start(), m.end(), "DATE", f"{week_value(ws)}/{week_value(we - ONE)}", gran="range", sd=ws, ed=we)
    return Cand(m.start(), m.end(), "DURATION", dur_value(n, u, None), gran="duration")


_SET = {"يوم": "P1D", "اسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنه": "P1Y", "ساعه": "PT1H", "صباح": "P1D",
        "مساء": "P1D", "ليله": "P1D", "يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "ساعيا": "PT1H"}


def h_weekday_set(m: re.Match, ctx: Context) -> Cand | None:
    return Cand(m.start(), m.end(), "SET", "P1W", gran="set")


def h_set(m: re.Match, ctx: Context) -> Cand | None:
    if m.group("wd"):
        return Cand(m.start(), m.end(), "SET", "P1W", gran="set")  # «كل يوم جمعة»
    if m.group("du") or m.group("pu"):
        u = _unit(m.group("du") or m.group("pu"))
        n = 2.0 if m.group("du") else _num(m.group("n"))
        if not u or not n:
            return None
        return Cand(m.start(), m.end(), "SET", dur_value(n, u, None), gran="set")  # «كل أسبوعين»
    w = key(m.group("u") or m.group("adv"))
    v = _SET.get(w)
    if v is None and w in L.WEEKDAYS_BARE:
        v = "P1W"
    if v is None:
        return None
    return Cand(m.start(), m.end(), "SET", v, gran="set")


_VAGUE_PRESENT = ("الان", "حاليا", "حالا", "الوقت", "في الوقت", "في هذه")
_VAGUE_FUTURE = ("لاحقا", "المستقبل", "قريبا", "عما قريب", "المدي")


def h_vague(m: re.Match, ctx: Context) -> Cand | None:
    w = key(m.group("w"))
    s = m.start()
    if w.startswith("قبل ") and re.match(r"\s+من(?!\w)", ctx.text[m.end():m.end() + 5]):
        return None  # «قبل ساعات من الإقلاع»: a duration before an event
    if w.startswith(("الان", "حاليا", "حالا", "هذه الايام")) or "الحالي" in w or "الراهن" in w or "اللحظه" in w \
            or "الحاضر" in w:
        v = "PRESENT_REF"
    elif w.startswith(_VAGUE_FUTURE[1:]) or "المقبله" in w or "القادمه" in w or w == "لاحقا":
        v = "FUTURE_REF" if w != "لاحقا" else "PAST_REF"
    else:
        v = "PAST_REF"
    if w.startswith("في "):
        s += 3
    if w.startswith(("السنوات", "العقود")):
        return Cand(s, m.end(), "DURATION", "PXY" if w.startswith("السنوات") else "PXDE", gran="duration")
    c = Cand(s, m.end(), "DATE", v, gran="vague", prio=6)
    if ctx.prefer == "future" and w in _NOW:
        # Duckling's reading («the way Duckling does»): «now» is anchored on the reference day. The news reading
        # (prefer="past", the dev-corpus convention) leaves PRESENT_REF unplaced.
        c.sd, c.ed = ctx.ref, ctx.ref + ONE
    return c


_NOW = frozenset(("الان", "حالا", "في هذه اللحظه"))


def h_century(m: re.Match, ctx: Context) -> Cand | None:
    from .patterns import DECADES
    if m.group("dec"):
        d = DECADES[key(m.group("dec"))]
        cent = key(m.group("dcent") or "")
        c19 = 19 if not cent or "الماضي" in cent or "المنصرم" in cent or "العشرين" in cent else (
            18 if "التاسع" in cent else ctx.ref.year // 100)
        if not cent and d * 10 > ctx.ref.year % 100 + 5 and ctx.ref.year >= 2000:
            c19 = 19
        elif not cent and ctx.ref.year >= 2030 and d * 10 <= ctx.ref.year % 100:
            c19 = 20
        return Cand(m.start(), m.end(), "DATE", f"{c19}{d}", gran="decade")
    if m.group("head2"):
        dx = L.DEICTIC.get(key(m.group("dx")), 0)
        n = ctx.ref.year // 100 + dx  # 2015 -> 20 (21st century), value = n
        return Cand(m.start(), m.end(), "DATE", f"{n:02d}", gran="century")
    if m.group("pl"):
        v = "PXCE" if key(m.group("pl")) == "القرون" else "PXDE"
        return Cand(m.start(), m.end(), "DURATION", v, gran="duration")
    if m.group("o"):
        n = L.ordinal(key(m.group("o"))) or 0
    else:
        n = int(m.group("n"))
    if not 1 <= n <= 21:
        return None
    v = f"{'BC' if m.group('bc') else ''}{n - 1:02d}"
    return Cand(m.start(), m.end(), "DATE", v, gran="century")


def _easter(y: int) -> D:
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return D(y, month, day)


_HIJRI_HOLIDAYS = {"عاشوراء": (1, 10), "عيد الاضحي": (12, 10), "عيد الفطر": (10, 1), "راس السنه الهجريه": (1, 1),
                   "يوم عرفه": (12, 9), "المولد النبوي": (3, 12), "ليله القدر": (9, 27)}


# «بمناسبة (حلول) عيد الفطر», «تهنئة بحلول عيد الأضحى», «هنأ الشعب بعيد الفطر»: the holiday is the occasion of
# the act, not its time (the greeting, the ceremony or the opening it accompanies happens on another day). Read
# backwards from the holiday name: an optional glued «ب», an optional «حلول/قدوم/…» («بحلول», «بقرب حلول»), then
# either «مناسبة» or, for a holiday introduced by «ب», a word of congratulating earlier in the same clause. A bare
# «بحلول عيد الأضحى» («by Eid»: a deadline) stays a time reference.
_OCC_ARRIVAL = r"(?:(?:(?:قرب|اقتراب|قرابه)\s+)?(?:حلول|قدوم|استقبال|اطلاله|ذكري)\s+)?"
_OCC_MUNASABA = re.compile(rf"(?<!\w)[وفبل]{{0,2}}(?:ال)?مناسبه\s+(?:ب?{_OCC_ARRIVAL})?$")
_OCC_CONGRAT = re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال|لل)?(?:هنا|هنات|هناه|هناها|هنئ\w*|[يتنا]هنئ\w*|مهنئ\w*|تهنئ\w*"
                          r"|تهان\w*|تبريك\w*|معايد\w*|[يت]عايد\w*|عايد\w*|بارك|يبارك|باركت)(?!\w)")
_CLAUSE_END = re.compile(r"[.!?؟\n؛:«»\"]")


def _occasion(text: str, s: int) -> bool:
    """Whether the holiday name at normalised offset ``s`` names the occasion of the act («بمناسبة عيد الفطر»)."""
    before = text[max(0, s - 90):s]
    if _OCC_MUNASABA.search(before):
        return True
    tail = before
    if tail.endswith("ب") and (len(tail) < 2 or not tail[-2].isalpha() or tail[-2] in "وف"):
        tail = tail[:-1]  # «بعيد الفطر»: the glued «ب»
    elif not re.search(r"(?<!\w)[وف]?ب?(?:(?:قرب|اقتراب)\s+)?ب?(?:حلول|قدوم|اطلاله)\s+$", tail):
        return False
    cut = max((k.end() for k in _CLAUSE_END.finditer(tail)), default=0)
    return bool(_OCC_CONGRAT.search(tail, cut))


def h_holiday(m: re.Match, ctx: Context) -> Cand | None:
    h = key(m.group("h")).replace(" المبارك", "").replace(" المجيد", "")
    yr = int(m.group("yr")) if m.group("yr") else None
    ref = ctx.ref
    s, e = m.start(), m.end()
    if _occasion(ctx.text, s):
        return None  # the occasion of the act, not a time reference (the dev conventions leave it unannotated)
    if re.match(r"\s+(?:اليهودي|الارثوذكسي|الشرقي)", ctx.text[e:e + 14]) and h in ("عيد الفصح", "عيد الميلاد"):
        return None  # another calendar's feast: not placed
    if h.endswith("رمضان"):
        from .rules_date import resolve_month_day
        r = resolve_month_day("h", 9, None, ("y", yr) if yr else None, ctx, s, None)
        if not r:
            return None
        return Cand(s, e, "DATE", f"{r[0].isoformat()}/{(r[1] - ONE).isoformat()}", gran="range", cal="hijri",
                    hijri=f"{r[2]}-09", sd=r[0], ed=r[1])

    def occ(y: int) -> list[D]:
        if h in ("عيد الميلاد", "الكريسماس", "كريسماس"):
            return [D(y, 12, 25)]
        if h == "راس السنه الميلاديه" or h == "راس السنه":
            return [D(y, 1, 1)]
        if h == "عيد الفصح":
            return [_easter(y)]
        mo_d = _HIJRI_HOLIDAYS.get(h)
        if not mo_d:
            return []
        out = []
        for hy in range(y - 580, y - 577):
            g = h2g(hy, *mo_d)
            if g and g.year == y:
                out.append(g)
        return out
    if yr:
        ds = occ(yr)
        if not ds:
            return None
        d = ds[0]
    else:
        ds = sorted(x for y in (ref.year - 1, ref.year, ref.year + 1) for x in occ(y))
        if not ds:
            return None
        rel = m.group("rel")
        dx = None if not rel else -1 if rel in ("الماضي", "المنصرم", "الفائت", "السابق") else \
            1 if rel in ("المقبل", "القادم") else 0
        iv = choose([(x, x + ONE) for x in ds], ctx, s, dx)
        if iv is None:
            return None
        d = iv[0]
    c = Cand(s, e, "DATE", d.isoformat(), gran="day", sd=d, ed=d + ONE)
    return c


def h_anaphor(m: re.Match, ctx: Context) -> Cand | None:
    w = key(m.group("w"))
    c = Cand(m.start(), m.end(), "DATE", None, kind="anaphor", prio=6)
    c.note = w
    return c
