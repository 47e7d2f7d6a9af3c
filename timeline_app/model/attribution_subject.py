"""Attribution sources: the subject noun phrase of a cue — after the verb (``_source_from_gap``, ``_np_end``), before
it (``_svo_source``, ``_headline_subject``), the main clause's subject for elided speakers (``_clause_subject``), and
the relayed source of «نقل … عن»."""
from __future__ import annotations

import re

from .gazetteer import Gazetteer, Token, _read_name, fold, gazetteer
from .attribution_lexicon import (
    _ADJUNCT, _BROKEN_PL, _DATE_HEADS, _DOC_HEADS, _FIRST_SECOND_PERSON, _KANA, _MEDIA_DATIVE, _MEDIA_HEADS,
    _NONHUMAN_PL, _OPENERS, _ORG_HEADS, _PERSON_HEADS, _PREP_CUE_WORDS, _PRONOUN_SUBJ, _SPEECH_SETTINGS, _has_break,
    _head_in_sets, _is_comp, _is_temporal, _known_head, _lookup_cue, _strip_conj,
)


_RELATIVE = {fold(w) for w in "الذي التي الذين اللذين اللتين اللواتي".split()}


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
            or (h.startswith("ال") and len(h) > 5 and h.endswith("ون")) or h.startswith("ال") and h in _BROKEN_PL

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
            elif tj in ("في", "فى") and _strip_conj(toks[seg[0]].s) in _ORG_HEADS and 0 < len(rest) <= 3 and any(
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
                                    or not _derived_masdar(toks[e].s) and toks[k].s.startswith("ال")
                                    and toks[k].s not in _NP_STOP):
                e = k   # «الشاعر محمد البوغة»; not «المتحدث باسم الجيش سقوط قتلى في…»
    elif head.startswith("ال") and len(head) > 5 and head.endswith("ون") and head not in _NP_STOP:
        e = j + 1   # «المزارعون»، «المحتجون»: a nominative plural is the subject
    elif head in _BROKEN_PL:
        e = j + 1   # «الأطباء»، «الوزراء»: people in a broken plural
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
