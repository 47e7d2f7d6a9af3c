"""Recognisers for years, numeric dates and ranges."""
from __future__ import annotations

import datetime as dt
import re

from . import lexicon as L
from . import patterns as P
from .calendars import D, ONE, h2g, hijri_month_iv, hijri_ok, hijri_year_iv, interval_value, month_iv, valid_ymd
from .cand import Cand
from .resolve import Context
from .rules_date import _NOT_A_YEAR_AFTER, dxval, key, make_day, parse_month, resolve_month_day, year_of

def _is_hijri_year(y: int, era: str | None, ctx: Context | None = None) -> bool:
    """Era mark first; a bare 1300-1500 is Hijri (numeric dates), or with ctx only where plausible."""
    era = era or ""
    if era.startswith("ه") or era == "للهجره":
        return True
    if era.startswith("م"):
        return False
    if ctx is not None:
        return ctx.hijri_plausible(y)
    return 1300 <= y <= 1500


def year_cand(s: int, e: int, y: int, hijri: bool) -> Cand | None:
    if hijri:
        iv = hijri_year_iv(y)
        if not iv:
            return None
        return Cand(s, e, "DATE", interval_value(*iv), gran="range", cal="hijri", hijri=str(y), sd=iv[0], ed=iv[1])
    if not 1 <= y <= 9999:
        return None
    return Cand(s, e, "DATE", f"{y:04d}", gran="year", sd=D(y, 1, 1), ed=D(y + 1, 1, 1))


def h_year_head(m: re.Match, ctx: Context) -> Cand | None:
    y = int(m.group("y"))
    if y < 100:
        return None
    if "ydx" in m.re.groupindex and _NOT_A_YEAR_AFTER.match(ctx.text[m.end():m.end() + 12]):
        return None  # «العام الماضي 2000 شخص»
    return year_cand(m.start(), m.end(), y, _is_hijri_year(y, m.group("era"), ctx))


def h_year_era(m: re.Match, ctx: Context) -> Cand | None:
    y = int(m.group("y"))
    era = m.group("era")
    if key(era) == "م" and not (1000 <= y <= 2200):
        return None
    if key(era) == "م" and _NOT_A_YEAR_AFTER.match(ctx.text[m.end():m.end() + 12]):
        return None
    return year_cand(m.start(), m.end(), y, _is_hijri_year(y, era))


def h_year_signal(m: re.Match, ctx: Context) -> Cand | None:
    y = int(m.group("y"))
    if _NOT_A_YEAR_AFTER.match(ctx.text[m.end():m.end() + 12]):
        return None
    if abs(y - ctx.ref.year) > 80:
        return None
    return year_cand(m.start("y"), m.end("y"), y, False)


def h_year_range(m: re.Match, ctx: Context) -> Cand | None:
    if m.group("y1"):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        s = m.start("between") if m.group("between") else m.start()
    else:
        y1, y2 = int(m.group("y3")), int(m.group("y4"))
        s = m.start()
    if not y1 < y2 or y2 - y1 > 200:
        return None
    hij = ctx.hijri_plausible(y1) and ctx.hijri_plausible(y2)
    if hij:
        a, b = hijri_year_iv(y1), hijri_year_iv(y2)
        if not a or not b:
            return None
        return Cand(s, m.end(), "DATE", interval_value(a[0], b[1]), gran="range", cal="hijri",
                    hijri=f"{y1}/{y2}", sd=a[0], ed=b[1])
    return Cand(s, m.end(), "DATE", f"{y1:04d}/{y2:04d}", gran="range", sd=D(y1, 1, 1), ed=D(y2 + 1, 1, 1))


def h_year_hyphen(m: re.Match, ctx: Context) -> Cand | None:
    y1, y2 = int(m.group("y5")), int(m.group("y6"))
    hij_range = ctx.hijri_plausible(y1) and ctx.hijri_plausible(y2)
    if not y1 < y2 or y2 - y1 > 60 or (not hij_range and (abs(y1 - ctx.ref.year) > 100 or y1 < 1800)):
        return None
    s = m.start()
    head = P.YEAR_HEAD_BEFORE.search(ctx.text, max(0, s - 12), s)
    if head:
        s = head.start("h")
    if hij_range or (m.group("era") or "").startswith("ه"):
        a, b = hijri_year_iv(y1), hijri_year_iv(y2)
        if not a or not b:
            return None
        return Cand(s, m.end(), "DATE", interval_value(a[0], b[1]), gran="range", cal="hijri",
                    hijri=f"{y1}/{y2}", sd=a[0], ed=b[1])
    return Cand(s, m.end(), "DATE", f"{y1:04d}/{y2:04d}", gran="range", sd=D(y1, 1, 1), ed=D(y2 + 1, 1, 1))


_SEASON_HEAD_BEFORE = re.compile(r"(?:(?<=\s)|^)[وفبل]?(?:ال|(?<=ل)ل)?موسم(?:\s+[^\s\d]+)?\s+$")


def h_season_years(m: re.Match, ctx: Context) -> Cand | None:
    y1 = int(m.group("y1"))
    y2s = m.group("y2")
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if abs(y2 - y1) != 1:
        return None
    y1, y2 = min(y1, y2), max(y1, y2)  # «2027/2026» is the school year 2026/2027
    era = m.group("era")
    s = m.start()
    if not m.group("head"):
        # «للموسم الحالي 1436/1437هـ»: the head word before the pair (found without widening the digit windows)
        hb = _SEASON_HEAD_BEFORE.search(ctx.text, max(0, s - 24), s)
        if hb:
            k = hb.start()
            while k < s and ctx.text[k] in "وفبل" and ctx.text[k + 1:k + 2] != "م":
                k += 1
            s = k
    if _is_hijri_year(y1, era, ctx):
        a, b = hijri_year_iv(y1), hijri_year_iv(y2)
        if not a or not b:
            return None
        return Cand(s, m.end(), "DATE", interval_value(a[0], b[1]), gran="range", cal="hijri",
                    hijri=f"{y1}/{y2}", sd=a[0], ed=b[1])
    if not 1800 <= y1 <= 2200:
        return None
    return Cand(s, m.end(), "DATE", f"{y1}/{y2}", gran="range", sd=D(y1, 1, 1), ed=D(y2 + 1, 1, 1))


def _dmy(d: int, mo: int, y: int, era: str | None, s: int, e: int) -> Cand | None:
    if _is_hijri_year(y, era):
        if not hijri_ok(y, mo, d):
            return None
        g = h2g(y, mo, d)
        if not g:
            return None
        c = make_day(Cand(s, e, "DATE", None), g)
        c.cal, c.hijri = "hijri", f"{y:04d}-{mo:02d}-{d:02d}"
        return c
    if not valid_ymd(y, mo, d) or not 1000 <= y <= 2200:
        return None
    return make_day(Cand(s, e, "DATE", None), D(y, mo, d))


def h_num_dmy(m: re.Match, ctx: Context) -> Cand | None:
    sep, sep2 = m.group("sep"), m.group("sep2")
    if sep != sep2 and not (sep in "-–—" and sep2 in "-–—"):
        return None
    if m.group("sep") == "." and not m.group("era") and int(m.group("d")) > 31:
        return None
    return _dmy(int(m.group("d")), int(m.group("m")), int(m.group("y")), m.group("era"), m.start(), m.end())


def h_num_ymd(m: re.Match, ctx: Context) -> Cand | None:
    return _dmy(int(m.group("d")), int(m.group("m")), int(m.group("y")), m.group("era"), m.start(), m.end())


def h_num_my(m: re.Match, ctx: Context) -> Cand | None:
    mo, y = int(m.group("m")), int(m.group("y"))
    if not 1 <= mo <= 12:
        return None
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if re.search(r"(?:رقم|قرار|قانون|مرسوم|القرار|القانون|المرسوم|العدد|عدد)\s*\(?\s*$", before):
        return None
    sd, ed = month_iv(y, mo)
    return Cand(m.start(), m.end(), "DATE", f"{y:04d}-{mo:02d}", gran="month", sd=sd, ed=ed)


def h_num_wd_dm(m: re.Match, ctx: Context) -> Cand | None:
    d, mo = int(m.group("d")), int(m.group("m"))
    wd = L.WEEKDAYS[key(m.group("wd"))]
    ref = ctx.ref
    best = None
    for y in (ref.year, ref.year + 1, ref.year - 1):
        if valid_ymd(y, mo, d) and D(y, mo, d).weekday() == wd:
            best = D(y, mo, d)
            break
    if best is None:
        r = resolve_month_day("g", mo, d, None, ctx, m.start(), None) if 1 <= mo <= 12 else None
        if not r:
            return None
        best = r[0]
    return make_day(Cand(m.start(), m.end(), "DATE", None), best)


def h_num_range(m: re.Match, ctx: Context) -> Cand | None:
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    m2, y2 = int(m.group("m2")), int(m.group("y2"))
    m1 = int(m.group("m1")) if m.group("m1") else m2
    y1 = int(m.group("y1")) if m.group("y1") else y2
    era = m.group("era")
    s = m.start() if m.group("from") else m.start("d1")
    a = _dmy(d1, m1, y1, era, s, m.end())
    b = _dmy(d2, m2, y2, era, s, m.end())
    if not a or not b or not a.sd < b.ed:
        return None
    c = Cand(s, m.end(), "DATE", interval_value(a.sd, b.ed), gran="range", sd=a.sd, ed=b.ed)
    if a.hijri:
        c.cal, c.hijri = "hijri", f"{a.hijri}/{b.hijri}"
    return c


def _day_of(num: str | None, ordw: str | None) -> int:
    if num:
        return int(num)
    return L.ordinal(key(ordw or "")) or 0


def h_days_range(m: re.Match, ctx: Context) -> Cand | None:
    d1 = _day_of(m.group("d1"), m.group("o1"))
    d2 = _day_of(m.group("d2"), m.group("o2"))
    pm1 = parse_month(m.group("mon1"), ctx) if m.group("mon1") else None
    if pm1 and pm1[0] == "rel":
        pm1 = None
    to = key(m.group("to"))
    if m.group("same"):
        if not pm1:
            return None
        pm = pm1  # «من 3 تشرين الأول وحتى 20 من الشهر نفسه»
    else:
        pm = parse_month(m.group("mon"), ctx)
    if not pm or pm[0] == "rel" or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    if pm1 and pm1[0] != pm[0]:
        return None
    cross = pm1 is not None and pm1[1] != pm[1]
    if cross and to == "و" and not m.group("from"):
        return None  # «في 28 آب و2 أيلول»: two days, not a range
    if not cross and not d1 < d2:
        return None
    cal, month = pm
    yinfo = year_of(m, ctx) if not m.group("same") else None
    if cal == "h" and yinfo and yinfo[0] == "y" and yinfo[1] < 1600:
        yinfo = ("hy", yinfo[1])
    dx = dxval(m.group("dx")) if not m.group("same") else None
    if cross:
        ycal = "hy" if cal == "h" else "y"
        if yinfo is None and dx is None:
            # no year: place the start by the clause; the end is the first occurrence after it
            r1 = resolve_month_day(cal, pm1[1], d1, None, ctx, m.start(), None)
            if not r1:
                return None
            r2 = resolve_month_day(cal, month, d2, (ycal, r1[2]), ctx, m.start(), None)
            if r2 and r2[0] < r1[0]:
                r2 = resolve_month_day(cal, month, d2, (ycal, r1[2] + 1), ctx, m.start(), None)
        else:
            r2 = resolve_month_day(cal, month, d2, yinfo, ctx, m.start(), dx)
            if not r2:
                return None
            r1 = resolve_month_day(cal, pm1[1], d1, (ycal, r2[2]), ctx, m.start(), None)
            if r1 and r1[0] > r2[0]:
                r1 = resolve_month_day(cal, pm1[1], d1, (ycal, r2[2] - 1), ctx, m.start(), None)
        if not r1 or not r2:
            return None
        sd, ed, y1, y2 = r1[0], r2[1], r1[2], r2[2]
    else:
        r2 = resolve_month_day(cal, month, d2, yinfo, ctx, m.start(), dx)
        if not r2:
            return None
        sd, ed, y1, y2 = r2[0] - dt.timedelta(days=d2 - d1), r2[1], r2[2], r2[2]
    if not sd < ed:
        return None
    c = Cand(m.start(), m.end(), "DATE", interval_value(sd, ed), gran="range", sd=sd, ed=ed)
    if cal == "h":
        m1 = pm1[1] if pm1 else month
        c.cal, c.hijri = "hijri", f"{y1:04d}-{m1:02d}-{d1:02d}/{y2:04d}-{month:02d}-{d2:02d}"
    return c


def h_months_range(m: re.Match, ctx: Context) -> Cand | None:
    """«من أيلول إلى تشرين الثاني» = one range of whole months; the end is never before the start."""
    pm1, pm2 = parse_month(m.group("mon1"), ctx), parse_month(m.group("mon"), ctx)
    if not pm1 or not pm2 or pm1[0] != pm2[0] or pm1[0] == "rel" or pm1[1] == pm2[1]:
        return None
    if key(m.group("to")) == "و" and key(m.group("from")) != "بين":
        return None
    cal = pm1[0]
    ycal = "hy" if cal == "h" else "y"
    yinfo = year_of(m, ctx)
    if cal == "h" and yinfo and yinfo[0] == "y" and yinfo[1] < 1600:
        yinfo = ("hy", yinfo[1])
    if cal == "g" and yinfo and yinfo[0] == "hy":
        return None
    dx = dxval(m.group("dx"))
    if yinfo is None and dx is None:
        r1 = resolve_month_day(cal, pm1[1], None, None, ctx, m.start(), None)
        if not r1:
            return None
        y2 = r1[2] if pm2[1] > pm1[1] else r1[2] + 1
        r2 = resolve_month_day(cal, pm2[1], None, (ycal, y2), ctx, m.start(), None)
    else:
        r2 = resolve_month_day(cal, pm2[1], None, yinfo, ctx, m.start(), dx)
        if not r2:
            return None
        y1 = r2[2] if pm1[1] < pm2[1] else r2[2] - 1
        r1 = resolve_month_day(cal, pm1[1], None, (ycal, y1), ctx, m.start(), None)
    if not r1 or not r2:
        return None
    c = Cand(m.start(), m.end(), "DATE", None, gran="range", sd=r1[0], ed=r2[1])
    if cal == "g":
        c.value = f"{r1[0].year:04d}-{pm1[1]:02d}/{r2[0].year:04d}-{pm2[1]:02d}"
    else:
        c.value = interval_value(r1[0], r2[1])
        c.cal, c.hijri = "hijri", f"{r1[2]:04d}-{pm1[1]:02d}/{r2[2]:04d}-{pm2[1]:02d}"
    return c


def h_month_days_range(m: re.Match, ctx: Context) -> Cand | None:
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not 1 <= d1 < d2 <= 31:
        return None
    pm = parse_month(m.group("mon"), ctx)
    if not pm or pm[0] != "g":
        return None
    r2 = resolve_month_day("g", pm[1], d2, year_of(m, ctx), ctx, m.start(), None)
    if not r2:
        return None
    sd = r2[0] - dt.timedelta(days=d2 - d1)
    return Cand(m.start(), m.end(), "DATE", interval_value(sd, r2[1]), gran="range", sd=sd, ed=r2[1])


def h_academic(m: re.Match, ctx: Context) -> Cand | None:
    """«العام الدراسي المقبل» = the school year, written YYYY/YYYY like a sports season."""
    ref = ctx.ref
    if m.group("y1"):
        y0 = int(m.group("y1"))
        y2s = m.group("y2")
        y2 = int(y2s) if len(y2s) == 4 else (y0 // 100) * 100 + int(y2s)
        if abs(y2 - y0) != 1:
            return None
        y0, y2 = min(y0, y2), max(y0, y2)
        if _is_hijri_year(y0, m.group("era"), ctx):
            a, b = hijri_year_iv(y0), hijri_year_iv(y2)
            if not a or not b:
                return None
            return Cand(m.start(), m.end(), "DATE", interval_value(a[0], b[1]), gran="range", cal="hijri",
                        hijri=f"{y0}/{y2}", sd=a[0], ed=b[1])
    else:
        y0 = ref.year if ref.month >= 9 else ref.year - 1  # school years start around September
        dxs = key(m.group("dx") or "")
        if dxs == "الجديد":
            y0 = ref.year if 4 <= ref.month <= 10 else y0
        elif dxs:
            y0 += L.DEICTIC.get(dxs, 0)
        else:
            return None
    return Cand(m.start(), m.end(), "DATE", f"{y0}/{y0 + 1}", gran="range", sd=D(y0, 1, 1), ed=D(y0 + 2, 1, 1))


def year_ref(m: re.Match, ctx: Context) -> tuple[int, bool] | None:
    """The year of a patterns.YEAR_REF: (year, is_hijri)."""
    yr = m.group("y") or m.group("y2")
    if yr:
        era = m.group("era") or m.group("era2")
        y = int(yr)
        return y, _is_hijri_year(y, era, ctx)
    if m.group("rdx"):
        return ctx.ref.year + (dxval(m.group("rdx")) or 0), False
    if m.group("this"):
        return ctx.ref.year, False
    return None


def h_first_months(m: re.Match, ctx: Context) -> Cand | None:
    """«الأشهر الستة الأولى من العام الحالي» = January to June of that year (one range)."""
    if m.group("du"):
        n = 2
    else:
        nw = key(m.group("n") or m.group("n2"))
        n = int(nw) if nw.isdigit() else L.cardinal(nw)
    if not n or not 1 <= n <= 11:
        return None
    yr = year_ref(m, ctx)
    if not yr:
        return None
    y, hij = yr
    first = key(m.group("which")).startswith(("الاول", "الاوائل"))
    m1, m2 = (1, n) if first else (13 - n, 12)
    if hij:
        a, b = hijri_month_iv(y, m1), hijri_month_iv(y, m2)
        if not a or not b:
            return None
        return Cand(m.start(), m.end(), "DATE", interval_value(a[0], b[1]), gran="range", cal="hijri",
                    hijri=f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}", sd=a[0], ed=b[1])
    if not 1 <= y <= 9999:
        return None
    return Cand(m.start(), m.end(), "DATE", f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}", gran="range",
                sd=D(y, m1, 1), ed=month_iv(y, m2)[1])


def h_same_period(m: re.Match, ctx: Context) -> Cand | None:
    """«الفترة نفسها من العام الماضي»: the year for now; engine._anaphora moves the preceding period there."""
    yr = year_ref(m, ctx)
    if not yr:
        return None
    y, hij = yr
    c = year_cand(m.start(), m.end(), y, hij)
    if c is None:
        return None
    c.kind = "same"
    c.hm = (y, 1 if hij else 0)
    return c
