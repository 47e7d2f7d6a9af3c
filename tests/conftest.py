"""Shared test set-up: offscreen Qt with the bundled fonts, Qt warnings fail tests (pytest.ini), temp libraries."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fresh machine has no fonts: point Qt at the bundled ones so nothing draws as boxes and Qt does not warn.
os.environ.setdefault("QT_QPA_FONTDIR", str(ROOT / "resources" / "fonts"))
# Never touch the user's real library or settings from a test.
os.environ.setdefault("XDG_DATA_HOME", str(ROOT / ".pytest_cache" / "xdg-data"))
os.environ.setdefault("XDG_CONFIG_HOME", str(ROOT / ".pytest_cache" / "xdg-config"))

SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
BENCH_CORPUS = SHARED / "corpus" / "bench"
SEED = ROOT / "resources" / "sample" / "seed-article.txt"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def dev_available() -> bool:
    return (DEV_CORPUS / "gold.jsonl").exists()


needs_dev = pytest.mark.skipif(not dev_available(), reason="../shared/corpus/dev not present")
