"""Attributed statements (who says what) in Arabic news: source, cue, claim, source type, denial.

Cue forms are generated from lemma tables (past and present conjugations, participles), so «قالت»، «يؤكدون»،
«لتؤكد»، «ووصفتها»، «ماتناقلته»، «مشدّدةً» are all found. A verbal cue counts only with a complement the
language requires of reported speech: a complementiser (أن/إن/بأن…), an opening quote or a colon, or — for verbs
that take a nominal object («أعلن»، «نفى»، «استنكر»، «ثمّن») — a subject followed by an object. Word order is read
from the text: verb-subject-object («وقال مسؤولان إيرانيان إن»), subject-verb («مصادر عدة أكدت»), and elided
subjects («وأضاف»، «مضيفاً») resolved to the last named source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, Norm, Token, _read_name, fold, gazetteer, person_mentions, tokens
from .types import Attribution

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
# words after which «نفي» is the noun (denial), not the verb «نفى»
_NOUN_GOVERNORS = {fold(w) for w in """رغم الرغم برغم من بعد وبعد مع ومع عقب إثر اثر وسط في على الى إلى عن حول بشأن تجاه
ضد قبل منذ رغما عدم""".split()}
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


def agreement(source: str, source_type: str) -> str:
    """The verb agreement a source takes: m | f | pl | du | "" (either)."""
    words = re.findall(r"[^\W_]+", fold(source))
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
    words = [w for w in re.findall(r"[^\W_]+", fold(source))]
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


# ---------------------------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------------------------
_SENT_END_RE = re.compile(r"[.!?؟\n]+")


def sentences(s: str) -> list[tuple[int, int]]:
    """Sentence spans of a folded text. A full stop ends a sentence unless it sits between digits or inside a short
    dotted abbreviation («إيه.إن.زد»); a missing space after it («قسنطينة.وجاء») still ends one."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(s)
    for m in _SENT_END_RE.finditer(s):
        a, b = m.start(), m.end()
        if m.group() == ".":
            ws = s.rfind(" ", 0, a) + 1
            we = s.find(" ", b)
            word = s[ws:we if we >= 0 else n]
            if "://" in word or "www" in word or "@" in word:
                continue   # inside a URL or an e-mail address
            before = s[a - 1] if a else " "
            after = s[b] if b < n else " "
            if before.isdigit() and after.isdigit():
                continue
            if not after.isspace() and after not in "\"'»”)":
                # a dotted abbreviation («إيه.إن.زد»): short letter groups joined by dots
                k = a
                while k > 0 and s[k - 1].isalpha():
                    k -= 1
                e2 = b
                while e2 < n and s[e2].isalpha():
                    e2 += 1
                short_before = a - k <= 3 and (k == 0 or s[k - 1] == ".")
                short_after = e2 - b <= 3 and (e2 >= n or s[e2] == ".")
                if short_before or short_after or (a - k <= 3 and e2 - b <= 3):
                    continue
        if a > start:
            out.append((start, a))
        start = b
    if start < n:
        out.append((start, n))
    # trim whitespace
    res = []
    for a, b in out:
        while a < b and s[a].isspace():
            a += 1
        while b > a and s[b - 1].isspace():
            b -= 1
        if b > a:
            res.append((a, b))
    return res


# ---------------------------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Cue:
    form: CueForm
    i: int           # token index in the sentence
    start: int       # folded offsets of the cue word itself (clitics excluded)
    end: int
    conj: bool       # the token carried و/ف


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


def _cue_key(s: str, cue: tuple[int, int]) -> str:
    return s[cue[0]:cue[1]]


def _is_comp(t: str) -> bool:
    return bool(_COMP_RE.match(t))


def _has_break(s: str, a: int, b: int, chars: str = "،,؛;:") -> bool:
    g = s[a:b]
    return any(c in g for c in chars)


def _quote_after(s: str, pos: int, limit: int, sa: int = 0) -> int | None:
    """Offset of an opening quote or colon right after ``pos`` (only spaces/punctuation between). A short quoted
    name («وأعلنت "ناسا" أنها») is not a quotation."""
    k = pos
    while k < limit and k < pos + 4:
        c = s[k]
        if c == '"' or c == ":":
            if c == '"' and s.count('"', sa, k) % 2 == 1:
                return None   # a closing quote
            if c == ":":
                k2 = k + 1
                while k2 < limit and s[k2] == " ":
                    k2 += 1
                return k2 if k2 < limit else None
            close = s.find('"', k + 1, limit)
            if close > 0 and s[close + 1:limit].strip(" .،,") != "":
                inner = len(s[k + 1:close].split())
                after = s[close + 1:close + 40].split()[:4]
                if inner <= 3 or (inner <= 6 and any(_is_comp(w.strip("،,.")) for w in after)):
                    return None
            return k
        if not (c.isspace() or c in "،,"):
            return None
        k += 1
    return None


def find_attributions(text: str, norm: Norm | None = None, sents: list[tuple[int, int]] | None = None) -> list[Attribution]:
    norm = norm or Norm(text)
    s = norm.s
    gz = gazetteer()
    sents = sents if sents is not None else sentences(s)
    out: list[tuple[Attribution, tuple[int, int], bool]] = []   # (attribution, sentence, elided)
    persons: set[str] = set()   # words of people's names in this article (title patterns and person sources)
    for m in person_mentions(norm, gz=gz):
        persons.update(w for w in re.findall(r"[^\W_]+", fold(m.entry.canonical)) if len(w) > 2)
    history: list[Attribution] = []   # named, non-nested statements, latest last
    known: set[str] = set()            # words of the sources named so far («بحسب أوزبورن» after «جورج أوزبورن»)

    def mk(src: tuple[int, int] | None, src_ref: Attribution | None, cue: tuple[int, int], lemma: str,
           claim: tuple[int, int], negated: bool, note: str | None = None) -> Attribution | None:
        if src is not None:
            a0, a1 = src
            while a0 < a1 and s[a0] in " ،,\"'":
                a0 += 1
            while a1 > a0 and s[a1 - 1] in " ،,":
                a1 -= 1
            if a1 <= a0:
                return None
            if s.count('"', a0, a1) % 2 == 1 and s[a1:a1 + 1] == '"':
                a1 += 1   # «حزب "الأمل الجديد"»: a quoted name keeps its closing mark
            o0, o1 = norm.orig(a0), norm.orig_end(a1)
            src_text = text[o0:o1]
            stype = classify(src_text, gz, persons)
            if stype == "person":
                for w in re.findall(r"[^\W_]+", fold(src_text)):
                    if len(w) > 2 and not _known_head(w) and w not in gz.titles and not gz.index.get(w) \
                            and w not in _ADJUNCT and w not in _BROKEN_PL:
                        persons.add(w)
        else:
            assert src_ref is not None
            o0, o1, src_text, stype = src_ref.source_start, src_ref.source_end, src_ref.source, src_ref.source_type
            note = note or "subject elided; source = antecedent"
        c0, c1 = claim
        while c1 > c0 and s[c1 - 1] in " .،,؛;:":
            c1 -= 1
        if c1 <= c0:
            c0, c1 = cue[1], max(cue[1], c1)
        return Attribution(source=src_text, source_start=o0, source_end=o1, source_type=stype,
                           cue=text[norm.orig(cue[0]):norm.orig_end(cue[1])], cue_start=norm.orig(cue[0]),
                           cue_end=norm.orig_end(cue[1]), claim_start=norm.orig(c0), claim_end=norm.orig_end(c1),
                           negated=negated, note=note)

    prev_toks: list[Token] = []
    prev_sent: tuple[int, int] | None = None
    for (sa, sb) in sents:
        toks = _split_glued(norm.tokens(sa, sb))
        n = len(toks)
        found: list[tuple[Attribution, bool]] = []
        i = 0
        while i < n:
            t = toks[i]
            res = _match_at(s, toks, i, sa, sb, gz, known, prev_sent)
            if res is None:
                i += 1
                continue
            kind, cue_span, lemma, src_span, claim_span, neg, nxt = res
            subj_note = None
            if src_span is None:
                agr = _CUES[lemma_form].agr if (lemma_form := _cue_key(s, cue_span)) in _CUES else ""

                def agrees_with(span: tuple[int, int] | None) -> bool:
                    if span is None:
                        return False
                    txt = text[norm.orig(span[0]):norm.orig_end(span[1])]
                    return _agrees(agr, agreement(txt, classify(txt, gz, persons)))

                if not found and s.count('"', sa, cue_span[0]) % 2 == 0:
                    # no statement before it in this sentence (and not the tail of a quotation): the subject of the sentence's own main clause
                    # («وهاجم الحزب الحكومة، متهماً إياها…»، «وتحتج النقابة على ما تقول إنها…»)
                    cs = _clause_subject(s, toks, i, gz)
                    if agrees_with(cs):
                        src_span, subj_note = cs, "subject elided; source = subject of the main clause"
            if src_span is None:
                ref = next((h for h in reversed(history[-6:]) if _agrees(agr, agreement(h.source, h.source_type))), None)
                if ref is None and not found and prev_toks and i <= 1:
                    # «التقى الوزيران… . وقالا إن…»: the subject of the sentence before
                    cs = _clause_subject(s, prev_toks, len(prev_toks), gz)
                    if (agr in ("du", "pl", "f") or not history) and agrees_with(cs):
                        src_span, subj_note = cs, "subject elided; source = subject of the previous sentence"
                if src_span is None:
                    ref = ref or (history[-1] if history else None)
                    if ref is None:
                        i = nxt
                        continue
                    a = mk(None, ref, cue_span, lemma, claim_span, neg)
                    if a is not None:
                        _nearest_mention(text, a, ref)
            if src_span is not None:
                a = mk(src_span, None, cue_span, lemma, claim_span, neg, subj_note)
            if a is not None and lemma in ("تداول", "تناقل") and a.source_type != "media" and not re.search(
                    "ناشط|نشطاء|مغرد|مدون|رواد|بعض", fold(a.source)):
                a = None   # «يتداول المواطنون همومهم»، «وتداولها على نطاق واسع»: circulating, not reporting
            if a is not None:
                elided = src_span is None
                nested = not elided and t.s[0] not in "وف" and any(
                    o.claim_start <= a.cue_start < o.claim_end for o, e2, _n in found)
                if not elided and not nested:
                    history.append(a)
                if not elided:
                    known.update(w for w in re.findall(r"[^\W_]+", fold(a.source)) if len(w) > 2)
                found.append((a, elided, nested))
                if lemma == "نقل" and src_span is not None:
                    # «نقلت X عن Y أن…»: one record per layer, Y with the same cue
                    inner = _relayed_source(s, toks, src_span[1], claim_span[0], gz)
                    if inner is not None:
                        b2 = mk(inner, None, cue_span, lemma, claim_span, neg, "relayed by the outlet of the same cue")
                        if b2 is not None:
                            found.append((b2, False, True))
                elif src_span is not None and kind == "verb" and claim_span[0] > src_span[1]:
                    # «وذكرت الوكالة نقلاً عن مصدر أمني أن…»: the relayed source is a record of its own
                    q = next((k for k, tk in enumerate(toks) if src_span[1] <= tk.start < claim_span[0]
                              and _strip_conj(tk.s) == "نقلا" and k + 1 < n and toks[k + 1].s == "عن"), None)
                    if q is not None:
                        inner = _relayed_source(s, toks, toks[q].end, claim_span[0], gz)
                        cue2 = (toks[q].start + (len(toks[q].s) - 4), toks[q].end)
                        b2 = mk(inner, None, cue2, "نقل", claim_span, neg, "relayed") if inner else None
                        if b2 is not None:
                            found.append((b2, False, True))
            i = nxt
        prev_toks, prev_sent = toks, (sa, sb)
        # a claim ends where the next statement of the same sentence begins (elided continuation or new source)
        for k, (a, elided, _nested) in enumerate(found):
            for b, _el, b_nested in found[k + 1:]:
                if a.claim_start < b.cue_start < a.claim_end and not b_nested:
                    end = b.cue_start
                    # back off the connective before the next cue («، مضيفاً»، «وقالت»)
                    while end > a.claim_start and text[end - 1] in " ،,و":
                        end -= 1
                    if end > a.claim_start:
                        a.claim_end = end
                    break
        for a, elided, _n in found:
            out.append((a, (sa, sb), elided))
    taken = {a.cue_start for a, _, _ in out}
    for a in _headline_quotes(text, norm, sents, gz, persons):
        if not any(x.cue_start <= a.cue_start < x.claim_end or x.source_start <= a.cue_start < x.source_end
                   for x, _, _ in out) and a.cue_start not in taken:
            out.append((a, (0, 0), False))
    out.sort(key=lambda r: r[0].cue_start)
    _extend_over_lists(text, [a for a, _, _ in out])
    return [a for a, _, _ in out]


_WORD_CHAR = re.compile(r"\w")


def _nearest_mention(text: str, a: Attribution, ref: Attribution) -> None:
    """An elided subject points to the antecedent's nearest mention: when the named source is mentioned again between
    its statement and this cue («… واجتمع سالم بنظيره. وأكّد…»), the later mention is the span."""
    lo, hi = ref.source_end, a.cue_start
    if hi - lo < 3:
        return
    cands = [ref.source]
    name = _name_part(ref) if ref.source_type == "person" else None
    if name is not None:
        nm = ref.source[name[0] - ref.source_start:name[1] - ref.source_start]
        cands.append(nm)
        if len(nm.split()) == 2 and len(nm.split()[-1]) > 3:
            cands.append(nm.split()[-1])   # the family name alone («داود»)
    best: tuple[int, int] | None = None
    for c in cands:
        if len(c) < 3:
            continue
        k = text.rfind(c, lo, hi)
        while k >= 0 and ((k > 0 and _WORD_CHAR.match(text[k - 1]) and text[k - 1] not in "وفبل")
                          or (k + len(c) < len(text) and _WORD_CHAR.match(text[k + len(c)]))):
            k = text.rfind(c, lo, k)
        if k >= 0 and (best is None or k > best[0]):
            best = (k, k + len(c))
    if best is None and ref.source_type == "person":
        best = _name_part(ref)
    if best is not None:
        a.source_start, a.source_end = best
        a.source = text[best[0]:best[1]]


def _name_part(ref: Attribution) -> tuple[int, int] | None:
    """The personal name inside a titled mention («الشاعر محمد البوغة» → «محمد البوغة»; «رئيس المتحف، …، جورج
    أوزبورن» → «جورج أوزبورن»): what an elided subject points to."""
    src = ref.source
    gz = gazetteer()
    words = list(re.finditer(r"[^\s،,\"'«»()]+", src))
    if len(words) < 2:
        return None
    cut = src.rfind("،")
    if cut < 0:
        cut = src.rfind(",")
    if cut > 0:
        tail = [w for w in words if w.start() > cut]
        if 1 <= len(tail) <= 4 and not any(fold(w.group()) in gz.titles or _known_head(fold(w.group())) for w in tail):
            return ref.source_start + tail[0].start(), ref.source_start + tail[-1].end()
    for k, w in enumerate(words[1:], 1):
        f = fold(w.group())
        if (f in gz.first_names or f in gz.particles) and len(words) - k <= 4:
            return ref.source_start + w.start(), ref.source_start + words[-1].end()
    return None


_LABELS = {fold(w) for w in """اقرأ المصدر المصادر ملاحظة الملف ملف تنويه عاجل متابعة تحديث شاهد اقرأ_أيضا الصورة صورة
فيديو المرجع ملحوظة تعليق السؤال سؤال الجواب جواب العنوان الرابط""".split()}


def _headline_quotes(text: str, norm: Norm, sents: list[tuple[int, int]], gz: Gazetteer, persons: set[str]) -> list[Attribution]:
    """«نصر الله: المقاومة باقية» — a short speaker phrase, a colon, then what they said, at the start of a line."""
    s = norm.s
    out: list[Attribution] = []
    for sa, sb in sents:
        colon = s.find(":", sa, min(sb, sa + 60))
        before = s[:sa].rstrip(" \t")
        if colon < 0 or (before and before[-1] not in "\n.!؟?"):
            continue   # only at the start of a line or right after a full stop
        head_toks = norm.tokens(sa, colon)
        if not 1 <= len(head_toks) <= 4 or any(c in s[sa:colon] for c in "-–،,\"") or colon + 1 >= sb:
            continue
        body = norm.tokens(colon + 1, sb)
        if len(body) < 3:
            continue
        h = head_toks[0].s
        if h in _LABELS or any(_lookup_cue(t.s) is not None for t in head_toks):
            continue
        m = gz.match_at(head_toks, 0)
        place = m is not None and m[0].kind in ("country", "city", "region", "sea")
        if place or not (_known_head(h) or (m is not None and m[0].kind in ("organization", "media"))
                         or h in gz.first_names or h in gz.titles or h in persons):
            continue
        quoted = s[colon + 1:sb].lstrip()[:1] == '"'
        b0 = body[0].s
        # without quotation marks only a titled speaker counts, and not a profile line («المدرب X: رئيس قسم…»)
        if not quoted and (len(head_toks) < 2 or h not in gz.titles or len(body) < 5 or b0 in ("هو", "هي", "هم")
                           or _known_head(b0) or b0 in gz.titles or any(_is_temporal(t.s) for t in head_toks)):
            continue
        c0 = colon + 1
        while c0 < sb and s[c0] == " ":
            c0 += 1
        src = norm.text[norm.orig(head_toks[0].start):norm.orig_end(head_toks[-1].end)]
        out.append(Attribution(source=src, source_start=norm.orig(head_toks[0].start),
                               source_end=norm.orig_end(head_toks[-1].end), source_type=classify(src, gz, persons),
                               cue=":", cue_start=norm.orig(colon), cue_end=norm.orig(colon) + 1,
                               claim_start=norm.orig(c0), claim_end=norm.orig_end(sb), note="headline quote"))
    return out


_LIST_LINE_RE = re.compile(r"\n[ \t\u00A0]*[0-9\u0660-\u0669\u06F0-\u06F9]{1,2}\s*[-–)\.]")


def _extend_over_lists(text: str, atts: list[Attribution]) -> None:
    """A statement that ends with «:» covers the numbered list after it."""
    for a in atts:
        k = a.claim_end
        while k < len(text) and text[k] in " \t\u00A0.":
            k += 1
        if k >= len(text) or text[k] != ":":
            continue
        end = k
        pos = k
        while True:
            m = _LIST_LINE_RE.match(text, text.find("\n", pos) if text.find("\n", pos) >= 0 else len(text))
            if not m:
                break
            nl = text.find("\n", m.end())
            end = nl if nl >= 0 else len(text)
            pos = end
            if nl < 0:
                break
        if end > k:
            while end > k and text[end - 1] in " \t\u00A0.":
                end -= 1
            a.claim_end = end


def _match_at(s: str, toks: list[Token], i: int, sa: int, sb: int, gz: Gazetteer, known: set[str] = frozenset(),
              prev_sent: tuple[int, int] | None = None):
    """Try to read an attribution whose cue is token ``i``. Returns
    (kind, cue_span, lemma, source_span|None, claim_span, negated, next_index) or None."""
    t = toks[i].s
    if t not in _GATE:
        return None
    n = len(toks)
    if t in _CAME_IN:
        return _came_in(s, toks, i, sb, gz)
    if _strip_nominal(t) in _NOMINAL_CUES:
        return _nominal_cue(s, toks, i, sb, gz)
    # ---- prepositional cues: بحسب / حسب / وفقاً لـ / وفق ما أعلن / نقلاً عن
    base = _strip_conj(t)
    if base.startswith("ب") and base[1:] in ("حسب",):
        base = base[1:]
    if base in ("حسب", "وفقا", "وفق", "طبقا", "نقلا", "حسبما", "وفقما") or t in ("وفق", "وفقا"):
        return _prep_cue(s, toks, i, sa, sb, gz, known)
    # ---- nominal cues
    prev0 = toks[i - 1].s if i > 0 and not _has_break(s, toks[i - 1].end, toks[i].start, "،,.:;؛\n") else ""
    nominal_nafy = base == "نفي" and (prev0 in _NOUN_GOVERNORS or t[0] in "بل")
    if nominal_nafy and i + 1 < n:
        nxt = toks[i + 1]
        m = gz.match_at(toks, i + 1)
        if m is not None and m[0].kind in ("country", "city", "organization") and not _has_break(s, toks[i].end, nxt.start):
            src = (nxt.start + m[1], toks[i + m[2]].end)
            c0 = toks[i + m[2] + 1].start if i + m[2] + 1 < n else src[1]
            return ("nominal", (toks[i].start + (len(t) - len(base)), toks[i].end), "نفى", src, (c0, _clause_end(s, c0, sb)), True, i + m[2] + 1)
        return None
    if base in ("الرد", "الجواب", "ردا", "جوابا") and i + 2 < n and toks[i + 1].s == "من":
        # «فكان الرد من أحد من أسرته بأنه خارج المملكة»
        for q in range(i + 2, min(n, i + 9)):
            if _is_comp(toks[q].s):
                if q > i + 2 and not _has_break(s, toks[i + 1].end, toks[q].start, ".\n؛;"):
                    return ("nominal", (toks[i].start + (len(t) - len(base)), toks[i].end), "رد",
                            (toks[i + 2].start, toks[q - 1].end), (toks[q].start, sb), False, q)
                break
        return None
    if base == "تردد" and i + 1 < n and toks[i + 1].s in ("انباء", "شائعات", "تقارير", "معلومات", "اخبار"):
        # «وسط تردد أنباء عن وفاته»
        c = i + 2 if i + 2 < n and toks[i + 2].s in ("عن", "بان", "ان") else i + 1
        return ("nominal", (toks[i].start + (len(t) - len(base)), toks[i].end), "تردد", (toks[i + 1].start, toks[i + 1].end),
                (toks[c].start if c < n else toks[i + 1].end, sb), False, i + 2)
    if base == "التاكيد" and i + 1 < n and toks[i + 1].s in ("علي", "ان", "بان"):
        prev = toks[i - 1].s if i else ""
        if prev in ("مع", "ومع", "و", "مؤكدين"):
            c0 = toks[i + 1].start if toks[i + 1].s != "علي" else (toks[i + 2].start if i + 2 < n else toks[i + 1].end)
            return ("nominal", (toks[i].start + (len(t) - len(base)), toks[i].end), "أكد", None, (c0, sb), False, i + 1)
        return None
    # ---- verbal and participle cues
    hit = _lookup_cue(t)
    if hit is None:
        return None
    form, k0, _ = hit
    cue = (toks[i].start + k0, toks[i].end)
    conj = k0 > 0 and t[0] in "وف"
    relative = (k0 == 2 and t.startswith("ما")) or (i > 0 and toks[i - 1].s in ("ما", "مما") and "T" in form.flags
                                                   and t.endswith(_OBJ))
    stripped = t[k0:]
    if stripped in _WEAK_NEEDS_PREFIX and not conj and not (i > 0 and toks[i - 1].s in _PASSIVE_AUX):
        # «بين» / «ذكر» bare are too ambiguous (between / mention) unless a clause opens with them
        if i > 0 and not _has_break(s, toks[i - 1].end, toks[i].start, "،,.:;؛\n") and toks[i - 1].s not in _OPENERS:
            return None
    if i > 0 and toks[i - 1].s in ("عدم", "بعدم", "لعدم", "دون", "بدون") and form.kind == "verb":
        return None   # «طلب عدم كشف اسمه»: the verbal noun of a refusal, not a statement
    if not conj and i > 0 and toks[i - 1].s in gz.first_names and not _has_break(s, toks[i - 1].end, toks[i].start, "،,.:;؛\n"):
        return None   # «محمود عزت»: a name, not a verb
    if form.kind == "participle" and i > 0 and not conj \
            and not _has_break(s, toks[i - 1].end, toks[i].start, "،,.:;؛\n\"()-–") and toks[i - 1].s not in ("و", "ثم") \
            and not (i + 1 < n and (_is_comp(toks[i + 1].s) or toks[i + 1].s in ("الي", "علي") and i + 2 < n
                                    and _is_comp(toks[i + 2].s)) or _quote_after(s, toks[i].end, sb, sa) is not None):
        return None
    if stripped in _NEED_CONJ and not t.startswith("و"):
        return None   # «دان حالوتس» (a name), «فدان» (an acre); the verb comes as «ودان»، «دانت»
    neg = "D" in form.flags
    if i + 2 < n and toks[i + 1].s in _THAT and form.kind == "verb" and prev_sent is not None \
            and not _is_comp(toks[i + 2].s):
        # «أعلن ذلك وزير التربية…»: the statement is the sentence before
        j = i + 2
        e = j
        while e < n and e - j < 10 and not _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n") \
                and not _is_temporal(toks[e].s) and _lookup_cue(toks[e].s) is None:
            e += 1
        if _known_head(_strip_conj(toks[j].s)) or gz.match_at(toks, j) is not None or toks[j].s in gz.first_names:
            return ("verb", cue, form.lemma, (toks[j].start, toks[e - 1].end), prev_sent, neg, e)
        return None
    if form.lemma in ("تداول", "تناقل") and i > 0 and toks[i - 1].s in _PASSIVE_AUX:
        # «تم تداول صور على منصات التواصل»: the medium is the source
        for j in range(i + 1, min(n - 1, i + 7)):
            if _has_break(s, toks[j - 1].end, toks[j].start, ".\n؛;"):
                break
            if toks[j].s in ("علي", "عبر", "في", "من") and _strip_conj(toks[j + 1].s) in _MEDIA_HEADS:
                e = j + 2
                while e < n and e - j < 5 and toks[e].s.startswith("ال") \
                        and not _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n"):
                    e += 1
                c0 = toks[i + 1].start if j > i + 1 else (toks[e].start if e < n else toks[e - 1].end)
                return ("verb", cue, form.lemma, (toks[j + 1].start, toks[e - 1].end), (c0, sb), False, e)
        return None
    if form.lemma == "نقل" and not any(toks[q].s in ("عن", "ان", "بان") or _is_comp(toks[q].s)
                                        for q in range(i + 1, min(n, i + 9))) and _quote_after(s, toks[i].end, sb, sa) is None:
        return None   # «نقلها» (moved it) is not reporting
    # impersonal «يذكر أن»، «يشار إلى أن»; writer's inference «مما يؤكد أن»
    prev = toks[i - 1].s if i > 0 and not _has_break(s, toks[i - 1].end, toks[i].start, ".\n") else ""
    if prev == "ما" and i > 1 and toks[i - 2].s == "علي" and form.kind == "verb" and form.lemma != "قال":
        return _ala_ma(s, toks, i, cue, form, sa, sb, gz)
    if prev in ("كما", "مثلما") and i > 1 and form.kind == "verb" and _has_break(s, toks[i - 2].end, toks[i - 1].start, "،,"):
        # «قُتل ثلاثة أشخاص…، كما أفادت السلطات المحلية.»: a source after the statement, nothing after it
        post = _post_posed(s, toks, i, cue, form, sa, gz)
        if post is not None:
            return post
    if prev in ("مما", "ما", "مم", "بما") and not relative:
        if not (form.lemma == "قال" and prev == "ما" and any(toks[q].s.startswith("ان") and _is_comp(toks[q].s)
                                                            and s[toks[q].start] == "ا" for q in range(i + 1, min(n, i + 6)))):
            return None

    if prev in ("ان", "لن", "لم", "كي", "لكي", "حتي", "لا") and form.kind == "present":
        return None   # «من دون أن تذكر اسمه»
    if prev in _MODALS and form.kind == "verb":
        return None   # «يمكن وصف الدور…»: a verbal noun after a modal, not a past-tense verb
    if prev == "هو" and i > 1 and toks[i - 2].s in ("و", "وهو"):
        return None
    if prev in ("وهو", "هو") or prev in _FIRST_SECOND_PERSON:
        return None   # «ها أنت تكشف…»: not a report
    if form.agr == "du" and form.kind == "verb" and not conj and not any(
            toks[q].s.endswith(("ان", "ين")) or toks[q].s in ("قد",) for q in range(max(0, i - 4), i)) \
            and not (i + 1 < n and (toks[i + 1].s.endswith(("ان", "ين")) or _is_comp(toks[i + 1].s))):
        return None   # «تقطع تعهّداً مماثلاً»: an accusative noun, not a dual verb
    # find the complement: complementiser, quote or colon within the clause
    limit = min(n, i + 16) if not relative else i + 1   # «ما تداوله البعض عن…»: subject, then «عن/من» content
    if not relative and "W" not in form.flags and i + 16 < n:
        # a subject with comma-delimited appositions («…، وهو أحد…، في مؤتمر صحفي…، إن…») reaches further
        commas = sum(1 for q in range(i + 1, min(n, i + 16)) if _has_break(s, toks[q - 1].end, toks[q].start, "،,"))
        if commas >= 2:
            limit = min(n, i + 34)
    comp_j = None
    quote_pos = None
    relayed_in_gap = 0
    j = i + 1
    qp = _quote_after(s, toks[i].end, sb, sa) if not relative else None
    if qp is not None:
        quote_pos = qp
    else:
        while j < limit:
            tj = toks[j].s
            if _has_break(s, toks[j - 1].end, toks[j].start, "\n؛;"):
                break
            if j > i + 1 and _lookup_cue(tj) is not None and not _is_comp(tj) \
                    and not (tj == "نقلا" and j + 1 < n and toks[j + 1].s == "عن"):
                if tj.endswith(_OBJ) and _setting_noun(toks[j - 1].s) and not relayed_in_gap:
                    relayed_in_gap = j   # «في تصريحات نقلتها وكالة محلية، …، إنّ»: the relay, then the complement
                    j += 1
                    continue
                break
            if _is_comp(tj) and s[toks[j].start - 1] != ".":
                if toks[j - 1].s in ("الا", "لولا", "بعد", "قبل", "منذ", "حتي", "مجرد", "بمجرد", "حيث", "لان", "كون"):
                    break   # «إلا أن»، «بعد أن»: not the complement of the verb
                comp_j = j
                break
            if tj == "من" and "M" in form.flags and j + 1 < n and not _is_comp(toks[j + 1].s) \
                    and _masdar_like(toks[j + 1].s) and (j == i + 1 or j > i + 1 and toks[j - 1].s not in _ADJUNCT):
                comp_j = j   # «حذّرت المنظمة من تفاقم الأزمة»
                break
            if tj in ("عن", "عما") and (form.lemma in ("أعرب", "كشف") or "Q" in form.flags) and j > i + 1:
                comp_j = j   # «أعرب الأزهر الشريف عن إدانته»، «كشف الموقع عن…»، «تساءل النائب عن جدوى…»
                break
            if j > i + 1 and form.lemma in _BI_LEMMAS and tj[0] == "ب" and len(tj) > 3 and tj not in _BI_FUNCTION \
                    and not _known_head(tj[1:]) and _lookup_cue(tj) is None:
                comp_j = j   # «أفاد الدفاع المدني بإخماد الحريق»، «وأفادت مصادر طبية بوصول…»
                break
            if tj in ("الي", "علي") and j + 1 < n and _is_comp(toks[j + 1].s):
                comp_j = j + 1
                break
            q = _quote_after(s, toks[j].end, sb, sa)
            if q is not None and s[toks[j].end:q].strip(" ،,") in (":", '"', ':"', ""):
                colon = ":" in s[toks[j].end:q + 1]
                if not colon and not _ends_subject(s, toks, i + 1, j, gz) and not (
                        toks[j].s not in _BRACKET_PREPS and toks[j].s not in ("الي", "عن", "من", "ب") and any(
                            toks[k].s in _SETTING_PREPS and _setting_noun(toks[k + 1].s) and j - k <= 5
                            for k in range(i + 2, min(j, i + 6)))):
                    j += 1
                    continue   # (after «في كلمة أمام الموظفين» the quotation is the statement)   # «… وتشكيل "المجلس الوطني لحماية الوطن"»: a quoted name after a noun, not a quotation
                if s[q] == '"' or colon:
                    quote_pos = q
                    j += 1
                    break
            j += 1
    gap_end_j = comp_j if comp_j is not None else (j if quote_pos is not None else None)
    if gap_end_j is not None:
        claim_start = toks[comp_j].start if comp_j is not None else quote_pos
        if comp_j is not None and toks[comp_j].s[0] == "ب" and not _is_comp(toks[comp_j].s):
            claim_start += 1   # «بإخماد»: the content starts after the preposition
        # «إلى أن»: the claim starts at the complementiser; the gap excludes «إلى»
        gap = list(range(i + 1, gap_end_j))
        if gap and toks[gap[-1]].s in ("الي", "علي") and comp_j is not None:
            gap = gap[:-1]
        src = _source_from_gap(s, toks, gap, gz) if form.kind != "participle" else None
        if src is not None and form.kind == "present" and not conj:
            # headline order «الإمارات تعلن افتتاح …»: a known subject before a present-tense verb wins
            svo = _svo_source(s, toks, i, sa)
            if svo is not None:
                b0 = next(k for k in range(i) if toks[k].start == svo[0]) if any(t.start == svo[0] for t in toks[:i]) else None
                if b0 is not None and (_known_head(_strip_conj(toks[b0].s)) or gz.match_at(toks, b0) is not None):
                    src = svo
            elif i <= 2 and toks[0].start == sa and (hs := _headline_subject(s, toks, i, gz)) is not None:
                src = hs   # «شويغو يصف كوريا الشمالية بالشريك…»: the name before the verb is its subject
        if form.kind == "participle" and len(gap) > 3:
            c0 = toks[i + 1].start if toks[i + 1].s not in ("علي", "الي") else toks[min(i + 2, n - 1)].start
            return ("verb", cue, form.lemma, None, (c0, sb), neg, i + 1)
        if src is not None and gap and (form.lemma == "أبلغ" or "T" in form.flags or form.lemma in ("اتهم", "حذّر")):
            e2 = _np_end(s, toks, gap[0], gz)
            if e2 is not None and e2 - 1 <= gap[-1] and toks[e2 - 1].end < src[1] and toks[e2].s.startswith("ال") \
                    and not _has_break(s, toks[e2 - 1].end, toks[e2].start, "،,"):
                src = (src[0], toks[e2 - 1].end)   # «أبلغ الوزير البرلمان أن»، «ووصف الرئيس الهجوم بأنه»
        if src is not None and gap and "N" in form.flags and comp_j is not None and form.kind != "participle":
            # «وأكّد وزير الخارجية رفض لبنان أن يعطي…»: the complementiser belongs to the nominal object
            e2 = _np_end(s, toks, gap[0], gz)
            if e2 is not None and gap[0] < e2 <= gap[-1] and toks[e2 - 1].end < src[1] \
                    and not _has_break(s, toks[e2 - 1].end, toks[e2].start, "،,\"") and _object_start(toks, e2, gz):
                src = (toks[gap[0]].start, toks[e2 - 1].end)
                claim_start = toks[e2].start
        if src is not None and form.lemma == "وصف" and not stripped.endswith(_OBJ) and gap \
                and _np_end(s, toks, gap[0], gz) == gap[-1] + 1:
            src = None   # «ووصف القرار بأنه خاطئ»: one phrase before «بأن» is what is described
        if src is None and comp_j is not None and form.lemma == "توقّع" and form.kind == "present" and not gap:
            return None   # «يُتوقّع أن…»: the impersonal passive
        relayed = form.lemma == "نقل" and any(toks[g].s == "عن" for g in gap)
        if "W" in form.flags and src is not None and _gap_weight(s, toks, gap) > (14 if relayed else 7):
            return None
        if src is None:
            # subject-verb order, or elided subject
            svo = _svo_source(s, toks, i, sa) if not conj and form.kind != "participle" else None
            if svo is None and form.kind == "present" and not conj and not relative:
                svo = _headline_subject(s, toks, i, gz)
                if svo is None and i > 0 and not _has_break(s, toks[i - 1].end, toks[i].start, "،,.:;؛\n\"") \
                        and toks[i - 1].s not in _OPENERS and toks[i - 1].s not in _PRONOUN_SUBJ \
                        and not _is_comp(toks[i - 1].s) and toks[i - 1].s not in ("ما", "لا"):
                    return None   # «مؤشرات تفيد بأن…»: a clause describing a thing, not a speaker
            if svo is None:
                if stripped.startswith("ي") and form.kind == "present" and not conj and (i == 0 or _has_break(s, toks[i - 1].end, toks[i].start, ".\n،,")):
                    return None   # «يذكر أن» (impersonal)
                if stripped.startswith("ي") and form.kind == "present" and (i == 0 or toks[i - 1].s in ("و",)):
                    return None
            return ("verb", cue, form.lemma, svo, (claim_start, sb), neg, gap_end_j)
        return ("verb", cue, form.lemma, src, (claim_start, sb), neg, relayed_in_gap or gap_end_j)
    # «مشيراً إلى افتتاح…»، «وأشار الوزير إلى ضرورة…»: «إلى» + a nominal content
    if form.lemma in _ILA_LEMMAS:
        for j in range(i + 1, min(n, i + 9)):
            if _has_break(s, toks[j - 1].end, toks[j].start, ".\n؛;:\"") or _lookup_cue(toks[j].s) is not None:
                break
            if toks[j].s == "الي" and j + 1 < n and not _is_comp(toks[j + 1].s) \
                    and not _has_break(s, toks[j].end, toks[j + 1].start, ".\n؛;:"):
                if form.kind == "participle" or conj and j == i + 1:
                    return ("verb", cue, form.lemma, None, (toks[j + 1].start, sb), neg, j + 1) if j == i + 1 else None
                src = _source_from_gap(s, toks, list(range(i + 1, j)), gz) if j > i + 1 else None
                if src is None and j > i + 1:
                    break
                if src is None:
                    src = _svo_source(s, toks, i, sa) if not conj else None
                    if src is None and not conj and form.kind == "present":
                        src = _headline_subject(s, toks, i, gz)
                        if src is None:
                            return None
                return ("verb", cue, form.lemma, src, (toks[j + 1].start, sb), neg, j + 1)
            if form.kind == "participle":
                break
    nominal_ok = "N" in form.flags or "T" in form.flags or ("n" in form.flags and form.kind == "verb") or "d" in form.flags
    # nominal object: «أعلن محمد حماقي الانتهاء من…»، «استنكرت اللجنة إقدام…»، «نفت جامعة نجران ما…»
    if nominal_ok or form.lemma in ("أعلن", "ثمّن", "استنكر", "تعهّد", "أهاب", "نوّه", "وصف"):
        doc_only = "d" in form.flags
        if form.kind == "participle":
            if i + 1 < n and not _has_break(s, toks[i].end, toks[i + 1].start, ".\n"):
                c0 = toks[i + 1].start if toks[i + 1].s not in ("علي", "الي", "ب") else (toks[i + 2].start if i + 2 < n else toks[i + 1].end)
                return ("verb", cue, form.lemma, None, (c0, sb), neg, i + 1)
            return None
        svo = _svo_source(s, toks, i, sa) if not conj and not relative else None
        if svo is None and not conj and not relative and form.kind == "present" and i <= 2 and toks[0].start == sa:
            svo = _headline_subject(s, toks, i, gz)   # «شويغو يصف كوريا الشمالية بالشريك…»
        if svo is not None and i + 1 < n and not _has_break(s, toks[i].end, toks[i + 1].start, ".\n؛;") and (
                not doc_only or _strip_conj(s[svo[0]:svo[1]].split()[0]) in _DOC_HEADS):
            # «فإن مصادر عدة أكدت حصولها»
            c0 = i + 1
            while c0 + 1 < n and (_is_temporal(toks[c0].s) or toks[c0].s.startswith("ل") and (
                    _MEDIA_DATIVE.match(toks[c0].s) or (md := gz.match_at(toks, c0)) is not None and md[0].kind == "media"
                    and md[1] > 0)):
                c0 += 1   # «أعلنت الشهر الماضي خفض…»، «يؤكد للميادين انتشار…»: neither the date nor the outlet
            c0 = c0 if toks[c0].s not in ("علي", "ب", "الي") or c0 + 1 >= n else c0 + 1
            return ("verb", cue, form.lemma, svo, (toks[c0].start, sb), neg, i + 1)
        j = i + 1
        while j < n and _is_temporal(toks[j].s):
            j += 1
        if j < n and toks[j].s.startswith("ل") and (_MEDIA_DATIVE.match(toks[j].s) or (
                (md := gz.match_at(toks, j)) is not None and md[0].kind == "media" and md[1] > 0)):
            j += 1   # «يؤكّد للميادين انتشار…»: the outlet spoken to
            while j < n and _is_temporal(toks[j].s):
                j += 1
        if j >= n or _has_break(s, toks[i].end, toks[j].start, ".\n؛;:"):
            return None
        if (k := _skip_setting(s, toks, j)) > j:
            # «وأكد في حديث إذاعي، دعم الوزارة…»: the occasion of the statement, then its content
            if k < n and not _has_break(s, toks[k - 1].end, toks[k].start, ".\n؛;:"):
                e2 = _np_end(s, toks, k, gz) if _known_head(_strip_conj(toks[k].s)) else None
                if e2 is not None and e2 < n and not doc_only:
                    return ("verb", cue, form.lemma, (toks[k].start, toks[e2 - 1].end), (toks[e2].start, sb), neg, e2)
                if (conj or i == 0) and not doc_only:
                    return ("verb", cue, form.lemma, None, (toks[k].start, sb), neg, k)
            return None
        if toks[j].s[0] == "ب" and len(toks[j].s) > 3 and not _known_head(toks[j].s[1:]) and form.kind == "verb" \
                and not _known_head(toks[j].s) and gz.match_at(toks, j) is None:
            # «تعهّد بإرسال…»: the object comes first, the subject is elided
            return ("verb", cue, form.lemma, None, (toks[j].start, sb), neg, j + 1)
        if (conj or form.kind == "participle") and toks[j].s in ("علي", "ب", "الي", "عن") and j + 1 < n:
            # «وتؤكد على حرصها…»: elided subject, the object after the preposition
            return ("verb", cue, form.lemma, None, (toks[j + 1].start, sb), neg, j + 1)
        hj = _strip_conj(toks[j].s)
        if conj and not doc_only and (form.kind == "present" or _derived_masdar(toks[j].s)) and not (
                _known_head(hj) or hj in gz.first_names or (gz.match_at(toks, j) or (None,))[0] is not None
                or hj.startswith("ال") and hj.endswith("ون")):
            # «الشركة تنفي الشائعات وتعلن موعد الافتتاح»، «وأعلن إطلاق…»: the subject is the one before
            return ("verb", cue, form.lemma, None, (toks[j].start, sb), neg, j + 1)
        e = _np_end(s, toks, j, gz)
        if e is None or e >= n:
            # no object after the subject: an elided or preceding subject with the object right after the verb
            return None
        if form.lemma == "وصف" and not stripped.endswith(_OBJ) and toks[e].s.startswith("ب") and conj:
            return ("verb", cue, form.lemma, None, (toks[j].start, sb), neg, j + 1)   # «ويصف باكستان بالبلد الجار»
        if doc_only and _strip_conj(toks[j].s) not in _DOC_HEADS:
            return None   # «أظهر الفريق أداءً قوياً»: showing, not reporting
        if e < n and _has_break(s, toks[e - 1].end, toks[e].start, "،,") and (
                toks[e].s in gz.first_names or toks[e].s in gz.titles):
            # «أكّد الرئيس الإيراني، إبراهيم رئيسي، …»: the name in apposition
            k = e + 1
            while k < n and k - e < 6 and not _has_break(s, toks[k - 1].end, toks[k].start, "،,.:;؛\n"):
                k += 1
            if k < n and _has_break(s, toks[k - 1].end, toks[k].start, "،,"):
                e = k
        src = (toks[j].start, toks[e - 1].end)
        if _is_pronoun_obj(stripped) and toks[j].s in ("عن", "من"):
            return None
        obj = e
        if obj < n and (toks[obj].s.startswith("لنظير") or toks[obj].s.startswith("ل") and _head_in_sets(toks[obj].s[1:])):
            # «… لنظيره التركي رجب طيب إردوغان أهمية…»: the addressee before the object
            k = obj + 1
            while k < n and toks[k].s.startswith("ال") and _adj_like(toks[k].s):
                k += 1
            k2 = _read_name(s, toks, k, gz) if k < n else k
            if k2 == k and k < n and toks[k].s in gz.first_names:
                k2 = k + 1
            while k2 < n and k2 - k < 4 and toks[k2].s not in _NP_STOP and not _object_start(toks, k2, gz) \
                    and not _has_break(s, toks[k2 - 1].end, toks[k2].start, "،,.:;؛\n") and k2 > k \
                    and not _derived_masdar(toks[k2].s) and not toks[k2].s.endswith(("ية", "ة")):
                k2 += 1
            if k2 < n:
                obj = k2
        while obj + 1 < n and _is_temporal(toks[obj].s):
            obj += 1   # «وتعلن الحكومة اليوم نتائج…»: the date is not the content
        obj = _skip_setting(s, toks, obj)
        if obj >= n:
            return None
        if toks[obj].s in ("ب", "الي", "علي", "عن") and obj + 1 < n:
            obj += 1
        return ("verb", cue, form.lemma, src, (toks[obj].start, sb), neg, obj)
    return None


_BI_LEMMAS = {"أفاد", "نوّه", "أشاد", "صرّح", "تعهّد", "أبلغ"}
_BI_FUNCTION = {fold(w) for w in """بعد بين بدوره بدورها بشأن بحسب بخصوص بسبب بفعل بنحو بدءا بموجب بصفته بصفتها بأنه بأنها
بذلك بهذا بهذه بينما بما بمناسبة برئاسة بقيادة بمشاركة بحضور بالتزامن باسم""".split()}
_ILA_LEMMAS = {"أشار", "لفت", "نوّه", "أهاب"}
_SETTING_PREPS = {fold(w) for w in "في خلال عبر أثناء اثناء لدى أمام على".split()}
_SPEECH_SETTINGS = {fold(w) for w in """تصريح تصريحات حديث مؤتمر بيان كلمة مقابلة لقاء اتصال رسالة تغريدة منشور تدوينة خطاب
ندوة اجتماع جلسة مداخلة تقرير برنامج برقية اتصالات محادثة مكالمة إفادة افادة""".split()}
def _setting_noun(t: str) -> bool:
    """«مؤتمر»، «المؤتمر»، «كلمته»، «برقيتها»، «تصريحاته»: a noun naming the occasion of a statement."""
    t = _strip_conj(t)
    if t in _SPEECH_SETTINGS:
        return True
    if t.startswith("ال") and t[2:] in _SPEECH_SETTINGS:
        return True
    for suf in ("هما", "هم", "ها", "ه"):
        if t.endswith(suf) and len(t) - len(suf) >= 3:
            b = t[:-len(suf)]
            return b in _SPEECH_SETTINGS or (b.endswith("ت") and b[:-1] + "ة" in _SPEECH_SETTINGS)
    return False


_BRACKET_PREPS = _SETTING_PREPS | {fold(w) for w in "مع أمام عقب إثر اثر بعد قبل عند خلال بمناسبة وسط".split()}


def _skip_comma_pp(s: str, toks: list[Token], j: int) -> int:
    """Index after a prepositional phrase set off by commas at ``j`` («، في الاتصال مع نظيره،»، «، خلال جولته،»)."""
    n = len(toks)
    if not (0 < j < n - 1 and toks[j].s in _BRACKET_PREPS and _has_break(s, toks[j - 1].end, toks[j].start, "،,")):
        return j
    for k in range(j + 1, min(n, j + 9)):
        if _has_break(s, toks[k - 1].end, toks[k].start, ".:;؛\n\""):
            return j
        if _is_comp(toks[k].s) or _lookup_cue(toks[k].s) is not None and not _setting_noun(toks[k].s):
            return j
        if _has_break(s, toks[k - 1].end, toks[k].start, "،,"):
            return k
    return j


_RELATIVE = {fold(w) for w in "الذي التي الذين اللذين اللتين اللواتي".split()}


def _gap_weight(s: str, toks: list[Token], gap: list[int]) -> int:
    """Words between a weak cue and its complement that count against it. A relative clause right after the subject
    («الدراسة التي صدرت في 5 تشرين الأول/أكتوبر،») does not count, up to its comma or the complement."""
    r = next((idx for idx, g in enumerate(gap[:4]) if idx and toks[g].s in _RELATIVE), None)
    if r is None:
        return len(gap)
    e = r + 1
    while e < len(gap) and not _has_break(s, toks[gap[e - 1]].end, toks[gap[e]].start, "،,"):
        e += 1
    return len(gap) - (e - r)


def _skip_setting(s: str, toks: list[Token], j: int) -> int:
    """Index after the occasion of a statement at ``j`` («في حديث إذاعي»، «خلال مؤتمر صحفي»، «في كلمة متلفزة»)."""
    n = len(toks)
    if (k := _skip_comma_pp(s, toks, j)) > j:
        return k
    if not (j + 1 < n and toks[j].s in _SETTING_PREPS and _setting_noun(toks[j + 1].s)):
        return j
    k = j + 2
    while k < n and k - j < 8 and not _has_break(s, toks[k - 1].end, toks[k].start, ".\n؛;:،,") and (
            _adj_like(toks[k].s) or toks[k].s.endswith(("ي", "ية", "ة")) and not _derived_masdar(toks[k].s)
            or toks[k].s.startswith(("لل", "ل")) and k + 1 < n and (toks[k].s.startswith("لل") or toks[k + 1].s.startswith("ال"))
            or toks[k - 1].s.startswith("ل") and toks[k].s.startswith("ال")):
        k += 1
    return k


def _masdar_like(t: str) -> bool:
    """A content word (typically a verbal noun) that can open a nominal claim: «تفاقم»، «إسقاط»، «وصول»."""
    return len(t) >= 3 and t not in _NP_STOP and t not in _ADJUNCT and t not in _BI_FUNCTION and not _is_comp(t) \
        and _lookup_cue(t) is None


def _ala_ma(s: str, toks: list[Token], i: int, cue: tuple[int, int], form: CueForm, sa: int, sb: int, gz: Gazetteer):
    """«ارتفع عدد الضحايا، على ما أفاد مسؤول محلي»: the source follows the verb, the claim precedes «على ما»."""
    n = len(toks)
    j = i + 1
    while j < n and _is_temporal(toks[j].s):
        j += 1
    e = j
    while e < n and e - j < 8 and not _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n") \
            and (e == j or toks[e].s not in _ADJUNCT) and not _is_comp(toks[e].s):
        e += 1
    if e == j:
        return None
    c1 = toks[i - 2].start
    if c1 - sa < 8:
        return None
    return ("verb", cue, form.lemma, (toks[j].start, toks[e - 1].end), (sa, c1), "D" in form.flags, e)


def _post_posed(s: str, toks: list[Token], i: int, cue: tuple[int, int], form: CueForm, sa: int, gz: Gazetteer):
    """«…، كما أفادت السلطات المحلية.»: the source closes the sentence; the claim is what comes before «كما»."""
    n = len(toks)
    j = i + 1
    while j < n and _is_temporal(toks[j].s):
        j += 1
    if j >= n:
        return None
    h = _strip_conj(toks[j].s)
    if not (_known_head(h) or h in gz.first_names or (m := gz.match_at(toks, j)) is not None and m[0].kind != "nisba"):
        return None
    e = j + 1
    while e < n and e - j < 9 and not _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n\"") \
            and not _is_comp(toks[e].s) and _lookup_cue(toks[e].s) is None:
        e += 1
    if e < n and not _has_break(s, toks[e - 1].end, toks[e].start, ".;؛\n"):
        return None   # more follows in the same sentence: «، كما أعلنت الشركة أنها…» is «also announced»
    c1 = toks[i - 1].start
    if c1 - sa < 8:
        return None
    return ("verb", cue, form.lemma, (toks[j].start, toks[e - 1].end), (sa, c1), "D" in form.flags, e)


def _came_in(s: str, toks: list[Token], i: int, sb: int, gz: Gazetteer):
    """«وجاء في البيان أن…»، «كما جاء في تقرير للمنظمة: …»: the document is the source."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].s != "في":
        return None
    h = _strip_conj(toks[i + 2].s)
    if h not in _DOC_HEADS and h not in _MEDIA_HEADS and h not in ("نص", "النص", "تغريده", "تغريدة", "منشور", "رساله"):
        return None
    for q in range(i + 3, min(n, i + 12)):
        if _has_break(s, toks[q - 1].end, toks[q].start, ".\n؛;"):
            break
        if _is_comp(toks[q].s) or _quote_after(s, toks[q - 1].end, sb) is not None:
            c0 = toks[q].start if _is_comp(toks[q].s) else _quote_after(s, toks[q - 1].end, sb)
            e = next((k for k in range(i + 3, q) if _has_break(s, toks[k - 1].end, toks[k].start, "،,")), q)
            src = (toks[i + 2].start, toks[e - 1].end)   # up to a comma («…، الذي شكّك…»)
            k0 = len(toks[i].s) - len(_strip_conj(toks[i].s)) if not toks[i].s.startswith("كما") else 3
            return ("verb", (toks[i].start + k0, toks[i].end), "جاء", src, (c0, sb), False, q)
    return None


def _nominal_cue(s: str, toks: list[Token], i: int, sb: int, gz: Gazetteer):
    """«وتأكيد الشركة أنّ الرواتب ستصرف…»: a verbal noun of saying, its subject as a genitive, then «أن»."""
    n = len(toks)
    t = toks[i].s
    base = _strip_nominal(t)
    if i + 2 >= n or _has_break(s, toks[i].end, toks[i + 1].start, "،,.:;؛\n\""):
        return None
    j = i + 1
    h = _strip_conj(toks[j].s)
    if not (_known_head(h) or (gz.match_at(toks, j) is not None) or h in gz.first_names):
        return None
    e = _np_end(s, toks, j, gz)
    if e is None or e >= n or not _is_comp(toks[e].s) or _has_break(s, toks[e - 1].end, toks[e].start, ".:;؛\n"):
        return None
    return ("nominal", (toks[i].start + len(t) - len(base), toks[i].end), _NOMINAL_CUES[base],
            (toks[j].start, toks[e - 1].end), (toks[e].start, sb), False, e)


def _headline_subject(s: str, toks: list[Token], i: int, gz: Gazetteer) -> tuple[int, int] | None:
    """«الهيئة الوطنية المستقلة للانتخابات في تونس تعلن…»، «مسؤول المكتب الإعلامي في الجهاد الإسلامي داوود شهاب
    يؤكد…»: a long subject from the sentence start up to a present-tense cue."""
    if i < 1 or i > 16:
        return None
    h = _strip_conj(toks[0].s)
    m = gz.match_at(toks, 0)
    name_like = i <= 2 and all(not toks[k].s.startswith("ال") and toks[k].s not in _ADJUNCT and toks[k].s not in _OPENERS
                               and toks[k].s not in _NP_STOP and not _is_temporal(toks[k].s) and len(toks[k].s) > 2
                               and toks[k].s not in _PRONOUN_SUBJ and toks[k].s not in _FIRST_SECOND_PERSON
                               and (toks[k].s[0] not in "وف" or toks[k].s in gz.first_names)
                               and not toks[k].s.endswith("ات") and toks[k].s not in _NONHUMAN_PL
                               for k in range(i))   # «شويغو يصف…»: a name opening the sentence
    if not (_known_head(h) or h in gz.titles or (m is not None and m[0].kind != "nisba") or name_like):
        return None
    for k in range(1, i):
        if _has_break(s, toks[k - 1].end, toks[k].start, ".:;؛\n") or _is_comp(toks[k].s) \
                or (_lookup_cue(toks[k].s) is not None and k > 0) or toks[k].s in _OPENERS:
            return None
    if _has_break(s, toks[i - 1].end, toks[i].start, ".:;؛\n"):
        return None
    return toks[0].start, toks[i - 1].end


def _object_start(toks: list[Token], k: int, gz: Gazetteer) -> bool:
    """Token ``k`` opens a nominal object (a verbal noun, often with a genitive), not more of the subject."""
    t = toks[k].s
    if t.startswith("ال") or _is_temporal(t) or t in _ADJUNCT or t in _NP_STOP or t in gz.first_names or t in gz.titles \
            or _known_head(_strip_conj(t)) or gz.match_at(toks, k) is not None or _lookup_cue(t) is not None:
        return False
    if _derived_masdar(t):
        return True
    return k + 1 < len(toks) and (gz.match_at(toks, k + 1) is not None or toks[k + 1].s.startswith("ال")) \
        and not _is_temporal(toks[k + 1].s)


def _ends_subject(s: str, toks: list[Token], a: int, j: int, gz: Gazetteer) -> bool:
    """Token ``j`` closes the subject phrase that starts at ``a`` (after dates): «وأضافت الشركة "…"»."""
    while a < j and _is_temporal(toks[a].s):
        a += 1
    tj = _strip_conj(toks[j].s)
    if _known_head(tj) or tj in gz.first_names or gz.match_at(toks, j) is not None:
        return True
    e = _np_end(s, toks, a, gz) if a <= j else None
    return e == j + 1


def _clause_subject(s: str, toks: list[Token], upto: int, gz: Gazetteer) -> tuple[int, int] | None:
    """The subject of the sentence's main clause, before token ``upto``: verb-subject («وانتقدت النقابة القرار») or
    subject-verb («النقابة تحتج…»). Only a phrase with a known head, a gazetteer name or a nominative plural."""
    k = _skip_adverbial(s, toks, upto)
    adverbial = k > 0
    while k < upto and (toks[k].s in _OPENERS or toks[k].s in _KANA or _is_temporal(toks[k].s)):
        k += 1
    if k >= upto - 1:
        return None

    def subject_like(j: int) -> bool:
        h = _strip_conj(toks[j].s)
        m = gz.match_at(toks, j)
        return _known_head(h) or (m is not None and m[0].kind != "nisba") \
            or (h.startswith("ال") and len(h) > 5 and h.endswith("ون"))

    if subject_like(k):
        e = _np_end(s, toks, k, gz)
        if e is not None and e < upto and _lookup_cue(toks[e].s) is None:
            return toks[k].start, toks[e - 1].end
        return None
    t0 = toks[k].s
    if t0.startswith("ال") or t0 in _ADJUNCT or t0 in _NP_STOP or _is_comp(t0) or t0 in _PREP_CUE_WORDS:
        return None
    past_f = k == 0 and t0.endswith("ت") and 4 <= len(t0) <= 6 and not _known_head(t0) and gz.match_at(toks, k) is None
    past_f = past_f or adverbial and 3 <= len(t0) <= 6 and not _known_head(t0) and gz.match_at(toks, k) is None
    if not (t0[0] in "وف" and len(t0) >= 4 and not _known_head(t0[1:])) and not past_f:
        return None   # a bare first word is a verb only in the feminine past («طمأنت حركة فتح الجيش، مؤكدةً…»)
    if t0[1:].startswith("ال") and not (k + 1 < upto and toks[k + 1].s.startswith("ال") and not _adj_like(toks[k + 1].s)):
        return None   # «والوزير…» is a noun; «والتقى الوزيران» a verb (two definite nouns do not follow each other)
    j = k + 1
    while j < upto and _is_temporal(toks[j].s):
        j += 1
    if j >= upto or _has_break(s, toks[k].end, toks[j].start, ".:;؛\n") or not subject_like(j):
        return None
    e = _np_end(s, toks, j, gz)
    if e is None or e > upto:
        return None
    return toks[j].start, toks[e - 1].end


_ADVERBIAL_OPENERS = {fold(w) for w in """في على علي الى إلى من عن مع بعد قبل إثر اثر عقب أثناء اثناء خلال بناء تعليقا ردا
بدوره بدورها لذلك لهذا إزاء ازاء حيال تبعا نتيجة وسط""".split()}


def _skip_adverbial(s: str, toks: list[Token], upto: int) -> int:
    """Index after a sentence-opening adverbial set off by a comma («وعلى خلفية ذلك،»، «وفي ضوء ذلك،»، «بدوره،»), or 0."""
    if not toks or upto < 3:
        return 0
    t0 = toks[0].s
    if _strip_conj(t0) not in _ADVERBIAL_OPENERS and t0 not in _ADVERBIAL_OPENERS \
            and not (t0[:1] in "وف" and t0[1:] in _ADVERBIAL_OPENERS):
        return 0
    for c in range(1, min(upto - 1, 7)):
        if _has_break(s, toks[c - 1].end, toks[c].start, ".:;؛\n"):
            return 0
        if _lookup_cue(toks[c - 1].s) is not None:
            return 0
        if _has_break(s, toks[c - 1].end, toks[c].start, "،,"):
            return c
    return 0


def _split_glued(toks: list[Token]) -> list[Token]:
    """Cue words glued to the word before by a missing space («الزيارةأكد»، «صباحاوأعلنت»، «الاجتماعأعلن»): split
    them off. Only after a ta marbuta (never inside a word), as «و» + a cue of five letters or more after a word of
    three, or as a past-tense cue in «أ» after a definite noun."""
    out: list[Token] | None = None
    cache = _GLUE_CUT
    for k, t in enumerate(toks):
        w = t.s
        cut = cache.get(w)
        if cut is None:
            cut = _glue_cut(w)
            if len(cache) > 200_000:
                cache.clear()
            cache[w] = cut
        if cut < 0:
            if out is not None:
                out.append(t)
            continue
        if out is None:
            out = list(toks[:k])
        out.append(Token(w[:cut], t.start, t.start + cut))
        out.append(Token(w[cut:], t.start + cut, t.end))
    return toks if out is None else out


_GLUE_CUT: dict[str, int] = {}


def _glue_cut(w: str) -> int:
    if len(w) < 6 or w in _SURFACE:
        return -1
    p = w.find("ة")
    if 2 <= p < len(w) - 3 and w[p + 1:] in _SURFACE:
        return p + 1
    for q in range(3, len(w) - 4):
        if w[q] == "و" and w[q - 1] in "اةهينمردتلع" and w[q:] in _SURFACE:
            return q
    if w.startswith("ال") and len(w) >= 9:
        for q in range(5, len(w) - 3):
            f = _CUES.get(w[q:])
            if f is not None and f.kind == "verb" and w[q] == "ا":
                return q   # «الاجتماعأعلن»: a definite noun, then «أعلن/أكدت/أوضح…»
    for q in range(3, len(w) - 4):
        if w[q:q + 2] in ("ال", "لل"):
            hit = _SURFACE.get(w[:q])
            if hit is not None and hit[0].kind == "verb" and len(w[hit[1]:q]) >= 3:
                return q   # «قالتللصحفيين»، «وذكرتالوكالة»: a cue, then the next word without a space
    return -1


def _is_pronoun_obj(t: str) -> bool:
    return t.endswith(("ه", "ها", "هم"))


def _clause_end(s: str, a: int, sb: int) -> int:
    k = s.find("، ف", a, sb)
    return k if k > 0 else sb


def _source_from_gap(s: str, toks: list[Token], gap: list[int], gz: Gazetteer) -> tuple[int, int] | None:
    """The subject between a verb and its complement: adjuncts («لوكالة رويترز»، «في بيان»، «أمس») cut it, an
    apposition after a comma («مسؤولان إيرانيان، أحدهما من وزارة الخارجية،») extends it."""
    # skip leading temporal words («وأعلنت السبت رئيس…»)
    k = 0
    while k < len(gap) and _is_temporal(toks[gap[k]].s):
        k += 1
    gap = gap[k:]
    if not gap:
        return None
    first = toks[gap[0]].s
    if first in ("ل", "لـ") and len(gap) > 2:
        gap = gap[2:]   # «ذكر لـ"الاقتصادية" المهندس…»: the outlet spoken to, then the subject
        first = toks[gap[0]].s
    while gap and toks[gap[0]].s in ("النقاب", "الستار", "اللثام"):
        gap = gap[1:]   # «كشف النقاب عن…»
    if not gap:
        return None
    first = toks[gap[0]].s
    if first in ("من", "فيه", "فيها", "عليه", "عليها") or first in _HONORIFIC_PRONOUNS or _lookup_cue(first) is not None:
        return None   # «حذّر من أن»، «وقال فيه:»; «وأوضح سموه» names the speaker already named
    if first in ("به", "بها", "عنه", "عنها", "عنهم", "له", "لها") and len(gap) > 1:
        gap = gap[1:]
        first = toks[gap[0]].s
    dative_outlet = first.startswith("ل") and (m := gz.match_at(toks, gap[0])) is not None and m[0].kind == "media" \
        and m[1] > 0
    if _strip_conj(first) in _DOC_HEADS and not first.startswith("ل"):
        # «بيان للوزارة»، «بيان صادر عن وزارة الصحة»، «تقرير للأمم المتحدة»
        e = 1
        while e < len(gap) and e < 8 and not _has_break(s, toks[gap[e - 1]].end, toks[gap[e]].start, "،,.:;؛\n"):
            te = toks[gap[e]].s
            if te in ("عن", "من") and toks[gap[e - 1]].s in _ISSUED:
                e += 1
                continue
            if te in _ADJUNCT and te not in ("ل", "لـ") or _is_temporal(te) or te in _RELATIVE:
                break
            e += 1
        while e > 1 and toks[gap[e - 1]].s in ("من", "عن", "علي", "الي", "ب", "في"):
            e -= 1
        return toks[gap[0]].start, toks[gap[e - 1]].end
    dative = len(first) > 4 and (first.startswith("لنظير") or first.startswith("لل") and first != "لله")
    # (a subject never opens with «لل»: «قالتللصحفيين»، «وتابعللميادين…» name whom the speaker addressed)
    if first in _ADJUNCT or _MEDIA_DATIVE.match(first) or first in ("لنا", "له", "لها", "لهم") or dative_outlet or dative:
        # «قالوا للصحافيين إن» / «قالت في بيان»: no subject after the verb
        return None
    segs: list[list[int]] = [[]]
    for idx, j in enumerate(gap):
        if idx and _has_break(s, toks[gap[idx - 1]].end, toks[j].start, "،,"):
            segs.append([])
        segs[-1].append(j)
    chosen: list[int] = []
    for si, seg in enumerate(segs):
        cut = len(seg)
        for q, j in enumerate(seg):
            tj = toks[j].s
            if q and tj == "علي" and toks[seg[q - 1]].s in gz.first_names:
                continue   # «أحمد علي»: a name, not the preposition
            if (q or si) and (tj in _ADJUNCT or tj in _RELATIVE or _MEDIA_DATIVE.match(tj) or _strip_conj(tj) in _PREP_CUE_WORDS
                              or tj.startswith("ل") and (m2 := gz.match_at(toks, j)) is not None
                              and m2[0].kind == "media" and m2[1] > 0):
                cut = q
                break
        if 0 < cut < len(seg) and si == 0 and tj in ("في", "فى", "ب", "من") and len(seg) - cut <= 9:
            # «أستاذ العلوم السياسية في جامعة القاهرة الدكتور حسن نافعة»: a title and name after the place
            rest = [toks[x].s for x in seg[cut + 1:]]
            r = next((k for k, w in enumerate(rest) if w in gz.titles or w in _PERSON_HEADS and w.startswith("ال")), None)
            if r is not None and r + 1 < len(rest) and not any(w in _SPEECH_SETTINGS or _MEDIA_DATIVE.match(w) or w in _ADJUNCT
                                                              for w in rest[:r]):
                cut = len(seg)
            elif tj in ("في", "فى") and _strip_conj(toks[seg[0]].s) in _ORG_HEADS and len(rest) <= 3 and any(
                    toks[x].s.startswith("ل") and len(toks[x].s) > 3 for x in seg[1:cut]) \
                    and (mp := gz.match_at(toks, seg[cut + 1])) is not None and mp[0].kind in ("country", "city", "region") \
                    and mp[2] == len(rest):
                cut = len(seg)   # «اللجنة الوطنية لحقوق الإنسان في المغرب»: the seat belongs to the name
            elif len(rest) <= 4 and si + 1 < len(segs) and not any(
                    w in _SPEECH_SETTINGS or _MEDIA_DATIVE.match(w) or w in _ADJUNCT or _is_temporal(w) for w in rest) \
                    and (toks[segs[si + 1][0]].s in gz.titles or toks[segs[si + 1][0]].s in gz.first_names):
                cut = len(seg)   # «رئيس المجلس التنفيذي في الحزب، الشيخ هاشم صفي الدين،»
        part = seg[:cut]
        if si == 0:
            chosen = part
            if cut < len(seg):
                break
        else:
            p0 = toks[part[0]].s if part else ""
            if part and (_lookup_cue(p0) is not None or p0 in _DATE_HEADS or p0.isdigit() or _strip_conj(p0) in _PREP_CUE_WORDS
                         or p0 in ("الذي", "التي", "الذين", "اللذين", "اللتين")
                         or p0.startswith("ل") and (p0.startswith("لنظير") or _head_in_sets(p0[1:]) or p0.startswith("لل"))):
                break   # «…، لنظيره التركي»: the addressee
            if not part or len(part) > (10 if p0 in gz.titles or p0 in gz.first_names or p0 in _PERSON_HEADS else 6):
                break
            chosen = chosen + part
            if cut < len(seg):
                break
    # a preposition that belongs to the claim («حذّر المتحدث من أن»، «وصفته الجامعة بـ"…"»)
    while chosen and toks[chosen[-1]].s in ("النقاب", "الستار", "اللثام"):
        chosen = chosen[:-1]   # «كشفت الوزارة النقاب عن…»
    while chosen and toks[chosen[-1]].s in ("من", "عن", "علي", "الي", "ب", "بـ", "في") and not (
            toks[chosen[-1]].s == "علي" and len(chosen) > 1 and toks[chosen[-2]].s in gz.first_names):
        chosen = chosen[:-1]
    if not chosen:
        return None
    return toks[chosen[0]].start, toks[chosen[-1]].end


_MODALS = {fold(w) for w in "يمكن ويمكن لايمكن يجب ويجب ينبغي وينبغي يصعب يتعين يستحيل بالإمكان بالامكان".split()}
_PREP_CUE_WORDS = {fold(w) for w in "بحسب حسب وفق وفقا طبقا نقلا حسبما".split()}
_NEED_CONJ = {"دان"}
_FIRST_SECOND_PERSON = {fold(w) for w in "أنت انت أنتم انتم أنتما أنا انا نحن ونحن وأنا وأنت".split()}
_PRONOUN_SUBJ = {fold(w) for w in "هي وهي هم وهم هن هما وهما فهي فهم".split()}
_THAT = {fold(w) for w in "ذلك بذلك هذا بهذا هذه بهذه".split()}
_PASSIVE_AUX = {fold(w) for w in "تم يتم وتم جرى يجري وجرى".split()}
_KANA = {fold(w) for w in "كان كانت كانوا كانا وكان وكانت وكانوا فكان فكانت".split()}
_ISSUED = {fold(w) for w in "صادر صادرة الصادر الصادرة صدر صدرت منسوب المنسوب".split()}


def _svo_source(s: str, toks: list[Token], i: int, sa: int) -> tuple[int, int] | None:
    """«مصادر عدة أكدت»، «إن طهران أكدت»، «لكنّ مسؤولين قالوا»: the subject right before the verb."""
    if i == 0:
        return None
    if toks[i - 1].s in ("قد", "لقد") and i > 1:
        i -= 1   # «وكانت المؤسسة قد أشارت»
        if toks[i - 1].s in _KANA and i > 1 and not _has_break(s, toks[i - 2].end, toks[i - 1].start, "،,.:;؛\n"):
            i -= 1   # «أن رئيس الوزراء كان قد أكد»
    if i > 1 and toks[i - 1].s.startswith("ل") and (_MEDIA_DATIVE.match(toks[i - 1].s) or (
            (m := gazetteer().match_at(toks, i - 1)) is not None and m[0].kind == "media" and m[1] > 0)):
        i -= 1   # «حمدان للميادين يؤكد»: the outlet spoken to is not the speaker
    if toks[i - 1].s in ("الذي", "التي", "الذين") and i > 1:
        # «لمحمد حماقي الذي أعلن»: the antecedent of the relative pronoun
        r = i - 1
        b = r
        while b > 0 and r - b < 3 and not _has_break(s, toks[b - 1].end, toks[b].start, "،,.:;؛\n") \
                and toks[b - 1].s not in _OPENERS and toks[b - 1].s not in _ADJUNCT and not toks[b - 1].s.startswith("ال") \
                and _strip_conj(toks[b - 1].s) not in _PREP_CUE_WORDS:
            b -= 1
        if b == r and b > 0 and toks[b - 1].s.startswith("ال") \
                and not _has_break(s, toks[b - 1].end, toks[b].start, "،,.:;؛\n"):
            # a definite antecedent: its adjectives, then its head noun («الأخبار المتداولة التي»)
            while b > 1 and _adj_like(toks[b - 1].s) and toks[b - 2].s.startswith("ال") and r - b < 3 \
                    and not _has_break(s, toks[b - 2].end, toks[b - 1].start, "،,.:;؛\n"):
                b -= 1
            b -= 1
            if b > 0 and not toks[b - 1].s.startswith("ال") and _head_in_sets(_strip_conj(toks[b - 1].s)) \
                    and not _has_break(s, toks[b - 1].end, toks[b].start, "،,.:;؛\n") and toks[b - 1].s not in _ADJUNCT:
                b -= 1   # «وزير الخارجية الذي»
            h = _strip_conj(toks[b].s)
            if h in _NONHUMAN_PL or not (_known_head(h) or h.endswith(("ون", "ين")) or _known_head(toks[b].s)):
                if not (_strip_conj(toks[b].s) in _MEDIA_HEADS or _strip_conj(toks[b].s) in _DOC_HEADS
                        or h in ("الاخبار", "اخبار", "الانباء", "انباء", "التقارير", "تقارير", "الشائعات", "شائعات")):
                    return None
            return toks[b].start, toks[r - 1].end
        if b < r:
            a0 = toks[b].start + (1 if toks[b].s[0] in "لب" and len(toks[b].s) > 3 and r - b > 1 else 0)
            return a0, toks[r - 1].end
        return None
    gapc = s[toks[i - 1].end:toks[i].start]
    if ("،" in gapc or "," in gapc):
        # «وكان السفير الروسي لدى السودان، أندريه تشيرنوفول، كشف أن…»
        b = i - 1
        while b > 0 and i - b < 9 and toks[b - 1].s not in _OPENERS and toks[b - 1].s not in (
                "كان", "كانت", "وكان", "وكانت", "فكان", "فكانت") and not _has_break(s, toks[b - 1].end, toks[b].start, ".:;؛\n"):
            b -= 1
        if b > 0 and toks[b - 1].s in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت") and _known_head(_strip_conj(toks[b].s)):
            return toks[b].start, toks[i - 1].end
        if b > 0 and (_is_comp(toks[b - 1].s) or toks[b - 1].s in _OPENERS) and _known_head(_strip_conj(toks[b].s)) \
                and any(_has_break(s, toks[k - 1].end, toks[k].start, "،,") for k in range(b + 1, i - 1)):
            return toks[b].start, toks[i - 1].end   # «يشار إلى أن وزيرة الصحة، سارة أحمد، كشفت أن…»
    if ("،" in gapc or "," in gapc) and i <= 8 and toks[0].start >= sa and all(
            not _has_break(s, toks[k - 1].end, toks[k].start, ".:;؛\n") for k in range(1, i - 1 + 1)):
        # «اللجنة الكينية لحقوق الإنسان، تقول إن…»: a sentence-initial subject set off by a comma
        if _known_head(_strip_conj(toks[0].s)) or gazetteer().match_at(toks, 0) is not None:
            return toks[0].start, toks[i - 1].end
        return None
    if _has_break(s, toks[i - 1].end, toks[i].start, "،,.:;؛\n\"") and s[toks[i - 1].end:toks[i].start].strip() not in ('"',):
        return None
    j = i - 1
    b = i
    while j >= 0 and i - j <= 8:
        tj = toks[j].s
        if tj in _OPENERS or _is_comp(tj) or tj in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"):
            break
        if tj in ("الي", "علي", "في", "من", "عن", "مع") and j == i - 1:
            return None
        b = j
        if j > 0 and _has_break(s, toks[j - 1].end, toks[j].start, "،,.:;؛\n"):
            break
        j -= 1
    if b >= i:
        return None
    if i - b > 7:
        return None
    head = _strip_conj(toks[b].s)
    opened = b > 0 and (toks[b - 1].s in _OPENERS or _is_comp(toks[b - 1].s) or toks[b - 1].s in _KANA)
    if not opened and not _known_head(head) and gazetteer().match_at(toks, b) is None:
        return None
    if not opened and i - b > 5 and not _known_head(head):
        return None
    return toks[b].start, toks[i - 1].end


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


_SPEECH_NOUNS_PRON = {fold(w) for w in """قوله قولها قولهم زعمه زعمها زعمهم تعبيره تعبيرها وصفه وصفها رأيه رأيها
تصريحه تصريحها تصريحاته تصريحاتها كلامه كلامها روايته روايتها تقديره تقديرها""".split()}
_HONORIFIC_PRONOUNS = {fold(w) for w in """سموه سموها معاليه معاليها فضيلته سعادته سعادتها سماحته جلالته جلالتها فخامته
دولته""".split()}
_NP_STOP = {fold(w) for w in "هذه هذا ذلك تلك ما عن من الي علي في ب ان بان أن".split()}


def _np_end(s: str, toks: list[Token], j: int, gz: Gazetteer) -> int | None:
    """End (exclusive token index) of the subject noun phrase starting at ``j`` when a nominal object follows."""
    n = len(toks)
    m = gz.match_at(toks, j)
    head = _strip_conj(toks[j].s)
    if m is not None and m[0].kind != "nisba":
        e = j + m[2]
    elif _known_head(head):
        e = j + 1
        proper = False
        if not head.startswith("ال") and head in _ORG_HEADS:
            # an indefinite head whose genitive is a name: «جيش بوركينا فاسو»، «شرطة دبي»، «حكومة إقليم كردستان»
            k = e
            while k < n and k - e < 3 and not toks[k].s.startswith(("ال", "لل")) and toks[k].s not in _NP_STOP \
                    and toks[k].s not in _ADJUNCT and _lookup_cue(toks[k].s) is None \
                    and not _has_break(s, toks[k - 1].end, toks[k].start, "،,.:;؛\n"):
                mk = gz.match_at(toks, k)
                if mk is not None and mk[0].kind != "nisba":
                    k += mk[2]
                    proper = True
                    break
                if k > e and _derived_masdar(toks[k].s):
                    break   # «حكومة سريلانكا إحباط…»: the object begins
                k += 1
            if not proper and k > e and k < n and (toks[k].s.startswith(("ال", "لل")) or toks[k].s in _NP_STOP
                                                   or _has_break(s, toks[k - 1].end, toks[k].start, "،,")
                                                   or _derived_masdar(toks[k].s)):
                proper = True
            if proper:
                e = k
        # construct chain: genitives and adjectives («إدارة المنتخب السعودي الأولمبي لكرة القدم»); after a definite
        # word only an adjective follows («الاتحاد القرار» is subject + object, «الاتحاد الأفريقي» one phrase)
        # a sound plural or dual with its «ن» («مسؤولون»، «الوزيران») takes no genitive: only adjectives follow
        prev_def = head.startswith("ال") or proper or (len(head) > 4 and head.endswith(("ون", "ان")))
        if proper and e < n and toks[e].s.startswith("ال") and (toks[e - 1].s in _CONSTRUCT_NOUNS or _known_head(toks[e - 1].s)):
            prev_def = False   # «حكومة إقليم الباسك»: the last noun of the chain takes the definite genitive
        while e < n and e - j < 9 and not _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n"):
            te = toks[e].s
            if te in _NP_STOP:
                break
            if te.startswith("ال"):
                if prev_def and not _adj_like(te):
                    break
                prev_def = True
                e += 1
                continue
            if not prev_def and not proper and _adj_like("ال" + te) and not _derived_masdar(te) and e > j:
                e += 1   # «إحصاءات رسمية»: an indefinite adjective
                prev_def = True   # «مصادر مطلعة الصحيفة»: no genitive after an adjective («رفيع المستوى» aside)
                continue
            if proper and not te.startswith("لل"):
                break
            if not prev_def and e + 1 < n and toks[e - 1].s in _PERSON_HEADS and not toks[e - 1].s.startswith("ال") \
                    and len(te) >= 4 and not _derived_masdar(te) and not _is_temporal(te) and te not in _ADJUNCT \
                    and _lookup_cue(te) is None and not te.startswith(("ب", "ل")) \
                    and (toks[e + 1].s.startswith("ال") or gz.match_at(toks, e + 1) is not None) \
                    and not _has_break(s, toks[e].end, toks[e + 1].start, "،,.:;؛\n"):
                e += 1   # «رئيس وزراء الدولة»، «وزير خارجية البلاد»: a title's indefinite genitive, then its own
                continue
            if te.startswith("لل") or (te.startswith("ل") and e + 1 < n and toks[e + 1].s.startswith("ال")):
                prev_def = te.startswith("لل")
                e += 1
                continue
            if te == "باسم" or (toks[e - 1].s == "باسم" and _known_head(te)):
                prev_def = te.startswith("ال")
                e += 1   # «المتحدث باسم وزارة الخارجية الإيرانية»
                continue
            break
        # a name after a title («الشاعر محمد البوغة»)
        if head in _PERSON_HEADS and e < n and not _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n"):
            k = _read_name(s, toks, e, gz)
            if k > e and k < n and (toks[e].s in gz.first_names or toks[e].s in gz.particles
                                    or _has_break(s, toks[k - 1].end, toks[k].start, "،,.:;؛\n") or _is_comp(toks[k].s)
                                    or not _derived_masdar(toks[e].s) and toks[k].s.startswith("ال")):
                e = k   # «الشاعر محمد البوغة»; not «المتحدث باسم الجيش سقوط قتلى في…»
    elif head.startswith("ال") and len(head) > 5 and head.endswith("ون") and head not in _NP_STOP:
        e = j + 1   # «المزارعون»، «المحتجون»: a nominative plural is the subject
    elif head.startswith("ال") and len(head) > 4 and j + 1 < n and _derived_masdar(toks[j + 1].s) \
            and not _derived_masdar(head[2:]) and not _is_temporal(head) and head not in _NP_STOP \
            and not _has_break(s, toks[j].end, toks[j + 1].start, "،,.:;؛\n"):
        e = j + 1   # «ويعزو الأطباء ارتفاع…»: a definite noun cannot govern the indefinite one after it
    else:
        if head.startswith("ال") or head in _NP_STOP or head in _ADJUNCT:
            return None
        if head not in gz.first_names and head not in gz.particles:
            return None   # an unknown word after the verb is as likely its object as its subject
        e = j + 1
        while e < n and e - j < 3 and not toks[e].s.startswith("ال") and toks[e].s not in _NP_STOP \
                and not _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n"):
            e += 1
    while e < n and _is_nisba(toks[e].s, gz) and not _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n"):
        e += 1
    return e


_CONSTRUCT_NOUNS = {fold(w) for w in """إقليم اقليم ولاية مدينة جمهورية مملكة دولة محافظة منطقة جزيرة جزر مقاطعة إمارة
بلدية قطاع ضاحية ريف""".split()}
_ADJ_WORDS = {fold(w) for w in """العام العامة الأعلى العليا الكبير الكبيرة الكبرى العظمى الأعظم الجديد الجديدة الأول الأولى
الثاني الثانية الأسبق السابق السابقة الحالي الحالية الدائم الدائمة الخاص الخاصة الشريف الأحمر الأبيض الأخضر الأسود
الأوسط الأدنى الأقصى الرسمي الرسمية المستقل المستقلة المؤقت المؤقتة الموحد الموحدة الكبار الوطني الوطنية الدولي
الدولية المدني المدنية العسكري العسكرية الأمني الأمنية الفني الفنية التنفيذي التنفيذية العالمي العالمية المقبل المقبلة
المركزي المركزية الموحد المؤقت المطلع المطلعة المطلعين المطلعون الرفيع الرفيعة المقرب المقربة المقربين المقربون
البارز البارزة الكبار المستوى الشأن""".split()}
_PARTICIPLE_ADJ_RE = re.compile(r"^الم(?:ست|.ت|ت|ن).{2,}$")   # «المتحدة»، «المشترك»، «المستقلة»، «المنتخبة»
_DERIVED_MASDAR_RE = re.compile(r"^(?:ا..ا.|ت..ي.|ا.ت.ا.|ان..ا.|است..ا.|م.ا..ة)$")


def _adj_like(t: str) -> bool:
    """A definite word that reads as an adjective: nisba («الروسية»), participle («المستقلة»), common ones."""
    if t in _ADJ_WORDS:
        return True
    if len(t) > 4 and t.endswith(("ي", "يه", "ية", "يون", "يين", "يان", "يتان", "يتين")):
        return True
    return bool(_PARTICIPLE_ADJ_RE.match(t)) and not t.endswith("ات")


def _derived_masdar(t: str) -> bool:
    """A verbal noun of the derived forms: «إحباط»، «تعليق»، «اعتقال»، «انسحاب»، «استئناف»، «مواصلة»."""
    return bool(_DERIVED_MASDAR_RE.match(t))


def _is_nisba(t: str, gz: Gazetteer) -> bool:
    lst = gz.index.get(t)
    return bool(lst) and any(e.kind == "nisba" and not rest for rest, e in lst)


def _relayed_source(s: str, toks: list[Token], after: int, before: int, gz: Gazetteer) -> tuple[int, int] | None:
    """The original source in «نقلت الصحيفة عن مصادر قولها…»: the phrase after «عن», before the claim."""
    idx = [k for k, t in enumerate(toks) if after <= t.start < before]
    for q, k in enumerate(idx):
        if toks[k].s == "عن":
            rest = [j for j in idx[q + 1:] if toks[j].s not in _SPEECH_NOUNS_PRON]
            while rest and toks[rest[-1]].s in _SPEECH_NOUNS_PRON:
                rest.pop()
            cut = next((r for r, j in enumerate(idx[q + 1:]) if toks[j].s in _SPEECH_NOUNS_PRON), None)
            if cut is not None:
                rest = idx[q + 1:q + 1 + cut]
            return _source_from_gap(s, toks, rest, gz) if rest else None
    return None


def _plausible_source(toks: list[Token], j: int, gz: Gazetteer, known: set[str]) -> bool:
    """«بحسب المسؤولين»، «وفقاً لبيانات»، «بحسب أوزبورن» name sources; «وفق توجيهات المجلس» does not."""
    head = _strip_conj(toks[j].s)
    if head in ("ذات", "نفس") and j + 1 < len(toks):
        return _plausible_source(toks, j + 1, gz, known)   # «حسب ذات المصادر»: the sources named before
    if head.startswith("ل") and len(head) > 3 and (head.startswith("لل") or _known_head(head[1:]) or head[1:] in known):
        head = "ال" + head[2:] if head.startswith("لل") else head[1:]
    if head.startswith("ال") and j + 1 < len(toks) and toks[j + 1].s in ("الذي", "التي", "الذين"):
        return True
    return _known_head(head) or gz.match_at(toks, j) is not None or head in gz.first_names or head in known \
        or head in gz.titles


def _prep_cue(s: str, toks: list[Token], i: int, sa: int, sb: int, gz: Gazetteer, known: set[str] = frozenset()):
    """«بحسب المسؤولين»، «حسب بيان لوزارة الداخلية»، «وفقاً لـ…»، «وفق ما أعلنت الشركة»، «نقلاً عن…»."""
    n = len(toks)
    t = toks[i].s
    k0 = 0
    if t[0] in "وف" and t[1:] in ("بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "حسبما"):
        k0 = 1
    cue_start = toks[i].start + k0
    cue_end = toks[i].end
    j = i + 1
    if j < n and toks[j].s in ("ما", "لما") or t.endswith("ما"):
        # «وفق ما أعلنت X» / «بحسب ما ذكرت X»: one cue up to the verb
        if toks[j].s in ("ما", "لما"):
            j += 1
        if j < n and _lookup_cue(toks[j].s) is not None:
            cue_end = toks[j].end
            j += 1
        else:
            return None
    elif j < n and toks[j].s in ("ل", "لـ"):
        j += 1
    elif t.endswith(("وفقا", "طبقا")) and j < n and toks[j].s.startswith("ل") and len(toks[j].s) > 2:
        pass   # «وفقاً لبيانات…»: the source starts inside the token
    elif t.endswith("نقلا") and j < n and toks[j].s == "عن":
        j += 1
    if j < n and toks[j].s in ("به", "بها", "بهم", "لنا", "له", "لها"):
        j += 1
    if j >= n:
        return None
    while j < n and _is_temporal(toks[j].s):
        j += 1
    if j < n and toks[j].s in _SPEECH_NOUNS_PRON:
        # «بحسب قوله»، «وفق تعبيره»: the speaker is the last named source
        return ("prep", (cue_start, cue_end), "بحسب", None, (sa, cue_start) if cue_start - sa > 12 else (toks[j].end, sb), False, j + 1)
    if j >= n or _has_break(s, toks[j - 1].end, toks[j].start, ".\n؛;"):
        return None
    if cue_end == toks[i].end and not _plausible_source(toks, j, gz, known):
        return None
    # the source: up to the next comma / adjunct, with a coordinated apposition («الشركة الأميركية، ووكالة ناسا»)
    e = j
    src_start = toks[j].start
    if toks[j].s.startswith("ل") and t.endswith(("وفقا", "طبقا")):
        src_start += 1
    while e < n and e - j < 8:
        if e > j and _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n"):
            gapc = s[toks[e - 1].end:toks[e].start]
            if ("،" in gapc or "," in gapc) and toks[e].s.startswith("و") and e + 1 <= n and (e + 3 >= n or
                                                                                           _has_break(s, toks[min(e + 2, n - 1)].end, sb, ".")):
                # coordinated second source up to the end of the sentence
                e += 1
                continue
            break
        if e > j and (toks[e].s in _ADJUNCT and toks[e].s not in ("بيان",) or _is_comp(toks[e].s)
                      or toks[e].s in ("فان", "فقد", "فانه", "فانها", "الذي", "التي", "الذين", "اللذين", "اللتين")):
            break
        if e > j and (_lookup_cue(toks[e].s) is not None or toks[e].s in _SPEECH_NOUNS_PRON):
            break
        e += 1
    if e == j:
        return None
    src = (src_start, toks[e - 1].end)
    if e < n and _lookup_cue(toks[e].s) is not None:
        # the original source is the one after «عن» when the data are relayed
        for q in range(e + 1, min(n, e + 9)):
            if toks[q].s == "عن" and q + 1 < n:
                qe = q + 1
                while qe < n and qe - q <= 4 and not _has_break(s, toks[qe - 1].end, toks[qe].start, "،,.:;؛\n"):
                    qe += 1
                src = (toks[q + 1].start, toks[qe - 1].end)
                break
    cue = (cue_start, cue_end)
    # claim: before the cue when the cue is not at the clause start, else after the source
    before = s[sa:cue_start].strip(" ،,\"")
    if len(before) > 12:
        c0, c1 = sa, cue_start
        # «وجاء ذلك، حسب بيان…، في إطار…»: the claim is what follows
        if len(before) < 25 and e < n:
            c0, c1 = toks[e].start, sb
    else:
        c0 = toks[e].start if e < n else src[1]
        c1 = sb
    return ("prep", cue, "بحسب", src, (c0, c1), False, e)
