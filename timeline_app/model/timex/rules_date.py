"""Recognisers for calendar dates: day/month/year, months, parts of periods, relative days and periods."""
from __future__ import annotations

import datetime as dt
import re

from . import lexicon as L
from . import patterns as P
from .calendars import (D, ONE, add_months, h2g, hijri_month_iv, hijri_month_len, hijri_ok, hijri_year_iv,
                        interval_value, month_iv, month_len, valid_ymd, week_iv, week_value)
from .cand import Cand
from .resolve import Context, choose, pick_year, weekday_date

_WS = re.compile(r"\s+")
_YEAR4 = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_GM_RX = re.compile(P.GMN)
_HM_RX = re.compile(P.HMN)
_DIGITS = re.compile(r"\d{1,2}")
_SIGNAL_BEFORE = re.compile(
    r"(?:(?<!\w)(?:في|منذ|خلال|حتي|قبل|بعد|بحلول|مطلع|بدايه|نهايه|اواخر|اوائل|منتصف|شهر|شهري|طوال|طيله|من|الي|عن|لشهر|"
    r"وفي|ومنذ|وخلال|وحتي|بين)|[(/])\s*$")
_NAME_BEFORE = re.compile(r"(?<!\w)(?:روسيا|مصر|صحيفه|جريده|قناه|موقع|برنامج|حزب|مجله|تلفزيون|اذاعه|نشره|الجزائر|"
                          r"بوابه|اخبار|وكاله|شبكه|راديو|منتدي|"
                          r"المغرب|فلسطين|لبنان|سوريا|العراق|تونس|الخليج)\s*[\"«]?\s*$")
# «X الأمس» = the former X (people), not yesterday
_FORMER_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:حلفاء|حليف|حليفا|حليفي|اعداء|عدو|خصوم|خصم|نجوم|نجم|ابطال|بطل|رجال|شركاء|"
                            r"اصدقاء|رفاق|مريض|بائعو|بائعي|ثوار|ثائر|معارضه|معارضي|معارضو)\s+$")
_BYLINE_END = re.compile(r"[\s\"»”)]*(?:\n|$)")
_BYLINE_SEP = re.compile(r"\s[-–|/]\s|^[-–|]|[:|]\s*$")
_ORD_AFTER = re.compile(r"\s+" + P.ORD31)
_BAD_AFTER_HIJRI = re.compile(r"^\s*(?:[اأ]بو|بن|محمد|احمد|علي|عبد|ال[^\s]*ي(?!\w))")


_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|٪|دولار|يورو|ريال|جنيه|دينار|درهم|ليره|شخص|قتيل|جريح|طن|برميل|كيلو|متر|ميل|لاعب|مليون|مليار|الف|صاروخ|"
    r"طائره|منزل|وحده|نقطه|سهم|مقعد|عضو|طالب|اسير|معتقل|جندي|عنصر|مرشح|صوت|مشارك|موظف|عامل|حاله|اصابه|وفاه|مره|"
    r"مواطن|لاجئ|نازح|سنتا|سنت|فلس|بيزو|روبل|ين|يوان|ساعه|دقيقه|يوما|يوم|كلم|كم|هكتار|دونم|جرعه|سياره|قطعه|مبني|مسكن)")


def key(s: str) -> str:
    return _WS.sub(" ", s.strip())


def dxval(s: str | None) -> int | None:
    if not s:
        return None
    k = key(s)
    if k.startswith("قبل "):
        return -2  # «العام قبل الماضي»: the year before last
    return L.DEICTIC.get(k)


def parse_month(s: str, ctx: Context) -> tuple[str, int] | None:
    """Month phrase -> ("g"|"h", month) or ("rel", offset)."""
    s = key(s)
    if s.startswith("شهر "):
        rest = s[4:]
        if rest.isdigit():
            m = int(rest)
            return ("g", m) if 1 <= m <= 12 else None
        if rest in L.CARDINALS and 1 <= L.CARDINALS[rest] <= 12:
            return ("g", L.CARDINALS[rest])
        s = rest
    if s.startswith("الشهر "):
        rest = s[6:]
        if rest in L.DEICTIC:
            return ("rel", L.DEICTIC[rest])
        if rest in L.ORDINALS:
            return ("g", L.ORDINALS[rest])
        return None
    if s == "هذا الشهر":
        return ("rel", 0)
    m = _GM_RX.match(s)
    if m and m.group(0) in L.GREG_MONTHS:
        return ("g", L.GREG_MONTHS[m.group(0)])
    m = _HM_RX.match(s)
    if m:
        return ("h", L.HIJRI_MONTHS[key(m.group(0))])
    return None


def year_of(m: re.Match, ctx: Context, p: str = "") -> tuple[str, int] | None:
    """Explicit year of a year_tail: ("y", 2015) / ("hy", 1436) / ("rel", -1) or None."""
    yr = m.group(p + "yr")
    if yr:
        y = int(yr)
        era = m.group(p + "era") or ""
        gap = ctx.text[max(0, m.start(p + "yr") - 4):m.start(p + "yr")]
        if not era and ("،" in gap or "," in gap) \
                and (y > ctx.ref.year + 1 or _NOT_A_YEAR_AFTER.match(ctx.text, m.end(p + "yr"))):
            return None  # «منذ 7 أكتوبر، 2346 إصابة»: a count after the comma, not the year
        if era.startswith("ه") or era == "للهجره":
            return ("hy", y)
        if era.startswith("م"):
            return ("y", y)
        return ("y", y)
    if m.group(p + "yana"):
        # «من العام نفسه»: the year last written out before this expression
        last = None
        for y in _YEAR4.finditer(ctx.text, max(0, m.start() - 800), m.start()):
            last = y
        return ("y", int(last.group(1))) if last else None
    yrel = m.group(p + "yrel")
    if yrel:
        w = key(yrel).split(" ")[-1]
        return ("rel", L.DEICTIC.get(w, 0))
    return None


def tail_end(m: re.Match, yinfo, e: int) -> int:
    """End of a match whose year_tail number was rejected as a year («نيسان، 1800 قتيل»): before the tail."""
    if yinfo is None and m.group("yr"):
        return m.end("mon")
    return e


def coord_year(ctx: Context, e: int):
    """The explicit year written after the months coordinated with the one ending at e, or None."""
    nxt = P.NEXT_MONTH_YEAR.match(ctx.text, e)
    if nxt and (nxt.group("cyr")):
        return year_of(nxt, ctx, "c")
    return None


def gregorian_year(y: int, hijri_month: bool) -> bool:
    return not hijri_month and not (1300 <= y <= 1500)


def make_day(c: Cand, d: D) -> Cand:
    c.sd, c.ed, c.value, c.gran = d, d + ONE, d.isoformat(), "day"
    return c


def resolve_month_day(cal: str, month: int, day: int | None, yinfo, ctx: Context, pos: int,
                      dx: int | None) -> tuple[D, D, int] | None:
    """-> (start, end, year-in-its-calendar) of a day (or whole month if day is None)."""
    ref = ctx.ref
    if cal == "g":
        def mk(y: int):
            if day is None:
                return month_iv(y, month) if 1 <= y <= 9999 else None
            if not valid_ymd(y, month, day):
                return None
            d = D(y, month, day)
            return d, d + ONE
        if yinfo and yinfo[0] in ("y", "hy"):
            y = yinfo[1]
            iv = mk(y)
            return (iv[0], iv[1], y) if iv else None
        if yinfo and yinfo[0] == "rel":
            y = ref.year + yinfo[1]
            iv = mk(y)
            return (iv[0], iv[1], y) if iv else None
        if ctx.prefer == "future" and dx is None:
            for y in range(ref.year, ref.year + 2):
                if month_iv(y, month)[1] > ref:
                    iv = mk(y)
                    return (iv[0], iv[1], y) if iv else None
        r = pick_year(mk, range(ref.year - 1, ref.year + 2), ctx, pos, dx, coarse=day is None)
        return (r[1][0], r[1][1], r[0]) if r else None
    # Hijri month
    def mkh(y: int):
        if day is None:
            return hijri_month_iv(y, month)
        if not hijri_ok(y, month, day):
            return None
        g = h2g(y, month, day)
        return (g, g + ONE) if g else None
    if yinfo and yinfo[0] in ("y", "hy"):
        y = yinfo[1]
        if yinfo[0] == "y" and y > 1600:
            # A Hijri month with a Gregorian year («رمضان 2019»): the occurrence starting in that year.
            for hy in range(y - 580, y - 577):
                iv = mkh(hy)
                if iv and iv[0].year == y:
                    return iv[0], iv[1], hy
            return None
        iv = mkh(y)
        return (iv[0], iv[1], y) if iv else None
    hy = ctx.hijri_year
    if not hy:
        return None
    if yinfo and yinfo[0] == "rel":
        iv = mkh(hy + yinfo[1])
        return (iv[0], iv[1], hy + yinfo[1]) if iv else None
    r = pick_year(mkh, range(hy - 1, hy + 2), ctx, pos, dx, coarse=day is None)
    return (r[1][0], r[1][1], r[0]) if r else None


def day_cand(s: int, e: int, cal: str, month: int, day: int, y: int, sd: D, ed: D) -> Cand:
    c = Cand(s, e, "DATE", None)
    make_day(c, sd)
    if cal == "h":
        c.cal = "hijri"
        c.hijri = f"{y:04d}-{month:02d}-{day:02d}"
    return c


def rel_month(off: int, ctx: Context) -> tuple[int, int]:
    return add_months(ctx.ref.year, ctx.ref.month, off)


# ---------------------------------------------------------------------------------------------------------------
def h_date_dmy(m: re.Match, ctx: Context) -> Cand | None:
    pm = parse_month(m.group("mon"), ctx)
    if not pm:
        return None
    if m.group("dn"):
        day = int(m.group("dn"))
    else:
        do = key(m.group("do"))
        day = 1 if do == "غره" else (L.ordinal(do) or 0)
    if not 1 <= day <= 31:
        return None
    dx = dxval(m.group("dx"))
    yinfo = year_of(m, ctx)
    if yinfo is None and dx is None:
        yinfo = coord_year(ctx, m.end())
    if m.group("dn") and yinfo is None and "/" in ctx.text[m.end("dn"):m.start("mon")]:
        return None  # «3/ صفر» is a score; «10/شوال/1436هـ» has its year
    s, e = m.start(), tail_end(m, yinfo, m.end())
    wd = m.group("wd")
    rel = m.group("rel")
    if pm[0] == "rel":
        y, mo = rel_month(pm[1], ctx)
        if not valid_ymd(y, mo, day):
            return None
        d = D(y, mo, day)
        c = make_day(Cand(s, e, "DATE", None), d)
    else:
        cal, month = pm
        if cal == "g" and yinfo and yinfo[0] == "hy":
            return None
        if cal == "h" and yinfo and yinfo[0] == "y" and yinfo[1] < 1600:
            yinfo = ("hy", yinfo[1])
        r = resolve_month_day(cal, month, day, yinfo, ctx, s, dx)
        if not r:
            return None
        c = day_cand(s, e, cal, month, day, r[2], r[0], r[1])
    if rel:
        rd = {"اليوم": 0, "امس": -1, "يوم امس": -1, "غدا": 1, "الغد": 1, "يوم غد": 1}.get(key(rel))
        if rd is not None and yinfo is None and abs((c.sd - (ctx.ref + dt.timedelta(days=rd))).days) > 0:
            # «غدا الأربعاء السادس من شوال»: trust the deictic word when the pieces disagree by a day or so.
            d = ctx.ref + dt.timedelta(days=rd)
            if abs((c.sd - d).days) <= 2:
                make_day(c, d)
    if wd and yinfo is None and pm[0] != "rel" and L.WEEKDAYS[key(wd)] != c.sd.weekday():
        # «يوم الخميس 28 شوال»: the occurrence (a year either side) whose weekday is the one named
        cal, month = pm
        for ydelta in (1, -1):
            base = c.hijri and int(c.hijri[:4]) or c.sd.year
            r2 = resolve_month_day(cal, month, day, ("hy" if cal == "h" else "y", base + ydelta), ctx, s, None)
            if r2 and r2[0].weekday() == L.WEEKDAYS[key(wd)]:
                c = day_cand(s, e, cal, month, day, r2[2], r2[0], r2[1])
                c.note = "no year: the occurrence on the weekday named"
                break
    if wd and m.group("dn") is None and m.group("do") and L.WEEKDAYS[key(wd)] != c.sd.weekday():
        # «الثلاثاء الثالث من أيلول» = the third Tuesday: leave it to the nth-weekday rule.
        if (L.ordinal(key(m.group("do"))) or 99) <= 5:
            return None
    return c


def h_month_only(m: re.Match, ctx: Context) -> Cand | None:
    mon_txt = key(m.group("mon"))
    pm = parse_month(mon_txt, ctx)
    if not pm or pm[0] == "rel":
        return None
    cal, month = pm
    dx = dxval(m.group("dx"))
    yinfo = year_of(m, ctx)
    s, e = m.start(), tail_end(m, yinfo, m.end())
    if dx is None and yinfo is None:
        nxt = P.NEXT_MONTH_DX.match(ctx.text, e)
        if nxt:
            dx = dxval(nxt.group("dx"))  # «يناير وفبراير الماضيين»: the deictic covers both months
        else:
            yinfo = coord_year(ctx, e)
    first = mon_txt.split("/")[0].split("(")[0].strip()
    has_head = bool(m.group("head"))
    dual = "/" in mon_txt or "(" in mon_txt
    if yinfo is None and dx is None and not has_head and not dual:
        before = ctx.text[max(0, s - 12):s]
        signal = bool(_SIGNAL_BEFORE.search(before))
        if s > 0 and ctx.text[s - 1].isalpha():
            signal = False  # a clitic glued to an ambiguous name («باب», «لماي») is not a signal
        if cal == "g" and first in L.AMBIGUOUS_MONTHS and (not signal or first in ("اب", "ماي")):
            return None
        if cal == "h":
            if not signal or _BAD_AFTER_HIJRI.match(ctx.text[e:e + 12]):
                return None
            if first == "صفر":
                return None  # «قريباً من صفر»: zero; the month needs a day, a year, «شهر» or a deictic
            if first in L.AMBIGUOUS_HIJRI and re.search(r"(?<!\w)(?:من|الي|عن|ل)\s*$", before):
                return None  # «من رجب» may be a person
            if first in L.AMBIGUOUS_HIJRI and re.search(r"[(/\d]\s*$", before):
                return None  # «3 / صفر» is a score
    if cal == "h" and yinfo is None and dx is None and _BAD_AFTER_HIJRI.match(ctx.text[e:e + 12]):
        return None
    if cal == "g" and yinfo and yinfo[0] == "hy":
        return None
    if cal == "h" and yinfo and yinfo[0] == "y" and yinfo[1] < 1600:
        yinfo = ("hy", yinfo[1])
    r = resolve_month_day(cal, month, None, yinfo, ctx, s, dx)
    if not r:
        return None
    sd, ed, y = r
    c = Cand(s, e, "DATE", None, gran="month", sd=sd, ed=ed)
    if cal == "g":
        c.value = f"{sd.year:04d}-{sd.month:02d}"
    else:
        c.cal, c.hijri = "hijri", f"{y:04d}-{month:02d}"
        c.value = interval_value(sd, ed)
        c.gran = "range"
    return c


_PART_DAYS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}


def part_of_month(sd: D, ed: D, mod: str) -> tuple[D, D]:
    a, b = _PART_DAYS[mod]
    n = (ed - sd).days
    return sd + dt.timedelta(days=a - 1), sd + dt.timedelta(days=min(b, n))


def _month_span(pm, yinfo, dx: int | None, ctx: Context, s: int, pick=None):
    """The month a part or half of a month belongs to: (calendar, month, start, end, Hijri year) or None. ``pick``
    (calendar, month) -> (start, end, year) | None may choose the month of a bare «… الماضي» first."""
    if pm[0] == "rel":
        y, mo = rel_month(pm[1], ctx)
        sd, ed = month_iv(y, mo)
        return "g", mo, sd, ed, None
    cal, month = pm
    if cal == "h" and yinfo and yinfo[0] == "y" and yinfo[1] < 1600:
        yinfo = ("hy", yinfo[1])
    if cal == "g" and yinfo and yinfo[0] == "hy":
        return None
    r = pick(cal, month) if pick is not None and dx == -1 and yinfo is None else None
    r = r or resolve_month_day(cal, month, None, yinfo, ctx, s, dx)
    return (cal, month, *r) if r else None


def h_part_month(m: re.Match, ctx: Context) -> Cand | None:
    mod = L.PARTS.get(key(m.group("part")))
    pm = parse_month(m.group("mon"), ctx)
    if not mod or not pm:
        return None
    s, e = m.start(), m.end()

    def latest_over(cal: str, month: int):
        # «منتصف آب الماضي» late in August: the latest occurrence whose part is over, i.e. this August.
        ref = ctx.ref
        hy0 = ctx.hijri_year or 0
        years = range(ref.year - 1, ref.year + 1) if cal == "g" else range(hy0 - 1, hy0 + 1)
        r = None
        for y in years:
            iv = month_iv(y, month) if cal == "g" else hijri_month_iv(y, month)
            if iv and part_of_month(iv[0], iv[1], mod)[1] <= ref + ONE:
                r = (iv[0], iv[1], y)
        return r

    got = _month_span(pm, year_of(m, ctx), dxval(m.group("dx")), ctx, s, latest_over)
    if got is None:
        return None
    cal, month, sd, ed, hy = got
    ps, pe = part_of_month(sd, ed, mod)
    c = Cand(s, e, "DATE", interval_value(ps, pe), gran="range", mod=mod, sd=ps, ed=pe)
    if cal == "h":
        a, b = _PART_DAYS[mod]
        b = min(b, (ed - sd).days)
        c.cal, c.hijri = "hijri", f"{hy:04d}-{month:02d}-{a:02d}/{hy:04d}-{month:02d}-{b:02d}"
    return c


def h_half_month(m: re.Match, ctx: Context) -> Cand | None:
    pm = parse_month(m.group("mon"), ctx)
    if not pm:
        return None
    first = m.group("n") == "الاول"
    s, e = m.start(), m.end()
    got = _month_span(pm, year_of(m, ctx), dxval(m.group("dx")), ctx, s)
    if got is None:
        return None
    cal, month, sd, ed, hy = got
    n = (ed - sd).days
    a, b = (sd, sd + dt.timedelta(days=15)) if first else (sd + dt.timedelta(days=15), ed)
    c = Cand(s, e, "DATE", interval_value(a, b), gran="range", sd=a, ed=b)
    if cal == "h":
        d1, d2 = (1, 15) if first else (16, n)
        c.cal, c.hijri = "hijri", f"{hy:04d}-{month:02d}-{d1:02d}/{hy:04d}-{month:02d}-{d2:02d}"
    return c


def h_part_period(m: re.Match, ctx: Context) -> Cand | None:
    part = key(m.group("part"))
    mod = L.PARTS.get(part)
    if not mod or part in ("نصف", "نص"):
        return None  # «سنة ونصف السنة» is a length, not the middle of the year
    unit = (m.group("unit") or "").removeprefix("ال")
    dx = dxval(m.group("dx"))
    ref = ctx.ref
    s, e = m.start(), m.end()
    yr = m.group("yr") or m.group("yr2")
    era = m.group("era") or m.group("era2") or ""
    if yr:
        unit = unit or "عام"
    if unit in ("عام", "سنه"):
        if yr:
            y = int(yr)
            if m.group("yr2") and not era and (abs(y - ref.year) > 150 and not ctx.hijri_plausible(y)
                                               or _NOT_A_YEAR_AFTER.match(ctx.text, m.end("yr2"))):
                return None  # «أول 1240 يورو»: an amount, not a year
            if era.startswith("ه") or (ctx.hijri_plausible(y) and not era.startswith("م")):
                iv = hijri_year_iv(y)
                if not iv:
                    return None
                c = Cand(s, e, "DATE", None, cal="hijri", hijri=str(y))
                mid = iv[0] + (iv[1] - iv[0]) / 2
                if mod == "START":
                    a, b = iv[0], iv[0] + dt.timedelta(days=30)
                elif mod == "END":
                    a, b = iv[1] - dt.timedelta(days=30), iv[1]
                else:
                    a, b = mid - dt.timedelta(days=30), mid + dt.timedelta(days=30)
                c.sd, c.ed, c.value, c.gran, c.mod = a, b, interval_value(a, b), "range", mod
                return c
        elif dx is not None:
            y = ref.year + dx
        elif (m.group("unit") or "").startswith("ال"):
            y = ref.year  # «نهاية العام»: the current year
        else:
            return None
        if mod == "START":
            a, b = month_iv(y, 1)
        elif mod == "END":
            a, b = month_iv(y, 12)
        else:
            a, b = D(y, 6, 1), D(y, 8, 1)
        return Cand(s, e, "DATE", interval_value(a, b), gran="range", mod=mod, sd=a, ed=b)
    if unit == "شهر":
        if dx is None and not (m.group("unit") or "").startswith("ال"):
            return None
        y, mo = rel_month(dx or 0, ctx)
        sd, ed = month_iv(y, mo)
        a, b = part_of_month(sd, ed, mod)
        return Cand(s, e, "DATE", interval_value(a, b), gran="range", mod=mod, sd=a, ed=b)
    if unit == "اسبوع":
        if dx is None and not (m.group("unit") or "").startswith("ال"):
            return None
        ws, we = week_iv(ref + dt.timedelta(days=7 * (dx or 0)))
        return Cand(s, e, "DATE", week_value(ws), gran="week", mod=mod, sd=ws, ed=we)
    return None


def h_rel_day(m: re.Match, ctx: Context) -> Cand | None:
    w = key(m.group("w"))
    off = {"اليوم": 0, "في هذا اليوم": 0, "امس": -1, "البارحه": -1, "امبارح": -1, "يوم امس": -1, "غدا": 1,
           "الغد": 1, "غد": 1, "بكره": 1, "بكرا": 1, "يوم غد": 1, "بعد غد": 2, "يوم بعد غد": 2, "اول امس": -2, "اول من امس": -2,
           "امس الاول": -2, "يوم قبل امس": -2, "الامس": -1, "يوم الامس": -1}.get(w)
    if off is None:
        off = 2 if "بعد" in w else -2
    s, e = m.start(), m.end()
    if w == "في هذا اليوم":
        s += 3
    if w in ("اليوم", "الغد", "امس", "غدا") and _NAME_BEFORE.search(ctx.text, max(0, s - 16), s):
        return None  # «روسيا اليوم», «صحيفة الغد»: names of outlets and parties
    if w == "الامس" and _FORMER_BEFORE.search(ctx.text, max(0, s - 12), s):
        return None  # «حلفاء الأمس», «نجوم الأمس»: former allies, former stars
    if w in ("اليوم", "الغد") and not m.group("wd") and _BYLINE_END.match(ctx.text, e):
        # «محمد علي - عين اليوم»: a byline/credit line ending with an outlet name is never a date
        ls = ctx.text.rfind("\n", 0, s) + 1
        if s - ls < 60:
            seps = list(_BYLINE_SEP.finditer(ctx.text, ls, s))
            # the outlet name: at most two words between the last separator and «اليوم»
            if seps and len(ctx.text[seps[-1].end():s].split()) <= 2:
                return None
    wd_any = m.group("wd") or m.group("wdp")
    if w == "اليوم" and not wd_any:
        after = ctx.text[e:e + 20]
        if _ORD_AFTER.match(after):
            return None  # «اليوم السابع» (a newspaper) or «اليوم الثالث من …» (read by the date rule)
        if re.match(r"\s+(?:العالمي|الوطني|الدولي|الاول|الثاني|الثالث|الاخير|التالي|السابق|نفسه|ذاته|الذي|التي|الموعود|"
                    r"المفتوح|الدراسي|الرياضي|المشهود|الحاسم|الكبير|الطويل|الواحد)(?!\w)", after) and not wd_any:
            return None
        if re.match(r"\s+(?:الماضي|المنصرم|السابق)(?!\w)", after):
            return None  # handled by REL_PERIOD (yesterday)
    d = ctx.ref + dt.timedelta(days=off)
    wd = m.group("wd") or m.group("wdp")
    if wd and L.WEEKDAYS[key(wd)] != d.weekday():
        # «اليوم الأربعاء» in an article dated Thursday: the text was written the day before (or after) the
        # date recorded for it; the weekday named is the better witness when it is one day off.
        for shift in (-1, 1):
            if (d + dt.timedelta(days=shift)).weekday() == L.WEEKDAYS[key(wd)]:
                c = make_day(Cand(s, e, "DATE", None), d + dt.timedelta(days=shift))
                c.note = "weekday named is one day off the publication date: the weekday was followed"
                return c
        if off <= 0:
            # «اليوم الاثنين» in an article dated Thursday: news is published after it happens, so the weekday
            # named is the nearest one before the publication (for «أمس»: before the day before)
            back = (d.weekday() - L.WEEKDAYS[key(wd)]) % 7
            c = make_day(Cand(s, e, "DATE", None), d - dt.timedelta(days=back))
            c.note = (f"the weekday named is not the publication's ({ctx.ref.isoformat()}): the nearest such weekday "
                      "before it was taken")
            return c
        c = make_day(Cand(s, e, "DATE", None), d)
        c.note = "the weekday named does not match the publication date"
        return c
    return make_day(Cand(s, e, "DATE", None), d)


def h_weekday(m: re.Match, ctx: Context) -> Cand | None:
    s, e = m.start(), m.end()
    if m.group("wdb"):
        wd = L.WEEKDAYS_BARE[key(m.group("wdb"))]
        wk = key(m.group("wk2"))
    else:
        wd = L.WEEKDAYS[key(m.group("wd"))]
        wk = key(m.group("wk")) if m.group("wk") else None
        if m.group("this"):
            wk = wk or None
    dx = dxval(m.group("dx")) if not m.group("wdb") else None
    if not wk and dx is None:
        # «الأحد والاثنين والخميس في الأسبوع بعد المقبل»: each weekday of a list takes the week named after it
        lw = P.WEEKDAY_LIST_WEEK.match(ctx.text, e)
        if lw:
            wk = key(lw.group("wk"))
    if wk:
        parts = wk.split(" ")
        wdx = L.DEICTIC.get(parts[-1], 0) if parts[-1] != "الاسبوع" else 0
        if len(parts) > 2 and parts[-2] in ("بعد", "قبل"):
            wdx *= 2   # «الأسبوع بعد المقبل», «الأسبوع قبل الماضي»
        ws, _ = week_iv(ctx.ref + dt.timedelta(days=7 * wdx))
        d = ws + dt.timedelta(days=wd)
    elif m.group("this") and dx is None:
        d = weekday_date(wd, ctx, s, 1 if ctx.prefer == "future" else None, e)
    else:
        d = weekday_date(wd, ctx, s, dx, e)
    # «الجمعة» also names the Friday prayer: «صلاة الجمعة», «خطبة الجمعة».
    before = ctx.text[max(0, s - 8):s]
    if re.search(r"(?:صلاه|خطبه|صلوات|خطيب|امام|مسجد)\s+$", before) and not wk and dx is None:
        return None
    c = make_day(Cand(s, e, "DATE", None), d)
    if not wk and dx is None:
        c.kind = "weekday"  # may take the date written right after it (engine._merge)
    return c


def h_nth_weekday(m: re.Match, ctx: Context) -> Cand | None:
    pm = parse_month(m.group("mon"), ctx)
    if not pm:
        return None
    s, e = m.start(), m.end()
    if m.group("wdb"):
        wd = L.WEEKDAYS_BARE[key(m.group("wdb"))]
        nth_w = key(m.group("nth"))
    else:
        wd = L.WEEKDAYS[key(m.group("wd"))]
        nth_w = key(m.group("nth2")).removeprefix("ال")
    last = nth_w.startswith(("اخر", "اخير"))
    n = 0 if last else L.NTH.get(nth_w, 0)
    if not last and not n:
        return None
    yinfo = year_of(m, ctx)
    if pm[0] == "rel":
        y, mo = rel_month(pm[1], ctx)
    elif pm[0] == "g":
        r = resolve_month_day("g", pm[1], None, yinfo, ctx, s, None)
        if not r:
            return None
        y, mo = r[0].year, r[0].month
    else:
        return None
    if last:
        d = D(y, mo, month_len(y, mo))
        d -= dt.timedelta(days=(d.weekday() - wd) % 7)
    else:
        d = D(y, mo, 1) + dt.timedelta(days=(wd - D(y, mo, 1).weekday()) % 7 + 7 * (n - 1))
        if d.month != mo:
            return None
    return make_day(Cand(s, e, "DATE", None), d)


def h_nth_unit(m: re.Match, ctx: Context) -> Cand | None:
    pm = parse_month(m.group("mon"), ctx)
    if not pm:
        return None
    s, e = m.start(), m.end()
    unit = (m.group("u") or m.group("u2")).removeprefix("ال")
    nth = (m.group("nth") or m.group("nth2")).removeprefix("ال")
    last = nth in ("اخر", "اخير", "اخيره")
    n = {"اول": 1, "اولي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}.get(nth, 0)
    if unit == "ايام":
        return None  # «الأيام الأولى من» is a part of the month (PART_MONTH)
    if pm[0] == "h":
        # a Hijri month: its days and 7-day weeks
        yinfo = year_of(m, ctx)
        if yinfo and yinfo[0] == "y" and yinfo[1] < 1600:
            yinfo = ("hy", yinfo[1])
        r = resolve_month_day("h", pm[1], None, yinfo, ctx, s, None)
        if not r:
            return None
        first, end, hy = r
        if unit == "يوم":
            d = end - ONE if last else first + dt.timedelta(days=n - 1)
            c = make_day(Cand(s, e, "DATE", None), d)
            c.cal = "hijri"
            return c
        a = end - dt.timedelta(days=7) if last else first + dt.timedelta(days=7 * (n - 1))
        b = a + dt.timedelta(days=7)
        if b > end:
            return None
        return Cand(s, e, "DATE", interval_value(a, b), gran="range", cal="hijri", sd=a, ed=b)
    if pm[0] == "rel":
        y, mo = rel_month(pm[1], ctx)
    else:
        r = resolve_month_day("g", pm[1], None, year_of(m, ctx), ctx, s, None)
        if not r:
            return None
        y, mo = r[0].year, r[0].month
    first, end = month_iv(y, mo)
    if unit == "يوم":
        d = end - ONE if last else first + dt.timedelta(days=n - 1)
        return make_day(Cand(s, e, "DATE", None), d)
    # weeks of a month: whole ISO weeks inside it
    if last:
        ws = end - ONE - dt.timedelta(days=(end - ONE).weekday())
        if ws + dt.timedelta(days=7) > end:
            ws -= dt.timedelta(days=7)
    else:
        ws = first + dt.timedelta(days=(7 - first.weekday()) % 7) + dt.timedelta(days=7 * (n - 1))
    return Cand(s, e, "DATE", week_value(ws), gran="week", sd=ws, ed=ws + dt.timedelta(days=7))


def h_rel_period(m: re.Match, ctx: Context) -> Cand | None:
    unit = m.group("unit")
    this = m.group("this")
    dxs = m.group("dx")
    dx = dxval(dxs)
    if dx is None and this is None:
        if unit in ("الربيع", "الصيف", "الخريف", "الشتاء") and ctx.text[max(0, m.start() - 5):m.start()].endswith("فصل "):
            dx = 0
        else:
            return None
    if this is not None and dx is None:
        dx = 0
    s, e = m.start(), m.end()
    ref = ctx.ref
    if unit == "اليوم":
        if this:
            return make_day(Cand(s, e, "DATE", None), ref)
        if dxs and key(dxs) in ("الماضي", "المنصرم", "الفائت"):
            return make_day(Cand(s, e, "DATE", None), ref - ONE)
        if dxs and key(dxs) in ("التالي",):
            return None
        return None
    if dxs and key(dxs) in ("الاخير", "الاخيره") and re.match(r"\s+من(?!\w)", ctx.text[e:e + 4]):
        return None  # «الأسبوع الأخير من رمضان»: the last week of something else
    if unit == "الاسبوع":
        ws, we = week_iv(ref + dt.timedelta(days=7 * dx))
        return Cand(s, e, "DATE", week_value(ws), gran="week", sd=ws, ed=we)
    if unit == "الشهر":
        y, mo = rel_month(dx, ctx)
        sd, ed = month_iv(y, mo)
        return Cand(s, e, "DATE", f"{y:04d}-{mo:02d}", gran="month", sd=sd, ed=ed)
    if unit in ("العام", "السنه"):
        y = ref.year + dx
        return Cand(s, e, "DATE", f"{y:04d}", gran="year", sd=D(y, 1, 1), ed=D(y + 1, 1, 1))
    if unit == "الموسم":
        # A sports/school season runs across the year boundary: from the summer.
        y0 = ref.year if ref.month >= 7 else ref.year - 1
        y0 += dx
        c = Cand(s, e, "DATE", f"{y0}/{y0 + 1}", gran="range", sd=D(y0, 1, 1), ed=D(y0 + 2, 1, 1))
        return c
    seas = L.SEASONS.get(unit)
    if seas:
        return season_pick(s, e, seas, dx, ctx)
    return None


_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_iv(y: int, code: str) -> tuple[D, D]:
    """Meteorological seasons: spring = March-May, ..., winter Y = December Y - February Y+1."""
    a = _SEASON_MONTHS[code]
    y2, m2 = add_months(y, a, 3)
    return D(y, a, 1), D(y2, m2, 1)


def season_cand(s: int, e: int, y: int, code: str) -> Cand | None:
    """A season is typed with its year (``2015-SU``) but not placed: the scorer has no interval for season values,
    so a placed season would count as a wrong resolution. events.season_interval places it on the timeline with
    the same meteorological months as season_iv."""
    if not 1 <= y <= 9998:
        return None
    return Cand(s, e, "DATE", f"{y:04d}-{code}", gran="season")


def season_pick(s: int, e: int, code: str, dx: int | None, ctx: Context) -> Cand | None:
    """A season without a year: «الربيع الماضي» = the latest spring already over, «الصيف المقبل» the next one,
    «هذا الشتاء» the current (or this year's) one, a bare «الصيف» by the tense of the clause."""
    ref = ctx.ref
    occ = [season_iv(y, code) for y in range(ref.year - 2, ref.year + 2)]
    if dx == 0:
        cur = [iv for iv in occ if iv[0] <= ref < iv[1]]
        if cur:
            iv = cur[0]
        else:
            y = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
            iv = season_iv(y, code)
    else:
        iv = choose(occ, ctx, s, dx, coarse=True)
        if iv is None:
            return None
    return season_cand(s, e, iv[0].year, code)


_FISCAL_AFTER = re.compile(r"\s+(?:ال)?(?:مالي|ماليه)(?!\w)")
_QN = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4}


def h_quarter(m: re.Match, ctx: Context) -> Cand | None:
    what = m.group("what")
    n_w = key(m.group("n"))
    ref = ctx.ref
    s, e = m.start(), m.end()
    yr = m.group("yr") or m.group("yr2")
    yrel = m.group("yrel")
    if _FISCAL_AFTER.match(ctx.text, e):
        return None  # «الربع الأول من السنة المالية»: the fiscal year's quarter; its calendar is not known
    cur_q = (ref.month - 1) // 3 + 1
    cur_h = 1 if ref.month <= 6 else 2
    size = 3 if what == "الربع" else 6
    cur = cur_q if size == 3 else cur_h
    if n_w in L.DEICTIC and n_w != "الاخير":
        if yr or yrel:
            return None
        k = cur + L.DEICTIC[n_w]
        y = ref.year
        nper = 12 // size
        while k < 1:
            k += nper
            y -= 1
        while k > nper:
            k -= nper
            y += 1
    else:
        k = _QN.get(n_w, 0)
        if n_w == "الاخير" and size == 6:
            k = 2
        if size == 6 and k > 2 or not k:
            return None
        if yr:
            y = int(yr)
        elif yrel:
            parts = key(yrel).split(" ")
            y = ref.year + (L.DEICTIC.get(parts[-1], 0) if len(parts) > 1 else 0)
        else:
            if what == "النصف" and not yrel:
                return None  # «النصف الثاني» alone is too often not temporal
            y = ref.year if k <= cur else ref.year - 1
            if (ctx.prefer == "future" or ctx.tense(s) >= 3) and k != cur - 1:
                # (the quarter just ended stays this year's: «سيناقش نتائج الربع الثاني» in August)
                y = ref.year if k >= cur else ref.year + 1
    m1 = (k - 1) * size + 1
    m2 = m1 + size - 1
    sd = D(y, m1, 1)
    ed = month_iv(y, m2)[1]
    return Cand(s, e, "DATE", f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}", gran="range" if size == 6 else "quarter",
                sd=sd, ed=ed)


def h_season(m: re.Match, ctx: Context) -> Cand | None:
    name = m.group("s") or m.group("s2")
    code = L.SEASONS.get(name) or L.SEASONS.get("ال" + name)
    if not code:
        return None
    yr = m.group("yr") or m.group("yr2")
    if yr:
        return season_cand(m.start(), m.end(), int(yr), code)
    return season_pick(m.start(), m.end(), code, dxval(m.group("dx")) if m.group("dx") else 0, ctx)


def h_bare_season(m: re.Match, ctx: Context) -> Cand | None:
    """«خلال الصيف», «منذ الربيع»: a season after a signal, placed by the tense of the clause."""
    code = L.SEASONS.get(m.group("s"))
    if not code:
        return None
    return season_pick(m.start("s"), m.end("s"), code, None, ctx)


_NTH = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5}


def h_nth_after(m: re.Match, ctx: Context) -> Cand | None:
    """«ثالث ثلاثاء بعد …»: a prefix, completed by the day-level date that follows it (engine._merge)."""
    c = Cand(m.start(), m.end(), "DATE", None, kind="nth", prio=9)
    sign = 1 if m.group("rel") == "بعد" else -1
    c.hm = (sign * _NTH[m.group("nth")], L.WEEKDAYS_BARE[key(m.group("wdb"))])
    return c
