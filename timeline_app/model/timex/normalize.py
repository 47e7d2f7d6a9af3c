"""Normalise Arabic news text for matching, keeping a map back to the original offsets.

The matcher works on a normalised copy: diacritics, tatweel and bidi/zero-width marks are removed; NBSP and other
spaces become a plain space; Arabic-Indic and Persian digits become ASCII; alef/yeh/teh-marbuta variants are folded
(أ إ آ ٱ → ا, ى → ي, ة → ه, ی → ي, ک → ك). ``Normalized.span(s, e)`` maps a span of the copy back to the original.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Characters deleted from the copy.
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0670"
_TATWEEL = "\u0640"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
DELETED = _DIACRITICS + _TATWEEL + _INVISIBLE
# Marks that belong to the preceding letter: a span ending on that letter also covers them.
ATTACHED = frozenset(_DIACRITICS + _TATWEEL)

_MAP: dict[int, str] = {}
for _c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t":
    _MAP[ord(_c)] = " "
for _i in range(10):
    _MAP[0x0660 + _i] = str(_i)   # Arabic-Indic
    _MAP[0x06F0 + _i] = str(_i)   # Persian
for _c in "أإآٱ":
    _MAP[ord(_c)] = "ا"
_MAP[ord("ى")] = "ي"
_MAP[ord("ی")] = "ي"
_MAP[ord("ة")] = "ه"
_MAP[ord("ک")] = "ك"
_MAP[ord("٫")] = "."   # Arabic decimal separator
_MAP[ord("٬")] = ","
_MAP[ord("ـ")] = None  # type: ignore[assignment]
for _c in DELETED:
    _MAP[ord(_c)] = None  # type: ignore[assignment]
_HAS_DELETED = re.compile("[" + DELETED + "]")
# 1:1 replacements, applied with str.replace only for the characters present (much faster than str.translate
# with a dict table on Arabic text).
_ONE_TO_ONE = {chr(k): v for k, v in _MAP.items() if v is not None and chr(k) != v}
_ONE_TO_ONE_KEYS = frozenset(_ONE_TO_ONE)


@dataclass(slots=True)
class Normalized:
    original: str
    text: str
    # Deletions in normalised coordinates: the j-th deleted character sat just before normalised index
    # shifts[j] (= its original offset - j). Empty when nothing was deleted (offsets are then identical).
    shifts: list[int]

    def orig(self, i: int) -> int:
        """Original offset of normalised character i (i == len(text) maps to the end)."""
        return i + bisect_right(self.shifts, i) if self.shifts else i

    def span(self, s: int, e: int) -> tuple[int, int]:
        """Original [start, end) of the normalised span [s, e), widened over trailing diacritics/tatweel."""
        os_ = self.orig(s)
        oe = self.orig(e - 1) + 1 if e > s else os_
        orig = self.original
        n = len(orig)
        while oe < n and orig[oe] in ATTACHED:
            oe += 1
        return os_, oe


_ONE_TO_ONE_ITEMS = tuple(_ONE_TO_ONE.items())


def _fold(text: str) -> str:
    for c, r in _ONE_TO_ONE_ITEMS:
        if c in text:  # a C-speed scan; most of the ~45 characters are absent
            text = text.replace(c, r)
    return text


def normalize(text: str) -> Normalized:
    if not _HAS_DELETED.search(text):
        return Normalized(text, _fold(text), [])
    shifts = [m.start() - j for j, m in enumerate(_HAS_DELETED.finditer(text))]
    return Normalized(text, _fold(_HAS_DELETED.sub("", text)), shifts)
