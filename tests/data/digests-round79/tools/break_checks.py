#!/usr/bin/env python3
"""Breaks a scratch copy of round79 (/tmp/round79-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round79-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(807, 817)}


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
 "807 wrong weekday": sub(807, "Date:   Wed Mar  6 19:05:41 EET 2024", "Date:   Thu Mar  6 19:05:41 EET 2024"),
 "807 dates not descending": sub(807, "Date:   Tue Mar  5 21:14:09 EET 2024", "Date:   Thu Mar  7 21:14:09 EET 2024"),
 "807 comment line not indented": sub(807, "  Σημειώσεις:", "Σημειώσεις:"),
 "807 bad summary line": sub(807, "    M ./CHANGELOG.md +21", "    X ./CHANGELOG.md +21"),
 "808 time going back": sub(808, "[2024-03-05 07:02:14,730: INFO/ForkPoolWorker-1]", "[2024-03-05 07:01:14,730: INFO/ForkPoolWorker-1]"),
 "808 task not in [tasks]": sub(808, "  . digest.tasks.post_to_slack\n", ""),
 "808 worker beyond concurrency": sub(808, ".> concurrency: 4 (prefork)", ".> concurrency: 2 (prefork)"),
 "808 succeeded before received": sub(808, r"(?m)^\[[^\]]+\] Task digest\.tasks\.post_to_slack\[[^\]]+\] received\n", "", regex=True),
 "809 _formatted disagrees": sub(809, '"ghi_chu": "Bài nền tảng cho học tương phản <em>tự giám sát</em>', '"ghi_chu": "Bài nền tảng cho học <em>tự giám sát</em>'),
 "809 estimatedTotalHits wrong": sub(809, '"estimatedTotalHits": 11', '"estimatedTotalHits": 12'),
 "809 not jq layout": sub(809, '  "query": ', '"query": '),
 "810 unclosed docstring": sub(810, '"""\nstruct FeedbackMemory', 'struct FeedbackMemory'),
 "810 unescaped $ in a docstring": sub(810, "Modellbreite, muss", "Modellbreite $dim, muss"),
 "810 @ref to an undefined name": sub(810, "[`FeedbackMemory`](@ref)", "[`FeedbackMem`](@ref)"),
 "811 raw quote in a string": sub(811, "href=&quot;https://arxiv.org/abs/1911.02116&quot;", 'href="https://arxiv.org/abs/1911.02116"'),
 "811 not well-formed": sub(811, "<member><name>post_type</name>", "<member><name>post_type</nam>"),
 "811 gmt offset wrong": sub(811, "20240304T06:35:31", "20240304T07:35:31"),
 "812 final newline": lambda root: open(os.path.join(root, "digests", D[812]), "a").write("\n"),
 "812 items not newest first": sub(812, '"created":"2024-03-05T13:27:59.350Z"', '"created":"2024-03-01T13:27:59.350Z"'),
 "812 mention lost": sub(812, '"mentionedPeople":[', '"mentionedPeoplx":['),
 "813 unquoted URL": sub(813, '  url = "jdbc:postgresql://db.bench.internal:5432/bench"', "  url = jdbc:postgresql://db.bench.internal:5432/bench"),
 "813 unbalanced brace": sub(813, "akka {\n", "akka {\n  http {\n"),
 "813 substitution does not resolve": sub(813, "${vision-bench.storage.datasets-root}/imagenet/val", "${vision-bench.storage.data-root}/imagenet/val"),
 "814 ASCII space before a colon": sub(814, "\u00a0:", " :"),
 "814 section without id": sub(814, '<section id="guidage">', "<section>"),
 "814 not well-formed": sub(814, "</terms>", ""),
 "815 extra used before declared": sub(815, "Provides-Extra: fed\n", ""),
 "815 field out of order": sub(815, "License: Apache-2.0\n", "License: Apache-2.0\nKeywords: x\nAuthor: y\n"),
 "815 no body": sub(815, r"\n\n[\s\S]*", "\n", regex=True),
 "816 unclosed if": sub(816, "  set(CMAKE_CUDA_ARCHITECTURES 80 89 90)\nendif()\n", "  set(CMAKE_CUDA_ARCHITECTURES 80 89 90)\n"),
 "816 catalogue title in the negative": sub(816, "# TODO(elif)", "# Attention Is All You Need\n# TODO(elif)"),
 "816 arXiv id in the negative": sub(816, "GIT_TAG        v3.4.1", "GIT_TAG        v3.4.1 # 2106.09685"),
 "unlabelled catalogue id in 808": sub(808, "mingle: all alone\n", "mingle: all alone (arXiv:2106.09685)\n"),
 "other file's title in 812": sub(812, "Planilha com a agenda", "Planilha com a agenda (Attention Is All You Need)"),
 "title-only paper gets a link in 813": sub(813, "      sample-sizes = [1000, 5000, 25000]", "      url = \"https://arxiv.org/abs/2010.08515\"\n      sample-sizes = [1000, 5000, 25000]"),
 "expected: wrong evidence": exp_edit(lambda e: first(807)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(809)(e)[0].update(arxiv_id="1807.03748")),
 "expected: wrong title": exp_edit(lambda e: first(810)(e)[1].update(title="Transformer-XL")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(815)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[816]].append(dict(first(807)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(808)(e).append(dict(first(814)(e)[0]))),
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
shutil.rmtree("/tmp/round79-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
