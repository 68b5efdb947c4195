#!/usr/bin/env python3
"""1469: an MIT/GNU Scheme REPL session (Vietnamese notes): a student in an SICP course keeps the self-supervised
reading group's list as a quoted list of entries (title, link or #f, week, note, kind) and queries it at the REPL:
the banner, `1 ]=> ` prompts, `;Value: …` answers (strings in `write` form, Vietnamese raw), an unbound-variable
error with its RESTART menu and the `2 error> ` level, `;Abort!` after (restart 1), display output followed by
`;Unspecified return value`, and `;Moriturus te saluto.` on exit. Every answer is computed from the modelled list.
Not papers: the solo-learn repository, an SICP section, a recorded lecture. Nicknames: BYOL, DACL, GPM, Xavier
initialisation, DBN — labelled where the full titles are written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1469, GLOROT, DBN, keys

E = [  # title, link or None, week, note, kind
 (T("2006.07733"), "https://arxiv.org/abs/2006.07733", 2, "BYOL: không cần cặp âm, có mạng target EMA", "paper"),
 (T("2103.03230"), "https://arxiv.org/abs/2103.03230", 2, "ma trận tương quan chéo gần ma trận đơn vị", "paper"),
 (T("2010.04592"), "https://arxiv.org/pdf/2010.04592.pdf", 3, "lấy mẫu âm khó, nhớ đọc phụ lục", "paper"),
 (T("2011.04419"), None, 3, "arXiv:2011.04419 — DACL, dùng mixup thay cho augmentation ảnh", "paper"),
 (T("2103.09762"), "https://arxiv.org/abs/2103.09762", 4, "học liên tục, chiếu gradient", "paper"),
 (T("2006.05929"), None, 4, "ICLR 2021, chưa tìm được link", "paper"),
 (GLOROT, None, 1, "AISTATS 2010 — khởi tạo Xavier, đọc lại cho buổi đầu", "paper"),
 (DBN, None, 1, "Neural Computation 2006, bản PDF trong thư mục chung", "paper"),
 ("solo-learn", "https://github.com/vturrisi/solo-learn", 2, "thư viện để chạy thử BYOL và Barlow", "repo"),
 ("SICP 2.2 Hierarchical Data and the Closure Property", "https://sarabander.github.io/sicp/html/2_002e2.xhtml", 1, "để nhớ cách dùng list", "book"),
 ("Bài giảng tự giám sát (video)", "https://www.youtube.com/watch?v=Qm7vQm2L8dE", 2, "phút 12 đến 40", "video"),
]


def w(x):
    if x is None: return "#f"
    if isinstance(x, bool): return "#t" if x else "#f"
    if isinstance(x, int): return str(x)
    if isinstance(x, tuple) and x and x[0] == "sym": return x[1]
    if isinstance(x, (list, tuple)): return "(" + " ".join(w(i) for i in x) + ")"
    return '"' + x.replace("\\", "\\\\").replace('"', '\\"') + '"'


def entry(e):
    return [e[0], e[1], e[2], e[3], ("sym", e[4])]


BANNER = """MIT/GNU Scheme running under GNU/Linux
Type `^C' (control-C) followed by `H' to obtain information about interrupts.

Copyright (C) 2022 Massachusetts Institute of Technology
This is free software; see the source for copying conditions. There is NO warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.

Image saved on Sunday January 8, 2023 at 10:41:48 AM
  Release 12.1 || SF || LIAR/x86-64
"""
R = "1 ]=> "
papers = [e for e in E if e[4] == "paper"]
out = "linh@sicp-lab:~/sicp/doc-nhom$ mit-scheme\n" + BANNER + "\n"
out += R + "(define doc-list\n  '(" + "\n    ".join(w(entry(e)) for e in E) + "))\n;Value: doc-list\n\n"
out += R + "(length doc-list)\n;Value: " + str(len(E)) + "\n\n"
out += R + "(lenght doc-list)\n;Unbound variable: lenght\n;To continue, call RESTART with an option number:\n"
out += "; (RESTART 3) => Specify a value to use instead of lenght.\n; (RESTART 2) => Define lenght to a given value.\n"
out += "; (RESTART 1) => Return to read-eval-print level 1.\n\n2 error> (restart 1)\n;Abort!\n\n"
out += R + "(define (bai-bao? e) (eq? (list-ref e 4) 'paper))\n;Value: bai-bao?\n\n"
out += R + "(length (filter bai-bao? doc-list))\n;Value: " + str(len(papers)) + "\n\n"
out += R + "(map car (filter (lambda (e) (not (cadr e))) doc-list))\n;Value: " + w([e[0] for e in E if e[1] is None]) + "\n\n"
out += R + "(for-each (lambda (e) (display (caddr e)) (display \" \") (display (car e)) (newline))\n"
out += "          (sort (filter bai-bao? doc-list) (lambda (a b) (< (caddr a) (caddr b)))))\n"
out += "".join(f"{e[2]} {e[0]}\n" for e in sorted(papers, key=lambda e: e[2])) + ";Unspecified return value\n\n"
k = T("2103.03230")
out += R + f'(assoc "{k}" doc-list)\n;Value: ' + w(entry(next(e for e in E if e[0] == k))) + "\n\n"
out += R + "(exit)\n\n;Moriturus te saluto.\nlinh@sicp-lab:~/sicp/doc-nhom$ \n"
write_only(F1469, out, keys(F1469))
