"""Reading files (encodings, web pages, JSON Lines, datelines) and ingesting them: every input ends ingested,
duplicate or failed with a reason, and failures leave the library unchanged."""
from __future__ import annotations

import codecs
import datetime as dt
import gc
import json
import os
import random

import pytest

from timeline_app.model import readers
from store_fixtures import lib, write_mixed_inputs  # noqa: F401  (lib: fixture)
from timeline_app.model import store as store_mod
from timeline_app.model.ingest import IngestResult, expand_paths, ingest_paths
from timeline_app.model.readers import ReadError, decode_bytes, find_dateline, read_article, read_path
from timeline_app.model.store import Store
from timeline_app.model.types import Extraction

ARABIC = ("قال وزير الخارجية في مؤتمر صحفي اليوم إن المحادثات مع الوفد الإيراني جرت في سلطنة عمان، "
          "وإن الولايات المتحدة تنتظر ردا على مقترحها خلال الأسبوع المقبل. وأضاف أن هذه الجولة كانت "
          "الأولى منذ عامين، مشيرا إلى أن الطرفين اتفقا على مواصلة الاتصالات عبر الوسطاء.")
TITLE = "محادثات في مسقط"
BODY = TITLE + "\n\n" + ARABIC + "\n"




@pytest.fixture(autouse=True)
def no_extractor(monkeypatch):
    """Ingest tests are about reading and storing: a trivial, deterministic extraction instead of the pipeline."""
    monkeypatch.setattr(store_mod, "run_extraction", lambda text, published: Extraction())
    import timeline_app.model.ingest as ingest_mod
    monkeypatch.setattr(ingest_mod, "run_extraction", lambda text, published: Extraction())


# --- encodings ---

@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1256", b""), ("iso-8859-6", b""), ("utf-16-le", b"")])
def test_text_files_in_every_encoding_decode_exactly(tmp_path, encoding, prefix):
    body = BODY
    path = tmp_path / f"a-{encoding}.txt"
    path.write_bytes(prefix + body.encode(encoding))
    art = read_article(path)
    assert art.text == body
    assert art.title == TITLE
    assert art.format == "txt"


def test_cp1256_is_not_mistaken_for_iso_8859_6_or_the_reverse():
    for text in (ARABIC, "أعلنت الحكومة اليوم عن خطة جديدة للطاقة.", "مرحبا بكم في الرياض"):
        assert decode_bytes(text.encode("cp1256")).text == text
        assert decode_bytes(text.encode("iso-8859-6")).text == text


def test_crlf_line_endings_are_kept_so_offsets_match_the_file(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(BODY.replace("\n", "\r\n").encode("utf-8"))
    assert read_article(path).text == BODY.replace("\n", "\r\n")


def test_latin_text_in_a_legacy_code_page_still_reads(tmp_path):
    text = "Le président a déclaré à la presse que les négociations étaient terminées. " * 3
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_article(path).text == text


def test_rejections_have_reasons(tmp_path):
    cases = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "binary.txt": bytes(range(256)) * 8,
        "image.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(500),
    }
    rnd = random.Random(7)
    cases["noise.txt"] = bytes(rnd.choice([0x81, 0x8d, 0x8e, 0x90, 0x9d, 0x9e, 0x01, 0x02, 0x7f, 0x10])
                               for _ in range(3000))
    expected = {"empty.txt": "empty", "blank.txt": "empty", "binary.txt": "binary", "image.md": "binary",
                "noise.txt": "binary"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ReadError) as err:
            read_article(tmp_path / name)
        assert expected[name] in err.value.reason, (name, err.value.reason)


def test_undecodable_text_is_reported(tmp_path):
    # no NULs and few control bytes (so not "binary"), but bytes no Arabic or Western code page reads as text
    rnd = random.Random(3)
    data = bytes(rnd.choice([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xa0, 0xad, 0x98, 0x83, 0x88]) for _ in range(4000))
    path = tmp_path / "garbled.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="undecodable"):
        read_article(path)
    bad_bom = tmp_path / "badbom.txt"
    bad_bom.write_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd abc")
    with pytest.raises(ReadError, match="undecodable"):
        read_article(bad_bom)


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: 21 MB on paper, nothing on disk
        fh.seek(21 * 1024 * 1024)
        fh.write(b"x")
    with pytest.raises(ReadError, match="too large"):
        read_article(path)


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(ReadError, match="unsupported"):
        read_article(path)


# --- publication dates ---

@pytest.mark.parametrize("head,expected", [
    ("الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\nاستكملت المؤسسة", dt.date(2015, 8, 11)),
    ("الرياض - 12 مارس 2024\nأعلنت الوزارة", dt.date(2024, 3, 12)),
    ("بيروت، ١٢ آذار/مارس ٢٠٢٤ — قال", dt.date(2024, 3, 12)),
    ("نشر في 2023-07-01 10:00\nالنص", dt.date(2023, 7, 1)),
    ("الجزائر 05/09/2025\nاستقبلت", dt.date(2025, 9, 5)),
    ("غرة ذي القعدة 1436هـ\nبلا تاريخ ميلادي", dt.date(2015, 8, 16)),  # Hijri (Umm al-Qura), via the tagger
    ("لا تاريخ هنا على الإطلاق", None),
])
def test_datelines(head, expected):
    assert find_dateline(head + "\n" + ARABIC) == expected


def test_dateline_far_down_the_text_is_not_a_dateline():
    assert find_dateline(ARABIC * 4 + " في 12 مارس 2024") is None


def test_date_sources_in_order_metadata_dateline_file(tmp_path):
    dated = tmp_path / "dated.txt"
    dated.write_text("الرياض - 12 مارس 2024\n" + ARABIC, encoding="utf-8")
    art = read_article(dated)
    assert (art.published, art.published_source, art.published_guessed) == (dt.date(2024, 3, 12), "dateline", False)
    undated = tmp_path / "undated.txt"
    undated.write_text(BODY, encoding="utf-8")
    stamp = dt.datetime(2023, 5, 6, 12, 0).timestamp()
    os.utime(undated, (stamp, stamp))
    art = read_article(undated)
    assert (art.published, art.published_source, art.published_guessed) == (dt.date(2023, 5, 6), "file", True)


# --- web pages ---

PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>محادثات سرية في مسقط | الصحيفة</title>
<meta property="og:title" content="محادثات سرية في مسقط">
<meta property="og:site_name" content="الصحيفة اليومية">
<meta property="og:url" content="https://news.example.com/2024/03/15/talks">
<meta property="article:published_time" content="2024-03-15T09:30:00+03:00">
<script>document.write("never run"); fetch("https://tracker.example.com/x");</script>
</head><body><nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>محادثات سرية في مسقط</h1><p>{p}</p><p>{p}</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_saved_web_page_gives_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace("{p}", ARABIC), encoding="utf-8")
    art = read_article(path)
    assert art.format == "html"
    assert ARABIC in art.text and "never run" not in art.text and "جميع الحقوق" not in art.text
    assert art.title == "محادثات سرية في مسقط"
    assert art.outlet == "الصحيفة اليومية"
    assert art.url == "https://news.example.com/2024/03/15/talks"
    assert (art.published, art.published_source, art.published_guessed) == (dt.date(2024, 3, 15), "metadata", False)


def test_web_page_in_windows_1256(tmp_path):
    path = tmp_path / "page.htm"
    page = PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; '
                        'charset=windows-1256">').replace("{p}", ARABIC)
    path.write_bytes(page.encode("cp1256", errors="replace"))
    assert ARABIC in read_article(path).text


def test_web_page_without_text_is_refused(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>",
                    encoding="utf-8")
    with pytest.raises(ReadError, match="no article text"):
        read_article(path)


# --- JSON Lines ---

def jsonl_record(i, **kw):
    rec = {"id": f"r{i}", "url": f"https://www.outlet.example/{i}", "title": f"عنوان {i}",
           "published": "2023-01-24T18:00:00+02:00", "text": f"{ARABIC} رقم {i}"}
    rec.update(kw)
    return json.dumps(rec, ensure_ascii=False)


def test_jsonl_good_and_malformed_lines(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [jsonl_record(1), "", "{not json", jsonl_record(2, published="2015-07-20"), "[1, 2]",
             jsonl_record(3, text="   "), jsonl_record(4, published=None)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_path(path))
    good = [i for i in items if not isinstance(i, ReadError)]
    bad = [i for i in items if isinstance(i, ReadError)]
    assert [g.path for g in good] == [f"{path}#r1", f"{path}#r2", f"{path}#r4"]
    assert good[0].published == dt.date(2023, 1, 24) and good[0].published_source == "metadata"
    assert good[0].outlet == "outlet.example" and good[0].title == "عنوان 1" and good[0].format == "jsonl"
    assert good[1].published == dt.date(2015, 7, 20)
    assert good[2].published_source == "file" and good[2].published_guessed  # no date anywhere
    assert [(b.line, b.reason.split(":")[0]) for b in bad] == [(3, "line 3"), (5, "line 5"), (6, "line 6")]
    assert "malformed JSON" in bad[0].reason and "no text" in bad[2].reason


# --- ingest ---

def make_tree(root):
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text(BODY, encoding="utf-8")
    (root / "sub" / "b.txt").write_bytes(("الرياض - 12 مارس 2024\n" + ARABIC).encode("cp1256"))
    (root / "sub" / "deeper" / "c.md").write_bytes(codecs.BOM_UTF16_LE + (ARABIC + " ج").encode("utf-16-le"))
    (root / "sub" / "ignored.pdf").write_bytes(b"%PDF")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "d.txt").write_text(ARABIC + " د", encoding="utf-8")
    return root


def test_folders_are_ingested_recursively(tmp_path, lib):
    root = make_tree(tmp_path / "in")
    results = ingest_paths(lib, [root])
    assert [(os.path.relpath(r.path, root), r.status) for r in results] == [
        ("a.txt", "ingested"), ("sub/b.txt", "ingested"), ("sub/deeper/c.md", "ingested")]
    arts = {a["path"]: a for a in lib.articles()}
    b = arts[str(root / "sub" / "b.txt")]
    assert b["published"] == "2024-03-12" and b["published_source"] == "dateline"
    assert ARABIC in lib.article(b["id"])["text"]


def test_mixed_inputs_each_get_an_outcome_and_failures_change_nothing(tmp_path, lib):
    files = write_mixed_inputs(tmp_path, BODY)
    good, binary, empty = files["good"], files["binary"], files["empty"]
    huge = tmp_path / "huge.md"
    with open(huge, "wb") as fh:
        fh.seek(21 * 1024 * 1024)
        fh.write(b"\n")
    bad_jsonl = tmp_path / "bad.jsonl"
    bad_jsonl.write_text("{oops\n", encoding="utf-8")
    stats_before = lib.stats()
    results = ingest_paths(lib, [binary, empty, huge, bad_jsonl, tmp_path / "missing.txt"])
    assert [r.status for r in results] == ["failed"] * 5
    assert all(r.reason for r in results)
    assert lib.stats() == stats_before
    results = ingest_paths(lib, [binary, good, empty])
    assert [r.status for r in results] == ["failed", "ingested", "failed"]
    assert lib.article(results[1].article_id)["text"] == BODY  # the Windows-1256 file, decoded right
    again = ingest_paths(lib, [good])
    assert again[0].status == "duplicate" and again[0].article_id == results[1].article_id


def test_jsonl_ingest_reports_per_line_and_dedups_within_the_batch(tmp_path, lib):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([jsonl_record(1), jsonl_record(2), "garbage", jsonl_record(1, id="copy")]) + "\n",
                    encoding="utf-8")
    seen = []
    results = ingest_paths(lib, [path], progress=lambda done, total, p: seen.append((done, total)))
    assert [r.status for r in results] == ["ingested", "ingested", "failed", "duplicate"]
    assert "line 3" in results[2].reason
    assert results[3].article_id == results[0].article_id
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_cancel_stops_between_articles(tmp_path, lib):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(jsonl_record(i) for i in range(10)) + "\n", encoding="utf-8")
    done = []
    results = ingest_paths(lib, [path], progress=lambda d, t, p: done.append(d), cancel=lambda: len(done) >= 3)
    assert len(results) == 3 and lib.article_count() == 3


def test_extraction_failure_is_reported_and_stores_nothing(tmp_path, lib, monkeypatch):
    import timeline_app.model.ingest as ingest_mod

    def boom(text, published):
        if "رقم 2" in text:
            raise ValueError("extractor bug")
        return Extraction()

    monkeypatch.setattr(ingest_mod, "run_extraction", boom)
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(jsonl_record(i) for i in range(1, 4)) + "\n", encoding="utf-8")
    results = ingest_paths(lib, [path])
    assert [r.status for r in results] == ["ingested", "failed", "ingested"]
    assert "extractor bug" in results[1].reason
    assert lib.article_count() == 2


def test_published_override(tmp_path, lib):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    (r,) = ingest_paths(lib, [path], published=dt.date(2024, 3, 15))
    a = lib.article(r.article_id)
    assert (a["published"], a["published_source"], a["published_guessed"]) == ("2024-03-15", "user", False)


def test_process_pool_gives_the_same_outcomes(tmp_path):
    """The multi-process path (extraction in workers, one writer) with the real extractor if present."""
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([jsonl_record(i) for i in range(12)] + ["bad", jsonl_record(0, id="dup")]) + "\n",
                    encoding="utf-8")
    before = gc.get_threshold()
    with Store(tmp_path / "pool.db") as s:
        results = ingest_paths(s, [path], workers=2)
        assert [r.status for r in results] == ["ingested"] * 12 + ["failed", "duplicate"]
        assert results[-1].article_id == results[0].article_id
        assert s.article_count() == 12
    assert gc.get_threshold() == before   # the bulk collector setting ends with the ingest


def test_expand_paths_reports_unsupported_and_missing(tmp_path):
    (tmp_path / "x.docx").write_bytes(b"PK")
    out = list(expand_paths([tmp_path / "x.docx", tmp_path / "nope.txt", tmp_path]))
    assert out[0][1].startswith("unsupported") and out[1][1] == "no such file or folder"
    assert len(out) == 2  # the folder holds no supported file


def test_result_lines_are_readable():
    assert IngestResult("a.txt", "failed", "empty file").line() == "failed     a.txt: empty file"
    assert "article 3, 2 events" in IngestResult("b.txt", "ingested", None, 3, None, 2).line()


def test_dev_corpus_reads(tmp_path):
    from conftest import DEV_CORPUS, dev_available
    if not dev_available():
        pytest.skip("dev corpus not present")
    for i in range(13):
        path = DEV_CORPUS / f"{i:02d}.txt"
        art = read_article(path)
        assert art.text == open(path, encoding="utf-8", newline="").read()  # offsets line up with the scorer's
    assert readers.read_article(DEV_CORPUS / "06.txt").published == dt.date(2015, 8, 11)


def test_sidecar_json_gives_a_text_file_its_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"title": "عنوان آخر", "published": "2024-03-15",
                                                 "outlet": "صحيفة"}, ensure_ascii=False), encoding="utf-8")
    art = read_article(path)
    assert (art.title, art.outlet, art.published, art.published_source, art.published_guessed) == (
        "عنوان آخر", "صحيفة", dt.date(2024, 3, 15), "metadata", False)
    (tmp_path / "a.json").write_text('{"unrelated": 1}', encoding="utf-8")  # not a sidecar: ignored
    assert read_article(path).title == TITLE


def test_the_sample_ships_with_an_honest_date():
    from timeline_app.resources import SAMPLE_ARTICLE
    art = readers.read_sample(SAMPLE_ARTICLE)
    assert (art.format, art.published, art.published_source) == ("sample", dt.date(2024, 3, 15), "user")


CRASH_SCRIPT = r"""
import os, sys, datetime as dt
from timeline_app.model.store import Store
from timeline_app.model.types import ArticleInput, Extraction, Event
real = Store._insert_event
def dying(self, article_id, text, *a, **k):
    if "رقم 7" in text and self.conn.execute("SELECT count(*) FROM events WHERE article_id=?", (article_id,)).fetchone()[0] == 2:
        os._exit(9)   # the process dies in the middle of article 7: no rollback, no cleanup
    return real(self, article_id, text, *a, **k)
Store._insert_event = dying
s = Store(sys.argv[1])
if sys.argv[2] == "batch":
    batch = s.batch(size=3, seconds=3600)  # commits every 3 articles; the crash comes before the end
    batch.__enter__()
for i in range(10):
    text = f"نص المقال رقم {i} " + "كلمة " * 50
    ex = Extraction(events=[Event(0, 10, f"حدث {i}-{j}") for j in range(5)])
    s.add_article(ArticleInput(text, f"{i}.txt", "txt", published=dt.date(2024, 1, 1)), ex)
"""


@pytest.mark.parametrize("mode", ["single", "batch"])
def test_a_crash_mid_article_never_leaves_half_an_article(tmp_path, mode):
    import subprocess
    import sys
    db = tmp_path / "crash.db"
    r = subprocess.run([sys.executable, "-c", CRASH_SCRIPT, str(db), mode], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 9, r.stderr
    with Store(db) as s:
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        arts = s.articles()
        assert len(arts) == (6 if mode == "batch" else 7)  # batch: articles 0-5 committed, 6 was in flight and all("رقم 7" not in s.article(a["id"])["text"] for a in arts)
        for a in arts:  # every stored article is whole: its five events, citations and search entries
            assert len(s.article(a["id"])["event_ids"]) == 5
        assert s.stats()["events"] == 5 * len(arts)
        assert s.conn.execute("SELECT count(*) FROM events_fts").fetchone()[0] == 5 * len(arts)


def test_when_worker_processes_cannot_run_extraction_continues_here(tmp_path, lib, monkeypatch):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    import timeline_app.model.ingest as ingest_mod

    class DeadPool:  # what a frozen build without multiprocessing support looks like
        def __init__(self, *a, **k):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, *a, **k):
            f = Future()
            f.set_exception(BrokenProcessPool("child process terminated abruptly"))
            return f

    monkeypatch.setattr(ingest_mod, "ProcessPoolExecutor", DeadPool)
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(jsonl_record(i) for i in range(5)) + "\n", encoding="utf-8")
    results = ingest_paths(lib, [path], workers=2)
    assert [r.status for r in results] == ["ingested"] * 5


def test_a_date_inside_the_first_sentence_is_not_a_dateline():
    lede = ("أعلنت وزارة الخارجية في بيان صدر عنها أن الاجتماع الذي عقد يوم 5 مارس 2023 في العاصمة بحث سبل "
            "التعاون بين البلدين في مجالات الطاقة والتجارة والاستثمار.")
    assert find_dateline(lede + "\n" + ARABIC) is None
    assert find_dateline("الرياض 26 شوال 1436 هـ واس\n" + lede) == dt.date(2015, 8, 11)  # Hijri-only dateline
