#!/usr/bin/env python3
"""956 (negative): the JSON file Remember The Milk's "Export your data" gives (one line, compact, no final newline),
from a Hindi-speaking PhD student at an Indian institute: `config`, `lists` (the default Inbox / Personal / Work /
Sent and her own), `smart_lists` with RTM search filters, `tasks` (ids as strings, series ids, list ids, priority
P1 / P2 / P3 / PN, millisecond epoch times, due dates with or without a time, completion, tags, URL, estimate as an
ISO 8601 duration, repeat as an RRULE, postponed count, source) and `notes` attached to task series. Reading-group
chores, reviews, a thesis chapter, deadlines, a GPU quota form, household tasks — no paper is named anywhere, and no
catalogue title and nothing arXiv-shaped is written (the builder refuses both)."""
import json, os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "956_negative_remember_the_milk_json_export_hindi_phd_tasks_and_deadlines.json"
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


def ms(s):
    """'2024-03-05 10:12' in IST -> epoch milliseconds"""
    return int(dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=IST).timestamp() * 1000)


LISTS = [("48213301", "Inbox", "2022-08-01 09:00"), ("48213302", "Personal", "2022-08-01 09:00"),
         ("48213303", "Work", "2022-08-01 09:00"), ("48213304", "Sent", "2022-08-01 09:00"),
         ("48213977", "पीएचडी / थीसिस", "2022-08-03 21:14"), ("48219460", "रीडिंग ग्रुप", "2023-01-09 18:40")]
LID = {n: i for i, n, _ in LISTS}
tasks, notes = [], []
_n = [0]


def task(name, lst, created, modified=None, due=None, due_time=False, done=None, prio="PN", tags=(), url="",
         estimate=None, repeat=None, postponed=0, source="android", note=None):
    _n[0] += 1
    tid, sid = str(1093284510 + 37 * _n[0]), str(611402870 + 11 * _n[0])
    t = {"id": tid, "series_id": sid, "list_id": LID[lst], "name": name, "priority": prio,
         "date_created": ms(created), "date_added": ms(created), "date_modified": ms(modified or created)}
    if due: t["date_due"] = ms(due); t["date_due_has_time"] = due_time
    if done: t["date_completed"] = ms(done)
    t["tags"] = list(tags)
    if url: t["url"] = url
    if estimate: t["estimate"] = estimate
    if repeat: t["repeat"] = repeat
    t["postponed"] = postponed
    t["source"] = source
    tasks.append(t)
    if note:
        nt, nb, nc = note
        notes.append({"id": str(90871200 + 13 * _n[0]), "series_id": sid, "date_created": ms(nc),
                      "date_modified": ms(nc), "title": nt, "content": nb})


task("रीडिंग ग्रुप: गुरुवार के लिए सेमिनार कक्ष 204 बुक करना", "रीडिंग ग्रुप", "2023-01-09 18:42", "2024-03-04 09:15",
     due="2024-03-06 00:00", prio="P2", tags=["रीडिंग-ग्रुप", "साप्ताहिक"], url="https://rooms.nit-pashchimpur.example/book",
     estimate="PT10M", repeat="FREQ=WEEKLY;INTERVAL=1;BYDAY=WE", postponed=1, source="web")
task("अगले हफ़्ते का पेपर तय करना — नेहा और आदित्य के सुझाव देखना", "रीडिंग ग्रुप", "2024-03-01 22:05", "2024-03-04 21:30",
     due="2024-03-07 16:00", due_time=True, prio="P1", tags=["रीडिंग-ग्रुप"], estimate="PT30M",
     note=("सुझाव", "नेहा: लंबे संदर्भ (long context) पर कोई हालिया पेपर। आदित्य: कोई क्लासिक, ताकि नए छात्र भी समझ सकें। "
           "अभी तय नहीं हुआ; गुरुवार सुबह तक शीट में नाम डालना है।", "2024-03-04 21:30"))
task("रीडिंग ग्रुप की शीट में पिछले सत्र के नोट्स डालना", "रीडिंग ग्रुप", "2024-02-29 17:50", "2024-03-01 10:02",
     done="2024-03-01 10:02", tags=["रीडिंग-ग्रुप"], url="https://docs.google.com/spreadsheets/d/1q7ZkR3vT0aLmN8pXc2WbYe5HsJd9FgUo4iK6rAtQnE/edit",
     estimate="PT20M")
task("डॉ. मेहता को अध्याय 3 (प्रयोग) का ड्राफ़्ट भेजना", "पीएचडी / थीसिस", "2024-02-12 11:00", "2024-03-05 08:47",
     due="2024-03-08 00:00", prio="P1", tags=["थीसिस"], estimate="PT6H", postponed=2, source="web",
     note=("बाकी काम", "टेबल 3.2 के नतीजे दोबारा चलाने हैं (seed 3 गायब)। चित्र 3.4 का कैप्शन छोटा करना। "
           "related work में कुछ citations Overleaf में टूटे हुए हैं — bib फ़ाइल देखनी है।", "2024-03-05 08:47"))
task("Overleaf: bib फ़ाइल से duplicate entries हटाना", "पीएचडी / थीसिस", "2024-03-05 08:50", prio="P3", tags=["थीसिस"],
     url="https://www.overleaf.com/project/65e6f1a2c4d9b83f7a0e5c21", estimate="PT45M", source="web")
task("arXiv ईमेल अलर्ट में cs.CL के साथ cs.SD भी जोड़ना", "Work", "2024-02-20 23:11", "2024-02-21 09:30",
     done="2024-02-21 09:30", tags=["सेटअप"], estimate="PT5M")
task("GPU क्लस्टर: कोटा बढ़ाने का फ़ॉर्म (2 × A100, 3 महीने)", "Work", "2024-02-26 14:20", "2024-03-02 16:05",
     due="2024-03-06 17:00", due_time=True, prio="P1", tags=["hpc"], url="https://hpc.nit-pashchimpur.example/quota/request",
     estimate="PT30M", note=("जवाब", "सिस्टम एडमिन ने कहा कि विभागाध्यक्ष के हस्ताक्षर वाला PDF भी लगाना होगा।", "2024-03-02 16:05"))
task("समीक्षा: वर्कशॉप के लिए 2 सबमिशन (गोपनीय — शीर्षक यहाँ न लिखें)", "Work", "2024-02-18 10:00", "2024-03-03 20:41",
     due="2024-03-10 23:59", due_time=True, prio="P2", tags=["समीक्षा"], estimate="PT4H", source="web")
task("लैब मीटिंग की स्लाइड्स — प्रगति रिपोर्ट", "Work", "2024-03-04 12:30", due="2024-03-11 00:00", prio="P2",
     tags=["लैब-मीटिंग"], estimate="PT2H", repeat="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")
task("यात्रा अनुदान आवेदन (सम्मेलन, अगस्त)", "पीएचडी / थीसिस", "2024-02-08 19:25", "2024-02-27 15:10", due="2024-03-15 00:00",
     prio="P2", tags=["अनुदान"], url="https://research.nit-pashchimpur.example/travel-grant", estimate="PT1H30M")
task("पोस्टर प्रिंट करवाना (A0, मैट)", "Work", "2024-01-22 09:40", "2024-01-29 13:00", done="2024-01-29 13:00",
     tags=["पोस्टर"])
task("लाइब्रेरी: जुराफ़स्की की किताब लौटाना", "Personal", "2024-02-25 18:00", due="2024-03-09 00:00", prio="P3",
     tags=["लाइब्रेरी"])
task("माँ को फ़ोन करना", "Personal", "2023-06-11 20:00", "2024-03-03 20:35", due="2024-03-10 19:00", due_time=True,
     repeat="FREQ=WEEKLY;INTERVAL=1;BYDAY=SU", tags=[])
task("बिजली का बिल भरना", "Personal", "2024-03-01 08:15", due="2024-03-12 00:00", prio="P2", tags=["घर"], estimate="PT10M")
task("हॉस्टल वाई-फ़ाई की शिकायत दर्ज करना", "Inbox", "2024-03-05 07:58", tags=[], source="email")

out = {"config": {"date_format": 0, "default_due_date": "never", "default_list_id": LID["Inbox"], "language": "hi-IN",
                  "pro": False, "time_format": 1, "timezone": "Asia/Kolkata"},
       "lists": [{"id": i, "date_created": ms(c), "date_modified": ms(c), "name": n} for i, n, c in LISTS],
       "smart_lists": [{"id": "48220115", "date_created": ms("2023-01-10 08:00"), "date_modified": ms("2023-01-10 08:00"),
                        "name": "इस हफ़्ते", "filter": "dueWithin:\"1 week of today\" AND status:incomplete"},
                       {"id": "48220116", "date_created": ms("2023-09-02 11:30"), "date_modified": ms("2024-02-18 10:02"),
                        "name": "थीसिस + समीक्षा", "filter": "(tag:थीसिस OR tag:समीक्षा) AND status:incomplete"}],
       "tasks": tasks, "notes": notes}
write(F, json.dumps(out, ensure_ascii=False, separators=(",", ":")), negative=True)
