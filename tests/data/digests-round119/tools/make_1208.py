#!/usr/bin/env python3
"""1208: a TypeDB console session (Thai): a Bangkok-like vision lab keeps its reading list as a small TypeDB 2.x
database (`chumrom_aan`: entity paper owns title, link, arxiv-ref, note; entity resource owns title, link, note); a
member copied her terminal after `typedb console --core=localhost:1729`. Console 2.x prints a welcome message, the
`>` prompt, then `chumrom_aan::data::read> ` inside a read transaction; each query is one line followed by an empty
line (Enter twice); a Get answer prints as `{` + one `    $var value isa type;` line per variable (sorted, string
values unquoted, Thai raw) + `}`, then `answers: N, total duration: M ms`; a count prints the number. Four papers come
with a link (one pdf), one with an arXiv id as text, three with a Thai note and nothing else (title only); two
resources (a course and a repository) are not papers. The counts are computed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1208, keys

DB = "chumrom_aan"
P = f"{DB}::data::read> "
LINK = [("2004.11362", "https://arxiv.org/abs/2004.11362"), ("2006.07733", "https://arxiv.org/abs/2006.07733"),
        ("2106.08254", "https://arxiv.org/abs/2106.08254"), ("2303.15343", "https://arxiv.org/pdf/2303.15343")]
REF = [("2103.03230", "arXiv:2103.03230")]
NOTE = [("2011.04419", "ยังไม่มีลิงก์ — ปิยะพงษ์ขอให้อ่านก่อนประชุมสัปดาห์ที่ 7 (ใช้ mixup แทน augmentation ของภาพ)"),
        ("2010.04592", "หัวข้อ hard negative ของนภัสสร ลิงก์ในไลน์กลุ่มหาย ต้องเพิ่มใหม่"),
        ("2102.05918", "ALIGN ของ Google — ข้อความ alt-text 1.8 พันล้านคู่ ใช้เทียบกับ CLIP ในบทที่ 2")]
RES = [("CS231n: Deep Learning for Computer Vision (สไลด์ปี 2024)", "https://cs231n.stanford.edu/"),
       ("facebookresearch/vissl — โค้ดไลบรารี self-supervised (ไม่ใช่บทความ)", "https://github.com/facebookresearch/vissl")]
DUR = [41, 17, 63, 22, 9]


def block(pairs):
    out = ["{"]
    for var, val, typ in sorted(pairs):
        out.append(f"    ${var} {val} isa {typ};")
    return out + ["}"]


L = ["$ typedb console --core=localhost:1729", "", "Welcome to TypeDB Console. You are now in TypeDB Wonderland!",
     "Copyright (C) 2022 Vaticle", "", "> database list", DB, "social_network", "> transaction " + DB + " data read"]
queries = [
 ("match $p isa paper, has title $t, has link $l; get $t, $l;", [[("t", T(k), "title"), ("l", u, "link")] for k, u in LINK]),
 ("match $p isa paper, has title $t, has arxiv-ref $a; get $t, $a;", [[("t", T(k), "title"), ("a", a, "arxiv-ref")] for k, a in REF]),
 ("match $p isa paper, has title $t, has note $n; not { $p has link $x; }; not { $p has arxiv-ref $y; }; get $t, $n;",
  [[("t", T(k), "title"), ("n", n, "note")] for k, n in NOTE]),
 ("match $r isa resource, has title $t, has link $l; get $t, $l;", [[("t", t, "title"), ("l", u, "link")] for t, u in RES]),
]
for (q, answers), ms in zip(queries, DUR):
    L.append(P + q)
    L.append("")
    for a in answers:
        L += block(a)
    L.append(f"answers: {len(answers)}, total duration: {ms} ms")
L += [P + "match $p isa paper; get; count;", "", str(len(LINK) + len(REF) + len(NOTE)), P + "close",
      "Transaction closed", "> exit"]
text = "\n".join(L) + "\n"
write_only(F1208, text, keys(F1208))
