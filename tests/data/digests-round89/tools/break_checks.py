#!/usr/bin/env python3
"""Breaks a scratch copy of round89 (/tmp/round89-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round87's harness, with round89's cases.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round89-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(907, 917)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "a", encoding="utf-8", newline="") as fh: fh.write(extra)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "907 prompt number skipped": sub(907, "\n3> ORDER BY id;\n4> GO\n", "\n4> ORDER BY id;\n5> GO\n"),
 "907 rows affected wrong": sub(907, "(7 rows affected)", "(6 rows affected)"),
 "907 row not padded": sub(907, r"(          5 Lite Transformer[^\n]*?) +\n", r"\1\n", regex=True),
 "907 int column left-aligned": sub(907, "\n          7           3\n", "\n7                     3\n"),
 "907 error message not sqlcmd's": sub(907, "State 1, Server SQL-LAB01, Line 1", "State 1, Line 1"),
 "907 DML feedback missing": sub(907, "2> GO\n\n(1 row affected)\n1> INSERT", "2> GO\n1> INSERT"),
 "907 no exit": sub(907, "1> exit\n", ""),
 "908 dataFileName not cut to 30": sub(908, '"Learning representations by ba.html"',
                                       '"Learning representations by back-propagating errors.html"'),
 "908 notePosition out of step": sub(908, '"notePosition": 20', '"notePosition": 25'),
 "908 spaces instead of tabs": sub(908, '\n\t"formatVersion"', '\n    "formatVersion"'),
 "908 attribute position": sub(908, '"position": 30', '"position": 35'),
 "908 relation outside the export": sub(908, r'("name": "template",\s*"value": ")[A-Za-z0-9]{12}', r"\1ZZZZZZZZZZZZ",
                                        regex=True),
 "908 final newline added": append(908, "\n"),
 "909 '=' not escaped": sub(909, "forum?id\\u003dWE_vluYUL-X", "forum?id=WE_vluYUL-X"),
 "909 integerValue as a number": sub(909, '"integerValue": "5"', '"integerValue": 5'),
 "909 field names unsorted": sub(909, '"readingDate"', '"aReadingDate"'),
 "909 updated before created": sub(909, '"updateTime": "2024-02-27T01:03:55.118244Z"',
                                   '"updateTime": "2024-02-20T01:03:55.118244Z"'),
 "909 document id not an auto id": sub(909, r"(documents/papers/)[A-Za-z0-9]{20}", r"\1abc", regex=True),
 "910 unknown metadata key": sub(910, "\n.. slug: ", "\n.. permalink: "),
 "910 footnote not defined": sub(910, "\n.. [#ddim] ", "\n.. [#ddimx] "),
 "910 list-table row short of a cell": sub(910, "     - —\n", ""),
 "910 updated before date": sub(910, ".. updated: 2024-03-12 09:05:00", ".. updated: 2024-03-01 09:05:00"),
 "910 enumerated list misnumbered": sub(910, "\n2. `Denoising", "\n3. `Denoising"),
 "910 underline too short": sub(910, "Passer à l'échelle\n------------------", "Passer à l'échelle\n-------"),
 "910 unknown directive": sub(910, ".. youtube:: x6Mv3LpWg0Q", ".. video-embed:: x6Mv3LpWg0Q"),
 "910 TEASER_END lost": sub(910, ".. TEASER_END\n", ""),
 "911 Markdown line not commented": sub(911, "# ## 1. LoRA", "## 1. LoRA"),
 "911 uncommented magic": sub(911, "# %pip install", "%pip install"),
 "911 two blank lines between cells": sub(911, "\n\n# %% [markdown]\n# ## 2. QLoRA", "\n\n\n# %% [markdown]\n# ## 2. QLoRA"),
 "911 header not percent": sub(911, "format_name: percent", "format_name: light"),
 "912 time goes backwards": sub(912, "2024-03-06T01:00:03.689000+00:00", "2024-03-05T01:00:03.689000+00:00"),
 "912 billed duration wrong": sub(912, "Billed Duration: 580 ms", "Billed Duration: 600 ms"),
 "912 END missing": sub(912, r"\n[^\n]*END RequestId: [^\n]*\n", "\n", regex=True),
 "912 app line not the runtime's format": sub(912, "[INFO]\t", "[INFO] "),
 "912 Init Duration on a warm start": sub(912, "Max Memory Used: 89 MB\t\n", "Max Memory Used: 89 MB\tInit Duration: 300.00 ms\t\n"),
 "913 estimate on a chore": sub(913, "chore,,p3 - Low", "chore,2,p3 - Low"),
 "913 accepted without Accepted at": sub(913, '"Feb 5, 2024","Feb 9, 2024",,', '"Feb 5, 2024",,,'),
 "913 URL not the story's": sub(913, "story/show/187204139", "story/show/187204140"),
 "913 comment form broken": sub(913, "(Γιώργος Αλεξίου - Feb 8, 2024)", "(Γιώργος Αλεξίου, 8/2/2024)"),
 "913 needless quotes": sub(913, ",feature,1,p2 - Medium,", ',"feature",1,p2 - Medium,'),
 "913 iteration dates wrong": sub(913, '"Feb 12, 2024","Feb 18, 2024"', '"Feb 12, 2024","Feb 19, 2024"'),
 "914 attributes out of order": sub(914, '<HWPML Style="embed" SubVersion="10.0.0.0" Version="2.91">',
                                    '<HWPML Version="2.91" Style="embed" SubVersion="10.0.0.0">'),
 "914 list Count wrong": sub(914, '<CHARSHAPELIST Count="5">', '<CHARSHAPELIST Count="4">'),
 "914 RowCount wrong": sub(914, 'RowCount="9"', 'RowCount="8"'),
 "914 FIELDEND removed": sub(914, r'<FIELDEND Editable="true" InstId="\d+" Type="Hyperlink"/>', "", regex=True),
 "914 hyperlink command not Hangul's": sub(914, 'Command="https\\://arxiv.org/abs/2010.04159;1;0;0;"',
                                           'Command="https://arxiv.org/abs/2010.04159"'),
 "914 line break": sub(914, "<BODY>", "\n<BODY>"),
 "914 cell width changed": sub(914, 'Width="22520"', 'Width="22000"'),
 "915 not newest first": sub(915, '"id":53,', '"id":40,'),
 "915 '&' not escaped": sub(915, "\\u0026t=120s", "&t=120s"),
 "915 sent_at mismatch": sub(915, '"sent_at":1709822022,', '"sent_at":1709822023,'),
 "915 pagination num wrong": sub(915, '"num":13', '"num":25'),
 "915 reaction to an unknown message": sub(915, '"m":46', '"m":99'),
 "916 headers not sorted": sub(916, "Connection: keep-alive\nContent-Length: 462", "Content-Length: 462\nConnection: keep-alive"),
 "916 Content-Length wrong": sub(916, "Content-Length: 462", "Content-Length: 460"),
 "916 body not HTTPie's formatting": sub(916, '\n    "tables": [', '\n  "tables": ['),
 "916 reason phrase wrong": sub(916, "HTTP/1.1 404 Not Found", "HTTP/1.1 404 OK"),
 "916 catalogue title in the negative": sub(916, "ग्राफ़ न्यूरल नेटवर्क का परिचय", "Neural Turing Machines"),
 "916 arXiv id in the negative": sub(916, "पढ़ने की सूची Zotero समूह में है", "पढ़ने की सूची (1706.03762) Zotero समूह में है"),
 "title-only paper gets a link in 912": sub(912, '"Dodrio: Exploring Transformer Models with Interactive Visualization" (ยังไม่มีลิงก์)',
                                          '"Dodrio: Exploring Transformer Models with Interactive Visualization" https://arxiv.org/abs/2103.14625'),
 "unlabelled catalogue id in 913": sub(913, "Δεν έχω βάλει ακόμη σύνδεσμο.", "Δεν έχω βάλει ακόμη σύνδεσμο, βλ. arXiv:1706.03762."),
 "other file's title in 907": sub(907, "o resto é muito específico de TPU.", "o resto é como Attention Is All You Need."),
 "labelled title lost in 910": sub(910, "Generative Adversarial Networks", "réseaux adversariaux", count=0),
 "unlabelled OpenReview id in 908": sub(908, "https://openreview.net/forum?id=rkgNKkHtvB", "https://openreview.net/forum?id=abcDEF123"),
 "distractor title in 915": sub(915, "أتطوع لعرضها.", "أتطوع لعرضها مع Rethinking ImageNet Pre-training."),
 "expected: wrong evidence": exp_edit(lambda e: first(907)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(914)(e)[5].update(arxiv_id="2004.08955")),
 "expected: wrong title": exp_edit(lambda e: first(911)(e)[1].update(title="QLoRA")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(909)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[916]].append(dict(first(907)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(912)(e).append(dict(first(915)(e)[0]))),
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
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
