"""The candidate record produced by the recognisers (offsets into the normalised text)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(slots=True)
class Cand:
    s: int
    e: int
    type: str                   # DATE | TIME | DURATION | SET
    value: str | None
    gran: str | None = None
    mod: str | None = None
    cal: str = "gregorian"
    hijri: str | None = None
    sd: dt.date | None = None
    ed: dt.date | None = None
    note: str | None = None
    kind: str = "date"          # date | time | dp (day-part prefix) | anaphor | clock
    prio: int = 5               # lower wins a tie in length
    daypart: str | None = None  # MO/AF/EV/NI for dp prefixes
    hm: tuple[int, int] | None = None  # clock time for kind == "clock"
    dawn: bool = False          # a «فجر» day part: an evening clock time told with it belongs to the day before
