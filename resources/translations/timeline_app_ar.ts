<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="74" />
        <source>Re-resolving the article's dates…</source>
        <translation>جارٍ إعادة حساب تواريخ المقال…</translation>
    </message>
</context>
<context>
    <name>CitationModel</name>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="66" />
        <source>denial</source>
        <translation>نفي</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="82" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="82" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="82" />
        <source>Cue</source>
        <translation>فعل الإسناد</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="82" />
        <source>Claim</source>
        <translation>المقولة</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="83" />
        <source>the library is busy (another program is writing to it); try again in a moment.</source>
        <translation>المكتبة مشغولة (برنامج آخر يكتب فيها)؛ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="116" />
        <source>Edit title</source>
        <translation>تعديل العنوان</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="121" />
        <source>Edit date</source>
        <translation>تعديل التاريخ</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="127" />
        <source>Delete event</source>
        <translation>حذف الحدث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="128" />
        <source>Delete events</source>
        <translation>حذف الأحداث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="151" />
        <source>Restore event</source>
        <translation>استعادة الحدث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="164" />
        <source>Merge events</source>
        <translation>دمج الحدثين</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="184" />
        <source>Split event</source>
        <translation>فصل الحدث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="208" />
        <source>Add event</source>
        <translation>إضافة حدث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/commands.py" line="235" />
        <source>Set publication date</source>
        <translation>ضبط تاريخ النشر</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../timeline_app/ui/errors.py" line="114" />
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/errors.py" line="116" />
        <source>Something went wrong that the app did not expect. Your library is safe; the last change may not have been saved.</source>
        <translation>حدث خطأ لم يتوقعه البرنامج. مكتبتك سليمة، لكن آخر تغيير ربما لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/errors.py" line="118" />
        <source>The details were written to the log file:
%1</source>
        <translation>كُتبت التفاصيل في ملف السجل:
%1</translation>
    </message>
</context>
<context>
    <name>CurationUI</name>
    <message>
        <location filename="../../timeline_app/ui/curation.py" line="21" />
        <source>Edit title</source>
        <translation>تعديل العنوان</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/curation.py" line="22" />
        <source>Event title:</source>
        <translation>عنوان الحدث:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/curation.py" line="42" />
        <source>Publication date</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/curation.py" line="86" />
        <source>Edits wait until the import or re-dating in progress is done.</source>
        <translation>تنتظر التعديلات انتهاء الاستيراد أو إعادة حساب التواريخ الجارية.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/curation.py" line="92" />
        <source>Select one event first.</source>
        <translation>حدّد حدثًا واحدًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/curation.py" line="137" />
        <source>Select exactly two events to merge.</source>
        <translation>حدّد حدثين اثنين بالضبط لدمجهما.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/curation.py" line="150" />
        <source>This event is not a merge of other events.</source>
        <translation>هذا الحدث ليس ناتج دمج أحداث أخرى.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/curation.py" line="160" />
        <source>Select the words of the event in the article text first.</source>
        <translation>حدّد كلمات الحدث في نص المقال أولًا.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/curation.py" line="178" />
        <source>Open an article in the side panel first.</source>
        <translation>افتح مقالًا في اللوحة الجانبية أولًا.</translation>
    </message>
</context>
<context>
    <name>DateEditorDialog</name>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="301" />
        <source>Event date</source>
        <translation>تاريخ الحدث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="303" />
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="303" />
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجري (أم القرى)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="304" />
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="304" />
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="304" />
        <source>Part of a month</source>
        <translation>جزء من شهر</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="305" />
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="305" />
        <source>Range of days</source>
        <translation>مدة من يوم إلى يوم</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="306" />
        <source>Early (days 1–10)</source>
        <translation>أوائل الشهر (1–10)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="306" />
        <source>Middle (days 11–20)</source>
        <translation>منتصف الشهر (11–20)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="307" />
        <source>Late (day 21 to the end)</source>
        <translation>أواخر الشهر (21 حتى نهايته)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="314" />
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="314" />
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="314" />
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="314" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="314" />
        <source>Last day</source>
        <translation>آخر يوم</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="373" />
        <source>This month has no such day.</source>
        <translation>لا يوجد هذا اليوم في هذا الشهر.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="375" />
        <source>Hijri dates can be entered for the years %1–%2 only.</source>
        <translation>يمكن إدخال التواريخ الهجرية للسنوات %1–%2 فقط.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/date_editor.py" line="378" />
        <source>The last day comes before the first.</source>
        <translation>آخر يوم يسبق أول يوم.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="197" />
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="220" />
        <source>Filter: %1</source>
        <translation>التصفية: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="220" />
        <source>Showing all events</source>
        <translation>تُعرض كل الأحداث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="224" />
        <source>Search titles, text and sources…</source>
        <translation>ابحث في العناوين والنصوص والمصادر…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="225" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="226" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="227" />
        <source>Confidence ≥</source>
        <translation>الثقة ≥</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="229" />
        <location filename="../../timeline_app/ui/filter_bar.py" line="230" />
        <source>any</source>
        <translation>أيّ</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="231" />
        <source>All outlets</source>
        <translation>كل الوسائل</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="232" />
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="233" />
        <source>All actors</source>
        <translation>كل الفاعلين</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="234" />
        <source>All places</source>
        <translation>كل الأماكن</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="235" />
        <source>Show deleted</source>
        <translation>إظهار المحذوف</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="236" />
        <source>Dated only</source>
        <translation>المؤرَّخة فقط</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_bar.py" line="237" />
        <source>Clear filter</source>
        <translation>مسح التصفية</translation>
    </message>
</context>
<context>
    <name>FilterText</name>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="82" />
        <source>outlet: %1</source>
        <translation>الوسيلة: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="83" />
        <source>outlets: %1</source>
        <translation>الوسائل: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="84" />
        <source>actor: %1</source>
        <translation>الفاعل: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="85" />
        <source>actors: %1</source>
        <translation>الفاعلون: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="86" />
        <source>place: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="87" />
        <source>places: %1</source>
        <translation>الأماكن: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="88" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="89" />
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="90" />
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="91" />
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="92" />
        <source>article %1</source>
        <translation>المقال رقم %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="93" />
        <source>article: %1</source>
        <translation>المقال: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="94" />
        <source>%1 articles</source>
        <translation>مقالات مختارة: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="95" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="96" />
        <source>confidence ≥ %1</source>
        <translation>الثقة ≥ %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="97" />
        <source>dated events only</source>
        <translation>الأحداث المؤرَّخة فقط</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="98" />
        <source>deleted events included</source>
        <translation>مع الأحداث المحذوفة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="99" />
        <source>all events</source>
        <translation>كل الأحداث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/filter_text.py" line="100" />
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="78" />
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="79" />
        <source>empty file (only white space)</source>
        <translation>ملف فارغ (مسافات فقط)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="80" />
        <source>binary file (not text)</source>
        <translation>ملف ثنائي (ليس نصًّا)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="81" />
        <source>binary file (not a web page)</source>
        <translation>ملف ثنائي (ليس صفحة ويب)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="82" />
        <source>binary file (not JSON Lines)</source>
        <translation>ملف ثنائي (ليس JSON Lines)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="83" />
        <source>no article text found in the web page</source>
        <translation>لم يُعثر على نص مقال في صفحة الويب</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="84" />
        <source>no article in the file</source>
        <translation>لا مقال في الملف</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="85" />
        <source>not a regular file</source>
        <translation>ليس ملفًّا عاديًّا</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="86" />
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="87" />
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="88" />
        <source>no text</source>
        <translation>بلا نص</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="89" />
        <source>undecodable: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text</source>
        <translation>ترميز غير مقروء: ليس نصًّا بترميز UTF-8 أو UTF-16 أو Windows-1256 أو ISO-8859-6</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="90" />
        <source>undecodable: it starts with a %1 byte-order mark but is not %1 (%2)</source>
        <translation>ترميز غير مقروء: يبدأ بعلامة ترتيب بايتات %1 لكنه ليس %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="91" />
        <source>undecodable (JSON Lines must be UTF-8: %1)</source>
        <translation>ترميز غير مقروء (يجب أن يكون JSON Lines بترميز UTF-8: %1)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="92" />
        <source>unsupported file type %1 (use %2)</source>
        <translation>نوع ملف غير مدعوم %1 (الأنواع المدعومة: %2)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="93" />
        <source>too large: %1 MB (the limit is %2 MB)</source>
        <translation>كبير جدًّا: %1 ميغابايت (الحد %2 ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="94" />
        <source>malformed JSON (%1)</source>
        <translation>JSON معطوب (%1)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="95" />
        <source>malformed web page: %1</source>
        <translation>صفحة ويب معطوبة: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="96" />
        <source>cannot read: %1</source>
        <translation>تعذّرت القراءة: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="97" />
        <source>not stored: %1</source>
        <translation>لم يُخزَّن: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="98" />
        <source>extraction failed: %1</source>
        <translation>فشل الاستخراج: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/reasons.py" line="99" />
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
</context>
<context>
    <name>IngestProgress</name>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="33" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="41" />
        <source>Importing %1 of %2: %3</source>
        <translation>استيراد %1 من %2: %3</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="48" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>IngestSummaryDialog</name>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="97" />
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="119" />
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="119" />
        <source>Already in the library</source>
        <translation>موجود في المكتبة من قبل</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="120" />
        <source>Not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/ingest_ui.py" line="133" />
        <source>%n event(s)</source>
        <translation><numerusform>لا أحداث</numerusform><numerusform>حدث واحد</numerusform><numerusform>حدثان</numerusform><numerusform>%n أحداث</numerusform><numerusform>%n حدثًا</numerusform><numerusform>%n حدث</numerusform></translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="145" />
        <source>%1 added</source>
        <translation>أُضيف %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="146" />
        <source>%1 already in the library</source>
        <translation>%1 موجود في المكتبة من قبل</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="147" />
        <source>%1 not imported</source>
        <translation>لم يُستورد %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="152" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="152" />
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="154" />
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/ingest_ui.py" line="156" />
        <source>Import cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="113" />
        <source>Import failed: %1</source>
        <translation>فشل الاستيراد: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="131" />
        <source>Could not open the library %1: %2</source>
        <translation>تعذّر فتح المكتبة %1: %2</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="200" />
        <source>New Library</source>
        <translation>مكتبة جديدة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="208" />
        <source>Open Library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="201" />
        <source>Timeline libraries (*.timeline.db *.tldb *.db)</source>
        <translation>مكتبات الخط الزمني (*.timeline.db *.tldb *.db)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="209" />
        <source>Timeline libraries (*.timeline.db *.tldb *.db);;All files (*)</source>
        <translation>مكتبات الخط الزمني (*.timeline.db *.tldb *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="222" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="228" />
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="229" />
        <source>Articles (%1);;All files (*)</source>
        <translation>مقالات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="235" />
        <source>Import a Folder of Articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="282" />
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="472" />
        <source>No library</source>
        <translation>لا مكتبة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="473" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="479" />
        <source>No library open</source>
        <translation>لا مكتبة مفتوحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py" line="485" />
        <source>%n event(s) shown</source>
        <translation><numerusform>لا أحداث معروضة</numerusform><numerusform>حدث واحد معروض</numerusform><numerusform>حدثان معروضان</numerusform><numerusform>%n أحداث معروضة</numerusform><numerusform>%n حدثًا معروضًا</numerusform><numerusform>%n حدث معروض</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py" line="485" />
        <source>%n article(s)</source>
        <translation><numerusform>لا مقالات</numerusform><numerusform>مقال واحد</numerusform><numerusform>مقالان</numerusform><numerusform>%n مقالات</numerusform><numerusform>%n مقالًا</numerusform><numerusform>%n مقال</numerusform></translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="504" />
        <source>About Timeline</source>
        <translation>عن الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="505" />
        <source>Timeline %1
Arabic news timelines: dated events, who said them, and where.</source>
        <translation>الخط الزمني %1
خطوط زمنية للأخبار العربية: أحداث مؤرّخة، ومن قالها، وأين.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py" line="517" />
        <source>Drop Arabic news articles here (.txt, .html, .jsonl) or use File › Import.</source>
        <translation>أفلت مقالات الأخبار العربية هنا (‎.txt و‎.html و‎.jsonl) أو استخدم ملف › استيراد.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../timeline_app/ui/message_bar.py" line="67" />
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../timeline_app/ui/printing.py" line="104" />
        <source>Print the Timeline</source>
        <translation>طباعة الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/printing.py" line="124" />
        <source>Print Preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="22" />
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="23" />
        <source>anonymous official</source>
        <translation>مسؤول غير مسمّى</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="24" />
        <source>organization</source>
        <translation>جهة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="25" />
        <source>media</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="26" />
        <source>document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="239" />
        <source>Article %1</source>
        <translation>المقال %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panel.py" line="249" />
        <location filename="../../timeline_app/ui/side_panel.py" line="443" />
        <source>Reported in %n article(s):</source>
        <translation><numerusform>لم يرد في أي مقال:</numerusform><numerusform>ورد في مقال واحد:</numerusform><numerusform>ورد في مقالين:</numerusform><numerusform>ورد في %n مقالات:</numerusform><numerusform>ورد في %n مقالًا:</numerusform><numerusform>ورد في %n مقال:</numerusform></translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="302" />
        <source>undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="312" />
        <source>on or before %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="315" />
        <source>no date in the text: reported by the publication day</source>
        <translation>لا تاريخ في النص: وقع قبل النشر أو يومه</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="317" />
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="319" />
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="339" />
        <source>(untitled article)</source>
        <translation>(مقال بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panel.py" line="355" />
        <source>Citations (%n)</source>
        <translation><numerusform>الإسنادات (%n)</numerusform><numerusform>الإسنادات (%n)</numerusform><numerusform>الإسنادات (%n)</numerusform><numerusform>الإسنادات (%n)</numerusform><numerusform>الإسنادات (%n)</numerusform><numerusform>الإسنادات (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="355" />
        <source>No attributed source</source>
        <translation>لا مصدر منسوب إليه</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="378" />
        <source>from the page's metadata</source>
        <translation>من بيانات الصفحة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="378" />
        <source>from the dateline</source>
        <translation>من سطر التاريخ في النص</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="379" />
        <source>from the file's date</source>
        <translation>من تاريخ الملف</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="379" />
        <source>set by you</source>
        <translation>ضبطته أنت</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="382" />
        <source>published %1 (%2)</source>
        <translation>نُشر في %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="384" />
        <source>publication date unknown</source>
        <translation>تاريخ النشر غير معروف</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="429" />
        <source>The publication date was guessed from the file's date; relative dates («yesterday», «last Tuesday») may be off.</source>
        <translation>تاريخ النشر مُخمَّن من تاريخ الملف؛ قد تكون التواريخ النسبية («أمس»، «الثلاثاء الماضي») غير دقيقة.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="431" />
        <source>Set date…</source>
        <translation>ضبط التاريخ…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="432" />
        <source>Add event from selection</source>
        <translation>إضافة حدث من النص المحدد</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="433" />
        <source>Select the words that describe an event in the text first</source>
        <translation>حدّد أولًا الكلمات التي تصف حدثًا في النص</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="434" />
        <source>Edit date…</source>
        <translation>تعديل التاريخ…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panel.py" line="435" />
        <source>Select an event on the timeline or in the table to read its source here.</source>
        <translation>اختر حدثًا على الخط الزمني أو في الجدول لتقرأ مصدره هنا.</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../../timeline_app/ui/timeline/painter.py" line="112" />
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/painter.py" line="113" />
        <source>Unknown outlet</source>
        <translation>وسيلة غير معروفة</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="183" />
        <source>Loading events…</source>
        <translation>جارٍ تحميل الأحداث…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="186" />
        <source>No events match the current filter</source>
        <translation>لا أحداث تطابق التصفية الحالية</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="187" />
        <source>No events yet — add an article to see its events here</source>
        <translation>لا أحداث بعد — أضف مقالاً لتظهر أحداثه هنا</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="195" />
        <source>Timeline of events</source>
        <translation>المخطط الزمني للأحداث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="196" />
        <source>Zoom In</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="197" />
        <source>Zoom Out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="198" />
        <source>Fit All</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="199" />
        <source>Zoom to Selection</source>
        <translation>تكبير على التحديد</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="178" />
        <location filename="../../timeline_app/ui/timeline/view.py" line="301" />
        <location filename="../../timeline_app/ui/timeline/view.py" line="414" />
        <source>Undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="297" />
        <source>No event selected</source>
        <translation>لا حدث محدد</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="300" />
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="415" />
        <source>Citations: %1</source>
        <translation>الاستشهادات: %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/timeline/view.py" line="418" />
        <source>Click to zoom in on these events</source>
        <translation>انقر للتكبير على هذه الأحداث</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="135" />
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="136" />
        <source>&amp;Recent Libraries</source>
        <translation>المكتبات الأخيرة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="137" />
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="138" />
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="139" />
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="140" />
        <source>Month &amp;Names</source>
        <translation>أسماء الأشهر</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="141" />
        <source>&amp;Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="142" />
        <source>&amp;Color Events By</source>
        <translation>تلوين الأحداث حسب</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="143" />
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="145" />
        <source>&amp;New Library…</source>
        <translation>مكتبة جديدة…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="145" />
        <source>&amp;Open Library…</source>
        <translation>فتح مكتبة…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="146" />
        <source>&amp;Import Files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="146" />
        <source>Import &amp;Folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="147" />
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="148" />
        <source>Edit &amp;Title…</source>
        <translation>تعديل العنوان…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="148" />
        <source>Edit &amp;Date…</source>
        <translation>تعديل التاريخ…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="148" />
        <source>&amp;Delete Event</source>
        <translation>حذف الحدث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="149" />
        <source>&amp;Restore Event</source>
        <translation>استعادة الحدث</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="149" />
        <source>&amp;Merge Selected Events</source>
        <translation>دمج الحدثين المحددين</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="150" />
        <source>&amp;Split Merged Event</source>
        <translation>فصل الحدث المدموج</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="150" />
        <source>&amp;Add Event from Selected Text</source>
        <translation>إضافة حدث من النص المحدد</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="151" />
        <source>Set &amp;Publication Date…</source>
        <translation>ضبط تاريخ النشر…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="151" />
        <source>&amp;Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="152" />
        <source>&amp;Clear Filter</source>
        <translation>مسح التصفية</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="153" />
        <source>&amp;Fit All</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="153" />
        <source>&amp;Zoom to Selection</source>
        <translation>تكبير على التحديد</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="154" />
        <source>&amp;Hijri Ruler</source>
        <translation>مسطرة هجرية</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="154" />
        <source>&amp;About Timeline</source>
        <translation>عن الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="159" />
        <source>Levant (كانون الثاني)</source>
        <translation>الشام والعراق (كانون الثاني)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="159" />
        <source>Egypt (يناير)</source>
        <translation>مصر والخليج (يناير)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="160" />
        <source>Maghreb (جانفي)</source>
        <translation>المغرب العربي (جانفي)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="162" />
        <source>Western (0123)</source>
        <translation>غربية (0123)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="163" />
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>مشرقية (٠١٢٣)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="164" />
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="165" />
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="166" />
        <source>None</source>
        <translation>بلا تلوين</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="168" />
        <source>System Default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="187" />
        <source>&amp;Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="187" />
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="188" />
        <source>&amp;Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/actions.py" line="188" />
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context><name>PrintActions</name><message><source>&amp;Print…</source><translation>طباعة…</translation></message><message><source>Print Pre&amp;view…</source><translation>معاينة الطباعة…</translation></message><message><source>Export &amp;PDF…</source><translation>تصدير PDF…</translation></message><message><source>Export &amp;Image…</source><translation>تصدير صورة…</translation></message><message><source>Export PDF</source><translation>تصدير PDF</translation></message><message><source>Export Image</source><translation>تصدير صورة</translation></message><message><source>Could not export %1: %2</source><translation>تعذّر التصدير إلى %1: %2</translation></message><message numerus="yes"><source>Exported %n page(s) to %1</source><translation><numerusform>لم تُصدَّر أي صفحة إلى %1</numerusform><numerusform>صُدّرت صفحة واحدة إلى %1</numerusform><numerusform>صُدّرت صفحتان إلى %1</numerusform><numerusform>صُدّرت %n صفحات إلى %1</numerusform><numerusform>صُدّرت %n صفحة إلى %1</numerusform><numerusform>صُدّرت %n صفحة إلى %1</numerusform></translation></message><message><source>Open a library first.</source><translation>افتح مكتبة أولًا.</translation></message><message><source>PDF documents (*.pdf)</source><translation>مستندات PDF ‏(*.pdf)</translation></message><message><source>PNG image (*.png);;SVG drawing (*.svg)</source><translation>صورة PNG ‏(*.png);;رسم SVG ‏(*.svg)</translation></message><message><source>Printing failed: %1</source><translation>فشلت الطباعة: %1</translation></message><message><source>Saved the timeline view to %1</source><translation>حُفظ عرض الخط الزمني في %1</translation></message><message numerus="yes"><source>Sent %n page(s) to the printer.</source><translation><numerusform>لم تُرسل أي صفحة إلى الطابعة.</numerusform><numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform><numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform><numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform><numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform><numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform></translation></message></context></TS>