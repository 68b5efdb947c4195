#!/usr/bin/env python3
"""Breaks a scratch copy of round57 (/tmp/round57-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round57-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(587, 597)}


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
 "587 unlabelled distractor-free catalogue title": sub(587, "Tokenisierung ohne Vokabular", "Attention Is All You Need"),
 "587 heading unbalanced": sub(587, "== Sitzungsplan ==", "== Sitzungsplan ="),
 "587 macro not closed": sub(587, "{{/warning}}", ""),
 "588 total mismatch": sub(588, '"value" : 8', '"value" : 9'),
 "588 unlabelled catalogue id": sub(588, "sjpark", "sjpark 2106.09685"),
 "589 bad element id": sub(589, '"element_id": "', '"element_id": "x', ),
 "589 OpenReview id changed": sub(589, "uB5x7Y2qsFR", "uB5x7Y2qsFX"),
 "590 reference numbering": sub(590, "[9] Liu R", "[10] Liu R"),
 "590 title dropped": sub(590, "Denoising Diffusion Implicit Models[C]", "DDIM[C]"),
 "591 state invalid": sub(591, 'state="final"', 'state="done"'),
 "591 valid-shaped unlabelled id": sub(591, "1000 fine-tuning", "2401.12345 fine-tuning"),
 "592 bad line": sub(592, "[20:00:47]  ", "[20:00:47] "),
 "592 time goes back": sub(592, "[20:35:12]", "[19:35:12]"),
 "593 wrong column count": sub(593, ",user,", ",user,,"),
 "593 non-example mail": sub(593, "ruben.verhoeven@dataplein.example", "ruben.verhoeven@gmail.com"),
 "594 refer unbalanced": sub(594, ".[\n$LIST$\n.]", ".[\n$LIST$\n"),
 "594 link removed": sub(594, "%O https://arxiv.org/abs/1901.02860", "%O see course page"),
 "595 raw newline in text": sub(595, "%0a!! Schema", "\n!! Schema"),
 "595 bad first line": sub(595, "urlencoded=1", "urlencoded=0"),
 "596 catalogue title in negative": sub(596, "Последнее изменение", "Long Short-Term Memory; Последнее изменение"),
 "596 arXiv id in negative": sub(596, "тел. внутр. 4-12", "тел. 2103.14030"),
 "596 unbalanced braces": sub(596, "    SendText \"Еженедельный", "    {\n    SendText \"Еженедельный"),
 "expected: wrong evidence": exp_edit(lambda e: first(587)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(588)(e)[1].update(arxiv_id="2010.08515")),
 "expected: wrong title": exp_edit(lambda e: first(592)(e)[0].update(title="Beyond the Imitation Game")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(593)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[596]].append(dict(first(587)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(595)(e).append(dict(first(594)(e)[0]))),
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
shutil.rmtree("/tmp/round57-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
