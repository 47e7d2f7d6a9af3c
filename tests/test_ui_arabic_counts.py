"""Counted things read as Arabic counts them (Qt's six plural forms: 0, 1, 2, 3–10, 11–99, 100+), in the window's
status line, the export message and the printed document's captions, instead of «1 مقالات» or «11 أحداث»."""
from __future__ import annotations

import pytest

from test_ui_support import arabic, english, make_window, seed_library, settings  # noqa: F401
from timeline_app.ui.print_data import EVENTS, MONTHS_COUNT, DateWords


@pytest.mark.parametrize("n,expected", [(0, "لا أحداث"), (1, "حدث واحد"), (2, "حدثان"), (3, "3 أحداث"),
                                        (10, "10 أحداث"), (11, "11 حدثًا"), (99, "99 حدثًا"), (100, "100 حدث"),
                                        (103, "103 أحداث"), (111, "111 حدثًا")])
def test_arabic_counts(n, expected):
    assert DateWords().count(n, EVENTS) == expected


def test_counts_use_the_chosen_digits():
    assert DateWords("levant", "arabic").count(9, MONTHS_COUNT) == "٩ أشهر"


def test_status_line_counts_in_arabic_and_english(qtbot, settings, seed_library, arabic):
    w = make_window(qtbot, settings, seed_library)
    n = w.model.rowCount()
    assert 3 <= n <= 99
    shown = "أحداث معروضة" if n <= 10 else "حدثًا معروضًا"   # Arabic plural: 3-10 a few, 11-99 many
    assert w.status_label.text().startswith(f"{n} {shown} · مقال واحد · ")
    from timeline_app.ui.i18n import language_manager
    language_manager().set_language("en")
    assert w.status_label.text().startswith(f"{n} events shown · 1 article · ")


def test_export_message_counts_pages_in_arabic(qtbot, settings, seed_library, arabic, tmp_path):
    w = make_window(qtbot, settings, seed_library)
    task = w.print_actions.export_pdf(str(tmp_path / "out.pdf"))
    with qtbot.waitSignal(task.signals.done, timeout=30000) as blocker:
        pass
    pages = blocker.args[1]
    assert pages == 2
    assert w.message_bar.text().startswith("صُدّرت صفحتان إلى ")
