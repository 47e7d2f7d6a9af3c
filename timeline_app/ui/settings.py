"""Every setting of the app, declared once with its type and default, stored through QSettings.

Use ``Settings()`` (the user's settings file) or ``Settings(QSettings(path, QSettings.IniFormat))`` in tests, then
read and write plain attributes: ``s.digits = "arabic"``; ``s.recent_libraries``. Nowhere else calls
``QSettings().value(...)``. A stored value of the wrong type (an old or hand-edited file) reads as the default.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

CALENDAR_FAMILIES = ("levant", "egypt", "maghreb")
DIGITS = ("western", "arabic")
LANGUAGES = ("", "ar", "en")           # "" follows the system locale
COLOR_BY = ("outlet", "article", "none")
MAX_RECENT = 8
ORGANIZATION = "timeline-app"   # QSettings' organization name (with timeline_app.APP_NAME): the settings file
#: Bumped when a stored key changes meaning; ``Settings.upgrade()`` converts older files.
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: Any
    choices: tuple | None = None

    def __set_name__(self, owner, name):
        owner._declared = {**getattr(owner, "_declared", {}), name: self}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.get(self)

    def __set__(self, obj, value):
        obj.set(self, value)


def _convert(setting: Setting, raw: Any) -> Any:
    """Turn what QSettings returns (str from ini files, lists, QByteArray) into the declared type, or raise."""
    t = setting.type
    if t is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.lower() in ("true", "false", "1", "0"):
            return raw.lower() in ("true", "1")
        if isinstance(raw, int):
            return bool(raw)
        raise ValueError(raw)
    if t is int:
        return int(raw)
    if t is float:
        return float(raw)
    if t is str:
        if not isinstance(raw, str):
            raise ValueError(raw)
        if setting.choices is not None and raw not in setting.choices:
            raise ValueError(raw)
        return raw
    if t is list:
        if raw is None or raw == "":
            return []
        if isinstance(raw, str):
            return [raw]
        return [str(x) for x in raw]
    if t is QByteArray:
        if isinstance(raw, (QByteArray, bytes)):
            return QByteArray(raw)
        raise ValueError(raw)
    raise TypeError(f"unsupported setting type {t}")


class Settings:
    """The app's settings. Attribute access reads/writes QSettings immediately."""

    _declared: dict[str, Setting]

    # window
    window_geometry = Setting("window/geometry", QByteArray, QByteArray())
    window_state = Setting("window/state", QByteArray, QByteArray())
    main_splitter = Setting("window/main_splitter", QByteArray, QByteArray())   # (timeline+table) | side panel
    view_splitter = Setting("window/view_splitter", QByteArray, QByteArray())   # timeline / table
    # libraries
    last_library = Setting("library/last", str, "")
    recent_libraries = Setting("library/recent", list, [])
    last_import_dir = Setting("library/last_import_dir", str, "")
    # timeline display
    calendar_family = Setting("view/calendar_family", str, "levant", CALENDAR_FAMILIES)
    digits = Setting("view/digits", str, "western", DIGITS)
    hijri_axis = Setting("view/hijri_axis", bool, False)
    color_by = Setting("view/color_by", str, "outlet", COLOR_BY)
    # interface
    language = Setting("ui/language", str, "", LANGUAGES)

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings if qsettings is not None else QSettings()
        self.upgrade()

    @classmethod
    def declared(cls) -> dict[str, Setting]:
        return dict(cls._declared)

    def get(self, setting: Setting) -> Any:
        raw = self.q.value(setting.key, None)
        if raw is None:
            return _copy(setting.default)
        try:
            return _convert(setting, raw)
        except (ValueError, TypeError):
            return _copy(setting.default)

    def set(self, setting: Setting, value: Any) -> None:
        value = _convert(setting, value)  # refuse a wrong type or choice at the point of writing
        self.q.setValue(setting.key, value)

    def reset(self, name: str) -> None:
        self.q.remove(self._declared[name].key)

    def sync(self) -> None:
        self.q.sync()

    def upgrade(self) -> None:
        """Convert settings files written by older versions (none yet: record the version)."""
        stored = self.q.value("meta/version", 0)
        try:
            stored = int(stored)
        except (TypeError, ValueError):
            stored = 0
        if stored < SETTINGS_VERSION:
            self.q.setValue("meta/version", SETTINGS_VERSION)

    def add_recent_library(self, path: str) -> list[str]:
        """Put ``path`` first in the recent list (no duplicates, at most MAX_RECENT) and remember it as last."""
        recent = [p for p in self.recent_libraries if p != path]
        recent.insert(0, path)
        self.recent_libraries = recent[:MAX_RECENT]
        self.last_library = path
        return self.recent_libraries


def user_qsettings() -> QSettings:
    """The user's settings file by name (the GUI sets the application's names; a CLI run has none)."""
    from timeline_app import APP_NAME
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


def _copy(value):
    if isinstance(value, list):
        return list(value)
    if isinstance(value, QByteArray):
        return QByteArray(value)
    return value
