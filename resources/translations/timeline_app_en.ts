<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EventModel</name>
    <message>
        <source>التاريخ كما ورد</source>
        <translation>Date as written</translation>
    </message>
    <message>
        <source>التاريخ المحسوب</source>
        <translation>Resolved date</translation>
    </message>
    <message>
        <source>الحدث</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>الفاعلون</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>الأماكن</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>الوسيلة</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>الثقة</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>معدَّل</source>
        <translation>Edited</translation>
    </message>
</context>
<context>
    <name>IngestSummaryDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation><numerusform>%n event shown</numerusform><numerusform>%n events shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>Reported in %n article(s):</source>
        <translation><numerusform>Reported in %n article:</numerusform><numerusform>Reported in %n articles:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Citations (%n)</source>
        <translation><numerusform>Citation (%n)</numerusform><numerusform>Citations (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation><numerusform>Exported %n page to %1</numerusform><numerusform>Exported %n pages to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation><numerusform>Sent %n page to the printer.</numerusform><numerusform>Sent %n pages to the printer.</numerusform></translation>
    </message>
</context>
</TS>
