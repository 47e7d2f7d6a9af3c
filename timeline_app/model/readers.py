"""Read article files into ``ArticleInput`` (no Qt, no network).

* ``.txt``/``.md``: encoding detected (BOMs, strict UTF-8, then Windows-1256 / ISO-8859-6 / charset-normalizer,
  checked by how Arabic the result reads). The text is kept exactly as decoded (line endings included) so offsets
  match ``open(path, encoding=..., newline="")``; only a BOM is dropped.
* ``.html``/``.htm``: saved web pages; main text and metadata via trafilatura (nothing fetched, no script run).
* ``.jsonl``: one article per line with the keys id, url, title, published, text.

Publication date: metadata, else a dateline near the top of the text, else the file's modification date
(``published_source="file"``, ``published_guessed=True``, a provisional anchor the user can correct).
Failures raise ``ReadError`` with a reason fit to show to the user.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import urlparse

from timeline_app.model.types import ArticleInput

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
JSONL_KEYS = ("id", "url", "title", "published", "text")


class ReadError(Exception):
    """A file (or one .jsonl line) that cannot be read as an article. ``str(err)`` is the reason."""

    def __init__(self, reason: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.path = str(path) if path is not None else None
        self.line = line


@dataclass
class Decoded:
    text: str
    encoding: str


def is_supported(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


# ---------------------------------------------------------------------------------------------------------------
# bytes -> text

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
_COMMON_AR = {"في", "من", "على", "إلى", "الى", "أن", "ان", "عن", "مع", "التي", "الذي", "هذا", "هذه", "كان", "قال",
              "بين", "إن", "بعد", "قبل", "أو", "لا", "ما", "كما", "وقال", "منذ", "حتى", "عام", "خلال", "وفي", "ذلك"}
_WORD = re.compile(r"\w+")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LATIN_EXT = re.compile("[\u00c0-\u00ff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head.decode("latin-1"))) > max(8, len(head) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte for ASCII; Arabic (U+06xx) gives 0x06 there."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for enc, hi in (("utf-16-le", odd), ("utf-16-be", even)):
        if sum(1 for b in hi if b in (0, 6)) > 0.8 * len(hi):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            words = len(text.split())
            varied = len(set(text[:4096])) >= min(12, len(text) // 4)
            if not _CONTROL.search(text) and _plausible_text(text) and varied and words >= len(text) // 40 + 1:
                return text  # text-like: letters and spaces (not, say, NUL-padded binary numbers)
    return None


def _arabic_score(text: str) -> float:
    """How much ``text`` reads like real Arabic: common function words and Arabic letters, minus Latin-1 letters
    wedged between Arabic ones (the trace of decoding with the wrong Arabic code page)."""
    words = _WORD.findall(text[:20000])
    if not words:
        return 0.0
    common = sum(1 for w in words if w in _COMMON_AR) / len(words)
    sample = text[:20000]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin_ext = len(_LATIN_EXT.findall(sample))
    letters = sum(1 for ch in sample if ch.isalpha()) or 1
    return 5 * common + arabic / letters - 3 * latin_ext / letters


def _plausible_text(text: str) -> bool:
    if not text.strip():
        return True
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    good = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or ch in ".,;:!?()[]{}\"'-–—/«»،؛؟%#@&*+=_")
    return bad <= len(sample) // 200 and good >= 0.8 * len(sample)


def decode_bytes(data: bytes) -> Decoded:
    """Decode text bytes: BOM → strict UTF-8 → best of Windows-1256 / ISO-8859-6 / charset-normalizer's guess.
    Raises ReadError("binary …" / "undecodable …")."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(enc), enc + " (BOM)")
            except UnicodeDecodeError as exc:
                raise ReadError(f"undecodable: it starts with a {enc} byte-order mark but is not {enc} ({exc.reason})")
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:8192] else None
    if utf16 is not None:
        return Decoded(utf16, "utf-16")
    if _looks_binary(data):
        raise ReadError("binary file (not text)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    for enc in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible_text(text):
            candidates.append((_arabic_score(text), enc, text))
    guess = None
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
        if best is not None and best.percent_chaos <= 20:
            guess = (best.encoding, str(best))
    except Exception:  # charset-normalizer is a heuristic; never let it crash a read
        guess = None
    arabic = max(candidates, default=None)
    if arabic is not None and arabic[0] >= 0.6:  # clearly Arabic in one of the Arabic code pages
        return Decoded(arabic[2], arabic[1])
    if guess is not None and _plausible_text(guess[1]):
        return Decoded(guess[1], guess[0])
    raise ReadError("undecodable: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text")


# ---------------------------------------------------------------------------------------------------------------
# publication dates

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MONTHS = {
    1: ["يناير", "كانون الثاني", "جانفي", "ينير"], 2: ["فبراير", "شباط", "فيفري", "فبرير"],
    3: ["مارس", "آذار", "اذار"], 4: ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"],
    5: ["مايو", "أيار", "ايار", "ماي"], 6: ["يونيو", "يونيه", "حزيران", "جوان", "يونيو"],
    7: ["يوليو", "يوليه", "تموز", "جويلية", "يوليوز"], 8: ["أغسطس", "اغسطس", "آب", "اب", "أوت", "اوت", "غشت"],
    9: ["سبتمبر", "أيلول", "ايلول", "شتنبر"], 10: ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"],
    11: ["نوفمبر", "تشرين الثاني", "نونبر"], 12: ["ديسمبر", "كانون الأول", "كانون الاول", "دجنبر"],
}
_MONTH_OF = {name: m for m, names in _MONTHS.items() for name in names}
_MONTH_ALT = "|".join(sorted((re.escape(n) for n in _MONTH_OF), key=len, reverse=True))
# «11 اغسطس 2015», «12 آذار/مارس 2024», «الرياض - 12 مارس 2024»
_DATE_NAMED = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})(?:\s*/\s*(?:{_MONTH_ALT}))?\s*[,،]?\s*(\d{{4}})(?!\d)")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DATE_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
DATELINE_WINDOW = 400  # characters from the top of the text searched for a dateline


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    if not 1900 <= y <= 2100:  # Hijri years (14xx) and garbage are not Gregorian datelines
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _regex_dateline(head: str) -> dt.date | None:
    found: list[tuple[int, dt.date]] = []
    for m in _DATE_NAMED.finditer(head):
        d = _safe_date(int(m.group(3)), _MONTH_OF[m.group(2)], int(m.group(1)))
        if d:
            found.append((m.start(), d))
    for m in _DATE_ISO.finditer(head):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d))
    for m in _DATE_NUMERIC.finditer(head):
        d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))  # Arabic order: D/M/Y
        if d:
            found.append((m.start(), d))
    return min(found)[1] if found else None


def _timex_dateline(head: str) -> dt.date | None | bool:
    """A day-precise absolute date among the timexes of ``head`` (via timeline_app.model.timex, when present):
    tagged against two far-apart references, an absolute date resolves the same both times. Returns False when
    the tagger is not available."""
    import importlib.util
    if importlib.util.find_spec("timeline_app.model.timex") is None:
        return False
    try:
        from timeline_app.model import timex
        tag = getattr(timex, "tag", None)
        if tag is None:
            return False
        a = tag(head, dt.date(2000, 6, 15))
        b = tag(head, dt.date(2040, 6, 15))
    except Exception:
        return False
    fixed_b = {(t.start, t.start_date) for t in b}
    for t in sorted(a, key=lambda t: t.start):
        if (t.granularity == "day" and t.start_date is not None
                and (t.start, t.start_date) in fixed_b and 1900 <= t.start_date.year <= 2100):
            return t.start_date
    return None


def _dateline_region(top: str) -> str:
    """Where a dateline can be: the first few lines, whole when short (a dateline or byline line), else only
    their first words, so a date inside the lede's sentence («أعلنت الوزارة يوم 5 مارس 2023 أن …») is not taken
    for the publication date."""
    region = []
    for line in [ln.strip() for ln in top.splitlines() if ln.strip()][:4]:
        region.append(line if len(line) <= 120 else line[:40])
    return "\n".join(region)


def find_dateline(text: str) -> dt.date | None:
    """The publication date written near the top of an article («الرياض - 12 مارس 2024», SPA's «… الموافق 11
    اغسطس 2015 م», an ISO or D/M/Y date), or None."""
    head = _dateline_region(text[:DATELINE_WINDOW]).translate(_DIGITS)
    if not head.strip():
        return None
    found = _timex_dateline(head)
    if found is False or found is None:
        found = _regex_dateline(head)
    if found and found > dt.date.today() + dt.timedelta(days=2):
        return None  # a future date at the top is an announcement, not a dateline
    return found


def parse_published(value) -> dt.date | None:
    """A metadata date: ISO date or datetime (offset kept as written: the local day), or None."""
    if value is None:
        return None
    s = str(value).strip().translate(_DIGITS)
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DATE_NUMERIC.match(s)
    if m:
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    try:
        from dateutil import parser as du
        return du.parse(s).date()
    except (ValueError, OverflowError, TypeError):
        return None


def _file_date(path: Path) -> dt.date:
    return dt.date.fromtimestamp(path.stat().st_mtime)


def _date_fields(text: str, path: Path, metadata: dt.date | None) -> dict:
    if metadata is not None:
        return {"published": metadata, "published_source": "metadata", "published_guessed": False}
    dateline = find_dateline(text)
    if dateline is not None:
        return {"published": dateline, "published_source": "dateline", "published_guessed": False}
    return {"published": _file_date(path), "published_source": "file", "published_guessed": True}


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    host = host[4:] if host.startswith("www.") else host
    return host or None


# ---------------------------------------------------------------------------------------------------------------
# files


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}", path)
    if size > MAX_BYTES:
        raise ReadError(f"too large: {size / 1024 / 1024:.1f} MB (the limit is {MAX_BYTES // 1024 // 1024} MB)", path)
    if size == 0:
        raise ReadError("empty file", path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}", path)


def _first_line_title(text: str) -> str | None:
    """The first non-empty line when it is short (a headline); a dateline line («الرياض 26 شوال … واس») is skipped;
    a long first paragraph gives its first words followed by «…»."""
    for line in text.splitlines()[:20]:
        line = line.strip()
        if not line:
            continue
        if len(line) < 100 and _regex_dateline(line.translate(_DIGITS)) is not None:
            continue
        if len(line) <= 150 and len(line) < len(text.strip()):
            return line
        cut = line[:90]
        return (cut[:cut.rfind(" ")] if " " in cut else cut).rstrip("،,.:;- ") + "…"
    return None


def read_text_file(path: str | Path) -> ArticleInput:
    path = Path(path)
    data = _read_bytes(path)
    try:
        decoded = decode_bytes(data)
    except ReadError as err:
        raise ReadError(err.reason, path)
    text = decoded.text
    if not text.strip():
        raise ReadError("empty file (only white space)", path)
    art = ArticleInput(text=text, path=str(path), format="txt", title=_first_line_title(text),
                       **_date_fields(text, path, None))
    _apply_sidecar(art, path)
    return art


SIDECAR_KEYS = {"title", "published", "published_source", "published_guessed", "outlet", "url", "note"}


def _apply_sidecar(art: ArticleInput, path: Path) -> None:
    """Metadata for a text file from a JSON file beside it (``article.txt`` + ``article.json``) with any of the
    keys title, published (YYYY-MM-DD), published_source (default "metadata"), outlet, url. Anything else in
    that file, or a file that is not such an object, is ignored."""
    side = path.with_suffix(".json")
    try:
        if not side.is_file() or side.stat().st_size > 65536:
            return
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if not isinstance(meta, dict) or not set(meta) <= SIDECAR_KEYS:
        return
    for key in ("title", "outlet", "url"):
        if isinstance(meta.get(key), str) and meta[key].strip():
            setattr(art, key, meta[key].strip())
    published = parse_published(meta.get("published"))
    if published is not None:
        source = meta.get("published_source")
        art.published = published
        art.published_source = source if source in ("metadata", "dateline", "file", "user") else "metadata"
        art.published_guessed = bool(meta.get("published_guessed", False))


def read_html_file(path: str | Path) -> ArticleInput:
    path = Path(path)
    data = _read_bytes(path)
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("binary file (not a web page)", path)
    try:
        import trafilatura
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True})
        if doc is not None and not isinstance(doc, dict):
            doc = doc.as_dict()
    except Exception as exc:  # lxml/trafilatura errors on broken markup
        raise ReadError(f"malformed web page: {exc}", path)
    text = (doc or {}).get("text") or ""
    if not text.strip():
        raise ReadError("no article text found in the web page", path)
    url = doc.get("url")
    title = (doc.get("title") or "").strip() or None
    outlet = (doc.get("sitename") or "").strip() or outlet_from_url(url) or (doc.get("hostname") or None)
    meta_date = parse_published(doc.get("date"))
    art = ArticleInput(text=text, path=str(path), format="html", title=title, outlet=outlet, url=url,
                       **_date_fields(text, path, meta_date))
    lang = doc.get("language")
    if lang:
        art.lang = lang
    return art


def iter_jsonl(path: str | Path) -> Iterator[ArticleInput | ReadError]:
    """One ArticleInput per good line; a ReadError (with ``.line``) for each malformed one. Blank lines are
    skipped. Raises ReadError for a file that cannot be read at all. The file is streamed line by line: a corpus
    file may be any size, the 20 MB limit applies to each article (line)."""
    path = Path(path)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}", path)
    with fh:
        head = fh.read(8192)
        if not head:
            raise ReadError("empty file", path)
        if b"\x00" in head:
            raise ReadError("binary file (not JSON Lines)", path)
        fh.seek(0)
        outlet_default = None
        for lineno, raw in enumerate(fh, start=1):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
            if not raw.strip():
                continue
            if len(raw) > MAX_BYTES:
                yield ReadError(f"line {lineno}: too large ({len(raw) / 1024 / 1024:.1f} MB; the limit is "
                                f"{MAX_BYTES // 1024 // 1024} MB)", f"{path}:{lineno}", lineno)
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield ReadError(f"line {lineno}: undecodable (JSON Lines must be UTF-8: {exc.reason})",
                                f"{path}:{lineno}", lineno)
                continue
            yield _jsonl_record(path, lineno, line, outlet_default)


def _jsonl_record(path: Path, lineno: int, line: str, outlet_default: str | None) -> ArticleInput | ReadError:
    where = f"{path}:{lineno}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(f"line {lineno}: malformed JSON ({exc.msg})", where, lineno)
    if not isinstance(rec, dict):
        return ReadError(f"line {lineno}: not a JSON object", where, lineno)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(f"line {lineno}: no text", where, lineno)
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    rid = rec.get("id")
    published = parse_published(rec.get("published"))
    fields = ({"published": published, "published_source": "metadata", "published_guessed": False}
              if published else _date_fields(text, path, None))
    title = rec.get("title")
    return ArticleInput(text=text, path=f"{path}#{rid if rid not in (None, '') else 'line' + str(lineno)}",
                        format="jsonl", title=title.strip() if isinstance(title, str) and title.strip() else None,
                        outlet=outlet_from_url(url) or outlet_default, url=url, **fields)


def read_path(path: str | Path) -> Iterator[ArticleInput | ReadError]:
    """Every article in one file (a .jsonl file may hold many). Bad lines come out as ReadError items; a bad file
    raises ReadError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from iter_jsonl(path)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path)
    else:
        raise ReadError(f"unsupported file type {suffix or '(no extension)'} "
                        f"(use {', '.join(sorted(SUPPORTED_SUFFIXES))})", path)


def read_article(path: str | Path) -> ArticleInput:
    """Exactly one article (first of a .jsonl file)."""
    for item in read_path(path):
        if isinstance(item, ReadError):
            raise item
        return item
    raise ReadError("no article in the file", path)


def read_sample(text_path: str | Path) -> ArticleInput:
    """The bundled sample article. Its text carries no date: the date (set by a person, approximate) comes from
    the sidecar ``seed-article.json`` next to it."""
    art = read_text_file(text_path)
    art.format = "sample"
    return art
