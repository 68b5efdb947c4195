#!/usr/bin/env python3
"""1200: the bibliography of an invented Greek master's thesis (Athens-like polytechnic, self-supervised vision),
typeset with BibTeX's `amsalpha` style and copied out of the PDF viewer as plain text (as a student pastes it into a
note): the chapter heading “Βιβλιογραφία”, entries `[LABEL] authors, title, venue, year, …` wrapped as the PDF lines
(hanging indent lost, URLs never broken), the page number at the foot of the first page and the next page's running
head `88 ΒΙΒΛΙΟΓΡΑΦΙΑ`. Labels are computed as alpha.bst computes them (one letter per author — von parts included —
for two to four authors, the first three plus `+` for more, the first three letters of a lone author's surname, the
year's last two digits) and the entries sorted by label as alpha's presort does. Titles keep their case (AMS styles
do not change it). Evidence: an OpenReview URL, arXiv URLs in `Available at …` notes, `arXiv:` ids in the venue line,
and entries with only a venue. A book, software and course notes are not papers. UTF-8, LF, final newline."""
import os, re, sys, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import F1200, keys

MAXW = 92


def parts(name):
    """(von, last) as BibTeX reads 'First von Last' (von = lower-case words before the last word)"""
    w = name.split()
    von = [x for x in w[1:-1] if x[0].islower()]
    return von, w[-1]


def label(names, year, others=False):
    n = len(names) + (1 if others else 0)
    if n == 1:
        von, last = parts(names[0])
        s = "".join(v[0] for v in von) + last[0]
        return (s if len(s) >= 2 else last[:3]) + f"{year % 100:02d}"
    take = names[:3] if n > 4 else names
    s = "".join("".join(v[0] for v in parts(x)[0]) + parts(x)[1][0] for x in take)
    return s + ("+" if n > 4 else "") + f"{year % 100:02d}"


def names_text(names, others=False):
    if others: return ", ".join(names) + ", et al."
    if len(names) == 1: return names[0]
    if len(names) == 2: return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def sortify(s):
    return re.sub(r"[^\w]", "", s).lower()


def pk(key, n=None):
    a = authors(key)
    if n and len(a) > n: return a[:n], True
    return a, False


E = []  # (names, others, year, body)
def add(names, others, year, body):
    E.append((names, others, year, body))


a, o = pk("2011.10566"); add(a, o, 2021, f"{T('2011.10566')}, Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2021, pp. 15750–15758.")
a, o = pk("2002.05709"); add(a, o, 2020, f"{T('2002.05709')}, Proceedings of the 37th International Conference on Machine Learning, PMLR, vol. 119, 2020, pp. 1597–1607. Available at https://arxiv.org/abs/2002.05709.")
a, o = pk("2104.14294", 4); add(a, o, 2021, f"{T('2104.14294')}, Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), 2021, pp. 9650–9660, arXiv:2104.14294.")
a, o = pk("2010.11929", 4); add(a, o, 2021, f"{T('2010.11929')}, International Conference on Learning Representations (ICLR), 2021.")
add(["Ian Goodfellow", "Yoshua Bengio", "Aaron Courville"], False, 2016, "Deep Learning, MIT Press, Cambridge, MA, 2016, http://www.deeplearningbook.org.")
a, o = pk("2304.07193", 4); add(a, o, 2024, f"{T('2304.07193')}, Transactions on Machine Learning Research (2024). Available at https://arxiv.org/pdf/2304.07193.")
a, o = pk("2006.05576"); add(a, o, 2021, f"{T('2006.05576')}, International Conference on Learning Representations (ICLR), 2021, https://openreview.net/forum?id={OR('2006.05576')}.")
a, o = pk("1807.03748"); add(a, o, 2018, f"{T('1807.03748')}, arXiv preprint arXiv:1807.03748 (2018).")
add(["Ross Wightman"], False, 2019, "PyTorch Image Models, GitHub repository, 2019, https://github.com/huggingface/pytorch-image-models.")
a, o = pk("2103.13646", 4); add(a, o, 2022, f"{T('2103.13646')}, Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision (WACV), 2022, pp. 1657–1667.")
add(["Γεώργιος Παπαδόπουλος"], False, 2022, "Σημειώσεις μαθήματος «Βαθιά Μάθηση και Όραση Υπολογιστών», Σχολή Ηλεκτρολόγων Μηχανικών και Μηχανικών Υπολογιστών, Αθήνα, 2022.")

entries = sorted(((label(n, y, o), f"{names_text(n, o)}, {b}") for n, o, y, b in E), key=lambda x: sortify(x[0]))
lines = ["Βιβλιογραφία", ""]
for lab, text in entries:
    lines += textwrap.wrap(f"[{lab}] {text}", MAXW, break_long_words=False, break_on_hyphens=False)
    if lab.startswith("DBK"):
        lines += ["87", "88 ΒΙΒΛΙΟΓΡΑΦΙΑ"]
txt = "\n".join(lines) + "\n"
write_only(F1200, txt, keys(F1200))
