"""One article in, its time expressions, attributed statements and events out. Pure: no database, no Qt."""
from __future__ import annotations

import datetime as dt

from .attribution import find_attributions, sentences
from .events import build_events
from .gazetteer import Norm
from .reported import add_narrated, place_reported
from .types import Extraction


def extract(text: str, published: dt.date) -> Extraction:
    """Extract from ``text`` with ``published`` as the reference date for relative expressions.

    Offsets in the result index ``text`` as given. Any string is accepted (an empty one gives an empty result).
    """
    from .timex import tag  # the temporal engine (issue 3)

    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if not text.strip():
        return Extraction()
    norm = Norm(text)
    sents = sentences(norm.s)
    timexes = tag(text, published)
    attributions = find_attributions(text, norm, sents)
    events = build_events(text, norm, sents, timexes, attributions, published)
    add_narrated(events, text, norm, sents, timexes, attributions)
    place_reported(events, text, published)
    return Extraction(timexes=timexes, attributions=attributions, events=events)
