"""Attribution patterns of the second held-out report, on sentences written for these tests (not the report's): a
cue separated from its complement, cues glued to the next word, the speaker after an opening adverbial, elided
subjects pointing to the nearest mention, long source names, post-posed and anaphoric sources, and calls/urging
left out (the dev conventions do not count them as attributions)."""
from __future__ import annotations

import pytest

from attribution_support import claim, find
from timeline_app.model.attribution import find_attributions
from timeline_app.model.gazetteer import fold


@pytest.mark.parametrize("text,cue,source,claim_head", [
    # a relative clause with a Levantine two-word month on the subject, then «إلى أنّ»
    ("ونوّهت المذكرة التي عُمّمت في 20 تشرين الثاني/نوفمبر، إلى أنّ المهلة انتهت.", "نوهت", "المذكرة", "أن"),
    ("وأشار البيان الذي نشر في 8 حزيران/يونيو الماضي إلى أن الاجتماع أرجئ.", "أشار", "البيان", "أن"),
    # the occasion with a relay verb and a date between the subject and «إنّ»
    ("وقال السفير في حديث نقلته إذاعة محلية، صباح السبت، إنّ التأشيرات ستمنح قريباً.", "قال", "السفير", "إن"),
    # a quotation after a prepositional phrase, no «إنّ» and no colon
    ('وقالت الرئيسة في خطاب أمام البرلمان "لن نقبل بالتقسيم".', "قالت", "الرئيسة", '"لن'),
    # an opener, then the occasion between commas before «على»
    ("من جانبها، شدّدت المديرة، خلال اجتماعها بالموظفين، على احترام المواعيد.", "شددت", "المديرة", "احترام"),
    # the date in apposition is not part of the source
    ("وقال المحافظ، مساء أمس، إن الطرق فتحت.", "قال", "المحافظ", "إن"),
    # long names: a title's indefinite genitive chain, a quoted party name, an organisation with its seat
    ("وأعلن وزير خارجية البلاد أن السفارة ستفتح.", "أعلن", "وزير خارجية البلاد", "أن"),
    ('وأكدت حركة "النهضة الوطنية" أنها ستقاطع الانتخابات.', "أكدت", 'حركة "النهضة الوطنية"', "أن"),
    ("وقال المركز الدولي لدراسات الهجرة في تونس إن الأعداد تضاعفت.", "قال",
     "المركز الدولي لدراسات الهجرة في تونس", "إن"),
    # cues glued to the following word
    ("وكان المتحدث قد قالللصحافيين إن الحدود مفتوحة.", "قال", "المتحدث", "إن"),
    ("وأكدتالشرطة أن المشتبه به اعتقل.", "أكدت", "الشرطة", "أن"),
])
def test_separated_and_long_sources(text, cue, source, claim_head):
    a = find(text, cue)
    assert fold(a.source) == fold(source)
    assert fold(claim(text, a)).startswith(fold(claim_head))


def test_relay_of_the_occasion_is_its_own_record():
    t = "وقال الوزير في تصريحات نشرتها صحيفة يومية، أمس الأربعاء، إن الأسعار ستنخفض."
    assert find(t, "قال").source == "الوزير"   # «نشر» is not a cue: only «قال» is read
    t2 = "وقال الوزير في تصريحات نقلتها صحيفة يومية، أمس الأربعاء، إن الأسعار ستنخفض."
    r = find(t2, "نقلتها")
    assert r.source == "صحيفة يومية" and r.source_type == "media"
    assert find(t2, "قال").source == "الوزير"


def test_occasion_between_commas_with_an_elided_subject():
    t = "واستقبل الأمير الوفد الزائر. وأكّد، في برقيته، تضامن المملكة مع الضحايا."
    a = find(t, "أكد")
    assert claim(t, a).startswith("تضامن")
    assert "الأمير" in a.source


def test_speaker_after_an_opening_adverbial_is_the_main_clause_subject():
    t = ("وقال مصدر دبلوماسي إن الزيارة ألغيت. وفي أعقاب ذلك، تحدث رئيس البرلمان نبيل الراشد إلى الصحفيين، "
         "وقال إنّ العلاقات لن تتأثر.")
    a = find(t, "قال", nth=1)
    assert a.source == "رئيس البرلمان نبيل الراشد"


def test_elided_subject_points_to_the_nearest_mention():
    t = ("وقال وزير المالية سمير داود إن العجز تراجع. والتقى داود لاحقاً بممثلي المصارف. "
         "وأكد أن القروض ستزداد، وأوضح أن الفائدة ستبقى ثابتة.")
    first = find(t, "قال")
    for cue in ("أكد", "أوضح"):
        a = find(t, cue)
        assert a.source == "داود" and a.source_start > first.source_end


@pytest.mark.parametrize("text,cue,source,claim_head", [
    ("احترقت ثلاثة منازل في القرية، كما أفاد الدفاع المدني.", "أفاد", "الدفاع المدني", "احترقت"),
    ("وأغلقت المدارس يومين، مثلما أعلنت وزارة التربية.", "أعلنت", "وزارة التربية", "وأغلقت"),
])
def test_post_posed_source(text, cue, source, claim_head):
    a = find(text, cue)
    assert a.source == source and claim(text, a).startswith(claim_head)


def test_also_announced_is_not_post_posed():
    t = "وتراجعت الصادرات، كما أعلنت الحكومة أنها ستدعم المصدرين."
    a = find(t, "أعلنت")
    assert a.source == "الحكومة" and claim(t, a).startswith("أنها")


def test_anaphoric_source():
    t = "وقالت مصادر طبية إن الجرحى نقلوا. ولا يزال خمسة منهم في حالة حرجة، وفق ذات المصادر."
    a = find(t, "وفق")
    assert fold(a.source) == fold("ذات المصادر") and a.source_type == "official_anonymous"


@pytest.mark.parametrize("text,word", [
    ("دعت المنظمة إلى وقف إطلاق النار.", "دعت"),
    ("وحثّ الأمين العام الطرفين على ضبط النفس.", "حث"),
    ("وطالب الاتحاد بالإفراج عن المعتقلين، داعياً الحكومة إلى الحوار.", "داعيا"),
])
def test_calls_and_urging_are_not_attributions(text, word):
    # the dev README's cue list leaves them out and the dev gold does not annotate them
    p = fold(text).find(fold(word))
    assert not [a for a in find_attributions(text) if a.cue_start <= p < a.cue_end]


@pytest.mark.parametrize("text,cue,source,claim_head", [
    # a weak cue reaches its complement across the occasion and a date set off by commas
    ("وأضاف الناطق في تصريحات أدلى بها لإذاعة محلية، مساء الخميس، أن المعبر فتح.", "أضاف", "الناطق", "أن"),
    # a verb of saying proper takes a quotation after any setting
    ('وقال المحافظ خلال زيارة ميدانية "سنعيد فتح السوق".', "قال", "المحافظ", '"سنعيد'),
    # people in a broken plural are a subject
    ("ويعزو الخبراء تراجع الصادرات إلى ضعف الطلب.", "يعزو", "الخبراء", None),
])
def test_more_separated_complements(text, cue, source, claim_head):
    a = find(text, cue)
    assert a.source == source
    assert claim_head is None or claim(text, a).startswith(claim_head)


def test_a_quoted_name_after_a_setting_is_not_a_quotation():
    t = 'وقرر المجلس في جلسته تشكيل "الهيئة العليا لمكافحة الفساد في البلاد".'
    assert find_attributions(t) == []


def test_an_elided_subject_never_points_inside_a_compound_name():
    t = ("وقال المتحدث باسم الوزارة حسن أبو سالم إن المعبر فتح. وأضاف أبو سالم، في تغريدة، أن الشاحنات عبرت. "
         "وشدّد على أن العمل مستمر.")
    assert find(t, "شدد").source == "أبو سالم"


def test_glued_dative_outlet_is_split_off():
    t = "وقال المتحدث إن التحقيق بدأ. وأوضحلوسائل الإعلام أن الأدلة كافية."
    a = find(t, "أوضح")
    assert a.source == "المتحدث" and claim(t, a).startswith("أن")


def test_elided_speaker_who_acted_in_the_sentence_before_is_nearer_than_an_older_statement():
    t = ("وقال المتحدث إن الحدود مغلقة. وبعث الرئيس برقية تهنئة إلى نظيره. "
         "وأكّد، في برقيته، دعم بلاده الكامل للمبادرة.")
    assert find(t, "أكد").source == "الرئيس"


def test_a_place_in_the_sentence_before_is_not_a_speaker():
    t = "وقال المتحدث إن الحدود مغلقة. وشهدت المدينة احتجاجات واسعة. وأكد أن الشرطة لم تتدخل."
    assert find(t, "أكد").source == "المتحدث"


@pytest.mark.parametrize("text", [
    "وأكدت اللجنة الوطنية لحقوق الإنسان في أن الوضع مستقر.",
    "وقالت الهيئة العامة للإحصاء في إن الأسعار ارتفعت.",
    "وأوضحت وزارة العمل لشؤون العمال في، أن القرار نهائي.",
])
def test_an_organisation_subject_ending_in_a_bare_preposition_does_not_crash(text):
    """«في» closing the subject with nothing after it (a dropped place name) used to index past the subject."""
    import datetime as dt
    from timeline_app.model.pipeline import extract
    x = extract(text, dt.date(2015, 8, 8))
    assert all(0 <= a.source_start <= a.source_end <= len(text) for a in x.attributions)
