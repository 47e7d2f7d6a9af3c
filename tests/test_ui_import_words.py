"""The import summary in the interface language: the model's English reasons for a file not imported are shown in
Arabic in the Arabic interface (details such as a file type or a line number kept), and the headline names only the
counts that are not zero."""
from __future__ import annotations

from test_ui_support import arabic, english, make_window, seed_library, settings  # noqa: F401
from timeline_app.model.ingest import IngestResult
from timeline_app.model.readers import ReadError, read_path
from timeline_app.ui.ingest_ui import IngestSummaryDialog, headline, summarize
from timeline_app.ui.reasons import translate_reason


def _reasons(tmp_path) -> dict[str, str]:
    """Real reasons from the readers for broken inputs (not hand-written copies of the model's wording)."""
    files = {"empty.txt": b"", "blank.txt": b"  \n\t\n", "photo.txt": bytes(range(256)) * 64,
             "page.html": b"<html><body><nav>menu</nav></body></html>", "data.csv": b"a,b\n",
             "lines.jsonl": b'{"text": "\xd9\x86\xd8\xb5"}\nnot json\n[1, 2]\n{"title": "x"}\n'}
    out = {}
    for name, data in files.items():
        p = tmp_path / name
        p.write_bytes(data)
        try:
            items = list(read_path(p))
        except ReadError as err:
            items = [err]
        for item in items:
            if isinstance(item, ReadError):
                out.setdefault(name, item.reason)
                if name == "lines.jsonl":
                    out[f"{name}:{item.line}"] = item.reason
    return out


def test_every_reason_the_readers_give_reads_in_arabic(arabic, tmp_path):
    import re
    reasons = _reasons(tmp_path)
    assert len(reasons) >= 8, reasons
    for where, reason in reasons.items():
        shown = translate_reason(reason)
        assert shown != reason, (where, reason)
        words = re.sub(r"\(.*?\)|JSON Lines|JSON|UTF-\d+|Windows-\d+|ISO-\d+-\d+|\.\w+|\d+", "", shown)
        assert not re.search("[A-Za-z]{3,}", words), (where, reason, shown)   # only names and details stay Latin
    assert translate_reason("line 3: not a JSON object") == "السطر 3: ليس كائن JSON"
    assert ".csv" in translate_reason(reasons["data.csv"])          # the details are kept


def test_reasons_stay_english_in_english_and_unknown_ones_are_shown_as_they_are(english):
    assert translate_reason("empty file") == "empty file"
    assert translate_reason("a reason nobody wrote a rule for") == "a reason nobody wrote a rule for"


def test_the_summary_dialog_shows_translated_reasons_and_only_nonzero_counts(qtbot, arabic, tmp_path):
    results = [IngestResult(str(tmp_path / "a.txt"), "ingested", None, 1, "عنوان", 3),
               IngestResult(str(tmp_path / "b.txt"), "failed", "empty file")]
    dlg = IngestSummaryDialog(results, False, None)
    qtbot.addWidget(dlg)
    text = dlg.details.toPlainText()
    assert "ملف فارغ" in text and "empty file" not in text
    assert dlg.headline.text() == "أُضيف 1، لم يُستورد 1."
    assert headline(None, summarize([]), False) == "لم يُستورد شيء."


def test_english_headline(english):
    groups = summarize([IngestResult("a", "ingested", None, 1, "t", 1), IngestResult("b", "duplicate", None, 1, "t")])
    assert headline(None, groups, False) == "1 added, 1 already in the library."
    assert headline(None, groups, True).startswith("Import cancelled. ")
