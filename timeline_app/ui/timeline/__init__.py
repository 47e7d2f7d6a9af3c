"""The timeline: a custom-painted, right-to-left, calendar-aware view of the events (see view.py and painter.py).

- ``TimelineView(model, selection_model)``: the interactive widget.
- ``TimelinePainter().paint(QPainter, QRectF, TimelineState)``: the same drawing on any device (print, image).
- ``TimelineData``/``build_data(store, filter)``: the column arrays it paints.
"""
from .data import TimelineData
from .loader import build_data
from .painter import TimelinePainter
from .state import TimelineState
from .view import TimelineView

__all__ = ["TimelineData", "TimelinePainter", "TimelineState", "TimelineView", "build_data"]
