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
</TS>
