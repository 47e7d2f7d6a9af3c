"""Regenerate the translation sources and compiled catalogues of the workspace UI.

    .venv/bin/python resources/translations/update_translations.py

1. ``pyside6-lupdate`` collects every tr()/translate() string of the UI modules into timeline_app_ar.ts (translations
   already there are kept);
2. unfinished entries get their Arabic text from ``ARABIC`` below (an entry missing there stays unfinished and is
   reported, so nothing is silently left in English);
3. timeline_app_en.ts gives English for the Arabic source strings of the event table headers (EventModel);
4. ``pyside6-lrelease`` compiles both to .qm (committed next to the .ts).
"""
from __future__ import annotations

import html
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
UI = ROOT / "timeline_app" / "ui"
MODULES = ["app", "main_window", "side_panel", "event_table", "filter_bar", "drop", "workers", "commands",
           "settings", "fonts", "errors", "i18n", "article_view", "date_editor", "message_bar", "actions",
           "curation", "ingest_ui", "filter_text", "printing", "reasons",
           "timeline/view", "timeline/painter"]   # the timeline's own words (TIMELINE; Arabic below)

ARABIC: dict[str, str] = {
    # citations
    "denial": "نفي", "Source": "المصدر", "Type": "النوع", "Cue": "فعل الإسناد", "Claim": "المقولة",
    "person": "شخص", "anonymous official": "مسؤول غير مسمّى", "organization": "جهة", "media": "وسيلة إعلام",
    "document": "وثيقة",
    # commands
    "Edit title": "تعديل العنوان", "Edit date": "تعديل التاريخ", "Delete event": "حذف الحدث",
    "Delete events": "حذف الأحداث", "Restore event": "استعادة الحدث", "Merge events": "دمج الحدثين",
    "Split event": "فصل الحدث", "Add event": "إضافة حدث", "Set publication date": "ضبط تاريخ النشر",
    # reported events (no date in the text)
    "on or before %1": "حتى %1",
    "no date in the text: reported by the publication day": "لا تاريخ في النص: وقع قبل النشر أو يومه",
    # crash handler
    "Unexpected error": "خطأ غير متوقع",
    "Something went wrong that the app did not expect. Your library is safe; the last change may not have been "
    "saved.": "حدث خطأ لم يتوقعه البرنامج. مكتبتك سليمة، لكن آخر تغيير ربما لم يُحفظ.",
    "The details were written to the log file:\n%1": "كُتبت التفاصيل في ملف السجل:\n%1",
    # curation
    "Event title:": "عنوان الحدث:", "Publication date": "تاريخ النشر", "Select one event first.": "حدّد حدثًا واحدًا أولًا.",
    "Select exactly two events to merge.": "حدّد حدثين اثنين بالضبط لدمجهما.",
    "This event is not a merge of other events.": "هذا الحدث ليس ناتج دمج أحداث أخرى.",
    "Select the words of the event in the article text first.": "حدّد كلمات الحدث في نص المقال أولًا.",
    "Open an article in the side panel first.": "افتح مقالًا في اللوحة الجانبية أولًا.",
    # date editor
    "Event date": "تاريخ الحدث", "Gregorian": "ميلادي", "Hijri (Umm al-Qura)": "هجري (أم القرى)", "Day": "يوم",
    "Month": "شهر", "Part of a month": "جزء من شهر", "Year": "سنة", "Range of days": "مدة من يوم إلى يوم",
    "Early (days 1–10)": "أوائل الشهر (1–10)", "Middle (days 11–20)": "منتصف الشهر (11–20)",
    "Late (day 21 to the end)": "أواخر الشهر (21 حتى نهايته)", "Calendar": "التقويم", "Precision": "الدقة",
    "Part": "الجزء", "Date": "التاريخ", "Last day": "آخر يوم",
    # filter bar
    "Article %1": "المقال %1", "from %1": "من %1", "until %1": "حتى %1", "outlet: %1": "الوسيلة: %1",
    "article: %1": "المقال: %1", "actor: %1": "الفاعل: %1", "place: %1": "المكان: %1",
    "confidence ≥ %1": "الثقة ≥ %1", "dated only": "المؤرَّخة فقط", "including deleted": "مع المحذوفة",
    "Filter: %1": "التصفية: %1", "Showing all events": "تُعرض كل الأحداث",
    "Search titles, text and sources…": "ابحث في العناوين والنصوص والمصادر…", "From": "من", "to": "إلى",
    "Confidence ≥": "الثقة ≥", "any": "أيّ", "All outlets": "كل الوسائل", "All articles": "كل المقالات",
    "All actors": "كل الفاعلين", "All places": "كل الأماكن", "Show deleted": "إظهار المحذوف",
    "Dated only": "المؤرَّخة فقط", "Clear filter": "مسح التصفية",
    # filter in words (filter_text.py: the filter bar's summary and the printed header)
    "“%1”": "«%1»", "%1 to %2": "من %1 إلى %2", "article %1": "المقال رقم %1", "%1 articles": "مقالات مختارة: %1",
    ", ": "، ", "; ": "؛ ", "outlets: %1": "الوسائل: %1", "actors: %1": "الفاعلون: %1", "places: %1": "الأماكن: %1",
    "dated events only": "الأحداث المؤرَّخة فقط", "deleted events included": "مع الأحداث المحذوفة",
    "all events": "كل الأحداث",
    # import summary
    "%1 added": "أُضيف %1", "%1 already in the library": "%1 موجود في المكتبة من قبل", "%1 not imported": "لم يُستورد %1",
    ".": ".", "Nothing was imported.": "لم يُستورد شيء.",
    # why a file was not imported (reasons.py; the model's reasons are English)
    "empty file": "ملف فارغ", "empty file (only white space)": "ملف فارغ (مسافات فقط)",
    "binary file (not text)": "ملف ثنائي (ليس نصًّا)", "binary file (not a web page)": "ملف ثنائي (ليس صفحة ويب)",
    "binary file (not JSON Lines)": "ملف ثنائي (ليس JSON Lines)",
    "no article text found in the web page": "لم يُعثر على نص مقال في صفحة الويب",
    "no article in the file": "لا مقال في الملف", "not a regular file": "ليس ملفًّا عاديًّا",
    "no such file or folder": "لا يوجد ملف أو مجلد بهذا الاسم", "not a JSON object": "ليس كائن JSON",
    "no text": "بلا نص",
    "undecodable: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text":
        "ترميز غير مقروء: ليس نصًّا بترميز UTF-8 أو UTF-16 أو Windows-1256 أو ISO-8859-6",
    "undecodable: it starts with a %1 byte-order mark but is not %1 (%2)":
        "ترميز غير مقروء: يبدأ بعلامة ترتيب بايتات %1 لكنه ليس %1 (%2)",
    "undecodable (JSON Lines must be UTF-8: %1)": "ترميز غير مقروء (يجب أن يكون JSON Lines بترميز UTF-8: %1)",
    "unsupported file type %1 (use %2)": "نوع ملف غير مدعوم %1 (الأنواع المدعومة: %2)",
    "too large: %1 MB (the limit is %2 MB)": "كبير جدًّا: %1 ميغابايت (الحد %2 ميغابايت)",
    "malformed JSON (%1)": "JSON معطوب (%1)", "malformed web page: %1": "صفحة ويب معطوبة: %1",
    "cannot read: %1": "تعذّرت القراءة: %1", "not stored: %1": "لم يُخزَّن: %1",
    "extraction failed: %1": "فشل الاستخراج: %1", "line %1: %2": "السطر %1: %2",
    "the library is busy (another program is writing to it); try again in a moment.":
        "المكتبة مشغولة (برنامج آخر يكتب فيها)؛ أعد المحاولة بعد قليل.",
    "Edits wait until the import or re-dating in progress is done.":
        "تنتظر التعديلات انتهاء الاستيراد أو إعادة حساب التواريخ الجارية.",
    # date editor errors
    "This month has no such day.": "لا يوجد هذا اليوم في هذا الشهر.",
    "Hijri dates can be entered for the years %1–%2 only.": "يمكن إدخال التواريخ الهجرية للسنوات %1–%2 فقط.",
    "The last day comes before the first.": "آخر يوم يسبق أول يوم.",
    # printing
    "Print the Timeline": "طباعة الخط الزمني", "Print Preview": "معاينة الطباعة",
    "Re-resolving the article's dates…": "جارٍ إعادة حساب تواريخ المقال…",
    # ingest
    "Importing…": "جارٍ الاستيراد…", "Importing %1 of %2: %3": "استيراد %1 من %2: %3", "Cancel": "إلغاء",
    "Import summary": "ملخص الاستيراد", "Added": "أُضيف", "Already in the library": "موجود في المكتبة من قبل",
    "Not imported": "لم يُستورد",
    # (a tuple gives Qt's six Arabic plural forms: 0, 1, 2, 3-10, 11-99, 100+)
    "%n event(s)": ("لا أحداث", "حدث واحد", "حدثان", "%n أحداث", "%n حدثًا", "%n حدث"),
    "%1 added, %2 already in the library, %3 not imported.": "أُضيف %1، و%2 موجود من قبل، و%3 لم يُستورد.",
    "Import cancelled.": "أُلغي الاستيراد.",
    # main window
    "Import failed: %1": "فشل الاستيراد: %1", "Could not open the library %1: %2": "تعذّر فتح المكتبة %1: %2",
    "New Library": "مكتبة جديدة",
    "Timeline libraries (*.timeline.db *.tldb *.db)": "مكتبات الخط الزمني (*.timeline.db *.tldb *.db)",
    "Open Library": "فتح مكتبة",
    "Timeline libraries (*.timeline.db *.tldb *.db);;All files (*)":
        "مكتبات الخط الزمني (*.timeline.db *.tldb *.db);;كل الملفات (*)",
    "(none)": "(لا شيء)", "Import Articles": "استيراد مقالات", "Articles (%1);;All files (*)": "مقالات (%1);;كل الملفات (*)",
    "Import a Folder of Articles": "استيراد مجلد مقالات", "Details…": "التفاصيل…", "No library": "لا مكتبة",
    "No library open": "لا مكتبة مفتوحة", "%1 events shown · %2 articles · %3": "%1 حدثًا معروضًا · %2 مقالات · %3",
    "About Timeline": "عن الخط الزمني", "Timeline": "الخط الزمني",
    "Timeline %1\nArabic news timelines: dated events, who said them, and where.":
        "الخط الزمني %1\nخطوط زمنية للأخبار العربية: أحداث مؤرّخة، ومن قالها، وأين.",
    "Drop Arabic news articles here (.txt, .html, .jsonl) or use File › Import.":
        "أفلت مقالات الأخبار العربية هنا (‎.txt و‎.html و‎.jsonl) أو استخدم ملف › استيراد.",
    "Dismiss": "إخفاء",
    # side panel
    "Reported in %n article(s):": ("لم يرد في أي مقال:", "ورد في مقال واحد:", "ورد في مقالين:", "ورد في %n مقالات:",
                                   "ورد في %n مقالًا:", "ورد في %n مقال:"),
    "%n event(s) shown": ("لا أحداث معروضة", "حدث واحد معروض", "حدثان معروضان", "%n أحداث معروضة",
                          "%n حدثًا معروضًا", "%n حدث معروض"),
    "%n article(s)": ("لا مقالات", "مقال واحد", "مقالان", "%n مقالات", "%n مقالًا", "%n مقال"), "undated": "بلا تاريخ", "edited": "معدَّل", "deleted": "محذوف",
    "(untitled article)": "(مقال بلا عنوان)", "Citations (%n)": "الإسنادات (%n)",
    "No attributed source": "لا مصدر منسوب إليه", "from the page's metadata": "من بيانات الصفحة",
    "from the dateline": "من سطر التاريخ في النص", "from the file's date": "من تاريخ الملف", "set by you": "ضبطته أنت",
    "published %1 (%2)": "نُشر في %1 (%2)", "publication date unknown": "تاريخ النشر غير معروف",
    "The publication date was guessed from the file's date; relative dates («yesterday», «last Tuesday») may be off.":
        "تاريخ النشر مُخمَّن من تاريخ الملف؛ قد تكون التواريخ النسبية («أمس»، «الثلاثاء الماضي») غير دقيقة.",
    "Set date…": "ضبط التاريخ…", "Add event from selection": "إضافة حدث من النص المحدد",
    "Select the words that describe an event in the text first": "حدّد أولًا الكلمات التي تصف حدثًا في النص",
    "Edit date…": "تعديل التاريخ…",
    "Select an event on the timeline or in the table to read its source here.":
        "اختر حدثًا على الخط الزمني أو في الجدول لتقرأ مصدره هنا.",
    # menus
    "&Undo %1": "تراجع عن %1", "&Undo": "تراجع", "&Redo %1": "إعادة %1", "&Redo": "إعادة",
    "&File": "ملف", "&Recent Libraries": "المكتبات الأخيرة", "&Edit": "تحرير", "&View": "عرض", "&Help": "مساعدة",
    "Month &Names": "أسماء الأشهر", "&Digits": "الأرقام", "&Color Events By": "تلوين الأحداث حسب",
    "&Language": "اللغة", "&New Library…": "مكتبة جديدة…", "&Open Library…": "فتح مكتبة…",
    "&Import Files…": "استيراد ملفات…", "Import &Folder…": "استيراد مجلد…", "&Quit": "خروج",
    "Edit &Title…": "تعديل العنوان…", "Edit &Date…": "تعديل التاريخ…", "&Delete Event": "حذف الحدث",
    "&Restore Event": "استعادة الحدث", "&Merge Selected Events": "دمج الحدثين المحددين",
    "&Split Merged Event": "فصل الحدث المدموج", "&Add Event from Selected Text": "إضافة حدث من النص المحدد",
    "Set &Publication Date…": "ضبط تاريخ النشر…", "&Find…": "بحث…", "&Clear Filter": "مسح التصفية",
    "&Fit All": "عرض الكل", "&Zoom to Selection": "تكبير على التحديد", "&Hijri Ruler": "مسطرة هجرية",
    "&About Timeline": "عن الخط الزمني", "Levant (كانون الثاني)": "الشام والعراق (كانون الثاني)",
    "Egypt (يناير)": "مصر والخليج (يناير)", "Maghreb (جانفي)": "المغرب العربي (جانفي)",
    "Western (0123)": "غربية (0123)", "Arabic-Indic (٠١٢٣)": "مشرقية (٠١٢٣)", "Outlet": "الوسيلة",
    "Article": "المقال", "None": "بلا تلوين", "System Default": "لغة النظام",
    # timeline (TIMELINE: timeline/view.py, timeline/painter.py)
    "Loading events…": "جارٍ تحميل الأحداث…", "No events match the current filter": "لا أحداث تطابق التصفية الحالية",
    "No events yet — add an article to see its events here": "لا أحداث بعد — أضف مقالاً لتظهر أحداثه هنا",
    "Timeline of events": "المخطط الزمني للأحداث", "Zoom In": "تكبير", "Zoom Out": "تصغير", "Fit All": "عرض الكل",
    "Zoom to Selection": "تكبير على التحديد", "Undated": "بلا تاريخ", "No event selected": "لا حدث محدد",
    "%1, %2": "%1، %2", "Citations: %1": "الاستشهادات: %1",
    "Click to zoom in on these events": "انقر للتكبير على هذه الأحداث", "Today": "اليوم",
    "Unknown outlet": "وسيلة غير معروفة",
}

# The event table's column headers are written in Arabic in event_model.py (TIMELINE); English for the English UI.
ENGLISH_EVENT_MODEL = {
    "التاريخ كما ورد": "Date as written", "التاريخ المحسوب": "Resolved date", "الحدث": "Event",
    "الفاعلون": "Actors", "الأماكن": "Places", "الوسيلة": "Outlet", "الثقة": "Confidence", "معدَّل": "Edited",
}


# PRINT's File-menu actions (print_actions.py) translate through a wrapper lupdate cannot see; their Arabic is kept here.
PRINT_ACTIONS_ARABIC = {
    "&Print…": "طباعة…", "Print Pre&view…": "معاينة الطباعة…", "Export &PDF…": "تصدير PDF…",
    "Export &Image…": "تصدير صورة…", "Export PDF": "تصدير PDF", "Export Image": "تصدير صورة",
    "Could not export %1: %2": "تعذّر التصدير إلى %1: %2",
    "Exported %n page(s) to %1": ("لم تُصدَّر أي صفحة إلى %1", "صُدّرت صفحة واحدة إلى %1", "صُدّرت صفحتان إلى %1",
                                  "صُدّرت %n صفحات إلى %1", "صُدّرت %n صفحة إلى %1", "صُدّرت %n صفحة إلى %1"),
    "Open a library first.": "افتح مكتبة أولًا.", "PDF documents (*.pdf)": "مستندات PDF ‏(*.pdf)",
    "PNG image (*.png);;SVG drawing (*.svg)": "صورة PNG ‏(*.png);;رسم SVG ‏(*.svg)",
    "Printing failed: %1": "فشلت الطباعة: %1", "Saved the timeline view to %1": "حُفظ عرض الخط الزمني في %1",
    "Sent %n page(s) to the printer.": ("لم تُرسل أي صفحة إلى الطابعة.", "أُرسلت صفحة واحدة إلى الطابعة.",
                                        "أُرسلت صفحتان إلى الطابعة.", "أُرسلت %n صفحات إلى الطابعة.",
                                        "أُرسلت %n صفحة إلى الطابعة.", "أُرسلت %n صفحة إلى الطابعة."),
}


def add_context(ts: Path, name: str, messages: dict[str, str]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            root.remove(ctx)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    for source, text in messages.items():
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        tr = ET.SubElement(msg, "translation")
        if isinstance(text, tuple):  # plural forms (%n)
            msg.set("numerus", "yes")
            for form in text:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill_arabic(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        text = ARABIC.get(source)
        if text is None:
            if tr is None or tr.get("type") == "unfinished":
                missing.append(source)
            continue
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            forms = text if isinstance(text, tuple) else (text,) * 6   # Arabic has six plural forms in Qt
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


# English plural forms (one, other) of the UI's %n strings.
ENGLISH_PLURALS = {
    "IngestSummaryDialog": {"%n event(s)": ("%n event", "%n events")},
    "MainWindow": {"%n event(s) shown": ("%n event shown", "%n events shown"),
                   "%n article(s)": ("%n article", "%n articles")},
    "SidePanel": {"Reported in %n article(s):": ("Reported in %n article:", "Reported in %n articles:"),
                  "Citations (%n)": ("Citation (%n)", "Citations (%n)")},
    "PrintActions": {"Exported %n page(s) to %1": ("Exported %n page to %1", "Exported %n pages to %1"),
                     "Sent %n page(s) to the printer.": ("Sent %n page to the printer.", "Sent %n pages to the printer.")},
}


def write_english(ts: Path) -> None:
    def esc(t: str) -> str:
        return html.escape(t, quote=False)
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n',
           "<context>\n    <name>EventModel</name>\n"]
    for s, t in ENGLISH_EVENT_MODEL.items():
        out.append(f"    <message>\n        <source>{esc(s)}</source>\n        <translation>{esc(t)}</translation>\n"
                   "    </message>\n")
    out.append("</context>\n")
    for ctx, msgs in ENGLISH_PLURALS.items():
        out.append(f"<context>\n    <name>{ctx}</name>\n")
        for s, forms in msgs.items():
            nf = "".join(f"<numerusform>{esc(f)}</numerusform>" for f in forms)
            out.append(f'    <message numerus="yes">\n        <source>{esc(s)}</source>\n'
                       f"        <translation>{nf}</translation>\n    </message>\n")
        out.append("</context>\n")
    out.append("</TS>\n")
    ts.write_text("".join(out), encoding="utf-8")


def main() -> int:
    ar = HERE / "timeline_app_ar.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *[str(UI / f"{m}.py") for m in MODULES], "-no-obsolete",
                    "-target-language", "ar", "-ts", str(ar)], check=True)
    missing = fill_arabic(ar)
    add_context(ar, "PrintActions", PRINT_ACTIONS_ARABIC)
    en = HERE / "timeline_app_en.ts"
    write_english(en)
    for ts in (ar, en):
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    if missing:
        print("untranslated:", *missing, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
