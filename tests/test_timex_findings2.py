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
