"""Calendar arithmetic: Gregorian intervals, ISO weeks, Umm al-Qura Hijri conversion (hijridate)."""
from __future__ import annotations

import calendar as _cal
import datetime as dt
from functools import lru_cache

from hijridate import Hijri

D = dt.date
ONE = dt.timedelta(days=1)
HIJRI_MIN, HIJRI_MAX = 1343, 1500


def month_len(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def month_iv(y: int, m: int) -> tuple[D, D]:
    return D(y, m, 1), D(y, m, month_len(y, m)) + ONE


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def week_iv(d: D) -> tuple[D, D]:
    s = d - dt.timedelta(days=d.weekday())
    return s, s + dt.timedelta(days=7)


def week_value(d: D) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def valid_ymd(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= month_len(y, m) and 1 <= y <= 9999


def hijri_ok(y: int, m: int = 1, d: int = 1) -> bool:
    return HIJRI_MIN <= y <= HIJRI_MAX and 1 <= m <= 12 and 1 <= d <= hijri_month_len(y, m)


@lru_cache(maxsize=4096)
def hijri_month_len(y: int, m: int) -> int:
    try:
        return Hijri(y, m, 1).month_length()
    except (OverflowError, ValueError):
        return 30


@lru_cache(maxsize=8192)
def h2g(y: int, m: int, d: int) -> D | None:
    """Umm al-Qura Hijri -> Gregorian, None outside the supported range."""
    if not (HIJRI_MIN <= y <= HIJRI_MAX and 1 <= m <= 12 and 1 <= d <= 30):
        return None
    if y == HIJRI_MAX and m == 12 and d > 29:
        return None
    try:
        if d > hijri_month_len(y, m):
            return None
        g = Hijri(y, m, d).to_gregorian()
        return D(g.year, g.month, g.day)
    except (OverflowError, ValueError):
        return None


def hijri_month_iv(y: int, m: int) -> tuple[D, D] | None:
    s = h2g(y, m, 1)
    if s is None:
        return None
    return s, s + dt.timedelta(days=hijri_month_len(y, m))


def hijri_year_iv(y: int) -> tuple[D, D] | None:
    s = h2g(y, 1, 1)
    e = h2g(y + 1, 1, 1) if y < HIJRI_MAX else None
    if s is None:
        return None
    if e is None:
        last = hijri_month_iv(y, 12)
        e = last[1] if last else None
    return (s, e) if e else None


@lru_cache(maxsize=4096)
def g2h_year(d: D) -> int | None:
    from hijridate import Gregorian
    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (OverflowError, ValueError):
        return None


def iso(d: D) -> str:
    return d.isoformat()


def interval_value(s: D, e: D) -> str:
    """Inclusive day-range value for [s, e)."""
    last = e - ONE
    if s == last:
        return s.isoformat()
    return f"{s.isoformat()}/{last.isoformat()}"
