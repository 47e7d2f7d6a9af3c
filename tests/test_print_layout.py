"""The event list's columns never touch: a wrapped resolved date («1 كانون الثاني 2026 – 31 كانون الأول 2027») ran
into the title column, which had no gap of its own."""
from __future__ import annotations

from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from test_print import small_store  # noqa: F401  (fixture)


def test_event_list_columns_keep_a_gap(qapp, small_store, tmp_path):  # noqa: F811
    from timeline_app.ui.print_data import DateWords, gather
    from timeline_app.ui.print_render import DocumentLayout
    from timeline_app.ui.printing import MARGINS_MM, PDF_RESOLUTION, ensure_gui
    ensure_gui()
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    doc = DocumentLayout(gather(small_store, None, None, DateWords()), writer)
    cols = doc._columns()                      # from the right edge leftwards: (left x, text width)
    gap = doc.s.mm(1.9)
    for (left, _w), (next_left, next_w) in zip(cols, cols[1:]):
        assert next_left + next_w + gap <= left, cols
    assert cols[-1][0] >= doc.area.left()
