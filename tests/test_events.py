"""Events: anchoring to placed dates, titles, undated happenings, dedup of repeated leads, actors/places, merging."""
from __future__ import annotations

import datetime as dt
import json

from timeline_app.model.attribution import find_attributions, sentences
from timeline_app.model.events import build_events, make_title, period_interval, season_interval
from timeline_app.model.gazetteer import Norm, gazetteer, person_mentions
from timeline_app.model.merge import find_same_event, jaccard, trigrams
from timeline_app.model.types import Timex

D = dt.date


def tx(text: str, phrase: str, start: D | None, end: D | None, type_="DATE", value="x", gran="day", occurrence=0):
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(phrase, pos + 1)
    return Timex(pos, pos + len(phrase), phrase, type_, value, gran, start_date=start, end_date=end)


def events_of(text: str, timexes: list[Timex], published: D = D(2024, 3, 15)):
    norm = Norm(text)
    sents = sentences(norm.s)
    atts = find_attributions(text, norm, sents)
    return build_events(text, norm, sents, timexes, atts, published), atts


def test_dated_event_title_drops_frame_and_date():
    t = "وقال مسؤولون أميركيون إن البلدين أجريا محادثات سرية في سلطنة عُمان يوم العاشر من يناير الماضي."
    evs, atts = events_of(t, [tx(t, "يوم العاشر من يناير الماضي", D(2024, 1, 10), D(2024, 1, 11))])
    e = evs[0]
    assert e.title == "البلدين أجريا محادثات سرية في سلطنة عُمان"
    assert e.start_date == D(2024, 1, 10) and e.end_date == D(2024, 1, 11)
    assert t[e.start:e.end].startswith("وقال")        # the evidence is the whole sentence
    assert e.attribution_indexes == [0]
    assert "عمان" in e.places
    assert "الولايات المتحدة" in e.actors           # «أميركيون» → the country


def test_dateline_dates_the_lead_sentence():
    t = " الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\n استكملت المؤسسة العامة استعداداتها لاستقبال الطلبات."
    a = tx(t, "26 شوال 1436 هـ", D(2015, 8, 11), D(2015, 8, 12))
    b = tx(t, "11 اغسطس 2015 م", D(2015, 8, 11), D(2015, 8, 12))
    evs, _ = events_of(t, [a, b], D(2015, 8, 11))
    dated = [e for e in evs if e.start_date]
    assert len(dated) == 1   # the «الموافق» pair is one event
    assert t[dated[0].start:dated[0].end].startswith("استكملت")
    assert dated[0].title.startswith("استكملت المؤسسة العامة")


def test_repeated_lead_is_one_event():
    lead = "أعلنت اللجنة أن عدداً من المتظاهرين قتلوا برصاص الشرطة اليوم الثلاثاء في العاصمة."
    t = lead + "\nوخرج الآلاف إلى الشوارع.\n" + lead
    x1 = tx(t, "اليوم الثلاثاء", D(2024, 6, 25), D(2024, 6, 26))
    x2 = tx(t, "اليوم الثلاثاء", D(2024, 6, 25), D(2024, 6, 26), occurrence=1)
    evs, atts = events_of(t, [x1, x2])
    dated = [e for e in evs if e.start_date]
    assert len(dated) == 1
    assert len(atts) == 2 and set(dated[0].attribution_indexes) == {0, 1}


def test_undated_relation_event():
    t = "كما وجهت ضربات عدة في أوائل فبراير على قواعد في العراق ردا على مقتل ثلاثة جنود أميركيين بهجوم على الحدود."
    evs, _ = events_of(t, [tx(t, "أوائل فبراير", D(2024, 2, 1), D(2024, 2, 11), gran="range")])
    undated = [e for e in evs if e.start_date is None]
    assert len(undated) == 1
    u = undated[0]
    assert u.relation == "رداً على"
    assert u.title.startswith("مقتل ثلاثة جنود أميركيين")
    dated = [e for e in evs if e.start_date]
    assert "ردا" not in dated[0].title.split()      # the title stops before the relation


def test_undated_attributed_claim_is_kept():
    t = "إلى ذلك، كشف مسؤولون أميركيون أن طهران هي من طلبت عقد الاجتماع."
    evs, atts = events_of(t, [])
    assert len(evs) == 1
    assert evs[0].title == "طهران هي من طلبت عقد الاجتماع"
    assert evs[0].start_date is None and evs[0].attribution_indexes == [0]
    assert evs[0].confidence < 0.5


def test_past_period_and_season_are_placed():
    t = "حضر العميد معرض المهنة في الثلاث السنوات الماضية."
    d = Timex(t.index("الثلاث"), t.index("الماضية") + len("الماضية"), "الثلاث السنوات الماضية", "DURATION", "P3Y")
    assert period_interval(d, t, D(2015, 8, 10)) == (D(2012, 8, 10), D(2015, 8, 11))
    assert period_interval(Timex(0, 4, "سنوات", "DURATION", "P3Y"), "سنوات عديدة", D(2015, 8, 10)) is None
    assert season_interval(Timex(0, 1, "x", "DATE", "2023-SP")) == (D(2023, 3, 1), D(2023, 6, 1))
    assert season_interval(Timex(0, 1, "x", "DATE", "2023-WI")) == (D(2023, 12, 1), D(2024, 3, 1))


def test_title_never_empty_and_glued_clitic_dropped():
    t = "لشهر تشرين الثاني/نوفمبر."
    title = make_title(t, 0, len(t), (1, len(t) - 1), [])
    assert title.strip()
    t2 = "وصعدت العقود الآجلة لخام برنت لشهر تشرين الثاني/نوفمبر التي يحل أجلها اليوم."
    c0 = t2.index("شهر")
    title2 = make_title(t2, 0, len(t2), (c0, t2.index(" التي")), [])
    assert " ل " not in f" {title2} " and "نوفمبر" not in title2


def test_people_by_title_patterns():
    t = ("وترأس الوفد الإيراني علي باقري كاني، نائب وزير الخارجية الإيراني. أما الوفد الأميركي فكان برئاسة "
         "بريت ماكغورك، منسق الرئيس بايدن. وطلب من إدارة الرئيس الأميركي جو بايدن وقف النار. وأوضح المتحدث باسم "
         "المؤسسة عبدالله العبدالجبار أن الطلبات تقبل.")
    names = [m.entry.canonical for m in person_mentions(Norm(t))]
    assert "باقري كاني" in names[0]
    assert "بريت ماكغورك" in names and "جو بايدن" in names and "عبدالله العبدالجبار" in names


def test_gazetteer_variants_and_nisba():
    gz = gazetteer()
    t = "في سلطنة عُمان ومسقط وبالعراق وللولايات المتحدة الأمريكية ومسؤولون أميركيون والأوروبيين"
    found = [(m.entry.canonical, m.entry.kind) for m in gz.find(Norm(t))]
    assert ("عمان", "country") in found and ("مسقط", "city") in found and ("العراق", "country") in found
    assert ("الولايات المتحدة", "country") in found
    assert ("الولايات المتحدة", "nisba") in found and ("أوروبا", "nisba") in found
    for m in gz.find(Norm(t)):
        assert 0 <= m.start < m.end <= len(t)


def test_seed_article_events(seed_text):
    from timeline_app.model.pipeline import extract

    x = extract(seed_text, D(2024, 3, 15))
    by_title = {e.title: e for e in x.events}
    talks = next(e for e in x.events if "أجريا محادثات سرية" in e.title)
    assert talks.start_date == D(2024, 1, 10)
    assert [x.attributions[i].source for i in talks.attribution_indexes] == ["مصادر إيرانية ومسؤولون أميركيون مطلعون"]
    msgs = next(e for e in x.events if "واصلا تبادل الرسائل" in e.title)
    assert [x.attributions[i].source for i in msgs.attribution_indexes] == ["مسؤولون أميركيون وإيرانيون"]
    militia = next(e for e in x.events if "لا تسيطر" in e.title)
    assert any(x.attributions[i].source.startswith("مسؤولان إيرانيان") for i in militia.attribution_indexes)
    strikes = next(e for e in x.events if e.start_date == D(2024, 1, 11))
    assert strikes.attribution_indexes == [] and "اليمن" in strikes.places
    assert any(e.relation == "رداً على" and "مقتل ثلاثة جنود" in e.title for e in x.events)
    assert all(t.strip() for t in by_title)


# ----------------------------------------------------------------------------------------------- merging
def test_trigram_similarity():
    a = trigrams("نفذت الولايات المتحدة ضربات عسكرية على أهداف للحوثيين في اليمن")
    b = trigrams("الولايات المتحدة تنفذ ضربات عسكرية على أهداف الحوثيين في اليمن")
    c = trigrams("افتتح وزير الصحة مستشفى جديدا في الرياض")
    assert jaccard(a, b) > 0.5 > jaccard(a, c)


def _db(tmp_path):
    import sqlite3

    from timeline_app.model.schema import MIGRATIONS

    conn = sqlite3.connect(tmp_path / "m.db")
    for m in MIGRATIONS:
        conn.executescript(m)
    conn.execute("INSERT INTO articles(id, content_hash, format, published_source, text, ingested_at) "
                 "VALUES (1,'h1','txt','file','x','now'), (2,'h2','txt','file','y','now')")
    return conn


def _row(title, start, end, actors=(), places=()):
    return {"title": title, "start_day": start.toordinal(), "end_day": end.toordinal(),
            "actors": json.dumps(list(actors), ensure_ascii=False), "places": json.dumps(list(places), ensure_ascii=False)}


def _insert(conn, row, article_id):
    cols = dict(row, created_at="now", article_id=article_id)
    conn.execute(f"INSERT INTO events({','.join(cols)}) VALUES ({','.join('?' * len(cols))})", list(cols.values()))
    return conn.execute("SELECT last_insert_rowid()").fetchone()[0]


def test_find_same_event(tmp_path):
    conn = _db(tmp_path)
    strikes = _insert(conn, _row("نفذت الولايات المتحدة ضربات عسكرية على أهداف للحوثيين في اليمن",
                                 D(2024, 1, 11), D(2024, 1, 12), ["الحوثيون"], ["اليمن"]), 1)
    _insert(conn, _row("افتتح وزير الصحة مستشفى جديدا في الرياض", D(2024, 1, 11), D(2024, 1, 12), [], ["الرياض"]), 1)
    year = _insert(conn, _row("ضربات عسكرية أميركية على أهداف للحوثيين في اليمن", D(2024, 1, 1), D(2025, 1, 1)), 1)
    same = _row("الولايات المتحدة تنفذ ضربات عسكرية على أهداف الحوثيين في اليمن", D(2024, 1, 11), D(2024, 1, 12),
                ["الحوثيون"], ["اليمن"])
    assert find_same_event(conn, dict(same, text_evidence=""), 2) == strikes
    # never within the same article, never across very different widths, never on another day
    assert find_same_event(conn, same, 1) is None
    assert find_same_event(conn, dict(same, start_day=D(2024, 1, 20).toordinal(), end_day=D(2024, 1, 21).toordinal()), 2) is None
    assert find_same_event(conn, _row("افتتاح مدرسة في جدة", D(2024, 1, 11), D(2024, 1, 12)), 2) is None
    assert year != find_same_event(conn, same, 2)
    assert find_same_event(conn, {"title": "حدث", "start_day": None, "end_day": None}, 2) is None


def test_lead_restating_the_first_paragraph_is_one_event():
    t = ("أسعار النفط تتجه لتسجيل مكسب أسبوعي اليوم، مع توقعات زيادة الإمدادات.\n"
         "تتجه أسعار النفط لتسجيل مكسب أسبوعي بنحو 2% بعد تحقيقها بعض الزيادة، اليوم الجمعة، إذ إن الطلب قوي.")
    a = tx(t, "اليوم", D(2023, 9, 29), D(2023, 9, 30))
    b = tx(t, "اليوم الجمعة", D(2023, 9, 29), D(2023, 9, 30))
    evs, _ = events_of(t, [a, b], D(2023, 9, 29))
    dated = [e for e in evs if e.start_date]
    assert len(dated) == 1
    assert "بنحو 2%" in dated[0].title


def test_different_counts_are_not_merged(tmp_path):
    conn = _db(tmp_path)
    _insert(conn, _row("يرتفع عدد الشهداء في الضفة الغربية إلى 19 بينهم 3 أطفال", D(2023, 1, 1), D(2023, 2, 1)), 1)
    new = _row("يرتفع عدد الشهداء في الضفة الغربية إلى 20 بينهم 4 أطفال", D(2023, 1, 1), D(2023, 2, 1))
    assert find_same_event(conn, new, 2) is None


def test_prepositional_source_frame_is_not_a_title():
    t = "انفجرت عبوة في السوق المركزي، اليوم الأحد، وفقاً لما ذكرته قناة جيو الباكستانية."
    evs, _ = events_of(t, [tx(t, "اليوم الأحد", D(2023, 2, 26), D(2023, 2, 27))])
    assert evs[0].title == "انفجرت عبوة في السوق المركزي"


def test_statement_frames_do_not_make_events_alike(tmp_path):
    conn = _db(tmp_path)
    _insert(conn, _row("أعلنت وزارة الدفاع الروسية أنّ الجيش الروسي دمر خطوط إمداد على الجبهة", D(2023, 1, 28), D(2023, 1, 29)), 1)
    _insert(conn, _row("أفادت وسائل إعلام إسرائيلية", D(2023, 1, 28), D(2023, 1, 29)), 1)
    other_claim = _row("أعلنت وزارة الدفاع الروسية أنّ القوات الأوكرانية قصفت مستشفى في بلدة نوفويدار", D(2023, 1, 28), D(2023, 1, 29))
    assert find_same_event(conn, other_claim, 2) is None
    assert find_same_event(conn, _row("ذكرت وسائل إعلام إسرائيلية", D(2023, 1, 28), D(2023, 1, 29)), 2) is None


def test_date_opening_a_statement_dates_it_and_cites_it():
    t = "وأمس الإثنين، أكّد الرئيس التركي، رجب طيب إردوغان، أنّ على السويد ألّا تنتظر أي خطوة من أنقرة."
    evs, atts = events_of(t, [tx(t, "أمس الإثنين", D(2023, 1, 23), D(2023, 1, 24))], D(2023, 1, 24))
    assert len(evs) == 1    # the claim is not repeated as an undated event
    e = evs[0]
    assert e.attribution_indexes == [0]
    assert "السويد" in e.title and len(e.title.split()) > 3
    assert "رجب طيب إردوغان" in e.actors


def test_calendar_edges_do_not_crash():
    assert season_interval(Timex(0, 1, "x", "DATE", "9999-WI")) is None
    d = Timex(0, 5, "الثلاث السنوات الماضية", "DURATION", "P3Y")
    assert period_interval(d, "الثلاث السنوات الماضية", D(1, 1, 2)) is None


def test_came_that_statement_sources_the_sentence_before():
    t = ("استقبلت السلطات المحلية لولاية قسنطينة، نهاية الأسبوع المنصرم فريق الخبراء الألمان. "
         "وجاء ذلك، حسب بيان لوزارة الداخلية، في إطار مشروع التعاون الجزائري الألماني.")
    evs, atts = events_of(t, [tx(t, "نهاية الأسبوع المنصرم", D(2025, 9, 1), D(2025, 9, 8), gran="week")], D(2025, 9, 13))
    e = evs[0]
    assert [atts[i].source for i in e.attribution_indexes] == ["بيان لوزارة الداخلية"]
    assert e.title.startswith("استقبلت السلطات المحلية") and "فريق الخبراء الألمان" in e.title
