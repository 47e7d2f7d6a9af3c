"""Recognisers for clock times, day parts and «tonight»."""
from __future__ import annotations

import re

from . import lexicon as L
from . import patterns as P
from .cand import Cand
from .resolve import Context
from .rules_date import key

_FRACTION = {"ربع": 15, "الربع": 15, "نصف": 30, "النصف": 30, "ثلث": 20, "الثلث": 20, "ربعا": 15, "ثلثا": 20}
_AM = ("صباح", "صبيحه", "الصبح", "فجر", "الفجر", "قبل الظهر", "هذا الصباح", "من صباح")
_PM = ("ظهر", "الظهر", "عصر", "العصر", "بعد", "مساء", "المساء", "قبل المغرب", "هذا المساء", "من مساء", "ظهيره")
_NIGHT = ("ليل", "الليل", "الليله", "هذه الليله", "العشاء")
_TZ_NOTE = {"ت م": "Makkah time (ت م read as توقيت مكة, UTC+3; assumed)", "ت غ": "GMT"}


def _minutes(m: re.Match) -> int | None:
    mq, mn, mneg = m.group("mq"), m.group("mn"), m.group("mneg")
    if mq:
        return _FRACTION[mq]
    if mn:
        v = int(mn) if mn.isdigit() else L.cardinal(mn)
        return v if v is not None and v < 60 else None
    if mneg:
        w = key(mneg).split(" ")[0]
        v = _FRACTION.get(w)
        if v is None:
            v = int(w) if w.isdigit() else (L.cardinal(w) or 0)
        return -v
    return 0


def _daypart_code(dp: str | None) -> str | None:
    if not dp:
        return None
    dp = key(dp)
    if dp == "ص":
        return "MO"
    if dp == "م":
        return "EV"
    if dp.startswith(_AM) or dp in ("صباحا", "فجرا"):
        return "MO"
    if dp in _NIGHT or dp.startswith(("ليل", "هذه")):
        return "NI"
    if dp.startswith(_PM) or dp in ("ظهرا", "عصرا", "مساءا"):
        if dp.startswith(("مساء", "المساء", "بعد المغرب", "هذا المساء", "من مساء")):
            return "EV"
        return "AF"
    return None


def clock(h: int, mi: int, dp: str | None) -> tuple[int, int] | None:
    code = _daypart_code(dp)
    if mi < 0:
        h, mi = h - 1, 60 + mi
    if code == "AF":
        if h < 12 and not (dp and key(dp).startswith(("ظهر", "الظهر")) and h >= 11):
            h += 12
    elif code in ("EV",) and h < 12:
        h += 12
    elif code == "NI" and 6 <= h < 12:
        h += 12
    elif code == "MO" and h == 12:
        h = 0
    if not (0 <= h <= 24 and 0 <= mi < 60):
        return None
    if h == 24:
        h = 0
    return h, mi


def _tz_note(m: re.Match) -> str | None:
    if m.group("tz"):
        tz = m.group("tz")
        if re.match(r"(?:غرين|جرين|[Gg][Mm][Tt]|UTC|utc)", tz):
            return "GMT"
        return "time zone: " + tz
    if m.group("tm"):
        tm = re.sub(r"[\s.]+", "", m.group("tm"))  # «ت م», «ت.م», «تغ»
        return _TZ_NOTE.get(f"{tm[0]} {tm[-1]}") or "Makkah time (assumed)"
    return None


def _time_cand(m: re.Match, ctx: Context, h: int | None, mi: int | None) -> Cand | None:
    if h is None or mi is None:
        return None
    hm = clock(h, mi, m.group("dp"))
    if not hm:
        return None
    d = ctx.ref
    c = Cand(m.start(), m.end(), "TIME", f"{d.isoformat()}T{hm[0]:02d}:{hm[1]:02d}", gran="time", kind="clock",
             sd=d, ed=d + (d - d).__class__(days=1), hm=hm)
    c.note = _tz_note(m)
    if "about" in m.re.groupindex and m.group("about"):
        c.mod = "APPROX"  # «نحو الساعة العاشرة»
    return c


_TAM_NEXT = re.compile(r"\s*(?:[^\W\d_]+)")
_TAM_OK = frozenset({"من", "يوم", "في", "بتوقيت", "مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "ظهيره", "عصر", "و",
                     "حيث", "عندما", "حين", "تقريبا"})


_UNIT_NEXT = re.compile(r"\s*(?:ساعه|ساعات|دقيقه|دقائق|يوما|ايام|سنوات|عاما|اعوام|شهرا|اشهر)(?!\w)")


def h_time_saat(m: re.Match, ctx: Context) -> Cand | None:
    if _UNIT_NEXT.match(ctx.text, m.end()):
        return None  # «الـ24 ساعة الماضية»: a count of hours, not a clock time
    if m.group("tam") and m.group("mi") is None and not m.group("dp"):
        # «في تمام الـ8»: a clock time unless a unit or a noun follows («تمام الـ3 سنوات»)
        nx = _TAM_NEXT.match(ctx.text, m.end())
        if nx and nx.group(0).strip() not in _TAM_OK:
            return None
    if m.group("h"):
        h = int(m.group("h"))
        mi = int(m.group("mi")) if m.group("mi") else 0
        if m.group("mi") is None:
            extra = _minutes(m)
            mi = extra if extra is not None else None
    else:
        w = key(m.group("hw") or m.group("hc"))
        h = P.HOURS_F.get(w) or L.CARDINALS.get(w)
        mi = _minutes(m)
    if h is None or h > 24:
        return None
    return _time_cand(m, ctx, h, mi)


def h_time_word(m: re.Match, ctx: Context) -> Cand | None:
    h = P.HOURS_F.get(key(m.group("hw")))
    return _time_cand(m, ctx, h, _minutes(m))


def h_time_digits(m: re.Match, ctx: Context) -> Cand | None:
    h, mi = int(m.group("h")), int(m.group("mi"))
    sep = m.group("sepc")
    cue = m.group("dp") or m.group("tz") or m.group("tm")
    if sep in ".,،" and not cue:
        return None
    if sep == ":" and not cue:
        before = ctx.text[max(0, m.start() - 3):m.start()]
        if h > 23 or re.search(r"[-–]\s*$", before) or re.match(r"\s*[-–]\s*\d", ctx.text[m.end():m.end() + 3]):
            return None  # a score «2:1 - 3:0» or a verse reference
    if h > 24 or mi > 59:
        return None
    return _time_cand(m, ctx, h, mi)


def h_time_hdp(m: re.Match, ctx: Context) -> Cand | None:
    h = int(m.group("h"))
    if not 1 <= h <= 12:
        return None  # «15 مساءً» is no way to write a clock time; a count more likely
    if re.search(r"(?:مقابل|\d\s*[-–:])\s*$", ctx.text[max(0, m.start() - 8):m.start()]):
        return None  # the second number of a score «3 مقابل 1 مساء الأحد»
    return _time_cand(m, ctx, h, 0)


def h_dp_prefix(m: re.Match, ctx: Context) -> Cand | None:
    early, dp = m.group("early") or m.group("first"), m.group("dp") or m.group("dp2") or m.group("dp3")
    if not early and not dp:
        return None
    if early:
        code = "NI" if "متاخر" in early else "MO"
        if dp:
            code = _daypart_code(dp) or code
        s = m.start()
        w = ctx.text[s:m.end()]
        if w.startswith("في "):
            s += 3
    else:
        code = _daypart_code(dp)
        if key(dp) in ("ليله", "ليل"):
            code = "NI"
        elif key(dp).startswith("منتصف"):
            code = "NI"
        s = m.start()
    if not code:
        return None
    c = Cand(s, m.end(), "TIME", None, kind="dp", daypart=code, prio=9)
    c.dawn = key(dp or "") == "فجر"
    return c


def h_tonight(m: re.Match, ctx: Context) -> Cand | None:
    d = ctx.ref
    if m.group("last"):
        d = d - (d - d).__class__(days=1)  # «الليلة الماضية» = last night
    return Cand(m.start(), m.end(), "TIME", f"{d.isoformat()}TNI", gran="time", sd=d,
                ed=d + (d - d).__class__(days=1), daypart="NI")   # «الليلة الساعة التاسعة» = 21:00


def h_dp_alone(m: re.Match, ctx: Context) -> Cand | None:
    """«استمرت الاشتباكات حتى بعيد الظهر»: the afternoon (before noon for «قبيل») of the publication day, or of the
    day named earlier in the sentence (engine._merge)."""
    code = "MO" if key(m.group("w")).startswith("قبيل") else "AF"
    d = ctx.ref
    return Cand(m.start(), m.end(), "TIME", f"{d.isoformat()}T{code}", gran="time", sd=d,
                ed=d + (d - d).__class__(days=1), kind="dpalone", daypart=code)


_DEF_CODE = {"الصباح": "MO", "الصبح": "MO", "الفجر": "MO", "الظهر": "AF", "الظهيره": "AF", "العصر": "AF",
             "المساء": "EV", "الليل": "NI"}


def h_dp_def(m: re.Match, ctx: Context) -> Cand | None:
    """«منذ ساعات الفجر الأولى», «منذ الصباح الباكر», «في ساعات المساء»: a day part of the publication day, or of the
    day named earlier in the sentence (engine._merge), not a duration of hours."""
    code = _DEF_CODE[m.group("dp") or m.group("dp2") or m.group("dp3") or m.group("dp4") or m.group("dp5")]
    d = ctx.ref
    return Cand(m.start(), m.end(), "TIME", f"{d.isoformat()}T{code}", gran="time", sd=d,
                ed=d + (d - d).__class__(days=1), kind="dpalone", daypart=code)
