#!/usr/bin/env python3
"""1335: parquet-tools output (Thai): a Bangkok-like lab's reading group keeps its list as a Parquet file in the lab's
shared dataset bucket (written with pandas / pyarrow); a member (ปิยะ) looked at it with parquet-tools (the Python
CLI, ktrueda's) and pasted the terminal into the group's Slack channel: `parquet-tools inspect` (file meta
data, the column list, one `Column(name)` block each: BYTE_ARRAY / String / UTF8 for strings, INT64 for the week) and
two `parquet-tools show --columns …` tables. The tables are tabulate's `psql` format as remembered: `+---+` rules, a
`|---+---|` rule under the header, one space of padding, strings left-aligned, integers right-aligned, nulls empty,
widths counted in code points (no wcwidth: Thai vowel and tone marks count as characters, so Thai rows look ragged in
a terminal). Papers are rows: url and arxiv columns, both empty for title-only rows. The state-spaces/mamba repository
and the Avalanche docs are not papers; S4, HiPPO, GPM, Mamba are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1335, keys

COLS = ["id", "title", "arxiv", "url", "week", "status", "note"]
ROWS = [
 ("mamba", T("2312.00752"), "2312.00752", "https://arxiv.org/abs/2312.00752", 1, "อ่านแล้ว", "บทความหลักของสัปดาห์แรก"),
 ("s4", T("2111.00396"), None, f"https://openreview.net/forum?id={OR('2111.00396')}", 1, "อ่านแล้ว", "ฉบับ ICLR 2022"),
 ("hippo", T("2008.07669"), None, None, 2, "ยังไม่อ่าน", "ยังไม่มีลิงก์ ใส่แค่ชื่อเรื่อง"),
 ("gpm", T("2103.09762"), "2103.09762", "https://arxiv.org/abs/2103.09762", 3, "กำลังอ่าน", "การเรียนรู้ต่อเนื่อง"),
 ("dataset-cond", T("2006.05929"), "2006.05929", "https://arxiv.org/pdf/2006.05929", 3, "ยังไม่อ่าน", "ย่อชุดข้อมูลด้วยการจับคู่เกรเดียนต์"),
 ("autohas", T("2006.03656"), "2006.03656", None, 4, "ยังไม่อ่าน", "ลิงก์ยังไม่ได้ใส่ มีแต่เลข arXiv"),
 ("motion-transfer", T("2103.14338"), None, None, 4, "ยังไม่อ่าน", "นนท์เสนอ ยังไม่มีลิงก์"),
 ("medselect", T("2103.14339"), None, None, 5, "ยังไม่อ่าน", "งานการแพทย์ ไว้ท้ายเทอม"),
 ("mamba-code", "state-spaces/mamba (โค้ด ไม่ใช่เปเปอร์)", None, "https://github.com/state-spaces/mamba", 1, "อ้างอิง", "ไม่ใช่เปเปอร์"),
 ("avalanche-docs", "Avalanche documentation (เอกสาร ไม่ใช่เปเปอร์)", None, "https://avalanche.continualai.org/", 3, "อ้างอิง", "ไม่ใช่เปเปอร์"),
]
SAVED = {"id": 2, "title": 9, "arxiv": -4, "url": 6, "week": -11, "status": 31, "note": 7}


def table(cols):
    idx = [COLS.index(c) for c in cols]
    cells = [["" if r[i] is None else str(r[i]) for i in idx] for r in ROWS]
    num = [c == "week" for c in cols]
    w = [max(len(c), *(len(row[j]) for row in cells)) for j, c in enumerate(cols)]
    al = lambda s, j: s.rjust(w[j]) if num[j] else s.ljust(w[j])
    rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    return [rule, "| " + " | ".join(al(c, j) for j, c in enumerate(cols)) + " |",
            "|" + "+".join("-" * (x + 2) for x in w) + "|"] + ["| " + " | ".join(al(s, j) for j, s in enumerate(row)) + " |" for row in cells] + [rule]


PR = "piya@sukhumvit-ml:~/reading-group$ "
F = "reading_list_2567.parquet"
L = [f"{PR}parquet-tools inspect {F}", "", "############ file meta data ############",
     "created_by: parquet-cpp-arrow version 15.0.2", f"num_columns: {len(COLS)}", f"num_rows: {len(ROWS)}",
     "num_row_groups: 1", "format_version: 2.6", "serialized_size: 4187", "", "", "############ Columns ############"] + COLS
for c in COLS:
    s = c == "week"
    L += ["", f"############ Column({c}) ############", f"name: {c}", f"path: {c}", "max_definition_level: 1",
          "max_repetition_level: 0", f"physical_type: {'INT64' if s else 'BYTE_ARRAY'}", f"logical_type: {'None' if s else 'String'}",
          f"converted_type (legacy): {'NONE' if s else 'UTF8'}", f"compression: SNAPPY (space_saved: {SAVED[c]}%)"]
L += ["", f"{PR}# ตารางหลัก: ชื่อเรื่อง เลข arXiv และลิงก์", f"{PR}parquet-tools show --columns id,title,arxiv,url {F}"]
L += table(["id", "title", "arxiv", "url"])
L += [f"{PR}parquet-tools show --columns id,week,status,note {F}"] + table(["id", "week", "status", "note"]) + [PR]
write_only(F1335, "\n".join(L) + "\n", keys(F1335))
