"""What a printed timeline shows, gathered from the store in one pass (no painting here).

``gather(store, event_filter, title)`` returns a :class:`PrintData`: the header texts, the dated and undated events in
timeline order, and for each event its citations (the article it came from and who said it), numbered in reading
order so the event list can print them as footnotes. Citations are read with one SQL query per 500 events against
the schema contract (``citations`` ⋈ ``articles`` ⋈ ``attributions``), so a thousand events cost milliseconds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from timeline_app.ui.timeline import calendar as cal

_MOD_PREFIX = {"START": "أوائل", "MID": "منتصف", "END": "أواخر", "APPROX": "نحو",
               "ON_OR_BEFORE": "حتى"}   # reported: no date in the text, by the publication day
UNDATED = "بلا تاريخ"


@dataclass(frozen=True)
class DateWords:
    """How the document writes dates and numbers: the reader's month names (levant «كانون الثاني», egypt «يناير»,
    maghreb «جانفي») and digits (western 0123, arabic ٠١٢٣), the same settings as the timeline on screen."""
    family: str = "levant"
    digits: str = "western"

    def num(self, n: int | str) -> str:
        text = cal.digits(str(n), self.digits)
        return text.replace(".", "٫") if self.digits == "arabic" else text  # the Arabic decimal separator

    def month(self, m: int) -> str:
        return cal.month_name(m, self.family)

    def count(self, n: int, forms: tuple[str, str, str, str, str, str]) -> str:
        """``n`` things in Arabic: forms for 0, 1, 2, 3–10, 11–99 and 100+ (as n mod 100 goes), "%n" the number:
        «حدث واحد», «حدثان», «3 أحداث», «11 حدثًا», «100 حدث»."""
        m = n % 100
        form = forms[0] if n == 0 else forms[1] if n == 1 else forms[2] if n == 2 else \
            forms[3] if 3 <= m <= 10 else forms[4] if m >= 11 else forms[5]
        return form.replace("%n", self.num(n))

    def date(self, d: dt.date) -> str:
        return f"{self.num(d.day)} {self.month(d.month)} {self.num(d.year)}"

    def iso(self, iso: str) -> str:
        try:
            return self.date(dt.date.fromisoformat(iso[:10]))
        except ValueError:
            return iso

    def span(self, start: int | None, end: int | None, granularity: str | None, mod: str | None) -> str:
        """The resolved date as a reader would say it: «10 يناير 2024», «يناير 2024», «أوائل فبراير 2024», «2019»,
        «1–10 فبراير 2024». Falls back to an explicit range for anything else."""
        if start is None:
            return UNDATED
        a = dt.date.fromordinal(start)
        last = dt.date.fromordinal(max(start, (end or start + 1) - 1))
        prefix = _MOD_PREFIX.get(mod or "", "")
        n, m = self.num, self.month
        if a == last:
            text = self.date(a)
        elif a.day == 1 and a.month == 1 and last.month == 12 and last.day == 31 and a.year == last.year:
            text = n(a.year)
        elif a.day == 1 and a.year == last.year and a.month == last.month and (last + dt.timedelta(days=1)).day == 1:
            text = f"{m(a.month)} {n(a.year)}"
        elif prefix and a.year == last.year and a.month == last.month:
            return f"{prefix} {m(a.month)} {n(a.year)}"
        elif a.year == last.year and a.month == last.month:
            text = f"{n(a.day)}–{n(last.day)} {m(a.month)} {n(a.year)}"
        elif a.year == last.year:
            text = f"{n(a.day)} {m(a.month)} – {n(last.day)} {m(last.month)} {n(a.year)}"
        else:
            text = f"{self.date(a)} – {self.date(last)}"
        return f"{prefix} {text}" if prefix else text


DEFAULT_WORDS = DateWords()
EVENTS = ("لا أحداث", "حدث واحد", "حدثان", "%n أحداث", "%n حدثًا", "%n حدث")
YEARS = ("لا سنوات", "سنة", "سنتان", "%n سنوات", "%n سنة", "%n سنة")
MONTHS_COUNT = ("لا أشهر", "شهر", "شهران", "%n أشهر", "%n شهرًا", "%n شهر")
DAYS = ("لا أيام", "يوم", "يومان", "%n أيام", "%n يومًا", "%n يوم")


@dataclass
class Citation:
    number: int                 # footnote number, 1.. in reading order over the whole document
    sources: str                # who said it (attribution sources), may be ""
    article_title: str
    outlet: str
    published: str              # ISO date or ""
    url: str

    def footnote(self, url_on_own_line: bool = True, words: DateWords = DEFAULT_WORDS) -> str:
        """Source — «title», outlet, date, then the URL (on a line of its own unless asked otherwise). Each part is a
        bidi isolate, so a Latin outlet or a date never reorders its neighbours in the right-to-left line."""
        parts = [f"«{self.article_title}»" if self.article_title else "", self.outlet,
                 words.iso(self.published) if self.published else ""]
        text = "، ".join(_isolate(p) for p in parts if p)
        if self.sources:
            text = f"{_isolate(self.sources)} — {text}"
        if self.url:  # (line separator,) then the URL isolated left to right
            text += ("\u2028" if url_on_own_line else "  ") + "\u2066" + self.url + "\u2069"
        return text


def _isolate(text: str) -> str:
    return "\u2068" + text + "\u2069"  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE


@dataclass
class PrintEvent:
    number: int                 # 1.. in timeline order; the same number labels the event on the timeline
    id: int
    title: str
    date_text: str
    start_day: int | None       # date.toordinal(); None when undated
    end_day: int | None         # exclusive
    granularity: str | None
    mod: str | None
    confidence: float
    citations: list[Citation] = field(default_factory=list)
    words: DateWords = DEFAULT_WORDS

    @property
    def dated(self) -> bool:
        return self.start_day is not None

    @property
    def reported(self) -> bool:
        """Told without a date: placed on or before its article's publication day."""
        return self.mod == "ON_OR_BEFORE"

    @property
    def resolved(self) -> str:
        return self.words.span(self.start_day, self.end_day, self.granularity, self.mod)


@dataclass
class PrintData:
    title: str
    filter_text: str
    events: list[PrintEvent]
    generated: dt.date = field(default_factory=dt.date.today)
    timeline: Any = None        # TimelineData (TIMELINE's painting arrays) for the same filter
    columns: dict | None = None  # Store.timeline_columns for the same filter (strips build their own lanes from it)
    words: DateWords = DEFAULT_WORDS

    @property
    def dated(self) -> list[PrintEvent]:
        return [e for e in self.events if e.dated]

    @property
    def undated(self) -> list[PrintEvent]:
        return [e for e in self.events if not e.dated]

    def extent(self) -> tuple[int, int] | None:
        """[first day, last day) over the dated events."""
        d = self.dated
        if not d:
            return None
        return min(e.start_day for e in d), max(e.end_day or e.start_day + 1 for e in d)

    def range_text(self) -> str:
        ext = self.extent()
        if ext is None:
            return "لا أحداث مؤرخة"
        a, b = dt.date.fromordinal(ext[0]), dt.date.fromordinal(max(ext[0], ext[1] - 1))
        if a == b:
            return self.words.date(a)
        return f"من {self.words.date(a)} إلى {self.words.date(b)}"


# --- date formatting with the default words (levant month names, Western digits) ---

def format_date(d: dt.date, words: DateWords = DEFAULT_WORDS) -> str:
    return words.date(d)


def format_iso(iso: str, words: DateWords = DEFAULT_WORDS) -> str:
    return words.iso(iso)


def format_span(start: int | None, end: int | None, granularity: str | None, mod: str | None,
                words: DateWords = DEFAULT_WORDS) -> str:
    return words.span(start, end, granularity, mod)


# --- gathering from the store ---

def library_name(store: Any) -> str:
    """The library's display name: ``meta.name`` when set, else the file name without its suffixes."""
    try:
        row = store.conn.execute("SELECT value FROM meta WHERE key = 'name'").fetchone()
        if row and row[0]:
            return str(row[0])
    except Exception:  # a library without the meta row is normal
        pass
    name = Path(str(getattr(store, "path", "") or "timeline")).name
    for suffix in (".db", ".tldb", ".timeline", ".sqlite"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name or "timeline"


def gather(store: Any, event_filter: Any = None, title: str | None = None,
           words: DateWords = DEFAULT_WORDS) -> PrintData:
    from timeline_app.model.filters import EventFilter
    from timeline_app.ui.filter_text import describe_filter, document_translator

    f = event_filter if event_filter is not None else EventFilter()
    ids = list(store.query_event_ids(f))
    rows = store.events_by_ids(ids) if ids else []
    by_id = {int(r["id"]): r for r in rows}
    events = [_event(i + 1, by_id[eid], words) for i, eid in enumerate(e for e in ids if e in by_id)]
    _attach_citations(store.conn, events)
    from timeline_app.ui.timeline import TimelineData  # Qt-side arrays, the ones the screen paints
    from timeline_app.ui.timeline.loader import article_maps
    columns = store.timeline_columns(f)
    outlets, _titles = article_maps(store.conn)
    # the document is Arabic whatever the interface language (and the CLI has none): the filter in Arabic words
    filter_text = describe_filter(f, document_translator(), date_text=words.date, number=words.num,
                                  article_names=_article_titles(store.conn, f.article_ids))
    return PrintData(title=title or library_name(store), filter_text=filter_text, events=events,
                     timeline=TimelineData.from_columns(columns, outlets, "outlet"), columns=columns, words=words)


def _article_titles(conn: Any, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = conn.execute(f"SELECT id, title FROM articles WHERE id IN ({', '.join('?' for _ in ids)})",
                        [int(i) for i in ids]).fetchall()
    return {int(i): (t or "").strip() for i, t in rows}


def _event(number: int, r: dict, words: DateWords = DEFAULT_WORDS) -> PrintEvent:
    start, end = r.get("start_day"), r.get("end_day")
    if start is None and r.get("start_date"):
        start = dt.date.fromisoformat(r["start_date"]).toordinal()
        end = dt.date.fromisoformat(r["end_date"]).toordinal() if r.get("end_date") else start + 1
    return PrintEvent(number=number, id=int(r["id"]), title=str(r.get("title") or "").strip(),
                      date_text=str(r.get("date_text") or "").strip(),
                      start_day=int(start) if start is not None else None,
                      end_day=int(end) if end is not None else None,
                      granularity=r.get("granularity"), mod=r.get("mod"),
                      confidence=float(r.get("confidence") or 0.0), words=words)


_CITATIONS_SQL = """
SELECT c.event_id, c.id, a.title, a.outlet, a.published, a.url,
       (SELECT group_concat(src, '، ') FROM (SELECT DISTINCT at.source AS src FROM citation_attributions ca
          JOIN attributions at ON at.id = ca.attribution_id WHERE ca.citation_id = c.id ORDER BY at.id))
FROM citations c JOIN articles a ON a.id = c.article_id
WHERE c.event_id IN ({qs})
ORDER BY c.event_id, c.id
"""


def _attach_citations(conn: Any, events: list[PrintEvent]) -> None:
    by_id = {e.id: e for e in events}
    found: dict[int, list[tuple]] = {}
    for chunk in _chunks(list(by_id), 500):
        sql = _CITATIONS_SQL.format(qs=", ".join("?" for _ in chunk))
        for row in conn.execute(sql, chunk):
            found.setdefault(int(row[0]), []).append(row)
    numbers: dict[tuple, Citation] = {}
    for e in events:  # number footnotes in reading order; the same source in the same article keeps its number
        for row in found.get(e.id, []):
            key = (row[6] or "", (row[2] or "").strip(), (row[3] or "").strip(), row[4] or "", (row[5] or "").strip())
            c = numbers.get(key)
            if c is None:
                c = numbers[key] = Citation(len(numbers) + 1, *key)
            if c not in e.citations:
                e.citations.append(c)


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]
