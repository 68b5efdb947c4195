#!/usr/bin/env python3
"""Breaks a scratch copy of round75 (/tmp/round75-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round75-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(767, 777)}


def sub(n, old, new, count=1):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        assert old in s, (n, old)
        open(p, "wb").write(s.replace(old, new, count).encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "767 revision counts wrong": sub(767, "total revisions: 5;\tselected revisions: 5", "total revisions: 6;\tselected revisions: 6"),
 "767 dates not descending": sub(767, "date: 2024-02-27 09:12:55", "date: 2024-03-07 09:12:55"),
 "767 lines: on the initial revision": sub(767, "author: lihw;  state: Exp;  commitid", "author: lihw;  state: Exp;  lines: +1 -0;  commitid"),
 "767 short rule": sub(767, "-" * 28 + "\nrevision 1.3", "-" * 27 + "\nrevision 1.3"),
 "768 string byte length wrong": sub(768, 'string(8) "escalado"', 'string(9) "escalado"'),
 "768 array count wrong": sub(768, "array(12) {", "array(11) {"),
 "768 bad indentation": sub(768, '\n      ["tipo"]=>', '\n     ["tipo"]=>'),
 "769 tag table offset stale": sub(769, "Node: Reprezentace slov\x7f", "Node: Reprezentace slov\x7f1"),
 "769 pointer to a missing node": sub(769, "Next: Pozornost a překlad,", "Next: Pozornost,"),
 "769 underline too short": sub(769, "3.1 Statické vektory\n====================", "3.1 Statické vektory\n==================="),
 "770 dump not pprint's": sub(770, "            'status': 'read',", "            'status':'read',"),
 "771 wrong weekday": sub(771, "BEGIN LOGGING AT Tue Mar  5", "BEGIN LOGGING AT Wed Mar  5"),
 "771 time going back": sub(771, "Mar 05 21:01:11 <zeynep>", "Mar 05 20:01:11 <zeynep>"),
 "771 no TAB after nick": sub(771, "Mar 05 21:01:11 <zeynep>\t", "Mar 05 21:01:11 <zeynep> "),
 "772 wrong weekday": sub(772, "Tue, 20 Feb 2024", "Wed, 20 Feb 2024"),
 "772 one space before the date": sub(772, "example.de>  Tue, 20 Feb", "example.de> Tue, 20 Feb"),
 "772 entries out of order": sub(772, "Mon, 12 Feb 2024 16:03:55", "Mon, 26 Feb 2024 16:03:55"),
 "773 unescaped slashes": sub(773, "https:\\/\\/arxiv.org\\/abs\\/2307.01952", "https://arxiv.org/abs/2307.01952"),
 "773 updated before created": sub(773, '"updated":"2024-02-29T10:11:47+02:00"', '"updated":"2024-02-27T10:11:47+02:00"'),
 "774 meta key missing": sub(774, "version: 1.1.1\n", ""),
 "774 unknown TODO state": sub(774, "- (=) ", "- (%) "),
 "774 heading skips a level": sub(774, "** 어댑터와 프롬프트 계열", "*** 어댑터와 프롬프트 계열"),
 "775 raw TAB in content": sub(775, "--img-size 224\\t#", "--img-size 224\t#"),
 "775 not newest first": sub(775, "1709646077\t", "1600000000\t"),
 "776 catalogue title in the negative": sub(776, "# مسیرها و پیش‌فرض‌ها", "# Attention Is All You Need\n# مسیرها و پیش‌فرض‌ها"),
 "776 arXiv id in the negative": sub(776, "--opset 17", "--opset 17 # 2106.09685"),
 "776 dependency to no recipe": sub(776, "train config=\"configs/base.yaml\" *args=\"\": _check-gpu", "train config=\"configs/base.yaml\" *args=\"\": check-gpu"),
 "776 TAB-indented body": sub(776, "    ruff format lab/ tests/\n", "\truff format lab/ tests/\n"),
 "unlabelled catalogue id in 771": sub(771, "linki bulamadım", "arXiv:2203.15556 linki bulamadım"),
 "other file's title in 775": sub(775, "Lowongan: asisten riset", "Lowongan: Segment Anything asisten riset LoRA: Low-Rank Adaptation of Large Language Models"),
 "title-only paper gets a link in 774": sub(774, "- ( ) Few-Shot", "- ( ) https://arxiv.org/abs/2205.05638 Few-Shot"),
 "expected: wrong evidence": exp_edit(lambda e: first(767)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(769)(e)[1].update(arxiv_id="2003.10555")),
 "expected: wrong title": exp_edit(lambda e: first(775)(e)[0].update(title="EfficientNet: Smaller Models")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(773)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[776]].append(dict(first(767)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(771)(e).append(dict(first(770)(e)[0]))),
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
shutil.rmtree("/tmp/round75-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
