"""Several dates in one sentence: each dates its own part (the call vs the called-for action, the announcement vs
the announced plan, a relative clause's own date). Sentences written for these tests; full pipeline."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.model.pipeline import extract

D = dt.date


def dated(text: str, published: D):
    return [e for e in extract(text, published).events if e.start_date is not None]


@pytest.mark.parametrize("text,published,word,start", [
    ("دعا الاتحاد اليوم الإثنين إلى تنظيم مسيرة يوم الخميس المقبل.", D(2024, 5, 6), "مسيرة", D(2024, 5, 9)),
    ("وطالبت الجمعية أمس بعقد اجتماع طارئ في 15 مايو الجاري.", D(2024, 5, 7), "اجتماع", D(2024, 5, 15)),
    ("أعلنت البلدية اليوم أنها ستفتح الحديقة العامة في الأول من يونيو المقبل.", D(2024, 5, 7), "ستفتح",
     D(2024, 6, 1)),
    ("وقررت اللجنة الثلاثاء تأجيل المباراة إلى السبت المقبل.", D(2024, 5, 7), "تأجيل", D(2024, 5, 11)),
])
def test_called_for_action_carries_its_own_date(text, published, word, start):
    evs = dated(text, published)
    own = [e for e in evs if e.start_date == start and word in e.title]
    assert own, [(e.title, e.start_date) for e in evs]
    others = {e.title for e in evs if e.start_date != start}
    assert all(e.title not in others for e in own)   # the two events read differently


def test_call_date_keeps_the_call():
    t = "دعت الهيئة اليوم الأحد إلى مقاطعة المنتجات صباح غد الإثنين."
    evs = dated(t, D(2024, 5, 5))
    today = [e for e in evs if e.start_date == D(2024, 5, 5)]
    assert today and today[0].title.startswith("دعت الهيئة")
    tomorrow = [e for e in evs if e.start_date == D(2024, 5, 6)]
    assert tomorrow and tomorrow[0].title == "مقاطعة المنتجات"


def test_relative_clause_events_are_told_apart():
    t = "وقال المدرب إن اللاعب الذي أصيب في مارس الماضي سيعود في يوليو المقبل."
    evs = dated(t, D(2024, 5, 7))
    march = [e for e in evs if e.start_date == D(2024, 3, 1)]
    july = [e for e in evs if e.start_date == D(2024, 7, 1)]
    assert march and "أصيب" in march[0].title
    assert july and "سيعود" in july[0].title and "أصيب" not in july[0].title


def test_single_date_sentence_is_unchanged():
    t = "قررت الإدارة إغلاق المعبر الأسبوع المقبل."
    evs = dated(t, D(2024, 5, 7))
    assert len(evs) == 1 and evs[0].title == "قررت الإدارة إغلاق المعبر"
    assert evs[0].start_date == D(2024, 5, 13)


def test_build_events_leaves_undated_claims_undated():
    """events.py does not invent a date for a claim the text does not date."""
    from timeline_app.model.attribution import find_attributions, sentences
    from timeline_app.model.events import build_events
    from timeline_app.model.gazetteer import Norm

    t = "وقال مسؤولون إن المفاوضات انهارت بعد توقف طويل."
    norm = Norm(t)
    sents = sentences(norm.s)
    evs = build_events(t, norm, sents, [], find_attributions(t, norm, sents), D(2024, 5, 7))
    assert evs and all(e.start_date is None and e.end_date is None for e in evs)
