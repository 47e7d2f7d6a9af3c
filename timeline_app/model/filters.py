"""Which events to show: the EventFilter value and the SQL that selects them (no Qt).

``where_clause(f)`` returns ``(sql, params)`` for ``SELECT ... FROM events WHERE <sql>``; the store uses it for
``query_event_ids`` and ``timeline_columns`` so the list and the timeline always show the same events.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, fields

# Integer codes for the timeline's column arrays (index in these tuples; -1 = none/unknown).
GRANULARITIES: tuple[str, ...] = (
    "day", "week", "month", "season", "quarter", "year", "range", "time", "duration", "century")
MODS: tuple[str, ...] = ("START", "MID", "END", "APPROX", "ON_OR_BEFORE")  # ON_OR_BEFORE: reported, no date in the text


@dataclass
class EventFilter:
    text: str | None = None
    date_from: dt.date | None = None        # inclusive: events that end after this day starts
    date_to: dt.date | None = None          # inclusive: events that start on or before this day
    article_ids: list[int] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    min_confidence: float | None = None
    include_undated: bool = True
    include_deleted: bool = False

    def is_empty(self) -> bool:
        """True when the filter lets every (non-deleted) event through."""
        return self == EventFilter()

    def describe(self) -> str:
        """A short human-readable summary, e.g. for a status bar or a printed page header."""
        parts: list[str] = []
        if self.text and self.text.strip():
            parts.append(f"“{self.text.strip()}”")
        if self.date_from and self.date_to:
            parts.append(f"{self.date_from.isoformat()} – {self.date_to.isoformat()}")
        elif self.date_from:
            parts.append(f"from {self.date_from.isoformat()}")
        elif self.date_to:
            parts.append(f"until {self.date_to.isoformat()}")
        if self.article_ids:
            parts.append(f"{len(self.article_ids)} article(s)")
        for label, values in (("outlet", self.outlets), ("actor", self.actors), ("place", self.places)):
            if values:
                parts.append(f"{label}: " + ", ".join(values))
        if self.min_confidence is not None:
            parts.append(f"confidence ≥ {self.min_confidence:g}")
        if not self.include_undated:
            parts.append("dated only")
        if self.include_deleted:
            parts.append("including deleted")
        return "; ".join(parts) if parts else "all events"


# --- search text normalisation (shared by the FTS index and the queries) ---

# tashkeel (harakat, Quranic marks), tatweel, and invisible/bidi marks: deleted
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
                   "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]+")
_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي"),
          ("\u00a0", " "))
_EASTERN_DIGIT = re.compile("[٠-٩۰-۹]")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def normalize_for_search(text: str | None) -> str:
    """Fold the spelling variants Arabic readers treat as one (hamza seats, alef maqsura, teh marbuta), drop
    tashkeel, tatweel and invisible marks, and use Western digits. Applied both to indexed text and to queries.
    (Plain str.replace passes: this runs over every stored article's full text.)"""
    if not text:
        return ""
    t = text if text.isascii() else unicodedata.normalize("NFC", text)
    t = _DROP.sub("", t)
    for a, b in _FOLDS:
        if a in t:
            t = t.replace(a, b)
    if _EASTERN_DIGIT.search(t):
        t = t.translate(_ARABIC_DIGITS)
    return t


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str | None) -> str | None:
    """Turn whatever the user typed into a safe FTS5 query: every word becomes a quoted prefix term, all required.

    FTS5 syntax in the input (quotes, AND/OR/NOT/NEAR, column filters, ``*``, parentheses) is treated as plain text,
    so no input can raise a syntax error. Returns None when the text has no searchable word."""
    tokens = _TOKEN.findall(normalize_for_search(text))
    if not tokens:
        return None
    return " ".join('"' + tok.replace('"', '""') + '"*' for tok in tokens)


def _date_range(f: EventFilter, a: str, params: list) -> list[str]:
    """The conditions of ``f``'s date window (events overlapping it), their parameters appended to ``params``."""
    conds = []
    if f.date_from is not None:
        conds.append(f"{a}.end_day > ?")
        params.append(f.date_from.toordinal())
    if f.date_to is not None:
        conds.append(f"{a}.start_day <= ?")
        params.append(f.date_to.toordinal())
    return conds


def where_clause(f: EventFilter | None, alias: str = "events", part: str = "all") -> tuple[str, list]:
    """The WHERE condition (without the keyword) selecting the events ``f`` lets through, and its parameters.
    ``part``: "all", or only the "dated" or the "undated" ones (simpler conditions the index can serve, for
    queries that list dated events by day and undated ones after them)."""
    f = f or EventFilter()
    a = alias
    conds = [f"{a}.merged_into IS NULL"]
    params: list = []
    if not f.include_deleted:
        conds.append(f"{a}.deleted = 0")
    if part == "undated":
        conds.append(f"{a}.start_day IS NULL")
    elif part == "dated":
        conds.append(f"{a}.start_day IS NOT NULL")
        conds += _date_range(f, a, params)
    elif f.date_from is not None or f.date_to is not None:
        cond = "(" + " AND ".join(_date_range(f, a, params)) + ")"
        if f.include_undated:
            cond = f"({a}.start_day IS NULL OR {cond})"
        conds.append(cond)
    elif not f.include_undated:
        conds.append(f"{a}.start_day IS NOT NULL")
    if f.article_ids:
        conds.append(f"{a}.id IN (SELECT event_id FROM citations WHERE article_id IN ({_qs(f.article_ids)}))")
        params += [int(i) for i in f.article_ids]
    if f.outlets:
        conds.append(f"{a}.id IN (SELECT c.event_id FROM citations c JOIN articles ar ON ar.id = c.article_id "
                     f"WHERE ar.outlet IN ({_qs(f.outlets)}))")
        params += list(f.outlets)
    for column, values in (("actors", f.actors), ("places", f.places)):
        if values:
            conds.append(f"EXISTS (SELECT 1 FROM json_each({a}.{column}) WHERE json_each.value IN ({_qs(values)}))")
            params += list(values)
    if f.min_confidence is not None:
        conds.append(f"{a}.confidence >= ?")
        params.append(float(f.min_confidence))
    if f.text is not None and f.text.strip():
        q = fts_query(f.text)
        if q is not None:  # only punctuation typed: no text condition
            conds.append(f"{a}.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
            params.append(q)
    return " AND ".join(conds), params


ORDER_BY = "events.start_day IS NULL, events.start_day, events.id"


def _qs(values) -> str:
    return ", ".join("?" for _ in values)


def filter_field_names() -> list[str]:
    return [f.name for f in fields(EventFilter)]
