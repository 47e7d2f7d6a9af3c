"""The printed document speaks the reader's words: the filter in Arabic (every EventFilter field), the month names
and digits the user chose for the screen, whichever route prints it (Export PDF from the window, the preview)."""
from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from test_print import _pdf_text, small_store  # noqa: F401  (fixture)
from test_ui_support import english, make_window, seed_library, settings  # noqa: F401
from timeline_app.model.filters import EventFilter
from timeline_app.ui.filter_text import describe_filter, document_translator
from timeline_app.ui.print_data import DateWords

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

EVERYTHING = EventFilter(text="غزة", date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 3, 31), article_ids=[3, 7],
                         outlets=["Reuters", "الجزيرة"], actors=["حماس"], places=["القاهرة"], min_confidence=0.5,
                         include_undated=False, include_deleted=True)

ISOLATES = re.compile("[\u2066-\u2069]")


def test_every_filter_field_has_arabic_words(qapp):
    words = DateWords("levant", "arabic")
    text = ISOLATES.sub("", describe_filter(EVERYTHING, document_translator(), date_text=words.date,
                                            number=words.num))
    assert text == ("«غزة»؛ من ١ كانون الثاني ٢٠٢٤ إلى ٣١ آذار ٢٠٢٤؛ مقالات مختارة: ٢؛ الوسائل: Reuters، الجزيرة؛ "
                    "الفاعل: حماس؛ المكان: القاهرة؛ الثقة ≥ ٠٫٥؛ الأحداث المؤرَّخة فقط؛ مع الأحداث المحذوفة")
    assert ISOLATES.sub("", describe_filter(EventFilter(), document_translator())) == "كل الأحداث"
    one = EventFilter(article_ids=[3], date_to=dt.date(2024, 1, 1))
    assert ISOLATES.sub("", describe_filter(one, document_translator(), article_names={3: "بيان الخارجية"})) == \
        "حتى 2024-01-01؛ المقال: بيان الخارجية"


def test_the_document_is_arabic_whatever_the_interface_language(qapp, english):
    """English interface: the filter bar speaks English, the printed header (an Arabic document) Arabic."""
    assert describe_filter(EventFilter(include_deleted=True)) == "deleted events included"
    assert describe_filter(EventFilter(include_deleted=True), document_translator()) == "مع الأحداث المحذوفة"
    assert "confidence ≥ 0.5" in describe_filter(EventFilter(min_confidence=0.5))


def test_the_filter_bar_summary_follows_the_interface_language(qtbot, settings, seed_library, english):
    from timeline_app.ui.i18n import language_manager
    w = make_window(qtbot, settings, seed_library)
    w.filter_bar.set_filter(EventFilter(min_confidence=0.5, include_undated=False))
    assert "confidence ≥ 0.5" in w.filter_bar.summary.text() and "dated events only" in w.filter_bar.summary.text()
    language_manager().set_language("ar")
    try:
        summary = w.filter_bar.summary.text()
        assert "الثقة ≥ 0.5" in summary and "الأحداث المؤرَّخة فقط" in summary and "؛" in summary
        assert not re.search("[A-Za-z]", summary)
    finally:
        language_manager().set_language("en")


@needs_poppler
@pytest.mark.parametrize("family,digits,resolved,absent", [
    ("maghreb", "arabic", "١٠جانفي٢٠٢٤", "كانون"),
    ("levant", "western", "10كانونالثاني2024", "جانفي"),
    ("egypt", "western", "10يناير2024", "كانون"),
])
def test_export_pdf_from_the_window_uses_the_screens_month_names_and_digits(qtbot, settings, seed_library, english,
                                                                           tmp_path, family, digits, resolved, absent):
    """The seed's talks in Oman (2024-01-10) in the event list, the header's range, the timeline's ruler: all in the
    family and digits of the screen (the article's own words, «العاشر من يناير», stay as written)."""
    w = make_window(qtbot, settings, seed_library)
    w.set_calendar_family(family)
    w.set_digits(digits)
    out = tmp_path / "out.pdf"
    task = w.print_actions.export_pdf(str(out))
    assert task is not None
    with qtbot.waitSignal(task.signals.done, timeout=30000):  # queued to this thread: cannot be missed
        pass
    text = re.sub(r"\s+", "", _pdf_text(out))
    assert resolved in text and absent not in text
    if digits == "arabic":
        assert "صفحة١من" in text and not re.search(r"20\d\d", text)
    else:
        assert "صفحة1من" in text and "٢٠٢٤" not in text
    assert "التصفية:كلالأحداث" in text


def test_preview_uses_the_words_it_is_given(qtbot, small_store):  # noqa: F811
    """The preview and the print dialog paint what export_pdf writes; the words reach the document's data."""
    from timeline_app.ui.print_data import gather
    data = gather(small_store, None, None, DateWords("maghreb", "arabic"))
    assert data.range_text() == "من ١٠ جانفي ٢٠٢٤ إلى ١٠ فيفري ٢٠٢٤"
    assert data.events[0].resolved == "١٠ جانفي ٢٠٢٤"
    assert data.words.family == "maghreb"


@needs_poppler
def test_strip_captions_count_in_arabic(qapp, small_store, tmp_path):  # noqa: F811
    from timeline_app.ui.printing import export_pdf
    out = tmp_path / "c.pdf"
    export_pdf(small_store, out, words=DateWords("egypt"))
    text = re.sub(r"\s+", "", _pdf_text(out))
    # (pdftotext reorders digits in right-to-left lines: the counts are checked on their own)
    assert "حدثان" in text and "حدثواحد" in text          # a week of two events, one of one


def test_without_a_window_the_user_settings_file_gives_the_words(tmp_path):
    """`timeline-app export` (no window, no application names): the month names and digits the user chose in the
    app's View menu, read from the app's settings file."""
    import os
    import subprocess
    import sys
    conf = tmp_path / "cfg" / "timeline-app"
    conf.mkdir(parents=True)
    (conf / "timeline-app.conf").write_text("[view]\ncalendar_family=maghreb\ndigits=arabic\n", encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "QT_QPA_PLATFORM": "offscreen"}
    code = ("from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
            "from timeline_app.ui.printing import user_words; w = user_words(); print(w.family, w.digits)")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["maghreb", "arabic"], out.stderr
