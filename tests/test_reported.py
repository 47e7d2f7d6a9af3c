"""Undated happenings of a report are placed on or before the publication day; planned ones stay undated."""
import datetime as dt

from timeline_app.model.pipeline import extract
from timeline_app.model.reported import REPORTED_MOD

PUB = dt.date(2025, 6, 12)


def _events_over(text: str, words: str):
    x = extract(text, PUB)
    at = text.index(words)
    return [e for e in x.events if e.start <= at < e.end]


def test_undated_reported_claim_is_on_or_before_publication():
    text = "وقال متحدث باسم الدفاع المدني إن النيران التهمت ثلاثة مخازن للحبوب في ضواحي المدينة."
    evs = _events_over(text, "النيران التهمت")
    assert evs, "the reported happening is an event"
    e = evs[0]
    assert (e.start_date, e.end_date) == (PUB, PUB + dt.timedelta(days=1))
    assert e.mod == REPORTED_MOD and e.timex_index is None and e.date_text is None
    assert e.confidence <= 0.3


def test_planned_happening_without_date_stays_undated():
    text = "وقالت إدارة المطار إنها ستفتتح صالة جديدة للمسافرين القادمين من الخارج."
    for e in extract(text, PUB).events:
        assert e.start_date is None and e.mod != REPORTED_MOD


def test_narrated_sentence_opening_with_a_past_verb_is_an_event():
    text = ("تعمل فرق الصيانة على مدار الساعة في المنطقة الصناعية. "
            "واندلع حريق كبير في مصنع للأثاث شمالي المدينة وامتد إلى مستودعين مجاورين.")
    evs = _events_over(text, "حريق كبير")
    assert len(evs) == 1
    assert evs[0].start_date == PUB and evs[0].mod == REPORTED_MOD
    assert "حريق" in evs[0].title


def test_dated_sentence_is_not_narrated_twice():
    text = "وافتتحت الوزارة يوم الأحد الماضي ثلاث مدارس جديدة في الأرياف الشمالية."
    x = extract(text, PUB)
    dated = [e for e in x.events if e.mod != REPORTED_MOD]
    assert dated and all(e.start_date != PUB for e in dated)
    assert not [e for e in x.events if e.mod == REPORTED_MOD]


def test_statement_frame_and_question_are_not_narrated():
    text = "أضاف الوزير كلمات قليلة عن الموازنة الجديدة. ارتفعت الأسعار فعلاً في الأسواق الشعبية؟"
    assert extract(text, PUB).events == []
    # the same sentence told, not asked, is a happening
    assert extract(text.replace("؟", "."), PUB).events


def test_stored_reported_event_paints_as_imprecise(tmp_path):
    from timeline_app.model.filters import MODS, EventFilter
    from timeline_app.model.store import Store
    from timeline_app.model.types import ArticleInput

    text = "وقال متحدث باسم الدفاع المدني إن النيران التهمت ثلاثة مخازن للحبوب في ضواحي المدينة."
    store = Store.open(tmp_path / "lib.db")
    try:
        status, aid = store.add_article(ArticleInput(text=text, path=None, format="txt", published=PUB))
        assert status == "ingested"
        cols = store.timeline_columns(EventFilter())
        k = list(cols["start_day"]).index(PUB.toordinal())
        assert cols["mod_code"][k] == MODS.index("ON_OR_BEFORE")
        # a new publication date moves it with the report
        store.set_published(aid, dt.date(2025, 7, 1))
        cols = store.timeline_columns(EventFilter())
        assert dt.date(2025, 7, 1).toordinal() in list(cols["start_day"])
    finally:
        store.close()


def test_narrated_sentence_after_a_dateline_is_an_event():
    text = "المدينة- واس: افتتحت البلدية حديقة عامة جديدة في الحي الشمالي بحضور عدد من المسؤولين."
    evs = _events_over(text, "حديقة عامة")
    assert len(evs) == 1 and evs[0].mod == REPORTED_MOD
    assert "واس" not in evs[0].title


def test_narrated_sentence_with_a_fronted_topic_is_an_event():
    text = ("وتستعد الفرق لموسم جديد. أما النادي الأهلي فقد أطلق حملة لتجديد عضوية المشجعين، "
            "بعد مفاوضات استمرت أسابيع.")
    evs = _events_over(text, "أطلق حملة")
    assert len(evs) == 1 and evs[0].start_date == PUB and evs[0].mod == REPORTED_MOD


def test_a_fronted_topic_without_a_past_verb_is_not_narrated():
    text = "أما الفريق الثاني فيستعد للمباراة المقبلة في ظروف صعبة وسط غيابات كثيرة."
    assert not _events_over(text, "الفريق الثاني")


def test_a_fronted_topic_with_a_copula_is_not_narrated():
    text = "وبدأت المفاوضات صباحاً. أما الوفد الزائر فكان برئاسة نائب الوزير ومعه خمسة مستشارين."
    assert not _events_over(text, "برئاسة نائب")


def test_reported_events_are_not_merged_by_their_publication_day(tmp_path):
    """Two reports of the same day: a dated happening merges across them, a merely reported one is not looked up
    (its day is the report's, not the happening's)."""
    from timeline_app.model.store import Store
    from timeline_app.model.types import ArticleInput

    dated = "وافتتحت وزارة الصحة يوم الأحد 8 حزيران/يونيو مستشفى جديداً للأطفال في مدينة الزرقاء شمال العاصمة."
    told = "وقال متحدث باسم الدفاع المدني إن النيران التهمت ثلاثة مخازن للحبوب في ضواحي مدينة الزرقاء."
    store = Store.open(tmp_path / "lib.db")
    try:
        for k in range(2):
            status, _ = store.add_article(ArticleInput(text=dated + " " + told + (" والله الموفق." if k else ""), path=None, format="txt",
                                                       published=PUB, outlet=f"outlet {k}"))
            assert status == "ingested"
        rows = store.conn.execute("SELECT mod, COUNT(*) FROM events WHERE merged_into IS NULL GROUP BY mod").fetchall()
        live = {m: n for m, n in rows}
        assert live.get("ON_OR_BEFORE") == 2 and live.get(None) == 1
    finally:
        store.close()
