#!/usr/bin/env python3
"""1415: an urlwatch report (Hebrew pages), as the text reporter prints it to the terminal (or cron mails it): the
summary between two 75-character `=` rules (`01. CHANGED: name`, …), then for each job with details a block between
75-character `-` rules headed `VERB: name ( url )` — CHANGED with a unified diff (`--- @<TAB>date`, `+++ @<TAB>date`,
dates as email.utils.formatdate(localtime) writes them, hunks with three lines of context), ERROR with the Python
traceback — and the footer after `-- ` (version, website, sponsor line, `watched N URLs in S seconds`). NEW jobs get a
summary line only; unchanged jobs are not shown. The watched pages (after html2text) are modelled here, old and new,
and the diffs computed with difflib exactly as urlwatch calls it. Not papers: a guest talk, a Gymnasium workshop,
slides on Moodle, scholarships, a thesis defence; SAM (the optimiser), PPO, LPG, CQD are nicknames."""
import difflib, os, sys
from email.utils import format_datetime
import datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1415, keys, DBN

TZ = dt.timezone(dt.timedelta(hours=3))
RL_OLD = """קבוצת קריאה – למידה חיזוקית
המפגשים בימי שלישי, 12:30, חדר 337 (בניין טאוב). פיצה על חשבון המעבדה.
מפגשים קודמים
09.04.2024 – הרצאת אורח: ד"ר נועה לוי, "RL בתעשייה – מה עובד באמת" (שקפים במודל)
16.04.2024 – סדנה: Gymnasium ו-Stable-Baselines3, מביאים מחשב נייד
30.04.2024 – אין מפגש (יום הזיכרון)
מפגשים הבאים
יפורסם בהמשך
לשאלות: yonatan.r@rl-group.example.ac.il"""
RL_NEW = RL_OLD.replace("מפגשים הבאים\nיפורסם בהמשך", f"""07.05.2024 – {T('2006.05990')} – מציג: יונתן – https://arxiv.org/abs/2006.05990
מפגשים הבאים
14.05.2024 – {T('2101.03958')} – מציגה: מיכל – https://arxiv.org/abs/2101.03958
21.05.2024 – יפורסם בהמשך""")
OPT_OLD = f"""סמינר באופטימיזציה לא-קמורה – סמסטר ב' תשפ"ד
מרצה: פרופ' גלעד שמיר. הציון: הצגה (60%) ועבודה מסכמת (40%).
שבוע 1: מבוא – הרצאה של המרצה (השקפים במודל)
שבוע 2: {DBN} (Neural Computation, 2006) – רקע היסטורי על אימון שכבה-שכבה
שבוע 3: יפורסם בהמשך
שבוע 4: יפורסם בהמשך
שבוע 5: יפורסם בהמשך
שבוע 6: הצגות עבודות
הרשמה להצגות בטופס ששלחנו במייל."""
OPT_NEW = OPT_OLD.replace("שבוע 3: יפורסם בהמשך\nשבוע 4: יפורסם בהמשך\nשבוע 5: יפורסם בהמשך", f"""שבוע 3: {T('2103.13462')} – סקירה של טניו מה (הרשימות מהקורס שלו)
שבוע 4: {T('2010.01412')} – https://arxiv.org/abs/2010.01412
שבוע 5: {T('2006.14536')} (arXiv:2006.14536) – הקשר בין חלקות האקטיבציה לעמידות""")
AML_OLD = """חדשות המעבדה ל-AutoML
02.04.2024 – ברוכים הבאים לשני סטודנטים חדשים לתואר שני: אביטל ועומר!
18.03.2024 – שירה הגנה בהצלחה על התזה. מזל טוב!
ארכיון חדשות"""
AML_NEW = AML_OLD.replace("חדשות המעבדה ל-AutoML\n", f"""חדשות המעבדה ל-AutoML
12.05.2024 – קבוצת הקריאה של הקיץ נפתחת! המאמר הראשון: {T('2006.03656')} (Google, 2020). הקוד אינו פומבי.
10.05.2024 – תזכורת: {T('2011.03459')} זכה בפרס המאמר המצטיין ב-ICLR 2021 – נקרא אותו ביוני.
""")
JOBS = [  # name, url, verb, old, new, t_old, t_new
 ("קבוצת קריאה – למידה חיזוקית", "https://rl-group.example.ac.il/reading-group", "changed", RL_OLD, RL_NEW, 2, 3),
 ("סמינר אופטימיזציה – רשימת קריאה", "https://optml.example.ac.il/seminar/reading.html", "changed", OPT_OLD, OPT_NEW, 2, 4),
 ("קורס למידה עמוקה – מודל", "https://moodle.example.ac.il/course/view.php?id=4412", "error", None, None, 2, 63),
 ("חדשות המעבדה ל-AutoML", "https://automl-lab.example.ac.il/news", "changed", AML_OLD, AML_NEW, 1, 2),
 ("מלגות לתארים מתקדמים", "https://graduate.example.ac.il/scholarships", "new", None, None, 1, 2),
]
TRACE = """Traceback (most recent call last):
  File "/usr/lib/python3/dist-packages/urlwatch/handler.py", line 92, in process
    data = self.job.retrieve(self)
  File "/usr/lib/python3/dist-packages/urlwatch/jobs.py", line 374, in retrieve
    response = requests.request(url=self.url, data=self.data, headers=headers, method=self.method,
  File "/usr/lib/python3/dist-packages/requests/api.py", line 59, in request
    return session.request(method=method, url=url, **kwargs)
  File "/usr/lib/python3/dist-packages/requests/adapters.py", line 532, in send
    raise ReadTimeout(e, request=request)
requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='moodle.example.ac.il', port=443): Read timed out. (read timeout=60)"""

D0, D1 = dt.datetime(2024, 5, 12, 7, 0, 0, tzinfo=TZ), dt.datetime(2024, 5, 13, 7, 0, 0, tzinfo=TZ)
EQ, DASH = "=" * 75, "-" * 75
out = [EQ] + [f"{i + 1:02d}. {j[2].upper()}: {j[0]}" for i, j in enumerate(JOBS)] + [EQ, ""]
for name, url, verb, old, new, a, b in JOBS:
    if verb == "new": continue
    if verb == "changed":
        fd = format_datetime(D0 + dt.timedelta(seconds=a))
        td = format_datetime(D1 + dt.timedelta(seconds=b))
        content = "\n".join(difflib.unified_diff(old.split("\n"), new.split("\n"), "@", "@", fd, td, lineterm=""))
    else:
        content = TRACE
    out += [DASH, f"{verb.upper()}: {name} ( {url} )", DASH, content, DASH, ""]
out += ["-- ", "urlwatch 2.28, Copyright 2008-2023 Thomas Perl", "Website: https://thp.io/2008/urlwatch/",
        "Support urlwatch development: https://github.com/sponsors/thp", "watched 7 URLs in 63 seconds"]
write_only(F1415, "\n".join(out) + "\n", keys(F1415))
