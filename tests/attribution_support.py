"""Helpers shared by the attribution tests."""
from __future__ import annotations

from timeline_app.model.attribution import find_attributions
from timeline_app.model.gazetteer import fold


def find(text: str, cue: str, nth: int = 0):
    """The record whose cue overlaps the ``nth`` occurrence of ``cue`` in ``text`` (compared folded)."""
    f = fold(text)
    p = -1
    for _ in range(nth + 1):
        p = f.find(fold(cue), p + 1)
    assert p >= 0
    atts = find_attributions(text)
    hits = [a for a in atts if a.cue_start < p + len(cue) and p < a.cue_end]
    assert hits, [(a.cue, a.source) for a in atts]
    return hits[0]


def claim(text: str, a) -> str:
    return text[a.claim_start:a.claim_end]
