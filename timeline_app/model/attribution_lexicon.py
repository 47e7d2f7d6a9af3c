"""Attribution lexicon: cue forms generated from lemma tables (past and present conjugations, participles, object
pronouns, clitics), the word classes that head a source (people, officials, organisations, media, documents), and
source typing (``classify``) and verb agreement (``agreement``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, fold, gazetteer, tokens


# ---------------------------------------------------------------------------------------------------------------
# Cue lexicon
# ---------------------------------------------------------------------------------------------------------------
# lemma: (past 3ms stem, present stem after the prefix, participle stem, flags)
#   flags: N = takes a nominal object as its claim; W = weak (needs a complementiser close by);
#          T = transitive form with an object pronoun («وصفتها»، «تناقلته»); D = denial;
#          n = a nominal object only after a past-tense form («اعتبرت المعارضة الانتخابات…», not «يعتبر المشروع…»);
#          d = a nominal object only with a document subject («أظهرت بيانات رسمية ارتفاع…»);
#          Q = the content may follow «عن/عمّا» («تساءل النائب عن جدوى…»); M = «من» («حذّر من تفاقم…»)
_VERBS: dict[str, tuple[str, str, str | None, str]] = {
    "قال": ("قال", "قول", "قائل", ""),
    "أكد": ("أكد", "ؤكد", "مؤكد", "N"),
    "أوضح": ("أوضح", "وضح", "موضح", ""),
    "كشف": ("كشف", "كشف", "كاشف", "N"),
    "أعلن": ("أعلن", "علن", "معلن", "N"),
    "ذكر": ("ذكر", "ذكر", None, "W"),
    "أشار": ("أشار", "شير", "مشير", "W"),
    "أفاد": ("أفاد", "فيد", "مفيد", "W"),
    "لفت": ("لفت", "لفت", "لافت", "W"),
    "شدد": ("شدد", "شدد", "مشدد", "N"),
    "بيّن": ("بين", "بين", "مبين", "W"),
    "تعهّد": ("تعهد", "تعهد", "متعهد", ""),
    "رجّح": ("رجح", "رجح", "مرجح", "N"),
    "صرّح": ("صرح", "صرح", "مصرح", ""),
    "أضاف": ("أضاف", "ضيف", "مضيف", "W"),
    "ثمّن": ("ثمن", "ثمن", "مثمن", "N"),
    "استنكر": ("استنكر", "ستنكر", "مستنكر", "N"),
    "نوّه": ("نوه", "نوه", "منوه", "W"),
    "أهاب": ("أهاب", "هيب", "مهيب", "W"),
    "أظهر": ("أظهر", "ظهر", None, "Wd"),
    "أبلغ": ("أبلغ", "بلغ", None, "W"),
    "أردف": ("أردف", "ردف", "مردف", "W"),
    "تابع": ("تابع", "تابع", None, "W"),
    "اعتبر": ("اعتبر", "عتبر", "معتبر", "Wn"),
    "رأى": ("رأى", "رى", None, "W"),
    "حذّر": ("حذر", "حذر", "محذر", "WM"),
    "توقّع": ("توقع", "توقع", "متوقع", "W"),
    "وصف": ("وصف", "صف", "واصف", "WT"),
    "نقل": ("نقل", "نقل", "ناقل", "WT"),
    "تناقل": ("تناقل", "تناقل", None, "WT"),
    "تداول": ("تداول", "تداول", None, "WT"),
    "نفى": ("نفى", "نفي", "ناف", "ND"),
    "أعرب": ("أعرب", "عرب", "معرب", "N"),
    "أشاد": ("أشاد", "شيد", "مشيد", "N"),
    "زعم": ("زعم", "زعم", "زاعم", "W"),
    "اتهم": ("اتهم", "تهم", "متهم", "W"),
    "تساءل": ("تساءل", "تساءل", "متسائل", "WQ"),
    "عزا": ("عزا", "عزو", None, "N"),
    "أرجع": ("أرجع", "رجع", None, "N"),
    "أدان": ("أدان", "دين", None, "N"),
    "ندّد": ("ندد", "ندد", "مندد", "N"),   # condemnation, like «استنكر» of the dev conventions
    "شجب": ("شجب", "شجب", "شاجب", "N"),
    "دان": ("دان", "دين", None, "N"),
    "كتب": ("كتب", "كتب", None, "W"),
    "أورد": ("أورد", "ورد", None, "W"),
    "اعترف": ("اعترف", "عترف", "معترف", "W"),
    "استبعد": ("استبعد", "ستبعد", "مستبعد", "W"),
    "ادّعى": ("ادعى", "دعي", "مدع", "W"),
    "روى": ("روى", "روي", "راو", "W"),
    "لمّح": ("لمح", "لمح", "ملمح", "W"),
    "أفصح": ("أفصح", "فصح", "مفصح", "WQ"),
}

_PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن")
_PRES_SUFFIXES = ("", "ون", "ان", "ن")
_OBJ = ("ه", "ها", "هم", "هما")
_PART_SUFFIXES = ("ا", "ة", "ه", "ين", "ات", "ان", "تين", "")


@dataclass(frozen=True, slots=True)
class CueForm:
    lemma: str
    kind: str      # verb | present | participle
    flags: str
    agr: str = ""  # subject agreement the form shows: m | f | pl | du | "" (unknown)


def _defective_past(stem: str) -> list[str]:
    # «نفى»: نفت، نفيا، نفوا؛ «عزا»: عزت، عزوا، عزتا
    b = stem[:-1]
    if stem.endswith("ا"):
        return [stem, b + "ت", b + "وا", b + "تا"]
    return [stem, b + "ت", b + "يا", b + "وا", b + "تا"]


def _build_cues() -> dict[str, CueForm]:
    out: dict[str, CueForm] = {}
    for lemma, (past, pres, part, flags) in _VERBS.items():
        past_f, pres_f = fold(past), fold(pres)
        defective = (len(past_f) >= 3 and past_f.endswith("ي") and past_f not in ("راي",)) or past_f == "راي" \
            or (len(past_f) == 3 and past_f.endswith("ا") and past_f[1] != "ا")
        pasts = _defective_past(past_f) if defective else [past_f + s for s in _PAST_SUFFIXES]
        if lemma == "قال":
            pasts.append("قلن")
        for f in pasts:
            suf = f[len(past_f):] if f.startswith(past_f) else f[len(past_f) - 1:]
            agr = {"": "m", "ت": "f", "وا": "pl", "ا": "du", "يا": "du", "تا": "du", "ن": "", "ي": "m"}.get(suf, "")
            if f == past_f:
                agr = "m"
            out.setdefault(f, CueForm(lemma, "verb", flags, agr))
            if "T" in flags or "N" in flags:
                for o in _OBJ:
                    stem = f[:-1] + "و" if f.endswith("وا") else f
                    out.setdefault(stem + o, CueForm(lemma, "verb", flags, agr))
        for pre in "يت":
            for suf in _PRES_SUFFIXES:
                f = pre + pres_f + suf
                agr = "pl" if suf == "ون" else "du" if suf == "ان" else "" if suf == "ن" else ("m" if pre == "ي" else "f")
                out.setdefault(f, CueForm(lemma, "present", flags, agr))
                if "T" in flags:
                    for o in _OBJ:
                        out.setdefault(f + o, CueForm(lemma, "present", flags, agr))
        if part:
            pf = fold(part)
            for suf in _PART_SUFFIXES:
                agr = {"ا": "m", "": "m", "ة": "f", "ه": "f", "ين": "pl", "ات": "f", "ان": "du", "تين": "du"}.get(suf, "")
                out.setdefault(pf + suf, CueForm(lemma, "participle", flags, agr))
            if pf.endswith("ف") and lemma == "نفى":
                out.setdefault("نافيا", CueForm(lemma, "participle", flags))
    # words that collide with cue forms and are far more often something else
    for w in ("بين", "تبين", "ذكر", "نقل", "رأي", "مقر", "متهم", "مطالب", "تابع", "توقع", "كتب", "يدين", "تدين", "قائل",
              "مدع", "راو", "مدعي", "تروي", "يروي"):
        out.pop(w, None)
    out["بين"] = CueForm("بيّن", "verb", "W")   # only with a complementiser right after its subject
    out["ذكر"] = CueForm("ذكر", "verb", "W", "m")
    out["تابع"] = CueForm("تابع", "verb", "W", "m")
    out["توقع"] = CueForm("توقّع", "verb", "W", "m")   # the verb, not the noun «توقع» (expectation)
    out["كتب"] = CueForm("كتب", "verb", "W", "m")      # the verb, not the plural «كتب» (books)
    out["نقل"] = CueForm("نقل", "verb", "W", "m")      # «ونقل التلفزيون عن الرئيس قوله إن…», not «نقل» (transport)
    out["يدين"] = CueForm("أدان", "present", "N", "m")
    out["تدين"] = CueForm("أدان", "present", "N", "f")
    return out


_CUES = _build_cues()
# bare forms that are more often nouns: a cue only when a clause opens with them («وتوقع المحلل أن»)
_WEAK_NEEDS_PREFIX = {"بين", "ذكر", "تابع", "توقع", "كتب", "عزت", "راي", "ثمن", "نقل", "تداول", "تناقل"}

_COMP_RE = re.compile(r"^(?:ب|ل)?(?:ان|انّ)(?:ه|ها|هم|هما|هن|نا|ني|كم)?$")
_PREP_CUES = {"بحسب": "بحسب", "حسب": "حسب", "وفقا": "وفقاً", "طبقا": "طبقاً", "نقلا": "نقلاً"}
# tokens after which a source noun phrase stops (adjuncts between the subject and the claim)
_ADJUNCT = {fold(w) for w in """
في فى خلال عبر يوم اليوم أمس غدا الى إلى على عن بعد قبل منذ أثناء اثناء خلال لدى أمام حول ضمن وسط عقب إثر
مساء صباح ظهر الليلة فجر السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة أيضا أيضاً كذلك
بدوره بدورها جهته جهتها جانبه جانبها ذلك هذا الشأن وهو وهي وهم وهما ل لـ تصريح تصريحات بيان حديث مقابلة مؤتمر
""".split()}
_MEDIA_DATIVE = re.compile(r"^ل(?:ل)?(?:وكاله|وكالة|صحيفه|صحيفة|قناه|قناة|موقع|شبكه|شبكة|تلفزيون|اذاعه|إذاعة|"
                           r"صحافيين|صحفيين|صحافه|صحافة|وسائل|مراسل|الصحافيين|الصحفيين|الصحافة|الصحافه|هيئه|هيئة|"
                           r"مجله|مجلة|اذاعة|وكالات)")
# clause openers: subject-verb order starts after one of these
_OPENERS = {fold(w) for w in """
إن أن فإن وإن لكن لكنّ ولكن بينما فيما كما حيث إذ ثم بل وقد فقد قد لقد و ف أما
""".split()}
_IMPERSONAL_PREFIX = ("مما", "ما", "وهوما", "وهو", "هو", "مم")
_TEMPORAL_SKIP = {fold(w) for w in """ليل اليوم أمس غدا السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة مساء صباح
منتصف مطلع أوائل اوائل أواخر نهاية بداية مطلع الماضي المقبل الجاري الحالي المنصرم الفائت الأسبوع الشهر العام يوم
يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان
أيار حزيران تموز آب أيلول تشرين الأول الثاني جانفي فيفري أفريل ماي جوان جويلية أوت غشت شتنبر نونبر دجنبر
مرارا تكرارا وتكرارا سابقا مجددا مؤخرا أخيرا لاحقا رسميا علنا صراحة مسبقا حينها آنذاك حينذاك سلفا""".split()}


# words that open a date phrase (not adjectives such as «العام»، «الأول» that also follow titles)
_DATE_HEADS = {fold(w) for w in """اليوم أمس غدا السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة مساء صباح
ظهر فجر ليل منتصف مطلع أوائل اوائل أواخر نهاية بداية الأسبوع الشهر العام_الماضي يوم ليلة الليلة قبل بعد منذ خلال
يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان
أيار حزيران تموز آب أيلول تشرين""".split()}


def _is_temporal(tok: str) -> bool:
    return tok in _TEMPORAL_SKIP or tok.isdigit()

_ANON_HEADS = {fold(w) for w in """
مصادر مصدر المصادر المصدر مسؤول مسؤولون مسؤولين مسؤولان مسؤولة مسؤولو مسئول مسئولون مسئولين المسؤولين المسؤولون
المسئولين شهود شاهد الشهود البعض مراقبون مراقبين محللون محللين خبراء خبير دبلوماسيون دبلوماسي دبلوماسيين ناشطون ناشطين
سكان مواطنون مقربون مقربين أوساط اوساط جهات مطلعون مطلعين مصادرنا الشاهد شاهدة الشاهدة الخبراء المحللون المحللين
المراقبون المراقبين الدبلوماسيون الناشطون السكان المواطنون
""".split()}
_MEDIA_HEADS = {fold(w) for w in """
وكالة الوكالة صحيفة الصحيفة قناة القناة موقع الموقع مواقع وسائل تلفزيون التلفزيون إذاعة الإذاعة شبكة الشبكة أنباء
الأنباء تقارير تقرير_إعلامي مجلة المجلة رويترز وكالات أخبار الأخبار شائعات الشائعات منصات المنصات منصة المنصة
حسابات صفحات شبكات الصحف صحف الصحافة الإعلام وسائط مدونون المدونون روايات التقارير
""".split()}
_DOC_HEADS = {fold(w) for w in """
بيان البيان بيانات البيانات استطلاع الاستطلاع تقرير التقرير دراسة الدراسة وثيقة الوثيقة رسالة الرسالة إحصاءات
الإحصاءات أرقام الأرقام مسح المسح مذكرة المذكرة نشرة النشرة قرار القرار مرسوم المرسوم تقديرات التقديرات أبحاث الأبحاث دراسات الدراسات
إحصائيات الإحصائيات معطيات المعطيات نتائج النتائج تقارير_رسمية وثائق الوثائق معلومات المعلومات ملفات الملفات
سجلات السجلات نص النص منشور المنشور تغريدة التغريدة تدوينة التدوينة مقاطع مقطع لقطات صور الصور تسجيل تسجيلات
""".split()}
_ORG_HEADS = {fold(w) for w in """
وزارة الوزارة شركة الشركة جامعة الجامعة كلية الكلية لجنة اللجنة رابطة الرابطة مؤسسة المؤسسة شرطة الشرطة حكومة الحكومة
إدارة الإدارة بنك البنك منظمة المنظمة هيئة الهيئة مجلس المجلس جيش الجيش حزب الحزب جماعة الجماعة حركة الحركة
مكتب المكتب اتحاد الاتحاد نقابة النقابة سفارة السفارة بلدية البلدية محكمة المحكمة النيابة نيابة الرئاسة رئاسة
السلطات سلطات السلطة سلطة الأمانة مركز المركز معهد المعهد صندوق الصندوق مجموعة المجموعة المتحف متحف الأمن قوات القوات
الدفاع الداخلية الخارجية البرلمان برلمان الكونغرس ولاية الولاية مديرية المديرية مستشفى المستشفى المنتخب منتخب النادي نادي
منظمات المنظمات شركات الشركات وزارات هيئات الهيئات جمعية الجمعية جمعيات المفوضية مفوضية الأمم البيت الكرملين الخارجية
الحكومات دول الدول الدولة دولة المعارضة الائتلاف ائتلاف التحالف تحالف الفصائل فصائل المقاومة كتائب الكتائب سرايا السرايا
البنتاغون الشرطة المجلس سلاح حرس هيئة الطرفان الطرفين الجانبان الجانبين البلدان البلدين محافظة المحافظة الجهاز جهاز الحرس الاستخبارات المخابرات
المرصد مرصد المصرف مصرف الاحتياطي البورصة بورصة جبهة الجبهة أمانة الأمانة نادي النادي وحدة الوحدة فرقة الفرقة لواء مصالح المصالح مصلحة المصلحة
""".split()}
_PERSON_HEADS = {fold(w) for w in """
الرئيس رئيس نائب وزير وزيرة الوزير الملك الأمير الشيخ المتحدث المتحدثة متحدث الناطق ناطق السفير المندوب منسق مدير المدير
الأمين ممثل الممثل قائد القائد زعيم الزعيم عميد العميد اللواء الدكتور الدكتورة المحافظ محافظ والي الوالي عضو القيادي المرشد الشاعر
المطرب المطربة الفنان الفنانة المخرج الكاتب الكاتبة الصحفي الصحافي الخبير المحلل الباحث المدرب اللاعب القاضي المدعي
مبعوث المبعوث المفوض المسؤول المسئول رئيسة مديرة أحد أستاذ الأستاذ البروفيسور الدبلوماسي السياسي الناشط الناشطة
المستشار النائب القسيس القس المطران الحاخام البابا الراهب الأب الرئيسة الملكة السفيرة المديرة الأمينة العام الطبيب الدكتور الشيخ الإمام المفتي البطريرك الكاردينال
الوزيرة المستشارة النائبة الممثلة المندوبة المبعوثة القاضية الباحثة المحللة الخبيرة المسؤولة الجنرال الأدميرال العقيد اللواء الفريق المقدم الرائد النقيب المتحدثة الناطقة المراسل المراسلة المؤرخ المحامي المحامية المهندس المهندسة الأمير معالي سمو رسول النبي الرسول السيد السيدة الحاج
""".split()}
_ANAPHOR_ORG = {fold(w) for w in "الشركة الجامعة اللجنة المؤسسة الرابطة الكلية الوزارة الهيئة المنظمة الحكومة".split()}


_NONHUMAN_PL = {fold(w) for w in """مصادر المصادر تقارير التقارير وسائل مواقع بيانات البيانات أنباء الأنباء السلطات سلطات
الأوساط أوساط جهات الجهات وكالات الحكومات دول الدول المنظمات منظمات""".split()}


_BROKEN_PL = {fold(w) for w in """الوزراء وزراء الزعماء زعماء القادة قادة الرؤساء رؤساء السفراء سفراء النواب نواب العلماء
علماء الأطباء أطباء الأعضاء أعضاء الحكام حكام الأمراء أمراء الشهود الخبراء المسؤولون""".split()}


_WORDS_RE = re.compile(r"[^\W_]+")   # the words of a source phrase


def agreement(source: str, source_type: str) -> str:
    """The verb agreement a source takes: m | f | pl | du | "" (either)."""
    words = _WORDS_RE.findall(fold(source))
    if not words:
        return ""
    head = _strip_conj(words[0])
    if head in _NONHUMAN_PL:
        return "f"
    if head in _BROKEN_PL:
        return "pl"   # «الوزراء»، «القادة»: people in a broken plural
    if source_type == "person":
        return "f" if head.endswith("ة") and head not in ("الشيخة",) else "m"
    if head.endswith(("ان",)) and source_type == "official_anonymous":
        return "du"
    if head.endswith(("ون", "ين")) or head in ("شهود", "الشهود", "خبراء", "الخبراء", "البعض", "سكان", "محللون"):
        return "pl"
    if head.endswith("ة"):
        return "f"
    if source_type in ("organization", "media"):
        return ""    # countries and institutions take either («أعلنت ناسا»، «أعلن البيت الأبيض»)
    return "m"


def _agrees(verb: str, src: str) -> bool:
    if not verb or not src:
        return True
    if verb == src:
        return True
    return verb == "pl" and src == "du"


def _strip_conj(t: str) -> str:
    if len(t) > 3 and t[0] in "وف" and not _known_head(t):
        return t[1:]
    return t


def classify(source: str, gz: Gazetteer | None = None, persons: set[str] | None = None) -> str:
    """person | official_anonymous | organization | media | document, from the head of the source phrase."""
    gz = gz or gazetteer()
    words = _WORDS_RE.findall(fold(source))
    if not words:
        return "organization"
    head = _strip_conj(words[0])
    if head in ("ذات", "نفس") and len(words) > 1:
        words = words[1:]   # «ذات المصالح» (the same services)
        head = words[0]
    if head.startswith("لل") and len(head) > 4:
        head = "ال" + head[2:]
    elif head.startswith("ل") and len(head) > 3 and _known_head(head[1:]):
        head = head[1:]
    if head in _DOC_HEADS:
        return "document"
    if head in _ANON_HEADS:
        # «المسؤول الكبير في وكالة الفضاء الأميركية ستيف ستيتش» names a person; «مسؤول كبير …» does not
        if head.startswith("ال") and not head.endswith(("ين", "ون", "ان")) and len(words) > 3 and head not in ("المصادر", "المصدر"):
            return "person"
        if not head.endswith(("ين", "ون", "ان")) and any(w in gz.first_names for w in words[1:6]):
            return "person"   # «مسؤولة المفوضية لورا لو كاسترو»
        return "official_anonymous"
    if head in _MEDIA_HEADS:
        if head in ("وكالة", "الوكالة") and len(words) > 1 and words[1] in ("الفضاء", "ناسا", "الطاقة", "الاستخبارات", "الامن"):
            return "organization"
        return "media"
    if head in _PERSON_HEADS:
        return "person"
    if head in _ORG_HEADS or head in _ANAPHOR_ORG:
        return "organization"
    toks = tokens(" ".join(words))
    m = gz.match_at(toks, 0) if toks else None
    if m is not None:
        e = m[0]
        if e.kind == "media":
            return "media"
        if e.kind in ("organization", "country", "city", "region"):
            return "organization"
    if persons and (words[0] in persons or words[-1] in persons) and len(words) <= 3:
        return "person"
    if any(w in _PERSON_HEADS for w in words[1:5]) or any(w in gz.first_names for w in words[:3]):
        return "person"   # «نيكوس أناستاسيادس رئيس جمهورية قبرص»
    if head.endswith(("ون", "ين")) and (len(head) > 5 or head.startswith("ال")):
        return "official_anonymous"   # «المحتجون»، «الباحثون»: unnamed people (not «بوتين»)
    if head.startswith("ال") and len(words) <= 2:
        return "organization"
    return "person" if len(words) <= 4 else "organization"


def _lookup_cue(tok: str) -> tuple[CueForm, int, int] | None:
    """(form, chars stripped at the start, chars stripped at the end) for a cue token with its clitics."""
    return _SURFACE.get(tok)


def _lookup_cue_slow(tok: str) -> tuple[CueForm, int, int] | None:
    cands = [(tok, 0)]
    if len(tok) > 3 and tok[0] in "وف":
        cands.append((tok[1:], 1))
        if len(tok) > 4 and tok[1] == "ل":
            cands.append((tok[2:], 2))
    if len(tok) > 3 and tok[0] == "ل":
        cands.append((tok[1:], 1))
    if tok.startswith("ما") and len(tok) > 5:
        cands.append((tok[2:], 2))
    for c, k in cands:
        f = _CUES.get(c)
        if f is not None:
            return f, k, 0
    return None


def _build_surface() -> dict[str, tuple[CueForm, int, int]]:
    out: dict[str, tuple[CueForm, int, int]] = {}
    for f in _CUES:
        for pre in ("", "و", "ف", "ول", "فل", "ل", "ما"):
            w = pre + f
            if w not in out:
                hit = _lookup_cue_slow(w)
                if hit is not None:
                    out[w] = hit
    return out


_SURFACE = _build_surface()
# every token that may open an attribution: cue surfaces, prepositional and nominal cues
_CAME_IN = {fold(w) for w in "جاء وجاء فجاء جاءت وجاءت كماجاء".split()}
# nominal cues with their source and a complementiser: «وتأكيد الشركة أن…»، «إعلان الوزارة أن…»
_NOMINAL_CUES = {"تاكيد": "أكد", "اعلان": "أعلن", "تحذير": "حذّر", "توضيح": "أوضح", "تشديد": "شدد"}


def _strip_nominal(t: str) -> str:
    for p in ("وب", "ول", "و", "ف", "ب", "ل"):
        if t.startswith(p) and t[len(p):] in _NOMINAL_CUES:
            return t[len(p):]
    return t


_GATE = set(_SURFACE) | {p + w for p in ("", "و", "ف") for w in (
    "حسب", "بحسب", "وفقا", "وفق", "طبقا", "نقلا", "حسبما", "وفقما", "نفي", "التاكيد", "تردد", "الرد", "الجواب", "ردا",
    "جوابا")} | _CAME_IN | {p + w for p in ("", "و", "ف", "ب", "ل", "وب", "ول") for w in _NOMINAL_CUES}


def _is_comp(t: str) -> bool:
    return bool(_COMP_RE.match(t))


def _has_break(s: str, a: int, b: int, chars: str = "،,؛;:") -> bool:
    """One of ``chars`` in ``s[a:b]`` (a gap between two tokens): a compiled class per set, searched in place."""
    search = _BREAK_SEARCH.get(chars)
    if search is None:
        search = _BREAK_SEARCH[chars] = re.compile("[" + re.escape(chars) + "]").search
    return search(s, a, b) is not None


_BREAK_SEARCH: dict[str, object] = {}
_SPEECH_SETTINGS = {fold(w) for w in """تصريح تصريحات حديث مؤتمر بيان كلمة مقابلة لقاء اتصال رسالة تغريدة منشور تدوينة خطاب
ندوة اجتماع جلسة مداخلة تقرير برنامج برقية اتصالات محادثة مكالمة إفادة افادة""".split()}
_PREP_CUE_WORDS = {fold(w) for w in "بحسب حسب وفق وفقا طبقا نقلا حسبما".split()}
_FIRST_SECOND_PERSON = {fold(w) for w in "أنت انت أنتم انتم أنتما أنا انا نحن ونحن وأنا وأنت".split()}
_PRONOUN_SUBJ = {fold(w) for w in "هي وهي هم وهم هن هما وهما فهي فهم".split()}
_KANA = {fold(w) for w in "كان كانت كانوا كانا وكان وكانت وكانوا فكان فكانت".split()}


def _known_head(head: str) -> bool:
    if head.startswith("ل") and len(head) > 3 and _known_head(head[1:]):
        return True
    if _head_in_sets(head):
        return True
    # duals and plurals of a known head: «الوزيران»، «الوزيرين»، «الوزارات»، «الشركتان»
    if len(head) > 5 and head.endswith(("ان", "ين", "ون")) and _head_in_sets(head[:-2]):
        return True
    if len(head) > 5 and head.endswith(("تان", "تين")) and _head_in_sets(head[:-3] + "ة"):
        return True
    return len(head) > 5 and head.endswith("ات") and _head_in_sets(head[:-2] + "ة")


def _head_in_sets(head: str) -> bool:
    return head in _ANON_HEADS or head in _ORG_HEADS or head in _PERSON_HEADS or head in _MEDIA_HEADS \
        or head in _DOC_HEADS or head in _ANAPHOR_ORG
