"""Places, organisations and people in Arabic news text.

Also home of the small Arabic text helpers the extractor shares (``Norm``: a matching copy of the text with
diacritics, tatweel and bidi marks removed and hamza/ya variants folded, plus the map back to original offsets;
``tokens``: word tokens with original offsets).

The gazetteer (``resources/gazetteer.json``) is loaded once per process and matched token by token through a
dict keyed by the first normalised token, so a lookup costs a few dict probes per word whatever its size.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from pathlib import Path
from typing import NamedTuple

_RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "gazetteer.json"

# ---------------------------------------------------------------------------------------------------------------
# Normalisation with an offset map
# ---------------------------------------------------------------------------------------------------------------
_REMOVE = "\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0670" \
          "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF"
_REMOVE_RE = re.compile("[" + _REMOVE + "]")
_MARKS = frozenset(_REMOVE[:16])   # tatweel and diacritics (not the bidi and zero-width marks)
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه",
    "\u00A0": " ", "\u2007": " ", "\u202F": " ", "\t": " ",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
})


# ``str.translate`` with a dict walks the text char by char in Python-object space (~0.35 ms for a 2,300-char
# article); the folding map is char-for-char, so a chain of C-level ``str.replace`` on the few chars present gives
# the same string ~30x faster.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())


def _fold_chars(s: str) -> str:
    for a, b in _FOLD_PAIRS:
        if a in s:
            s = s.replace(a, b)
    return s


# removal and folding in one table: one ``translate`` call is the cheapest for a word or two
_FOLD_AND_REMOVE = {**_FOLD, **{ord(c): None for c in _REMOVE}}


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Normalise a short string for matching (same rules as ``Norm``)."""
    if len(s) <= 16:
        return s.translate(_FOLD_AND_REMOVE)
    return _fold_chars(_REMOVE_RE.sub("", s))


class Norm:
    """``s`` is the folded text; ``orig(i)`` maps an index of ``s`` back into the original text."""

    __slots__ = ("text", "s", "_shift", "_toks", "_tok_starts", "_words", "memo")

    def __init__(self, text: str):
        self.text = text
        removed = [m.start() for m in _REMOVE_RE.finditer(text)]
        if not removed:
            self.s = _fold_chars(text)
            self._shift = None
        else:
            self.s = _fold_chars(_REMOVE_RE.sub("", text))
            # the k-th removed char (original offset r) shifts every folded index from r - k on by one more
            self._shift = [r - k for k, r in enumerate(removed)]
        self._toks: list[Token] | None = None
        self._tok_starts: list[int] = []
        self._words: list[str] = []
        self.memo: dict = {}   # per-text results shared by the extractor's stages (people, mentions)

    def tokens(self, a: int = 0, b: int | None = None) -> list[Token]:
        """Word tokens of ``s[a:b]`` (folded offsets), tokenised once per text."""
        if a == 0 and b is None:
            return self._toks if self._toks is not None else self._tokenise()
        lo, hi = self._range(a, b)
        return self._toks[lo:hi]

    def words(self, a: int = 0, b: int | None = None) -> list[str]:
        """The folded words of ``tokens(a, b)`` (same indices), for set probes over a whole text at C speed."""
        if self._toks is None:
            self._tokenise()
        if a == 0 and b is None:
            return self._words
        lo, hi = self._range(a, b)
        return self._words[lo:hi]

    def _tokenise(self) -> list[Token]:
        # (as ``tokens(self.s)``, keeping its word and start lists instead of reading them back from the tokens)
        parts = _TOKEN_SPLIT_RE.split(self.s)
        offs = list(accumulate(map(len, parts), initial=0))
        words = self._words = parts[1::2]
        starts = self._tok_starts = offs[1::2]
        toks = self._toks = list(map(_new, repeat(Token), zip(words, starts, offs[2::2])))
        return toks

    def _range(self, a: int, b: int | None) -> tuple[int, int]:
        """Indices into the whole-text tokens of the words inside ``s[a:b]``."""
        if self._toks is None:
            self._tokenise()
        lo = bisect_left(self._tok_starts, a)
        hi = bisect_left(self._tok_starts, len(self.s) if b is None else b)
        if hi > lo and b is not None and self._toks[hi - 1].end > b:
            hi -= 1
        return lo, hi

    def orig(self, i: int) -> int:
        """Original offset of folded index ``i`` (``len(s)`` maps to ``len(text)``)."""
        if self._shift is None:
            return i
        n = len(self.s)
        if i < 0:
            i += n + 1   # (as indexing the old per-char offset list did)
        if i >= n:
            return len(self.text)
        return i + bisect_right(self._shift, i)

    def orig_end(self, j: int) -> int:
        """Original end offset for a folded exclusive end ``j`` (a word's trailing diacritics included)."""
        if j <= 0:
            return 0
        shift = self._shift
        if shift is None:
            return j   # (``orig(j - 1) + 1``)
        # ``orig(j - 1) + 1`` inlined (82k calls per 1,000 bench articles)
        text = self.text
        i = j - 1
        k = len(text) + 1 if i >= len(self.s) else i + bisect_right(shift, i) + 1
        while k < len(text) and text[k] in _MARKS:
            k += 1
        return k


_TOKEN_RE = re.compile(r"[^\W_]+(?:\+)?")


class Token(NamedTuple):
    s: str       # folded token text
    start: int   # offsets into the folded string
    end: int


# A named tuple, not a slotted dataclass: a whole text's tokens are built by ``tuple.__new__`` from zipped
# (word, start, end) triples at C speed (a dataclass runs its Python ``__init__`` once per word), and its fields
# are read by C-level descriptors as fast as slots.
_new = tuple.__new__


def members(words: list[str], wanted: set[str] | frozenset[str]) -> list[int]:
    """Indices of the words that are in ``wanted``, in order (one C-level pass: no Python code per word)."""
    return list(compress(count(), map(wanted.__contains__, words)))


_TOKEN_SPLIT_RE = re.compile("(" + _TOKEN_RE.pattern + ")")


def tokens(norm_s: str, start: int = 0, end: int | None = None) -> list[Token]:
    if start or end is not None:
        return [_new(Token, (m.group(), m.start(), m.end()))
                for m in _TOKEN_RE.finditer(norm_s, start, len(norm_s) if end is None else end)]
    # the whole text: one C-level split (separator, word, separator, …) and offsets summed from the part lengths,
    # about twice as fast as a match object per word
    parts = _TOKEN_SPLIT_RE.split(norm_s)
    offs = list(accumulate(map(len, parts), initial=0))
    return list(map(_new, repeat(Token), zip(parts[1::2], offs[1::2], offs[2::2])))


# Proclitics that may precede a name: conjunction, then preposition; «لل» = «ل» + «ال».
def clitic_variants(tok: str) -> list[tuple[str, int]]:
    """(stem, number of prefix chars stripped) candidates for a token, the token itself first."""
    out = [(tok, 0)]
    rest, k = tok, 0
    if len(rest) > 3 and rest[0] in "وف":
        rest, k = rest[1:], 1
        out.append((rest, k))
    if len(rest) > 3 and rest[0] in "بلك":
        if rest.startswith("لل"):
            out.append(("ال" + rest[2:], k + 1))
        out.append((rest[1:], k + 1))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Gazetteer
# ---------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Entry:
    canonical: str
    kind: str            # country | city | region | sea | organization | media | nisba
    country: str | None  # for cities/regions and nationality adjectives


@dataclass(slots=True)
class Mention:
    entry: Entry
    start: int   # original offsets
    end: int


_NISBA_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات")


class Gazetteer:
    def __init__(self, data: dict):
        self.index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for canonical, kind, country, variants in data.get("places", []):
            e = Entry(canonical, kind, country or (canonical if kind == "country" else None))
            for v in variants:
                self._add(v, e)
        for canonical, kind, variants in data.get("orgs", []):
            e = Entry(canonical, kind, None)
            for v in variants:
                self._add(v, e)
        for country, forms in data.get("nisba", []):
            e = Entry(country, "nisba", country)
            for f in forms:
                base = fold(f)
                words = base.split()
                for suf in _NISBA_SUFFIXES:
                    w = [x + suf for x in words]
                    self._add(" ".join(w), e)
                    self._add(" ".join("ال" + x for x in w), e)
        # every surface a first word can take with its proclitics, for a one-probe rejection in match_at
        self.surfaces: set[str] = set()
        for k in self.index:
            for pre in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"):
                self.surfaces.add(pre + k)
            if k.startswith("ال"):
                for pre in ("لل", "ولل", "فلل"):
                    self.surfaces.add(pre + k[2:])
        self.titles = {fold(t) for t in data.get("person_titles", [])}
        # a title as it can open a person mention: bare, or after «و/ف» (a word longer than three letters)
        self.title_surfaces = self.titles | {p + t for t in self.titles for p in "وف" if len(t) >= 3}
        self.first_names = {fold(t) for t in data.get("first_names", [])}
        self.particles = {fold(t) for t in data.get("name_particles", [])}
        for lst in self.index.values():
            lst.sort(key=lambda x: -len(x[0]))

    def _add(self, variant: str, e: Entry) -> None:
        words = tuple(fold(variant).split())
        if not words:
            return
        lst = self.index.setdefault(words[0], [])
        if all(w != words[1:] for w, _ in lst):
            lst.append((words[1:], e))

    def match_at(self, toks: list[Token], i: int) -> tuple[Entry, int, int] | None:
        """Longest entry starting at token ``i``: (entry, prefix chars stripped, number of tokens)."""
        tok = toks[i].s
        # fast rejection: neither the token nor the token less one or two clitic letters is a known first word
        if tok not in self.surfaces:
            return None
        for stem, k in clitic_variants(tok):
            cands = self.index.get(stem)
            if not cands:
                continue
            for rest, e in cands:
                n = len(rest)
                if i + n >= len(toks):
                    continue
                if all(toks[i + 1 + j].s == rest[j] for j in range(n)):
                    return e, k, n + 1
        return None

    def find(self, norm: Norm, start: int = 0, end: int | None = None) -> list[Mention]:
        """All non-overlapping mentions in ``norm.s[start:end]`` (folded offsets in, original offsets out)."""
        toks = norm.tokens(start, end)
        out: list[Mention] = []
        i = 0
        for c in members(norm.words(start, end), self.surfaces):   # (match_at rejects every other token)
            if c < i:
                continue   # inside the previous mention
            m = self.match_at(toks, c)
            if m is None:
                continue
            e, k, n = m
            out.append(Mention(e, norm.orig(toks[c].start + k), norm.orig_end(toks[c + n - 1].end)))
            i = c + n
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    with open(_RESOURCE, encoding="utf-8") as f:
        return Gazetteer(json.load(f))


# ---------------------------------------------------------------------------------------------------------------
# People found by title patterns
# ---------------------------------------------------------------------------------------------------------------
# Words that end a name: function words, deictic time words, complementisers, common verbs' particles.
STOP = {fold(w) for w in """
في من إلى الى على عن مع بعد قبل خلال منذ حتى أن إن أنه إنه أنها إنها بأن بأنه بأنها لأن و أو ثم لكن لكنه
الذي التي الذين اللذين اللتين هذا هذه ذلك تلك هو هي هم قد لقد لم لن لا ما كان كانت يكون تكون وقد
اليوم أمس غدا غداً الآن السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة صباح مساء يوم
أيضا أيضاً حيث إذ كما فيما بينما عبر لدى نحو حول ضد بين عند وفق بحسب حسب وفقا وفقاً أمام خلف
قال قالت أكد أكدت أعلن أعلنت أوضح أوضحت كشف كشفت أضاف أضافت أشار أشارت ذكر ذكرت
شؤون لشؤون الشؤون برئاسة رئاسة بقيادة قيادة سابق السابق سابقا الحالي الجديد
بدلا بدلاً عوضا شركة وزارة جامعة كلية هيئة مؤسسة مجلس منظمة وكالة صحيفة مكتب إدارة لجنة فقد وقد ولقد ثم
""".split()}

_NAME_TOKEN_RE = re.compile(r"^[\u0621-\u064A]{2,}$")
_BOUNDARY_AFTER = {fold(w) for w in "إن أن بأن إنه أنه قال وقال أكد وأكد إلى على في خلال عن من".split()}


def _read_name(s: str, toks: list[Token], j: int, gz: "Gazetteer") -> int:
    """End index of a personal name starting at token ``j`` (``j`` when there is none).

    A name opens with a known first name («خالد الغانم»، «عبدالله العبدالجبار»، «أبو الليف»), or is a run of one to
    three undetermined words closed by punctuation or a clause boundary («إيرونغو هاوتون،»)."""
    n = len(toks)

    def ok(k: int) -> bool:
        t = toks[k].s
        if t in gz.first_names:
            return True
        return bool(_NAME_TOKEN_RE.match(t)) and t not in STOP and t not in gz.titles and not gz.index.get(t) \
            and not (t[0] == "و" and (t[1:] in gz.titles or t[1:].startswith("ال"))) \
            and not t.startswith(("بال", "لل", "كال", "فال"))   # «بالتجار»: a preposition and an article

    if j >= n:
        return j
    first = toks[j].s
    k = j
    compound = j + 1 < n and toks[j + 1].s == "الله" and bool(_NAME_TOKEN_RE.match(first)) and first not in STOP \
        and not _gap_has_punct(s, toks[j].end, toks[j + 1].start)   # «نصر الله»، «فضل الله»
    if first in gz.first_names or first in gz.particles or compound:
        k = j + 1
        while k < n and k - j < 3 and not _gap_has_punct(s, toks[k - 1].end, toks[k].start):
            t = toks[k].s
            prev = toks[k - 1].s
            if t.startswith("ال"):
                if (prev in gz.particles or k == j + 1 or prev in gz.first_names) and t not in STOP \
                        and not gz.index.get(t) and t not in gz.titles:
                    k += 1
                break   # a family name in ال, or «عبد الرحمن», ends the name
            if not ok(k):
                break
            k += 1
        if k - j == 3 and k < n and not (_gap_has_punct(s, toks[k - 1].end, toks[k].start) or toks[k].s in _BOUNDARY_AFTER
                                         or toks[k - 2].s in gz.particles):
            k = j + 2   # «وائل جسار تسجيل آخر»: keep the first two words
        return k
    if first.startswith("ال") or not ok(j):
        return j
    while k < n and k - j < 3 and ok(k) and not toks[k].s.startswith("ال") \
            and (k == j or not _gap_has_punct(s, toks[k - 1].end, toks[k].start)):
        k += 1
    closed = k >= n or _gap_has_punct(s, toks[k - 1].end, toks[k].start) or toks[k].s in _BOUNDARY_AFTER
    return k if closed else j


def person_mentions(norm: Norm, start: int = 0, end: int | None = None, gz: Gazetteer | None = None) -> list[Mention]:
    """People introduced by a title: «وزير الخارجية الإيراني علي باقري كاني», «الرئيس الأميركي جو بايدن»,
    «المتحدث باسم المؤسسة عبدالله العبدالجبار», and «بريت ماكغورك، منسق الرئيس بايدن». The canonical form is
    the name."""
    gz = gz or gazetteer()
    key = ("people", start, end)
    if key in norm.memo:
        return norm.memo[key]
    s = norm.s
    toks = norm.tokens(start, end)
    out: list[Mention] = []
    norm.memo[key] = out
    i = 0
    for c in members(norm.words(start, end), gz.title_surfaces):
        if c < i:
            continue   # inside the name just read
        i = c
        j = i + 1
        # title complement: definite words, «باسم X», nationality adjectives, further titles
        while j < len(toks) and j - i < 7:
            t = toks[j].s
            if _gap_has_punct(s, toks[j - 1].end, toks[j].start) or t in STOP:
                break
            if t in gz.first_names:
                break
            if t.startswith(("ال", "لل")) or t == "باسم" or t in gz.titles:
                j += 1
                continue
            if t.startswith("ل") and j + 1 < len(toks) and toks[j + 1].s.startswith("ال") \
                    and not _gap_has_punct(s, toks[j].end, toks[j + 1].start):
                j += 2   # «مدير المنتخب … لكرة القدم خالد الغانم»
                continue
            break
        k = j
        if j < len(toks):
            gap = s[toks[j - 1].end:toks[j].start]
            if not _gap_has_punct(s, toks[j - 1].end, toks[j].start) or (j > i + 1 and gap.strip() in ("،", ",")):
                k = _read_name(s, toks, j, gz)   # «المدير التنفيذي للمنظمة، إيرونغو هاوتون»
        if i >= 1 and any(c in s[toks[i - 1].end:toks[i].start] for c in "،,"):
            # «علي باقري كاني، نائب وزير الخارجية»: the name stands before the comma
            b = i
            while b > 0 and i - b < 3:
                t = toks[b - 1].s
                if (b < i and _gap_has_punct(s, toks[b - 1].end, toks[b].start)) or t in STOP \
                        or not _NAME_TOKEN_RE.match(t) or t in gz.titles or gz.index.get(t) \
                        or (t.startswith("ال") and not (b - 2 >= 0 and toks[b - 2].s in gz.first_names)):
                    break
                b -= 1
            if b < i and (i - b >= 2 or toks[b].s in gz.first_names) and (not out or out[-1].end <= norm.orig(toks[b].start)):
                out.append(Mention(Entry(norm.text[norm.orig(toks[b].start):norm.orig_end(toks[i - 1].end)], "person", None),
                                   norm.orig(toks[b].start), norm.orig_end(toks[i - 1].end)))
        if k > j:
            out.append(Mention(Entry(norm.text[norm.orig(toks[j].start):norm.orig_end(toks[k - 1].end)], "person", None),
                               norm.orig(toks[i].start), norm.orig_end(toks[k - 1].end)))
            i = k
            continue
        i = max(j, i + 1)
    return out


_GAP_PUNCT = re.compile('[،,.:;؛!?؟()"\n]').search


def _gap_has_punct(s: str, a: int, b: int) -> bool:
    return _GAP_PUNCT(s, a, b) is not None
