"""The date editor: what is typed at a given precision, in either calendar, becomes the stored [start, end) span."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from test_ui_support import english  # noqa: F401
from timeline_app.ui.date_editor import DateEditorDialog, DateInputError, DateSpec, resolve_spec, spec_from_event

D = dt.date


@pytest.mark.parametrize("spec, start, end, gran, mod", [
    (DateSpec(precision="day", year=2024, month=1, day=10), D(2024, 1, 10), D(2024, 1, 11), "day", None),
    (DateSpec(precision="month", year=2024, month=12), D(2024, 12, 1), D(2025, 1, 1), "month", None),
    (DateSpec(precision="part", year=2024, month=2, part="START"), D(2024, 2, 1), D(2024, 2, 11), "range", "START"),
    (DateSpec(precision="part", year=2024, month=2, part="MID"), D(2024, 2, 11), D(2024, 2, 21), "range", "MID"),
    (DateSpec(precision="part", year=2024, month=2, part="END"), D(2024, 2, 21), D(2024, 3, 1), "range", "END"),
    (DateSpec(precision="year", year=2023), D(2023, 1, 1), D(2024, 1, 1), "year", None),
    (DateSpec(precision="range", year=2024, month=1, day=30, year2=2024, month2=2, day2=2), D(2024, 1, 30),
     D(2024, 2, 3), "range", None),
    # Umm al-Qura: 1 Rajab 1445 = 2024-01-13; Ramadan 1445 = 2024-03-11 .. 2024-04-09
    (DateSpec(calendar="hijri", precision="day", year=1445, month=7, day=1), D(2024, 1, 13), D(2024, 1, 14), "day",
     None),
    (DateSpec(calendar="hijri", precision="month", year=1445, month=9), D(2024, 3, 11), D(2024, 4, 10), "month",
     None),
    (DateSpec(calendar="hijri", precision="part", year=1445, month=9, part="END"), D(2024, 3, 31), D(2024, 4, 10),
     "range", "END"),
])
def test_resolve(spec, start, end, gran, mod):
    v = resolve_spec(spec)
    assert (v.start_date, v.end_date, v.granularity, v.mod, v.calendar) == (start, end, gran, mod, spec.calendar)
    assert v.date_text
    if spec.calendar == "hijri":
        assert v.hijri and v.date_text.endswith("هـ")


def test_date_text_reads_as_arabic():
    assert resolve_spec(DateSpec(precision="part", year=2024, month=2, part="START")).date_text == "أوائل فبراير 2024"
    assert resolve_spec(DateSpec(calendar="hijri", precision="day", year=1445, month=7, day=1)).date_text == \
        "1 رجب 1445 هـ"


@pytest.mark.parametrize("spec", [
    DateSpec(precision="day", year=2023, month=2, day=29),
    DateSpec(precision="range", year=2024, month=3, day=2, year2=2024, month2=3, day2=1),
    DateSpec(calendar="hijri", precision="day", year=1300, month=1, day=1),
    DateSpec(calendar="hijri", precision="day", year=1445, month=7, day=30),   # Rajab 1445 has 29 days
    DateSpec(precision="month", year=2024, month=13),
])
def test_impossible_dates_are_refused(spec):
    with pytest.raises(DateInputError):
        resolve_spec(spec)


def test_spec_from_an_event_keeps_its_precision():
    s = spec_from_event({"start_date": "2024-02-01", "end_date": "2024-02-11", "granularity": "range",
                         "mod": "START"})
    assert (s.precision, s.part, s.year, s.month) == ("part", "START", 2024, 2)
    s = spec_from_event({"start_date": "2024-01-10", "end_date": "2024-01-11", "granularity": "day"})
    assert (s.precision, s.day) == ("day", 10)
    s = spec_from_event({"start_date": None, "end_date": None})
    assert s.precision == "day"


def test_the_dialog_follows_the_inputs_and_blocks_impossible_ones(qtbot, english):
    dlg = DateEditorDialog(spec_from_event({"start_date": "2024-01-10", "end_date": "2024-01-11",
                                            "granularity": "day"}))
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dlg.value().start_date == D(2024, 1, 10) and ok.isEnabled()
    dlg.precision.setCurrentIndex(2)          # part of a month
    dlg.part.setCurrentIndex(2)               # late
    assert (dlg.value().start_date, dlg.value().end_date) == (D(2024, 1, 21), D(2024, 2, 1))
    assert "2024-01-21" in dlg.preview.text()
    dlg.precision.setCurrentIndex(0)
    dlg.first.month.setCurrentIndex(1)        # February
    dlg.first.day.setValue(30)
    assert dlg.value() is None and not ok.isEnabled() and dlg.error.text()
    dlg.first.day.setValue(10)
    dlg.calendar.setCurrentIndex(1)           # switch to Hijri: the same day, converted
    assert dlg.spec().calendar == "hijri"
    assert dlg.value().start_date == D(2024, 2, 10)
    assert dlg.first.values()[0] == 1445
