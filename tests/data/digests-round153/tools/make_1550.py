#!/usr/bin/env python3
"""1550: a Hebrew-speaking student's weekly paper folder gone through with GNU parallel: `--tag -k` pdfinfo titles of
every PDF (with a --joblog, printed at the end in completion order), then `head -n 2` of every notes file. Tags, the
Title: padding, exit values, byte counts and job times are computed from the modelled folder."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, DBN

F = by_num(1550)
PS = "noa@lab-gpu2:~/מאמרים/שבוע-23$ "
# pdf file -> Title metadata (None: the PDF has none)
PDFS = {
    "2210.17323v2.pdf": T("2210.17323"),
    "2307.15043.pdf": None,
    "3dgs_siggraph23_lowres.pdf": T("2308.04079"),
    "cot_neurips22.pdf": T("2201.11903"),
    "cqd_iclr21.pdf": T("2011.03459"),
    "diffwave.pdf": T("2009.09761"),
    "hinton_osindero_teh_2006.pdf": "Microsoft Word - ncomp_dbn_final.doc",
    "s4_iclr22.pdf": T("2111.00396"),
    "slides_lecture07.pdf": "הרצאה 7 — כימות, דחיסה ומודלי מרחב-מצב (שקפים)",
}
NOTES = {
    "cot.md": ["# " + T("2201.11903"), "https://openreview.net/forum?id=_VjQlMeSB_J (גרסת NeurIPS, לקרוא גם את נספח A)"],
    "cqd.md": ["# " + T("2011.03459"), "אין קישור — דניאל הביא את ה-PDF מהכנס"],
    "dbn.md": ["# " + DBN, "Neural Computation 18(7), 2006 — לא קיים ב-arXiv, ה-PDF הוא סריקה של גרסת Word"],
    "diffwave.md": ["# " + T("2009.09761"), "רק PDF מקומי, בלי קישור; הדגמות קול בדף הפרויקט"],
    "gcg.md": ["# " + T("2307.15043"), "https://arxiv.org/abs/2307.15043"],
    "gptq.md": ["# " + T("2210.17323"), "arXiv:2210.17323 — הקוד: github.com/IST-DASLab/gptq"],
    "gs3d.md": ["# " + T("2308.04079"), "https://arxiv.org/pdf/2308.04079 — הגרסה המלאה (ה-PDF בתיקייה דחוס)"],
    "s4.md": ["# " + T("2111.00396"), "https://openreview.net/pdf?id=uYLFoz1vlAC"],
}
CMD = "pdfinfo {} | grep '^Title:'"


def h(s, lo, hi):
    return lo + int(hashlib.sha256(s.encode()).hexdigest()[:8], 16) % (hi - lo)


def build():
    names = sorted(PDFS, key=lambda s: s.encode())
    L = [PS + f"parallel --tag -k --joblog pdfinfo.log \"{CMD}\" ::: *.pdf"]
    jobs = []
    t = 1717398123.417
    for i, n in enumerate(names):
        out = f"Title:          {PDFS[n]}" if PDFS[n] else None
        if out: L.append(f"{n}\t{out}")
        start = t + i * 0.002 + h(n, 0, 4) / 1000
        rt = h(n + "rt", 28, 190) / 1000
        jobs.append((start + rt, i + 1, start, rt, len((out + "\n").encode()) if out else 0, 0 if out else 1, CMD.replace("{}", n)))
    L.append(PS + "parallel --tag -k head -n 2 ::: הערות/*.md")
    for n in sorted(NOTES, key=lambda s: s.encode()):
        L += [f"הערות/{n}\t{x}" for x in NOTES[n][:2]]
    L.append(PS + "cat pdfinfo.log")
    L.append("Seq\tHost\tStarttime\tJobRuntime\tSend\tReceive\tExitval\tSignal\tCommand")
    for end, seq, st, rt, rec, ex, c in sorted(jobs):
        L.append(f"{seq}\t:\t{st:14.3f}\t{rt:10.3f}\t0\t{rec}\t{ex}\t0\t{c}")
    L.append(PS)
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
