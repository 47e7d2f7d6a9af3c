"""Regex building blocks over the normalised text (see normalize.py). Compiled once at import."""
from __future__ import annotations

import re

from . import lexicon as L
from .lexicon import alt

# Word start, allowing the one-letter clitics و ف ب ل ك (and و/ف + ب/ل/ك) before the word.
B = r"(?:(?<![\w])|(?<=(?<![\w])[وفبلك])|(?<=(?<![\w])[وف][بلك]))"
E = r"(?!\w)"

GMN = alt(L.GREG_MONTHS)
HMN = alt(L.HIJRI_MONTHS)
DX = alt(L.DEICTIC) + E
WD = alt(L.WEEKDAYS) + E
WDB = alt(L.WEEKDAYS_BARE) + E
_ORD_STEM = alt(L.ORD_UNITS)
_ORD_TENS = r"(?:عشرين|عشرون|ثلاثين|ثلاثون)"
ORD31 = rf"(?:(?:ال)?{_ORD_STEM}(?:\s+عشره?|\s*و\s*(?:ال)?{_ORD_TENS})?|(?:ال)?{_ORD_TENS}){E}"
ORD12 = alt(k for k, v in L.ORDINALS.items() if v <= 12 and k.startswith("ال")) + E
CARD12 = alt(k for k, v in L.CARDINALS.items() if v <= 12) + E
_CARD_BASE = alt(list(L.UNITS) + list(L.TEENS) + list(L.TENS) + list(L.HUNDREDS)) + E
CARD = rf"(?:{_CARD_BASE}(?:\s*و\s*{alt(L.TENS)}{E})?)"
ERA = r"(?:هجريه|هجري|للهجره|ميلاديه|ميلادي|ه|م)(?!\w)"

EL = r"(?![^\W\d_])"   # no letter follows (a digit may: «ديسمبر2008»)
# a month name, optionally paired with its other-family name: «نيسان/أبريل», «يونيو (حزيران)», «يوليو تموز»
GMON = rf"{GMN}(?:\s*/\s*{GMN}|\s*[(]\s*{GMN}\s*[)]|\s+{GMN}(?=\s|$|[،,.)]|\d))?{EL}"
MON_NAME = rf"(?:{GMON}|{HMN}{EL})"
MON = (rf"(?:(?:شهر\s+)?{MON_NAME}|شهر\s+(?:\d{{1,2}}(?!\d)|{CARD12})|الشهر\s+{ORD12}"
       rf"|هذا\s+الشهر{E}|الشهر\s+{DX})")


def year_tail(p: str = "") -> str:
    return (rf"(?:\s*[،,/]?\s*(?:(?:من|في|ل|ب)\s*)?(?:(?:ال)?(?:عام|سنه)\s*)?(?P<{p}yr>\d{{4}})(?!\d)"
            rf"(?:\s*(?P<{p}era>{ERA}))?"
            rf"|\s+(?:من\s+)?(?P<{p}yrel>(?:ال)?(?:عام|سنه)\s+{DX}|هذا\s+العام{E}|هذه\s+السنه{E})"
            rf"|\s+(?:من\s+|في\s+)?(?P<{p}yana>(?:ال)?(?:عام|سنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:ذات|نفس)\s+(?:العام|السنه)){E})?")


DAYN = r"(?:ال\s*)?(?P<dn>\d{1,2})(?!\d)"
DAYO = rf"(?:اليوم\s+)?(?P<do>{ORD31}|غره{E})(?:\s+يوم{E})?"
REL_PRE = r"(?:(?P<rel>اليوم|امس|غدا|الغد|يوم\s+غد|يوم\s+امس)\s+)"

DATE_DMY = re.compile(
    rf"{B}{REL_PRE}?(?:(?:يوم\s+)?(?P<wd>{WD})\s*[،,]?\s*(?:الموافق\s+)?)?(?:يوم\s+)?"
    rf"(?:{DAYN}\s*(?:/\s*)?|{DAYO}\s*)(?:من\s+)?(?P<mon>{MON}){year_tail()}(?:\s+(?P<dx>{DX}))?")

MONTH_ONLY = re.compile(
    rf"{B}(?P<head>شهر\s+|الشهر\s+|شهري\s+)?(?P<mon>{MON_NAME}){year_tail()}(?:\s+(?P<dx>{DX}))?")

PARTS = alt(L.PARTS) + E
PART_MONTH = re.compile(
    rf"{B}(?P<part>{PARTS})\s+(?:من\s+)?(?:ال)?(?:(?P<mon>{MON}){year_tail()}(?:\s+(?P<dx>{DX}))?)")
# «النصف الأول/الثاني من (شهر) تموز» = days 1-15 / 16-end (not the ordinal day «الثاني من تموز»)
HALF_MONTH = re.compile(
    rf"{B}(?:ال)?نصف\s+(?P<n>الاول|الثاني|الاخير)\s+(?:من\s+)?(?P<mon>{MON}){year_tail()}(?:\s+(?P<dx>{DX}))?")
PART_PERIOD = re.compile(
    rf"{B}(?P<part>{PARTS})\s+(?:(?P<unit>(?:ال)?(?:عام|سنه|اسبوع|شهر|ربع|قرن))\s*"
    rf"(?:(?P<dx>{DX})|(?P<yr>\d{{4}})(?!\d)(?:\s*(?P<era>{ERA}))?|(?P<this>)(?!\s*(?!الميلادي)ال[^\W\d_]{{2,}}يه?(?!\w)))"
    rf"|(?P<yr2>\d{{4}})(?!\d)(?:\s*(?P<era2>{ERA}))?)")
# «العام المالي/الدراسي»: a year of another kind (F3 above: its start is not January)

REL_PERIOD = re.compile(
    rf"{B}(?:(?P<this>هذا|هذه)\s+)?(?P<unit>الاسبوع|الشهر|العام|السنه|الموسم|الربيع|الصيف|الخريف|الشتاء|اليوم)"
    rf"(?:\s+(?P<dx>قبل\s+الماضي(?:ه)?{E}|{DX}))?{E}")

SEASON = re.compile(
    rf"{B}(?:(?:موسم|فصل)\s+(?P<s>الربيع|الصيف|الخريف|الشتاء)(?:\s+(?P<dx>{DX})|\s*(?P<yr>\d{{4}})(?!\d))?"
    rf"|(?P<s2>ربيع|صيف|خريف|شتاء)\s+(?:(?:ال)?عام\s*)?(?P<yr2>\d{{4}})(?!\d)){E}")
# a bare season after a signal (the signal stays outside the span): «خلال الصيف», «حتى الخريف»
BARE_SEASON = re.compile(
    rf"(?<!\w)[وف]?(?:في|خلال|حتي|منذ|قبل|بعد|طوال|طيله|مطلع|بدايه|نهايه|اواخر|اوائل|منتصف|اواسط|مع\s+حلول|بحلول)\s+"
    rf"(?P<s>الربيع|الصيف|الخريف|الشتاء){E}(?!\s+(?:العربي|الاوروبي|السوري|الديمقراطي|الفلسطيني|اللبناني|الامازيغي|الشتوي))")
QUARTER = re.compile(
    rf"{B}(?P<what>الربع|النصف)\s+(?P<n>الاول|الثاني|الثالث|الرابع|الاخير(?=\s+من)|{DX})"
    rf"(?:\s+(?:من|ل)\s*(?:(?:ال)?(?:عام|سنه)\s*(?P<yr>\d{{4}})(?!\d)|(?P<yr2>\d{{4}})(?!\d)|(?P<yrel>(?:ال)?(?:عام|سنه)(?:\s+{DX})?|هذا\s+العام)))?{E}")

REL_DAY = re.compile(
    rf"{B}(?P<w>اليوم\s+(?:الذي|الي|اللي)\s+بعد\s+(?:الغد|غد|بكره|بكرا)"
    rf"|اليوم\s+(?:(?:الذي|الي|اللي)\s+)?(?:ال)?قبل\s+(?:امس|البارحه|امبارح)"
    rf"|يوم\s+قبل\s+امس|يوم\s+بعد\s+غد|في\s+هذا\s+اليوم|بعد\s+غد|اول\s+من\s+امس|اول\s+امس|امس\s+الاول|يوم\s+غد|يوم\s+امس"
    rf"|يوم\s+الامس|الامس(?!\s+(?:القريب|و\s*اليوم))|اليوم|امس|البارحه|غدا|الغد|بكره|بكرا|امبارح|غد(?=\s+{WD}))"
    rf"(?:\s*[،,]?\s*(?P<wd>{WD})|\s*[(]\s*(?P<wdp>{WD})\s*[)])?{E}")   # «أمس (الجمعة)»

WEEKDAY = re.compile(
    rf"{B}(?:(?P<this>هذا)\s+)?(?:يوم\s+)?(?P<wd>{WD})(?!\s+عشر)"
    rf"(?:\s+(?P<dx>{DX})|\s+(?:من\s+)?(?P<wk>(?:هذا\s+)?الاسبوع(?:\s+{DX})?))?"
    rf"|{B}(?P<wdb>{WDB})\s+(?P<wk2>الاسبوع(?:\s+{DX})?)")

WEEKDAY_LIST_WEEK = re.compile(
    rf"(?:\s*(?:و|،|,)\s*(?:يوم\s+)?{WD}){{0,6}}\s+(?:من|في|خلال)\s+(?P<wk>(?:هذا\s+)?الاسبوع(?:\s+(?:(?:بعد|قبل)\s+)?{DX})?)")
NTH_WEEKDAY = re.compile(
    rf"{B}(?:(?P<nth>{alt(k for k, v in L.NTH.items() if not k.startswith('ال'))}|اخر)\s+(?:يوم\s+)?(?P<wdb>{WDB})"
    rf"|(?P<wd>{WD})\s+(?P<nth2>الاول|الاولي|الثاني|الثانيه|الثالث|الثالثه|الرابع|الرابعه|الخامس|الاخير|الاخيره){E})"
    rf"\s+(?:من\s+|في\s+|ب)?(?P<mon>{MON}){year_tail()}")

NTH_UNIT = re.compile(
    rf"{B}(?:(?P<nth>اول|ثاني|ثالث|رابع|اخر)\s+(?P<u>يوم|اسبوع|ايام)|(?P<u2>اليوم|الاسبوع|الايام)\s+(?P<nth2>الاول|الاولي|الثاني|الثالث|الرابع|الاخير|الاخيره))"
    rf"\s+(?:من\s+|في\s+|ب)?(?P<mon>{MON}){year_tail()}")
NTH_AFTER = re.compile(
    rf"{B}(?P<nth>اول|ثاني|ثالث|رابع|خامس)\s+(?:يوم\s+)?(?P<wdb>{WDB})\s+(?P<rel>بعد|قبل)\s+")
YEAR_HEAD = re.compile(
    rf"{B}(?P<head>(?:ال)?(?:عام|سنه))\s*(?P<y>\d{{4}})(?!\d)(?:\s*(?P<era>{ERA}))?")
# «العام الجاري 1437هـ», «العام الماضي 2014م»: a deictic year followed by its number is that year
YEAR_DX_HEAD = re.compile(
    rf"{B}(?P<head>(?:ال)?(?:عام|سنه))\s+(?P<ydx>{DX})\s*(?P<y>\d{{4}})(?!\d)(?:\s*(?P<era>{ERA}))?")
YEAR_ERA = re.compile(rf"(?<![\w./,])(?P<y>\d{{4}})\s*(?P<era>{ERA})")
YEAR_SIGNAL = re.compile(
    rf"(?<!\w)[وف]?(?:في|منذ|حتي|قبل|بعد|خلال|بحلول|مطلع|اواخر|اوائل|اواسط|عام|العام|مواليد|بدلا\s+من|عوضا\s+عن)\s+(?P<y>(?:19|20)\d{{2}})(?![\w/%-])(?![.,]\d)")
YEAR_RANGE = re.compile(
    rf"{B}(?:(?P<between>بين)\s+)?(?:ال)?(?:عامي|سنتي|الاعوام|اعوام|السنوات)\s*(?P<y1>\d{{4}})\s*(?:و|-|الي|حتي)\s*(?:عام\s*)?(?P<y2>\d{{4}})(?!\d)(?:\s*{ERA})?"
    rf"|{B}(?P<from>من|بين)\s+(?:(?:ال)?عام\s+)?(?P<y3>\d{{4}})\s*(?:الي|حتي|و)\s*(?:(?:ال)?عام\s+)?(?P<y4>\d{{4}})(?!\d)")
# «2010-2015», «عام 1948-1977», «1434-1436هـ»: anchored on the digits; the head word is picked up by the handler
YEAR_HYPHEN = re.compile(
    rf"(?<![\d/.\-])(?P<y5>(?:19|20|13|14)\d{{2}})\s*[-–]\s*(?P<y6>(?:19|20|13|14)\d{{2}})(?![\d/.\-])"
    rf"(?:\s*(?P<era>{ERA}))?")
YEAR_HEAD_BEFORE = re.compile(r"(?:(?<=\s)|^)[وفبل]?(?P<h>(?:ال)?(?:عام|اعوام|الاعوام|سنوات|السنوات))\s*$")
ACADEMIC = re.compile(
    rf"{B}(?:ال|(?<=ل)ل)?(?:عام|سنه)\s+(?:ال)?دراسي(?:ه)?(?:\s+(?P<dx>{DX}|الجديد{E}))?"
    rf"(?:\s*(?P<y1>\d{{4}})\s*[/-]\s*(?P<y2>\d{{2,4}})(?!\d)(?:\s*(?P<era>{ERA}))?)?")
# «2014/2015», «1436/1437هـ», «2027/2026» (larger year first): consecutive years are a season or school year
SEASON_YEARS = re.compile(
    rf"{B}(?P<head>(?:ال|(?<=ل)ل)?موسم(?:\s+{DX})?\s+)?(?<![\d/])(?P<y1>(?:19|20|13|14)\d{{2}})\s*/\s*(?P<y2>(?:19|20|13|14)?\d{{2}})(?![\d/])"
    rf"(?:\s*(?P<era>{ERA}))?")

# separators: the same one twice, or any two dashes («7 – 8 - 1436هـ»)
NUM_DMY = re.compile(
    rf"(?<![\d/.\-–])(?P<d>\d{{1,2}})\s*(?P<sep>[/\-.–—])\s*(?P<m>\d{{1,2}})\s*(?P<sep2>[/\-.–—])\s*(?P<y>\d{{4}})(?!\d)"
    rf"(?:\s*(?P<era>{ERA}))?")
NUM_YMD = re.compile(rf"(?<![\d/.\-])(?P<y>\d{{4}})\s*(?P<sep>[/\-.])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<d>\d{{1,2}})(?![\d/.\-])"
                     rf"(?:\s*(?P<era>{ERA}))?")
NUM_MY = re.compile(rf"(?<![\d/.\-])(?P<m>\d{{1,2}})/(?P<y>(?:19|20)\d{{2}})(?![\d/.\-])")
NUM_WD_DM = re.compile(
    rf"{B}(?:يوم\s+)?(?P<wd>{WD})\s*[،,]?\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?![\d/])")

# Compact numeric ranges: «من 2 إلى 5 / 11 / 1436 هـ», «من 6 / 11 حتى 1 / 12 / 1436 هـ».
NUM_RANGE = re.compile(
    rf"{B}(?P<from>من\s+)?(?P<d1>\d{{1,2}})(?:\s*/\s*(?P<m1>\d{{1,2}}))?(?:\s*/\s*(?P<y1>\d{{4}}))?(?:\s*{ERA})?"
    rf"\s*(?:الي|حتي|-|–)\s*(?P<d2>\d{{1,2}})\s*/\s*(?P<m2>\d{{1,2}})\s*/\s*(?P<y2>\d{{4}})(?!\d)(?:\s*(?P<era>{ERA}))?")

RANGE_TO = r"(?:و|-|–|الي|والي|حتي|وحتي|ل|لغايه|ولغايه|الي\s+غايه|والي\s+غايه)"
# «من 3 إلى 9 أيار», «من 28 آب إلى 2 أيلول», «من 3 تشرين الأول وحتى 20 من الشهر نفسه»
DAYS_RANGE = re.compile(
    rf"{B}(?P<from>(?:من|بين)\s+)?(?:(?:ال)?(?:يومي|ايام)\s+)?(?:(?P<d1>\d{{1,2}})|(?P<o1>{ORD31}))(?:\s*(?:من\s+)?(?P<mon1>{MON}))?"
    rf"\s*(?P<to>{RANGE_TO})\s*(?:(?P<d2>\d{{1,2}})|(?P<o2>{ORD31}))\s*(?:من\s+)?"
    rf"(?:(?P<same>(?:ال)?شهر\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+الشهر){E}|(?P<mon>{MON}){year_tail()}(?:\s+(?P<dx>{DX}))?)")
# «من أيلول إلى تشرين الثاني», «بين يناير ومارس 2015»
MONTHS_RANGE = re.compile(
    rf"{B}(?P<from>من|بين)\s+(?:شهر\s+)?(?P<mon1>{MON_NAME})\s*(?P<to>{RANGE_TO})\s*(?:شهر\s+)?(?P<mon>{MON_NAME})"
    rf"{year_tail()}(?:\s+(?P<dx>{DX}))?")
MONTH_DAYS_RANGE = re.compile(
    rf"{B}(?P<mon>{MON_NAME})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|الي|حتي)\s*(?P<d2>\d{{1,2}})(?!\d){year_tail()}")

# A year named after «من/في»: «من العام الماضي», «من عام 2014», «من العام الجاري 1437هـ», «من 2013».
YEAR_REF = (rf"(?:(?:ال)?(?:عام|سنه)(?:\s+(?P<ydx>{DX}))?\s*(?P<y>\d{{4}})(?!\d)(?:\s*(?P<era>{ERA}))?"
            rf"|(?P<y2>\d{{4}})(?!\d)(?:\s*(?P<era2>{ERA}))?"
            rf"|(?:ال)?(?:عام|سنه)\s+(?P<rdx>{DX})|(?P<this>هذا\s+العام{E}|هذه\s+السنه{E}|العام{E}))")
# «الأشهر الستة الأولى / الستة أشهر الأولى / الـ7 أشهر الأولى / الشهرين الأخيرين من العام X»
FIRST_MONTHS = re.compile(
    rf"{B}(?:ال)?(?:(?:اشهر|شهور)\s+(?:ال\s*)?(?P<n>{CARD}|\d{{1,2}})|(?:ال\s*)?(?P<n2>{CARD}|\d{{1,2}})\s+(?:ال)?(?:اشهر|شهور)"
    rf"|(?P<du>شهرين|شهران))\s+(?P<which>الاولي|الاوائل|الاولين|الاولان|الاخيره|الاخيرين|الاخيران|الاواخر)"
    rf"\s+(?:من|في)\s+{YEAR_REF}")
# «الفترة نفسها / نفس الفترة / الفترة المماثلة / الشهر نفسه من العام الماضي»: an earlier period moved to that year
SAME_PERIOD = re.compile(
    rf"{B}(?:(?:نفس|ذات)\s+(?:الفتره|المده|الشهر|الربع|الفصل)|(?:الفتره|المده|الشهر|الربع|الفصل)\s+(?:نفسها|ذاتها|نفسه|ذاته)"
    rf"|الفتره\s+المماثله|المده\s+المماثله)\s+(?:من|في)\s+{YEAR_REF}")

# --- Times -------------------------------------------------------------------------------------------------------
HOURS_F = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6, "السابعه": 7,
    "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11, "الحاديه عشر": 11, "الحادي عشر": 11,
    "الثانيه عشره": 12, "الثانيه عشر": 12, "الثاني عشر": 12,
}
HOURW = alt(HOURS_F) + E
CARD59 = CARD
DAYPART_SUFFIX = (r"(?:صباحا|صباح\s+اليوم|الصبح|صباحا|فجرا|الفجر|فجر\s+اليوم|ظهرا|الظهر|عصرا|العصر|مساءا|مساء|المساء|"
                  r"ليلا|الليل|بعد\s+الظهر|بعد\s+الظهيره|قبل\s+الظهر|ظهيره|بعد\s+العصر|بعد\s+المغرب|قبل\s+المغرب|"
                  r"العشاء|هذا\s+الصباح|هذه\s+الليله|هذا\s+المساء|الليله|من\s+صباح\s+اليوم|من\s+مساء\s+اليوم|ص|م)(?!\w)")
MINUTES = (rf"(?:\s*و\s*(?:(?P<mq>ربع|نصف|ثلث|النصف|الربع|الثلث){E}|(?P<mn>\d{{1,2}}|{CARD59})\s*(?:دقيقه|دقائق){E})"
           rf"|\s+الا\s+(?P<mneg>ربعا|ربع|ثلثا|ثلث|(?:\d{{1,2}}|{CARD59})\s*(?:دقائق|دقيقه)){E})")
TZ = (r"(?:\s*[(]?\s*(?:بتوقيت|بالتوقيت|توقيت)\s+(?P<tz>غرينتش|غرينيتش|جرينتش|جرينيتش|غرينتشي|[Gg][Mm][Tt]|UTC|utc"
      r"|مكه(?:\s+المكرمه)?|المحلي|محلي|(?!ال?(?:نفس|ذات|ذاته|الذي)(?!\w))[^\W\d_]{2,})(?!\w)"
      r"|\s+(?P<tm>ت\s*م|ت\.\s*م|ت\s*غ)(?!\w))")
CLOCK = r"(?P<h>\d{1,2})(?:\s*(?P<sepc>[:.,،])\s*(?P<mi>\d{2})(?::(?P<sec>\d{2}))?)?(?!\d)"

TIME_SAAT = re.compile(
    rf"{B}(?P<about>(?:نحو|قرابه|حوالي|حوالى)\s+)?(?:الساعه\s*(?P<par>[(]\s*)?(?:ال\s*(?=\d))?|(?P<tam>تمام)\s+ال\s*(?=\d))"
    rf"(?:{CLOCK}|(?P<hw>{HOURW})|(?P<hc>{CARD12}))(?:{MINUTES})?"
    rf"(?:\s+(?:من\s+)?(?P<dp>{DAYPART_SUFFIX}))?(?:{TZ})?(?(par)\s*[)])")
TIME_WORD = re.compile(
    rf"{B}(?P<hw>{HOURW})(?:{MINUTES})?\s+(?P<dp>{DAYPART_SUFFIX})(?:{TZ})?")
TIME_DIGITS = re.compile(
    rf"(?<![\d.,:/\w])(?:ال\s*)?(?P<h>\d{{1,2}})\s*(?P<sepc>[:.,،])\s*(?P<mi>\d{{2}})(?::(?P<sec>\d{{2}}))?(?![\d.,:/]\d)"
    rf"(?:\s+(?P<dp>{DAYPART_SUFFIX}))?(?:{TZ})?")
# an hour in digits told with its day part and no «الساعة»: «عند 10 صباحاً», «الـ9 مساءً»
TIME_HDP = re.compile(
    rf"(?<![\d.,:/\w])(?:ال\s*)?(?P<h>\d{{1,2}})(?![\d.,:/]?\d)\s+(?P<dp>صباحا|فجرا|ظهرا|عصرا|مساءا|مساء|ليلا)(?!\w)"
    rf"(?:{TZ})?")

# A day-part word before a day («صباح الثلاثاء», «مساء أمس», «فجر اليوم»), or «وقت مبكر (من) …».
_DP_WORDS = r"(?P<dp>صباح|صبيحه|مساء|فجر|ظهر|ظهيره|عصر|ليله|ليل|عشيه|منتصف\s+ليل|منتصف\s+ليله)"
DP_PREFIX = re.compile(
    rf"{B}(?:(?P<early>(?:في\s+)?(?:وقت\s+(?:مبكر|متاخر)|ساعه\s+(?:مبكره|متاخره))\s+(?:من\s+)?){_DP_WORDS}?"
    rf"|(?P<first>(?:في\s+)?(?:ال)?ساعات\s+(?:ال)?(?:اولي|اول|مبكره|متاخره|اخيره)\s+(?:من\s+)?){_DP_WORDS.replace('<dp>', '<dp3>')}"
    rf"|{_DP_WORDS.replace('<dp>', '<dp2>')})"
    rf"(?=\s*(?:(?:يوم|نهار)\s+)?(?:{WD}|اليوم|امس|الامس|غد|الغد|البارحه|\d|{ORD31}))")
# «حتى بعيد الظهر», «قبيل الظهر» with no day after them: a day part of the day being told
DP_ALONE = re.compile(
    rf"{B}(?P<w>(?:بعيد|بعد|قبيل)\s+(?:الظهر|الظهيره)){E}(?!\s*(?:(?:يوم|نهار)\s+)?(?:{WD}|اليوم|امس|غد|الغد|\d))")
# Day parts with the article, told of the story's day: «منذ ساعات الفجر الأولى», «في ساعات المساء», «منذ الصباح
# الباكر», «منذ الصباح» (the signal stays outside). Not «منذ العصر الكنعاني» (an era): «العصر» needs «ساعات».
_DP_DEF = r"الصباح|الصبح|الفجر|الظهر|الظهيره|المساء|الليل"
DP_DEF = re.compile(
    rf"{B}(?:(?:ال)?ساعات\s+(?P<dp>{_DP_DEF}|العصر)(?:\s+(?:الاولي|الاول|الباكر|الباكره|المتاخره|المتاخر|الاخيره|الاخير))?"
    rf"|(?P<dp2>الصباح|الصبح|الفجر)\s+(?:الباكر|الباكره)"
    rf"|(?:هذا|هذه)\s+(?P<dp4>الصباح|المساء)"
    rf"|(?:وقت\s+(?:مبكر|متاخر)|(?:ساعه|ساعات)\s+(?:مبكره|متاخره))\s+من\s+(?P<dp5>{_DP_DEF})"
    rf"|(?<=منذ )(?P<dp3>{_DP_DEF})){E}")
# «الليلة» followed by a definite adjective is a night, not tonight: «في الليلة الواحدة» (per night), «الليلة الأولى»,
# or a typo for the adjective «الليلية» («الرحلات الليلة الإضافية»); «إلى» after it is the preposition («الليلة إلى»)
TONIGHT = re.compile(rf"{B}(?:هذه\s+)?الليله(?:\s+(?P<last>الماضيه|البارحه|المنصرمه))?{E}(?!\s+(?!الساعه|{WD}|ال[يى](?![^\W\d_]))(?:ال[^\W\d_]|التي|واحده))")

# --- Quantities ---------------------------------------------------------------------------------------------------
SING = alt(k for k in L.SINGULAR_UNITS if k not in L.PLURAL_UNITS) + E
PLUR = alt(L.PLURAL_UNITS) + E
DUAL = alt(L.DUAL_UNITS) + E
ABOUT = r"(?:نحو|حوالي|حوالى|قرابه|زهاء|ما\s+يقارب|ما\s+يزيد\s+عن|اكثر\s+من|اقل\s+من)"
NUMQ = rf"(?:[(]\s*\d+\s*[)]|\d+(?:[.,]\d+)?|{CARD})"
QTY = (rf"(?:(?:ال\s*)?(?P<n>{NUMQ})\s*(?P<u>{PLUR}|{SING})|(?P<du>{DUAL})|(?P<few>بضعه|بضع|عده|عدة|عدد\s+من)\s+(?P<u2>{PLUR})"
       rf"|(?P<u3>{SING})\s+(?P<one>واحد|واحده){E}"
       rf"|(?P<pl>{PLUR})(?:\s+(?P<q>قليله|عديده|طويله|معدوده|قلائل))?)"
       rf"(?:\s+و\s*(?P<half>نصف|ربع){E}|\s*و(?P<half2>نصف|ربع){E})?(?:\s*[(]?(?P<approx>تقريبا){E}[)]?)?")
DURATION = re.compile(
    rf"{B}(?P<sig>قبل|بعد|منذ|خلال|طوال|طيله|لمده|مده|غضون|مدي)?\s*(?P<about>{ABOUT}\s+)?{QTY}(?P<of>\s+(?:من|علي)(?!\w))?")
# «وقبل ذلك بأيام», «وبعدها بأسبوع»: an offset from the event just told
REL_OFFSET = re.compile(
    rf"{B}(?:قبل|بعد)(?:ها|ه|هما|هم)?(?:\s+ذلك)?\s+ب(?P<u>{PLUR}|عام|سنه|شهر|اسبوع|يوم|ساعه|يومين|اسبوعين|شهرين|عامين|ساعتين){E}")
DEF_DUAL = re.compile(
    rf"{B}ال(?P<du>{DUAL})\s+(?P<adj>الماضيين|الاخيرين|المقبلين|القادمين|المنصرمين|الاولين|الفائتين|السابقين){E}")
SINGLE_UNIT = re.compile(
    rf"{B}(?P<sig>قبل|بعد|منذ|خلال|طوال|طيله|لمده|مده|مدي|غضون)\s+(?P<about>{ABOUT}\s+)?(?P<u>عام|سنه|شهر|اسبوع|يوم|ساعه|عقد|قرن){E}"
    rf"(?:\s+و\s*(?P<half>نصف){E})?(?P<of>\s+من(?!\w))?(?!\s+(?:على|علي|واحد|كامل|مضي|{WD}))")
NEXT_MONTH_DX = re.compile(rf"\s*و\s*(?:شهر\s+)?{MON_NAME}\s+(?P<dx>{DX})")
# «في آذار وأيار عام 2019», «5 آذار و7 أيار 2019»: coordinated months take the year written after the last one
NEXT_MONTH_YEAR = re.compile(
    rf"(?:\s*(?:و|او|ثم|[،,])\s*(?:في\s+)?(?:(?:\d{{1,2}}|{ORD31})\s*(?:من\s+)?)?(?:شهر\s+)?{MON_NAME}){{1,3}}"
    + year_tail("c"))
FRACTION_UNIT = re.compile(rf"{B}(?P<frac>نصف|ربع|ثلث)\s+(?P<u>ساعه|عام|سنه|قرن|شهر|يوم|ساعه){E}")
ACC_UNIT = re.compile(rf"{B}(?P<u>اسبوعا|شهرا|يوما){E}(?!\s+(?:عاما|من\s+العمر|ما{E}|بعد\s+يوم|عن\s+يوم))")
DEF_PLURAL = re.compile(
    rf"{B}(?:ال(?P<u>{PLUR})\s+(?:ال\s*(?P<n>{CARD}|\d{{1,3}})\s+)?|ال\s*(?P<n2>{CARD}|\d{{1,3}})\s+ال(?P<u2>{PLUR})\s+)"
    rf"(?P<adj>{DX}|الاولي|الاول|الاخيره|الاخير|المتبقيه|المتبقي|الباقيه|الاخري)")
DECADES = {"العشرينيات": 2, "الثلاثينيات": 3, "الاربعينيات": 4, "الخمسينيات": 5, "الستينيات": 6, "السبعينيات": 7,
           "الثمانينيات": 8, "التسعينيات": 9, "عشرينيات": 2, "ثلاثينيات": 3, "اربعينيات": 4, "خمسينيات": 5,
           "ستينيات": 6, "سبعينيات": 7, "ثمانينيات": 8, "تسعينيات": 9}
CENTURY = re.compile(
    rf"{B}(?P<head>القرن|قرن)\s+(?:(?P<o>{ORD31})|ال?(?P<n>\d{{1,2}}))(?:\s+(?P<bc>قبل\s+الميلاد|ق\.?\s*م){E})?"
    rf"|{B}(?P<head2>القرن)\s+(?P<dx>{DX})"
    rf"|{B}(?P<pl>القرون){E}"
    rf"|{B}(?P<dec>{alt(DECADES)})(?:\s+(?:من\s+)?(?P<dcent>القرن\s+(?:الماضي|المنصرم|العشرين|التاسع\s+عشر|الحالي)))?{E}")
# «يومي الأحد والثلاثاء من كل أسبوع», «الجمعة أسبوعياً»: recurring weekdays are one SET, not dated days
WEEKDAY_SET = re.compile(
    rf"{B}(?:(?:ال)?(?:يومي|ايام|يوم)\s+)?{WD}(?:\s*(?:و|،|,|او)\s*{WD}){{0,5}}\s+(?:(?:من|في)\s+)?(?:كل\s+اسبوع{E}|اسبوعيا{E})")
SETS = re.compile(
    rf"{B}(?:(?P<kull>كل)\s+(?:(?:يوم\s+)?(?P<wd>{WD}|{WDB})|(?P<du>{DUAL})|(?P<n>\d{{1,3}}|{CARD})\s+(?P<pu>{PLUR}|{SING})|(?P<u>يوم|اسبوع|شهر|عام|سنه|ساعه|صباح|مساء|ليله){E}(?!\s+من\s+(?!ال)|\s*\d))"
    rf"|(?P<adv>يوميا|اسبوعيا|شهريا|سنويا|سنويه_|ساعيا){E})")

VAGUE = re.compile(
    rf"{B}(?P<w>الان|حاليا|هذه\s+الايام|في\s+الوقت\s+الحاضر|الوقت\s+الحاضر|في\s+الوقت\s+الحالي|الوقت\s+الحالي|في\s+الوقت\s+الراهن|الوقت\s+الراهن|حالا|في\s+هذه\s+اللحظه"
    rf"|مؤخرا|موخرا|في\s+الماضي(?!\s+(?:القريب|البعيد))|منذ\s+فتره|قبل\s+فتره|قبل\s+ايام|قبل\s+اسابيع|قبل\s+اشهر|قبل\s+سنوات|قبل\s+ساعات|وقت\s+سابق|وقت\s+مسبق"
    rf"|الفتره\s+(?:الماضيه|الاخيره|السابقه|المنصرمه|الحاليه|الراهنه)|الاونه\s+الاخيره|الايام\s+(?:الماضيه|الاخيره|الفائته)"
    rf"|لاحقا|الفتره\s+(?:المقبله|القادمه)|الايام\s+(?:القادمه|المقبله)|المستقبل\s+القريب|المستقبل|قريبا(?!\s+(?:جدا\s+)?من(?!\w))|عما\s+قريب"
    rf"|المدي\s+القريب(?:\s+او\s+البعيد)?|المدي\s+البعيد|الماضي\s+القريب|السنوات\s+(?:القليله\s+)?(?:المقبله|القادمه)"
    rf"|السنوات\s+(?:الاخيره|الماضيه)|العقود\s+(?:الاخيره|الماضيه)"
    rf"|(?:الاسابيع|الساعات)\s+(?:القليله\s+)?(?:القادمه|المقبله|الماضيه|الاخيره|الفائته|المنصرمه))(?!\w)")

ANAPHOR = re.compile(
    rf"{B}(?P<w>اليوم\s+(?:التالي|السابق|الذي\s+يليه|الذي\s+سبقه)|ذلك\s+الحين|ذلك\s+الوقت|تلك\s+الفتره|هذا\s+التاريخ|ذلك\s+التاريخ|ذات\s+التاريخ|التاريخ\s+ذاته|التاريخ\s+نفسه"
    rf"|ذلك\s+اليوم|هذا\s+اليوم|اليوم\s+ذاته|اليوم\s+نفسه|ذات\s+اليوم|نفس\s+اليوم|وقتها|حينها|انذاك|انئذ|وقتئذ|حينئذ"
    rf"|تلك\s+السنه|ذلك\s+العام|العام\s+ذاته|العام\s+نفسه|نفس\s+العام|ذات\s+العام|ذلك\s+الشهر|الشهر\s+ذاته|الشهر\s+نفسه){E}")

HOLIDAY = re.compile(
    rf"{B}(?P<h>عيد\s+الميلاد(?:\s+المجيد)?|الكريسماس|كريسماس|عيد\s+الاضحي(?:\s+المبارك)?|عيد\s+الفطر(?:\s+المبارك)?"
    rf"|عيد\s+الفصح|عاشوراء|راس\s+السنه\s+الهجريه|راس\s+السنه\s+الميلاديه|راس\s+السنه|ليله\s+القدر|يوم\s+عرفه|المولد\s+النبوي"
    rf"|(?:شهر\s+)?رمضان(?=\s+(?:\d{{4}}|المبارك|الماضي|المقبل|القادم|الجاري|الحالي|المنصرم)))"
    rf"(?:\s+(?:(?:ل|من\s+)?(?:عام|سنه)\s*)?(?P<yr>\d{{4}})(?!\d)"
    rf"|\s+(?P<rel>الماضي|المنصرم|الفائت|السابق|المقبل|القادم|الجاري|الحالي)(?!\w))?{E}")

# --- Pieces every match must hold -------------------------------------------------------------------------------
# A rule scans each window around its trigger words (triggers.py) with its full pattern, trying it at every position;
# most windows of the rarer patterns hold no match at all. NEEDS gives, for those patterns, a piece that every match
# contains (a sub-sequence of the pattern, no lookaround, opening on a literal or a character class so that the
# engine skips to it): a window in which that piece does not occur cannot hold a match and is not scanned.
def _body(rx: re.Pattern) -> str:
    """The pattern after its opening word-start assertion ``B`` (which keeps the engine from skipping ahead)."""
    assert rx.pattern.startswith(B)
    return rx.pattern[len(B):]


NEEDS: dict[re.Pattern, re.Pattern] = {rx: re.compile(need) for rx, need in (
    (YEAR_RANGE, r"\d\d\d\d\s*(?:و|-|الي|حتي)"),              # the first year and the range word
    (NUM_RANGE, r"/\s*\d\d?\s*/\s*\d\d\d\d"),                  # «…/11/1436»
    (SEASON_YEARS, r"/\s*\d\d"),                               # «2014/15»
    (NUM_DMY, r"[/\-.–—]\s*\d\d?\s*[/\-.–—]\s*\d\d\d\d"),
    (NUM_YMD, r"\d\d\d\d\s*[/\-.]\s*\d"),
    (NUM_MY, r"/(?:19|20)\d\d"),
    (YEAR_HEAD, r"(?:عام|سنه)\s*\d\d\d\d"),
    (YEAR_DX_HEAD, r"\d\d\d\d"),
    (YEAR_ERA, r"\d\d\d\d\s*[همل]"),                          # a year and the first letter of an era word
    (YEAR_SIGNAL, r"(?:19|20)\d\d"),
    (YEAR_HYPHEN, r"\d\d\s*[-–]\s*\d\d"),
    (TIME_DIGITS, r"\d\s*[:.,،]\s*\d\d"),
    (NUM_WD_DM, r"\d\s*/\s*\d"),
    (MONTH_DAYS_RANGE, r"\d\s*(?:-|–|الي|حتي)\s*\d"),
    (ACADEMIC, r"دراسي"),
    (PART_PERIOD, alt(L.PARTS)),
    (QUARTER, r"(?:الربع|النصف)\s"),
    (SAME_PERIOD, r"(?:الفتره|المده|الشهر|الربع|الفصل)\s"),
    (NTH_WEEKDAY, alt(list(L.WEEKDAYS) + list(L.WEEKDAYS_BARE))),
    (NTH_UNIT, r"يوم|اسبوع|ايام"),
    (REL_OFFSET, r"(?:قبل|بعد)(?:ها|ه|هما|هم)?(?:\s+ذلك)?\s+ب"),
    (SINGLE_UNIT, r"(?:قبل|بعد|منذ|خلال|طوال|طيله|لمده|مده|مدي|غضون)\s"),
    (DEF_DUAL, r"الماضيين|الاخيرين|المقبلين|القادمين|المنصرمين|الاولين|الفائتين|السابقين"),
    (DAYS_RANGE, rf"{RANGE_TO}\s*(?:\d|{ORD31})"),              # the range word and the second day
    (MONTHS_RANGE, rf"(?:من|بين)\s+(?:شهر\s+)?{MON_NAME}"),
    (PART_MONTH, rf"{PARTS}\s+(?:من\s+)?(?:ال)?{MON}"),
    (TIME_WORD, HOURW),
    (NTH_AFTER, _body(NTH_AFTER)),
    (ANAPHOR, _body(ANAPHOR)),
)}

# Patterns tried only where their body (the pattern after the word-start assertion B) matches: the engine cannot skip
# ahead over a pattern that opens on a lookbehind and tries B's three lookbehinds at every position of a window; the
# body alone is found at C speed. Exact: a match of B + body at s is a match of the body at s, so no match is passed
# over, and the pattern itself decides at each such start (engine._at_body). Each of these needs at least a word, so
# none matches empty. (Chosen by measurement: a body that opens on optional words scans no faster than the pattern.)
BY_BODY: dict[re.Pattern, re.Pattern] = {rx: re.compile(_body(rx)) for rx in (
    NTH_WEEKDAY, MONTHS_RANGE, HALF_MONTH, REL_PERIOD, SEASON, ACADEMIC, REL_DAY, YEAR_HEAD, YEAR_DX_HEAD, TIME_SAAT,
    TIME_WORD, TONIGHT, DP_PREFIX, DP_DEF, SINGLE_UNIT, REL_OFFSET, FRACTION_UNIT, DEF_PLURAL, DEF_DUAL, ACC_UNIT, SETS,
    WEEKDAY_SET, VAGUE, HOLIDAY, ANAPHOR, PART_MONTH, QUARTER)}
