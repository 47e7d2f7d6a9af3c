"""Attribution cues and claims: reading one cue at a token (``_match_at``) — verbal, participle, prepositional
(«بحسب»), nominal («تأكيد X أن») and «جاء في» cues — with its complement (complementiser, quotation, colon or
nominal object) and the claim span."""
from __future__ import annotations

import re

from .gazetteer import Gazetteer, Token, _read_name, fold
from .attribution_lexicon import (
    CueForm, _ADJUNCT, _BROKEN_PL, _CAME_IN, _DOC_HEADS, _FIRST_SECOND_PERSON, _GATE, _MEDIA_DATIVE, _MEDIA_HEADS,
    _NOMINAL_CUES, _OBJ, _OPENERS, _PREP_CUE_WORDS, _PRONOUN_SUBJ, _SPEECH_SETTINGS, _WEAK_NEEDS_PREFIX, _has_break, _head_in_sets,
    _is_comp, _is_temporal, _known_head, _lookup_cue, _strip_conj, _strip_nominal,
)
from .attribution_subject import (
    _NP_STOP, _RELATIVE, _SPEECH_NOUNS_PRON, _adj_like, _derived_masdar, _ends_subject, _headline_subject, _np_end,
    _object_start, _plausible_source, _source_from_gap, _svo_source,
)


# words after which «نفي» is the noun (denial), not the verb «نفى»
_NOUN_GOVERNORS = {fold(w) for w in """رغم الرغم برغم من بعد وبعد مع ومع عقب إثر اثر وسط في على الى إلى عن حول بشأن تجاه
ضد قبل منذ رغما عدم""".split()}


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
    lead = _after_lead_adverbial(s, toks, i)
    rel = k0 == 0 and relative_antecedent(s, toks, i, gz) is not None
    if not rel and k0 == 0 and i > 1 and toks[i - 1].s in _REL_AGR and t.endswith(_OBJ) \
            and _relative_not_subject(toks, i) and _subject_may_follow(s, toks, i):
        # «القرار الذي أعلنته الوزارة»، «النقاط التي أعلنها الرئيس»: the speaker follows, the antecedent is what was said
        j = i + 1
        while j < n and (_is_temporal(toks[j].s) or toks[j].s in _MANNER_ADVERBS):
            j += 1
        h = _strip_conj(toks[j].s)
        m = gz.match_at(toks, j)
        e = None
        if _known_head(h) or m is not None and m[0].kind != "nisba":
            e = j + (m[2] if m is not None else 1)
            while e < n and toks[e].s.startswith("ال") and _adj_like(toks[e].s) \
                    and not _has_break(s, toks[e - 1].end, toks[e].start, "،,.:;؛\n\""):
                e += 1
        if e is not None and (e >= n or _is_temporal(toks[e].s) or _has_break(s, toks[e - 1].end, toks[e].start, ".\n")):
            # only when nothing follows the speaker: otherwise the object/complement path reads it
            return ("verb", cue, form.lemma, (toks[j].start, toks[e - 1].end), (toks[i - 2].start, toks[i - 1].start),
                    "D" in form.flags, e)
    if not rel and k0 == 0 and i > 0 and toks[i - 1].s in _REL_AGR and _relative_not_subject(toks, i) \
            and not _subject_may_follow(s, toks, i):
        if i + 1 < n and _is_comp(toks[i + 1].s) and not t.endswith(_OBJ):
            conj = True   # «التغييرات التي أعلن أنه سيجريها»: the speaker is elided, not the antecedent
        else:
            return None   # «الجماعة التي وصفها بالمتطرفة»: the antecedent is the object and no subject follows
    conj = k0 > 0 and t[0] in "وف" or lead or rel
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
    if stripped in _NEED_CONJ and not t.startswith("و") and not (
            (i == 0 or _has_break(s, toks[i - 1].end, toks[i].start, "،,.:;؛\n") or lead) and i + 1 < n
            and (_known_head(_strip_conj(toks[i + 1].s)) or (gz.match_at(toks, i + 1) or (None,))[0] is not None)):
        # «دان حالوتس» (a name), «فدان» (an acre); the verb comes as «ودان»، «دانت», or opens its clause before a
        # known subject («دان المجلس الاعتداء»)
        return None
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
                            toks[k].s in _SETTING_PREPS and j - k <= 5
                            and (_setting_noun(toks[k + 1].s) or form.lemma in _SAYING)
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
        while j < n and (_is_temporal(toks[j].s) or toks[j].s in _MANNER_ADVERBS):
            j += 1   # «أعلنت مراراً حرصها…»
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
        if conj and not doc_only and (form.kind == "present" or lead or rel or _derived_masdar(toks[j].s)
                                      or form.agr in ("pl", "du")   # «وأدانوا التفجير»: a plural verb has its subject before
                                      or form.lemma in _JUDGE_LEMMAS and hj.startswith("ال") and _derived_masdar(hj[2:])) and not (
                _known_head(hj) or hj in gz.first_names or (gz.match_at(toks, j) or (None,))[0] is not None
                or hj.startswith("ال") and hj.endswith("ون") or hj in _BROKEN_PL):
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


def _gap_weight(s: str, toks: list[Token], gap: list[int]) -> int:
    """Words between a weak cue and its complement that count against it. A relative clause right after the subject
    («الدراسة التي صدرت في 5 تشرين الأول/أكتوبر،»), the occasion of the statement («في تصريحات أدلى بها لوكالة…»)
    up to its comma, and a date set off by commas («، اليوم الجمعة،») do not count."""
    skip: set[int] = set()
    r = next((idx for idx, g in enumerate(gap[:4]) if idx and toks[g].s in _RELATIVE), None)
    if r is None:
        r = next((idx for idx, g in enumerate(gap[:4]) if idx and idx + 1 < len(gap) and toks[g].s in _SETTING_PREPS
                  and _setting_noun(toks[gap[idx + 1]].s)), None)
    if r is not None:
        e = r + 1
        while e < len(gap) and not _has_break(s, toks[gap[e - 1]].end, toks[gap[e]].start, "،,"):
            e += 1
        skip.update(range(r, e))
    seg: list[int] = []
    for idx in range(len(gap) + 1):
        if idx == len(gap) or idx and _has_break(s, toks[gap[idx - 1]].end, toks[gap[idx]].start, "،,"):
            if seg and idx < len(gap) + 1 and seg[0] > 0 and all(_is_temporal(toks[gap[k]].s) for k in seg):
                skip.update(seg)
            seg = []
        if idx < len(gap):
            seg.append(idx)
    return len(gap) - len(skip)


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


def _is_pronoun_obj(t: str) -> bool:
    return t.endswith(("ه", "ها", "هم"))


def _clause_end(s: str, a: int, sb: int) -> int:
    k = s.find("، ف", a, sb)
    return k if k > 0 else sb


_SAYING = {"قال", "أضاف", "تابع", "أردف", "كتب", "صرّح"}   # verbs of saying proper: a quotation may follow any setting
_MODALS = {fold(w) for w in "يمكن ويمكن لايمكن يجب ويجب ينبغي وينبغي يصعب يتعين يستحيل بالإمكان بالامكان".split()}
_NEED_CONJ = {"دان"}

_MANNER_ADVERBS = {fold(w) for w in "مرارا مرارًا مراراً مجددا مجدداً سابقا سابقاً رسميا رسمياً صراحة علنا علناً أيضا أيضاً".split()}

_QUANT_HEADS = {fold(w) for w in "بعض وسائل إحدى أحد معظم غالبية أغلب مشروع".split()}

# condemning and praising take an action noun as object («ودان الاعتداء»، «وثمّن التعاون»)
_JUDGE_LEMMAS = {"أدان", "دان", "ندّد", "شجب", "استنكر", "ثمّن", "أشاد"}

_REL_AGR = {"التي": "f", "الذي": "m", "الذين": "pl", "اللذين": "du", "اللتين": "du", "اللواتي": "pl", "اللاتي": "pl"}


def _relative_not_subject(toks: list[Token], i: int) -> bool:
    """In «X التي/الذي + cue», X is not the speaker: an object pronoun on the verb or «عنه» after it, or a verb
    that does not agree with the relative pronoun («الملفات التي تعهّد بـ…»), or a passive reading («يُعتبر»)."""
    t = toks[i].s
    if i + 1 < len(toks) and toks[i + 1].s in ("عنه", "عنها", "عنهم", "عن", "به", "بها"):
        return True
    if any(t.endswith(o) and len(t) - len(o) >= 3 and _lookup_cue(t[:-len(o)]) is not None for o in _OBJ):
        return True
    hit = _lookup_cue(t)
    if hit is None or hit[0].lemma in ("وصف", "أدان", "دان", "اعتبر"):
        return True
    return bool(hit[0].agr) and hit[0].agr != _REL_AGR[toks[i - 1].s]


def _subject_may_follow(s: str, toks: list[Token], i: int) -> bool:
    """After a verb in a relative clause, a word that can be its own subject («التي حذّر الرئيس…»، «التي قال
    سكانها…»), not a preposition, complementiser or the end of the clause."""
    j = i + 1
    while j < len(toks) and (_is_temporal(toks[j].s) or toks[j].s in _MANNER_ADVERBS):
        j += 1
    if j >= len(toks) or _has_break(s, toks[j - 1].end, toks[j].start, "،,.:;؛\n\""):
        return False
    w = toks[j].s
    return not (w[:1] in "بل" and len(w) >= 4 and w not in _QUANT_HEADS and not _known_head(w) or _is_comp(w) or w in _ADJUNCT
                or w in ("عن", "عنه", "عنها", "عنهم", "من", "منه", "منها", "فيه", "فيها", "الي", "علي", "اليه", "اليها"))


def relative_antecedent(s: str, toks: list[Token], i: int, gz: Gazetteer) -> tuple[int, int] | None:
    """The speaker of a cue that opens a relative clause on it: «الحكومة الجديدة، التي أعلنت مراراً حرصها…» —
    a definite phrase with a speaker head right before «التي/الذي/الذين». None when the verb's own subject or
    object follows («القرار الذي أعلنت عنه الوزارة») or the antecedent is not a speaker."""
    if i < 2 or toks[i - 1].s not in _REL_AGR:
        return None
    if i + 1 < len(toks) and toks[i + 1].s in ("عنه", "عنها", "عنهم", "عن", "به", "بها"):
        return None
    hit = _lookup_cue(toks[i].s)
    if hit is None or hit[1] != 0 or hit[0].kind not in ("verb", "present") or hit[0].lemma in ("وصف", "أدان", "دان", "اعتبر"):
        return None   # «التقرير الذي وُصِف بالواقعي»، «المؤسسات التي تدين بالولاء»، «الذي يُعتبر الرجل الثاني»
    rel_agr = _REL_AGR[toks[i - 1].s]
    if hit[0].agr and hit[0].agr != rel_agr:
        return None   # «تصريحات قادة الدول التي يؤكدون…»، «الملفات التي تعهّد بـ…»: the antecedent is not the subject
    t = toks[i].s
    if any(t.endswith(o) and len(t) - len(o) >= 3 and _lookup_cue(t[:-len(o)]) is not None for o in _OBJ):
        return None   # «المجموعة التي وصفتها بأنها…»: the antecedent is the object
    e = i - 1
    if _has_break(s, toks[e - 1].end, toks[e].start, ".:;؛\n\""):
        return None
    k = e - 1
    while k > 0 and e - k < 4 and toks[k].s.startswith("ال") and _adj_like(toks[k].s) \
            and not _has_break(s, toks[k - 1].end, toks[k].start, "،,.:;؛\n\""):
        k -= 1
    head = _strip_conj(toks[k].s)
    m = gz.match_at(toks, k)
    if not (head.startswith("ال") and _known_head(head) or m is not None and m[0].kind in ("organization", "media")):
        return None
    if k > 0 and not _has_break(s, toks[k - 1].end, toks[k].start, "،,.:;؛\n\""):
        h0 = toks[k - 1].s
        if (_known_head(h0) or h0 in _DOC_HEADS or h0 in _QUANT_HEADS) and _lookup_cue(h0) is None \
                and not h0.startswith(("ال", "وال")) and not _derived_masdar(h0):
            # «وسائل الإعلام الإسرائيلية، التي كشفت…»، «بعض المسؤولين الذين قالوا…»: the construct head is the antecedent
            return toks[k - 1].start, toks[e - 1].end
    if rel_agr == "f" and head.endswith(("ون", "ين")):
        return None   # «المسؤولين التي…»: the relative pronoun goes with another noun
    return toks[k].start + (1 if toks[k].s.startswith("وال") else 0), toks[e - 1].end

# connectives that open a sentence and are set off by a comma: «كذلك،»، «وبدوره،»، «من جهة أخرى،»، «في المقابل،»
_LEAD_HEADS = {fold(w) for w in """كذلك أيضا ايضا بدوره بدورها بدورهم بدورهما بالمقابل بالتوازي بالإضافة علاوة فضلا كما
إلى الى في من على وفي ومن وعلى وإلى والى فيما""".split()}
_LEAD_TAILS = {fold(w) for w in """جهته جهتها جهتهم جهتهما جانبه جانبها جانبهم جانبهما ناحيته ناحيتها أخرى اخرى ثانية
ذلك المقابل السياق نفسه ذاته هذا الصدد الإطار الاطار ناحية جهة جانب جهتها""".split()}


def _after_lead_adverbial(s: str, toks: list[Token], i: int) -> bool:
    """Token ``i`` follows a short sentence-opening connective set off by a comma, with no subject between:
    «كذلك، ثمّن…»، «وبدوره، أكد…»، «من جهة أخرى، شدد…» — the verb opens its clause like «وقال»."""
    if i == 0 or i > 4 or not _has_break(s, toks[i - 1].end, toks[i].start, "،,"):
        return False
    if any(_has_break(s, toks[k - 1].end, toks[k].start, "،,.:;؛\n\"") for k in range(1, i)):
        return False
    words = [toks[k].s for k in range(i)]
    head = words[0]
    if head not in _LEAD_HEADS and _strip_conj(head) not in _LEAD_HEADS:
        return False
    if i == 1:
        return _strip_conj(head) in _LEAD_HEADS and _strip_conj(head) not in ("الي", "في", "من", "علي", "فيما")
    return all(w in _LEAD_TAILS for w in words[1:])
_THAT = {fold(w) for w in "ذلك بذلك هذا بهذا هذه بهذه".split()}
_PASSIVE_AUX = {fold(w) for w in "تم يتم وتم جرى يجري وجرى".split()}


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
