"""Guards for the timex scanner's work-skipping shortcuts (engine._collect):

- ``patterns.NEEDS``: a window lacking the rule's needed piece is not scanned by the rule;
- ``patterns.BY_BODY`` / ``engine._at_body``: the rule is tried only where its body (the pattern after ``B``) matches.

Both are exact only while the piece is implied by the rule and the body is the rule minus ``B``. Someone editing a
rule's regex can break that silently (matches are lost, nothing crashes), so these tests compare the engine's
optimised scan with the plain ``finditer`` of every guarded rule, span by span and group by group, over synthetic
sentences written here (each guarded rule matches at least one of them), the dev articles and Duckling's examples;
and check the pieces and bodies against the rules without any corpus: synthetic matches perturbed one character at
a time, and strings written from the rules themselves through every alternative (so a new alternative added to a
rule without its piece is caught even if no sentence here uses it).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from re import _constants as sc
from unittest import mock

import pytest

from conftest import DEV_CORPUS, SHARED, needs_dev
from timeline_app.model.timex import engine
from timeline_app.model.timex import patterns as P
from timeline_app.model.timex.glue import unglue
from timeline_app.model.timex.normalize import normalize
from timeline_app.model.timex.resolve import Context
from timeline_app.model.timex.triggers import Windows

NAMES = {rx: name for name, rx in vars(P).items() if isinstance(rx, re.Pattern) and name.isupper()}
RULE_OF = {rule[0]: rule for rule in engine.RULES}   # (regex, handler, priority, group, back, fwd)
GUARDED = [rx for rx in RULE_OF if rx in P.NEEDS or rx in P.BY_BODY]
DUCKLING = SHARED / "corpus" / "peers" / "duckling_ar_time.json"

# News-style sentences, written from the rules' patterns; each guarded rule matches at least one of them.
SYNTHETIC = [
    "تجري الانتخابات من 3/5/2024 إلى 7/5/2024 في جميع المحافظات.",
    "تستمر الدورة من 2 إلى 5 / 11 / 1436 هـ في مقر الاتحاد.",
    "أعلنت الوزارة بدء العام الدراسي 2023-2024 في أيلول.",
    "وسيبدأ العام الدراسي المقبل 1445/1446هـ بعد العطلة.",
    "أقيمت المباراة في موسم 2014/15 على الملعب نفسه.",
    "صدر القرار بتاريخ 12/03/2019 وتم نشره لاحقاً.",
    "وفي التقرير المؤرخ 2018-06-14 ذكرت اللجنة ذلك.",
    "بلغت المبيعات ذروتها في 11/2020 ثم تراجعت.",
    "شارك في الحرب عام 1948 ثم هاجر.",
    "قال إن العام الماضي 2014م شهد تراجعاً.",
    "ولد الشاعر في 1320 هـ في مكة.",
    "سافر إلى باريس في 1995 للدراسة.",
    "خدم في الجيش بين عامي 1990 و1995 ثم تقاعد.",
    "عاش هناك من 2001 حتى 2008 مع أسرته.",
    "تغطي الخطة الفترة 2010-2015 بالكامل.",
    "عُقد الاجتماع الساعة 10:30 صباحاً بتوقيت غرينتش.",
    "وصل الوفد عند 9.45 مساء أمس.",
    "يعقد المؤتمر يوم الأحد 12/4 في العاصمة.",
    "يستمر المعرض خلال آذار 10-15 في دمشق.",
    "ينظم المهرجان من 3 إلى 9 أيار 2021 في عمّان.",
    "تمتد العطلة من 28 آب إلى 2 أيلول المقبل.",
    "تستمر الحملة من الأول حتى العاشر من تشرين الأول.",
    "ستجري الانتخابات من أيلول إلى تشرين الثاني 2022.",
    "ارتفعت الأسعار بين يناير ومارس 2015 بشكل ملحوظ.",
    "تعقد القمة في أواخر شهر آب 2019 بحضور القادة.",
    "تصل الشحنة في مطلع الشهر المقبل إلى الميناء.",
    "يبدأ الموسم في النصف الثاني من تموز المقبل.",
    "جرت المفاوضات في منتصف العام الماضي دون نتيجة.",
    "سيعلن البرنامج مطلع 2016 بحسب الوزير.",
    "نما الاقتصاد في الربع الأول من عام 2023 بنسبة قليلة.",
    "تراجعت الصادرات في النصف الثاني من العام الماضي.",
    "ارتفعت الأرباح مقارنة بالفترة نفسها من العام الماضي.",
    "وانخفض الإنتاج عن الشهر ذاته من عام 2019.",
    "تجري الجولة في أول خميس من شهر آذار.",
    "يعقد المجلس جلسته الخميس الأخير من حزيران 2020.",
    "وصلت القافلة في اليوم الأول من رمضان 1437.",
    "بدأ الهجوم في الأسبوع الأخير من آب الماضي.",
    "تقام الصلاة في أول خميس بعد عيد الفطر في المسجد.",
    "وقبل ذلك بأيام أعلن الجيش حالة الطوارئ.",
    "وبعدها بأسبوع انسحبت القوات من المدينة.",
    "سافر الوزير قبل عام إلى القاهرة.",
    "لم يحدث ذلك منذ شهر وفق المصادر.",
    "خلال اليومين الماضيين سقط عشرات الضحايا.",
    "أعلن عن ذلك في الأيام الثلاثة الأخيرة من الشهر.",
    "استمر الحصار الأشهر الماضية دون انقطاع.",
    "انتظر المسافرون نصف ساعة في المطار.",
    "أمضى في السجن عاماً كاملاً وأسبوعاً.",
    "نام الجنود يوما في العراء.",
    "تتوقف الحافلات كل يوم جمعة عن العمل.",
    "تصدر الصحيفة أسبوعياً عن دار النشر.",
    "يجتمع المجلس يومي الأحد والثلاثاء من كل أسبوع.",
    "سيصل الوفد في الساعة الثالثة فجراً إلى المطار.",
    "انطلقت المسيرة الرابعة عصراً بتوقيت مكة المكرمة.",
    "بدأ القصف الثانية عشرة ليلاً واستمر حتى الصباح.",
    "يغادر الرئيس هذه الليلة متوجهاً إلى نيويورك.",
    "وقع الانفجار صباح الثلاثاء في السوق.",
    "اندلع الحريق في وقت مبكر من صباح اليوم.",
    "تواصل القصف منذ ساعات الفجر الأولى على البلدة.",
    "نفذت الغارة في ساعات المساء المتأخرة.",
    "قال الوزير اليوم إن الأزمة ستنتهي غداً الأربعاء.",
    "وكان قد أعلن أمس (الجمعة) عن خطته.",
    "تقام الاحتفالات بعد غد في الساحة.",
    "سيعقد الاجتماع هذا الأسبوع في الرياض.",
    "ارتفعت الحرارة هذا الصيف بشكل غير مسبوق.",
    "يعود الطلاب في فصل الشتاء المقبل إلى المدارس.",
    "شهد صيف 2018 موجة حر كبيرة.",
    "أعلن المسؤول في عام 2017 عن المشروع.",
    "تزايدت الهجمات مؤخراً في المنطقة.",
    "يعمل الفريق حالياً على الخطة في الوقت الراهن.",
    "سيعلن عن النتائج في الأيام القادمة.",
    "يحتفل المسلمون بعيد الأضحى المبارك بعد أيام.",
    "أقيمت الصلاة في عيد الفطر 2019 في الساحة.",
    "عاد إلى البلاد في رمضان الماضي.",
    "وقع الزلزال في 5 آذار، وفي اليوم التالي وصلت المساعدات.",
    "كان الوضع هادئاً في ذلك الحين، وفي العام نفسه تغير كل شيء.",
]


def _norm(text: str) -> str:
    return unglue(normalize(text)).text    # what the engine scans (engine.tag)


def _found(ms) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in ms if m.end() > m.start()]


def engine_scan(t: str) -> dict[re.Pattern, list]:
    """The matches each guarded rule hands to its handler in the engine's own scan loop (engine._collect), with the
    NEEDS skip and the body search in place."""
    seen: dict[re.Pattern, list] = {rx: [] for rx in GUARDED}

    def recorder(rx):
        def handler(m, ctx):
            seen[rx].append(m)     # returns None: no candidate, the scan goes on
        return handler

    scan = [(rx, recorder(rx), *rest) for rx, _h, *rest in engine._RULES_SCAN if rx in seen]
    with mock.patch.object(engine, "_RULES_SCAN", scan):
        engine._collect(Context(t, dt.date(2024, 1, 1), "past"))
    return {rx: _found(ms) for rx, ms in seen.items()}


def plain_scan(t: str) -> dict[re.Pattern, list]:
    """The matches of each guarded rule by plain finditer over the same windows."""
    w = Windows(t)
    out = {}
    for rx in GUARDED:
        _rx, _h, _prio, group, back, fwd = RULE_OF[rx]
        out[rx] = [f for lo, hi in w.get(group, back, fwd) for f in _found(rx.finditer(t, lo, hi))]
    return out


def check_text(raw: str) -> dict[re.Pattern, int]:
    """Assert the optimised scan equals the plain one on ``raw``; return the number of plain matches per rule."""
    t = _norm(raw)
    got, want = engine_scan(t), plain_scan(t)
    for rx in GUARDED:
        assert got[rx] == want[rx], f"{NAMES[rx]} on {raw[:80]!r}: optimised {got[rx]} != plain {want[rx]}"
        whole = _found(rx.finditer(t))
        need, body = P.NEEDS.get(rx), P.BY_BODY.get(rx)
        for (a, b), _g in whole:   # every match holds the needed piece, wherever it is in the text
            assert need is None or need.search(t, a, b), f"{NAMES[rx]}: {t[a:b]!r} lacks {need.pattern!r}"
        if body is not None:
            assert _found(engine._at_body(rx, body, t, 0, len(t))) == whole, f"{NAMES[rx]} body on {raw[:80]!r}"
    return {rx: len(want[rx]) for rx in GUARDED}


# --- Optimised scan == plain scan ----------------------------------------------------------------------------------

def test_every_guarded_rule_is_exercised_by_the_synthetic_sentences():
    counts = dict.fromkeys(GUARDED, 0)
    for s in SYNTHETIC:
        for rx, n in check_text(s).items():
            counts[rx] += n
    assert len(GUARDED) == len(set(P.NEEDS) | set(P.BY_BODY)), "a NEEDS/BY_BODY pattern that is no engine rule"
    assert [NAMES[rx] for rx, n in counts.items() if n == 0] == []


@needs_dev
def test_optimised_scan_equals_plain_scan_on_the_dev_articles():
    total = 0
    for path in sorted(DEV_CORPUS.glob("*.txt")):
        total += sum(check_text(path.read_text(encoding="utf-8")).values())
    assert total > 100


@pytest.mark.skipif(not DUCKLING.exists(), reason="duckling_ar_time.json not present")
def test_optimised_scan_equals_plain_scan_on_duckling_examples():
    data = json.loads(DUCKLING.read_text(encoding="utf-8"))
    texts = [ex["text"] if isinstance(ex, dict) else ex for ex in data["examples"] + data.get("negative_examples", [])]
    assert sum(sum(check_text(t).values()) for t in texts) > 0


# --- Structure: pieces implied by their rules, bodies are their rules minus B ---------------------------------------

def test_bodies_are_their_rules_after_the_word_start():
    for rx, body in P.BY_BODY.items():
        assert rx.pattern == P.B + body.pattern and body.flags == rx.flags, NAMES[rx]
        assert re._parser.parse(rx.pattern).getwidth()[0] > 0, f"{NAMES[rx]} can match empty"


_SUBSTITUTES = (" ", "x", "0", "ا", "/")


def _variants(s: str):
    """``s`` with one character deleted or replaced."""
    for i in range(len(s)):
        yield s[:i] + s[i + 1:]
        for c in _SUBSTITUTES:
            if c != s[i]:
                yield s[:i] + c + s[i + 1:]


@pytest.mark.parametrize("rx", [rx for rx in GUARDED if rx in P.NEEDS], ids=lambda rx: NAMES[rx])
def test_a_match_with_its_needed_piece_destroyed_is_no_match(rx):
    """Each synthetic match, perturbed one character at a time: wherever the needed piece no longer occurs, the rule
    finds nothing either (no corpus needed)."""
    need = P.NEEDS[rx]
    matches = [t[a:b] for t in map(_norm, SYNTHETIC) for (a, b), _g in _found(rx.finditer(t))]
    assert matches, f"no synthetic sentence for {NAMES[rx]}"
    destroyed = 0
    for s in matches:
        assert need.search(s), f"{NAMES[rx]}: {s!r} lacks {need.pattern!r}"
        for v in _variants(s):
            if need.search(v) is None:
                destroyed += 1
                assert not _found(rx.finditer(v)), f"{NAMES[rx]} matches {v!r} without {need.pattern!r}"
    assert destroyed, f"no perturbation of {matches} removes {need.pattern!r}"


# --- Strings written from the rules themselves, through every alternative (not only the sentences above) -------------
_PICKS = "x ب1./-ا"      # a character for a class that lists no literal
_CATEGORY = {sc.CATEGORY_DIGIT: str.isdigit, sc.CATEGORY_SPACE: str.isspace,
             sc.CATEGORY_WORD: lambda c: c.isalnum() or c == "_"}
_CATEGORY.update({sc.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(), sc.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
                  sc.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_")})


def _in_class(ch: str, items) -> bool:
    hit = any(op is sc.LITERAL and ord(ch) == av or op is sc.RANGE and av[0] <= ord(ch) <= av[1]
              or op is sc.CATEGORY and _CATEGORY[av](ch) for op, av in items)
    return hit != (items[0][0] is sc.NEGATE)


def _write(items, k: int, full: bool, groups: dict) -> str:
    """One string of the parsed pattern ``items``: alternative k (mod their number) at every branch and class, optional
    parts present (full) or absent. Lookarounds write nothing: the caller keeps the strings the rule matches."""
    out = []
    for op, av in items:
        if op is sc.LITERAL:
            out.append(chr(av))
        elif op is sc.IN:
            lits = [chr(v) for o, v in av if o is sc.LITERAL] if av[0][0] is not sc.NEGATE else []
            lits = lits[k % len(lits):] + lits if lits else []
            out.append(next(c for c in lits + list(_PICKS) if _in_class(c, av)))
        elif op is sc.ANY:
            out.append("x")
        elif op is sc.BRANCH:
            out.append(_write(av[1][k % len(av[1])], k, full, groups))
        elif op is sc.SUBPATTERN:
            groups[av[0]] = _write(av[3], k, full, groups)
            out.append(groups[av[0]])
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
            lo, hi, sub = av
            out.append("".join(_write(sub, k, full, groups) for _ in range(min(hi, lo + 1) if full else lo)))
        elif op is sc.GROUPREF:
            out.append(groups.get(av, ""))
        elif op is sc.GROUPREF_EXISTS:
            out.append(_write(av[1] if av[0] in groups else av[2] or [], k, full, groups))
    return "".join(out)


def _parts(op, av) -> list:
    """The sub-patterns of one parsed item."""
    return {sc.BRANCH: lambda: av[1], sc.SUBPATTERN: lambda: [av[3]], sc.MAX_REPEAT: lambda: [av[2]],
            sc.MIN_REPEAT: lambda: [av[2]], sc.GROUPREF_EXISTS: lambda: [av[1], av[2] or []]}.get(op, list)()


def _widest(items) -> int:
    """The largest number of alternatives (or class members) anywhere in ``items``."""
    return max([1] + [len(av[1]) if op is sc.BRANCH else len(av) if op is sc.IN else 1 for op, av in items]
               + [_widest(p) for op, av in items for p in _parts(op, av)])


def written_from(rx: re.Pattern) -> list[str]:
    """Strings covering every alternative of ``rx``, each also after a glued letter or clitic and before a day word
    (for rules that look ahead), so the body search meets starts where the word-start assertion fails."""
    tree = list(re._parser.parse(rx.pattern, rx.flags))
    core = {_write(tree, k, full, {}) for full in (True, False) for k in range(_widest(tree))}
    return sorted({pre + s + post for s in core for pre in ("", "م", "و") for post in ("", " الاثنين 1")})


@pytest.mark.parametrize("rx", GUARDED, ids=lambda rx: NAMES[rx])
def test_strings_written_from_the_rule_hold_the_piece_and_are_found_by_the_body(rx):
    need, body = P.NEEDS.get(rx), P.BY_BODY.get(rx)
    matched = 0
    for s in written_from(rx):
        whole = _found(rx.finditer(s))
        matched += bool(whole)
        for (a, b), _g in whole:
            assert need is None or need.search(s, a, b), f"{NAMES[rx]}: {s[a:b]!r} lacks {need.pattern!r}"
        if body is not None:
            assert _found(engine._at_body(rx, body, s, 0, len(s))) == whole, f"{NAMES[rx]} body on {s!r}"
    assert matched >= 3, f"only {matched} strings written from {NAMES[rx]} match it"
