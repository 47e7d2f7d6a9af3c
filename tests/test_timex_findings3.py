"""Regression tests for the third held-out round (a holiday named as the occasion of an act; clock times written
with the article «الـ»). The sentences are written for these tests; none is copied from a corpus."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.model.pipeline import extract
from timeline_app.model.timex import tag

D = dt.date


def found(text: str, ref: D, prefer: str = "past"):
    return [(t.text, t.value) for t in tag(text, ref, prefer)]


# --- a holiday named as the occasion is not the time of the act ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "دشّن المحافظ الجسر الجديد ووجّه التهاني للأهالي بمناسبة عيد الأضحى المبارك.",
    "وبمناسبة عيد الفطر، وزّعت الجمعية الخيرية مئات السلال على الأسر.",
    "أرسل السفير برقية تهنئة بحلول عيد الفطر إلى وزير الخارجية.",
    "هنّأت النقابة أعضاءها بعيد الميلاد المجيد في رسالة مفتوحة.",
    "أقام النادي حفلاً بمناسبة قرب حلول عيد الأضحى.",
    "وزّع المتطوعون الهدايا على الأطفال لمناسبة رأس السنة الهجرية.",
])
def test_holiday_as_occasion_is_not_a_date(text):
    assert not [t for t in tag(text, D(2019, 8, 20)) if t.type in ("DATE", "TIME")]


def test_occasion_holiday_does_not_date_the_event():
    text = "افتتحت الوزيرة المكتبة العامة، وهنّأت الحضور بمناسبة عيد الفطر المبارك."
    ex = extract(text, D(2019, 6, 20))
    eid = D(2019, 6, 4)
    assert all(e.start_date != eid for e in ex.events)


@pytest.mark.parametrize("text,span,value", [
    # the holiday as a real time reference is still placed
    ("سافرت العائلة إلى الساحل خلال عطلة عيد الفطر.", "عيد الفطر", "2019-06-04"),
    ("يتوقع أن تنتهي أعمال الصيانة بحلول عيد الأضحى.", "عيد الأضحى", "2019-08-11"),
    # congratulating earlier in the sentence does not reach a holiday in another clause
    ("هنّأ الرئيس المواطنين. وفي عيد الفطر افتُتح الجسر.", "عيد الفطر", "2019-06-04"),
    # «الماضي/المقبل» after the holiday picks the occurrence
    ("تعرّض المتجر للسرقة في عيد الفطر الماضي.", "عيد الفطر الماضي", "2019-06-04"),
    ("تُفتتح الصالة في عيد الأضحى المقبل.", "عيد الأضحى المقبل", "2019-08-11"),
])
def test_holiday_as_time_reference(text, span, value):
    assert (span, value) in found(text, D(2019, 7, 1))


def test_last_holiday_skips_the_coming_one():
    # published shortly before the year's Eid: «الماضي» is last year's
    assert ("عيد الفطر الماضي", "2019-06-04") in found("أغلق المصنع في عيد الفطر الماضي.", D(2020, 5, 1))


# --- clock times with the article «الـ» ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("سقطت القذيفة عند الساعة الـ22:15 من مساء الجمعة.", "الساعة الـ22:15 من مساء الجمعة", "2024-05-10T22:15"),
    ("تبدأ الجلسة الساعة الـ 10 صباحاً يوم الإثنين.", "الساعة الـ 10 صباحاً يوم الإثنين", "2024-05-13T10:00"),
    ("انطلقت المسيرة في تمام الـ7 مساء أمس.", "تمام الـ7 مساء أمس", "2024-05-11T19:00"),
    ("أغلق المعبر في تمام الـ6:45 من صباح اليوم.", "تمام الـ6:45 من صباح اليوم", "2024-05-12T06:45"),
    ("دوّت صفارات الإنذار الـ23:05 ليل السبت.", "الـ23:05 ليل السبت", "2024-05-11T23:05"),
    ("بدأ الإضراب الساعةَ الـ8 صباحاً.", "الساعةَ الـ8 صباحاً", "2024-05-12T08:00"),
])
def test_clock_with_article(text, span, value):
    assert (span, value) in found(text, D(2024, 5, 12))


@pytest.mark.parametrize("text", [
    "بعد تمام الـ3 سنوات على توقيع الاتفاق.",
    "ارتفع عدد الضحايا خلال الساعة الـ24 ساعة الماضية.",
])
def test_article_number_that_is_no_clock(text):
    assert not [t for t in tag(text, D(2024, 5, 12)) if t.type == "TIME"]


@pytest.mark.parametrize("text,span,value", [
    ("انقطع التيار الكهربائي عند 11 ليلاً.", "11 ليلاً", "2024-05-12T23:00"),
    ("اندلع الحريق عند الـ4 فجراً من يوم الجمعة.", "الـ4 فجراً من يوم الجمعة", "2024-05-10T04:00"),
    ("اختُتم المؤتمر عند 6 مساء أمس.", "6 مساء أمس", "2024-05-11T18:00"),
])
def test_hour_digits_with_day_part(text, span, value):
    assert (span, value) in found(text, D(2024, 5, 12))


@pytest.mark.parametrize("text", [
    "فاز الفريق بنتيجة 3 مقابل 1 مساء الأحد.",
    "سجّل المهاجم 15 مساءً هدفاً.",
])
def test_number_before_day_part_that_is_no_clock(text):
    assert not [t for t in tag(text, D(2024, 5, 12)) if t.value and ":" in t.value]


# --- «قبل/بعد <day> ب<N days>»: the day that many days away (a holiday used as a time reference included) ---------
@pytest.mark.parametrize("text,span,value", [
    ("وصل الوفد إلى الرياض قبل عيد الأضحى بيومين.", "قبل عيد الأضحى بيومين", "2018-08-19"),
    ("افتُتح المعرض بعد 3 حزيران بأسبوع.", "بعد 3 حزيران بأسبوع", "2019-06-10"),
    ("وقّع الطرفان الاتفاق قبل يوم الجمعة بيوم واحد.", "قبل يوم الجمعة بيوم واحد", "2019-06-27"),
    ("أُعلنت النتائج بعد الخميس بيومين.", "بعد الخميس بيومين", "2019-06-29"),
    ("بدأ الصيام بعد 20 حزيران بخمسة أيام.", "بعد 20 حزيران بخمسة أيام", "2019-06-25"),
])
def test_day_offset(text, span, value):
    assert (span, value) in found(text, D(2019, 7, 1))


@pytest.mark.parametrize("text", [
    "غادر السفير قبل العيد بأيام.",            # a vague number of days
    "استقال الوزير قبل الانتخابات بيومين.",     # no day named
])
def test_day_offset_needs_a_day_and_a_number(text):
    assert not [t for t in tag(text, D(2019, 7, 1)) if t.type == "DATE" and t.start_date]
