"""Arabic temporal vocabulary, written in the normalised orthography of ``normalize.py``
(ا for أ/إ/آ, ي for ى, ه for ة, ASCII digits).

Each table maps a surface form to its meaning; ``alt()`` turns a table into a regex alternation, longest first.
"""
from __future__ import annotations


def alt(words) -> str:
    ws = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(w.replace(" ", r"\s+") for w in ws) + ")"


# --- Gregorian months: every family ---------------------------------------------------------------------------
GREG_MONTHS: dict[str, int] = {}
_G = {
    1: ["يناير", "ينايير", "جانفي", "جانفييه", "كانون الثاني", "كانون ثاني", "كانون ثان", "يناير"],
    2: ["فبراير", "فبرير", "فيفري", "شباط", "فبراير"],
    3: ["مارس", "اذار", "مارش"],
    4: ["ابريل", "افريل", "نيسان", "ابريل"],
    5: ["مايو", "ماي", "ايار", "مايس"],
    6: ["يونيو", "يونيه", "جوان", "حزيران"],
    7: ["يوليو", "يوليه", "يوليوز", "جويليه", "تموز"],
    8: ["اغسطس", "اغسطوس", "اوت", "اب", "غشت", "اغشت"],
    9: ["سبتمبر", "شتنبر", "ايلول", "سيبتمبر"],
    10: ["اكتوبر", "تشرين الاول", "تشرين اول"],
    11: ["نوفمبر", "نونبر", "تشرين الثاني", "تشرين ثاني", "تشرين ثان"],
    12: ["ديسمبر", "دجنبر", "كانون الاول", "كانون اول", "دسمبر"],
}
for _m, _ws in _G.items():
    for _w in _ws:
        GREG_MONTHS[_w] = _m
# Names that are also ordinary words: only read as months with a number, a year, a head word or a dual partner.
AMBIGUOUS_MONTHS = {"مارس", "ماي", "اب", "اوت", "جوان", "تموز", "ايار", "مايس", "مارش", "شباط"}

# --- Hijri months ----------------------------------------------------------------------------------------------
HIJRI_MONTHS: dict[str, int] = {}
_H = {
    1: ["محرم", "المحرم"],
    2: ["صفر"],
    3: ["ربيع الاول", "ربيع اول", "ربيع الاول"],
    4: ["ربيع الثاني", "ربيع الاخر", "ربيع ثاني"],
    5: ["جمادي الاولي", "جمادي الاول", "جماد الاول", "جمادي اولي"],
    6: ["جمادي الاخره", "جمادي الثانيه", "جمادي الاخر", "جمادي الثاني", "جماد الثاني", "جماد الاخر"],
    7: ["رجب"],
    8: ["شعبان"],
    9: ["رمضان"],
    10: ["شوال"],
    11: ["ذو القعده", "ذي القعده", "ذوالقعده", "ذيالقعده", "ذو القعد", "ذي القعد"],
    12: ["ذو الحجه", "ذي الحجه", "ذوالحجه", "ذيالحجه"],
}
for _m, _ws in _H.items():
    for _w in _ws:
        HIJRI_MONTHS[_w] = _m
# Hijri names that are also personal names or common words.
AMBIGUOUS_HIJRI = {"محرم", "صفر", "رجب", "شعبان", "رمضان", "المحرم", "شوال"}

# --- Weekdays (Monday = 0, as datetime.weekday) ------------------------------------------------------------------
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الثلاثا": 1, "الثلثاء": 1, "الاربعاء": 2,
    "الاربعا": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
WEEKDAYS_BARE: dict[str, int] = {  # without the article, after يوم or before الأسبوع
    "اثنين": 0, "ثلاثاء": 1, "ثلاثا": 1, "اربعاء": 2, "اربعا": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6,
}

# --- Deictic words ---------------------------------------------------------------------------------------------
PAST = ["الماضيين", "الماضيتين", "المنصرمين", "الماضي", "الماضيه", "الماض", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق", "السابقه", "المنقضي",
        "المنقضيه", "المنتهي", "الاخير", "الاخيره"]
FUTURE = ["القادمين", "المقبلتين", "المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه", "الجاي", "الاتي", "المقبلين"]
PRESENT = ["الجاري", "الجاريه", "الحالي", "الحاليه", "هذا", "هذه"]
DEICTIC: dict[str, int] = {**{w: -1 for w in PAST}, **{w: 1 for w in FUTURE},
                           **{w: 0 for w in PRESENT if not w.startswith("هذ")}}
# "الأخير" means "last" as in "the last Monday of"; as a deictic after a period it means "the most recent".

# --- Numbers -----------------------------------------------------------------------------------------------------
UNITS: dict[str, int] = {
    "واحد": 1, "واحده": 1, "احد": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "اثنتان": 2, "ثلاث": 3, "ثلاثه": 3,
    "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8,
    "ثمانيه": 8, "تسع": 9, "تسعه": 9,
}
TEENS: dict[str, int] = {
    "عشر": 10, "عشره": 10, "احد عشر": 11, "احدي عشر": 11, "احدي عشره": 11, "اثنا عشر": 12, "اثني عشر": 12,
    "اثنتا عشره": 12, "اثنتي عشره": 12, "اثنا عشره": 12, "اثني عشره": 12,
}
for _w, _v in list(UNITS.items()):
    if _v >= 3:
        TEENS[_w + " عشر"] = 10 + _v
        TEENS[_w + " عشره"] = 10 + _v
TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90,
    "تسعين": 90,
}
HUNDREDS: dict[str, int] = {"مائه": 100, "مئه": 100, "مئتين": 200, "مئتان": 200, "مائتين": 200, "مائتان": 200}
CARDINALS: dict[str, int] = {**UNITS, **TEENS, **TENS, **HUNDREDS}
for _u, _uv in UNITS.items():
    for _t, _tv in TENS.items():
        CARDINALS[f"{_u} و{_t}"] = _uv + _tv

ORD_UNITS: dict[str, int] = {
    "اول": 1, "اولي": 1, "حادي": 1, "حاديه": 1, "ثاني": 2, "ثانيه": 2, "ثان": 2, "ثالث": 3, "ثالثه": 3,
    "رابع": 4, "رابعه": 4, "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7, "ثامن": 8,
    "ثامنه": 8, "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10,
}
ORDINALS: dict[str, int] = {}
for _w, _v in ORD_UNITS.items():
    if _v < 10 and _w not in ("حادي", "حاديه") or _v == 10:
        ORDINALS["ال" + _w] = _v
        ORDINALS[_w] = _v
    if _v < 10:
        for _ten in ("عشر", "عشره"):
            ORDINALS[f"ال{_w} {_ten}"] = 10 + _v
            ORDINALS[f"{_w} {_ten}"] = 10 + _v
        for _t, _tv in TENS.items():
            if _tv <= 30:
                ORDINALS[f"ال{_w} وال{_t}"] = _v + _tv
                ORDINALS[f"{_w} و{_t}"] = _v + _tv
for _t, _tv in TENS.items():
    if _tv <= 30:
        ORDINALS["ال" + _t] = _tv
for _k in [k for k in ORDINALS if k.startswith(("الاول", "الاولي"))]:
    pass
# Ordinals used for "the Nth weekday of the month" and "the Nth week".
NTH: dict[str, int] = {w: v for w, v in ORDINALS.items() if v <= 5}

# --- Durations ---------------------------------------------------------------------------------------------------
# unit key -> (TimeML designator, is_time_unit)
UNIT_KEYS = {"Y": ("Y", False), "M": ("M", False), "W": ("W", False), "D": ("D", False), "H": ("H", True),
             "MIN": ("M", True), "DE": ("DE", False), "CE": ("CE", False), "S": ("S", True)}
SINGULAR_UNITS = {  # singular and accusative-indefinite forms
    "عام": "Y", "عاما": "Y", "سنه": "Y", "سنوات": "Y", "شهر": "M", "شهرا": "M", "اسبوع": "W", "اسبوعا": "W",
    "يوم": "D", "يوما": "D", "ساعه": "H", "دقيقه": "MIN", "عقد": "DE", "قرن": "CE", "ثانيه": "S",
    "اعوام": "Y", "سنين": "Y", "اشهر": "M", "شهور": "M", "اسابيع": "W", "ايام": "D", "ساعات": "H",
    "دقائق": "MIN", "عقود": "DE", "قرون": "CE", "ثوان": "S", "ثواني": "S", "اعواما": "Y",
}
DUAL_UNITS = {
    "عامين": "Y", "عامان": "Y", "سنتين": "Y", "سنتان": "Y", "شهرين": "M", "شهران": "M", "اسبوعين": "W",
    "اسبوعان": "W", "يومين": "D", "يومان": "D", "ساعتين": "H", "ساعتان": "H", "دقيقتين": "MIN",
    "عقدين": "DE", "عقدان": "DE", "قرنين": "CE", "قرنان": "CE",
}
PLURAL_UNITS = {
    "سنوات": "Y", "سنين": "Y", "اعوام": "Y", "اشهر": "M", "شهور": "M", "اسابيع": "W", "ايام": "D",
    "ساعات": "H", "دقائق": "MIN", "عقود": "DE", "قرون": "CE",
}

# --- Seasons -----------------------------------------------------------------------------------------------------
SEASONS = {"الربيع": "SP", "الصيف": "SU", "الخريف": "FA", "الشتاء": "WI", "الشتا": "WI"}

# --- Parts of periods ------------------------------------------------------------------------------------------
PART_START = ["اوائل", "مطلع", "بدايه", "بدء", "مستهل", "اول", "اوايل", "مطالع", "اول ايام"]
PART_MID = ["منتصف", "اواسط", "وسط", "نصف", "نص", "منتصف"]
PART_END = ["اواخر", "نهايه", "اخر", "ختام", "اخير", "اواخر", "اواخير", "نهايات", "خواتيم"]
PART_START += ["العشر الاوائل", "العشر الاولي", "العشره الاولي", "الايام الاولي"]
PART_MID += ["العشر الاواسط", "العشر الوسطي"]
PART_END += ["العشر الاواخر", "العشر الاخيره", "الايام الاخيره"]
PARTS: dict[str, str] = {**{w: "START" for w in PART_START}, **{w: "MID" for w in PART_MID},
                         **{w: "END" for w in PART_END}}

# --- Day parts -----------------------------------------------------------------------------------------------------
DAYPARTS = {
    "صباح": "MO", "صباحا": "MO", "الصباح": "MO", "الصبح": "MO", "صبح": "MO", "فجر": "MO", "فجرا": "MO",
    "الفجر": "MO", "ضحي": "MO", "الضحي": "MO", "ظهر": "AF", "ظهرا": "AF", "الظهر": "AF", "عصر": "AF",
    "عصرا": "AF", "العصر": "AF", "بعد الظهر": "AF", "بعد الظهيره": "AF", "ظهيره": "AF", "مساء": "EV", "مساءا": "EV",
    "المساء": "EV", "مغرب": "EV", "المغرب": "EV", "عشيه": "EV", "ليل": "NI", "ليلا": "NI", "الليل": "NI",
    "ليله": "NI", "منتصف الليل": "NI", "منتصف ليل": "NI", "العشاء": "NI",
}


def cardinal(s: str) -> int | None:
    """Value of a cardinal number phrase («ثلاثة», «خمس وأربعون», «ثلاث و عشرين»)."""
    import re as _re
    s = _re.sub(r"\s+", " ", s.strip())
    s = _re.sub(r"و\s+", "و", s)
    if s in CARDINALS:
        return CARDINALS[s]
    parts = s.split(" و") if " و" in s else None
    if parts and len(parts) == 2 and parts[0] in CARDINALS and parts[1] in TENS:
        return CARDINALS[parts[0]] + TENS[parts[1]]
    return None


_TENS_ORD = {"عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30}


def ordinal(s: str) -> int | None:
    """Value of an ordinal phrase («العاشر», «الحادي والعشرين», «السابع عشرة», «ثالث»)."""
    import re as _re
    s = _re.sub(r"\s+", " ", s.strip())
    if s in ORDINALS:
        return ORDINALS[s]
    s = _re.sub(r"و\s+", "و", s)
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in s.split(" ")]
    if not words:
        return None
    first = words[0]
    if len(words) == 1:
        return ORD_UNITS.get(first) or _TENS_ORD.get(first)
    u = ORD_UNITS.get(first)
    if u is None or u >= 10 or len(words) != 2:
        return None
    second = words[1]
    if second in ("عشر", "عشره"):
        return 10 + u
    if second.startswith("و"):
        t = second[1:]
        t = t[2:] if t.startswith("ال") else t
        if t in _TENS_ORD:
            return u + _TENS_ORD[t]
    return None
