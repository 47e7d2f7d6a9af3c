"""Attributed statements (who says what) in Arabic news: source, cue, claim, source type, denial.

Cue forms are generated from lemma tables (past and present conjugations, participles), so «قالت»، «يؤكدون»،
«لتؤكد»، «ووصفتها»، «ماتناقلته»، «مشدّدةً» are all found. A verbal cue counts only with a complement the
language requires of reported speech: a complementiser (أن/إن/بأن…), an opening quote or a colon, or — for verbs
that take a nominal object («أعلن»، «نفى»، «استنكر»، «ثمّن») — a subject followed by an object. Word order is read
from the text: verb-subject-object («وقال مسؤولان إيرانيان إن»), subject-verb («مصادر عدة أكدت»), and elided
subjects («وأضاف»، «مضيفاً») resolved to the nearest mention of the last named source.

This module walks the sentences and keeps the history of named sources; the parts live in
``attribution_lexicon`` (cue forms, head-word classes, source typing), ``attribution_subject`` (source noun phrases)
and ``attribution_cues`` (one cue with its complement and claim). ``find_attributions``, ``sentences`` and
``classify`` are the public functions.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .gazetteer import Gazetteer, Norm, Token, fold, gazetteer, members, person_mentions
from .types import Attribution
from .attribution_lexicon import (  # noqa: F401
    CueForm, _ADJUNCT, _BROKEN_PL, _COMP_RE, _CUES, _GATE, _WORDS_RE, _MEDIA_DATIVE, _NOMINAL_CUES, _SURFACE, _agrees, _is_comp, _is_temporal,
    _known_head, _lookup_cue, _strip_conj, agreement, classify,
)
from .attribution_subject import (  # noqa: F401
    _SPEECH_NOUNS_PRON, _clause_subject, _relayed_source,
)
from .attribution_cues import (  # noqa: F401
    _after_lead_adverbial, _match_at, relative_antecedent,
)


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


def _cue_key(s: str, cue: tuple[int, int]) -> str:
    return s[cue[0]:cue[1]]


def find_attributions(text: str, norm: Norm | None = None, sents: list[tuple[int, int]] | None = None) -> list[Attribution]:
    norm = norm or Norm(text)
    s = norm.s
    gz = gazetteer()
    sents = sents if sents is not None else sentences(s)
    out: list[tuple[Attribution, tuple[int, int], bool]] = []   # (attribution, sentence, elided)
    persons: set[str] = set()   # words of people's names in this article (title patterns and person sources)
    for m in person_mentions(norm, gz=gz):
        persons.update(w for w in _WORDS_RE.findall(fold(m.entry.canonical)) if len(w) > 2)
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
            if s.count('"', a0, a1) % 2 == 1 and a0 > 0 and s[a0 - 1] == '"' and s.find('"', a0, a1) > a0:
                a0 -= 1   # «أعلن "المجلس" العسكري»: a quoted head word keeps its opening mark
            elif s.count('"', a0, a1) % 2 == 1 and s[a1:a1 + 1] == '"':
                a1 += 1   # «حزب "الأمل الجديد"»: a quoted name keeps its closing mark
            o0, o1 = norm.orig(a0), norm.orig_end(a1)
            src_text = text[o0:o1]
            stype = classify(src_text, gz, persons)
            if stype == "person":
                for w in _WORDS_RE.findall(fold(src_text)):
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

    glued = _glued_words(norm.words())   # cue words glued to the word before, found once for the whole text
    prev_toks: list[Token] = []
    prev_sent: tuple[int, int] | None = None
    prev_stated = False
    for (sa, sb) in sents:
        words = norm.words(sa, sb)
        toks = norm.tokens(sa, sb)
        if glued and not glued.isdisjoint(words):
            toks = _split_glued(toks, words)
            words = [t.s for t in toks]
        n = len(toks)
        # only a token in _GATE can open a cue (_match_at rejects the rest): visit those, in order
        cands = members(words, _GATE)
        found: list[tuple[Attribution, bool]] = []
        i = _next_cand(cands, 0, n)
        while i < n:
            t = toks[i]
            res = _match_at(s, toks, i, sa, sb, gz, known, prev_sent)
            if res is None:
                i = _next_cand(cands, i + 1, n)
                continue
            kind, cue_span, lemma, src_span, claim_span, neg, nxt = res
            subj_note = None
            if src_span is None and kind == "verb" and (ante := relative_antecedent(s, toks, i, gz)) is not None:
                # «الحكومة الجديدة، التي أعلنت مراراً حرصها…»: the relative clause's speaker is its antecedent
                src_span, subj_note = ante, "relative clause; source = antecedent"
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
                if not found and prev_toks and (i <= 1 or _after_lead_adverbial(s, toks, i)) and (ref is None or not prev_stated):
                    # «التقى الوزيران… . وقالا إن…»: the subject of the sentence before; «واستقبل الملك الوفد. وأكّد،
                    # في كلمته، …»: a speaker who acted in the sentence before is nearer than an older statement
                    cs = _clause_subject(s, prev_toks, len(prev_toks), gz)
                    if ref is None and (agr in ("du", "pl", "f") or not history) and agrees_with(cs):
                        src_span, subj_note = cs, "subject elided; source = subject of the previous sentence"
                    elif ref is not None and cs is not None and agr and agrees_with(cs) and _speaker_like(text, norm, cs, gz, persons):
                        src_span, subj_note = cs, "subject elided; source = subject of the previous sentence"
                if src_span is None:
                    ref = ref or (history[-1] if history else None)
                    if ref is None:
                        i = _next_cand(cands, nxt, n)
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
                    known.update(w for w in _WORDS_RE.findall(fold(a.source)) if len(w) > 2)
                found.append((a, elided, nested))
                if lemma == "نقل" and src_span is not None:
                    # «نقلت X عن Y أن…»: one record per layer, Y with the same cue
                    inner = _relayed_source(s, toks, src_span[1], claim_span[0], gz)
                    if inner is not None:
                        # «نقلت الوكالة عن الوزير قوله إنّ…»: the inner layer's cue is the speech noun «قوله»
                        said = next((tk for tk in toks if inner[1] <= tk.start < claim_span[0]
                                     and _strip_conj(tk.s) in _SPEECH_NOUNS_PRON and tk.s.startswith("قول")), None)
                        cue_in = (said.start, said.end) if said is not None else cue_span
                        b2 = mk(inner, None, cue_in, lemma, claim_span, neg, "relayed by the outlet of the same cue")
                        if b2 is not None:
                            found.append((b2, False, True))
                            history.append(b2)   # «…، مؤكداً أنّ»: the relayed speaker goes on speaking
                elif src_span is not None and kind == "verb" and claim_span[0] > src_span[1]:
                    # «وذكرت الوكالة نقلاً عن مصدر أمني أن…»: the relayed source is a record of its own
                    # (the word, bare or after «و/ف», starts at most at the claim: one substring test spares the
                    # token scan in almost every sentence)
                    q = next((k for k, tk in enumerate(toks) if src_span[1] <= tk.start < claim_span[0]
                              and _strip_conj(tk.s) == "نقلا" and k + 1 < n and toks[k + 1].s == "عن"),
                             None) if s.find("نقلا", src_span[1], claim_span[0] + 5) >= 0 else None
                    if q is not None:
                        inner = _relayed_source(s, toks, toks[q].end, claim_span[0], gz)
                        cue2 = (toks[q].start + (len(toks[q].s) - 4), toks[q].end)
                        b2 = mk(inner, None, cue2, "نقل", claim_span, neg, "relayed") if inner else None
                        if b2 is not None:
                            found.append((b2, False, True))
                            # the narrating outlet keeps the participles that agree with it; the relayed source
                            # takes those that do not («ذكرت الوكالة نقلاً عن مصدر أمني أن…، مضيفاً»)
                            history.insert(len(history) - 1 if history and history[-1] is a else len(history), b2)
            i = _next_cand(cands, nxt, n)
        prev_toks, prev_sent, prev_stated = toks, (sa, sb), bool(found)
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


def _next_cand(cands: list[int], k: int, n: int) -> int:
    """The first candidate token index at or after ``k`` (``n`` when none is left)."""
    p = bisect_left(cands, k)
    return cands[p] if p < len(cands) else n


def _speaker_like(text: str, norm: Norm, span: tuple[int, int], gz: Gazetteer, persons: set[str]) -> bool:
    """A subject that can be a speaker: a person, or an institution named by its head word (not a place)."""
    src = text[norm.orig(span[0]):norm.orig_end(span[1])]
    t = classify(src, gz, persons)
    head = _strip_conj(fold(src).split()[0]) if src.split() else ""
    return t == "person" or t in ("organization", "official_anonymous") and _known_head(head)


_WORD_CHAR = re.compile(r"\w")
_SRC_WORDS_RE = re.compile(r"[^\s،,\"'«»()]+")


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
        if len(nm.split()) == 2 and len(nm.split()[-1]) > 3 and fold(nm.split()[0]) not in gazetteer().particles:
            cands.append(nm.split()[-1])   # the family name alone («داود»)
    best: tuple[int, int] | None = None
    for c in cands:
        if len(c) < 3:
            continue
        k = text.rfind(c, lo, hi)
        while k >= 0 and ((k > 0 and _WORD_CHAR.match(text[k - 1]) and text[k - 1] not in "وفبل")
                          or (k + len(c) < len(text) and _WORD_CHAR.match(text[k + len(c)]))):
            k = text.rfind(c, lo, k)
        if k >= 0 and (best is None or k >= best[1]):
            best = (k, k + len(c))   # a later mention; a shorter candidate inside the same one («زيد» of «أبو زيد») is not
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
    words = list(_SRC_WORDS_RE.finditer(src))
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
        before = fold(words[k - 1].group())
        if before in gz.particles or before in gz.first_names:
            continue   # «أبو زيد»، «محمد البوغة»: inside the name, not its start
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
        if colon < 0:
            continue
        k = sa
        while k > 0 and s[k - 1] in " \t":
            k -= 1   # (the last character before the sentence, not a copy of all the text before it)
        if k > 0 and s[k - 1] not in "\n.!؟?":
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


def _split_glued(toks: list[Token], words: list[str] | None = None) -> list[Token]:
    """Cue words glued to the word before by a missing space («الزيارةأكد»، «صباحاوأعلنت»، «الاجتماعأعلن»): split
    them off. Only after a ta marbuta (never inside a word), as «و» + a cue of five letters or more after a word of
    three, or as a past-tense cue in «أ» after a definite noun. ``words`` are the tokens' words when the caller has
    them (``Norm.words``)."""
    glued = _glued_words(words if words is not None else [t.s for t in toks])
    if not glued:
        return toks   # (most sentences: no word of theirs is glued)
    out: list[Token] = []
    for t in toks:
        w = t.s
        if w not in glued:
            out.append(t)
            continue
        cut = _GLUE_CUT[w]
        out.append(Token(w[:cut], t.start, t.start + cut))
        out.append(Token(w[cut:], t.start + cut, t.end))
    return out


_GLUE_SEEN: set[str] = set()      # words whose cut is known, per process
_GLUE_CUT: dict[str, int] = {}    # the glued ones among them: word -> where the cue starts


def _glued_words(words: list[str]) -> set[str]:
    """The glued words among ``words``; each distinct word is examined once per process (set operations in C)."""
    uniq = set(words)
    new = uniq - _GLUE_SEEN
    if new:
        if len(_GLUE_SEEN) > 200_000:
            _GLUE_SEEN.clear()
            _GLUE_CUT.clear()
            new = uniq
        for w in new:
            cut = _glue_cut(w)
            if cut >= 0:
                _GLUE_CUT[w] = cut
        _GLUE_SEEN.update(new)
    return uniq.intersection(_GLUE_CUT)


# a clitic, then a nominal cue (no cue is a prefix of another or opens with «و/ب»: at most one reading)
_GLUED_NOMINAL = re.compile("(?:وب|ب|و)?(?:" + "|".join(_NOMINAL_CUES) + ")")


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
    # «بتأكيدالوزير»، «بتأكيدوزير الداخلية»: a nominal cue, then its subject without a space
    if (m := _GLUED_NOMINAL.match(w)) is not None:
        rest = w[m.end():]
        if len(rest) >= 3 and (rest.startswith("ال") and len(rest) >= 5 or _known_head(rest) or rest in gazetteer().first_names):
            return m.end()
    for q in range(3, len(w) - 4):
        if w[q:q + 2] in ("ال", "لل") or w[q] == "ل" and _MEDIA_DATIVE.match(w[q:]):
            hit = _SURFACE.get(w[:q])
            if hit is not None and hit[0].kind == "verb" and len(w[hit[1]:q]) >= 3:
                return q   # «قالتللصحفيين»، «وذكرتالوكالة»: a cue, then the next word without a space
    return -1
