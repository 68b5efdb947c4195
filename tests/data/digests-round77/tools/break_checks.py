#!/usr/bin/env python3
"""Breaks a scratch copy of round77 (/tmp/round77-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round77-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(787, 797)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "787 wrong weekday": sub(787, "timestamp: Wed 2024-03-06 18:42:10", "timestamp: Thu 2024-03-06 18:42:10"),
 "787 mainline revnos out of order": sub(787, "revno: 55\n", "revno: 59\n"),
 "787 message line not indented": sub(787, "  Релиз 0.4.0", "Релиз 0.4.0"),
 "788 attempt number disagrees": sub(788, "Starting attempt 2 of 3", "Starting attempt 1 of 3"),
 "788 time going back": sub(788, "[2024-03-04, 00:05:17 UTC] {taskinstance.py:2193}", "[2024-03-04, 00:04:17 UTC] {taskinstance.py:2193}"),
 "788 line without ' - '": sub(788, "{python.py:201} INFO - Done.", "{python.py:201} INFO Done."),
 "789 footnote definition lost": sub(789, "[1]  W literaturze", "W literaturze"),
 "789 <example> not closed": sub(789, "</example>\n", ""),
 "789 unbalanced link": sub(789, "[[https://openreview.net", "[https://openreview.net"),
 "790 short ObjectId": sub(790, "ObjectId('65e6d21f8a1c4b27e0d3f118')", "ObjectId('65e6d21f8a1c4b27e0d3f11')"),
 "790 countDocuments disagrees": sub(790, "\n8\nreading> db.papers.find", "\n9\nreading> db.papers.find"),
 "790 trailing comma": sub(790, "added: ISODate('2024-03-05T08:12:44.512Z')\n  }", "added: ISODate('2024-03-05T08:12:44.512Z'),\n  }"),
 "791 TAB indentation": sub(791, "    h2 Мета заняття", "\th2 Мета заняття"),
 "791 call of an undefined mixin": sub(791, "+paper(", "+papers("),
 "791 unclosed string": sub(791, 'pytorch-image-models")', 'pytorch-image-models)'),
 "791 indentation jump": sub(791, "    h2 Поза класифікацією", "        h2 Поза класифікацією"),
 "792 TAB indentation": sub(792, "        fecha: 2024-03-07", "\tfecha: 2024-03-07"),
 "792 bad indentation": sub(792, "        presenta: Jordi", "         presenta: Jordi"),
 "793 time going back": sub(793, "03-05 21:14:03.003 12873 12873 I Choreographer", "03-05 21:13:03.003 12873 12873 I Choreographer"),
 "793 body byte count wrong": sub(793, r"END HTTP \((\d+)-byte body\)", "END HTTP (1-byte body)", regex=True),
 "793 not a threadtime line": sub(793, "D SyncWorker: ", "D/SyncWorker: "),
 "794 content line without TAB": sub(794, "\t## ٢. المعايير", "## ٢. المعايير"),
 "794 group size wrong": sub(794, r"(?m)^([0-9a-f]{40}) 1 1 3$", r"\1 1 1 4", regex=True),
 "794 commit details repeated": sub(794, r"(?m)^([0-9a-f]{40}) (\d+) 11 6$", r"\1 \2 11 6\nauthor Youssef Haddad", regex=True),
 "795 unbalanced brace": sub(795, "◊em{एजेंट}", "◊em{एजेंट"),
 "795 not #lang pollen": sub(795, "#lang pollen\n", "#lang racket\n"),
 "795 link target unquoted": sub(795, '◊link["https://arxiv.org/abs/2106.01345"]', "◊link[https://arxiv.org/abs/2106.01345]"),
 "796 catalogue title in the negative": sub(796, "// 마지막 수정", "// Deep Residual Learning for Image Recognition\n// 마지막 수정"),
 "796 arXiv id in the negative": sub(796, "--workers 16", "--workers 16 --seed 2106.09685"),
 "796 unclosed brace": sub(796, "    }\n}\n", "    }\n"),
 "796 unknown node": sub(796, "tab max_panes=5", "tabs max_panes=5"),
 "unlabelled catalogue id in 792": sub(792, "    - Cerrar el programa", "    - Ver arXiv:2106.09685\n    - Cerrar el programa"),
 "other file's title in 793": sub(793, "D ShareHelper: ", "D ShareHelper: Mamba: Linear-Time Sequence Modeling with Selective State Spaces "),
 "title-only paper gets a link in 791": sub(791, 'null, "Тема курсової', '"https://arxiv.org/abs/2103.14338", "Тема курсової'),
 "expected: wrong evidence": exp_edit(lambda e: first(787)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(789)(e)[0].update(arxiv_id="2004.10102")),
 "expected: wrong title": exp_edit(lambda e: first(790)(e)[0].update(title="BEiT: BERT Pre-Training")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(795)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[796]].append(dict(first(787)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(788)(e).append(dict(first(793)(e)[0]))),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if r.returncode not in (0, 1) else []), r.returncode


def fresh():
    shutil.rmtree(SCR, ignore_errors=True)
    os.makedirs(SCR)
    for x in ("digests", "expected.json", "validate.py"):
        src = os.path.join(HERE, x)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(SCR, x))


fresh()
errs, rc = run(SCR)
assert not errs and rc == 0, errs
bad, total = [], 0
for name, fn in CASES.items():
    fresh(); fn(SCR)
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree("/tmp/round77-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
