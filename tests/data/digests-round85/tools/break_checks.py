#!/usr/bin/env python3
"""Breaks a scratch copy of round85 (/tmp/round85-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round83's harness, with round85's cases.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round85-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(867, 877)}


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
 "867 banner missing": sub(867, "ClickHouse client version", "ClickHouse clnt version"),
 "867 frame row narrower": sub(867, "│ materials │", "│ materials│"),
 "867 numeric column not right-aligned": sub(867, "│       4 │", "│ 4       │"),
 "867 rows in set wrong": sub(867, "3 rows in set. Elapsed: 0.002 sec.", "4 rows in set. Elapsed: 0.002 sec."),
 "867 Query id missing": sub(867, "Query id: ", "Query: "),
 "867 echo not the query": sub(867, "\n\nSHOW TABLES\n\nQuery", "\n\nSHOW TABLE\n\nQuery"),
 "867 Vertical values misaligned": sub(867, "\nurl:   https://arxiv.org/abs/2001.08361", "\nurl:  https://arxiv.org/abs/2001.08361"),
 "868 In number skipped": sub(868, "In [5]: ", "In [6]: "),
 "868 continuation misaligned": sub(868, "    ...: opt = torch", "   ...: opt = torch"),
 "868 cell not valid Python": sub(868, "In [2]: import torch, torch.nn as nn", "In [2]: import torch, torch.nn as"),
 "868 Out number wrong": sub(868, "Out[22]: 2", "Out[21]: 2"),
 "869 dash line not escaped": sub(869, "\n-----\n", "\n---\n"),
 "869 _model not first": sub(869, "_model: blog-post", "model: blog-post"),
 "869 pub_date not ISO": sub(869, "pub_date: 2024-03-08", "pub_date: 08/03/2024"),
 "869 block field not name:": sub(869, "#### paper ####\ntitle:", "#### paper ####\nTitle -"),
 "870 totalRows wrong": sub(870, '"totalRows": "12"', '"totalRows": "11"'),
 "870 raw = not Gson-escaped": sub(870, "\\u003d\\u003d", "=="),
 "870 TIMESTAMP not Java form": sub(870, '"v": "1.704265200412E9"', '"v": "1704265200.412"'),
 "870 null in a REQUIRED field": sub(870, '"v": "101"', '"v": null'),
 "871 final newline": append(871, "\n"),
 "871 count wrong": sub(871, '{"count":5', '{"count":4'),
 "871 url not its id": sub(871, '/_apis/wit/workItems/5120"', '/_apis/wit/workItems/5121"'),
 "871 description HTML unbalanced": sub(871, "</ul><div><br></div><div>תיעוד", "<div><br></div><div>תיעוד"),
 "871 state not of its type": sub(871, '"System.State":"Closed"', '"System.State":"Done"'),
 "872 time goes backwards": sub(872, "time=2024-03-08T09:00:38.523", "time=2024-03-08T08:00:38.523"),
 "872 value with spaces unquoted": sub(872, 'venue="ICLR 2021 Oral"', "venue=ICLR 2021 Oral"),
 "872 needless quotes": sub(872, "source=arxiv\n", 'source="arxiv"\n'),
 "872 unknown level": sub(872, "level=INFO msg=เริ่มทำงาน", "level=NOTICE msg=เริ่มทำงาน"),
 "873 slash not escaped": sub(873, "https:\\/\\/anaparastaseis", "https://anaparastaseis"),
 "873 not newest first": sub(873, '"updated":1709816400', '"updated":1710175600'),
 "873 guid without SHA1": sub(873, "SHA1:", "MD5:"),
 "874 read by the wrong side": sub(874, "(Read by them after 1 minute, 34 seconds)\nMe", "(Read by you after 1 minute, 34 seconds)\nMe"),
 "874 time goes backwards": sub(874, "Mar 05, 2024  9:47:42 PM", "Mar 05, 2024  8:47:42 PM"),
 "874 reply note dropped": sub(874, "This message responded to an earlier message.\n", ""),
 "875 header count wrong": sub(875, "导出 8 条", "导出 9 条"),
 "875 memos not newest first": sub(875, "2024-03-08 21:40:05", "2024-03-10 21:40:05"),
 "875 list not closed": sub(875, "</ol></div>", "</div>"),
 "876 unknown layout": sub(876, "layout: main-vertical", "layout: main-left"),
 "876 tab indentation": sub(876, "  - bot:", "\t- bot:"),
 "876 catalogue title in the negative": sub(876, "# ٦) طرفية", "# Segment Anything\n  # ٦) طرفية"),
 "876 arXiv id in the negative": sub(876, "--port 8890", "--port 8890  # 2106.09685"),
 "title-only paper gets a link in 874": sub(874, "この二本は実験が多くて", "https://arxiv.org/abs/2101.03958 この二本は実験が多くて"),
 "unlabelled catalogue id in 867": sub(867, "только номер.", "только номер, см. также arXiv:1706.03762."),
 "other file's title in 869": sub(869, "Hẹn gặp cả nhà", "Deep Residual Learning for Image Recognition. Hẹn gặp cả nhà"),
 "labelled title lost in 870": sub(870, "Big Transfer (BiT): General Visual Representation Learning", "Big Transfer", count=0),
 "unlabelled OpenReview id in 872": sub(872, "source=openreview\n", "source=openreview other=\"https://openreview.net/forum?id=abcDEF123\"\n"),
 "expected: wrong evidence": exp_edit(lambda e: first(867)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(870)(e)[5].update(arxiv_id="1502.01852")),
 "expected: wrong title": exp_edit(lambda e: first(871)(e)[1].update(title="SigLIP")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(875)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[876]].append(dict(first(867)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(868)(e).append(dict(first(874)(e)[0]))),
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
shutil.rmtree("/tmp/round85-scratch/break", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
