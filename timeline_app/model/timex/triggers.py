"""Trigger words: each rule family scans only the windows around words that can anchor it.

Arabic month names and unit words begin with the commonest letters, so a full-text regex scan tries almost every
position. One pass over the words (dictionary look-ups, clitics stripped) finds the anchors instead; each family
then runs its regexes on the merged windows [anchor - BACK, anchor + FWD).
"""
from __future__ import annotations

import re

from . import lexicon as L
from . import patterns as P

_WORD = re.compile(r"\w+")


def _words(items) -> set[str]:
    out: set[str] = set()
    for it in items:
        out.update(it.split())
    return out


def _first_words(items) -> set[str]:
    return {it.split()[0] for it in items if " " not in it or not it.startswith(("ذو ", "ذي "))}


GROUPS: dict[str, set[str]] = {
    # months (Gregorian/Hijri names, numeric-month heads)
    # (multi-word names anchor on their distinctive word only: «كانون», «تشرين», «ربيع», «جمادي», «القعده», «الحجه»)
    "M": _first_words(L.GREG_MONTHS) | _first_words(L.HIJRI_MONTHS) | {"شهر", "الشهر", "شهري", "غره", "القعده", "الحجه"},
    # weekdays and relative days
    "D": set(L.WEEKDAYS) | set(L.WEEKDAYS_BARE) | {"اليوم", "امس", "الامس", "البارحه", "غدا", "الغد", "غد", "بكره", "بكرا",
                                                  "امبارح"},
    "T": {"الساعه", "تمام"},               # clock times with «الساعة», «في تمام الـ8»
    "Y": {"صباحا", "فجرا", "ظهرا", "عصرا", "مساءا", "مساء", "ليلا"},   # «10 صباحاً»: an hour before its day part
    "H": _words(P.HOURS_F) - {"عشر", "عشره"},  # hour words («الثالثة فجراً»)
    "I": {"الليله"},                       # tonight
    "K": {"الصباح", "الصبح", "الفجر", "الظهر", "الظهيره", "العصر", "المساء", "الليل"},   # day parts with the article
    "Q": {"صباح", "صبيحه", "مساء", "فجر", "ظهر", "ظهيره", "عصر", "ليله", "ليل", "عشيه", "مبكر", "متاخر", "منتصف",
          "الظهر", "الظهيره"},
    # periods and parts of periods
    "P": _words(L.PARTS) | {"الاسبوع", "الشهر", "العام", "السنه", "الموسم", "الربيع", "الصيف", "الخريف", "الشتاء",
                         "الربع", "النصف", "عام", "سنه", "اسبوع", "شهر", "ربع", "اليوم"},
    "E": {"موسم", "فصل", "ربيع", "صيف", "خريف", "شتاء"},   # seasons
    "C": {"القرن", "قرن", "القرون"} | set(P.DECADES),       # centuries, decades
    # durations
    "U": set(L.SINGULAR_UNITS) | set(L.DUAL_UNITS) | set(L.PLURAL_UNITS) | {"ال" + w for w in L.PLURAL_UNITS}
    | {"ال" + w for w in L.DUAL_UNITS} | {"ب" + w for w in list(L.PLURAL_UNITS) + list(L.DUAL_UNITS)}
    | {"باسبوع", "بعام", "بشهر", "بيوم", "بساعه", "بسنه"},
    "A": {"اسبوعا", "شهرا", "يوما"},
    "W": {"الربيع", "الصيف", "الخريف", "الشتاء"},             # bare seasons after a signal
    "Z": {"النصف", "نصف"},                                   # halves of a month
    "O": {"اشهر", "الاشهر", "شهور", "الشهور", "شهرين", "الشهرين", "شهران"},   # «الأشهر الستة الأولى من …»
    "S": {"كل", "يوميا", "اسبوعيا", "شهريا", "سنويا", "ساعيا"},  # sets
    # vague references, holidays, anaphors
    "V": {"الان", "حاليا", "حالا", "مؤخرا", "موخرا", "فتره", "الفتره", "الايام", "سابق", "مسبق", "الوقت", "الاونه",
          "لاحقا", "المستقبل", "قريبا", "قريب", "المدي", "القريب", "البعيد", "السنوات", "العقود", "اللحظه", "ايام",
          "اسابيع", "اشهر", "سنوات", "ساعات", "الراهن", "الحالي", "الحاضر", "الاسابيع", "الساعات", "الماضي"},
    "F": {"عاشوراء", "عيد", "كريسماس", "الكريسماس", "راس", "القدر", "عرفه", "المولد", "رمضان"},
    "R": {"التالي", "السابق", "يليه", "سبقه", "الحين", "الوقت", "الفتره", "التاريخ", "وقتها", "حينها", "انذاك", "انئذ", "وقتئذ", "حينئذ", "ذاته", "نفسه",
          "ذلك", "ذات", "نفس", "تلك", "نفسها", "ذاتها", "المماثله"},
}
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
# every surface form of a trigger word with its clitics -> the groups it anchors
SURFACE: dict[str, str] = {}
for _g, _ws in GROUPS.items():
    for _w in _ws:
        forms = [p + _w for p in _PREFIXES]
        if _w.startswith("ال"):
            forms += ["لل" + _w[2:], "ولل" + _w[2:], "فلل" + _w[2:]]   # «للعام» = ل + العام
        for _f in forms:
            if _g not in SURFACE.get(_f, ""):
                SURFACE[_f] = SURFACE.get(_f, "") + _g
_SURFACE_KEYS = frozenset(SURFACE)
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")


def _anchors(text: str) -> dict[str, list[int]]:
    """group -> sorted start offsets of its trigger words (whole tokens, clitics included; digit runs: group N)."""
    hits: dict[str, list[int]] = {g: [] for g in GROUPS}
    toks = set(text.split())
    odd = [t for t in toks if not t.isalnum() or t[-1].isdigit()]
    for t in odd:
        toks.update(_LETTERS.findall(t))  # «يناير،» → يناير; «ديسمبر2008» → ديسمبر
    find = text.find
    n = len(text)
    for w in _SURFACE_KEYS.intersection(toks):
        g = SURFACE[w]
        k = len(w)
        i = find(w)
        while i != -1:
            j = i + k
            # only whole tokens: a hit inside a longer word is not an anchor
            if (i == 0 or not text[i - 1].isalpha()) and (j >= n or not text[j].isalpha()):
                for ch in g:
                    hits[ch].append(i)
            i = find(w, j)
    for v in hits.values():
        if len(v) > 1:
            v.sort()
    hits["N"] = [m.start() for m in _DIGITS.finditer(text)]
    return hits


class Windows:
    """Lazily computed merged windows per (group, back, fwd)."""
    __slots__ = ("hits", "n", "_cache")

    def __init__(self, text: str):
        self.hits = _anchors(text)
        self.n = len(text)
        self._cache: dict[tuple[str, int, int], list[tuple[int, int]]] = {}

    def get(self, group: str, back: int, fwd: int) -> list[tuple[int, int]]:
        k = (group, back, fwd)
        w = self._cache.get(k)
        if w is None:
            w = self._cache[k] = merge(self.hits.get(group, ()), back, fwd, self.n)
        return w


def merge(starts, back: int, fwd: int, n: int) -> list[tuple[int, int]]:
    if not starts:
        return []
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
    return wins
