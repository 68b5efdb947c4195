#!/usr/bin/env python3
"""1352: an ltrace session (Arabic): a Cairo-like vision lab's student (يوسف) debugs the lab's small C tool
`qira-sync` («قراءة»), which copies the reading group's TSV list into SQLite. Without prototypes ltrace shows SQLite's
arguments as numbers, so he wrote a prototype file and traced the sqlite3_* calls; he pasted the session into the
tool's issue. The layout as remembered from ltrace 0.7.3: `prog->func(args) = ret`, pointers as hex, strings quoted
with C escapes and every byte outside printable ASCII as a three-digit octal escape (so the Arabic notes read
`\\331\\205…`), strings cut at `-s` bytes and marked `"…"...`, SQLITE_TRANSIENT as 0xffffffffffffffff,
sqlite3_step's 101 (SQLITE_DONE), the program's own stdout / stderr lines (raw UTF-8) between the calls, and
`+++ exited (status 0) +++`. The open_clip and big_vision repositories, the LAION dataset page, a course and a talk are
not papers; SupCon, BYOL, ALIGN, SigLIP, LLaVA, DACL are nicknames."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1352, keys

S = 200
ROWS = [  # url, title, arxiv, note, added (local +03:00)
 ("https://arxiv.org/abs/2004.11362", T("2004.11362"), None, "SupCon: أساس جلسة 7 مايو (تقدمها مريم).", "2024-04-28 19:02:11"),
 ("https://arxiv.org/abs/2103.03230", T("2103.03230"), None, "", "2024-04-28 19:05:40"),
 ("https://arxiv.org/pdf/2006.07733v3.pdf", T("2006.07733"), None, "BYOL", "2024-04-29 10:14:27"),
 ("", T("2011.04419"), None, "DACL — لا يوجد رابط بعد؛ سيضيفه كريم من نسخة المؤتمر.", "2024-04-30 21:48:03"),
 ("", T("2010.04592"), None, "مقارنة مع SupCon في نفس الجلسة. ملاحظة طويلة: نريد مناقشة طريقة أخذ العينات السلبية الصعبة وأثرها على التعلم التبايني غير المشرف، ومقارنة النتائج بجداول المقال الأصلي قبل الجلسة.", "2024-05-01 08:30:59"),
 ("https://github.com/mlfoundations/open_clip", "mlfoundations/open_clip: An open source implementation of CLIP.", None, "مستودع كود وليس مقالة.", "2024-05-02 17:11:36"),
 ("", T("2102.05918"), None, "ALIGN — نسخة ICML، بلا رابط في الجدول.", "2024-05-05 12:00:18"),
 ("https://github.com/google-research/big_vision", T("2303.15343"), "2303.15343", "SigLIP: الكود في big_vision.", "2024-05-05 12:03:44"),
 ("https://laion.ai/blog/laion-5b/", "LAION-5B: A NEW ERA OF OPEN LARGE-SCALE MULTI-MODAL DATASETS", None, "مجموعة بيانات، ليست مقالة.", "2024-05-08 15:27:09"),
 ("https://llava-vl.github.io/", T("2304.08485"), None, "LLaVA: صفحة المشروع فقط؛ الجلسة 21 مايو.", "2024-05-12 22:16:52"),
 ("https://www.youtube.com/watch?v=J1uy9wLr0xQ", "محاضرة: التعلم التبايني من الصفر (قناة المختبر)", None, "فيديو.", "2024-05-13 09:41:05"),
]
TZ = dt.timezone(dt.timedelta(hours=3))


def cstr(s, limit=S):
    b = s.encode("utf-8")
    cut = len(b) > limit
    out = []
    for c in b[:limit]:
        ch = chr(c)
        if ch in '"\\': out.append("\\" + ch)
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif 32 <= c < 127: out.append(ch)
        else: out.append(f"\\{c:03o}")
    return '"' + "".join(out) + '"' + ("..." if cut else "")


DB, STMT, PP = "0x5632d9a1f2a8", "0x5632d9a27c18", "0x7ffd6b2a1c48"
P = "youssef@qira-dev:~/qira$ "
conf = """# نماذج دوال SQLite لـ ltrace (بدونها تظهر المعاملات أرقامًا فقط)
int sqlite3_open(string, addr);
int sqlite3_prepare_v2(addr, string, int, addr, addr);
int sqlite3_bind_text(addr, int, string, int, addr);
int sqlite3_bind_int64(addr, int, long);
int sqlite3_bind_null(addr, int);
int sqlite3_step(addr);
int sqlite3_reset(addr);
int sqlite3_finalize(addr);
int sqlite3_close(addr);""".split("\n")
SQL = "INSERT OR REPLACE INTO papers(url, title, arxiv, note, added) VALUES (?1, ?2, ?3, ?4, ?5)"
pre = "qira-sync->"
out = [P + "cat qira.ltrace.conf", *conf,
       P + f"ltrace -F qira.ltrace.conf -s {S} -e 'sqlite3_*' ./qira-sync data/qaima.tsv",
       f'{pre}sqlite3_open("qira.db", {PP}) = 0',
       f"{pre}sqlite3_prepare_v2({DB}, {cstr(SQL)}, -1, 0x7ffd6b2a1c50, 0) = 0"]
n = 0
for i, (u, t, a, note, added) in enumerate(ROWS, start=2):
    if not u: out.append(f"تحذير: السطر {i} بلا رابط")
    out.append(f"{pre}sqlite3_bind_text({STMT}, 1, {cstr(u)}, -1, 0xffffffffffffffff) = 0" if u else f"{pre}sqlite3_bind_null({STMT}, 1) = 0")
    out.append(f"{pre}sqlite3_bind_text({STMT}, 2, {cstr(t)}, -1, 0xffffffffffffffff) = 0")
    out.append(f"{pre}sqlite3_bind_text({STMT}, 3, {cstr(a)}, -1, 0xffffffffffffffff) = 0" if a else f"{pre}sqlite3_bind_null({STMT}, 3) = 0")
    out.append(f"{pre}sqlite3_bind_text({STMT}, 4, {cstr(note)}, -1, 0xffffffffffffffff) = 0")
    ts = int(dt.datetime.strptime(added, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ).timestamp())
    out.append(f"{pre}sqlite3_bind_int64({STMT}, 5, {ts}) = 0")
    out.append(f"{pre}sqlite3_step({STMT}) = 101")
    out.append(f"{pre}sqlite3_reset({STMT}) = 0")
    n += 1
out += [f"{pre}sqlite3_finalize({STMT}) = 0", f"{pre}sqlite3_close({DB}) = 0",
        f"تمت مزامنة {n} سجلًا إلى qira.db", "+++ exited (status 0) +++", P]
text = "\n".join(out) + "\n"
forms = [t for _, t, _, _, _ in ROWS]
write_only(F1352, text, keys(F1352))
