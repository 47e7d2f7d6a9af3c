"""The headless CLI (``timeline-app``) and the default library's location and seeding."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store_fixtures import write_mixed_inputs
from timeline_app.cli import main
from timeline_app.model import library
from timeline_app.model.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "sample" / "seed-article.txt"
ARABIC = "قال وزير الخارجية اليوم إن المحادثات مع الوفد الإيراني جرت في سلطنة عمان، وإن الرد سيأتي قريبا."


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "timeline_app.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env=e, timeout=300)


def pipeline_present() -> bool:
    import importlib.util
    return importlib.util.find_spec("timeline_app.model.pipeline") is not None


def test_ingest_events_and_duplicate(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    assert main(["--db", db, "ingest", str(SEED), "--published", "2024-03-15"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("ingested") and "1 ingested, 0 duplicate, 0 failed" in out.err
    assert main(["--db", db, "ingest", str(SEED)]) == 0
    assert capsys.readouterr().out.startswith("duplicate")
    assert main(["--db", db, "articles", "--json"]) == 0
    (art,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert art["published"] == "2024-03-15" and art["published_source"] == "user"
    assert main(["--db", db, "events", "--json"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    with Store(db) as s:
        assert [e["id"] for e in events] == s.query_event_ids()


@pytest.mark.skipif(not pipeline_present(), reason="pipeline.extract (EVENTS) not there yet")
def test_seed_gives_its_three_dated_events(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    assert main(["--db", db, "ingest", str(SEED), "--published", "2024-03-15"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "events", "--json", "--dated-only"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    spans = {(e["start_date"], e["end_date"]) for e in events}
    assert {("2024-01-10", "2024-01-11"), ("2024-01-11", "2024-01-12"), ("2024-02-01", "2024-02-11")} <= spans


def test_mixed_inputs_exit_1_and_report_each(tmp_path):
    files = write_mixed_inputs(tmp_path, ARABIC)
    r = run_cli("--db", str(tmp_path / "lib.db"), "ingest", str(files["binary"]), str(files["empty"]),
                str(files["good"]))
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert lines[0].startswith("failed") and "blob.txt" in lines[0] and "binary" in lines[0]
    assert lines[1].startswith("failed") and "empty" in lines[1]
    assert lines[2].startswith("ingested") and "arabic.txt" in lines[2]
    assert "Traceback" not in r.stderr
    with Store(tmp_path / "lib.db") as s:
        (a,) = s.articles()
        assert s.article(a["id"])["text"] == ARABIC


def test_extract_json_on_the_seed(capsys):
    assert main(["extract", str(SEED), "--json", "--published", "2024-03-15"]) == 0
    (rec,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rec["file"] == "seed-article.txt" and rec["published"] == "2024-03-15"
    assert rec["published_source"] == "user"
    assert {"title", "timexes", "attributions", "events"} <= set(rec)
    text = SEED.read_text(encoding="utf-8")
    for t in rec["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"]
    for e in rec["events"]:
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert "timex" in e and "attributions" in e


def test_extract_json_on_html_and_jsonl(tmp_path, capsys):
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>عنوان</title><meta property='article:published_time' "
                    f"content='2024-03-15'></head><body><article><p>{ARABIC}</p><p>{ARABIC}</p></article>"
                    f"</body></html>", encoding="utf-8")
    lines = tmp_path / "c.jsonl"
    lines.write_text(json.dumps({"id": 1, "url": None, "title": "t", "published": "2015-07-20", "text": ARABIC},
                                ensure_ascii=False) + "\n{bad\n", encoding="utf-8")
    assert main(["extract", str(page), str(lines), "--json"]) == 1  # the bad line fails, the rest is printed
    out = capsys.readouterr()
    recs = [json.loads(line) for line in out.out.splitlines()]
    assert [r["published"] for r in recs] == ["2024-03-15", "2015-07-20"]
    assert recs[0]["published_source"] == "metadata" and ARABIC[:20] in page.read_text(encoding="utf-8")
    assert "line 2" in out.err and "Traceback" not in out.err


def test_extract_bad_file_is_one_line(tmp_path):
    blob = tmp_path / "x.txt"
    blob.write_bytes(b"\x00" * 100)
    r = run_cli("extract", str(blob), "--json")
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.strip().splitlines()[-1] == f"timeline-app: {blob}: binary file (not text)"


def test_set_date_and_errors(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    f = tmp_path / "a.txt"
    f.write_text(ARABIC, encoding="utf-8")
    assert main(["--db", db, "ingest", str(f)]) == 0
    capsys.readouterr()
    with Store(db) as s:
        (a,) = s.articles()
        assert a["published_source"] == "file" and a["published_guessed"]
    assert main(["--db", db, "set-date", str(a["id"]), "2024-03-15"]) == 0
    assert "published 2024-03-15" in capsys.readouterr().out
    with Store(db) as s:
        b = s.article(a["id"])
        assert (b["published"], b["published_source"], b["published_guessed"]) == ("2024-03-15", "user", False)
    assert main(["--db", db, "set-date", "999", "2024-03-15"]) == 1
    assert "no article 999" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["ingest"], ["set-date", "1"], ["set-date", "x", "2024-01-01"], ["set-date", "1", "2024-13-01"],
    ["events", "--from", "yesterday"], ["events", "--bogus"], ["extract"], ["ingst", "x"],
])
def test_usage_errors_exit_2(tmp_path, argv, capsys):
    assert main(["--db", str(tmp_path / "lib.db")] + argv) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for cmd in ("ingest", "extract", "events", "export", "set-date"):
        assert cmd in out
    assert main(["extract", "--help"]) == 0
    assert "JSON" in capsys.readouterr().out


def test_events_filters(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    with Store(db) as s:
        from timeline_app.model.types import ArticleInput, Extraction
        _, aid = s.add_article(ArticleInput(ARABIC, "a.txt", "txt", published=None), Extraction())
        s.add_user_event(aid, 0, 3, "حدث أول", "2024-01-10")
        s.add_user_event(aid, 4, 10, "حدث ثان", "2024-02-10")
        s.add_user_event(aid, 11, 15, "حدث بلا تاريخ")
    assert main(["--db", db, "events"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[1] for line in out] == ["2024-01-10", "2024-02-10", "undated"]
    assert main(["--db", db, "events", "--from", "2024-02-01", "--dated-only", "--json"]) == 0
    assert [json.loads(x)["title"] for x in capsys.readouterr().out.splitlines()] == ["حدث ثان"]
    assert main(["--db", db, "events", "--search", "أول", "--json"]) == 0
    assert [json.loads(x)["title"] for x in capsys.readouterr().out.splitlines()] == ["حدث أول"]


def test_newer_library_is_a_one_line_error(tmp_path):
    import sqlite3
    db = tmp_path / "new.db"
    c = sqlite3.connect(db)
    c.execute("PRAGMA user_version = 999")
    c.commit()
    c.close()
    r = run_cli("--db", str(db), "events")
    assert r.returncode == 1 and "newer version" in r.stderr and "Traceback" not in r.stderr


def test_export_refuses_unknown_format(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "lib.db"), "export", str(tmp_path / "out.docx")]) == 2
    assert "unsupported export format" in capsys.readouterr().err


# --- default library ---

def test_default_library_path_precedence(tmp_path, monkeypatch):
    monkeypatch.delenv(library.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert library.default_library_path() == tmp_path / "xdg" / "timeline-app" / "library.db"
    monkeypatch.setenv(library.ENV_VAR, str(tmp_path / "env.db"))
    assert library.default_library_path() == tmp_path / "env.db"
    assert library.resolve_library_path(tmp_path / "flag.db") == tmp_path / "flag.db"


def test_ensure_default_library_seeds_the_sample_once(tmp_path, monkeypatch):
    monkeypatch.setenv(library.ENV_VAR, str(tmp_path / "lib" / "library.db"))
    path = library.ensure_default_library()
    assert path == tmp_path / "lib" / "library.db"
    with Store(path) as s:
        (a,) = s.articles()
        assert a["format"] == "sample" and a["published"] == "2024-03-15"
        assert a["published_source"] == "user" and not a["published_guessed"]
        assert a["title"] == "محادثات سرية بين واشنطن وطهران.. لتهدئة فصائلها المسلحة"
    library.ensure_default_library()
    with Store(path) as s:
        assert s.article_count() == 1


def test_cli_without_db_uses_the_default_library(tmp_path):
    r = run_cli("articles", "--json", env={library.ENV_VAR: str(tmp_path / "d.db")})
    assert r.returncode == 0
    (a,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert a["format"] == "sample"


def test_sqlite_utils_reads_the_library(tmp_path, capsys):
    db = tmp_path / "lib.db"
    assert main(["--db", str(db), "ingest", str(SEED)]) == 0
    exe = Path(sys.executable).parent / "sqlite-utils"
    if not exe.exists():
        pytest.skip("sqlite-utils command not installed")
    r = subprocess.run([str(exe), "tables", str(db), "--counts"], capture_output=True, text=True)
    assert r.returncode == 0
    tables = {t["table"]: t["count"] for t in json.loads(r.stdout)}
    assert tables["articles"] == 1 and "events_fts" in tables


def test_export_pdf_and_png_offscreen(tmp_path):
    import importlib.util
    if importlib.util.find_spec("timeline_app.ui.printing") is None:
        pytest.skip("timeline_app.ui.printing (PRINT) not there yet")
    db = str(tmp_path / "lib.db")
    assert run_cli("--db", db, "ingest", str(SEED), "--published", "2024-03-15").returncode == 0
    env = {"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ""}
    r = run_cli("--db", db, "export", str(tmp_path / "out.pdf"), env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    r = run_cli("--db", db, "export", str(tmp_path / "out.png"), "--from", "2024-01-01", env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.png").read_bytes().startswith(b"\x89PNG")


def test_an_unexpected_error_is_one_line(tmp_path, capsys, monkeypatch):
    import timeline_app.cli as cli

    def broken(args):
        raise RuntimeError("something odd")

    monkeypatch.setitem(cli.HANDLERS, "events", broken)
    monkeypatch.delenv("TIMELINE_APP_DEBUG", raising=False)
    assert main(["--db", str(tmp_path / "lib.db"), "events"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError: something odd" in err


def test_scorer_contract_fields(capsys):
    """The fields the scoring tools read from ``extract --json`` are present with the right types."""
    assert main(["extract", str(SEED), "--json", "--published", "2024-03-15"]) == 0
    rec = json.loads(capsys.readouterr().out)
    for t in rec["timexes"]:
        assert {"start", "end", "text", "type", "value", "granularity", "mod", "calendar", "start_date",
                "end_date"} <= set(t)
    for a in rec["attributions"]:
        assert {"source", "source_start", "source_end", "cue", "cue_start", "cue_end", "claim_start", "claim_end",
                "source_type"} <= set(a)
    for e in rec["events"]:
        assert {"title", "start", "end", "start_date", "end_date", "granularity", "timex", "attributions", "actors",
                "places", "confidence"} <= set(e)


def test_desktop_install_and_uninstall_through_the_cli(tmp_path, capsys, monkeypatch):
    """``timeline-app desktop install|uninstall`` (README) is dispatched by cli.main and opens no library."""
    monkeypatch.setenv("TIMELINE_APP_DB", str(tmp_path / "never.db"))
    base = tmp_path / "share"
    entry = base / "applications" / "timeline-app.desktop"
    assert main(["desktop", "install", "--data-home", str(base)]) == 0
    out = capsys.readouterr().out
    assert f"wrote    {entry}" in out.splitlines()
    assert entry.exists() and "Exec=" in entry.read_text(encoding="utf-8")
    assert (base / "mime" / "packages" / "timeline-app.xml").exists()
    assert main(["desktop", "uninstall", "--data-home", str(base)]) == 0
    assert f"removed  {entry}" in capsys.readouterr().out.splitlines()
    assert not entry.exists()
    assert main(["desktop", "uninstall", "--data-home", str(base)]) == 0
    assert "nothing to remove" in capsys.readouterr().out
    assert main(["desktop", "reinstall"]) == 2  # argparse: not one of install|uninstall
    assert "invalid choice" in capsys.readouterr().err
    assert not (tmp_path / "never.db").exists()
