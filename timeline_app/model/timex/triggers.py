"""Trigger words: each rule family scans only the windows around words that can anchor it.

Arabic month names and unit words begin with the commonest letters, so a full-text regex scan tries almost every
position. One pass over the words (dictionary look-ups, clitics stripped) finds the anchors instead; each family
then runs its regexes on the merged windows [anchor - BACK, anchor + FWD).
"""
from __future__ import annotations

import re

from . import lexicon as L
from . import patterns as P

# How far before/after a trigger word a match of that family can start/end (normalised characters).
MARGINS = {"M": (60, 60), "D": (34, 64), "P": (24, 44), "U": (34, 40), "V": (16, 40), "N": (36, 44)}
_WORD = re.compile(r"\w+")


def _words(items) -> set[str]:
    out: set[str] = set()
    for it in items:
        out.update(it.split())
    return out


GROUPS: dict[str, set[str]] = {
    # months (Gregorian/Hijri names, numeric-month heads)
    "M": _words(L.GREG_MONTHS) | _words(L.HIJRI_MONTHS) | {"شهر", "الشهر", "غره", "جمادي", "ذو", "ذي"},
    # days, relative days, day parts, clock words
    "D": set(L.WEEKDAYS) | set(L.WEEKDAYS_BARE) | _words(P.HOURS_F) | {
        "اليوم", "امس", "البارحه", "غدا", "الغد", "غد", "بكره", "بكرا", "امبارح", "الليله", "صباح", "مساء", "فجر",
        "ظهر", "ظهيره", "عصر", "ليله", "ليل", "عشيه", "مبكر", "متاخر", "الساعه"},
    # periods, parts of periods, quarters, seasons, centuries
    "P": set(L.PARTS) | {"الاسبوع", "الشهر", "العام", "السنه", "الموسم", "الربيع", "الصيف", "الخريف", "الشتاء",
                         "الربع", "النصف", "عام", "سنه", "اسبوع", "شهر", "ربع", "القرن", "قرن", "القرون", "العقود",
                         "اليوم"},
    # durations and sets
    "U": set(L.SINGULAR_UNITS) | set(L.DUAL_UNITS) | set(L.PLURAL_UNITS) | {
        "يوميا", "اسبوعيا", "شهريا", "سنويا", "ساعيا", "كل", "شهرا", "عاما", "يوما", "اسبوعا"}
    | {"ال" + w for w in L.PLURAL_UNITS},
    # vague references, anaphors, holidays
    "V": {"الان", "حاليا", "حالا", "مؤخرا", "موخرا", "فتره", "الفتره", "الايام", "سابق", "مسبق", "الوقت", "الاونه",
          "لاحقا", "المستقبل", "قريبا", "المدي", "القريب", "السنوات", "العقود", "اللحظه", "الحين", "التاريخ", "وقتها",
          "حينها", "انذاك", "انئذ", "وقتئذ", "حينئذ", "ذاته", "نفسه", "عيد", "كريسماس", "الكريسماس", "راس", "القدر",
          "عرفه", "المولد", "رمضان", "ذلك", "ذات", "نفس", "تلك", "ايام", "اسابيع", "اشهر", "سنوات", "ساعات"},
}
_LOOKUP: dict[str, str] = {}
for _g, _ws in GROUPS.items():
    for _w in _ws:
        _LOOKUP[_w] = _LOOKUP.get(_w, "") + _g
_CLITIC1 = frozenset("وفبلك")


def _groups_of(w: str) -> str:
    g = _LOOKUP.get(w)
    if g is not None:
        return g
    if len(w) > 2 and w[0] in _CLITIC1:
        g = _LOOKUP.get(w[1:])
        if g is not None:
            return g
        if w[1] in "بلك" and len(w) > 3:
            g = _LOOKUP.get(w[2:])
            if g is not None:
                return g
        if w.startswith("لل") and len(w) > 3:   # «للعام» = ل + العام
            g = _LOOKUP.get("ا" + w[1:])
            if g is not None:
                return g
    return ""


def _anchors(text: str) -> dict[str, list[int]]:
    """group -> sorted start offsets of its trigger words (substring hits also count: windows only widen)."""
    hits: dict[str, list[int]] = {"M": [], "D": [], "P": [], "U": [], "V": [], "N": []}
    found: dict[str, str] = {}
    for tok in set(text.split()):
        subs = (tok,) if tok.isalnum() else _WORD.findall(tok)
        for w in subs:
            if w in found:
                continue
            if w[0].isdigit() or w[-1].isdigit():
                found[w] = "N"
            else:
                g = _groups_of(w)
                if g:
                    found[w] = g
    find = text.find
    for w, g in found.items():
        i = find(w)
        while i != -1:
            for ch in g:
                hits[ch].append(i)
            i = find(w, i + 1)
    for v in hits.values():
        v.sort()
    return hits


def trigger_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """group -> merged [lo, hi) windows of the text around that group's trigger words (digits: group N)."""
    hits = _anchors(text)
    n = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for g, starts in hits.items():
        if not starts:
            continue
        back, fwd = MARGINS[g]
        wins: list[tuple[int, int]] = []
        lo, hi = max(0, starts[0] - back), starts[0] + fwd
        for s in starts[1:]:
            a = s - back
            if a <= hi:
                hi = s + fwd
            else:
                wins.append((lo, min(hi, n)))
                lo, hi = a, s + fwd
        wins.append((lo, min(hi, n)))
        out[g] = wins
    return out
