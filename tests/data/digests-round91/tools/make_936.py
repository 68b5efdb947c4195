#!/usr/bin/env python3
"""936 (negative): a Microsoft Project 2019 plan saved as XML (MSPDI, "Save As → XML") by سارة عبد الرحمن, an Egyptian
master's student, for her thesis on self-supervised learning for chest X-rays: the declaration, `<Project
xmlns="http://schemas.microsoft.com/project">`, the project properties (SaveVersion 14, BuildNumber, Name, Title,
Author, dates, 480 minutes a day, EGP), one base calendar «قياسي» with Sunday–Thursday working 08:00–12:00 and
13:00–17:00, Friday and Saturday off and exceptions for the 2024 holidays; Tasks (the project summary task UID 0,
summary tasks per phase, leaf tasks and milestones) with UID, ID, Name, WBS / OutlineNumber / OutlineLevel, Start,
Finish, Duration `PT<h>H0M0S` in working hours on that calendar, Milestone, Summary, PercentComplete, Notes and
finish-to-start PredecessorLinks; Resources and Assignments. Tab indentation, CRLF line ends (as remembered of
Project's writer), a final line end. The literature-review tasks speak of papers, the Zotero group and model
nicknames, but the file names no paper and holds nothing arXiv-shaped."""
import datetime as dt, os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "936_negative_ms_project_mspdi_xml_arabic_thesis_plan_literature_review_tasks.xml"
HOL = {"2024-01-25": "عيد الثورة", "2024-04-10": "عيد الفطر", "2024-04-11": "عيد الفطر", "2024-04-12": "عيد الفطر",
       "2024-06-16": "عيد الأضحى", "2024-06-17": "عيد الأضحى", "2024-06-18": "عيد الأضحى", "2024-06-19": "عيد الأضحى"}
EXC = [("عيد الثورة", "2024-01-25", "2024-01-25"), ("عيد الفطر", "2024-04-10", "2024-04-12"),
       ("عيد الأضحى", "2024-06-16", "2024-06-19")]


def working(d):
    return d.weekday() not in (4, 5) and d.isoformat() not in HOL


def add_days(start, n):
    """the date of the n-th working day counting `start` as the first"""
    d, k = start, 1
    assert working(d)
    while k < n:
        d += dt.timedelta(days=1)
        if working(d): k += 1
    return d


def next_working(d):
    d += dt.timedelta(days=1)
    while not working(d): d += dt.timedelta(days=1)
    return d


def wdays(a, b):
    n, d = 0, a
    while d <= b:
        n += working(d); d += dt.timedelta(days=1)
    return n


# (uid, level, name, days or None for summary / 0 for milestone, start or predecessor uid, percent, note)
PLAN = [
    (1, 1, "المرحلة الأولى: مراجعة الأدبيات", None, None, None, ""),
    (2, 2, "جمع الأوراق البحثية من Google Scholar وSemantic Scholar", 10, dt.date(2023, 10, 1), 100,
     "القائمة الكاملة في مجموعة Zotero «رسالة-SSL»، وليست في هذا الملف."),
    (3, 2, "قراءة أوراق التعلم التبايني (حوالي ١٥ ورقة)", 25, 2, 100,
     "البدء بالطرق التي لا تحتاج دفعات كبيرة. ملخص كل ورقة في مجلد الملاحظات."),
    (4, 2, "قراءة أوراق النمذجة المقنَّعة للصور (MAE وما بعدها)", 20, 3, 100,
     "التركيز على ما جُرِّب على صور طبية."),
    (5, 2, "كتابة فصل الدراسات السابقة (مسودة أولى)", 20, 4, 60, "المسودة على Overleaf."),
    (6, 2, "مراجعة المشرف لفصل الدراسات السابقة", 0, 5, 0, ""),
    (7, 1, "المرحلة الثانية: البيانات", None, None, None, ""),
    (8, 2, "طلب موافقة لجنة الأخلاقيات على بيانات المستشفى", 15, dt.date(2023, 11, 5), 100,
     "رقم الطلب عند د. أحمد."),
    (9, 2, "تنظيف صور الأشعة السينية وإزالة بيانات المرضى", 20, 8, 70, "نصّ الإزالة على خادم القسم."),
    (10, 1, "المرحلة الثالثة: التجارب", None, None, None, ""),
    (11, 2, "إعادة إنتاج خط الأساس (ResNet-50 مدرَّب مسبقًا على ImageNet)", 10, 9, 30, ""),
    (12, 2, "تجارب التدريب المسبق الذاتي على بياناتنا", 30, 11, 0, "حجز وحدات GPU من مركز الحوسبة."),
    (13, 2, "التقييم: تصنيف خطي وضبط دقيق بنسب مختلفة من التسميات", 15, 12, 0, ""),
    (14, 1, "المرحلة الرابعة: الكتابة والمناقشة", None, None, None, ""),
    (15, 2, "كتابة فصول المنهجية والنتائج", 25, 13, 0, ""),
    (16, 2, "تسليم الرسالة للجنة الحكم", 0, 15, 0, ""),
    (17, 2, "المناقشة", 0, 16, 0, "الموعد يحدده القسم."),
]
tasks = {}
for uid, lvl, name, days, start, pct, note in PLAN:
    if days is None:
        tasks[uid] = dict(uid=uid, lvl=lvl, name=name, summary=True, note=note, pred=None)
        continue
    pred = start if isinstance(start, int) else None
    s = next_working(tasks[pred]["finish"]) if pred else start
    if days == 0:
        s = tasks[pred]["finish"] if pred else s
        f = s
    else:
        f = add_days(s, days)
    tasks[uid] = dict(uid=uid, lvl=lvl, name=name, summary=False, start=s, finish=f, days=days, pct=pct, note=note,
                      pred=pred)
uids = [p[0] for p in PLAN]
for i, uid in enumerate(uids):
    t = tasks[uid]
    if t["summary"]:
        kids = []
        for u in uids[i + 1:]:
            if tasks[u]["lvl"] <= t["lvl"]: break
            kids.append(tasks[u])
        t["start"] = min(k["start"] for k in kids)
        t["finish"] = max(k["finish"] for k in kids)
        t["days"] = wdays(t["start"], t["finish"])
        work = sum(k["days"] for k in kids)
        t["pct"] = round(sum(k["days"] * k["pct"] for k in kids) / work) if work else 0
leaves = [tasks[u] for u in uids]
cnt = [0, 0, 0]
for t in leaves:
    cnt[t["lvl"]] += 1
    cnt[t["lvl"] + 1:] = [0] * (2 - t["lvl"])
    t["wbs"] = ".".join(str(c) for c in cnt[1:t["lvl"] + 1])
proj = dict(uid=0, lvl=0, name="خطة رسالة الماجستير — التعلم الذاتي الإشراف لصور الأشعة", summary=True, note="",
            pred=None, start=min(t["start"] for t in leaves), finish=max(t["finish"] for t in leaves))
proj["days"] = wdays(proj["start"], proj["finish"])
work = sum(t["days"] for t in leaves if not t["summary"])
proj["pct"] = round(sum(t["days"] * t["pct"] for t in leaves if not t["summary"]) / work)

L = []


def el(ind, tag, val):
    L.append("\t" * ind + f"<{tag}>{escape(str(val))}</{tag}>")


def open_(ind, tag):
    L.append("\t" * ind + f"<{tag}>")


def close(ind, tag):
    L.append("\t" * ind + f"</{tag}>")


def ts(d, end=False):
    return f"{d.isoformat()}T{'17' if end else '08'}:00:00"


L.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
L.append('<Project xmlns="http://schemas.microsoft.com/project">')
for tag, val in [("SaveVersion", 14), ("BuildNumber", "16.0.10406.20006"), ("Name", "خطة-الرسالة.xml"),
                 ("Title", "خطة رسالة الماجستير"), ("Author", "سارة عبد الرحمن"), ("Company", "كلية الحاسبات والذكاء الاصطناعي"),
                 ("CreationDate", "2023-09-28T20:41:00"), ("LastSaved", "2024-03-05T21:14:00"), ("ScheduleFromStart", 1),
                 ("StartDate", ts(proj["start"])), ("FinishDate", ts(proj["finish"], True)), ("FYStartDate", 1),
                 ("CriticalSlackLimit", 0), ("CurrencyDigits", 2), ("CurrencySymbol", "ج.م."), ("CurrencyCode", "EGP"),
                 ("CurrencySymbolPosition", 3), ("CalendarUID", 1), ("DefaultStartTime", "08:00:00"),
                 ("DefaultFinishTime", "17:00:00"), ("MinutesPerDay", 480), ("MinutesPerWeek", 2400),
                 ("DaysPerMonth", 20), ("DefaultTaskType", 0), ("DefaultFixedCostAccrual", 3),
                 ("DefaultStandardRate", 0), ("DefaultOvertimeRate", 0), ("DurationFormat", 7), ("WorkFormat", 2),
                 ("EditableActualCosts", 0), ("HonorConstraints", 0), ("InsertedProjectsLikeSummary", 1),
                 ("MultipleCriticalPaths", 0), ("NewTasksEffortDriven", 0), ("NewTasksEstimated", 1),
                 ("SplitsInProgressTasks", 1), ("SpreadActualCost", 0), ("SpreadPercentComplete", 0),
                 ("TaskUpdatesResource", 1), ("FiscalYearStart", 0), ("WeekStartDay", 0),
                 ("MoveCompletedEndsBack", 0), ("MoveRemainingStartsBack", 0), ("MoveRemainingStartsForward", 0),
                 ("MoveCompletedEndsForward", 0), ("BaselineForEarnedValue", 0), ("AutoAddNewResourcesAndTasks", 1),
                 ("CurrentDate", "2024-03-05T08:00:00"), ("MicrosoftProjectServerURL", 1), ("Autolink", 0),
                 ("NewTaskStartDate", 0), ("NewTasksAreManual", 0), ("DefaultTaskEVMethod", 0),
                 ("ProjectExternallyEdited", 0), ("ExtendedCreationDate", "1984-01-01T00:00:00"),
                 ("ActualsInSync", 0), ("RemoveFileProperties", 0), ("AdminProject", 0)]:
    el(1, tag, val)
open_(1, "Calendars"); open_(2, "Calendar")
el(3, "UID", 1); el(3, "Name", "قياسي"); el(3, "IsBaseCalendar", 1); el(3, "IsBaselineCalendar", 0)
el(3, "BaseCalendarUID", -1)
open_(3, "WeekDays")
for day in range(1, 8):  # 1 = Sunday … 7 = Saturday
    open_(4, "WeekDay"); el(5, "DayType", day)
    if day in (6, 7):
        el(5, "DayWorking", 0)
    else:
        el(5, "DayWorking", 1); open_(5, "WorkingTimes")
        for a, b in (("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")):
            open_(6, "WorkingTime"); el(7, "FromTime", a); el(7, "ToTime", b); close(6, "WorkingTime")
        close(5, "WorkingTimes")
    close(4, "WeekDay")
close(3, "WeekDays")
open_(3, "Exceptions")
for name, a, b in EXC:
    open_(4, "Exception"); el(5, "EnteredByOccurrences", 0); open_(5, "TimePeriod")
    el(6, "FromDate", f"{a}T00:00:00"); el(6, "ToDate", f"{b}T23:59:00"); close(5, "TimePeriod")
    el(5, "Occurrences", 1); el(5, "Name", name); el(5, "Type", 1); el(5, "DayWorking", 0); close(4, "Exception")
close(3, "Exceptions")
close(2, "Calendar")
for uid, name in ((2, "سارة عبد الرحمن"), (3, "د. أحمد منصور")):
    open_(2, "Calendar"); el(3, "UID", uid); el(3, "Name", name); el(3, "IsBaseCalendar", 0)
    el(3, "IsBaselineCalendar", 0); el(3, "BaseCalendarUID", 1); close(2, "Calendar")
close(1, "Calendars")
open_(1, "Tasks")
for i, t in enumerate([proj] + leaves):
    open_(2, "Task")
    el(3, "UID", t["uid"]); el(3, "ID", i); el(3, "Name", t["name"]); el(3, "Type", 1); el(3, "IsNull", 0)
    el(3, "CreateDate", "2023-09-28T20:41:00" if t["uid"] in (0, 1, 2, 3, 7, 8) else "2023-10-22T19:05:00")
    el(3, "WBS", t.setdefault("wbs", "0")); el(3, "OutlineNumber", t["wbs"]); el(3, "OutlineLevel", t["lvl"])
    el(3, "Priority", 500); el(3, "Start", ts(t["start"], t["days"] == 0)); el(3, "Finish", ts(t["finish"], True))
    el(3, "Duration", f"PT{8 * t['days']}H0M0S"); el(3, "DurationFormat", 7)
    el(3, "Work", f"PT{8 * t['days']}H0M0S" if not t["summary"] else "PT0H0M0S")
    el(3, "ResumeValid", 0); el(3, "EffortDriven", 0); el(3, "Recurring", 0); el(3, "OverAllocated", 0)
    el(3, "Estimated", 0); el(3, "Milestone", 1 if not t["summary"] and t["days"] == 0 else 0)
    el(3, "Summary", 1 if t["summary"] else 0); el(3, "Critical", 1 if t["uid"] in (0, 10, 11, 12, 13, 14, 15, 16, 17) else 0)
    el(3, "PercentComplete", t["pct"]); el(3, "PercentWorkComplete", t["pct"])
    el(3, "ConstraintType", 0 if t["pred"] or t["summary"] else 4)
    if not t["pred"] and not t["summary"]: el(3, "ConstraintDate", ts(t["start"]))
    el(3, "CalendarUID", -1)
    if t["note"]: el(3, "Notes", t["note"])
    if t["pred"]:
        open_(3, "PredecessorLink"); el(4, "PredecessorUID", t["pred"]); el(4, "Type", 1); el(4, "CrossProject", 0)
        el(4, "LinkLag", 0); el(4, "LagFormat", 7); close(3, "PredecessorLink")
    el(3, "Active", 1); el(3, "Manual", 0)
    close(2, "Task")
close(1, "Tasks")
open_(1, "Resources")
for uid, name, initials in ((0, "", ""), (1, "سارة عبد الرحمن", "س"), (2, "د. أحمد منصور", "أ")):
    open_(2, "Resource"); el(3, "UID", uid); el(3, "ID", uid)
    if name: el(3, "Name", name); el(3, "Initials", initials)
    el(3, "Type", 1); el(3, "IsNull", 0); el(3, "MaxUnits", "1.00"); el(3, "CalendarUID", -1 if not uid else 1 + uid)
    close(2, "Resource")
close(1, "Resources")
open_(1, "Assignments")
n = 1
for t in leaves:
    if t["summary"] or t["days"] == 0: continue
    for r in ((1,) if t["uid"] != 8 else (1, 2)):
        open_(2, "Assignment"); el(3, "UID", n); el(3, "TaskUID", t["uid"]); el(3, "ResourceUID", r)
        el(3, "Start", ts(t["start"])); el(3, "Finish", ts(t["finish"], True)); el(3, "Units", 1)
        el(3, "Work", f"PT{8 * t['days']}H0M0S"); close(2, "Assignment"); n += 1
close(1, "Assignments")
L.append("</Project>")
write(F, "\r\n".join(L) + "\r\n", negative=True)
