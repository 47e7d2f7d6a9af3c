"""The library store: migrations, refusal of newer libraries, atomic articles, de-duplication, curation,
re-resolution on a new publication date, merge/split, search and the timeline's column arrays."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from timeline_app.model import schema
from store_fixtures import lib  # noqa: F401  (fixture)
from timeline_app.model import store as store_mod
from timeline_app.model.filters import GRANULARITIES, EventFilter, fts_query, normalize_for_search
from timeline_app.model.store import NewerSchemaError, Store, StoreError, content_hash
from timeline_app.model.types import ArticleInput, Attribution, Event, Extraction, Timex

D = dt.date


def article(text: str, published=D(2024, 3, 15), outlet="example.com", title=None) -> ArticleInput:
    return ArticleInput(text=text, path="mem.txt", format="txt", title=title, outlet=outlet, published=published,
                        published_source="metadata", published_guessed=False)


def extraction_for(text: str, items: list[tuple[str, str, D | None, D | None]], source: str | None = None):
    """One event per (evidence phrase, date phrase, start, end); spans found in ``text``."""
    ex = Extraction()
    if source:
        s = text.index(source)
        cue = text.index("قال") if "قال" in text else 0
        ex.attributions.append(Attribution(source, s, s + len(source), "person", "قال", cue, cue + 3, 0, len(text)))
    for phrase, date_phrase, start, end in items:
        p = text.index(phrase)
        ti = None
        if date_phrase:
            q = text.index(date_phrase)
            ex.timexes.append(Timex(q, q + len(date_phrase), date_phrase, "DATE", start.isoformat() if start else None,
                                    "day", start_date=start, end_date=end))
            ti = len(ex.timexes) - 1
        ex.events.append(Event(p, p + len(phrase), phrase, timex_index=ti, start_date=start, end_date=end,
                               granularity="day" if start else None, actors=["واشنطن"], places=["مسقط"],
                               attribution_indexes=[0] if source else []))
    return ex


TEXT_A = "قال المتحدث باسم الخارجية إن المحادثات جرت في مسقط يوم 10 يناير، ثم نفذت ضربات في 11 يناير."
TEXT_B = "ذكرت مصادر أن المحادثات جرت في مسقط يوم 10 يناير بين الوفدين."


def store_a(s: Store) -> int:
    ex = extraction_for(TEXT_A, [("المحادثات جرت في مسقط", "10 يناير", D(2024, 1, 10), D(2024, 1, 11)),
                                 ("نفذت ضربات", "11 يناير", D(2024, 1, 11), D(2024, 1, 12))], source="المتحدث")
    status, aid = s.add_article(article(TEXT_A, title="أ"), ex)
    assert status == "ingested"
    return aid


@pytest.fixture(autouse=True)
def no_automatic_merging(monkeypatch):
    """These tests build their own extractions; whether two events are the same happening is EVENTS' rule
    (merge.find_same_event), replaced here by "never", except where a test installs its own rule."""
    monkeypatch.setattr(store_mod, "_find_same_event", lambda db, row, article_id: None)




# --- opening, migrations ---

def test_new_library_is_migrated_wal_with_foreign_keys(tmp_path):
    path = tmp_path / "lib.db"
    with Store.open(path) as s:
        assert s.schema_version == schema.SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        rows = s.conn.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
        assert [r[0] for r in rows] == list(range(1, schema.SCHEMA_VERSION + 1))
        assert {"articles", "events", "citations", "events_fts", "articles_fts"} <= set(s.db.table_names())
    with Store.open(path) as s:  # reopening applies nothing again
        assert s.conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == schema.SCHEMA_VERSION


def test_a_version_2_library_keeps_its_article_search_without_the_text_copy(tmp_path):
    """Migration 3 makes articles_fts contentless: what was searchable stays searchable, new articles are
    indexed, and the index no longer holds a copy of the text."""
    path = tmp_path / "v2.db"
    with Store(path):
        pass
    conn = sqlite3.connect(path)  # rebuild it as release 2 wrote it
    for table in ("articles_fts", "events_fts", "migrations", "meta", "citation_attributions", "merges", "citations",
                  "events", "attributions", "timexes", "articles"):
        conn.execute(f"DROP TABLE {table}")
    for migration in schema.MIGRATIONS[:2]:
        conn.executescript(migration)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO articles(id, content_hash, format, published_source, text, ingested_at) "
                 "VALUES (1, 'h', 'txt', 'file', 'زار الوزير مسقط', 'now')")
    conn.execute("INSERT INTO articles_fts(rowid, title, text) VALUES (1, '', 'زار الوزير مسقط')")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version == 3
        assert s.search_articles("مسقط") == [1]
        assert s.conn.execute("SELECT text FROM articles_fts WHERE rowid = 1").fetchone()[0] is None
        status, aid = s.add_article(article("قال المتحدث إن الوفد وصل إلى الدوحة"), Extraction())
        assert s.search_articles("الدوحة") == [aid] and s.search_articles("مسقط") == [1]


def test_library_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NewerSchemaError) as err:
        Store(path)
    assert "newer version" in str(err.value) and "untouched" in str(err.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no -wal/-shm created either


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"just some text, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an SQLite database"):
        Store(path)
    assert path.read_bytes() == before


def test_open_without_create_refuses_missing_file(tmp_path):
    with pytest.raises(StoreError):
        Store.open(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


# --- articles ---

def test_add_article_stores_everything(lib):
    aid = store_a(lib)
    a = lib.article(aid)
    assert a["title"] == "أ" and a["published"] == "2024-03-15" and a["published_guessed"] is False
    assert len(a["timexes"]) == 2 and len(a["attributions"]) == 1 and len(a["event_ids"]) == 2
    e = lib.event(a["event_ids"][0])
    assert e["start_date"] == "2024-01-10" and e["end_date"] == "2024-01-11"
    assert e["start_day"] == D(2024, 1, 10).toordinal()
    assert e["sources"] == ["المتحدث"] and e["outlets"] == ["example.com"]
    (cit,) = e["citations"]
    assert cit["evidence_text"] == "المحادثات جرت في مسقط"
    assert cit["timex"]["text"] == "10 يناير"
    assert [x["source"] for x in cit["attributions"]] == ["المتحدث"]
    assert e["attributions"][0]["cue"] == "قال"


def test_duplicate_text_is_not_stored_twice(lib):
    aid = store_a(lib)
    variant = "\ufeff  " + TEXT_A.replace(" ", "  ").replace("المحادثات", "المحادثـــات") + "\n"
    assert content_hash(variant) == content_hash(TEXT_A)
    assert lib.add_article(article(variant)) == ("duplicate", aid)
    assert lib.article_count() == 1
    assert lib.add_article(article(TEXT_B), Extraction())[0] == "ingested"


def test_a_failure_mid_article_leaves_nothing_of_it(lib, monkeypatch):
    store_a(lib)
    before = lib.stats()
    real = Store._insert_event
    calls = {"n": 0}

    def flaky(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_insert_event", flaky)
    text = "وقال الوزير إن الاجتماع عقد في 5 مارس وإن الاتفاق وقع في 6 مارس."
    ex = extraction_for(text, [("الاجتماع عقد", "5 مارس", D(2024, 3, 5), D(2024, 3, 6)),
                               ("الاتفاق وقع", "6 مارس", D(2024, 3, 6), D(2024, 3, 7))])
    with pytest.raises(RuntimeError):
        lib.add_article(article(text), ex)
    assert calls["n"] == 2  # the first event was written before the failure...
    assert lib.stats() == before  # ...and rolled back with everything else
    assert lib.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1
    assert lib.conn.execute("SELECT count(*) FROM events_fts").fetchone()[0] == before["events"]
    assert not lib.conn.in_transaction
    monkeypatch.setattr(Store, "_insert_event", real)
    assert lib.add_article(article(text), ex)[0] == "ingested"  # and the same article goes in fine afterwards


def test_empty_article_is_refused(lib):
    with pytest.raises(StoreError):
        lib.add_article(article("   \n "), Extraction())
    assert lib.article_count() == 0


def test_add_article_without_extraction_runs_the_extractor(lib, monkeypatch):
    seen = {}

    def fake(text, published):
        seen["args"] = (text, published)
        return extraction_for(text, [("المحادثات جرت في مسقط", "10 يناير", D(2024, 1, 10), D(2024, 1, 11))])

    monkeypatch.setattr(store_mod, "run_extraction", fake)
    status, aid = lib.add_article(article(TEXT_B, published=D(2024, 2, 1)))
    assert status == "ingested" and seen["args"] == (TEXT_B, D(2024, 2, 1))
    assert len(lib.article(aid)["event_ids"]) == 1


# --- queries ---

def test_query_order_filters_and_columns(lib):
    aid = store_a(lib)
    undated = lib.add_user_event(aid, 0, 3, "حدث بلا تاريخ")
    later = lib.add_user_event(aid, 4, 10, "حدث لاحق", D(2024, 2, 1), D(2024, 2, 11), "range")
    ids = lib.query_event_ids(EventFilter())
    assert ids[-1] == undated and ids[-2] == later and len(ids) == 4
    assert lib.query_event_ids(EventFilter(include_undated=False)) == ids[:-1]
    assert lib.query_event_ids(EventFilter(date_from=D(2024, 1, 11), include_undated=False)) == ids[1:3]
    assert lib.query_event_ids(EventFilter(date_to=D(2024, 1, 10), include_undated=False)) == ids[:1]
    assert lib.query_event_ids(EventFilter(date_from=D(2024, 2, 5), date_to=D(2024, 2, 5))) == [later, undated]
    assert lib.query_event_ids(EventFilter(outlets=["example.com"], include_undated=False)) == ids[:3]
    assert lib.query_event_ids(EventFilter(outlets=["nowhere"])) == []
    assert lib.query_event_ids(EventFilter(places=["مسقط"])) == ids[:2]
    assert lib.query_event_ids(EventFilter(min_confidence=0.9)) == [later, undated]
    assert lib.query_event_ids(EventFilter(article_ids=[aid])) == ids
    assert lib.query_event_ids(EventFilter(text="ضربات")) == [ids[1]]

    cols = lib.timeline_columns(EventFilter())
    assert list(cols["id"]) == ids
    assert cols["start_day"].dtype == np.int32 and cols["confidence"].dtype == np.float32
    assert cols["start_day"][0] == D(2024, 1, 10).toordinal() and cols["end_day"][0] == D(2024, 1, 11).toordinal()
    assert cols["start_day"][-1] == store_mod.UNDATED_DAY
    assert cols["granularity_code"][2] == GRANULARITIES.index("range")
    assert cols["article_id"][0] == aid
    assert set(cols) == {"id", "start_day", "end_day", "granularity_code", "mod_code", "article_id", "confidence"}
    empty = lib.timeline_columns(EventFilter(text="غير موجود إطلاقا"))
    assert all(len(v) == 0 for v in empty.values())

    rows = lib.events_by_ids([ids[2], ids[0], 99999])
    assert [r["id"] for r in rows] == [ids[2], ids[0]]
    assert rows[1]["outlet"] == "example.com" and rows[1]["citation_count"] == 1


def test_facets_count_visible_events(lib):
    store_a(lib)
    f = lib.facets()
    assert f["outlets"] == [("example.com", 2)]
    assert ("مسقط", 2) in f["places"] and ("واشنطن", 2) in f["actors"]
    lib.delete_event(lib.query_event_ids()[0])
    assert lib.facets()["outlets"] == [("example.com", 1)]


@pytest.mark.parametrize("hostile", [
    '"', '""', "'", "AND", "OR NOT", "NEAR(", "*", "title:", "title:مسقط", "^مسقط", "(((", ")", "-", "+",
    "'; DROP TABLE events; --", "\\", "\x00", "مسقط\" OR \"", "NEAR(مسقط ضربات, 2)", "   ", "", "؟!،",
    "{title actors}: x", "a" * 5000])
def test_search_never_raises_on_user_syntax(lib, hostile):
    store_a(lib)
    ids = lib.search(hostile)
    assert isinstance(ids, list)
    assert lib.query_event_ids(EventFilter(text=hostile)) is not None
    assert lib.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2


def test_search_finds_words_across_spelling_variants(lib):
    aid = store_a(lib)
    first = lib.query_event_ids()[0]
    assert lib.search("المُحادَثات") == [first]       # tashkeel in the query
    assert lib.search("المحادثـات") == [first]        # tatweel
    assert sorted(lib.search("المتحدث")) == lib.query_event_ids()  # attribution source is indexed
    assert lib.search("محادث") == []                  # prefix of a clitic-less form only
    assert lib.search("المحاد") == [first]            # prefix search
    assert lib.search("title:جرت") == []              # column syntax is plain text: «title» is a required word
    assert lib.search("جرت OR ضربات") == []           # operators too: «OR» is a word no event has
    assert lib.search_articles("الخارجية") == [aid]
    assert normalize_for_search("أإآى ة") == "اااي ه"
    assert fts_query('a"b') == '"a"* "b"*'


# --- curation ---

def test_update_event_marks_user_edited_and_reindexes(lib):
    store_a(lib)
    eid = lib.query_event_ids()[0]
    lib.update_event(eid, title="لقاء عمان", start_date=D(2024, 1, 9), actors=["طهران"])
    e = lib.event(eid)
    assert e["user_edited"] is True and e["title"] == "لقاء عمان" and e["actors"] == ["طهران"]
    assert e["start_date"] == "2024-01-09" and e["end_date"] == "2024-01-11"
    assert e["start_day"] == D(2024, 1, 9).toordinal()
    assert lib.search("لقاء") == [eid] and lib.search("طهران") == [eid]
    lib.update_event(eid, start_date=None)
    assert lib.event(eid)["start_day"] is None and lib.event(eid)["end_date"] is None
    with pytest.raises(StoreError):
        lib.update_event(eid, user_edited=0)
    with pytest.raises(StoreError):
        lib.update_event(eid, start_date="2024-01-10", end_date="2024-01-10")
    with pytest.raises(StoreError):
        lib.update_event(eid, title="  ")
    with pytest.raises(StoreError):
        lib.update_event(123456, title="x")


def test_delete_and_restore(lib):
    store_a(lib)
    eid = lib.query_event_ids()[0]
    lib.delete_event(eid)
    assert eid not in lib.query_event_ids() and eid not in lib.search("مسقط")
    assert eid in lib.query_event_ids(EventFilter(include_deleted=True))
    lib.restore_event(eid)
    assert eid in lib.query_event_ids()
    with pytest.raises(StoreError):
        lib.delete_event(99999)


def test_add_user_event_validates(lib):
    aid = store_a(lib)
    eid = lib.add_user_event(aid, 0, 3, "قول المتحدث", D(2024, 1, 1))
    e = lib.event(eid)
    assert e["origin"] == "user" and e["user_edited"] is True and e["end_date"] == "2024-01-02"
    assert e["citations"][0]["evidence_text"] == TEXT_A[0:3]
    with pytest.raises(StoreError):
        lib.add_user_event(aid, 5, 5000, "خارج النص")
    with pytest.raises(StoreError):
        lib.add_user_event(9999, 0, 1, "x")


def test_user_merge_and_split(lib):
    aid = store_a(lib)
    a, b = lib.query_event_ids()
    merge_id = lib.merge_events(a, b)
    assert lib.query_event_ids() == [a]
    e = lib.event(a)
    assert len(e["citations"]) == 2 and e["merges"][0]["id"] == merge_id
    with pytest.raises(StoreError):
        lib.merge_events(a, b)  # b is already merged
    with pytest.raises(StoreError):
        lib.merge_events(a, a)
    assert lib.split_event(a) == [b]
    assert lib.query_event_ids() == [a, b]
    assert len(lib.event(a)["citations"]) == 1 and len(lib.event(b)["citations"]) == 1
    assert lib.event(b)["citations"][0]["evidence_text"] == "نفذت ضربات"
    assert lib.split_event(a) == []


def test_same_event_in_two_articles_is_merged_automatically_and_splits_back(lib, monkeypatch):
    aid_a = store_a(lib)
    talks = lib.query_event_ids()[0]
    calls = []

    def same(db, row, article_id):  # stands in for merge.find_same_event: same start day
        calls.append((row["title"], row["text_evidence"], article_id))
        r = db.execute("SELECT id FROM events WHERE start_day = ? AND article_id != ?",
                       [row["start_day"], article_id]).fetchone()
        return r[0] if r else None

    monkeypatch.setattr(store_mod, "_find_same_event", same)
    ex = extraction_for(TEXT_B, [("المحادثات جرت في مسقط", "10 يناير", D(2024, 1, 10), D(2024, 1, 11))])
    ex.attributions.append(Attribution("مصادر", 5, 10, "official_anonymous", "ذكرت", 0, 4, 11, len(TEXT_B)))
    ex.events[0].attribution_indexes = [0]
    status, aid_b = lib.add_article(article(TEXT_B, outlet="other.net"), ex)
    assert status == "ingested" and calls[0][1] == "المحادثات جرت في مسقط" and calls[0][2] == aid_b
    assert len(lib.query_event_ids()) == 2  # no new visible event
    e = lib.event(talks)
    assert sorted(c["article_id"] for c in e["citations"]) == [aid_a, aid_b]
    assert e["outlets"] == ["example.com", "other.net"] and set(e["sources"]) == {"المتحدث", "مصادر"}
    assert e["merges"][0]["by"] == "auto"
    assert lib.search("مصادر") == [talks]
    assert lib.query_event_ids(EventFilter(outlets=["other.net"])) == [talks]
    (restored,) = lib.split_event(talks)
    r = lib.event(restored)
    assert [c["article_id"] for c in r["citations"]] == [aid_b] and r["sources"] == ["مصادر"]
    assert lib.event(talks)["outlets"] == ["example.com"]
    assert len(lib.query_event_ids()) == 3


# --- re-resolution ---

TEXT_R = "قال الوزير إن الاجتماع عقد أمس في الرياض، وإن الاتفاق سيوقع غدا."


def fake_extract(text, published):
    """A tiny extractor for these tests: «أمس» and «غدا» relative to ``published``."""
    items = [("الاجتماع عقد", "أمس", published - dt.timedelta(days=1)),
             ("الاتفاق سيوقع", "غدا", published + dt.timedelta(days=1))]
    return extraction_for(text, [(p, d, s, s + dt.timedelta(days=1)) for p, d, s in items], source="الوزير")


def test_set_published_re_resolves_unedited_events_and_keeps_edited_ones(lib, monkeypatch):
    monkeypatch.setattr(store_mod, "run_extraction", fake_extract)
    art = ArticleInput(TEXT_R, "r.txt", "txt", published=D(2026, 1, 1), published_source="file",
                       published_guessed=True)
    _, aid = lib.add_article(art)
    meeting, signing = lib.query_event_ids()
    assert lib.event(meeting)["start_date"] == "2025-12-31"
    lib.update_event(signing, title="توقيع الاتفاق")  # the user's edit must survive
    lib.set_published(aid, D(2024, 3, 15))
    a = lib.article(aid)
    assert a["published"] == "2024-03-15" and a["published_source"] == "user" and a["published_guessed"] is False
    ids = lib.query_event_ids()
    titles = {lib.event(i)["title"]: lib.event(i) for i in ids}
    assert set(titles) == {"الاجتماع عقد", "توقيع الاتفاق"}  # no second copy of the edited event
    assert titles["الاجتماع عقد"]["start_date"] == "2024-03-14"
    assert titles["توقيع الاتفاق"]["start_date"] == "2026-01-02"  # kept as the user left it
    assert meeting not in ids and signing in ids
    assert len(a["timexes"]) == 2 and a["timexes"][0]["start_date"] == "2024-03-14"
    assert lib.event(titles["الاجتماع عقد"]["id"])["sources"] == ["الوزير"]
    with pytest.raises(StoreError):
        lib.set_published(999, D(2024, 1, 1))


def test_set_published_undoes_merges_of_replaced_events(lib, monkeypatch):
    monkeypatch.setattr(store_mod, "run_extraction", fake_extract)
    _, a1 = lib.add_article(ArticleInput(TEXT_R, "r.txt", "txt", published=D(2024, 3, 15)))
    text2 = TEXT_R.replace("الوزير", "الوزير السعودي")
    _, a2 = lib.add_article(ArticleInput(text2, "r2.txt", "txt", published=D(2024, 3, 15)))
    first = lib.query_event_ids()
    assert len(first) == 4
    lib.merge_events(first[0], first[1])  # meeting in a1 absorbs meeting in a2
    lib.set_published(a1, D(2024, 5, 1))
    ids = lib.query_event_ids()
    assert len(ids) == 4
    a2_events = [i for i in ids if lib.event(i)["article_id"] == a2]
    assert [lib.event(i)["start_date"] for i in a2_events] == ["2024-03-14", "2024-03-16"]
    assert all(len(lib.event(i)["citations"]) == 1 for i in ids)
    assert lib.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_library_is_readable_by_plain_sqlite(tmp_path):
    path = tmp_path / "lib.db"
    with Store(path) as s:
        store_a(s)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    assert conn.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH '\"ضربات\"'").fetchall() == [(2,)]
    assert json.loads(conn.execute("SELECT places FROM events WHERE id = 1").fetchone()[0]) == ["مسقط"]
    conn.close()


def test_inside_a_batch_a_failing_article_is_undone_alone(tmp_path, monkeypatch):
    path = tmp_path / "lib.db"
    real = Store._insert_event
    texts = [f"{TEXT_A} رقم {i}" for i in range(3)]

    def flaky(self, article_id, text, *args, **kwargs):
        if "رقم 1" in text and kwargs.get("_second") is None:
            # fail on this article's second event, after its first one was written
            if self.conn.execute("SELECT count(*) FROM events WHERE article_id = ?", (article_id,)).fetchone()[0]:
                raise RuntimeError("boom")
        return real(self, article_id, text, *args, **kwargs)

    monkeypatch.setattr(Store, "_insert_event", flaky)
    with Store(path) as s:
        with s.batch(size=100):
            for t in texts:
                ex = extraction_for(t, [("المحادثات جرت في مسقط", "10 يناير", D(2024, 1, 10), D(2024, 1, 11)),
                                        ("نفذت ضربات", "11 يناير", D(2024, 1, 11), D(2024, 1, 12))])
                try:
                    s.add_article(article(t), ex)
                except RuntimeError:
                    pass
        assert not s.conn.in_transaction
    with Store(path) as s:  # what was committed, seen from a fresh connection
        assert s.article_count() == 2
        assert s.stats()["events"] == 4 and s.stats()["timexes"] == 4
        assert all("رقم 1" not in (s.article(a["id"])["text"]) for a in s.articles())
        assert s.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 2


def test_timeline_columns_unordered_holds_the_same_events(lib):
    aid = store_a(lib)
    lib.add_user_event(aid, 0, 3, "بلا تاريخ")
    ordered = lib.timeline_columns(EventFilter())
    loose = lib.timeline_columns(EventFilter(), ordered=False)
    assert sorted(ordered["id"]) == sorted(loose["id"])
    assert set(zip(ordered["id"], ordered["start_day"])) == set(zip(loose["id"], loose["start_day"]))


def test_a_folder_is_not_a_library(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        Store(tmp_path)


def test_transactions_nest_and_join_an_open_one(lib):
    aid = store_a(lib)
    a, b = lib.query_event_ids()
    with pytest.raises(RuntimeError):
        with lib.transaction():
            lib.update_event(a, title="عنوان جديد")
            lib.delete_event(b)
            raise RuntimeError("undo everything")
    assert lib.event(a)["title"] == "المحادثات جرت في مسقط" and not lib.event(b)["deleted"]
    lib.conn.execute("BEGIN")
    lib.delete_event(b)  # joins the caller's transaction instead of failing
    lib.conn.execute("ROLLBACK")
    assert not lib.event(b)["deleted"]
    with lib.transaction():
        lib.merge_events(a, b)
        lib.update_event(a, title="لقاء")
    assert lib.query_event_ids() == [a] and lib.event(a)["title"] == "لقاء"
    assert aid == 1


# --- bulk writes: merge candidates and the full-text index inside a batch ---

STRIKES = "نفذت الولايات المتحدة ضربات عسكرية على أهداف للحوثيين في اليمن"
STRIKES_AGAIN = "الولايات المتحدة تنفذ ضربات عسكرية على أهداف الحوثيين في اليمن"
HOSPITAL = "افتتح وزير الصحة مستشفى جديدا في الرياض"


def _one_event_article(s: Store, title: str, n: int) -> int:
    """An article (number ``n``) with one event on 2024-01-11 whose evidence (and title) is ``title``."""
    text = f"{title} يوم 11 يناير ({n})."
    ex = extraction_for(text, [(title, "11 يناير", D(2024, 1, 11), D(2024, 1, 12))])
    status, aid = s.add_article(article(text), ex)
    assert status == "ingested"
    return s.conn.execute("SELECT id FROM events WHERE article_id = ?", (aid,)).fetchone()[0]


@pytest.mark.parametrize("who", ["this connection", "another connection"])
def test_merge_sees_a_title_changed_after_it_was_cached(tmp_path, monkeypatch, who):
    """merge.find_same_event caches candidate titles per connection; a title changed since (by this store or by
    another connection) is compared as it is now."""
    from timeline_app.model import merge
    monkeypatch.setattr(store_mod, "_find_same_event", merge.find_same_event)
    with Store(tmp_path / "lib.db") as s:
        e1 = _one_event_article(s, STRIKES, 1)
        _one_event_article(s, HOSPITAL + " الجديد", 2)  # looks at e1 (and caches its title); no merge
        assert s.stats()["merges"] == 0
        if who == "this connection":
            s.update_event(e1, title=HOSPITAL)
        else:
            with Store(tmp_path / "lib.db") as other:
                other.update_event(e1, title=HOSPITAL)
        e3 = _one_event_article(s, STRIKES_AGAIN, 3)  # like e1's old title only: not the same happening now
        assert s.event(e3)["merged_into"] is None and s.stats()["merges"] == 0
        e4 = _one_event_article(s, STRIKES, 4)  # like e3: merged into it
        assert s.event(e4)["merged_into"] == e3


def test_a_batch_indexes_merged_and_undone_articles_right(tmp_path, monkeypatch):
    """Inside batch() the full-text rows are written at commit: every stored event and article has exactly its
    row, a kept event is found by its merged citations' sources, an article undone in the batch has none."""
    def same(db, row, article_id):  # the same start day is the same happening
        hit = db.conn.execute("SELECT id FROM events WHERE start_day = ? AND article_id != ? AND merged_into IS NULL",
                              (row["start_day"], article_id)).fetchone()
        return hit[0] if hit else None
    monkeypatch.setattr(store_mod, "_find_same_event", same)
    path = tmp_path / "lib.db"
    with Store(path) as s:
        with s.batch(size=1000, seconds=1000):
            first = store_a(s)
            text = "قال السفير إن المحادثات جرت في مسقط يوم 10 يناير."
            ex = extraction_for(text, [("المحادثات جرت في مسقط", "10 يناير", D(2024, 1, 10), D(2024, 1, 11))],
                                source="السفير")
            s.add_article(article(text, outlet="other.example"), ex)
            with pytest.raises(RuntimeError):
                with s.transaction():
                    s.add_article(article("نص سيلغى قبل أن يحفظ"), Extraction())
                    raise RuntimeError("undone")
            assert s.search("السفير") == []  # not indexed before the batch commits
        kept = s.search("السفير")
        assert len(kept) == 1 and kept[0] in s.search("المتحدث")
        assert s.event(kept[0])["article_id"] == first and len(s.event(kept[0])["citations"]) == 2
        c = s.conn
        assert c.execute("SELECT count(*) FROM events_fts").fetchone()[0] == c.execute(
            "SELECT count(*) FROM events").fetchone()[0] == 3
        assert sorted(r[0] for r in c.execute("SELECT rowid FROM articles_fts")) == [1, 2]
        assert s.search_articles("سيلغى") == []
        assert (kept[0],) in c.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH 'other'").fetchall()


# --- re-resolution keeps what the user curated ---

def _r_article(lib, monkeypatch, text=TEXT_R, path="r.txt") -> int:
    monkeypatch.setattr(store_mod, "run_extraction", fake_extract)
    _, aid = lib.add_article(ArticleInput(text, path, "txt", published=D(2026, 1, 1), published_source="file",
                                          published_guessed=True))
    return aid


def test_set_published_keeps_a_deleted_event_deleted_and_re_resolves_it(lib, monkeypatch):
    aid = _r_article(lib, monkeypatch)
    meeting, signing = lib.query_event_ids()
    lib.delete_event(meeting)  # deleted, never edited
    lib.set_published(aid, D(2024, 3, 15))
    assert [lib.event(i)["title"] for i in lib.query_event_ids()] == ["الاتفاق سيوقع"]  # not back
    gone = lib.event(meeting)  # the same row, still deleted, re-resolved against the new date
    assert gone["deleted"] is True and gone["start_date"] == "2024-03-14"
    assert lib.query_event_ids(EventFilter(include_deleted=True)).count(meeting) == 1
    assert len(lib.conn.execute("SELECT id FROM events WHERE article_id = ?", (aid,)).fetchall()) == 2
    lib.restore_event(meeting)  # undo of the delete still works, with the new date and its source
    back = lib.event(meeting)
    assert back["start_date"] == "2024-03-14" and back["sources"] == ["الوزير"]
    assert back["citations"][0]["timex"]["start_date"] == "2024-03-14"
    lib.set_published(aid, D(2024, 5, 1))  # restored and unedited: re-resolved like any other
    assert sorted(lib.event(i)["start_date"] for i in lib.query_event_ids()) == ["2024-04-30", "2024-05-02"]


def test_set_published_keeps_an_event_merged_into_a_deleted_one_hidden(lib, monkeypatch):
    a1 = _r_article(lib, monkeypatch)
    _r_article(lib, monkeypatch, TEXT_R.replace("الوزير", "الوزير السعودي"), "r2.txt")
    m1, s1, m2, s2 = sorted(lib.query_event_ids())
    lib.merge_events(m2, m1)  # a2's meeting absorbs a1's
    lib.delete_event(m2)  # then the user drops it
    lib.set_published(a1, D(2024, 3, 15))
    live = lib.query_event_ids()
    assert len(live) == 2 and m1 not in live and m2 not in live
    assert all(lib.event(i)["title"] == "الاتفاق سيوقع" for i in live)
    assert lib.event(m1)["merged_into"] == m2 and lib.event(m2)["deleted"] is True
    assert lib.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_set_published_keeps_edited_events_with_their_sources_and_timex(lib, monkeypatch):
    aid = _r_article(lib, monkeypatch)
    meeting, signing = lib.query_event_ids()
    lib.update_event(signing, start_date=D(2026, 1, 5), end_date=D(2026, 1, 6))  # an edit of the date only
    before = lib.event(signing)
    lib.set_published(aid, D(2024, 3, 15))
    after = lib.event(signing)
    assert after["user_edited"] is True and after["start_date"] == "2026-01-05" == before["start_date"]
    assert after["title"] == before["title"] and after["sources"] == ["الوزير"]
    assert [a["source"] for a in after["attributions"]] == ["الوزير"]  # the link to the re-extracted claim
    assert after["citations"][0]["timex"]["text"] == "غدا"
    assert len(lib.query_event_ids()) == 2  # and no second copy of it
    assert lib.search("الوزير") and signing in lib.search("الوزير")
