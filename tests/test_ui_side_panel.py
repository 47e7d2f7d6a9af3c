"""The side panel: the source text right to left with the evidence highlighted and scrolled into view, time
expressions marked, citations listed (clicking one highlights its claim), several citing articles switchable."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from test_ui_support import english, make_window, oman_talks_event, seed_library, settings  # noqa: F401
from timeline_app.model.store import Store
from timeline_app.model.types import ArticleInput
from timeline_app.ui.article_view import OffsetMap
from timeline_app.ui.side_panel import CitationModel


def _selected_texts(view) -> dict[str, list[str]]:
    """The text under each extra selection, by its background colour."""
    out: dict[str, list[str]] = {}
    for sel in view.extraSelections():
        key = sel.format.background().color().name() if sel.format.background().style() != Qt.BrushStyle.NoBrush \
            else "none"
        out.setdefault(key, []).append(sel.cursor.selectedText())
    return out


def test_offsets_map_python_indices_to_document_positions():
    text = "a\r\nب😀c"
    m = OffsetMap(text)
    assert not m.identity
    assert [m.to_doc(i) for i in range(len(text) + 1)] == [0, 1, 1, 2, 3, 5, 6]
    assert m.to_text(5) == 5 and m.to_text(3) == 4
    assert OffsetMap("نص عادي").identity


def test_an_event_shows_its_article_with_the_evidence_highlighted(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    eid = oman_talks_event(w)
    w.select_event(eid)
    p = w.side_panel
    ev = w.store.event(eid)
    cite = ev["citations"][0]
    art = w.store.article(cite["article_id"])
    assert p.event_title.text() == ev["title"]
    assert p.article_title.text() == art["title"]
    assert "2024-03-15" in p.article_meta.text()
    # (toPlainText gives NBSPs back as plain spaces; positions are unchanged)
    assert p.text_view.toPlainText() == art["text"].replace("\r\n", "\n").replace("\u00a0", " ")
    # right to left
    opt = p.text_view.document().defaultTextOption()
    assert opt.textDirection() == Qt.LayoutDirection.RightToLeft
    # the evidence is highlighted, and its date more strongly
    s, e = cite["evidence_start"], cite["evidence_end"]
    assert p.text_view.spans()["evidence"] == (s, e)
    texts = _selected_texts(p.text_view)
    assert art["text"][s:e] in texts["#ffe28a"]
    assert "العاشر من يناير الماضي" in "".join(texts.get("#ffc94d", []))
    # the other time expressions are marked subtly (no background)
    assert len(texts["none"]) == len(art["timexes"])
    # the evidence is in view: the cursor sits at its start and is visible
    assert p.text_view.textCursor().position() == p.text_view.map.to_doc(s)
    rect = p.text_view.cursorRect()
    assert p.text_view.viewport().rect().intersects(rect)


def test_clicking_a_citation_highlights_its_claim(qtbot, settings, seed_library, english):
    w = make_window(qtbot, settings, seed_library)
    eid = oman_talks_event(w)
    w.select_event(eid)
    p = w.side_panel
    attrs = w.store.event(eid)["citations"][0]["attributions"]
    assert attrs, "the seed's Oman talks are attributed («أوضحت مصادر إيرانية ومسؤولون أميركيون»)"
    assert p.citations.rowCount() == len(attrs)
    assert p.citations.index(0, 0).data() == attrs[0]["source"]
    assert p.citations.index(0, 2).data() == attrs[0]["cue"]
    view = p.citation_view
    view.resize(500, 200)
    rect = view.visualRect(p.citations.index(0, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    a = attrs[0]
    assert p.text_view.spans()["claim"] == (a["claim_start"], a["claim_end"])
    assert p.text_view.spans()["cue"] == (a["cue_start"], a["cue_end"])
    text = p.text_view.text
    assert text[a["claim_start"]:a["claim_end"]] in _selected_texts(p.text_view)["#cfe2ff"]


def test_the_citation_model_passes_the_model_tester(qtmodeltester, seed_library):
    with Store.open(seed_library) as s:
        eid = next(i for i in s.query_event_ids() if s.event(i)["attributions"])
        ev = s.event(eid)
        text = s.article(ev["citations"][0]["article_id"])["text"]
    m = CitationModel()
    m.set_rows(ev["attributions"], text)
    qtmodeltester.check(m)
    m.set_rows([], "")
    qtmodeltester.check(m)


def test_an_event_cited_by_several_articles_lists_them_and_switches_the_text(qtbot, settings, seed_library, english):
    report = ("ذكرت وكالة أنباء أن الولايات المتحدة وإيران أجرتا محادثات غير مباشرة في مسقط يوم 10 يناير 2024 "
              "بوساطة عُمانية.")
    with Store.open(seed_library) as s:
        _, aid2 = s.add_article(ArticleInput(text=report, path="report.txt", format="txt", title="تقرير ثانٍ",
                                             outlet="وكالة", published_source="user", published_guessed=False,
                                             published=__import__("datetime").date(2024, 2, 1)))
        first = next(i for i in s.query_event_ids() if "العاشر" in (s.event(i)["date_text"] or ""))
        other = next((i for i in s.query_event_ids() if s.event(i)["citations"][0]["article_id"] == aid2), None)
        if other is None:  # nothing extracted from the short report: cite it by hand
            other = s.add_user_event(aid2, 0, len(report) - 1, "محادثات مسقط")
        if s.event(other)["merged_into"] is None and other != first and s.event(first)["merged_into"] is None:
            if all(c["article_id"] != aid2 for c in s.event(first)["citations"]):
                s.merge_events(first, other)
    w = make_window(qtbot, settings, seed_library)
    w.select_event(first)
    p = w.side_panel
    assert p.cited_by.count() == 2 and not p.cited_by.isHidden()
    assert "2" in p.cited_label.text()
    seed_title = p.article_title.text()
    p.cited_by.setCurrentIndex(1)
    assert p.article_title.text() == "تقرير ثانٍ" != seed_title
    assert p.text_view.toPlainText() == report
    s2, e2 = p.text_view.spans()["evidence"]
    assert 0 <= s2 < e2 <= len(report)
    p.cited_by.setCurrentIndex(0)
    assert p.article_title.text() == seed_title


def test_guessed_dates_are_flagged_with_a_one_click_fix(qtbot, seed_library, english):
    from timeline_app.ui.side_panel import SidePanel
    with Store.open(seed_library) as s:
        with s.transaction() as c:
            c.execute("UPDATE articles SET published_guessed = 1, published_source = 'file'")
    store = Store.open(seed_library)
    try:
        p = SidePanel()
        qtbot.addWidget(p)
        p.set_store(store)
        assert not p.empty.isHidden() and p.splitter.isHidden()   # empty state before any selection
        p.show_article(1)
        assert not p.guessed.isHidden() and "guessed" in p.guessed_label.text()
        with qtbot.waitSignal(p.setDateRequested) as blocker:
            p.set_date_button.click()
        assert blocker.args == [1]
        # selecting text enables «add event from selection»
        c = p.text_view.textCursor()
        c.setPosition(10)
        c.setPosition(30, QTextCursor.MoveMode.KeepAnchor)
        p.text_view.setTextCursor(c)
        assert p.add_event_button.isEnabled()
        with qtbot.waitSignal(p.addEventRequested) as blocker:
            p.add_event_button.click()
        assert blocker.args[:3] == [1, 10, 30] and blocker.args[3] == p.text_view.text[10:30]
    finally:
        p.set_store(None)
        store.close()
