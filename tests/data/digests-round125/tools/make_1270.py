#!/usr/bin/env python3
"""1270: a Python debugger session (Hindi): a Delhi-like student's script `padhai.py` turns the group's reading list
`suchi.txt` (Hindi field names: शीर्षक / लिंक / टिप्पणी, plus `arXiv:` lines) into dicts and prints "title — link";
run as `python3 -m pdb padhai.py suchi.txt`, it stops at the first line, `c` runs it until a KeyError on the first
entry that has no link, and pdb enters post-mortem debugging (Python 3.10: traceback with pdb.py / bdb.py frames, the
two post-mortem lines). The student then looks around (`p i`, `p p`, `pp papers`, a list comprehension of the
titles with no link, `l`, `w`) and quits; the terminal was pasted into the group chat. Every value pdb prints is
computed here with Python's own repr() and pprint.pformat(width=80) — so pp splits long strings into adjacent
literals and sorts dict keys — and `l` uses pdb's line format. Entries with an arXiv or OpenReview link are links;
`'arxiv': '1908.10084'` with no link is arxiv-text; three entries with neither are title-only; a repository and a
course page are entries too but not papers."""
import os, pprint, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1270, keys

SRC = '''"""suchi.txt से पेपरों की सूची बनाता है (पढ़ाई समूह के लिए)."""
import re
import sys

ARXIV = re.compile(r"arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})")


def parse(text):
    papers, cur = [], None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("शीर्षक:"):
            cur = {"shirshak": line.split(":", 1)[1].strip(), "arxiv": None}
            papers.append(cur)
        elif line.startswith("लिंक:"):
            cur["link"] = line.split(":", 1)[1].strip()
            m = ARXIV.search(cur["link"])
            cur["arxiv"] = m.group(1) if m else None
        elif line.startswith("arXiv:"):
            cur["arxiv"] = line[6:].strip()
        elif line.startswith("टिप्पणी:"):
            cur["tippani"] = line.split(":", 1)[1].strip()
    return papers


def main(path):
    with open(path, encoding="utf-8") as fh:
        papers = parse(fh.read())
    print(f"कुल {len(papers)} प्रविष्टियाँ")
    for i, p in enumerate(papers, 1):
        print(f"{i}. {p['shirshak']} — {p['link']}")


if __name__ == "__main__":
    main(sys.argv[1])
'''
SRCL = SRC.split("\n")
CRASH = next(i for i, l in enumerate(SRCL, 1) if "p['link']" in l)
MAINCALL = next(i for i, l in enumerate(SRCL, 1) if l.strip() == "main(sys.argv[1])")
FILE = "/home/arjun/padhai/padhai.py"


def E(title, link=None, arxiv=None, tip=None):
    d = {"shirshak": title, "arxiv": None}
    if link is not None:
        d["link"] = link
        d["arxiv"] = link.split("/")[-1] if "arxiv.org/" in link else None
    if arxiv: d["arxiv"] = arxiv
    if tip: d["tippani"] = tip
    return d


papers = [
 E(T("1910.13461"), "https://arxiv.org/abs/1910.13461", tip="सेमिनार 1 — प्रिया प्रस्तुत करेगी"),
 E(T("2008.07905"), "https://openreview.net/forum?id=ZaYZfu8pT_N", tip="ACL वाला संस्करण नहीं मिला, OpenReview से पढ़ें"),
 E("fairseq (GitHub रिपॉज़िटरी, BART के चेकपॉइंट)", "https://github.com/facebookresearch/fairseq", tip="कोड है, पेपर नहीं"),
 E(T("1910.10683"), "https://arxiv.org/abs/1910.10683", tip="लंबा है — सिर्फ़ खंड 3 और 4"),
 E(T("2010.06040"), "https://openreview.net/pdf?id=cYr2OPNyTz7", tip="रोहन: MLM मास्किंग पर चर्चा"),
 E(T("1908.10084"), arxiv="1908.10084", tip="सिर्फ़ arXiv नंबर मिला, लिंक बाद में"),
 E("CS224N व्याख्यान 9 — Pretraining", "https://web.stanford.edu/class/cs224n/", tip="वीडियो, पेपर नहीं"),
 E(T("1802.05365"), tip="ELMo — पुराना क्लासिक, पुस्तकालय की प्रति"),
 E(T("1301.3781"), tip="word2vec; मिकोलोव वाला"),
 E(T("2004.10102"), tip="ध्यान (attention) के विश्लेषण पर, नेहा ने सुझाया"),
]
crash_i = next(i for i, p in enumerate(papers, 1) if "link" not in p)
P = "(Pdb) "
out = ["arjun@lab-pc:~/padhai$ python3 -m pdb padhai.py suchi.txt",
       f"> {FILE}(1)<module>()", "-> " + SRCL[0], P + "c", f"कुल {len(papers)} प्रविष्टियाँ"]
for i, p in enumerate(papers[:crash_i - 1], 1):
    out.append(f"{i}. {p['shirshak']} — {p['link']}")
stack = [("/usr/lib/python3.10/pdb.py", 1726, "main", "pdb._runscript(mainpyfile)"),
         ("/usr/lib/python3.10/pdb.py", 1586, "_runscript", "self.run(statement)"),
         ("/usr/lib/python3.10/bdb.py", 597, "run", "exec(cmd, globals, locals)"),
         ("<string>", 1, "<module>", None),
         (FILE, MAINCALL, "<module>", SRCL[MAINCALL - 1].strip()),
         (FILE, CRASH, "main", SRCL[CRASH - 1].strip())]
out.append("Traceback (most recent call last):")
for f, n, fn, src in stack:
    out.append(f'  File "{f}", line {n}, in {fn}')
    if src: out.append("    " + src)
out += ["KeyError: 'link'", "Uncaught exception. Entering post mortem debugging",
        "Running 'cont' or 'step' will restart the program", f"> {FILE}({CRASH})main()", "-> " + SRCL[CRASH - 1].strip()]
cur = papers[crash_i - 1]
out += [P + "p i", repr(crash_i), P + "p p", repr(cur), P + "p p.keys()", repr(cur.keys()), P + "pp papers",
        pprint.pformat(papers, width=80)]
q = [x["shirshak"] for x in papers if "link" not in x]
out += [P + "p [x['shirshak'] for x in papers if 'link' not in x]", repr(q)]
out.append(P + "l")
for n in range(CRASH - 5, min(CRASH + 6, len(SRC.splitlines()) + 1)):
    s = str(n).rjust(3)
    if len(s) < 4: s += " "
    s += " "
    if n == CRASH: s += "->"
    out.append(s + "\t" + SRCL[n - 1].rstrip())
out.append(P + "w")
for j, (f, n, fn, src) in enumerate(stack):
    out.append(("> " if j == len(stack) - 1 else "  ") + f"{f}({n}){fn}()")
    if src: out.append("-> " + src)
out += [P + "q", "arjun@lab-pc:~/padhai$ "]
text = "\n".join(out) + "\n"
write_only(F1270, text, keys(F1270))
