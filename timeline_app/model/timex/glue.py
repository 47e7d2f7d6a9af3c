"""Deictic words glued to the next word by a scraper that dropped the space: «أمسسيطرة قواته», «اليومالخميس».

``unglue(n)`` inserts a space into the normalised copy after a relative-day word («أمس», «اليوم», «غداً»,
«البارحة») that starts a longer token whose remainder is itself a word; the offset map (Normalized.ins) keeps spans
pointing into the original text. Real words that begin with those letters are kept whole: the remainders that
make a word of their own with the deictic's letters are listed per deictic («أمسية», «أمسك», «إمساك»,
«أمستردام»; «اليومي», «اليومين», «اليومان»; «غداة», «غداء», «غدامس»). «الآن» is never split: too many words
begin with its letters («الإنسانية», «الانتخابات»).
"""
from __future__ import annotations

import re

from .normalize import Normalized

# deictic -> remainders that belong to a real word beginning with the deictic's letters
_KEEP: dict[str, tuple[str, ...]] = {
    "امس": ("ي", "ك", "اك", "تردام", "ح", "لاند"),
    "اليوم": ("ي", "ان"),
    "غدا": ("ه", "ء", "ئ", "مس", "نسك", "ر", "ي"),
    "البارحه": (),
}
_GLUED = re.compile(r"(?<!\w)[وف]?(امس|اليوم|غدا|البارحه)([^\W\d_]{2,})")
# what every glued deictic holds: the deictic and two more letters («اليومالخميس»); most texts hold none, and the full
# pattern (opening on a lookbehind, so tried at every position) is then not run
_QUICK = re.compile(r"(?:امس|اليوم|غدا|البارحه)[^\W\d_]{2}")


def unglue(n: Normalized) -> Normalized:
    text = n.text
    if _QUICK.search(text) is None:
        return n
    cuts: list[int] = []
    for m in _GLUED.finditer(text):
        rest = m.group(2)
        if rest.startswith(_KEEP[m.group(1)]) if _KEEP[m.group(1)] else False:
            continue
        cuts.append(m.end(1))
    if not cuts:
        return n
    parts: list[str] = []
    ins: list[int] = []
    last = 0
    for k, c in enumerate(cuts):
        parts.append(text[last:c])
        ins.append(c + k)   # index of the inserted space in the new copy
        parts.append(" ")
        last = c
    parts.append(text[last:])
    return Normalized(n.original, "".join(parts), n.shifts, tuple(ins))
