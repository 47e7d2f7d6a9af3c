"""Normalise Arabic news text for matching, keeping a map back to the original offsets.

The matcher works on a normalised copy: diacritics, tatweel and bidi/zero-width marks are removed; NBSP and other
spaces become a plain space; Arabic-Indic and Persian digits become ASCII; alef/yeh/teh-marbuta variants are folded
(أ إ آ ٱ → ا, ى → ي, ة → ه, ی → ي, ک → ك). ``Normalized.span(s, e)`` maps a span of the copy back to the original.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# Characters deleted from the copy.
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0670"
_TATWEEL = "\u0640"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
# Other combining marks and invisible format characters (Quranic annotation signs, Latin combining accents,
# variation selectors, word joiners): none of them is a word character for the regex engine, so one left inside a
# word would cut it in two («الإن<mark>سانية» would read as «الان» + «سانية»).
_MARKS = ("\u0300-\u036f\u0610-\u061a\u0659-\u065f\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
          "\u08ca-\u08e1\u08e3-\u08ff\u2060-\u2064\u206a-\u206f\ufe00-\ufe0f\u180e\u0600-\u0605\u06dd\u08e2")
DELETED = _DIACRITICS + _TATWEEL + _INVISIBLE
# Marks that belong to the preceding letter: a span ending on that letter also covers them.
_MARK_CHARS = "".join(chr(c) for a, b in re.findall(r"(.)(?:-(.))?", _MARKS) for c in range(ord(a), ord(b or a) + 1))
ATTACHED = frozenset(_DIACRITICS + _TATWEEL + _MARK_CHARS)

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
for _c in DELETED + _MARK_CHARS:
    _MAP[ord(_c)] = None  # type: ignore[assignment]
_HAS_DELETED = re.compile("[" + DELETED + _MARKS + "]")
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
    # Spaces inserted into the copy (glue.py: «أمسسيطرة» → «امس سيطره»), as sorted indices of the copy. An inserted
    # space maps to the original character that follows it.
    ins: tuple[int, ...] = ()

    def orig(self, i: int) -> int:
        """Original offset of normalised character i (i == len(text) maps to the end)."""
        if self.ins:
            i -= bisect_left(self.ins, i)
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
