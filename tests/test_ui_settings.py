"""Settings: each declared once with type and default, read back typed, wrong stored values fall back to the default."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from test_ui_support import settings  # noqa: F401
from timeline_app.ui.settings import MAX_RECENT, Settings


def test_every_setting_is_declared_once_with_a_default_of_its_type(settings):
    declared = Settings.declared()
    keys = [s.key for s in declared.values()]
    assert len(keys) == len(set(keys))
    for name in ("window_geometry", "window_state", "main_splitter", "view_splitter", "last_library",
                 "recent_libraries", "calendar_family", "digits", "hijri_axis", "language", "color_by"):
        assert name in declared
    for name, s in declared.items():
        value = getattr(settings, name)
        assert isinstance(value, s.type), name
        assert value == s.default
        if s.choices:
            assert s.default in s.choices


def test_values_persist_typed_across_instances(tmp_path):
    path = str(tmp_path / "s.ini")
    a = Settings(QSettings(path, QSettings.Format.IniFormat))
    a.digits = "arabic"
    a.hijri_axis = True
    a.language = "ar"
    a.window_geometry = QByteArray(b"\x01\x02\x03")
    a.recent_libraries = ["/one.db"]
    a.sync()
    b = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert b.digits == "arabic" and b.hijri_axis is True and b.language == "ar"
    assert bytes(b.window_geometry) == b"\x01\x02\x03"
    assert b.recent_libraries == ["/one.db"]


def test_bad_stored_values_read_as_default_and_bad_writes_are_refused(tmp_path):
    path = str(tmp_path / "s.ini")
    q = QSettings(path, QSettings.Format.IniFormat)
    q.setValue("view/digits", "roman")
    q.setValue("view/hijri_axis", "maybe")
    q.sync()
    s = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert s.digits == "western" and s.hijri_axis is False
    with pytest.raises(ValueError):
        s.calendar_family = "martian"
    assert s.calendar_family == "levant"


def test_recent_libraries_most_recent_first_without_duplicates(settings):
    for i in range(MAX_RECENT + 3):
        settings.add_recent_library(f"/lib{i}.db")
    settings.add_recent_library("/lib5.db")
    recent = settings.recent_libraries
    assert recent[0] == "/lib5.db" and len(recent) == MAX_RECENT and len(set(recent)) == MAX_RECENT
    assert settings.last_library == "/lib5.db"
