"""Regression tests for the second held-out round (glued words, day parts with the article, the clause of a bare
weekday, «اليوم» + another weekday, scheduled events). The sentences are written for these tests; none is copied
from a corpus."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.model.timex import tag
from timeline_app.model.timex.glue import unglue
from timeline_app.model.timex.normalize import normalize

D = dt.date


def found(text: str, ref: D, prefer: str = "past"):
    return [(t.text, t.value) for t in tag(text, ref, prefer)]


# --- glued words: a scraper dropped the space after a deictic ----------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("نفى المتحدث أمسوجود أي مفاوضات مع الطرف الآخر.", "أمس", "2023-05-09"),
    ("وكشفت الشرطة أمسعن هوية المشتبه به.", "أمس", "2023-05-09"),
    ("استأنف المجلس اليومجلساته بعد العطلة.", "اليوم", "2023-05-10"),
    ("وصل الوفد أمسالثلاثاء إلى العاصمة.", "أمسالثلاثاء", "2023-05-09"),
    ("يعقد المجلس غدااجتماعاً طارئاً.", "غدا", "2023-05-11"),
])
def test_glued_deictic_is_read(text, span, value):
    assert (span, value) in found(text, D(2023, 5, 10))


@pytest.mark.parametrize("text", [
    "أقيمت أمسية شعرية في المركز الثقافي.",
    "رفض اللاعب إمساك الكرة بيده.",
    "حط الوفد في أمستردام قادماً من باريس.",
    "ارتفعت الأسعار اليومية للخضار.",
    "تناول الوزراء طعام الغداء معاً.",
    "وصلت القافلة إلى غدامس في الجنوب.",
    "أمسكت الشرطة بالمتهم.",
    "خلال اليومين الماضيين تراجع المؤشر.",
])
def test_real_words_beginning_like_a_deictic_are_not_split(text):
    n = unglue(normalize(text))
    assert n.ins == (), n.text
    assert all(t.value != "2023-05-09" for t in tag(text, D(2023, 5, 10)) if "أمس" not in text)


def test_now_is_never_read_inside_a_longer_word():
    ref = D(2023, 5, 10)
    # combining marks and invisible joiners inside a word do not cut it in two
    for mark in ("\u06e1", "\u0301", "\u2060", "\ufe0f", "\u034f", "\u0615"):
        text = f"دعت المنظمات إلى حماية القيم الإن{mark}سانيةوالحقوق المدنية."
        assert not [t for t in tag(text, ref) if t.value == "PRESENT_REF"], mark
    assert unglue(normalize("الإنسانيةوالآنسة الانتخاباتالآن")).ins == ()
    # a glued span maps back onto the original text, marks and all
    text = "وذكر\u0640 البيان أمسَسيطرة القوات على التلة."
    t = tag(text, ref)[0]
    assert text[t.start:t.end] == t.text == "أمسَ" and t.value == "2023-05-09"


# --- day parts with the article and «الأمس» ---------------------------------------------------------------------
@pytest.mark.parametrize("text,span,value", [
    ("حاصرت القوات المخيم منذ ساعات الصباح الأولى.", "ساعات الصباح الأولى", "2022-11-03TMO"),
    ("وتتواصل الغارات منذ الفجر على الأحياء الشرقية.", "الفجر", "2022-11-03TMO"),
    ("خرج الصيادون إلى البحر منذ الصبح الباكر.", "الصبح الباكر", "2022-11-03TMO"),
    ("وستغلق الطرق المؤدية إلى الساحة في ساعات المساء.", "ساعات المساء", "2022-11-03TEV"),
    ("سُمعت انفجارات متتالية خلال ساعات الليل المتأخرة.", "ساعات الليل المتأخرة", "2022-11-03TNI"),
    ("اشتدت الحرارة في ساعات الظهيرة.", "ساعات الظهيرة", "2022-11-03TAF"),
])
def test_day_part_with_the_article_is_the_story_day(text, span, value):
    tx = tag(text, D(2022, 11, 3))
    assert [(t.text, t.type, t.value) for t in tx] == [(span, "TIME", value)]


def test_day_part_with_the_article_takes_the_day_named_before_it():
    tx = found("هاجم المسلحون القرية يوم الاثنين منذ ساعات الفجر الأولى.", D(2022, 11, 3))
    assert ("ساعات الفجر الأولى", "2022-10-31TMO") in tx


def test_yesterday_with_the_article():
    ref = D(2022, 11, 3)
    assert found("وصدر القرار في جلسة الأمس برئاسة الوزير.", ref) == [("الأمس", "2022-11-02")]
    assert found("وأعلن الناطق يوم الأمس عن خطة جديدة.", ref) == [("يوم الأمس", "2022-11-02")]
    assert found("سادت حالة من الهدوء منذ مساء الأمس.", ref) == [("مساء الأمس", "2022-11-02TEV")]
    # «the X of yesterday» = the former X, and «الأمس القريب» = until recently
    assert found("وتواجه القوات أعداء الأمس في الميدان.", ref) == []
    assert found("كانت البلاد حتى الأمس القريب مصدّرة للقمح.", ref) == []
    # an era is not the afternoon, and hours before dawn stay a duration
    assert found("تعود هذه الآثار إلى ما قبل العصر الروماني وهي قائمة منذ العصر البرونزي.", ref) == []
    assert found("وقعت الاشتباكات قبل ساعات من الفجر.", ref) == [("ساعات", "PTXH")]


# --- a bare weekday takes the tense of its own clause -----------------------------------------------------------
def test_weekday_in_a_past_clause_after_an_imperfective_clause():
    ref = D(2023, 6, 10)   # a Saturday
    # the imperfective «يبلغ» describes the weapon; the weekday's clause is past
    assert ("يوم الثلاثاء", "2023-06-06") in found(
        "والطائرة المسيّرة يبلغ مداها 300 كيلومتر، واستخدمها الجيش في هجومه يوم الثلاثاء، على المطار.", ref)
    assert ("الخميس", "2023-06-08") in found(
        "والصاروخ يحمل رأساً متفجراً ثقيلاً، واستهدفت به المجموعة الخميس مستودعاً للذخيرة.", ref)
    # a Form X perfective in the weekday's clause is past («استشهد», «استولوا»)
    assert ("يوم الأربعاء", "2023-06-07") in found("شيّع الأهالي الجندي الذي استشهد يوم الأربعاء.", ref)
    # a forecast or a future verb before the comma still reads forward
    assert ("الأحد", "2023-06-11") in found("ويتوقع المراقبون أن يكون الإقبال على التصويت، الأحد، كبيراً.", ref)
    assert ("يوم الاثنين", "2023-06-12") in found("ستعقد اللجنة جلستها، بحسب مصادر مطلعة، يوم الاثنين.", ref)
    # a weekday in a clause of its own with an imperfective scheduling verb reads forward
    assert ("الثلاثاء", "2023-06-13") in found("وقال المتحدث إن الوفد يصل الثلاثاء إلى العاصمة.", ref)


# --- «اليوم» + a weekday that is not the publication's ----------------------------------------------------------
def test_today_with_another_weekday_is_the_nearest_such_weekday_before_publication():
    ref = D(2021, 9, 16)   # a Thursday
    t = tag("وأعلنت الشركة اليوم الاثنين عن نتائجها الفصلية.", ref)[0]
    assert (t.text, t.value) == ("اليوم الاثنين", "2021-09-13") and "before" in t.note
    assert found("افتتح الوزير اليوم (السبت) معرض الكتاب.", ref) == [("اليوم (السبت)", "2021-09-11")]
    assert found("وكان المنتخب قد غادر أمس الأحد إلى الدوحة.", ref) == [("أمس الأحد", "2021-09-12")]
    # the publication's weekday and one day off are unchanged
    assert found("وصل الوفد اليوم الخميس.", ref) == [("اليوم الخميس", "2021-09-16")]
    assert found("وصل الوفد اليوم الأربعاء.", ref) == [("اليوم الأربعاء", "2021-09-15")]
    assert found("وصل الوفد أمس الأربعاء.", ref) == [("أمس الأربعاء", "2021-09-15")]


# --- plans: «المقررة» points forward, «كان مقرراً» is the nearest occurrence a few weeks ahead --------------------
def test_scheduled_weekday_and_a_plan_told_in_the_past():
    ref = D(2019, 4, 6)   # a Saturday
    assert ("الأحد", "2019-04-07") in found("وتستعد الأحزاب للانتخابات البلدية المقررة الأحد.", ref)
    # «كانت مقررة» + a weekday: the nearest such weekday (a session called off before it met)
    assert ("الثلاثاء", "2019-04-09") in found("وأرجأت الحكومة الجلسة التي كانت مقررة الثلاثاء.", ref)
    assert ("الخميس", "2019-04-04") in found("وأرجأت الحكومة الجلسة التي كانت مقررة الخميس.", ref)
    # «كان مقرراً» + a date a month ahead is that coming date, not the one eleven months back
    t = tag("وكان مقرراً أن يفتتح المعرض في 12 أيار/مايو قبل أن يؤجل.", ref)[0]
    assert t.value == "2019-05-12" and "plan" in t.note
    # but a plan date far ahead stays in the past (the plan fell through)
    assert ("15 تشرين الثاني/نوفمبر", "2018-11-15") in found(
        "وكان من المقرر أن تنتهي الأعمال في 15 تشرين الثاني/نوفمبر.", ref)


def test_more_day_part_forms():
    ref = D(2022, 11, 3)   # a Thursday
    assert found("وقال المتحدث هذا الصباح إن الطريق أعيد فتحه.", ref) == [("هذا الصباح", "2022-11-03TMO")]
    assert found("اندلع الحريق في وقت متأخر من الليل.", ref) == [("وقت متأخر من الليل", "2022-11-03TNI")]
    assert found("وصلت التعزيزات في ساعة مبكرة من صباح اليوم.", ref) == [
        ("ساعة مبكرة من صباح اليوم", "2022-11-03TMO")]
    # the first hours of a day part of a named day: one TIME, not a duration of hours
    assert found("توقف القصف في الساعات الأولى من فجر الثلاثاء.", ref) == [
        ("الساعات الأولى من فجر الثلاثاء", "2022-11-01TMO")]
    assert found("وتراجعت حدة القتال خلال الساعات الأولى من الهدنة.", ref) == [("الساعات الأولى", "PTXH")]


def test_an_aside_between_commas_does_not_open_a_clause():
    ref = D(2024, 1, 20)   # a Saturday
    # the weekday or date after an aside stays in the imperfective clause: forward
    assert found("ويصل الوفد، بحسب المصادر، يوم الاثنين.", ref) == [("يوم الاثنين", "2024-01-22")]
    assert found("وتنطلق البطولة، التي تشارك فيها 12 دولة، يوم الخميس.", ref) == [("يوم الخميس", "2024-01-25")]
    assert found("ويستمر المعرض، بحسب المنظمين، حتى 3 آذار.", ref) == [("3 آذار", "2024-03-03")]
    # a coordinated clause with its own verb after the comma is past, even with a verb the lexicon lacks
    assert found("والصاروخ يصل مداه إلى 40 كيلومتراً، وقصفت به الفصائل المدينة في 3 آذار.", ref) == [
        ("3 آذار", "2023-03-03")]
    assert ("يوم الجمعة", "2024-01-19") in found(
        "والقذيفة تزن نحو 20 كيلوغراماً، وقصفت بها الفصائل موقعاً يوم الجمعة.", ref)
    # a weekday right before «إنّ» dates a statement, reported after it was made
    assert ("الأربعاء", "2024-01-17") in found(
        "وقالت الجمعية، التي تساعد الأسر التي تواجه صعوبات، الأربعاء إنها تلقت مئات الطلبات.", ref)
