#!/usr/bin/env python3
"""1212: a Chez Scheme REPL session (Persian): a Tehran-like student keeps her reading list for a course on the
foundations of deep learning and AutoML as a quoted Scheme list in `fehrest.ss`; she pasted the definition into
`scheme` and copied the terminal. Chez prints its banner, the `> ` prompt, continuation lines as its expression editor
indents them (no prompt), nothing after a define or a for-each, numbers for `length`. Each entry is
`(kind "title" "link" "note")`; kinds paper, book, video. The for-each prints every paper's title and its link, or
«—» when there is none. Papers: one OpenReview forum link, two arXiv links (abs, pdf), one arXiv id written in a
note (no link), four title only (two of them not on arXiv); a book and a talk video are not papers. Persian notes with
the zero-width non-joiner (U+200C) as Persian keyboards type it. The lengths and the loop's lines are computed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1212, keys, GLOROT, DBN

Z = "\u200c"
ENT = [
 ("paper", T(GLOROT), "", f"مقالهٔ کلاسیک AISTATS 2010؛ مقداردهی اولیهٔ Xavier. PDF در پوشهٔ درس هست."),
 ("paper", T("2011.06182"), "https://openreview.net/forum?id=3rRgu7OGgBI", f"تنظیم دقیق با یادگیری مقایسه{Z}ای؛ برای جلسهٔ ۶"),
 ("book", "Dive into Deep Learning", "https://d2l.ai/", f"کتاب درسی (مقاله نیست)؛ فصل ۵ و ۱۹"),
 ("paper", T(DBN), "", f"هینتون ۲۰۰۶ — پیش{Z}آموزش لایه{Z}به{Z}لایه؛ فقط عنوان"),
 ("paper", T("2108.04392"), "", f"DARTS دوباره؛ شناسه: arXiv:2108.04392 (لینک را بعداً می{Z}گذارم)"),
 ("paper", T("2006.05990"), "https://arxiv.org/abs/2006.05990", f"آزمایش{Z}های گسترده روی PPO؛ ارائهٔ مریم"),
 ("paper", T("2103.13462"), "", f"یادداشت نظری تنگیو ما؛ هنوز لینک ندارم"),
 ("video", f"جلسهٔ ۴: جست{Z}وجوی معماری عصبی — ضبط کلاس", "https://video.daneshgah.example.ir/w/nas-04", "ویدئوی کلاس، مقاله نیست"),
 ("paper", T("2006.03656"), "https://arxiv.org/pdf/2006.03656", f"جست{Z}وجوی هم{Z}زمان ابرپارامتر و معماری"),
 ("paper", T("2011.03459"), "", f"پرسش{Z}های پیچیده روی گراف دانش؛ پیشنهاد رضا، فقط عنوان"),
]


def s(x):
    return '"' + x.replace("\\", "\\\\").replace('"', '\\"') + '"'


L = ["$ scheme", "Chez Scheme Version 10.0.0", "Copyright 1984-2024 Cisco Systems, Inc.", ""]
for i, (k, t, l, n) in enumerate(ENT):
    head = "> (define fehrest" if i == 0 else ""
    line = ("    '(" if i == 0 else "      ") + f"({k} {s(t)}" 
    L += ([head] if head else []) + [line, f"         {s(l)}", f"         {s(n)})" + ("))" if i == len(ENT) - 1 else "")]
L += ["> (length fehrest)", str(len(ENT)),
      "> (length (filter (lambda (e) (eq? (car e) 'paper)) fehrest))", str(sum(1 for e in ENT if e[0] == "paper")),
      "> (for-each", "    (lambda (e)", "      (when (eq? (car e) 'paper)", "        (display (cadr e))",
      '        (display "  ←  ")', '        (display (if (string=? (caddr e) "") "—" (caddr e)))', "        (newline)))",
      "    fehrest)"]
L += [f"{t}  ←  {l or '—'}" for k, t, l, n in ENT if k == "paper"]
L += ["> (exit)"]
text = "\n".join(L) + "\n"
write_only(F1212, text, keys(F1212))
