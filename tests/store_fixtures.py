"""Set-up shared by the store, ingest and CLI tests (STORE's helper module; tests/conftest.py is the lead's).

Import what a test module uses: ``from store_fixtures import lib, write_mixed_inputs`` (pytest puts tests/ on
the import path; a fixture imported into a test module is registered there).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.model.store import Store


@pytest.fixture
def lib(tmp_path):
    """A fresh library in the test's temporary folder, closed afterwards."""
    s = Store(tmp_path / "lib.db")
    yield s
    s.close()


def write_mixed_inputs(folder: Path, arabic: str) -> dict[str, Path]:
    """The issue's mixed batch: ``arabic`` saved as Windows-1256 (must be ingested, decoded right), a binary file
    and an empty one (each must fail by name). Returns {"good", "binary", "empty"} -> path."""
    paths = {"good": folder / "arabic.txt", "binary": folder / "blob.txt", "empty": folder / "empty.txt"}
    paths["good"].write_bytes(arabic.encode("cp1256"))
    paths["binary"].write_bytes(b"\x00\xff\x01\x02" * 64)
    paths["empty"].write_bytes(b"")
    return paths
