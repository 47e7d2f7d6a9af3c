"""Placing partial dates on the calendar: year choice by deictic word, tense cue and preference."""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from .calendars import D, ONE, g2h_year

Interval = tuple[D, D]

# Cues that the clause speaks of the future (normalised text). The future prefix س on an imperfect verb is
# recognised as س + ي/ت/ن + at least three letters, minus common nouns that merely begin that way.
_FUT_CUE = re.compile(
    r"(?<!\w)[وف]?(?:سوف|من\s+المقرر|من\s+المنتظر|من\s+المتوقع|المقرر|المرتقب|مرتقب|يعتزم|تعتزم|ينوي|تنوي|"
    r"يرتقب|المزمع|مزمع|ستكون|سيكون|يتوقع|تتوقع|توقع|توقعات|يرجح|المرجح|المحتمل|احتمال|موعد|علي\s+ان|لن|ترجح|رجح|رجحت|يعتزمون|توقعت|الاجله|تسليم|لتسليم|يفترض|المفترض|يرتقب|ستجري|ستعقد)(?!\w)")
_S_VERB = re.compile(r"(?<!\w)[وفل]?(س[يتن]\w{2,})")
# Nouns and names that begin like a future verb (س + ي/ت/ن).
_S_STOP = ("سياس", "سيار", "سيطر", "سيد", "ستار", "ستين", "سته", "سنه", "سنوات", "سنين", "سنتين", "سنتان", "سيناء",
           "سيول", "سينما", "سيف", "ستراتيج", "سترات", "سيمون", "سنغافور", "سيري", "سيرت", "سيرا", "سيرة", "سيره",
           "سيسي", "سينات", "ستوكهولم", "سنوي", "سنويا", "سنود", "سنيور", "سنترال", "ستانل", "ستيف", "ستاد", "سنغال",
           "سيئ", "سيئه", "سيدني", "سيلاً", "سيلا", "ستالين", "سيليكون", "سينمائ", "سيول", "ستوديو", "سير", "ستر",
           "سند", "سنن", "سنا", "سيل", "سين", "ستون", "سنوي", "سنت", "سنتا", "سنتات", "سيج", "سيخ", "ستي", "سنب", "سنو",
           "سنج", "سيب", "ستيفن", "سيرغي", "سيرجي", "ستيل", "سيبر", "سيكل", "ستان", "سنغ", "سيام", "سيه", "سياق",
           "سيناريو", "سياد", "سنتيم", "سيتي", "ستارت", "سينات", "سيمفون", "سيميائ", "ستونز", "سنوك", "سنيك",
           "سيما", "ستولت", "سياح", "سيمور", "سيستان", "سياج", "ستوك", "سيستم", "سيوف")
_SINCE_BEFORE = re.compile(r"(?<!\w)[وف]?(?:منذ|مذ)\s+(?:[^\s.،,]+\s+){0,3}$")
_SENT_BREAK = re.compile(r"[.!?؟\n]")


class Context:
    __slots__ = ("ref", "prefer", "text", "_hy", "reason")

    def __init__(self, text: str, ref: D, prefer: str):
        self.text = text
        self.ref = ref
        self.prefer = prefer
        self._hy: int | None = None
        self.reason: str | None = None  # why an ambiguous date went where it went (becomes the Timex note)

    @property
    def hijri_year(self) -> int | None:
        if self._hy is None:
            self._hy = g2h_year(self.ref) or 0
        return self._hy or None

    def future_cue(self, pos: int, end: int | None = None) -> bool:
        """Whether the clause before ``pos`` (back to the sentence start, at most 150 chars) points forward."""
        lo = max(0, pos - 150)
        window = self.text[lo:pos]
        breaks = list(_SENT_BREAK.finditer(window))
        if breaks:
            window = window[breaks[-1].end():]
        if _FUT_CUE.search(window):
            return True
        for m in _S_VERB.finditer(window):
            if not m.group(1).startswith(_S_STOP):
                return True
        return False


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
    if ahead <= 200 and ctx.future_cue(pos):
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


def weekday_date(wd: int, ctx: Context, pos: int, dx: int | None) -> D:
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
    if ctx.future_cue(pos):
        ctx.reason = "bare weekday: the clause speaks of the future"
        return ref + dt.timedelta(days=diff)
    back = (ref.weekday() - wd) % 7
    ctx.reason = "bare weekday: the most recent one"
    return ref - dt.timedelta(days=back)
