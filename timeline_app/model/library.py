"""Where the user's library lives, and creating it on first run (no Qt).

Precedence: an explicit path (the CLI's ``--db``) > the ``TIMELINE_APP_DB`` environment variable > the platform's
user data folder: ``$XDG_DATA_HOME/timeline-app/library.db`` (default ``~/.local/share/...``) on Linux,
``~/Library/Application Support/timeline-app/library.db`` on macOS, ``%LOCALAPPDATA%\\timeline-app\\library.db`` on
Windows.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from timeline_app import APP_NAME
from timeline_app.model.readers import read_sample
from timeline_app.model.store import Store

ENV_VAR = "TIMELINE_APP_DB"
FILENAME = "library.db"


def user_data_dir() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or ""
    return (Path(base) if base.strip() and Path(base).is_absolute() else Path.home() / ".local" / "share") / APP_NAME


def default_library_path() -> Path:
    """The library to open when none is given: ``$TIMELINE_APP_DB`` if set, else the user data folder's."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return user_data_dir() / FILENAME


def resolve_library_path(explicit: str | os.PathLike | None = None) -> Path:
    return Path(explicit).expanduser() if explicit else default_library_path()


def ensure_default_library(path: str | os.PathLike | None = None) -> Path:
    """Create the library (default location unless ``path``) if it does not exist yet, seeded with the bundled
    sample article, and return its path. An existing library is opened (and migrated) but not re-seeded."""
    target = resolve_library_path(path)
    fresh = not (target.exists() and target.stat().st_size > 0)
    with Store.open(target) as store:
        if fresh and store.article_count() == 0:
            seed_sample(store)
    return target


def seed_sample(store: Store) -> tuple[str, int]:
    from timeline_app.resources import SAMPLE_ARTICLE
    return store.add_article(read_sample(SAMPLE_ARTICLE))
