"""Regression tests for general patterns found on unseen articles (tense of the clause, ranges, parts of periods,
year pairs, false friends). The sentences are written for these tests; none is copied from a corpus."""
from __future__ import annotations

from timeline_app.model.timex import tag
from timex_support import D, iv, one


# --- T1: the tense of the clause decides the year of a bare day/month or weekday -------------------------------
def test_imperfective_verb_without_kana_points_forward():
    ref = D(2022, 1, 20)
    assert one("يقول المنظمون إن المهرجان يختتم فعالياته في 8 آذار/مارس", ref).value == "2022-03-08"
    assert one("يقول المنظمون إن المهرجان حقق نجاحاً في 8 آذار/مارس", ref).value == "2021-03-08"  # no cue
    assert one("تقول الوزارة إن العطلة تبدأ في 12 آذار/مارس", ref).value == "2022-03-12"
    assert one("ويستمر المعرض حتى 30 أيار/مايو وفق الجدول", ref).value == "2022-05-30"
    assert one("كانت الأسواق تغلق في 12 آذار/مارس من كل عام", ref).start_date.year == 2021  # كان + imperfective


def test_future_verb_in_a_relative_clause_and_far_ahead():
    ref = D(2021, 1, 10)
    # a سـ verb in a relative clause, ten months ahead
    assert one("ذكرت الهيئة أن رئيسها الذي سيغادر منصبه في 20 تشرين الثاني/نوفمبر باق حتى ذلك", ref).value \
        == "2021-11-20"
    # a past verb nearer to the date than the future one governs it
    assert one("قال الوفد الذي سيصل غداً إن الهدنة بدأت في 3 كانون الأول/ديسمبر", ref).value == "2020-12-03"


def test_starting_from_points_forward_unless_a_past_verb_governs():
    ref = D(2019, 4, 1)  # Monday
    assert one("تطبق الرسوم الجديدة اعتباراً من يوم السبت", ref).start_date == D(2019, 4, 6)
    assert one("ننفذ الخطة بدءاً من الأربعاء", ref).start_date == D(2019, 4, 3)
    assert one("خفضت الشركة أسعارها ابتداءً من الأربعاء", ref).start_date == D(2019, 3, 27)


def test_a_later_mention_in_a_future_clause_is_resolved_on_its_own():
    ref = D(2020, 6, 1)
    tx = tag("المتحف يفتح في 9 شباط/فبراير. وقال المدير إن المتحف سيفتح أبوابه في 9 شباط/فبراير بعد الترميم.", ref)
    assert [t.value for t in tx] == ["2021-02-09", "2021-02-09"]


# --- T2: compact ranges with «من … إلى/حتى/ولغاية …» -------------------------------------------------------------
def test_day_month_ranges_across_months_are_one_range():
    t = one("يفتح المعرض أبوابه من 25 تشرين الثاني/نوفمبر ولغاية 6 كانون الأول/ديسمبر.", D(2021, 11, 2))
    assert t.text.startswith("من 25") and t.value == "2021-11-25/2021-12-06"
    t = one("ستجري التصفيات من 29 كانون الأول/ديسمبر وحتى 4 كانون الثاني/يناير", D(2021, 12, 1))
    assert t.value == "2021-12-29/2022-01-04"          # the end rolls into the next year
    t = one("تقبل الطلبات من 5 أيار/مايو حتى 17 من الشهر نفسه", D(2022, 4, 20))
    assert t.value == "2022-05-05/2022-05-17"
    # a coordinated pair of days in two months is two dates, not a range
    assert len(tag("زار الوفد المدينتين في 27 آب و3 أيلول", D(2022, 10, 1))) == 2


def test_month_to_month_ranges():
    t = one("تخطط الوزارة لحملة تلقيح من تشرين الأول/أكتوبر إلى كانون الأول/ديسمبر", D(2020, 9, 14))
    assert t.value == "2020-10/2020-12" and iv(t) == (D(2020, 10, 1), D(2021, 1, 1))
    t = one("تراجعت المبيعات بين فبراير وأبريل 2018", D(2020, 9, 14))
    assert t.value == "2018-02/2018-04"
    t = one("موسم الحصاد من نوفمبر إلى فبراير المقبل", D(2020, 9, 14))
    assert t.value == "2020-11/2021-02"


def test_range_end_without_a_year_follows_a_dated_start():
    tx = tag("امتد المعرض من 12 تشرين الأول/أكتوبر 2019 إلى 25 شباط/فبراير", D(2020, 8, 1))
    assert [t.value for t in tx] == ["2019-10-12", "2020-02-25"]


# --- T4: the same period of another year, the first/last N months of a year -----------------------------------
def test_same_period_of_another_year_moves_the_antecedent():
    ref = D(2019, 10, 2)
    tx = tag("نمت الإيرادات في الربع الثاني بنسبة 4% عن الفترة ذاتها من العام الماضي.", ref)
    assert [t.value for t in tx] == ["2019-04/2019-06", "2018-04/2018-06"]
    tx = tag("تراجعت الواردات في آب/أغسطس مقارنة بنفس الفترة من عام 2016", ref)
    assert tx[-1].text == "نفس الفترة من عام 2016" and tx[-1].value == "2016-08"


def test_first_and_last_months_of_a_year_are_one_range():
    ref = D(2019, 10, 2)
    t = one("باعت الشركة مليون سيارة في الأشهر التسعة الأولى من العام الجاري", ref)
    assert t.value == "2019-01/2019-09" and iv(t) == (D(2019, 1, 1), D(2019, 10, 1))
    t = one("خلال الخمسة أشهر الأولى من 2017 تراجعت الصادرات", ref)
    assert t.value == "2017-01/2017-05"
    t = one("في الشهرين الأخيرين من العام الماضي", ref)
    assert t.value == "2018-11/2018-12"
    # a Hijri year: Muharram to Jumada al-Akhirah of 1440
    t = one("أنجزت البلدية 40 مشروعاً خلال الـ6 أشهر الأولى من العام الحالي 1440هـ", ref)
    assert t.hijri == "1440-01/1440-06" and t.start_date == D(2018, 9, 11)


def test_current_year_right_before_a_hijri_year_is_that_year():
    t = one("اعتمدت الهيئة الميزانية في العام الحالي 1440 هـ", D(2019, 3, 1))
    assert t.text == "العام الحالي 1440 هـ" and t.hijri == "1440"


# --- T3: halves of a month -----------------------------------------------------------------------------------------
def test_halves_of_a_month_are_not_ordinal_days():
    ref = D(2022, 5, 9)
    t = one("يصل الفريق في النصف الثاني من شهر حزيران/يونيو المقبل", ref)
    assert t.text.startswith("النصف") and t.value == "2022-06-16/2022-06-30"
    t = one("تراجعت الأسعار خلال النصف الأول من نيسان/أبريل الماضي", ref)
    assert t.value == "2022-04-01/2022-04-15"
    t = one("في النصف الثاني من فبراير 2020", ref)
    assert iv(t) == (D(2020, 2, 16), D(2020, 3, 1))


# --- T5: consecutive year pairs, any head ----------------------------------------------------------------------------
def test_consecutive_year_pairs_whatever_the_head():
    ref = D(2016, 3, 1)
    t = one("اعتماد الخطة الزراعية 1437/1438هـ", ref)
    assert t.hijri == "1437/1438" and t.start_date == D(2015, 10, 14)
    t = one("تنطلق البطولة للسنة الدراسية 2017/2016 في المدارس", ref)
    assert t.value == "2016/2017"
    assert one("في موسم 2013/2012", ref).value == "2012/2013"
    assert tag("سجل 2013/2017 نقطة", ref) == []          # not consecutive


# --- T6 / T7: years shared by coordinated months, a year after «بدلاً من» --------------------------------------------
def test_coordinated_months_take_the_following_year():
    ref = D(2022, 11, 3)
    tx = tag("أجرى الجيش مناورتين في شباط/فبراير وتشرين الأول/أكتوبر من عام 2017", ref)
    assert [t.value for t in tx] == ["2017-02", "2017-10"]
    tx = tag("وقعت الانفجارات في 9 كانون الثاني و14 آذار 2016", ref)
    assert [t.value for t in tx] == ["2016-01-09", "2016-03-14"]


def test_bare_year_after_instead_of():
    tx = tag("أرجئ الاستحقاق إلى عام 2031 بدلا من 2029.", D(2024, 5, 5))
    assert [t.value for t in tx] == ["2031", "2029"]


# --- T8-T12: clock times, day parts, vague present, numeric Hijri with dashes, seasons -------------------------------
def test_clock_time_far_from_its_day_in_the_same_sentence():
    ref = D(2021, 3, 18)
    text = ("وقبل فجر أمس الأربعاء، أفاد شهود بأن عشرات الشبان الذين احتجوا على غلاء المعيشة وانقطاع الكهرباء "
            "المتكرر في الأحياء الشعبية تجمعوا أمام مقر المحافظة في وسط المدينة القديمة قرب السوق المركزي "
            "عند قرابة الساعة الحادية عشرة ليلاً.")
    t = tag(text, ref)[-1]
    assert t.text.startswith("قرابة الساعة") and t.mod == "APPROX"
    assert t.value == "2021-03-16T23:00"          # the night before that dawn, not the publication day
    t = tag("وصل الموكب صباح أمس إلى الحدود، وعبرها نحو الساعة التاسعة", ref)[-1]
    assert t.value == "2021-03-17T09:00" and t.mod == "APPROX"


def test_clock_in_parentheses_with_arabic_comma():
    t = one("تنطلق المباراة عند الساعة (19،30 تغ) من يوم السبت المقبل", D(2021, 3, 18))
    assert t.value == "2021-03-20T19:30" and t.note == "GMT"


def test_day_part_alone_and_current_period():
    ref = D(2021, 3, 18)
    assert one("تواصل القصف حتى بعيد الظهر", ref).value == "2021-03-18TAF"
    t = tag("تعطلت الحركة منذ صباح الاثنين الماضي حتى قبيل الظهر", ref)[-1]
    assert t.text == "قبيل الظهر" and t.value == "2021-03-15TMO"    # the day named earlier in the sentence
    assert one("ترتفع الأسعار في الفترة الراهنة", ref).value == "PRESENT_REF"


def test_numeric_hijri_with_dashes():
    t = one("صدر التعميم بتاريخ 12 – 3 - 1437هـ", D(2016, 1, 1))
    assert t.hijri == "1437-03-12" and t.value == "2015-12-23"
    assert tag("انتهت المباراة 3 - 1 / 2015", D(2016, 1, 1)) == []   # mixed separators are not a date


def test_seasons_are_found_and_given_their_year():
    ref = D(2019, 7, 20)
    assert one("يتوقع أن يرتفع الطلب خلال الشتاء", ref).value == "2019-WI"
    assert one("انخفضت الحجوزات في الربيع الماضي", ref).value == "2019-SP"   # the latest spring already over
    assert one("انخفضت الحجوزات في الخريف الماضي", ref).value == "2018-FA"
    assert one("ستفتتح الحديقة في الربيع المقبل", ref).value == "2020-SP"
    assert tag("منذ اندلاع الربيع العربي", ref) == []


# --- F1-F6: words that look temporal but are not -----------------------------------------------------------------
def test_bylines_and_outlets_with_today_are_not_dates():
    ref = D(2018, 2, 2)
    assert tag("سلمى حسن - بوابة اليوم", ref) == []
    assert tag("تقرير: خالد منصور | عين اليوم\nوقال الوزير", ref) == []
    assert one("وقال الوزير اليوم إن", ref).value == "2018-02-02"
    # a sentence that merely ends the line after a dash aside is not a byline
    assert one("وقال الوزير - في تصريح صحفي - إنه سيزور المدينة اليوم\nوتابع", ref).value == "2018-02-02"


def test_night_as_a_noun_is_not_tonight():
    ref = D(2018, 2, 2)
    assert tag("تبلغ كلفة الغرفة 120 ديناراً في الليلة الواحدة", ref) == []
    assert tag("ألغيت الحافلات الليلة الإضافية بسبب الثلوج", ref) == []
    assert one("يلتقي الفريقان الليلة في الملعب", ref).value == "2018-02-02TNI"
    # «إلى» is a preposition, not a definite adjective, whatever its spelling
    assert one("يتوجه الرئيس الليلة إلى نيويورك", ref).value == "2018-02-02TNI"
    assert one("يتوجه الرئيس الليلة الى نيويورك", ref).value == "2018-02-02TNI"


def test_zero_and_close_to_are_not_safar_and_soon():
    ref = D(2018, 2, 2)
    assert tag("ظل التضخم قريبا من صفر خلال الربع", ref) == [] or all(
        t.hijri is None and t.value != "FUTURE_REF" for t in tag("ظل التضخم قريبا من صفر خلال الربع", ref))
    assert tag("ظلت الحرارة قريبة من صفر", ref) == []
    assert one("في شهر صفر المقبل", ref).hijri == "1440-02"
    assert one("يصدر القرار قريبا", ref).value == "FUTURE_REF"


def test_a_year_of_another_kind_is_not_the_calendar_year():
    ref = D(2018, 2, 2)
    assert tag("أنهت الجامعة التحضيرات قبل بداية العام الأكاديمي", ref) == []
    assert one("حتى نهاية العام الميلادي", ref).value == "2018-12-01/2018-12-31"


def test_recurring_weekdays_are_one_set():
    ref = D(2018, 2, 2)
    tx = tag("يستقبل المركز المراجعين أيام السبت والاثنين والأربعاء من كل أسبوع", ref)
    assert len(tx) == 1 and tx[0].type == "SET" and tx[0].value == "P1W" and tx[0].start_date is None
    tx = tag("تصدر الملحق يوم الخميس أسبوعيا", ref)
    assert len(tx) == 1 and tx[0].type == "SET"


# --- bare years 1300-1500: Hijri only where a Hijri year is plausible -------------------------------------------
def test_bare_years_in_the_hijri_range_need_a_plausible_hijri_reading():
    # a Hijri year far in the future of the publication is a Gregorian year of history
    assert one("سقطت القسطنطينية عام 1453", D(2022, 5, 1)).value == "1453"
    # recent Hijri years, or any Hijri mark in the text, keep the Hijri reading
    assert one("تخرج في الجامعة عام 1410", D(2015, 6, 1)).hijri == "1410"
    assert one("افتتح عام 1480 الموافق 1422هـ", D(2015, 6, 1)).calendar == "hijri"
    assert one("انطلقت الخطة عام 1441", D(2022, 5, 1)).hijri == "1441"


def test_a_count_after_a_comma_is_not_the_year_of_a_date():
    t = tag("أحصت الوزارة منذ 12 تموز/يوليو، 1450 إصابة جديدة", D(2022, 8, 1))[0]
    assert t.text == "12 تموز/يوليو" and t.value == "2022-07-12"
    assert tag("وصلت الدفعة الأولى 1320 دولاراً", D(2022, 8, 1)) == []
    assert tag("مع صرف أول 1450 يورو للعمال", D(2022, 8, 1)) == []


def test_now_is_placed_only_in_the_duckling_reading():
    ref = D(2013, 2, 12)
    t = one("الآن", ref, "future")
    assert t.value == "PRESENT_REF" and iv(t) == (ref, D(2013, 2, 13))
    t = one("الآن", ref)
    assert t.value == "PRESENT_REF" and t.start_date is None      # dev-corpus convention
    assert one("حاليا", ref, "future").start_date is None


def test_scheduled_and_was_scheduled():
    ref = D(2020, 10, 5)
    assert one("القمة المقررة في 8 آذار/مارس", ref).value == "2021-03-08"
    assert one("الندوة المرتقبة في 2 شباط/فبراير", ref).value == "2021-02-02"
    # «كان من المقرر» (a plan, perhaps changed): neither direction; the nearest occurrence
    assert one("وكان من المقرر أن تبدأ المحاكمة في 11 تشرين الأول/أكتوبر", ref).value == "2020-10-11"
    assert one("وكان من المقرر أن تبدأ المحاكمة في 11 آذار/مارس", ref).value == "2020-03-11"


def test_clause_tense_details():
    ref = D(2019, 6, 12)   # Wednesday
    # a reporting verb before «أن/إن» does not make the reported date past
    assert one("وأعلن المتحدث أن المفاوضات مقررة في 20 حزيران/يونيو", ref).value == "2019-06-20"
    assert one("وأشار الوزير إلى ضرورة الانتهاء حتى 30 حزيران/يونيو", ref).value == "2019-06-30"
    # «لم» + imperfective, perfective plurals and object-suffixed verbs right before the date are past
    assert one("لم تتم السيطرة على الحريق صباح الأحد", ref).start_date == D(2019, 6, 9)
    assert one("قال المدرب: لقد تدربوا (الاثنين) بجدية", ref).start_date == D(2019, 6, 10)
    assert one("المدينة التي زارها مساء الأحد", ref).start_date == D(2019, 6, 9)
    # a plan word before a comma still governs the weekday after it
    assert one("ومن المقرر التصويت على الموازنة، يوم الاثنين", ref).start_date == D(2019, 6, 17)
    assert one("يتوقع المحللون رفع الفائدة يوم الخميس", ref).start_date == D(2019, 6, 13)
    # a list of weekdays followed by the week they belong to
    tx = tag("تقام الأمسيات الأحد والثلاثاء في الأسبوع المقبل", ref)
    assert [t.value for t in tx][:2] == ["2019-06-23", "2019-06-18"]


def test_quarter_just_ended_stays_in_this_year():
    ref = D(2019, 8, 2)
    assert one("سيناقش المجلس نتائج الربع الثاني", ref).value == "2019-04/2019-06"
    assert one("سيتم تسليم الوحدات في الربع الأول", ref).value == "2020-01/2020-03"


def test_a_weekday_named_with_a_date_picks_the_year():
    t = one("أغلق باب التسجيل يوم الجمعة 12 آذار", D(2021, 1, 10))   # 12 March 2021 is a Friday, 2020's a Thursday
    assert t.value == "2021-03-12"
    t = one("انعقدت الندوة يوم الثلاثاء 12 تشرين الثاني", D(2020, 3, 15))
    assert t.value == "2019-11-12"


def test_start_of_the_year_before_a_conjunction_and_today_with_a_weekday_in_parentheses():
    ref = D(2016, 4, 2)   # Saturday
    assert one("ارتفع المؤشر منذ بداية العام وحتى نهاية آذار", ref).value == "2016-01-01/2016-01-31"
    assert one("يلعب الفريق اليوم (السبت) ثاني مبارياته", ref).value == "2016-04-02"
    assert one("وقال المدرب أمس (الجمعة) إن", ref).value == "2016-04-01"


def test_a_fiscal_quarter_is_not_a_calendar_quarter():
    ref = D(2017, 8, 4)
    assert all(t.value != "2017-01/2017-03" for t in tag("ارتفعت الأرباح في الربع الأول من السنة المالية الحالية", ref))
    assert one("ارتفعت الأرباح في الربع الأول من العام", ref).value == "2017-01/2017-03"


def test_tonight_before_a_clock_or_a_weekday():
    ref = D(2018, 2, 2)
    assert one("تنطلق المباراة الليلة الساعة التاسعة", ref).value == "2018-02-02T21:00"
    assert any(t.value.startswith("2018-02-02") for t in tag("يلتقي الفريقان الليلة الجمعة", ref))
