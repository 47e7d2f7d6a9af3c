"""Interface language: Arabic or English, following the system locale unless the user picked one; switchable at run
time. Loads the app's compiled translations (resources/translations/timeline_app_<lang>.qm) and Qt's own (qtbase_ar.qm,
for the standard dialogs' buttons), and mirrors the whole layout for Arabic.

Installing or removing a QTranslator makes Qt send every widget a LanguageChange event; widgets re-set their texts
in ``changeEvent`` (see ``retranslate`` methods across ui/).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from timeline_app.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("ar", "en")
RTL_LANGUAGES = ("ar",)
TRANSLATIONS_DIR = resource_path("translations")


def system_language() -> str:
    """'ar' when the system locale is Arabic, else 'en'."""
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def resolve_language(choice: str | None) -> str:
    """The language to use for a setting value ('' = follow the system)."""
    return choice if choice in LANGUAGES else system_language()


class LanguageManager(QObject):
    """Owns the installed translators. One per application (``language_manager()``)."""

    languageChanged = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []

    def set_language(self, choice: str | None) -> str:
        lang = resolve_language(choice)
        for t in self._translators:
            self.app.removeTranslator(t)
        self._translators = []
        app_tr = QTranslator(self)
        # English needs one too: a few source strings (the event table's headers) are written in Arabic
        if app_tr.load(f"timeline_app_{lang}", str(TRANSLATIONS_DIR)):
            self._translators.append(app_tr)
        else:
            log.warning("no translations for %s in %s", lang, TRANSLATIONS_DIR)
        if lang != "en":
            qt_tr = QTranslator(self)
            if qt_tr.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt_tr)
        for t in self._translators:
            self.app.installTranslator(t)
        QLocale.setDefault(QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English,
                                   QLocale.Country.AnyCountry if lang == "ar" else QLocale.Country.UnitedStates))
        if isinstance(self.app, QApplication):
            self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES
                                        else Qt.LayoutDirection.LeftToRight)
        changed = lang != self.language
        self.language = lang  # before the widgets retranslate: they may ask current_language()/is_rtl()
        # the LanguageChange events Qt posted to every widget: deliver them now, so the switch is complete on return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if changed:
            self.languageChanged.emit(lang)
        return lang


def language_manager(app: QCoreApplication | None = None) -> LanguageManager:
    app = app or QCoreApplication.instance()
    mgr = app.findChild(LanguageManager)
    if mgr is None:
        mgr = LanguageManager(app)
    return mgr


def current_language() -> str:
    app = QCoreApplication.instance()
    mgr = app.findChild(LanguageManager) if app else None
    return mgr.language if mgr else "en"


def is_rtl() -> bool:
    return current_language() in RTL_LANGUAGES
