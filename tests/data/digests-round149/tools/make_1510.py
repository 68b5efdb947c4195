#!/usr/bin/env python3
"""1510: a Thai hospital informatics team keeps its clinical-NLP reading list in a YottaDB global; a direct-mode
session (UTF-8 mode): $ZYRELEASE, $ZCHSET, ZWRITE ^RDL (M collation: the unsubscripted node, numbers, then strings in
byte order; strings quoted with "" doubled), a $ORDER loop with ?4 tabs, $DATA, a count, HALT. Every prompt is
preceded by a newline, as direct mode writes it."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1510)
SH = "somchai@his-nlp01:~$ "
Y = "YDB>"
ITEMS = [  # id -> fields
    {"by": "สมชาย", "link": "https://arxiv.org/abs/1910.10683", "note": "T5 ใช้เป็น baseline สรุปบันทึกแพทย์", "title": T("1910.10683"), "wk": 1},
    {"by": "นภา", "note": "BPE ก่อนทำ tokenizer ภาษาไทย arXiv:1508.07909 (ยังไม่ได้ใส่ลิงก์)", "title": T("1508.07909"), "wk": 1},
    {"by": "ปิยะ", "link": "https://arxiv.org/abs/1910.03771", "note": "ใช้ library นี้ทุกวัน อ่านแค่ส่วน design", "title": T("1910.03771"), "wk": 2},
    {"by": "นภา", "link": "https://pythainlp.org/docs/", "note": "เอกสารไลบรารี PyThaiNLP ไม่ใช่เปเปอร์", "title": "PyThaiNLP documentation", "wk": 2},
    {"by": "สมชาย", "link": "https://arxiv.org/pdf/1908.10084.pdf", "note": "หา ICD code ที่คล้ายกันด้วย embedding", "title": T("1908.10084"), "wk": 3},
    {"by": "ปิยะ", "link": "https://openreview.net/forum?id=" + OR("2008.07905"), "note": "GLAT แปลแบบ non-autoregressive ลองกับ discharge summary", "title": T("2008.07905"), "wk": 3},
    {"by": "นภา", "note": "ELECTRIC ยังไม่มีลิงก์", "title": T("2012.08561"), "wk": 4},
    {"by": "สมชาย", "note": "ยังไม่มีลิงก์ ""ถามพี่ปิยะ""", "title": T("2006.03236"), "wk": 4},
    {"by": "ปิยะ", "note": "ยังไม่มีลิงก์", "title": T("2010.06040"), "wk": 5},
    {"by": "นภา", "link": "https://www.sbert.net/", "note": "เว็บของ sentence-transformers (ซอฟต์แวร์)", "title": "sentence-transformers", "wk": 5},
    {"by": "สมชาย", "link": "https://www.youtube.com/watch?v=Xb3qLr8TzWc", "note": "วิดีโอบรรยาย NLP ภาษาไทย ตอนที่ 4", "title": "บรรยาย: Thai NLP ตอนที่ 4", "wk": 6},
]
ITEMS[7]["note"] = 'ยังไม่มีลิงก์ "ถามพี่ปิยะ"'


def mstr(v):
    return str(v) if isinstance(v, int) else '"' + v.replace('"', '""') + '"'


def zwrite():
    out = [f"^RDL={len(ITEMS)}"]
    for i, it in enumerate(ITEMS, 1):
        for k in sorted(it, key=lambda s: s.encode()):
            out.append(f'^RDL({i},"{k}")={mstr(it[k])}')
    return out


def build():
    loop = []
    for i, it in enumerate(ITEMS, 1):
        s = str(i)
        loop.append(s + " " * max(4 - len(s), 0) + it["title"])
    nolink = sum(1 for it in ITEMS if "link" not in it)
    out = [SH + "export ydb_chset=UTF-8 ydb_gbldir=$HOME/rdl/rdl.gld",
           SH + "source /usr/local/lib/yottadb/r138/ydb_env_set",
           SH + "ydb", "",
           Y + "write $zyrelease", "YottaDB r1.38 Linux x86_64",
           Y + "write $zchset,!", "UTF-8", "",
           Y + "zwrite ^RDL"] + zwrite() + ["",
           Y + 'set i="" for  set i=$order(^RDL(i)) quit:i=""  write i,?4,^RDL(i,"title"),!'] + loop + ["",
           Y + "write $data(^RDL(12)),!", "0", "",
           Y + 'set n=0,i="" for  set i=$order(^RDL(i)) quit:i=""  set:\'$data(^RDL(i,"link")) n=n+1', "",
           Y + "write n,!", str(nolink), "",
           Y + "; 4 = PyThaiNLP, 10 = sentence-transformers, 11 = วิดีโอ: ไม่ใช่เปเปอร์ ย้ายไป ^RES ทีหลัง", "",
           Y + "halt",
           SH]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
