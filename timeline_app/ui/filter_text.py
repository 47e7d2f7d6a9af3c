"""The event filter in words of the interface language, for the filter bar's summary and the printed header.

``EventFilter.describe()`` (model, no Qt) stays English for the CLI; this is the translated one. Every field of the
filter is covered: search text, date range, articles, outlets, actors, places, minimum confidence, undated, deleted.

``describe_filter(f)`` uses the installed translators (the interface language). The printed document is Arabic
whatever the interface language, and the CLI installs no translator at all, so printing passes
``document_translator()``: the app's Arabic catalogue read directly.
"""
from __future__ import annotations

import datetime as dt
import threading
from typing import Callable

from PySide6.QtCore import QCoreApplication, QTranslator

from timeline_app.model.filters import EventFilter

CONTEXT = "FilterText"
Translate = Callable[[str], str]


def ui_translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_filter(f: EventFilter | None, tr: Translate | None = None,
                    date_text: Callable[[dt.date], str] | None = None,
                    number: Callable[[str], str] | None = None,
                    article_names: dict[int, str] | None = None, all_text: bool = True) -> str:
    """``f`` in words: «“غزة”؛ من 1 كانون الثاني 2024 إلى …؛ الوسيلة: …». ``tr`` translates a source string
    (default: the interface language); ``date_text`` writes a date (default ISO); ``number`` writes digits (default
    as is); ``article_names`` gives the titles of the filter's articles (one article is named, several counted).
    An empty filter reads «all events», or "" with ``all_text=False``."""
    t = tr or ui_translate
    date_text = date_text or (lambda d: d.isoformat())
    number = number or (lambda s: s)
    f = f or EventFilter()
    parts: list[str] = []
    if f.text and f.text.strip():
        parts.append(t("“%1”").replace("%1", _isolate(f.text.strip())))
    if f.date_from and f.date_to:
        parts.append(t("%1 to %2").replace("%1", date_text(f.date_from)).replace("%2", date_text(f.date_to)))
    elif f.date_from:
        parts.append(t("from %1").replace("%1", date_text(f.date_from)))
    elif f.date_to:
        parts.append(t("until %1").replace("%1", date_text(f.date_to)))
    if f.article_ids:
        names = article_names or {}
        if len(f.article_ids) == 1:
            aid = int(f.article_ids[0])
            name = names.get(aid) or t("article %1").replace("%1", number(str(aid)))
            parts.append(t("article: %1").replace("%1", _isolate(name)))
        else:
            parts.append(t("%1 articles").replace("%1", number(str(len(f.article_ids)))))
    sep = t(", ")
    for one, many, values in (("outlet: %1", "outlets: %1", f.outlets), ("actor: %1", "actors: %1", f.actors),
                              ("place: %1", "places: %1", f.places)):
        if values:
            parts.append(t(one if len(values) == 1 else many).replace("%1", sep.join(map(_isolate, values))))
    if f.min_confidence is not None:
        value = number(f"{f.min_confidence:g}")
        parts.append(t("confidence ≥ %1").replace("%1", value))
    if not f.include_undated:
        parts.append(t("dated events only"))
    if f.include_deleted:
        parts.append(t("deleted events included"))
    if not parts:
        return t("all events") if all_text else ""
    return t("; ").join(parts)


def _isolate(text: str) -> str:
    """A name in a bidi isolate: a Latin outlet or a title ending in digits never reorders the words around it."""
    return "\u2068" + text + "\u2069"


# lupdate reads string literals in translate() calls only; the strings above go through a variable, so they are
# listed here once for the catalogue (never called).
def _catalogue() -> None:  # pragma: no cover
    QCoreApplication.translate("FilterText", "outlet: %1")
    QCoreApplication.translate("FilterText", "outlets: %1")
    QCoreApplication.translate("FilterText", "actor: %1")
    QCoreApplication.translate("FilterText", "actors: %1")
    QCoreApplication.translate("FilterText", "place: %1")
    QCoreApplication.translate("FilterText", "places: %1")
    QCoreApplication.translate("FilterText", "“%1”")
    QCoreApplication.translate("FilterText", "%1 to %2")
    QCoreApplication.translate("FilterText", "from %1")
    QCoreApplication.translate("FilterText", "until %1")
    QCoreApplication.translate("FilterText", "article %1")
    QCoreApplication.translate("FilterText", "article: %1")
    QCoreApplication.translate("FilterText", "%1 articles")
    QCoreApplication.translate("FilterText", ", ")
    QCoreApplication.translate("FilterText", "confidence ≥ %1")
    QCoreApplication.translate("FilterText", "dated events only")
    QCoreApplication.translate("FilterText", "deleted events included")
    QCoreApplication.translate("FilterText", "all events")
    QCoreApplication.translate("FilterText", "; ")


_local = threading.local()


def document_translator(language: str = "ar") -> Translate:
    """A translate function reading the app's catalogue for ``language`` directly (not the installed translators);
    one QTranslator per thread (a PDF export runs on a pool thread). Falls back to the interface language."""
    cache = getattr(_local, "translators", None)
    if cache is None:
        cache = _local.translators = {}
    translator = cache.get(language)
    if translator is None:
        from timeline_app.ui.i18n import TRANSLATIONS_DIR
        translator = QTranslator()
        if not translator.load(f"timeline_app_{language}", str(TRANSLATIONS_DIR)):
            translator = False
        cache[language] = translator
    if translator is False:
        return ui_translate

    def tr(text: str) -> str:
        return translator.translate(CONTEXT, text) or text
    return tr
