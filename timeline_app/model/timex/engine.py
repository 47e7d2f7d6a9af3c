"""The tagging pipeline: normalise, run the recognisers, keep the longest non-overlapping candidates, merge
day parts and clock times into their days, resolve anaphors, map spans back to the original text."""
from __future__ import annotations

import bisect
import datetime as dt
import re

from ..types import Timex
from . import lexicon as L
from . import patterns as P
from . import rules_date as RD
from . import rules_misc as RM
from . import rules_num as RN
from . import rules_time as RT
from .calendars import ONE, interval_value
from .cand import Cand
from .glue import unglue
from .normalize import normalize
from .resolve import Context
from .triggers import Windows

# (regex, handler, priority, trigger group, back, fwd): on equal length the lower priority number wins. A rule only
# scans the windows [anchor - back, anchor + fwd) around the trigger words of its group (see triggers.py): a match
# must start at most `back` characters before an anchor and end at most `fwd` after it.
RULES = [
    (P.DATE_DMY, RD.h_date_dmy, 1, "M", 60, 60),
    (P.NTH_WEEKDAY, RD.h_nth_weekday, 0, "M", 44, 50),
    (P.NTH_UNIT, RD.h_nth_unit, 0, "M", 36, 50),
    (P.NTH_AFTER, RD.h_nth_after, 9, "D", 20, 30),
    (P.DAYS_RANGE, RN.h_days_range, 1, "M", 64, 56),
    (P.MONTH_DAYS_RANGE, RN.h_month_days_range, 1, "M", 2, 50),
    (P.MONTHS_RANGE, RN.h_months_range, 1, "M", 16, 56),
    (P.MONTH_ONLY, RD.h_month_only, 2, "M", 14, 56),
    (P.PART_MONTH, RD.h_part_month, 1, "M", 24, 56),
    (P.HALF_MONTH, RD.h_half_month, 1, "Z", 4, 64),
    (P.PART_PERIOD, RD.h_part_period, 1, "P", 18, 40),
    (P.REL_PERIOD, RD.h_rel_period, 2, "P", 8, 30),
    (P.QUARTER, RD.h_quarter, 2, "P", 2, 44),
    (P.SEASON, RD.h_season, 2, "E", 2, 30),
    (P.BARE_SEASON, RD.h_bare_season, 4, "W", 24, 12),
    (P.ACADEMIC, RN.h_academic, 1, "P", 4, 40),
    (P.CENTURY, RM.h_century, 3, "C", 2, 44),
    (P.REL_DAY, RD.h_rel_day, 2, "D", 26, 44),
    (P.WEEKDAY, RD.h_weekday, 3, "D", 12, 36),
    (P.NUM_WD_DM, RN.h_num_wd_dm, 2, "D", 8, 30),
    (P.NUM_RANGE, RN.h_num_range, 1, "N", 24, 44),
    (P.NUM_DMY, RN.h_num_dmy, 1, "N", 2, 34),
    (P.NUM_YMD, RN.h_num_ymd, 1, "N", 2, 16),
    (P.NUM_MY, RN.h_num_my, 3, "N", 2, 12),
    (P.YEAR_RANGE, RN.h_year_range, 1, "N", 26, 24),
    (P.YEAR_HYPHEN, RN.h_year_hyphen, 1, "N", 2, 16),
    (P.SEASON_YEARS, RN.h_season_years, 1, "N", 12, 14),
    (P.YEAR_HEAD, RN.h_year_head, 2, "N", 12, 16),
    (P.YEAR_DX_HEAD, RN.h_year_head, 2, "P", 8, 30),
    (P.YEAR_ERA, RN.h_year_era, 3, "N", 2, 16),
    (P.YEAR_SIGNAL, RN.h_year_signal, 4, "N", 10, 8),
    (P.TIME_DIGITS, RT.h_time_digits, 3, "N", 5, 44),
    (P.TIME_HDP, RT.h_time_hdp, 4, "Y", 10, 40),
    (P.TIME_SAAT, RT.h_time_saat, 2, "T", 10, 80),
    (P.TIME_WORD, RT.h_time_word, 2, "H", 2, 70),
    (P.TONIGHT, RT.h_tonight, 4, "I", 6, 24),
    (P.DP_PREFIX, RT.h_dp_prefix, 9, "Q", 24, 40),
    (P.DP_ALONE, RT.h_dp_alone, 3, "Q", 8, 40),
    (P.DP_DEF, RT.h_dp_def, 3, "K", 24, 30),
    (P.DURATION, RM.h_duration, 4, "U", 36, 36),
    (P.SINGLE_UNIT, RM.h_single_unit, 5, "U", 26, 36),
    (P.REL_OFFSET, RM.h_rel_offset, 4, "U", 20, 20),
    (P.FRACTION_UNIT, RM.h_fraction_unit, 4, "U", 6, 12),
    (P.DEF_PLURAL, RM.h_def_plural, 4, "U", 22, 36),
    (P.DEF_DUAL, RM.h_def_dual, 4, "U", 4, 30),
    (P.ACC_UNIT, RM.h_acc_unit, 8, "A", 2, 24),
    (P.SETS, RM.h_set, 4, "S", 2, 20),
    (P.WEEKDAY_SET, RM.h_weekday_set, 1, "S", 72, 16),
    (P.VAGUE, RM.h_vague, 5, "V", 18, 36),
    (P.HOLIDAY, RM.h_holiday, 2, "F", 8, 36),
    (P.ANAPHOR, RM.h_anaphor, 6, "R", 10, 24),
    (P.SAME_PERIOD, RN.h_same_period, 2, "R", 12, 50),
    (P.FIRST_MONTHS, RN.h_first_months, 1, "O", 16, 64),
]

# each rule with the piece its matches need (patterns.NEEDS) and its body (patterns.BY_BODY), looked up once: hashing a
# compiled pattern hashes its code
_RULES_SCAN = [(*rule, P.NEEDS.get(rule[0]), P.BY_BODY.get(rule[0])) for rule in RULES]


def _at_body(rx: re.Pattern, body: re.Pattern, text: str, lo: int, hi: int):
    """The matches of ``rx`` (= B + ``body``, never empty) in ``text[lo:hi]``, as ``rx.finditer(text, lo, hi)`` gives
    them, trying ``rx`` only at the starts where ``body`` matches."""
    pos = lo
    while True:
        c = body.search(text, pos, hi)
        if c is None:
            return
        m = rx.match(text, c.start(), hi)
        if m is None or m.end() <= m.start():
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()

# Internal errors swallowed so that one odd input never costs an article; benchmarks/bench_timex.py reports them.
ERRORS = {"handler": 0, "merge": 0}

_GAP_DP = re.compile(r"^\s*(?:(?:يوم|نهار)\s+)?$")
_GAP_CLOCK = re.compile(r"^\s*[،,]?\s*(?:(?:في|عند|حوالي|نحو)\s+)?(?:تمام\s+)?(?:من\s+)?$")
_GAP_CLOCK_DAY = re.compile(r"^\s*[،,]?\s*(?:من|في|يوم)?\s*$")
_GAP_WD = re.compile(r"^\s*[(،,-]?\s*(?:الموافق\s*)?[(]?\s*$")
_SENT = re.compile(r"[.!?؟\n]")
CLOCK_REACH = 320  # normalised characters from a day to a bare clock time later in the same sentence
_GAP_EQ = re.compile(r"^\s*[(،,-]?\s*(?:و?الموافق|الموافقه|ويوافق)\s*[(]?\s*$")
_GAP_RANGE = re.compile(r"^\s*(?:و?(?:الي|حتي|لغايه)(?:\s+غايه)?|-|–)\s*$")


def _collect(ctx: Context) -> tuple[list[Cand], list[Cand]]:
    text = ctx.text
    windows = Windows(text)
    cands: list[Cand] = []
    dps: list[Cand] = []
    for rx, handler, prio, group, back, fwd, need, body in _RULES_SCAN:
        for lo, hi in windows.get(group, back, fwd):
            if need is not None and need.search(text, lo, hi) is None:
                continue   # the window lacks a piece that every match holds (patterns.NEEDS)
            for m in rx.finditer(text, lo, hi) if body is None else _at_body(rx, body, text, lo, hi):
                if m.end() <= m.start():
                    continue
                ctx.reason = None
                try:
                    c = handler(m, ctx)
                except Exception:  # noqa: BLE001 - one odd match never costs the article; counted for the bench
                    ERRORS["handler"] += 1
                    c = None
                if c is None:
                    continue
                while c.e > c.s and text[c.e - 1] == " ":
                    c.e -= 1  # an empty optional group after «\s*» leaves a trailing space
                if c.e <= c.s:
                    continue
                if ctx.reason and c.note is None and c.sd is not None:
                    c.note = ctx.reason
                if c.prio == 5:
                    c.prio = prio
                (dps if c.kind in ("dp", "nth") else cands).append(c)
    return cands, dps


def _select(cands: list[Cand]) -> list[Cand]:
    cands.sort(key=lambda c: (-(c.e - c.s), c.prio, c.s))
    chosen: list[Cand] = []
    for c in cands:
        if all(c.e <= o.s or o.e <= c.s for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.s)
    return chosen


def _merge(chosen: list[Cand], dps: list[Cand], ctx: Context) -> list[Cand]:
    text = ctx.text
    out: list[Cand] = []
    # day-part prefixes: «صباح الثلاثاء», «وقت مبكر اليوم الثلاثاء»
    if dps:
        by_start = {c.s: c for c in chosen}
        starts = sorted(by_start)
        used: set[int] = set()
        dropped: set[int] = set()
        for dp in dps:
            i = bisect.bisect_left(starts, dp.e)
            if i >= len(starts):
                continue
            c = by_start[starts[i]]
            if c.gran != "day" or not c.sd or not _GAP_DP.match(text[dp.e:c.s]):
                continue
            if dp.kind == "nth":
                n, wd = dp.hm or (1, 0)
                if id(c) in used or any(not (o.e <= dp.s or o.s >= dp.e) for o in chosen if o is not c):
                    continue
                used.add(id(c))
                step = 1 if n > 0 else -1
                d = c.sd + dt.timedelta(days=step)
                while d.weekday() != wd:
                    d += dt.timedelta(days=step)
                d += dt.timedelta(days=7 * (n - step))
                c.s, c.sd, c.ed, c.value, c.hijri, c.cal = dp.s, d, d + ONE, d.isoformat(), None, "gregorian"
                continue
            if id(c) in used or id(c) in dropped:
                continue
            inside = [o for o in chosen if o is not c and not (o.e <= dp.s or o.s >= dp.e)]
            if inside:
                # «الساعات الأولى من صباح اليوم»: the hours are part of the day part, not a duration of their own
                if not all(o.type == "DURATION" and dp.s <= o.s and o.e <= dp.e for o in inside):
                    continue
                for o in inside:
                    dropped.add(id(o))
                chosen = [o for o in chosen if id(o) not in dropped]
            used.add(id(c))
            c.s = dp.s
            c.type, c.kind, c.gran = "TIME", "time", "time"
            c.value = f"{c.sd.isoformat()}T{dp.daypart}"
            c.daypart = dp.daypart
            c.dawn = dp.dawn
    # a bare weekday followed by the full date: «يوم الأحد (10/شوال/1436هـ)», «الخميس، 13 شباط»
    for a, b in zip(chosen, chosen[1:]):
        if a.kind == "weekday" and b.gran == "day" and b.sd and b.sd.weekday() == a.sd.weekday() \
                and _GAP_WD.match(text[a.e:b.s]):
            a.sd, a.ed, a.value = b.sd, b.ed, b.value
    # clock times after a day: «الأول من حزيران الساعة 12,25 ظهراً»
    i = 0
    while i < len(chosen):
        c = chosen[i]
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if (nxt is not None and nxt.kind == "clock" and c.sd and (c.gran == "day" and c.type == "DATE" or
                                                                  c.daypart is not None)
                and _GAP_CLOCK.match(text[c.e:nxt.s])):
            hm = nxt.hm or (0, 0)
            if c.daypart in ("AF", "EV") and hm[0] < 12 or c.daypart == "NI" and 6 <= hm[0] < 12:
                hm = (hm[0] + 12, hm[1])  # «عصر السبت في تمام الساعة 5:30» = 17:30
            merged = Cand(c.s, nxt.e, "TIME", f"{c.sd.isoformat()}T{hm[0]:02d}:{hm[1]:02d}", gran="time",
                          cal=c.cal, hijri=c.hijri, sd=c.sd, ed=c.ed, note=nxt.note, kind="time", mod=nxt.mod)
            out.append(merged)
            i += 2
            continue
        if (c.kind == "clock" and nxt is not None and nxt.sd and (nxt.gran == "day" or nxt.daypart is not None)
                and _GAP_CLOCK_DAY.match(text[c.e:nxt.s])):
            # «الساعة العاشرة من صباح يوم الخميس»: the clock time of the day that follows
            hm = c.hm or (0, 0)
            if nxt.daypart in ("AF", "EV") and hm[0] < 12 or nxt.daypart == "NI" and 6 <= hm[0] < 12:
                hm = (hm[0] + 12, hm[1])
            out.append(Cand(c.s, nxt.e, "TIME", f"{nxt.sd.isoformat()}T{hm[0]:02d}:{hm[1]:02d}", gran="time",
                            cal=nxt.cal, hijri=nxt.hijri, sd=nxt.sd, ed=nxt.ed, note=c.note, kind="time", mod=c.mod))
            i += 2
            continue
        out.append(c)
        i += 1
    # «من 10 شباط 2023 إلى 30 نيسان»: the end of a range is never before its start; an end without a year of its
    # own is placed on the first occurrence after the start
    for a, b in zip(out, out[1:]):
        if (a.sd and b.sd and b.sd < a.sd and b.cal == "gregorian" and b.gran in ("day", "month")
                and b.note and b.note.startswith("no year") and _GAP_RANGE.match(text[a.e:b.s])):
            _roll_after(b, a.sd)
    # «يوم الأحد المقبل الموافق 9 أغسطس»: a day without a year paired with «الموافق» is the occurrence nearest the
    # day it restates
    for a, b in zip(out, out[1:]):
        if (a.sd and b.sd and a.gran in ("day", "time") and b.gran == "day" and b.note and b.note.startswith("no year")
                and _GAP_EQ.match(text[a.e:b.s]) and abs((b.sd - a.sd).days) > 3):
            for y in (b.sd.year - 1, b.sd.year + 1):
                try:
                    d = b.sd.replace(year=y)
                except ValueError:
                    continue
                if abs((d - a.sd).days) <= 3:
                    b.sd, b.ed = d, d + ONE
                    b.value = d.isoformat() if b.cal == "gregorian" else interval_value(d, d + ONE)
                    b.note = "no year: the day «الموافق» restates"
                    break
    out = _day_offsets(out, ctx)
    # a bare clock time takes the day of a day-level expression earlier in the same sentence
    last_day: Cand | None = None
    for c in out:
        if c.kind == "clock" and last_day is not None and not _SENT.search(text[last_day.e:c.s]) \
                and c.s - last_day.e < CLOCK_REACH and last_day.sd != ctx.ref:
            hm = c.hm or (0, 0)
            c.sd, c.ed = last_day.sd, last_day.ed
            if last_day.dawn and hm[0] >= 18:
                # «فجر أمس … الساعة العاشرة ليلاً»: the night before that dawn
                c.sd, c.ed = c.sd - ONE, c.ed - ONE
            c.value = f"{c.sd.isoformat()}T{hm[0]:02d}:{hm[1]:02d}"
        elif c.kind == "dpalone" and last_day is not None and not _SENT.search(text[last_day.e:c.s]) \
                and c.s - last_day.e < CLOCK_REACH and last_day.sd != ctx.ref:
            c.sd, c.ed = last_day.sd, last_day.ed
            c.value = f"{c.sd.isoformat()}T{c.daypart}"
        if c.sd and c.gran in ("day", "time"):
            last_day = c
    return out


_OFF_HEAD = re.compile(r"(?<!\w)[وف]?(?P<w>قبل|بعد)\s+$")
_OFF_TAIL = re.compile(r"\s*ب\s*(?:(?P<n>\d{1,2}|[^\W\d_]+)\s+)?(?P<u>يومين|يوم|يوما|ايام|اسبوعين|اسبوع|اسابيع)(?:\s+واحد)?(?!\w)")
_OFF_UNIT = {"يوم": 1, "يومين": 2, "اسبوع": 7, "اسبوعين": 14, "يوما": 1, "ايام": 1, "اسابيع": 7}


def _day_offsets(out: list[Cand], ctx: Context) -> list[Cand]:
    """«قبل عيد الأضحى بيومين», «بعد 15 آذار بأسبوع»: the day that many days before/after the day named."""
    text = ctx.text
    drop: set[int] = set()
    for c in out:
        if c.type != "DATE" or c.gran != "day" or not c.sd or id(c) in drop:
            continue
        h = _OFF_HEAD.search(text, max(0, c.s - 8), c.s)
        t = _OFF_TAIL.match(text, c.e)
        if not h or not t:
            continue
        u, n = t.group("u"), t.group("n")
        if u in ("يوما", "ايام", "اسابيع"):
            k = (int(n) if n.isdigit() else L.cardinal(n)) if n else None
            if not k or k > 60:
                continue   # «قبل العيد بأيام»: a vague number of days
        elif n:
            continue       # «بعد العيد بيوم واحد» reads the unit alone; a word before a singular unit is not a number
        else:
            k = 1
        days = k * _OFF_UNIT[u] * (-1 if h.group("w") == "قبل" else 1)
        d = c.sd + dt.timedelta(days=days)
        inside = [o for o in out if o is not c and c.e <= o.s < t.end()]
        drop.update(id(o) for o in inside)
        c.note = f"«{h.group('w')} … {text[c.e:t.end()].strip()}»: {abs(days)} day{'s' if abs(days) > 1 else ''} {'before' if days < 0 else 'after'} {c.sd.isoformat()}"
        c.s, c.e, c.sd, c.ed, c.value, c.cal, c.hijri = h.start("w"), t.end(), d, d + ONE, d.isoformat(), "gregorian", None
    return [o for o in out if id(o) not in drop] if drop else out


def _roll_after(c: Cand, start: dt.date) -> None:
    for y in range(c.sd.year + 1, start.year + 3):
        try:
            sd = c.sd.replace(year=y)
        except ValueError:
            continue
        if sd >= start:
            ed = c.ed.replace(year=c.ed.year + (y - c.sd.year))
            c.sd, c.ed = sd, ed
            c.value = sd.isoformat() if c.gran == "day" else f"{sd.year:04d}-{sd.month:02d}"
            c.note = "no year: the end of a range, after its start"
            return


_VALUE_YEARS = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")


def _move_to_year(c: Cand, ante: Cand, y: int) -> None:
    """«الربع الأول … مقارنة بالفترة نفسها من العام الماضي»: the antecedent period, moved to year y."""
    if not ante.sd or not ante.ed or not ante.value or not _VALUE_YEARS.match(ante.value):
        return
    delta = y - ante.sd.year
    if delta == 0:
        return
    try:
        sd = ante.sd.replace(year=ante.sd.year + delta)
        ed = ante.ed.replace(year=ante.ed.year + delta)
    except ValueError:
        return
    c.sd, c.ed, c.gran, c.mod = sd, ed, ante.gran, ante.mod
    c.value = re.sub(r"\d{4}", lambda k: f"{int(k.group(0)) + delta:04d}", ante.value)
    c.note = f"the period of «{ante.value}» moved to {y}"


_PAST_ANAPHORS = ("ذلك الحين", "ذلك الوقت", "تلك الفتره", "وقتها", "حينها", "انذاك", "انئذ", "وقتئذ", "حينئذ",
                  "ذلك التاريخ", "ذلك اليوم", "ذلك العام", "تلك السنه", "ذلك الشهر")
_DAY_OFFSET = {"اليوم التالي": 1, "اليوم الذي يليه": 1, "اليوم السابق": -1, "اليوم الذي سبقه": -1}
ANAPHOR_REACH = 400  # normalised characters between the antecedent and the anaphor


def _anaphora(cs: list[Cand], ctx: Context) -> list[Cand]:
    out: list[Cand] = []
    prev: Cand | None = None
    prev_not_today: Cand | None = None
    for c in cs:
        if c.kind == "anaphor" and c.note in _DAY_OFFSET:
            # «اليوم التالي/السابق»: the day after/before the last day named, else after/before publication
            off = _DAY_OFFSET[c.note]
            base = prev.sd if prev is not None and prev.gran in ("day", "time") and prev.sd \
                and c.s - prev.e <= ANAPHOR_REACH else ctx.ref
            d = base + dt.timedelta(days=off)
            c.type, c.value, c.gran, c.sd, c.ed, c.kind = "DATE", d.isoformat(), "day", d, d + ONE, "date"
            c.note = f"«{c.note}»: {'after' if off > 0 else 'before'} {base.isoformat()}"
            prev = c
            out.append(c)
            continue
        if c.kind == "same":
            c.kind = "date"
            if prev is not None and c.s - prev.e <= ANAPHOR_REACH and not c.hm[1] and prev.cal == "gregorian":
                _move_to_year(c, prev, c.hm[0])
            out.append(c)
            continue
        if c.kind == "anaphor":
            ante = prev_not_today if c.note in _PAST_ANAPHORS else prev
            if ante is None or c.s - ante.e > ANAPHOR_REACH:
                continue
            prev_keep = prev
            prev = ante
            c.type, c.value, c.gran, c.mod = prev.type if prev.type == "DATE" else "DATE", prev.value, prev.gran, prev.mod
            if prev.type == "TIME" and prev.sd:
                c.value, c.gran = prev.sd.isoformat(), "day"
            c.cal, c.hijri, c.sd, c.ed = prev.cal, prev.hijri, prev.sd, prev.ed
            c.note = f"anaphoric «{c.note}»: takes the value of the preceding expression"
            c.kind = "date"
            prev = prev_keep
            out.append(c)
            continue
        if c.sd and c.type in ("DATE", "TIME") and c.gran != "vague":
            prev = c
            if not (c.sd == ctx.ref and c.gran in ("day", "time")):
                prev_not_today = c
        out.append(c)
    return out


def tag(text: str, reference: dt.date, prefer: str = "past") -> list[Timex]:
    """Find the time expressions of ``text`` and place them relative to ``reference`` (the publication date).

    prefer: "past" (news default: bare months and weekdays go to the most recent occurrence unless the clause
    points forward) or "future" (the way Duckling resolves). ``reference`` may also be a datetime or an ISO
    string; when it is missing, today's date is used.
    """
    if not text or not isinstance(text, str):
        return []
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    elif isinstance(reference, str):
        try:
            reference = dt.date.fromisoformat(reference[:10])
        except ValueError:
            reference = None  # type: ignore[assignment]
    if not isinstance(reference, dt.date):
        # No publication date: relative expressions are resolved against today (the caller may re-resolve).
        reference = dt.date.today()
    n = unglue(normalize(text))
    ctx = Context(n.text, reference, "future" if prefer == "future" else "past")
    cands, dps = _collect(ctx)
    chosen = _select(cands)
    try:
        chosen = _anaphora(_merge(chosen, dps, ctx), ctx)
    except Exception:  # noqa: BLE001 - keep the unmerged expressions rather than lose the article
        ERRORS["merge"] += 1
    out: list[Timex] = []
    for c in chosen:
        s, e = n.span(c.s, c.e)
        if e <= s:
            continue
        if c.sd is not None and (c.ed is None or c.ed <= c.sd):
            c.ed = c.sd + ONE
        out.append(Timex(start=s, end=e, text=text[s:e], type=c.type, value=c.value, granularity=c.gran,
                         mod=c.mod, calendar=c.cal, hijri=c.hijri, start_date=c.sd, end_date=c.ed, note=c.note))
    return out
