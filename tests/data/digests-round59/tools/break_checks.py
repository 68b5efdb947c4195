#!/usr/bin/env python3
"""Breaks a scratch copy of round59 (/tmp/round59-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round59-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(607, 617)}


def sub(n, old, new):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8", newline="").read()
        assert old in s, (n, old)
        open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new, 1))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "607 unlabelled catalogue title": sub(607, "Otwarte pytania\n", "Otwarte pytania\n\nAttention Is All You Need\n"),
 "607 Markdown link": sub(607, "[link|https://arxiv.org/abs/2010.04592]", "[link](https://arxiv.org/abs/2010.04592)"),
 "607 %%warning not closed": sub(607, "link w kanale na Matrixie.\n/%", "link w kanale na Matrixie."),
 "607 OpenReview id changed": sub(607, "zOGdf9K8aC", "zOGdf9K8aX"),
 "608 tags out of sync": sub(608, '"tags": [\n        "工具"\n      ]', '"tags": [\n        "工具箱"\n      ]'),
 "608 memos not newest first": sub(608, '"displayTime": "2024-03-21T13:05:12Z"', '"displayTime": "2023-03-21T13:05:12Z"'),
 "609 count mismatch": sub(609, '"count": 18', '"count": 17'),
 "609 unlabelled valid-shaped id": sub(609, "Rodei o 7B numa 3090", "Rodei o 7B (ver 2401.12345) numa 3090"),
 "610 table row cells": sub(610, "| 2024-03-20 | S4 | — |", "| 2024-03-20 | S4 |"),
 "610 code block not closed": sub(610, 'device="cuda:0")\n```', 'device="cuda:0")'),
 "610 title dropped": sub(610, "**Attention is Not Only a Weight: Analyzing Transformers with Vector Norms**", "**Kobayashi 2020**"),
 "611 Lines header wrong": sub(611, "Lines: ", "Lines: 1"),
 "611 second signature": sub(611, "Gruß,\nKatrin", "Gruß,\n-- \nKatrin"),
 "611 link for a title-only paper": sub(611, "Deep Learning\" hat", "Deep Learning\" (https://arxiv.org/abs/2306.11644) hat"),
 "612 unknown layout": sub(612, "layout: end", "layout: fin"),
 "612 v-clicks unbalanced": sub(612, "</v-clicks>", ""),
 "613 cited but not defined": sub(613, "[#Tan19] και", "[#Tan20] και"),
 "613 footer removed": sub(613, "<!-- Markdeep: -->", "<!-- -->"),
 "614 unescaped slash": sub(614, "https:\\/\\/tmblr.co", "https://tmblr.co"),
 "614 timestamp != date": sub(614, '"timestamp":1710583511', '"timestamp":1710583512'),
 "615 unresolved reference": sub(615, '"@id": "#hinton2006",', '"@id": "#hinton2007",'),
 "615 arxiv-text id removed": sub(615, '"identifier": "arXiv:2103.13462"', '"identifier": "arXiv"'),
 "616 catalogue title in negative": sub(616, '"language": "hi"', '"language": "hi", "note": "Neural Turing Machines"'),
 "616 arXiv id in negative": sub(616, '"language": "hi"', '"language": "hi", "ref": "2010.11929"'),
 "616 segment ids": sub(616, '{"id": 3, ', '{"id": 4, '),
 "expected: wrong evidence": exp_edit(lambda e: first(607)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(608)(e)[2].update(arxiv_id="2302.05543")),
 "expected: wrong title": exp_edit(lambda e: first(612)(e)[0].update(title="RT-2")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(613)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[616]].append(dict(first(607)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(615)(e).append(dict(first(614)(e)[0]))),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")], r.returncode


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
shutil.rmtree("/tmp/round59-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
