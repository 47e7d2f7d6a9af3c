"""What the painter needs to draw one frame, independent of any widget (screen, PDF page, image)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication

from .data import TimelineData

def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineView", text)


TitleSource = Callable[[Sequence[int]], dict[int, str]]


def now_day() -> float:
    """The current local moment as a float day number."""
    now = dt.datetime.now()
    return now.toordinal() + (now.hour * 3600 + now.minute * 60 + now.second) / 86400


@dataclass
class TimelineState:
    data: TimelineData
    t0: float                                   # visible window [t0, t1) in float day numbers (date.toordinal())
    t1: float
    family: str = "levant"                      # levant | egypt | maghreb
    digits: str = "western"                     # western | arabic
    hijri: bool = False                         # second, Hijri (Umm al-Qura) ruler row
    color_by: str = "outlet"                    # outlet | article | none (legend names live in data.color_names)
    titles: TitleSource | None = None           # ids -> titles, asked only for the events that get a label
    selected: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # sorted indices into data
    selected_ids: np.ndarray | None = None      # selected event ids (also undated ones), sorted
    current: int | None = None                  # index into data (keyboard focus)
    hover: int | None = None
    today: float | None = field(default_factory=lambda: now_day())  # the "now" marker; None hides it
    show_undated: bool = True
    show_legend: bool = True
    # in the interface language (the view passes its own; these are for print and image export)
    undated_label: str = field(default_factory=lambda: _tr("Undated"))
    empty_message: str = field(default_factory=lambda: _tr("No events yet — add an article to see its events here"))

    @property
    def span(self) -> float:
        return self.t1 - self.t0
