"""Helpers shared by the timex tests."""
from __future__ import annotations

import datetime as dt

from timeline_app.model.timex import tag

D = dt.date


def one(text: str, ref: D, prefer: str = "past"):
    """The single (longest) expression found in ``text``."""
    tx = tag(text, ref, prefer)
    assert tx, f"nothing found in {text!r}"
    return max(tx, key=lambda t: t.end - t.start)


def iv(t):
    return t.start_date, t.end_date
