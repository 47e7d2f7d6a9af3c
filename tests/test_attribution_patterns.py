"""Attribution patterns beyond the dev set: the cue lexicon built from roots × conjugations, word-order and
subject-boundary rules, document and media sources, glued cues, and what is not an attribution. Sentences are
written for these tests."""
from __future__ import annotations

import pytest

from attribution_support import claim, find
from timeline_app.model.attribution import find_attributions
from timeline_app.model.gazetteer import fold


def records(text: str):
    return find_attributions(text)


@pytest.mark.parametrize("text,cue,source", [
    # masculine forms with alif maqsura / defective roots, and the verb «توقع» against the noun
    ("لكن رئيس البلدية نفى أي تقصير في أعمال الصيانة.", "نفى", "رئيس البلدية"),
    ("ونفى محامي المتهم أن يكون موكله قد غادر البلاد.", "نفى", "محامي المتهم"),
    ("وتوقع الاقتصادي أن يتباطأ النمو العام المقبل.", "توقع", "الاقتصادي"),
    ("وعزا المسؤولون الحريق إلى ماس كهربائي.", "عزا", "المسؤولون"),
    ("وعزت النقابة الإضراب إلى تأخر الأجور.", "عزت", "النقابة"),
    ("وأرجعت الهيئة التأخير إلى نقص المعدات.", "أرجعت", "الهيئة"),
    ("وتساءل الكاتب عن مصير المفاوضات.", "تساءل", "الكاتب"),
    ("ودانت الجامعة العربية التفجير الإرهابي.", "دانت", "الجامعة العربية"),
    ("وأدان المجلس البلدي الاعتداء على الموظفين.", "أدان", "المجلس البلدي"),
    ('وكتب الوزير في تدوينة: "العمل مستمر".', "كتب", "الوزير"),
    ("وأظهرت إحصاءات رسمية انخفاض البطالة.", "أظهرت", "إحصاءات رسمية"),
    ("واعتبرت النقابة الإجراء تعسفياً.", "اعتبرت", "النقابة"),
    ('وعقب المدرب على الخسارة قائلاً: "سنعود أقوى".', "قائلاً", "المدرب"),
    ("وأوردت الوكالة أن المحادثات انتهت دون اتفاق.", "أوردت", "الوكالة"),
    ("واعترف الوزير بأن الخطة تأخرت.", "اعترف", "الوزير"),
    ("واستبعدت مصادر دبلوماسية أن يتم التوصل إلى هدنة.", "استبعدت", "مصادر دبلوماسية"),
    ("وادعى المتحدث أن القوات لم تستهدف المدنيين.", "ادعى", "المتحدث"),
])
def test_lexicon_forms(text, cue, source):
    a = find(text, cue)
    assert fold(a.source) == fold(source)


def test_denial_verb_is_negated_and_noun_reading_kept():
    a = find("ونفى الناطق العسكري وقوع إصابات.", "نفى")
    assert a.negated and a.source == "الناطق العسكري"
    b = find("على الرغم من نفي إيران إجراء محادثات، فإن مصادر أكدت حصولها.", "نفي")
    assert b.negated and b.source == "إيران"


@pytest.mark.parametrize("text,cue,source,kind", [
    ("وجاء في التقرير أن الوفيات تراجعت.", "جاء", "التقرير", "document"),
    ("وأكد بيان للهيئة أن التسجيل مستمر.", "أكد", "بيان للهيئة", "document"),
    ("وأوضح بيان صادر عن وزارة النقل أن الطريق أعيد فتحه.", "أوضح", "بيان صادر عن وزارة النقل", "document"),
    ("وكانت صور تم تداولها على مواقع التواصل الاجتماعي قد أظهرت الحريق.", "تداولها", "مواقع التواصل الاجتماعي",
     "media"),
])
def test_document_and_media_sources(text, cue, source, kind):
    a = find(text, cue)
    assert a.source == source and a.source_type == kind


def test_multiword_subject_before_nominal_object():
    t = "أعلنت حكومة إقليم الباسك تعليق الدراسة."
    a = find(t, "أعلنت")
    assert a.source == "حكومة إقليم الباسك"
    assert claim(t, a).startswith("تعليق")
    t2 = "واستنكر الاتحاد القرار، معتبراً أنه جائر."
    assert find(t2, "استنكر").source == "الاتحاد"          # a definite subject takes no definite genitive
    assert find(t2, "معتبراً").source == "الاتحاد"


def test_participle_takes_the_main_clause_subject():
    t = "وانتقدت الرابطة التعديلات، متهمةً اللجنة بأنها تجاهلت مطالب الأعضاء."
    a = find(t, "متهمةً")
    assert a.source == "الرابطة"
    assert "main clause" in (a.note or "")


def test_participle_with_ila_and_verbal_noun():
    t = "وقال المدير إن العمل منتظم، مشيراً إلى افتتاح قسم جديد."
    a = find(t, "مشيراً")
    assert claim(t, a).startswith("افتتاح")
    assert "مشيراً" not in claim(t, find(t, "قال"))   # the first claim ends where the participle begins


def test_occasion_between_verb_and_object():
    t = "وزار الوزير خالد العمري المصنع. وأكد في حديث إذاعي دعم الحكومة للصناعة."
    a = find(t, "أكد")
    assert claim(t, a).startswith("دعم")
    assert a.source == "الوزير خالد العمري"


def test_cue_glued_to_the_previous_word():
    t = "وبعد انتهاء الاجتماعأعلن المتحدث تأجيل الانتخابات."
    a = find(t, "أعلن")
    assert a.cue == "أعلن" and a.source == "المتحدث"
    assert t[a.cue_start:a.cue_end] == "أعلن"


def test_ala_ma_afada_claim_before_the_cue():
    t = "غرقت ثلاثة قوارب في الميناء، على ما أفاد خفر السواحل."
    a = find(t, "أفاد")
    assert a.source == "خفر السواحل"
    assert a.claim_end <= a.cue_start and claim(t, a).startswith("غرقت")


def test_afada_bi_verbal_noun_and_long_apposition():
    t = "وأفادت الشرطة بضبط شحنة مهربة."
    assert claim(t, find(t, "أفادت")).startswith("ضبط")
    t2 = "وقال مدير المعهد، الدكتور فهد بن سعد بن ناصر الدوسري، إن القبول مفتوح."
    assert find(t2, "قال").source == "مدير المعهد، الدكتور فهد بن سعد بن ناصر الدوسري"


def test_inner_statement_of_an_impersonal_frame():
    t = "يذكر أن وزير الطاقة كان قد أكد أن الأسعار ستستقر."
    a = find(t, "أكد")
    assert a.source == "وزير الطاقة"
    assert not any(x.cue == "يذكر" for x in records(t))


def test_anaphoric_announcement_takes_the_sentence_before():
    t = "تنطلق الحملة الأسبوع المقبل. أعلن ذلك مدير الصحة العامة، موضحاً أن الفرق جاهزة."
    a = find(t, "أعلن")
    assert a.source == "مدير الصحة العامة"
    assert claim(t, a) == "تنطلق الحملة الأسبوع المقبل"
    assert find(t, "موضحاً").source == "مدير الصحة العامة"


def test_nominal_cue_with_genitive_source():
    t = "ويأتي تأكيد الوزارة أن الامتحانات في موعدها بعد أسابيع من الجدل."
    a = find(t, "تأكيد")
    assert a.source == "الوزارة" and claim(t, a).startswith("أن")


def test_relative_clause_and_nested_reports():
    t = "انقطع التيار مساءً، بحسب العامل الذي قال إن المولد توقف."
    assert find(t, "بحسب").source == "العامل"
    assert find(t, "قال").source == "العامل"
    t2 = "ونفت الشركة التقارير التي تفيد بأنها ستغلق فرعها."
    assert find(t2, "نفت").source == "الشركة"
    inner = find(t2, "تفيد")
    assert inner.source == "التقارير" and inner.source_type == "media"


def test_adverb_after_qad_is_not_the_source():
    t = "وكانت باريس قد أكدت مراراً أنها تدعم الحوار."
    assert find(t, "أكدت").source == "باريس"


def test_ma_yaqul_relative_statement():
    t = "وتلاحق السلطات ما تقول الشرطة إنه شبكة للتزوير."
    a = find(t, "تقول")
    assert a.source == "الشرطة" and claim(t, a).startswith("إنه")


def test_dual_subject_of_the_previous_sentence():
    t = "واجتمع الوزيران في الرياض. وقالا إن المحادثات مثمرة."
    assert find(t, "قالا").source == "الوزيران"


def test_relayed_source_inside_a_statement():
    t = "وذكرت الوكالة نقلاً عن مسؤول محلي أن الطريق مغلق."
    by_cue = {a.cue: a for a in records(t)}
    assert by_cue["ذكرت"].source == "الوكالة"
    assert by_cue["نقلاً"].source == "مسؤول محلي"


@pytest.mark.parametrize("text,word", [
    ("وقال مصدر فضل عدم كشف اسمه إن القرار نهائي.", "كشف"),
    ("وظهرت مؤشرات تفيد بأن الموسم جيد.", "تفيد"),
    ("وأظهر المنتخب مستوى مميزاً في المباراة.", "أظهر"),
    ("وسجلت حالات مؤكدة في ثلاث مدن.", "مؤكدة"),
    ("وزرع المزارع مئة فدان من القمح.", "فدان"),
    ("وحصل محمود عزت على الجائزة.", "عزت"),
    ("واشترت المكتبة كتب التاريخ القديمة.", "كتب"),
    ("وجاء الفريق في المركز الأول.", "جاء"),
    ("فقال عز من قائل: إن الله مع الصابرين.", "قائل"),
])
def test_not_attributions(text, word):
    p = fold(text).find(fold(word))
    assert not [a for a in records(text) if a.cue_start < p + len(word) and p < a.cue_end]


def test_spans_stay_inside_text_on_new_paths():
    texts = ["أعلن ذلك", "وجاء في", "على ما أفاد", "تم تداول", "الاجتماعأعلن", "وتأكيد الشركة أن", "مشيراً إلى"]
    for t in texts:
        for a in records(t):
            assert 0 <= a.source_start <= a.source_end <= len(t)
            assert 0 <= a.cue_start < a.cue_end <= len(t)
            assert 0 <= a.claim_start <= a.claim_end <= len(t)


def test_long_appositions_before_the_complement():
    t = ('وبحسب الإذاعة الرسمية، قال قائد الشرطة في المحافظة، العميد سالم الهاشمي، وهو المسؤول عن ملف الأمن '
         'في المنطقة منذ عدة سنوات وعضو اللجنة العليا: "الوضع تحت السيطرة".')
    by_cue = {a.cue: a for a in records(t)}
    assert by_cue["بحسب"].source == "الإذاعة الرسمية"
    assert by_cue["قال"].source == "قائد الشرطة في المحافظة، العميد سالم الهاشمي"
    t2 = ("وقال رئيس الوزراء سامي الخطيب، الذي يزور العاصمة للمرة الثانية هذا العام، في مؤتمر صحفي مع نظيره "
          "في القصر الحكومي، إن البلدين اتفقا على التعاون.")
    a = find(t2, "قال")
    assert a.source == "رئيس الوزراء سامي الخطيب" and claim(t2, a).startswith("إن البلدين")


def test_nominal_object_with_its_own_complementiser():
    t = "وأكد وزير الداخلية رفض الحكومة أن تتحول البلاد إلى ممر للتهريب."
    a = find(t, "أكد")
    assert a.source == "وزير الداخلية" and claim(t, a).startswith("رفض")


def test_apposition_and_addressee_before_a_nominal_object():
    t = "أكد الرئيس الفرنسي، إيمانويل ماكرون، لنظيره الألماني أهمية الشراكة الأوروبية."
    a = find(t, "أكد")
    assert a.source == "الرئيس الفرنسي، إيمانويل ماكرون" and claim(t, a).startswith("أهمية")


def test_quoted_name_after_a_noun_is_not_a_quotation():
    t = 'وكانت الحكومة قد أعلنت، الأحد، حل البرلمان، وتشكيل "المجلس الانتقالي للإنقاذ الوطني".'
    a = find(t, "أعلنت")
    assert a.source == "الحكومة"


@pytest.mark.parametrize("text,cue,source", [
    ("كما أعلن السيد فضل الله، في كلمة متلفزة، أن الحوار مستمر.", "أعلن", "السيد فضل الله"),
    ("لافروف يصف المحادثات بالبناءة.", "يصف", "لافروف"),
    ("بوتين يؤكد لضيفه أن التعاون مستمر.", "يؤكد", "بوتين"),
])
def test_names_before_and_after_cues(text, cue, source):
    a = find(text, cue)
    assert a.source == source and a.source_type == "person"


@pytest.mark.parametrize("text,word", [
    ("وقال المحقق كريستوفر راي إن التحقيق مستمر.", "راي"),
    ("ها أنت تكشف عن وجهك الحقيقي.", "تكشف"),
    ("وقطعت الدولة تعهّداً مماثلاً بدعم الجيش.", "تعهّداً"),
])
def test_not_a_new_statement(text, word):
    p = fold(text).find(fold(word))
    assert not [a for a in records(text) if a.cue_start < p + len(word) and p < a.cue_end]


def test_a_participle_is_not_a_subject():
    t = "وقالت الطبيبة إن الحالة مستقرة. وتضيف قائلة بأن الرسالة وصلت متأخرة."
    assert all(a.source == "الطبيبة" for a in records(t))


def test_relay_with_bare_naqala_and_addressee_after_adjective():
    t = "ونقل التلفزيون الرسمي عن وزير الدفاع قوله إن الجيش مستعد."
    srcs = {(a.cue, a.source) for a in records(t)}
    assert srcs == {("نقل", "التلفزيون الرسمي"), ("قوله", "وزير الدفاع")}
    assert not records("ونقل المسعفون المصابين إلى المستشفى عن طريق البر.")
    t2 = "وأبلغت مصادر مطلعة الوكالة بأن الاجتماع أُرجئ."
    assert find(t2, "أبلغت").source == "مصادر مطلعة"
    t3 = "وأعلن مسؤول رفيع المستوى استقالة الحكومة."
    assert find(t3, "أعلن").source == "مسؤول رفيع المستوى"


@pytest.mark.parametrize("text", [
    "وبلغ أحدث سعر لتداول السهم عشرة دولارات.",
    "ويتداول المواطنون همومهم في المقاهي.",
    "وحذرت البلدية من بيع الألعاب النارية وتداولها بين الأطفال.",
])
def test_circulating_is_not_reporting(text):
    assert not [a for a in records(text) if "تداول" in fold(a.cue)]


def test_idioms_and_objects_are_not_subjects():
    t = "وكشفت الوزارة النقاب عن خطة جديدة للنقل."
    assert find(t, "كشفت").source == "الوزارة"
    t2 = "وقال الوزير إن العلاقات متينة، ويصف الجارة بالشريك الأول."
    assert find(t2, "يصف").source == "الوزير"
    assert not [a for a in records("وحظيت المرشحة بدعم واسع وهي التي يتوقع أن تفوز.") if "توقع" in fold(a.cue)]
