#!/usr/bin/env python3
"""Breaks a scratch copy of round56 (/tmp/round56-scratch, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for each case; the unbroken copy must report none. `-v` prints the ERROR lines."""
import json, os, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = "/tmp/round56-scratch"
V = "-v" in sys.argv

def dig(n):
    return next(f for f in os.listdir(os.path.join(S, "digests")) if f.startswith(str(n)))

def sub(n, a, b):
    def f():
        p = os.path.join(S, "digests", dig(n)); t = open(p, encoding="utf-8", newline="").read()
        assert a in t, (n, a); open(p, "w", encoding="utf-8", newline="").write(t.replace(a, b, 1))
    return f

def lab(n, fn):
    def f():
        p = os.path.join(S, "expected.json"); d = json.load(open(p)); fn(d[dig(n)]); json.dump(d, open(p, "w"), indent=1, ensure_ascii=False)
    return f

def setf(i, k, v):
    def g(recs): recs[i][k] = v
    return g

CASES = [
 ("unlabelled catalogue title in 583", sub(583, "LangChain 和 AutoGen", "Attention Is All You Need、LangChain 和 AutoGen")),
 ("labelled title removed from 577", sub(577, "Why Do Local Methods Solve Nonconvex Problems?", "Why Do Local Methods Work?")),
 ("unlabelled valid arXiv id in 584", sub(584, "wiki/ujraolvasott-2024", "wiki/ujraolvasott-2024 (arXiv:2301.04567)")),
 ("unlabelled OpenReview id in 578", sub(578, "https://attn-hieuqua.example.io/lra/", "https://openreview.net/forum?id=AbCdEf12345")),
 ("arXiv id in the negative", sub(586, "Καλή εβδομάδα!", "Καλή εβδομάδα! 2306.01234")),
 ("catalogue title in the negative", sub(586, "Καλή εβδομάδα!", "Καλή εβδομάδα! Deep Residual Learning for Image Recognition")),
 ("title-only record given a link in 582", sub(582, "(CVPR 2023)\n2.", "(CVPR 2023) https://arxiv.org/abs/2208.12242\n2.")),
 ("arxiv-text record given a link in 585", sub(585, "arXiv:2006.07733", "https://arxiv.org/abs/2006.07733")),
 ("wrong evidence label", lab(580, setf(0, "evidence", "title-only"))),
 ("wrong true_arxiv_id", lab(581, setf(0, "true_arxiv_id", "1910.02055"))),
 ("title not the catalogue's", lab(579, setf(3, "title", "Delving Deep into Rectifiers"))),
 ("paper dropped (gap in the run)", lab(584, lambda r: r.pop())),
 ("577 bad Remind command", sub(577, "REM Mon AT 09:00", "REMIND Mon AT 09:00")),
 ("577 bad date", sub(577, "OMIT 2024-10-14", "OMIT 2024-10-34")),
 ("578 odd indent", sub(578, "        venue: \"ICML\"", "         venue: \"ICML\"")),
 ("579 listing link differs from record id", sub(579, "\\\\\\\\ ( https://arxiv.org/abs/2103.14338 ,  8120kb)", "\\\\\\\\ ( https://arxiv.org/abs/2103.14338 ,  8121kb)")),
 ("580 citation without entry", sub(580, "生成型言語モデル\n[3]", "生成型言語モデル\n[13]")),
 ("581 unpadded field", sub(581, "  year          =  2019", "  year =  2019")),
 ("582 date text disagrees", sub(582, "Monday, July 1st 2024, 9:12:00 am", "Tuesday, July 1st 2024, 9:12:00 am")),
 ("583 Gitee footer missing", sub(583, "粤ICP备12009483号", "")),
 ("584 score != up - down", sub(584, '"score": 30', '"score": 31')),
 ("585 table row with 3 cells", sub(585, "<td>—</td>", "")),
 ("586 summary not the opening", sub(586, "<summary type=\"html\">Καλημέρα!", "<summary type=\"html\">Γεια!")),
]

def run():
    r = subprocess.run([sys.executable, os.path.join(S, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")]

def fresh():
    shutil.rmtree(S, ignore_errors=True)
    shutil.copytree(ROOT, S, ignore=shutil.ignore_patterns("tools"))

fresh(); base = run()
print("unbroken copy:", len(base), "errors"); bad = bool(base)
tot = 0
for name, fn in CASES:
    fresh(); fn(); e = run(); tot += len(e)
    print(f"{'ok ' if e else 'MISSED'} {name}: {len(e)} errors")
    if V: [print("    ", x) for x in e]
    bad |= not e
shutil.rmtree(S, ignore_errors=True)
print(f"cases {len(CASES)} errors {tot}")
sys.exit(1 if bad else 0)
