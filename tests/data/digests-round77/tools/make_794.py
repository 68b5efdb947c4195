#!/usr/bin/env python3
"""794: `git blame --porcelain README.md` of an Arabic-speaking group's reading-list repository, as git 2.43 writes
it: for each group of lines from one commit a header `<40-hex> <orig line> <final line> <lines in group>`, then —
the first time that commit appears only — author / author-mail / author-time (UNIX seconds) / author-tz /
committer… / summary, `boundary` for the root commit or `previous <sha> <path>`, `filename README.md`; every further
line of a group a three-number header; every content line prefixed by a TAB. Papers on efficient attention and
state-space sequence models."""
import datetime, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys

F = by_num(794)
TZ = datetime.timezone(datetime.timedelta(hours=3))


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


C = {}
order = []


def commit(key, name, mail, when, summary, parent=None):
    t = int(datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ).timestamp())
    C[key] = dict(sha=sha("r77-794-" + key), name=name, mail=mail, time=t, summary=summary, parent=parent)


commit("init", "Youssef Haddad", "y.haddad@example.net", "2024-02-11 20:14:07", "بداية قائمة القراءة")
commit("ssm", "Salma Khoury", "salma.k@example.org", "2024-02-25 09:40:52", "إضافة قسم نماذج فضاء الحالة", "init")
commit("flash", "Omar Tarabishi", "omar.t@example.com", "2024-03-03 22:05:18", "FlashAttention وملاحظات الأداء", "ssm")
commit("fix", "Youssef Haddad", "y.haddad@example.net", "2024-03-05 18:31:44", "تصحيح روابط وتحديث موعد الجلسة", "flash")

A = lambda k, v="": f"https://arxiv.org/abs/{k}{v}"
LINES = [
 ("init", "# قائمة قراءة: الانتباه الفعّال والتسلسلات الطويلة"),
 ("init", ""),
 ("init", "مجموعة القراءة الأسبوعية — قسم علوم الحاسوب. نلتقي يوم الخميس الساعة 17:00 (قاعة B-204 أو عبر الإنترنت)."),
 ("fix", "الجلسة القادمة: 14 مارس، يقدّمها سلمى خوري."),
 ("init", ""),
 ("init", "## ١. الانتباه المتفرّق ومنخفض الرتبة"),
 ("init", ""),
 ("init", f"- **{T('1904.10509')}** — {au('1904.10509', 3)}. أنماط ثابتة (strided / fixed)؛ ملف PDF في مجلد المجموعة."),
 ("init", f"- **{T('2004.05150')}** — {au('2004.05150', 3)}."),
 ("fix", f"  الرابط: {A('2004.05150', 'v2')}"),
 ("init", f"- **{T('2006.04768')}** — {au('2006.04768', 3)} (arXiv:2006.04768). إسقاط المفاتيح والقيم إلى بُعد ثابت."),
 ("init", ""),
 ("init", "## ٢. المعايير"),
 ("init", ""),
 ("init", f"- **{T('2011.04006')}** — {au('2011.04006', 3)}. نستخدم مهامه الست في تجاربنا؛ لا رابط بعد (نسخة المؤتمر مطبوعة)."),
 ("init", ""),
 ("ssm", "## ٣. نماذج فضاء الحالة"),
 ("ssm", ""),
 ("ssm", f"- [{T('2008.07669')}]({A('2008.07669')}) — {au('2008.07669', 3)}. الأساس الرياضي: الإسقاط على كثيرات حدود متعامدة."),
 ("fix", f"- [{T('2111.00396')}](https://openreview.net/forum?id={OR('2111.00396')}) — {au('2111.00396', 3)}. صفحة OpenReview مع المراجعات."),
 ("ssm", f"- **{T('2312.00752')}** — {au('2312.00752', 2)}. للقراءة بعد الورقتين السابقتين."),
 ("ssm", ""),
 ("flash", "## ٤. النوى والأداء"),
 ("flash", ""),
 ("flash", f"- [{T('2205.14135')}]({A('2205.14135')}) — {au('2205.14135', 3)}."),
 ("flash", "  ملاحظة: التبليط (tiling) وعدد قراءات HBM؛ قارنوا مع تجربتنا على A100 في `bench/attn.md`."),
 ("flash", ""),
 ("init", "## ليست أوراقاً بحثية"),
 ("init", ""),
 ("init", "- مستودع triton-lang/triton — لغة ومترجم نوى GPU (برنامج)."),
 ("flash", "- مدونة «شرح نماذج فضاء الحالة بالكود» على blog.lab.example.net (مدونة)."),
 ("init", "- مجموعة بيانات PG-19 للنصوص الطويلة (بيانات) ومقرر «الحوسبة عالية الأداء» (مقرر)."),
 ("init", ""),
 ("init", "للإضافة: افتحوا طلب دمج وعدّلوا هذا الملف فقط، مع سطر وصف بالعربية."),
]
CHAIN = ["init", "ssm", "flash", "fix"]  # each commit only inserted lines, so a line's number in its commit's version
groups = []                              # counts the lines of that commit and its ancestors above it
for i, (c, line) in enumerate(LINES, 1):
    o = sum(1 for c2, _ in LINES[:i] if CHAIN.index(c2) <= CHAIN.index(c))
    if groups and groups[-1][0] == c and groups[-1][2] + len(groups[-1][3]) == i and groups[-1][3][-1][0] == o - 1:
        groups[-1][3].append((o, line))
    else:
        groups.append([c, o, i, [(o, line)]])
shown, out = set(), []
for c, o, fl, ls in groups:
    h = C[c]["sha"]
    out.append(f"{h} {o} {fl} {len(ls)}")
    if c not in shown:
        shown.add(c); d = C[c]
        for who in ("author", "committer"):
            out += [f"{who} {d['name']}", f"{who}-mail <{d['mail']}>", f"{who}-time {d['time']}", f"{who}-tz +0300"]
        out.append(f"summary {d['summary']}")
        out.append("boundary" if d["parent"] is None else f"previous {C[d['parent']]['sha']} README.md")
        out.append("filename README.md")
    for j, (so, line) in enumerate(ls):
        if j: out.append(f"{h} {so} {fl + j}")
        out.append("\t" + line)
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
