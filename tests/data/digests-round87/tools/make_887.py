#!/usr/bin/env python3
"""887: an Oracle SQL*Plus spool file (`SPOOL lab4_tkachenko.lst`, SQL*Plus 21c against a local Oracle XE, NLS_LANG
AMERICAN_AMERICA.AL32UTF8, so the tool's messages are English and the data UTF-8). A Ukrainian student's databases
lab: `SQL> ` prompts with the statements as typed, continuation lines numbered `  2  `, `PROMPT` lines echoed, `DESC`
output, `1 row created.` / `1 row updated.` / `Commit complete.`, ORA errors with the statement line, an asterisk
under the error position and `ERROR at line 1:`, query results with headings, dash rules as wide as each column,
NUMBER columns right-aligned in NUMWIDTH 10, character columns left-aligned in their FORMAT width, the TITLE and NOTE
columns `WORD_WRAPPED` (continuation lines start under the column), `SET TRIMSPOOL ON` (no trailing blanks),
`N rows selected.` after each query. The table holds the seminar's papers; a blog post and a course are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(887)
K = dict(bert="1810.04805", roberta="1907.11692", femlm="2010.06040", xlnet="1906.08237", electric="2012.08561",
         ulmfit="1801.06146", xlmr="1911.02116", bpe="1508.07909")
OR_FEMLM = "https://openreview.net/forum?id=cYr2OPNyTz7"

# the PAPERS table after the lab's inserts and update: id, week_no, arxiv_id, url, title
ROWS = [
    (1, 1, None, None, T(K["ulmfit"])),
    (2, 2, None, None, T(K["bpe"])),
    (3, 3, "1810.04805", "https://arxiv.org/abs/1810.04805", T(K["bert"])),
    (4, 4, "1907.11692", "https://arxiv.org/pdf/1907.11692", T(K["roberta"])),
    (5, 4, None, OR_FEMLM, T(K["femlm"])),
    (6, 5, "1906.08237", None, T(K["xlnet"])),
    (7, 6, "2012.08561", None, T(K["electric"])),
    (8, 7, None, None, T(K["xlmr"])),
    (9, 8, None, "https://jalammar.github.io/illustrated-bert/", "The Illustrated BERT, ELMo, and co. (блог, не стаття)"),
    (10, 8, None, "https://web.stanford.edu/class/cs224n/", "CS224N: Natural Language Processing with Deep Learning (курс)"),
]


def wrap(s, w):
    """SQL*Plus WORD_WRAPPED: break at the last blank that keeps a line within w, drop the blanks at the break"""
    out, cur = [], ""
    for word in s.split(" "):
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= w:
            cur += " " + word
        else:
            out.append(cur); cur = word
    out.append(cur)
    return out


def table(cols, rows):
    """cols: (heading, 'n' | 'c', width, wrapped); rows: tuples of values (None = NULL, shown blank)"""
    def cell(v, kind, w):
        v = "" if v is None else str(v)
        return v.rjust(w) if kind == "n" else v.ljust(w)
    head = " ".join(h.rjust(w) if k == "n" else h.ljust(w) for h, k, w, _ in cols).rstrip()
    rule = " ".join("-" * w for _, _, w, _ in cols)
    out = ["", head, rule]
    for r in rows:
        parts = [wrap(str(v), w) if (wr and v is not None) else [v] for v, (_, _, w, wr) in zip(r, cols)]
        n = max(len(p) for p in parts)
        for i in range(n):
            out.append(" ".join(cell(p[i] if i < len(p) else None, k, w) for p, (_, k, w, _) in zip(parts, cols)).rstrip())
    out += ["", f"{len(rows)} row{'s' if len(rows) != 1 else ''} selected.", ""]
    return out


def stmt(lines):
    """a statement typed over several lines: SQL> first line, then '  2  ', '  3  ' ..."""
    return ["SQL> " + lines[0]] + [f"{i:3d}  {l}" for i, l in enumerate(lines[1:], 2)]


def prompt(text):
    return ["SQL> prompt " + text, text]


out = []
for s in ("set linesize 160", "set pagesize 100", "set feedback on", "set trimspool on"):
    out.append("SQL> " + s)
out += prompt("===== Бази даних, лабораторна робота № 4. Ткаченко Оксана, група КН-31, 07.03.2024 =====")
out += prompt("Тема: таблиця PAPERS для семінару «Попереднє навчання мовних моделей» (кафедра, весна 2024)")
out += prompt("Завдання 1. Переглянути структуру таблиці PAPERS")
out += ["SQL> desc papers",
        " Name                                      Null?    Type",
        " ----------------------------------------- -------- ----------------------------"]
for name, null, typ in (("ID", "NOT NULL", "NUMBER(4)"), ("WEEK_NO", "", "NUMBER(2)"), ("ARXIV_ID", "", "VARCHAR2(20)"),
                        ("URL", "", "VARCHAR2(200)"), ("TITLE", "NOT NULL", "VARCHAR2(300)"), ("ADDED_ON", "", "DATE")):
    out.append(f" {name:<41} {null:<8} {typ}".rstrip())
out.append("")
out += ["SQL> select * from paper;", "select * from paper", "              *", "ERROR at line 1:",
        "ORA-00942: table or view does not exist", "", ""]
out += prompt("(назва таблиці - PAPERS, у множині)")
out += prompt("Завдання 2. Додати статті тижнів 5 і 6 (списки від викладача), виправити посилання для тижня 4")
out += stmt(["insert into papers (id, week_no, arxiv_id, title, added_on)",
             f"values (6, 5, '1906.08237', '{T(K['xlnet'])}',",
             "date '2024-03-07');"])
out += ["", "1 row created.", ""]
out += stmt(["insert into papers (id, week_no, arxiv_id, title, added_on)",
             f"values (7, 6, '2012.08561', '{T(K['electric'])}', sysdate);"])
out += ["", "1 row created.", ""]
out += stmt(["insert into papers (id, week_no, title, added_on)",
             f"values (1, 1, '{T(K['ulmfit'])}', sysdate);"])
out += ["insert into papers (id, week_no, title, added_on)", "*", "ERROR at line 1:",
        "ORA-00001: unique constraint (LAB4.PAPERS_PK) violated", "", ""]
out += prompt("(запис 1 уже є з минулого заняття, вставляти вдруге не треба)")
out += stmt(["update papers", f"set url = '{OR_FEMLM}'", "where id = 5;"])
out += ["", "1 row updated.", ""]
out += ["SQL> commit;", "", "Commit complete.", ""]
out += prompt("Завдання 3. Усі статті за тижнями")
for s in ("column arxiv_id format a10 heading ARXIV", "column url format a44", "column title format a60 word_wrapped"):
    out.append("SQL> " + s)
out += stmt(["select id, week_no, arxiv_id, url, title", "from papers", "order by week_no, id;"])
out += table([("ID", "n", 10, False), ("WEEK_NO", "n", 10, False), ("ARXIV", "c", 10, False), ("URL", "c", 44, False),
              ("TITLE", "c", 60, True)], [r for r in sorted(ROWS, key=lambda r: (r[1], r[0]))])
out += prompt("Завдання 4. Кількість статей на тиждень")
out += ["SQL> select week_no, count(*) as n from papers group by week_no order by week_no;"]
weeks = sorted({r[1] for r in ROWS})
out += table([("WEEK_NO", "n", 10, False), ("N", "n", 10, False)], [(w, sum(r[1] == w for r in ROWS)) for w in weeks])
out += prompt("Завдання 5. Статті про попереднє навчання (пошук за назвою)")
out += ["SQL> select id, title from papers where lower(title) like '%pre-train%';"]
like = [(r[0], r[4]) for r in ROWS if "pre-train" in r[4].lower()]
out += table([("ID", "n", 10, False), ("TITLE", "c", 60, True)], like)
out += prompt("Примітка: RoBERTa і XLNet пишуть Pretraining без дефіса, тому LIKE їх пропускає; пробую REGEXP_LIKE")
out += ["SQL> select id from papers where regexp_like(title, 'pre-?train', 'i') order by id;"]
import re
out += table([("ID", "n", 10, False)], [(r[0],) for r in ROWS if re.search(r"pre-?train", r[4], re.I)])
out += prompt("Завдання 6. Мої нотатки до статей (таблиця READING_NOTES)")
out += ["SQL> column note format a70 word_wrapped"]
out += stmt(["select paper_id, note from reading_notes", "where student = 'Ткаченко'", "order by paper_id;"])
NOTES = [
    (2, "BPE - основа токенізації в усіх наступних статтях; на семінарі показати злиття пар на українських словах."),
    (5, "Повністю досліджена маскована модель: маски з мінімальною кореляцією між частинами. Рецензії на OpenReview "
        "корисніші за саму статтю."),
    (6, "Пермутаційна мовна модель; порівняти з маскуванням у BERT, таблиця 1 у нас на слайді."),
    (7, "Electric - енергетична модель замість дискримінатора ELECTRA. Перевірити, чи є офіційний код."),
]
out += table([("PAPER_ID", "n", 10, False), ("NOTE", "c", 70, True)], NOTES)
out.append("SQL> spool off")
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
