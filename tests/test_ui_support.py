"""Helpers shared by the workspace UI tests (tests/test_ui_*.py import them); the checks at the end cover the helpers.

Windows are not shown: the offscreen platform warns "does not support propagateSizeHints()" for any shown top-level
window with a layout, and Qt warnings fail tests. Everything tested here works on hidden widgets; the real start-up is
tested in a subprocess under Xvfb (test_ui_app.py).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "sample" / "seed-article.txt"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture
def settings(tmp_path):
    from timeline_app.ui.settings import Settings
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def english(qapp):
    """Run in English and come back to English afterwards (the language is application-wide)."""
    from timeline_app.ui.fonts import install_fonts
    from timeline_app.ui.i18n import language_manager
    install_fonts()
    language_manager(qapp).set_language("en")
    yield
    language_manager(qapp).set_language("en")


@pytest.fixture
def arabic(qapp):
    """Run in Arabic and come back to English afterwards (the language is application-wide)."""
    from timeline_app.ui.fonts import install_fonts
    from timeline_app.ui.i18n import language_manager
    install_fonts()
    language_manager(qapp).set_language("ar")
    yield
    language_manager(qapp).set_language("en")


@pytest.fixture
def seed_library(tmp_path) -> Path:
    """A library holding the bundled seed article (extracted by the real pipeline)."""
    from timeline_app.model.library import ensure_default_library
    return ensure_default_library(tmp_path / "seed.db")


def seed_copy(folder: Path, mtime: dt.date | None = None, name: str = "seed.txt") -> Path:
    """The seed article as a plain file (the file's date is the guessed publication date when no dateline)."""
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    shutil.copyfile(SEED, p)
    if mtime is not None:
        ts = dt.datetime(mtime.year, mtime.month, mtime.day, 12).timestamp()
        os.utime(p, (ts, ts))
    return p


def make_window(qtbot, settings, library: Path | None = None, sync_ingest: bool = False):
    from timeline_app.ui.main_window import MainWindow
    w = MainWindow(settings, run_ingest_sync=sync_ingest)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    if library is not None:
        assert w.open_library(library), w.message_bar.text()
    settle(w)
    return w


def settle(w) -> None:
    """Let the background reads (timeline arrays, filter choices) finish and their results arrive."""
    w.wait_background()


def event_ids_where(w, predicate) -> list[int]:
    out = []
    for row in range(w.model.rowCount()):
        d = w.model.row_data(row)
        if d is not None and predicate(d):
            out.append(int(d["id"]))
    return out


def oman_talks_event(w) -> int:
    """The seed's talks in Oman («العاشر من يناير الماضي», 2024-01-10)."""
    ids = event_ids_where(w, lambda d: "العاشر" in (d.get("date_text") or ""))
    assert ids, "the seed's Oman talks event is missing"
    return ids[0]


def test_seed_copy_sets_the_file_date(tmp_path):
    p = seed_copy(tmp_path, dt.date(2025, 6, 1))
    assert dt.date.fromtimestamp(p.stat().st_mtime) == dt.date(2025, 6, 1)
    assert p.read_bytes() == SEED.read_bytes()


def test_make_window_opens_the_seed_library(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    assert w.store is not None and w.model.rowCount() > 0
    assert oman_talks_event(w) in set(int(i) for i in w.model.event_ids())
