"""Load the bundled fonts (a bare machine has no Arabic font, so text would draw as boxes).

Call ``install_fonts()`` once a QApplication exists; it is idempotent and returns the families it made available.
"""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from timeline_app.resources import resource_path

log = logging.getLogger(__name__)

UI_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"
_loaded: list[str] | None = None


def install_fonts(set_default: bool = True) -> list[str]:
    """Register every .ttf/.otf under resources/fonts with Qt; make Noto Sans (falling back to Noto Sans Arabic
    for Arabic script) the application font. Unreadable font files are logged and skipped."""
    global _loaded
    if QGuiApplication.instance() is None:
        raise RuntimeError("install_fonts() needs a QGuiApplication")
    if _loaded is None:
        families: list[str] = []
        folder = resource_path("fonts")
        for path in sorted(list(folder.glob("*.ttf")) + list(folder.glob("*.otf"))):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("could not load font %s", path)
                continue
            for fam in QFontDatabase.applicationFontFamilies(font_id):
                if fam not in families:
                    families.append(fam)
        _loaded = families
    if set_default:
        font = QFont(QGuiApplication.font())
        available = set(QFontDatabase.families())
        chain = [f for f in (UI_FAMILY, ARABIC_FAMILY) if f in available]
        if chain:
            font.setFamilies(chain)
            QGuiApplication.setFont(font)
    return list(_loaded)


def arabic_font(point_size: float | None = None) -> QFont:
    """A font for running Arabic text (the article reader, labels): Noto Sans Arabic, then Noto Sans."""
    font = QFont(QGuiApplication.font())
    font.setFamilies([ARABIC_FAMILY, UI_FAMILY])
    if point_size:
        font.setPointSizeF(point_size)
    return font
