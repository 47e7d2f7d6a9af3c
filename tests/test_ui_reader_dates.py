"""Dates in the reader's words across the workspace: the date editor writes the month names and digits chosen in
View › Month Names/Digits and explains a bad date in the interface language; the side panel writes the resolved and
publication dates like the timeline does in the Arabic interface (ISO in English)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from test_ui_support import arabic, english, make_window, oman_talks_event, seed_library, settings  # noqa: F401
from timeline_app.ui.date_editor import DateEditorDialog, DateSpec, resolve_spec


@pytest.mark.parametrize("family,digits,expected", [
    ("levant", "western", "منتصف كانون الثاني 2024"),
    ("maghreb", "arabic", "منتصف جانفي ٢٠٢٤"),
    ("egypt", "western", "منتصف يناير 2024"),
])
def test_the_date_as_written_uses_the_readers_month_names_and_digits(family, digits, expected):
    v = resolve_spec(DateSpec(precision="part", year=2024, month=1, part="MID"), family, digits)
    assert v.date_text == expected and v.start_date.isoformat() == "2024-01-11"


def test_the_editor_lists_the_readers_month_names_and_explains_errors_in_arabic(qtbot, arabic):
    dlg = DateEditorDialog(DateSpec(precision="day", year=2024, month=2, day=30), None, "levant", "western")
    qtbot.addWidget(dlg)
    assert dlg.first.month.itemText(1) == "2 – شباط"
    assert dlg.error.text() == "لا يوجد هذا اليوم في هذا الشهر."          # 30 February
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dlg.first.day.setValue(28)
    assert dlg.error.text() == "" and "28 شباط 2024" in dlg.preview.text()
    dlg.precision.setCurrentIndex(4)                                      # a range ending before it starts
    dlg.last.set_values(2024, 1, 1)
    assert dlg.error.text() == "آخر يوم يسبق أول يوم."
    dlg.precision.setCurrentIndex(0)
    dlg.calendar.setCurrentIndex(1)                                       # Hijri
    dlg.first.year.setValue(1200)
    assert "1343" in dlg.error.text() and "هجري" in dlg.error.text()


def test_the_editor_explains_errors_in_english_too(qtbot, english):
    dlg = DateEditorDialog(DateSpec(precision="day", year=2023, month=2, day=29), None)
    qtbot.addWidget(dlg)
    assert dlg.error.text() == "This month has no such day."


def test_the_side_panel_writes_dates_like_the_timeline_in_arabic(qtbot, settings, seed_library, arabic):
    w = make_window(qtbot, settings, seed_library)
    eid = oman_talks_event(w)
    w.select_event(eid)
    assert "10 كانون الثاني 2024" in w.side_panel.event_date.text()       # the default family: levant
    assert "15 آذار 2024" in w.side_panel.article_meta.text()
    w.set_calendar_family("egypt")
    w.set_digits("arabic")
    assert "١٠ يناير ٢٠٢٤" in w.side_panel.event_date.text()
    assert "١٥ مارس ٢٠٢٤" in w.side_panel.article_meta.text()
    from timeline_app.ui.i18n import language_manager
    language_manager().set_language("en")                                  # English: ISO dates
    assert "2024-01-10" in w.side_panel.event_date.text() and "2024-03-15" in w.side_panel.article_meta.text()


def test_number_fields_and_the_publication_calendar_follow_the_readers_settings(qtbot, arabic, monkeypatch):
    from PySide6.QtWidgets import QCalendarWidget, QDialog, QWidget

    from timeline_app.ui import curation
    dlg = DateEditorDialog(DateSpec(precision="day", year=2024, month=3, day=5), None, "levant", "arabic")
    qtbot.addWidget(dlg)
    assert dlg.first.year.text() == "٢٠٢٤" and dlg.first.month.currentText() == "٣ – آذار"
    western = DateEditorDialog(DateSpec(precision="day", year=2024, month=3, day=5), None, "maghreb", "western")
    qtbot.addWidget(western)
    assert western.first.year.text() == "2024" and western.first.month.currentText() == "3 – مارس"

    class Parent(QWidget):
        class settings:
            calendar_family, digits = "levant", "western"

    seen = {}

    def fake_exec(dialog):
        cal = dialog.findChild(QCalendarWidget)
        seen["month"] = cal.locale().monthName(3)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    parent = Parent()
    qtbot.addWidget(parent)
    assert curation.ask_published(parent, {"published": "2024-03-15"}) is None
    assert seen["month"] == "آذار"


def test_a_reported_event_says_it_has_no_date_of_its_own(qtbot, settings, seed_library, arabic):
    w = make_window(qtbot, settings, seed_library)
    rows = w.store.conn.execute("SELECT id FROM events WHERE mod = 'ON_OR_BEFORE' AND date_text IS NULL").fetchall()
    assert rows, "the seed article reports undated happenings («طهران هي من طلبت عقد الاجتماع»)"
    w.select_event(rows[0][0])
    shown = w.side_panel.event_date.text()
    assert "حتى 15 آذار 2024" in shown and "لا تاريخ في النص" in shown
    from timeline_app.ui.i18n import language_manager
    language_manager().set_language("en")
    shown = w.side_panel.event_date.text()
    assert "on or before" in shown and "2024-03-15" in shown and "no date in the text" in shown
