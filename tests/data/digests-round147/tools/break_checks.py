#!/usr/bin/env python3
"""Breaks a scratch copy of round147 (/tmp/round147-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round145's harness, with round147's cases; every digest is UTF-8 with LF line ends.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round147-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1487, 1497)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
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


CASES = {
 # 1487 ChkTeX
 "1487 caret not in bytes": sub(1487, "Seminář probíhá v úterý 14:30-16:00 v místnosti KN:E-112.\n                                   ^", "Seminář probíhá v úterý 14:30-16:00 v místnosti KN:E-112.\n                              ^"),
 "1487 warning missing": sub(1487, r"Warning 8 in sylabus\.tex line 29:[^\n]*\n[^\n]*\n[^\n]*\n", "", regex=True),
 "1487 count line": sub(1487, "0 errors printed; 11 warnings printed", "0 errors printed; 10 warnings printed"),
 "1487 wrong message": sub(1487, "Warning 1 in sylabus.tex line 18: Command terminated with space.", "Warning 1 in sylabus.tex line 18: Command terminated with a space."),
 "1487 source edited after the run": sub(1487, "v úterý 14:30-16:00 v místnosti KN:E-112.\n\\\\begin", "v úterý 14:30–16:00 v místnosti KN:E-112.\n\\\\begin", regex=True) if False else sub(1487, "Zápisy pište v \\LaTeX podle", "Zápisy pište v \\LaTeX{} podle"),
 "1487 cite without bibitem": sub(1487, "\\bibitem{foret2021}", "\\bibitem{foret2020}"),
 "1487 exit status": sub(1487, "echo $?\n2\n", "echo $?\n0\n"),
 "1487 capital before a period": sub(1487, "Zápočet od 50 bodů.", "Zápočet od 50 bodů v KOS. Termíny", count=1),
 # 1488 J
 "1488 count wrong": sub(1488, "   # basliklar\n11\n", "   # basliklar\n10\n"),
 "1488 shape in characters": sub(1488, "   $ > basliklar\n11 113\n", "   $ > basliklar\n11 112\n"),
 "1488 box padding": sub(1488, "│1│Deep contextualized word representations ", "│1│Deep contextualized word representations"),
 "1488 row order changed in the box": sub(1488, "│5│Attention", "│6│Attention"),
 "1488 selection misses one": sub(1488, "│Deep contextualized word representations│Pre-Training", "│Pre-Training"),
 "1488 fwrite count": sub(1488, "fwrite '~temp/okuma-listesi.txt'\n660\n", "fwrite '~temp/okuma-listesi.txt'\n649\n"),
 "1488 assignment prints": sub(1488, "   hafta =: 1 1 2 2 3 3 4 4 5 5 6\n", "   hafta =: 1 1 2 2 3 3 4 4 5 5 6\n1 1 2 2 3 3 4 4 5 5 6\n"),
 "1488 no exit": sub(1488, "   exit 0\n", ""),
 # 1489 Geekbot
 "1489 timestamps out of order": sub(1489, '"timestamp": 1715838900', '"timestamp": 1715899900'),
 "1489 question colour": sub(1489, '"color": "2EB67D"', '"color": "2eb67d"'),
 "1489 member renamed": sub(1489, '"realname": "Noa Ben-David"', '"realname": "Noa Ben David"'),
 "1489 key order": sub(1489, '"slack_ts": null,\n    "standup_id": 71544,', '"standup_id": 71544,\n    "slack_ts": null,'),
 "1489 broken Slack link": sub(1489, "<https://arxiv.org/abs/2307.15818>", "<https://arxiv.org/abs/2307.15818"),
 "1489 ascii escapes": sub(1489, "מה תקרא/י היום?", "\\u05de\\u05d4 תקרא/י היום?"),
 "1489 duplicate report id": sub(1489, r'("id": )(\d+)(,\n    "slack_ts": null,.*?"id": )\d+(,\n    "slack_ts")', r"\1\2\3\2\4", regex=True),
 # 1490 Heynote
 "1490 final newline": append(1490, "\n"),
 "1490 unknown language": sub(1490, "\n∞∞∞python\n", "\n∞∞∞py\n"),
 "1490 delimiter not on its own line": sub(1490, "\n∞∞∞json\n", " ∞∞∞json\n"),
 "1490 broken json block": sub(1490, '"seed": 1234\n}', '"seed": 1234,\n}'),
 "1490 list numbering": sub(1490, "\n4. SDXL", "\n5. SDXL"),
 "1490 no leading newline": sub(1490, "\n∞∞∞text-a\nWelcome", "∞∞∞text-a\nWelcome"),
 # 1491 Parseable
 "1491 count wrong": sub(1491, '"n": 3', '"n": 2'),
 "1491 time outside range": sub(1491, '"p_timestamp": "2024-05-11T06:02:14.388"', '"p_timestamp": "2024-05-10T06:02:14.388"'),
 "1491 time with zone": sub(1491, '"p_timestamp": "2024-05-13T05:58:02.419"', '"p_timestamp": "2024-05-13T05:58:02.419Z"', count=0),
 "1491 unsorted": sub(1491, '"p_timestamp": "2024-05-12T07:15:48.004"', '"p_timestamp": "2024-05-14T09:15:48.004"'),
 "1491 error record among info": sub(1491, '"level": "info",\n    "msg": "افزودن مقاله: Decision', '"level": "error",\n    "msg": "افزودن مقاله: Decision'),
 "1491 heredoc end missing": sub(1491, "> EOF\n", "", count=1),
 "1491 jq layout": sub(1491, '\n    "p_tags": "",', '\n      "p_tags": "",'),
 # 1492 CUBRID
 "1492 padded in characters": sub(1492, "  '김민준'     1\n", "  '김민준'         1\n"),
 "1492 row count": sub(1492, "8 rows selected.", "9 rows selected."),
 "1492 rule length": sub(1492, "\n=======================\n", "\n========================\n"),
 "1492 presenter count": sub(1492, "  '정하은'         1", "  '정하은'         2"),
 "1492 null count": sub(1492, "  count(*)\n==========\n         3\n", "  count(*)\n==========\n         2\n"),
 "1492 result header line": sub(1492, "=== <Result of SELECT Command in Line 1> ===", "=== <Result of SELECT Command in line 1> ==="),
 "1492 no ;exit": sub(1492, "csql> ;exit\n", ""),
 "1492 banner": sub(1492, "\tCUBRID SQL Interpreter", "CUBRID SQL Interpreter"),
 # 1493 360搜索
 "1493 arXiv URL and title disagree": sub(1493, "arxiv.org/abs/2001.08361 - 快照", "arxiv.org/abs/2001.08360 - 快照"),
 "1493 tab missing": sub(1493, "良医\n", "", count=1),
 "1493 triple broken": sub(1493, "zhuanlan.zhihu.com/p/647103582 - 快照\n", ""),
 "1493 URL with scheme": sub(1493, "www.bilibili.com/video/BV1Lh4y1c7Qp - 快照", "https://www.bilibili.com/video/BV1Lh4y1c7Qp - 快照"),
 "1493 bad date": sub(1493, "2023年8月14日", "2023年2月30日"),
 "1493 page numbers": sub(1493, "9\n10\n下一页", "9\n下一页", count=1),
 "1493 count line": sub(1493, "找到相关结果约1,870,000个", "找到相关结果约1870,000个"),
 # 1494 Frictionless
 "1494 enum value": sub(1494, '"status": "in_progress"', '"status": "reading"'),
 "1494 pattern": sub(1494, '"arxiv": "2010.04592"', '"arxiv": "2010-04592"'),
 "1494 field order": sub(1494, '"week": 1,\n          "kind": "paper",', '"kind": "paper",\n          "week": 1,', count=1),
 "1494 duplicate key": sub(1494, '"id": "p08"', '"id": "p07"'),
 "1494 arxiv column and URL disagree": sub(1494, '"arxiv": "2103.14339"', '"arxiv": "2103.14338"'),
 "1494 created": sub(1494, '"created": "2024-02-05T09:12:00Z"', '"created": "05.02.2024"'),
 "1494 week out of range": sub(1494, '"week": 4,\n          "kind": "video"', '"week": 15,\n          "kind": "video"'),
 # 1495 codespell
 "1495 line number": sub(1495, "./README.md:13: enviroment", "./README.md:12: enviroment"),
 "1495 FIXED list": sub(1495, "FIXED: ./notes/week-02.md\n", ""),
 "1495 second run": sub(1495, "sneha@vachan-gat:~/drushti-vachan$ codespell\n./notes/week-03.md:4: alse", "sneha@vachan-gat:~/drushti-vachan$ codespell\n./README.md:4: recieve ==> receive\n./notes/week-03.md:4: alse"),
 "1495 diff not the fix": sub(1495, "+Until next week", "+Till next week"),
 "1495 hunk count": sub(1495, "@@ -1,5 +1,5 @@\n # आठवडा १", "@@ -1,6 +1,6 @@\n # आठवडा १"),
 "1495 blob id": sub(1495, r"index [0-9a-f]{7}\.\.", "index 0000000..", regex=True),
 "1495 hunk heading": sub(1495, "@@ -10,7 +10,7 @@ Papers are listed", "@@ -10,7 +10,7 @@ ## आठवडा २"),
 "1495 README edited": sub(1495, "- Segment Anything — https://arxiv.org/abs/2304.02643\n- SAM repo", "- Segment Anything — https://arxiv.org/abs/2304.02643 \n- SAM repo", count=1),
 # 1496 Ingres (negative)
 "1496 cell width": sub(1496, "|numpy           |1.26.4    |", "|numpy          |1.26.4    |"),
 "1496 row count": sub(1496, "(5 rows)", "(4 rows)"),
 "1496 number left-aligned": sub(1496, "|     2|gradient_descenders", "|2     |gradient_descenders"),
 "1496 order by": sub(1496, "|20-mar-2024|Ν. Γεωργίου", "|20-may-2024|Ν. Γεωργίου"),
 "1496 no Executing": sub(1496, "Executing . . .\n", "", count=1),
 "1496 logout before login": sub(1496, "Tue May 14 10:16:27 2024", "Tue May 14 10:06:27 2024"),
 "1496 header differs": sub(1496, "|talk_date  |speaker", "|date       |speaker"),
 "1496 catalogue title in the negative": sub(1496, "Practical MLOps with DVC and MLflow ", "Segment Anything                   "),
 "1496 arXiv-shaped id in the negative": sub(1496, "|torch           |2.3.0     |", "|torch           |2403.1234 |"),
 # labels
 "title-only paper gets an id in 1487": sub(1487, "\\emph{Big Transfer (BiT): General Visual Representation Learning}. ECCV 2020.", "\\emph{Big Transfer (BiT): General Visual Representation Learning}. ECCV 2020, arXiv:1912.11370."),
 "title-only paper gets a link in 1491": sub(1491, "(لینک ندارد، جلسه نظری)", "https://arxiv.org/abs/2103.13462", count=0),
 "unlabelled catalogue id in 1492": sub(1492, "'selective scan CUDA 커널'", "'selective scan 1706.03762'"),
 "other file's title in 1490": sub(1490, "k-diffusion https://github.com", "Segment Anything https://github.com"),
 "labelled title lost in 1493": sub(1493, "Textbooks Are All You Need", "Textbooks Are All", count=0),
 "unlabelled OpenReview id in 1494": sub(1494, "https://t.me/ssl_seminar_spb", "https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1488": sub(1488, "spaCy belgeleri: vektörler ve benzerlik", "Recurrent Memory Transformer", count=0),
 "arxiv-text id lost in 1489": sub(1489, "arXiv:2308.03688", "arXiv", count=0),
 "link lost in 1495": sub(1495, "https://arxiv.org/abs/2303.15343", "https://github.com/google-research/big_vision", count=0),
 "OpenReview link cut in 1492": sub(1492, "forum?id=rkgNKkHtvB", "forum?id=rkgNK", count=0),
 "arxiv-text gets a link in 1490": sub(1490, "arXiv:2303.01469", "https://arxiv.org/abs/2303.01469"),
 "unknown valid-shaped id in 1489": sub(1489, "gpu-03 שוב איטית", "gpu-03 2311.04567 שוב איטית"),
 "label in the negative": exp_edit(lambda e: e[D[1496]].append(dict(e[D[1495]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1491]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1490]][1].update(title="SDXL")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1487]][0].update(true_arxiv_id="1512.03386", arxiv_id="1512.03386")),
 "paper in two files": exp_edit(lambda e: e[D[1489]].append(dict(e[D[1488]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1492]].append({"arxiv_id": None, "openreview_id": None, "title": "Masked Autoencoders Are Scalable Vision Learners", "evidence": "title-only", "true_arxiv_id": "2111.06377"})),
 "too few papers": exp_edit(lambda e: [e[D[1493]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1494]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1495])),
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
    if V: print(f"{name}:", *errs[:int(os.environ.get('BC_N', 3))], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
