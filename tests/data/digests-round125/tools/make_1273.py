#!/usr/bin/env python3
"""1273: a litecli session (Vietnamese): a Hanoi-like vision group keeps its reading list in an SQLite file
`doc_nhom.db`; a member opened it with litecli (the dbcli client for SQLite) and pasted the terminal into the group's
chat. litecli prints its banner (Version / Mail / GitHub), a prompt with the database name, tables in its default
`ascii` format (`+---+` rules, a header row, cells padded to the widest cell by display width, left-aligned), NULL as
`<null>`, `N rows in set` (or `1 row in set`) and `Time: 0.00Ns` after each query, an SQLite error message on its own
line, and `Goodbye!` on exit. Rows with an arXiv link in lien_ket are links; a row with lien_ket <null> and an id in
the arxiv column is arxiv-text; four rows with both <null> are title-only (one not on arXiv); the resources table
(a repository, a dataset site, a course, a talk video) holds no papers."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1273, keys, ALEXNET


def w(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cell(v):
    return "<null>" if v is None else str(v)


def table(head, rows):
    cols = [[h] + [cell(r[i]) for r in rows] for i, h in enumerate(head)]
    ws = [max(w(x) for x in c) for c in cols]
    rule = "+" + "+".join("-" * (x + 2) for x in ws) + "+"
    line = lambda vals: "|" + "|".join(" " + v + " " * (ws[i] - w(v)) + " " for i, v in enumerate(vals)) + "|"
    out = [rule, line(head), rule] + [line([cell(x) for x in r]) for r in rows] + [rule]
    return out


P = "doc_nhom.db> "
out = ["lan@may-lab:~/doc-nhom$ litecli doc_nhom.db", "Version: 1.10.1",
       "Mail: https://groups.google.com/forum/#!forum/litecli-users", "GitHub: https://github.com/dbcli/litecli"]


def q(sql, head, rows, t):
    out.append(P + sql)
    out.extend(table(head, rows))
    if head != ["name"] or sql.startswith("SELECT"):
        out.append(f"{len(rows)} row{'s' if len(rows) != 1 else ''} in set")
    out.append(f"Time: {t}s")


q(".tables", ["name"], [("bai_bao",), ("ghi_chu",), ("tai_nguyen",)], "0.002")
papers = [
 (1, T("1512.03385"), "https://arxiv.org/abs/1512.03385", "1512.03385", 2015, "Lan"),
 (2, ALEXNET, None, None, 2012, "Minh"),
 (3, T("1502.01852"), None, None, 2015, "Minh"),
 (4, T("1905.11946"), "https://arxiv.org/abs/1905.11946", "1905.11946", 2019, "Hùng"),
 (5, T("1912.11370"), None, "1912.11370", 2019, "Lan"),
 (6, T("2010.01412"), "https://arxiv.org/pdf/2010.01412v3", "2010.01412", 2020, "Thảo"),
 (7, T("2006.14536"), None, None, 2020, "Hùng"),
 (8, T("2106.10270"), None, None, 2021, None),
]
q("SELECT id, tieu_de, lien_ket, arxiv, nam, nguoi_doc FROM bai_bao WHERE chu_de = 'thi-giac' ORDER BY id;",
  ["id", "tieu_de", "lien_ket", "arxiv", "nam", "nguoi_doc"], papers, "0.004")
out += [P + "SELECT tieude FROM bai_bao;", "no such column: tieude"]
notes = [
 (1, "Lan", "Đọc lại phần shortcut (mục 3.3), trình bày thứ Năm 16/5"),
 (2, "Minh", "Bản PDF của NeurIPS 2012, không có trên arXiv — thầy Tuấn gửi qua email"),
 (3, "Minh", "PReLU + cách khởi tạo He; đọc cùng bài số 2"),
 (5, "Lan", "Chưa có link, chỉ có mã arXiv; BiT-M dùng ImageNet-21k"),
 (6, "Thảo", "SAM: so sánh với AdamW trên CIFAR-100, code trong repo timm"),
 (8, "Hùng", "Chưa ai nhận — ai muốn đọc thì ghi tên vào cột nguoi_doc"),
]
q("SELECT bai_bao_id, nguoi, noi_dung FROM ghi_chu ORDER BY bai_bao_id;", ["bai_bao_id", "nguoi", "noi_dung"], notes, "0.002")
res = [
 ("timm (pytorch-image-models)", "kho mã", "https://github.com/huggingface/pytorch-image-models"),
 ("ImageNet", "bộ dữ liệu", "https://www.image-net.org/"),
 ("CS231n: Deep Learning for Computer Vision", "khóa học", "https://cs231n.stanford.edu/"),
 ("Bài nói: Huấn luyện ViT trên GPU nhỏ (seminar nhóm, 2023)", "video", "https://www.youtube.com/watch?v=bT5kW9cXv2E"),
]
q("SELECT ten, loai, lien_ket FROM tai_nguyen;", ["ten", "loai", "lien_ket"], res, "0.001")
out += [P + "exit", "Goodbye!", "lan@may-lab:~/doc-nhom$ "]
text = "\n".join(out) + "\n"
write_only(F1273, text, keys(F1273))
