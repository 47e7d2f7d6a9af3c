"""Domain types shared by the extractor, the store, the CLI and the UI. Plain dataclasses, no Qt.

Offsets are Python ``str`` indices into the article text exactly as stored (never into a normalised copy).
Dates: ``start_date`` inclusive, ``end_date`` exclusive, as ``datetime.date``; both None when not placed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


def _dated_json(obj: Any) -> dict[str, Any]:
    """asdict() with the interval written as ISO dates (JSON has no date type)."""
    d = asdict(obj)
    d["start_date"] = obj.start_date.isoformat() if obj.start_date else None
    d["end_date"] = obj.end_date.isoformat() if obj.end_date else None
    return d


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str                      # DATE | TIME | DURATION | SET
    value: str | None              # TimeML-style: 2024-01-10, 2024-02-01/2024-02-10, P2Y, PAST_REF, ...
    granularity: str | None = None  # day | week | month | season | quarter | year | range | time | duration | century
    mod: str | None = None          # START | MID | END | APPROX
    calendar: str = "gregorian"     # gregorian | hijri
    hijri: str | None = None        # the Hijri original, e.g. 1436-10-26
    start_date: dt.date | None = None
    end_date: dt.date | None = None  # exclusive
    note: str | None = None

    @property
    def placed(self) -> bool:
        return self.start_date is not None and self.end_date is not None

    def to_json(self) -> dict[str, Any]:
        return _dated_json(self)


@dataclass
class Attribution:
    source: str
    source_start: int
    source_end: int
    source_type: str               # person | official_anonymous | organization | media | document
    cue: str
    cue_start: int
    cue_end: int
    claim_start: int
    claim_end: int
    negated: bool = False
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    start: int                      # evidence span (clause or sentence)
    end: int
    title: str
    timex_index: int | None = None  # index into Extraction.timexes, None when undated
    date_text: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None  # exclusive
    granularity: str | None = None
    mod: str | None = None
    calendar: str | None = None
    confidence: float = 0.5
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    attribution_indexes: list[int] = field(default_factory=list)
    relation: str | None = None

    def to_json(self) -> dict[str, Any]:
        return _dated_json(self)


@dataclass
class Extraction:
    timexes: list[Timex] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "timexes": [t.to_json() for t in self.timexes],
            "attributions": [a.to_json() for a in self.attributions],
            "events": [e.to_json() for e in self.events],
        }


@dataclass
class ArticleInput:
    """An article read from a file, before it is stored."""
    text: str
    path: str | None
    format: str                     # txt | html | jsonl | sample
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_source: str = "file"  # metadata | dateline | file | user
    published_guessed: bool = True
    lang: str | None = "ar"
