"""Calendar-aware tick generation for the timeline ruler (no Qt here, only dates and strings).

Time on the timeline is a float day number: ``date.toordinal()`` plus the fraction of the day. Ticks are generated
per *level* (hours, days, weeks, months, years, ... centuries); the painter picks the finest level whose labels fit.
Month names follow the reader's family: Levantine «كانون الثاني», Egyptian/Gulf «يناير», Maghreb «جانفي».
The optional second axis is Hijri (Umm al-Qura, via ``hijridate``), which is only defined for 1924-2077 CE.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

MONTHS: dict[str, list[str]] = {
    "levant": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
               "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "egypt": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
              "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "maghreb": ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
                "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
}
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
FAMILIES = tuple(MONTHS)
DIGITS = ("western", "arabic")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

MIN_DAY = dt.date(1, 1, 1).toordinal()
MAX_DAY = dt.date(9999, 12, 31).toordinal()
HIJRI_MIN = dt.date(1924, 8, 1).toordinal()
HIJRI_MAX = dt.date(2077, 11, 16).toordinal()


def digits(text: str, style: str) -> str:
    """Western digits unchanged, or Arabic-Indic (٠١٢٣…)."""
    return text.translate(_ARABIC_INDIC) if style == "arabic" else text


def month_name(month: int, family: str) -> str:
    return MONTHS.get(family, MONTHS["levant"])[month - 1]


def day_to_date(day: float) -> dt.date:
    return dt.date.fromordinal(int(min(max(day, MIN_DAY), MAX_DAY)))


@dataclass(frozen=True)
class Tick:
    day: float          # position (float day number)
    label: str          # already localised (month names, digits)
    end: float          # start of the next tick: the period this tick labels is [day, end)


@dataclass(frozen=True)
class Level:
    name: str           # e.g. "hour:3", "day:1", "month:1", "year:10"
    approx_days: float  # nominal spacing, to pick a level from the scale
    ticks: Callable[[float, float, "Fmt"], list[Tick]]


@dataclass(frozen=True)
class Fmt:
    family: str = "levant"
    digits: str = "western"

    def num(self, n: int | str) -> str:
        return digits(str(n), self.digits)

    def month(self, m: int) -> str:
        return month_name(m, self.family)


def _clamp(a: float, b: float) -> tuple[float, float]:
    return max(a, MIN_DAY), min(b, MAX_DAY + 1)


def _year_ticks(step: int) -> Callable[[float, float, Fmt], list[Tick]]:
    def gen(a: float, b: float, f: Fmt) -> list[Tick]:
        a, b = _clamp(a, b)
        if a >= b:
            return []
        y = (day_to_date(a).year // step) * step
        out = []
        while y <= 9999:
            start = dt.date(max(y, 1), 1, 1).toordinal()
            if start > b:
                break
            ny = y + step
            end = dt.date(ny, 1, 1).toordinal() if ny <= 9999 else MAX_DAY + 1
            if end > a:
                out.append(Tick(start, f.num(max(y, 1)), end))
            y = ny
        return out
    return gen


def _month_ticks(step: int) -> Callable[[float, float, Fmt], list[Tick]]:
    def gen(a: float, b: float, f: Fmt) -> list[Tick]:
        a, b = _clamp(a, b)
        if a >= b:
            return []
        d = day_to_date(a)
        y, m = d.year, ((d.month - 1) // step) * step + 1
        out = []
        while y <= 9999:
            start = dt.date(y, m, 1).toordinal()
            if start > b:
                break
            ny, nm = (y, m + step) if m + step <= 12 else (y + 1, m + step - 12)
            end = dt.date(ny, nm, 1).toordinal() if ny <= 9999 else MAX_DAY + 1
            if end > a:
                label = f.month(m) if step == 1 else f"{f.month(m)} {f.num(y)}"
                out.append(Tick(start, label, end))
            y, m = ny, nm
        return out
    return gen


def _day_ticks(step: int) -> Callable[[float, float, Fmt], list[Tick]]:
    """Days of the month 1, 1+step, ... (restarting every month, so labels stay calendar dates)."""
    def gen(a: float, b: float, f: Fmt) -> list[Tick]:
        a, b = _clamp(a, b)
        out = []
        day = int(a)
        while day <= b and day <= MAX_DAY:
            d = dt.date.fromordinal(day)
            if (d.day - 1) % step == 0 and d.day + step - 1 <= 31:
                nxt = min(day + step, (dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1).toordinal()
                                       if d.year < 9999 or d.month < 12 else MAX_DAY + 1))
                if nxt > a:
                    out.append(Tick(day, f.num(d.day), nxt))
            day += 1
        return out
    return gen


def _week_ticks(a: float, b: float, f: Fmt) -> list[Tick]:
    """Weeks starting on Saturday (the first day of the week in most Arab countries), labelled by their date."""
    a, b = _clamp(a, b)
    day = int(a)
    # date.weekday(): Monday=0 ... Saturday=5
    day -= (dt.date.fromordinal(day).weekday() - 5) % 7
    out = []
    while day <= b and day + 7 <= MAX_DAY:
        d = dt.date.fromordinal(max(day, MIN_DAY))
        out.append(Tick(day, f"{f.num(d.day)} {f.month(d.month)}", day + 7))
        day += 7
    return out


def _hour_ticks(step: int) -> Callable[[float, float, Fmt], list[Tick]]:
    def gen(a: float, b: float, f: Fmt) -> list[Tick]:
        a, b = _clamp(a, b)
        h = int((a - int(a)) * 24) // step * step
        t = int(a) + h / 24
        out = []
        while t <= b:
            hour = int(round((t - int(t)) * 24)) % 24
            out.append(Tick(t, f.num(f"{hour:02d}:00"), t + step / 24))
            t = int(t) + (hour + step) / 24 if hour + step < 24 else int(t) + 1
        return out
    return gen


# Finest first. approx_days is the nominal spacing between two ticks of the level.
LEVELS: list[Level] = (
    [Level(f"hour:{s}", s / 24, _hour_ticks(s)) for s in (1, 3, 6, 12)]
    + [Level(f"day:{s}", s, _day_ticks(s)) for s in (1, 2, 5)]
    + [Level("week:1", 7, _week_ticks)]
    + [Level("day:15", 15, _day_ticks(15))]
    + [Level(f"month:{s}", 30.44 * s, _month_ticks(s)) for s in (1, 3, 6)]
    + [Level(f"year:{s}", 365.25 * s, _year_ticks(s)) for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)]
)


def context_label(level: Level, day: float, f: Fmt) -> str:
    """The label of the larger period a tick belongs to (second ruler row): day for hours, month for days/weeks,
    year for months, nothing above years."""
    d = day_to_date(day)
    kind = level.name.split(":")[0]
    if kind == "hour":
        return f"{f.num(d.day)} {f.month(d.month)} {f.num(d.year)}"
    if kind in ("day", "week"):
        return f"{f.month(d.month)} {f.num(d.year)}"
    if kind == "month" and level.name == "month:1":
        return f.num(d.year)
    return ""


def context_ticks(level: Level, a: float, b: float, f: Fmt) -> list[Tick]:
    """The larger periods (second row) for ``level`` over [a, b]."""
    kind = level.name.split(":")[0]
    if kind == "hour":
        ticks = _day_ticks(1)(a, b, f)
        return [Tick(t.day, context_label(level, t.day, f), t.end) for t in ticks]
    if kind in ("day", "week"):
        ticks = _month_ticks(1)(a, b, f)
        return [Tick(t.day, context_label(level, t.day, f), t.end) for t in ticks]
    if level.name == "month:1":
        return _year_ticks(1)(a, b, f)
    return []


# --- Hijri (Umm al-Qura) -------------------------------------------------------------------------------------------

def _hijri_of(day: float):
    from hijridate import Gregorian
    d = day_to_date(min(max(day, HIJRI_MIN), HIJRI_MAX))
    return Gregorian(d.year, d.month, d.day).to_hijri()


def _hijri_start(y: int, m: int, d: int = 1) -> int | None:
    from hijridate import Hijri
    try:
        return Hijri(y, m, d).to_gregorian().toordinal()
    except (OverflowError, ValueError):
        return None


def hijri_ticks(a: float, b: float, px_per_day: float, f: Fmt, min_px: float) -> list[Tick]:
    """Hijri ticks over [a, b] at the finest of day / month / N-year steps whose spacing is at least ``min_px``.
    Empty outside the Umm al-Qura table's range."""
    a, b = max(a, HIJRI_MIN), min(b, HIJRI_MAX)
    if a >= b:
        return []
    h0, h1 = _hijri_of(a), _hijri_of(b)
    out: list[Tick] = []
    if 29.5 * px_per_day < min_px:  # years
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if 354 * s * px_per_day >= min_px), 100)
        y = h0.year // step * step
        while y <= h1.year:
            start, end = _hijri_start(max(y, 1343), 1), _hijri_start(y + step, 1)
            if start is not None and y >= 1343:
                out.append(Tick(start, f"{f.num(y)} هـ", end if end is not None else start + 354 * step))
            y += step
        return out
    if px_per_day < min_px:  # months
        y, m = h0.year, h0.month
        while (y, m) <= (h1.year, h1.month):
            start = _hijri_start(y, m)
            ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
            end = _hijri_start(ny, nm)
            if start is not None:
                out.append(Tick(start, f"{HIJRI_MONTHS[m - 1]} {f.num(y)}", end if end is not None else start + 30))
            y, m = ny, nm
        return out
    day = int(a)
    while day <= b:
        h = _hijri_of(day)
        label = f"{f.num(h.day)} {HIJRI_MONTHS[h.month - 1]}" + (f" {f.num(h.year)}" if h.day == 1 else "")
        out.append(Tick(day, label, day + 1))
        day += 1
    return out
