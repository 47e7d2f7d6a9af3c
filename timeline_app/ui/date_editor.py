"""The event date editor: a date typed at the precision the text gives (day, month, early/mid/late month, year or a
range), in the Gregorian or the Hijri (Umm al-Qura, via hijridate) calendar.

``resolve_spec(spec)`` is the pure part (tested without widgets): it turns what was entered into the store's fields
(start_date inclusive, end_date exclusive, granularity, mod, calendar, date_text). ``DateEditorDialog`` is the form.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from timeline_app.ui.timeline.calendar import MONTHS
from timeline_app.ui.timeline.calendar import digits as to_digits
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox,
                               QVBoxLayout, QWidget)

PRECISIONS = ("day", "month", "part", "year", "range")
PARTS = ("START", "MID", "END")
GREGORIAN_MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                       "نوفمبر", "ديسمبر")
HIJRI_MONTHS_AR = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
                   "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
PART_WORDS_AR = {"START": "أوائل", "MID": "منتصف", "END": "أواخر"}
HIJRI_YEARS = (1343, 1500)  # the range hijridate's Umm al-Qura tables cover


class DateInputError(ValueError):
    """What was typed is not a date (shown inline in the dialog, in the interface language by ``kind``:
    "no_such_day", "hijri_year", "reversed"; anything else shows the message)."""

    def __init__(self, message: str, kind: str = ""):
        super().__init__(message)
        self.kind = kind


@dataclass
class DateSpec:
    calendar: str = "gregorian"    # gregorian | hijri
    precision: str = "day"         # day | month | part | year | range
    year: int = 2024
    month: int = 1
    day: int = 1
    part: str = "START"            # for precision "part": START | MID | END (days 1-10, 11-20, 21-end)
    year2: int = 2024              # for precision "range": the last day (inclusive)
    month2: int = 1
    day2: int = 1


@dataclass
class DateValue:
    start_date: dt.date
    end_date: dt.date              # exclusive
    granularity: str
    mod: str | None
    calendar: str
    date_text: str
    hijri: str | None = None

    def fields(self) -> dict:
        """The keyword arguments for ``Store.update_event``."""
        return {"start_date": self.start_date, "end_date": self.end_date, "granularity": self.granularity,
                "mod": self.mod, "calendar": self.calendar, "date_text": self.date_text}


def _month_length(calendar: str, y: int, m: int) -> int:
    if calendar == "hijri":
        return Hijri(y, m, 1).month_length()
    return _cal.monthrange(y, m)[1]


def _to_greg(calendar: str, y: int, m: int, d: int) -> dt.date:
    """A day in ``calendar`` as a Gregorian date; raises DateInputError for a day that does not exist."""
    try:
        if calendar == "hijri":
            if not HIJRI_YEARS[0] <= y <= HIJRI_YEARS[1]:
                raise DateInputError(f"Hijri year {y} is outside {HIJRI_YEARS[0]}–{HIJRI_YEARS[1]}", "hijri_year")
            return dt.date(*Hijri(y, m, d).to_gregorian().datetuple())
        return dt.date(y, m, d)
    except DateInputError:
        raise
    except (ValueError, OverflowError) as e:
        raise DateInputError(str(e), "no_such_day") from e


def _next_month(y: int, m: int) -> tuple[int, int]:
    return (y + 1, 1) if m == 12 else (y, m + 1)


def _month_names(calendar: str, family: str = "egypt") -> tuple[str, ...] | list[str]:
    """Hijri month names, or the Gregorian ones of the reader's family (levant «كانون الثاني», egypt «يناير»,
    maghreb «جانفي»: View › Month Names)."""
    if calendar == "hijri":
        return HIJRI_MONTHS_AR
    return MONTHS.get(family, GREGORIAN_MONTHS_AR)


def _month_name(calendar: str, m: int, family: str = "egypt") -> str:
    return _month_names(calendar, family)[m - 1]


def _era(calendar: str) -> str:
    return " هـ" if calendar == "hijri" else ""


def resolve_spec(s: DateSpec, family: str = "egypt", digits: str = "western") -> DateValue:
    """The stored form of a date entered in the editor. Raises DateInputError for impossible input. The date as
    written (``date_text``) uses the reader's month names and digits."""
    value = _resolve(s, family)
    value.date_text = to_digits(value.date_text, digits)
    return value


def _resolve(s: DateSpec, family: str) -> DateValue:
    c = s.calendar
    if c not in ("gregorian", "hijri") or s.precision not in PRECISIONS:
        raise DateInputError(f"unknown calendar or precision: {c}, {s.precision}")
    if not 1 <= s.month <= 12:
        raise DateInputError(f"month {s.month}")
    era = _era(c)
    hijri = None
    if s.precision == "day":
        start = _to_greg(c, s.year, s.month, s.day)
        end = start + dt.timedelta(days=1)
        text = f"{s.day} {_month_name(c, s.month, family)} {s.year}{era}"
        gran, mod = "day", None
        hijri = f"{s.year:04d}-{s.month:02d}-{s.day:02d}" if c == "hijri" else None
    elif s.precision == "month":
        start = _to_greg(c, s.year, s.month, 1)
        end = _to_greg(c, *_next_month(s.year, s.month), 1)
        text = f"{_month_name(c, s.month, family)} {s.year}{era}"
        gran, mod = "month", None
        hijri = f"{s.year:04d}-{s.month:02d}" if c == "hijri" else None
    elif s.precision == "part":
        if s.part not in PARTS:
            raise DateInputError(f"part {s.part}")
        first = {"START": 1, "MID": 11, "END": 21}[s.part]
        start = _to_greg(c, s.year, s.month, first)
        if s.part == "END":
            end = _to_greg(c, *_next_month(s.year, s.month), 1)
        else:
            end = _to_greg(c, s.year, s.month, first + 10)
        text = f"{PART_WORDS_AR[s.part]} {_month_name(c, s.month, family)} {s.year}{era}"
        gran, mod = "range", s.part
        if c == "hijri":
            last = first + 9 if s.part != "END" else _month_length(c, s.year, s.month)
            hijri = f"{s.year:04d}-{s.month:02d}-{first:02d}/{s.year:04d}-{s.month:02d}-{last:02d}"
    elif s.precision == "year":
        start = _to_greg(c, s.year, 1, 1)
        end = _to_greg(c, s.year + 1, 1, 1)
        text = f"{s.year}{era}"
        gran, mod = "year", None
        hijri = f"{s.year:04d}" if c == "hijri" else None
    else:  # range, both ends inclusive as typed
        if not 1 <= s.month2 <= 12:
            raise DateInputError(f"month {s.month2}")
        start = _to_greg(c, s.year, s.month, s.day)
        last = _to_greg(c, s.year2, s.month2, s.day2)
        if last < start:
            raise DateInputError("the range ends before it starts", "reversed")
        end = last + dt.timedelta(days=1)
        text = (f"{s.day} {_month_name(c, s.month, family)} {s.year} – "
                f"{s.day2} {_month_name(c, s.month2, family)} {s.year2}{era}")
        gran, mod = "range", None
        if c == "hijri":
            hijri = f"{s.year:04d}-{s.month:02d}-{s.day:02d}/{s.year2:04d}-{s.month2:02d}-{s.day2:02d}"
    return DateValue(start, end, gran, mod, c, text, hijri)


def spec_from_event(event: dict) -> DateSpec:
    """A starting point for the editor from an event row (Gregorian; today when undated)."""
    start = _iso(event.get("start_date")) or dt.date.today()
    end = _iso(event.get("end_date")) or start + dt.timedelta(days=1)
    gran = event.get("granularity") or "day"
    mod = event.get("mod")
    last = end - dt.timedelta(days=1)
    spec = DateSpec(year=start.year, month=start.month, day=start.day, year2=last.year, month2=last.month,
                    day2=last.day)
    if mod in PARTS and gran in ("range", "month"):
        spec.precision, spec.part = "part", mod
    elif gran in ("day", "month", "year"):
        spec.precision = gran
    elif gran == "range" or (end - start).days > 1:
        spec.precision = "range"
    return spec


def _iso(v) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


_FAMILY_LOCALES = {("levant", "arabic"): "ar_SY", ("levant", "western"): "ar_SY", ("egypt", "arabic"): "ar_EG",
                   ("egypt", "western"): "ar_AE", ("maghreb", "western"): "ar_DZ", ("maghreb", "arabic"): "ar_DZ"}


def reader_locale(family: str, digits: str) -> QLocale:
    """An Arabic locale whose month names are the reader's family (Syria «كانون الثاني», Egypt/Gulf «يناير», Algeria
    «جانفي»), with the chosen digits where such a locale exists (Levantine and Maghrebi locales fix their digits),
    for Qt's own date widgets (the calendar of the publication-date dialog)."""
    return QLocale(_FAMILY_LOCALES.get((family, digits), "ar_EG"))


def digits_locale(digits: str) -> QLocale:
    """For number fields: Arabic-Indic digits (٠١٢٣) or Western ones (0123), whatever the interface language."""
    return QLocale("ar_EG") if digits == "arabic" else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class _DayFields(QWidget):
    """Day / month / year spin boxes for one calendar."""

    def __init__(self, parent=None, family: str = "egypt", digits: str = "western"):
        super().__init__(parent)
        self.family, self.digits = family, digits
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.day = QSpinBox(self)
        self.day.setRange(1, 31)
        self.month = QComboBox(self)
        self.year = QSpinBox(self)
        self.year.setRange(1, 9999)
        for box in (self.day, self.year):
            box.setLocale(digits_locale(digits))  # the digits of the rest of the view, not the interface locale's
        lay.addWidget(self.day)
        lay.addWidget(self.month, 1)
        lay.addWidget(self.year)
        self.set_calendar("gregorian")

    def set_calendar(self, calendar: str) -> None:
        keep = max(self.month.currentIndex(), 0)
        self.month.clear()
        names = _month_names(calendar, self.family)
        self.month.addItems([f"{to_digits(str(i + 1), self.digits)} – {n}" for i, n in enumerate(names)])
        self.month.setCurrentIndex(keep)

    def values(self) -> tuple[int, int, int]:
        return self.year.value(), self.month.currentIndex() + 1, self.day.value()

    def set_values(self, y: int, m: int, d: int) -> None:
        self.year.setValue(y)
        self.month.setCurrentIndex(m - 1)
        self.day.setValue(d)


class DateEditorDialog(QDialog):
    """Edit an event's date at the right precision. ``value()`` is the resolved DateValue after accept()."""

    def __init__(self, spec: DateSpec | None = None, parent=None, family: str = "egypt", digits: str = "western"):
        super().__init__(parent)
        self.family, self.digits = family, digits   # the reader's month names and digits (the view's settings)
        self._value: DateValue | None = None
        self.calendar = QComboBox(self)
        self.precision = QComboBox(self)
        self.part = QComboBox(self)
        self.first = _DayFields(self, family, digits)
        self.last = _DayFields(self, family, digits)
        self.preview = QLabel(self)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.form_labels, (self.calendar, self.precision, self.part, self.first, self.last)):
            self.form.addRow(label, field)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.preview)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.retranslate()
        s = spec or DateSpec()
        self.calendar.setCurrentIndex(1 if s.calendar == "hijri" else 0)
        self.first.set_calendar(s.calendar)
        self.last.set_calendar(s.calendar)
        self.precision.setCurrentIndex(PRECISIONS.index(s.precision))
        self.part.setCurrentIndex(PARTS.index(s.part))
        self.first.set_values(s.year, s.month, s.day)
        self.last.set_values(s.year2, s.month2, s.day2)
        for w in (self.calendar, self.precision, self.part, self.first.month, self.last.month):
            w.currentIndexChanged.connect(self._update)
        for w in (self.first.day, self.first.year, self.last.day, self.last.year):
            w.valueChanged.connect(self._update)
        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Event date"))
        idx = [self.calendar.currentIndex(), self.precision.currentIndex(), self.part.currentIndex()]
        for combo, items in ((self.calendar, [self.tr("Gregorian"), self.tr("Hijri (Umm al-Qura)")]),
                             (self.precision, [self.tr("Day"), self.tr("Month"), self.tr("Part of a month"),
                                               self.tr("Year"), self.tr("Range of days")]),
                             (self.part, [self.tr("Early (days 1–10)"), self.tr("Middle (days 11–20)"),
                                          self.tr("Late (day 21 to the end)")])):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(items)
            combo.blockSignals(False)
        for combo, i in zip((self.calendar, self.precision, self.part), idx):
            combo.setCurrentIndex(max(i, 0))
        labels = [self.tr("Calendar"), self.tr("Precision"), self.tr("Part"), self.tr("Date"), self.tr("Last day")]
        for label, text in zip(self.form_labels, labels):
            label.setText(text)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def spec(self) -> DateSpec:
        y, m, d = self.first.values()
        y2, m2, d2 = self.last.values()
        return DateSpec(calendar="hijri" if self.calendar.currentIndex() == 1 else "gregorian",
                        precision=PRECISIONS[max(self.precision.currentIndex(), 0)], year=y, month=m, day=d,
                        part=PARTS[max(self.part.currentIndex(), 0)], year2=y2, month2=m2, day2=d2)

    def _calendar_changed(self) -> None:
        cal = self.spec().calendar
        # convert what is typed so switching calendars keeps the same day
        try:
            y, m, d = self.first.values()
            other = "gregorian" if cal == "hijri" else "hijri"
            g = _to_greg(other, y, m, d)
            if cal == "hijri":
                h = Gregorian(g.year, g.month, g.day).to_hijri()
                self.first.set_calendar(cal)
                self.first.set_values(h.year, h.month, h.day)
            else:
                self.first.set_calendar(cal)
                self.first.set_values(g.year, g.month, g.day)
        except (DateInputError, OverflowError, ValueError):
            self.first.set_calendar(cal)
        self.last.set_calendar(cal)
        self._update()

    def _update(self) -> None:
        s = self.spec()
        self.part.setVisible(s.precision == "part")
        self.form.setRowVisible(self.part, s.precision == "part")
        self.form.setRowVisible(self.last, s.precision == "range")
        self.first.day.setEnabled(s.precision in ("day", "range"))
        self.first.month.setEnabled(s.precision != "year")
        try:
            v = resolve_spec(s, self.family, self.digits)
        except DateInputError as e:
            self._value = None
            self.error.setText(self._error_text(e))
            self.preview.setText("")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self._value = v
        self.error.setText("")
        last = v.end_date - dt.timedelta(days=1)
        span = v.start_date.isoformat() if last == v.start_date else f"{v.start_date.isoformat()} – {last.isoformat()}"
        self.preview.setText(f"{v.date_text}   (\u2066{span}\u2069)")  # the ISO span reads left to right
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _error_text(self, e: DateInputError) -> str:
        if e.kind == "no_such_day":
            return self.tr("This month has no such day.")
        if e.kind == "hijri_year":
            return self.tr("Hijri dates can be entered for the years %1–%2 only.") \
                .replace("%1", str(HIJRI_YEARS[0])).replace("%2", str(HIJRI_YEARS[1]))
        if e.kind == "reversed":
            return self.tr("The last day comes before the first.")
        return str(e)

    def value(self) -> DateValue | None:
        return self._value
