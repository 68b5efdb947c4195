#!/usr/bin/env python3
"""1632: a Vietnamese NLP group's reading table in SQL Server, queried with sqsh (FreeTDS): the banner, count(*),
a horizontal result (sqsh's default style: a leading blank, columns as wide as their declared widths — int 11,
varchar/nvarchar n — separated by one blank, ints right-aligned, a dashed rule) and `go -m vert` (one `name: value`
line per column, names padded to the longest, a blank line between rows, NULL for nulls), each followed by
"(N rows affected)". Every answer is computed from the modelled table."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1632)
PS = "hoa@nlp-srv01:~$ "
COLS = [("id", "int", 11), ("loai", "varchar", 8), ("trang_thai", "varchar", 10), ("nguoi", "nvarchar", 12), ("buoi", "int", 11)]
# id, loai, trang_thai, nguoi, buoi, tieu_de, lien_ket, ghi_chu
ROWS = [
    (1, "bai_bao", "da_doc", "Minh", 1, T("1508.07909"), "https://arxiv.org/abs/1508.07909", "BPE; nền tảng cho tokenizer tiếng Việt của nhóm"),
    (2, "bai_bao", "da_doc", "Lan", 1, T("1802.05365"), "arXiv:1802.05365", "NAACL 2018, biểu diễn theo ngữ cảnh"),
    (3, "blog", "da_doc", "Lan", 1, "The Illustrated BERT, ELMo, and co.", "https://jalammar.github.io/illustrated-bert/", "đọc trước buổi 1"),
    (4, "bai_bao", "da_doc", "Tuấn", 2, T("1910.13461"), "https://arxiv.org/pdf/1910.13461.pdf", "so với T5? để buổi sau"),
    (5, "bai_bao", "dang_doc", "Hương", 2, T("2012.08561"), None, "EMNLP 2020 (Electric); chưa tìm được bản pdf chính thức"),
    (6, "du_lieu", "dang_doc", "Minh", 2, "VLSP 2020 shared task data", None, "cần xin quyền truy cập"),
    (7, "bai_bao", "dang_doc", "Phúc", 3, T("1908.10084"), "https://arxiv.org/abs/1908.10084", "dùng cho tìm kiếm ngữ nghĩa trong dự án hỏi đáp"),
    (8, "bai_bao", "chua_doc", "Tuấn", 3, T("2104.08691"), None, "EMNLP 2021; prompt tuning"),
    (9, "sach", "chua_doc", "Hương", 3, "Speech and Language Processing (3rd ed. draft)", "https://web.stanford.edu/~jurafsky/slp3/", "chương 10-11"),
    (10, "bai_bao", "chua_doc", "Lan", 4, T("2004.10102"), None, "EMNLP 2020; phân tích attention"),
    (11, "bai_bao", "chua_doc", "Phúc", 4, T("2011.06182"), None, "tinh chỉnh biểu diễn tiền huấn luyện"),
    (12, "khoa_hoc", "chua_doc", "Minh", 4, "CS224N Winter 2023 lectures", "https://web.stanford.edu/class/cs224n/", "bài giảng 9"),
]
BANNER = ["sqsh-2.5.16.1 Copyright (C) 1995-2001 Scott C. Gray",
          "Portions Copyright (C) 2004-2014 Michael Peppler and Martin Wesdorp",
          "This is free software with ABSOLUTELY NO WARRANTY", "For more information type '\\warranty'"]


def cell(v, typ, w):
    s = "NULL" if v is None else str(v)
    return s.rjust(w) if typ == "int" else s.ljust(w)


def affected(n):
    return f"({n} row{'s' if n != 1 else ''} affected)"


def build():
    L = [PS + "sqsh -S NLPDB -U hoa -D docnhom"] + BANNER + ["Password: "]
    n = 1
    def q(sql, go="go"):
        nonlocal n
        L.extend([f"1> {sql}", f"2> {go}"])
    q("select count(*) from dbo.bai_bao")
    L += [" " + " " * 11, " " + "-" * 11, " " + str(len(ROWS)).rjust(11), "", affected(1)]
    q("select id, loai, trang_thai, nguoi, buoi from dbo.bai_bao order by id")
    L.append((" " + " ".join(cell(c, "varchar", w) for c, t, w in COLS)).rstrip())
    L.append(" " + " ".join("-" * w for c, t, w in COLS))
    for r in ROWS:
        L.append((" " + " ".join(cell(v, t, w) for v, (c, t, w) in zip(r[:5], COLS))).rstrip())
    L += ["", affected(len(ROWS))]
    q("select id, tieu_de, lien_ket, ghi_chu from dbo.bai_bao where loai = 'bai_bao' order by id", "go -m vert")
    names = ["id", "tieu_de", "lien_ket", "ghi_chu"]
    pad = max(map(len, names)) + 2
    sel = [r for r in ROWS if r[1] == "bai_bao"]
    for r in sel:
        for nm, v in zip(names, (r[0], r[5], r[6], r[7])):
            L.append((nm + ":").ljust(pad) + ("NULL" if v is None else str(v)))
        L.append("")
    L += [affected(len(sel)), "1> \\quit", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
