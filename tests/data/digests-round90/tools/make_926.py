#!/usr/bin/env python3
"""926 (negative): a Doodle group poll for a Jordanian lab's reading-group sessions, copied from the browser (table
view) into a text file: Doodle's top bar, `Group poll`, the Arabic title, `Created by …`, description, location,
duration, the voting rule and time zone, `N participants`, the options row (`Tue 12 Mar 17:00 – 18:30`, tab-separated),
the yes-count row, one row per participant (`✓` yes, `(✓)` if need be, `✗` no), `Comments (N)` with author / age /
text, the comment box and the footer. The session topics are named only by nicknames (Mamba, DPO, RLHF, MoE, "the
NeurIPS test-of-time paper"); the papers are to be chosen later. No catalogue title, no arXiv id."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(926)
OPTS = [(datetime.date(2024, 3, 12), "17:00", "18:30"), (datetime.date(2024, 3, 13), "16:00", "17:30"),
        (datetime.date(2024, 3, 14), "18:00", "19:30"), (datetime.date(2024, 3, 17), "17:00", "18:30")]
Y, N, M = "✓", "✗", "(✓)"
VOTES = [
    ("Layla Haddad", [Y, N, Y, Y]),
    ("Omar Khalil", [Y, M, Y, N]),
    ("نور العلي", [N, Y, Y, N]),
    ("Sami Tarawneh", [Y, N, M, N]),
    ("ريم الزعبي", [Y, Y, Y, N]),
    ("Yousef Abu-Ghazaleh", [M, N, Y, Y]),
    ("هبة منصور", [Y, Y, N, N]),
    ("Khaled N.", [N, N, Y, M]),
]
COMMENTS = [
    ("Omar Khalil", "3 days ago",
     "الثلاثاء أفضل لي، لكن إذا اخترنا الخميس فأنا موجود أيضًا. بالنسبة للمواضيع: أقترح أن نبدأ بورقة Mamba ثم "
     "نقارنها بالـ MoE."),
    ("نور العلي", "2 days ago",
     "لا أستطيع يوم الثلاثاء بسبب المختبر. هل يمكن أن نخصص جلسة لـ DPO مقابل RLHF؟ سأرسل رابط الورقة في مجموعة "
     "الواتساب عندما نحسم المواعيد."),
    ("Layla Haddad", "2 days ago",
     "شكرًا للجميع. هذا الاستطلاع للمواعيد فقط — سنصوّت على الأوراق لاحقًا في Slack. اقتراح: الجلسة الأولى عن ورقة "
     "جائزة test-of-time في NeurIPS هذه السنة."),
    ("Khaled N.", "yesterday",
     "الأحد مناسب لي أكثر لأنه يوم دوام عادي عندنا. سأحضر حاسوبي المحمول للعرض."),
]


def opt(o):
    d, a, b = o
    return f"{d:%a} {d.day} {d:%b} {a} – {b}"


lines = [
    "Doodle",
    "Create",
    "Log in",
    "Group poll",
    "مواعيد جلسات مجموعة قراءة تعلّم الآلة – الفصل الثاني",
    "Created by Layla Haddad",
    "Description",
    "نلتقي كل أسبوعين لمناقشة ورقة بحثية واحدة (٩٠ دقيقة: ٤٠ دقيقة عرض ثم نقاش). اختاروا كل الأوقات التي تناسبكم. "
    "الأوراق نفسها سنختارها لاحقًا بالتصويت.",
    "Location",
    "قاعة الاجتماعات ٣، مبنى الحوسبة — أو عبر Zoom لمن هو خارج الحرم",
    "Duration",
    "1 hour 30 minutes",
    "Each participant can vote once. Votes are visible to everyone.",
    "Time zone: (GMT+03:00) Amman",
    f"{len(VOTES)} participants",
    "\t" + "\t".join(opt(o) for o in OPTS),
    "\t" + "\t".join(str(sum(v[i] == Y for _, v in VOTES)) for i in range(len(OPTS))),
]
lines += [name + "\t" + "\t".join(v) for name, v in VOTES]
lines += ["", f"Comments ({len(COMMENTS)})"]
for who, when, txt in COMMENTS:
    lines += [who, when, txt]
lines += [
    "Add a comment",
    "",
    "Doodle",
    "About us",
    "Help Center",
    "Privacy Policy",
    "Terms of Service",
    "© 2024 Doodle AG",
]
write(F, "\n".join(lines) + "\n", negative=True)
