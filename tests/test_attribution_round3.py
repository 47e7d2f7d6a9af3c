"""Round-3 attribution patterns (sentences written for these tests): the relayed speaker's nominal cue «قوله» and
its following participles, an elided subject after a comma-set connective, a speech verb opening a relative clause
on its speaker, quoted words inside a source, and condemnation verbs read like «استنكر»."""
from __future__ import annotations

from attribution_support import find
from timeline_app.model.attribution import find_attributions
from timeline_app.model.gazetteer import fold


def test_relayed_speaker_has_own_nominal_cue_and_keeps_the_participle():
    t = 'ونقلت قناة محلية عن قائد الجيش قوله إنّ "الوضع تحت السيطرة"، مشدداً على أنّ القوات منتشرة.'
    atts = find_attributions(t)
    assert [(a.cue, a.source) for a in atts] == [
        ("نقلت", "قناة محلية"), ("قوله", "قائد الجيش"), ("مشدداً", "قائد الجيش")]
    assert t[atts[1].claim_start:].startswith('إنّ "الوضع')


def test_relayed_source_takes_only_participles_the_narrator_cannot():
    # «مضيفة» agrees with the agency, «مضيفاً» only with the relayed officer
    fem = find("وذكرت الوكالة نقلاً عن ضابط في الشرطة أن الطريق أغلق، مضيفة أن الحركة ستعود.", "مضيفة")
    assert fem.source == "الوكالة"
    masc = find("وذكرت الوكالة نقلاً عن ضابط في الشرطة أن الطريق أغلق، مضيفاً أن الحركة ستعود.", "مضيفاً")
    assert fold(masc.source).startswith(fold("ضابط"))


def test_elided_subject_after_a_connective_and_comma():
    a = find("واستقبل المحافظ وفد التجار. كذلك، ثمّن مساهمة الجمعيات في الحملة.", "ثمّن")
    assert (a.source, a.source_type) == ("المحافظ", "person")
    assert "elided" in a.note
    b = find("وأشادت الهيئة بجهود المراقبين. من جهة أخرى، شددت على احترام المواعيد.", "شددت")
    assert b.source == "الهيئة"
    c = find("وقال المدير إن المصنع سيغلق. وبدوره، أوضح أن العمال سيعوضون.", "أوضح")
    assert c.source == "المدير"


def test_connective_does_not_hide_an_explicit_subject():
    a = find("كذلك، أعلنت البلدية إغلاق السوق القديم.", "أعلنت")
    assert a.source == "البلدية"


def test_relative_clause_cue_is_credited_to_its_antecedent():
    t = "وجاء الإعلان بعد أشهر من تعيين الإدارة الجديدة، التي أكدت مراراً التزامها بالشفافية."
    a = find(t, "أكدت")
    assert (a.source, a.source_type) == ("الإدارة الجديدة", "organization")
    assert t[a.claim_start:].startswith("التزامها")
    b = find("وأفادت وسائل الإعلام الرسمية، التي ذكرت أن القصف استمر، بسقوط ضحايا.", "ذكرت")
    assert b.source == "وسائل الإعلام الرسمية"


def test_relative_clause_on_an_object_is_no_statement():
    # the speaker named after the verb is the source, the antecedent is what was announced
    a = find("وانتقد المزارعون القرار الذي أعلنته الوزارة أمس.", "أعلنته")
    assert a.source == "الوزارة"
    for t, w in [("وهاجم الناشط المجموعة التي وصفها بالعنيفة.", "وصفها"),
                 ("وتعيش الأحزاب التي تدين بالولاء للزعيم أزمة.", "تدين")]:
        p = t.find(w)
        assert not [a for a in find_attributions(t) if a.cue_start <= p < a.cue_end], t


def test_quoted_word_in_source_keeps_both_marks():
    a = find('وأعلن "التحالف" الوطني أن مرشحه انسحب.', "أعلن")
    assert a.source == '"التحالف" الوطني'
    assert a.source.count('"') % 2 == 0


def test_condemnation_verbs_are_cues_like_istankara():
    assert find("دان الاتحاد الأفريقي اغتيال الصحفي.", "دان").source == "الاتحاد الأفريقي"
    assert find("ونددت الرابطة بالاعتقالات الأخيرة.", "نددت").source == "الرابطة"
    assert find("وشجب المجلس البلدي القرار.", "شجب").source == "المجلس البلدي"
    a = find("وزار الأمين العام المخيم. ودان الاعتداء على المسعفين.", "دان")
    assert a.source == "الأمين العام" and "elided" in a.note
    # «دان» before a name is not the verb
    assert not find_attributions("وفاز دان كوهين بالسباق.")


def test_calls_and_demands_stay_out():
    assert not find_attributions("وطالبت الجمعية البلدية بإصلاح الطريق.")
    assert not find_attributions("ودعت الحكومة المواطنين إلى الهدوء.")
