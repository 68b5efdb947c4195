#!/usr/bin/env python3
"""Breaks a scratch copy of round107 (/tmp/round107-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round105's harness, with round107's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round107-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1087, 1097)}


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


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "1087 attributes out of order": sub(1087, '<Text-field layout="Normal" style="Text">', '<Text-field style="Text" layout="Normal">'),
 "1087 style not in Styles": sub(1087, 'style="Heading 1">1. Γιατί', 'style="Heading 2">1. Γιατί'),
 "1087 Maple Input without its prompt": sub(1087, 'prompt="&gt; " style="Maple Input">restart;', 'style="Maple Input">restart;'),
 "1087 labels not in order": sub(1087, 'labelreference="L2"', 'labelreference="L3"'),
 "1087 printf output missing a line": sub(1087, r"(οξύτητα = 0\.\d+)\nδεξί ελάχιστο    w = [^<]*</Text-field>", r"\1</Text-field>", regex=True),
 "1087 XML not well-formed": sub(1087, "</Section>\n", ""),
 "1087 Equation display not Maple's": sub(1087, 'display="LUklbXJv', 'display="QUklbXJv'),
 "1087 no final newline": sub(1087, "</Worksheet>\n", "</Worksheet>"),
 "1087 hyperlink to a file path": sub(1087, 'linktarget="https://github.com/google-research/sam"', 'linktarget="C:\\sam"'),
 "1088 ms.date not MM/DD/YYYY": sub(1088, "ms.date: 03/05/2024", "ms.date: 2024-03-05"),
 "1088 tab group not closed": sub(1088, "---\n\n> [!Video", "\n> [!Video"),
 "1088 table row with an extra cell": sub(1088, "| offen |", "| offen | ? |"),
 "1088 unknown alert": sub(1088, "> [!TIP]", "> [!HINT]"),
 "1088 highlight outside the snippet": sub(1088, "highlight=31-36", "highlight=31-46"),
 "1088 heading level skipped": sub(1088, "### Speicher beim Training", "#### Speicher beim Training"),
 "1088 code fence not closed": sub(1088, "```\n\n# [JAX]", "\n# [JAX]"),
 "1088 header keys reordered": sub(1088, "author: j.hartmann\nms.date: 03/05/2024\n", "ms.date: 03/05/2024\nauthor: j.hartmann\n"),
 "1089 number right-aligned": sub(1089, "| 1  | Momentum", "|  1 | Momentum"),
 "1089 row count wrong": sub(1089, "7 rows in set", "8 rows in set"),
 "1089 clean prompt while dirty": sub(1089, "lecturas/main*> INSERT", "lecturas/main> INSERT"),
 "1089 diff + row not the INSERT's": sub(1089, "'arXiv:2106.08254 — ICLR 2022, tokenizador dVAE');", "'arXiv:2106.08254 — ICLR 2022');"),
 "1089 log dates not going back": sub(1089, "Mon Feb 05 11:27:33", "Tue Mar 05 11:27:33"),
 "1089 hash not base32": sub(1089, "commit o", "commit z"),
 "1089 prompt not last": append(1089, "\n"),
 "1089 continuation misaligned": sub(1089, "            -> FROM sesiones", "           -> FROM sesiones"),
 "1090 time goes back": sub(1090, "09:00:19 digest", "08:00:19 digest"),
 "1090 job without its end": sub(1090, r"\d\d:\d\d:\d\d digest: Job OK \(843eca75[^)]*\)\n\d\d:\d\d:\d\d Result is kept for 500 seconds\n", "", regex=True),
 "1090 argument cut at the wrong length": sub(1090, "Using Model ...,", "Using Model Parallelism...,"),
 "1090 argument not repr's form": sub(1090, "fetch_arxiv('2001.08361')", 'fetch_arxiv("2001.08361")'),
 "1090 registries cleaned too soon": sub(1090, "09:24:31 Cleaning registries for queue: digest\n09:24:31 Cleaning registries for queue: default",
                                        "09:20:31 Cleaning registries for queue: digest\n09:20:31 Cleaning registries for queue: default"),
 "1090 bot line outside a job": sub(1090, "09:29:53 Worker", "09:29:53 [paperbot] INFO شروع دوباره\n09:29:53 Worker"),
 "1090 exception for another job": sub(1090, "[Job e5ca5110", "[Job f5ca5110"),
 "1091 end before start": sub(1091, "2024-02-06T17:30:00+09:00", "2024-02-06T15:30:00+09:00"),
 "1091 attendance answered with the check off": sub(1091, '"code":"yamada","name":"山田 直樹","type":"USER","attendanceResponse":{"status":"PENDING"',
                                                    '"code":"yamada","name":"山田 直樹","type":"USER","attendanceResponse":{"status":"ACCEPTED"'),
 "1091 not compact": sub(1091, '"hasNext":false', '"hasNext": false'),
 "1091 one user, two names": sub(1091, '"name":"伊藤 翔"', '"name":"伊藤 翔太"'),
 "1091 events not sorted": sub(1091, "2024-02-06T", "2024-04-09T", count=0),
 "1091 all-day flag without ALL_DAY": sub(1091, '"eventType":"ALL_DAY"', '"eventType":"REGULAR"'),
 "1092 paging count wrong": sub(1092, '"count":10', '"count":11'),
 "1092 completed without its timestamp": sub(1092, ',"completedTimestamp":1707492600000', ""),
 "1092 unknown colour": sub(1092, '"color":"task-yellow"', '"color":"yellow"'),
 "1092 subtask not listed": sub(1092, '"subtasks":["9cede574-2ae9-4540-b5ab-ce5403dad5d3', '"subtasks":["00000000-0000-4000-8000-000000000000'),
 "1092 link not opening a new tab": sub(1092, ' target=\\"_blank\\" rel=\\"noopener noreferrer\\">PDF', '>PDF'),
 "1093 LF in the head": sub(1093, "07:41:12 GMT\r\n", "07:41:12 GMT\n"),
 "1093 content-range wrong": sub(1093, "content-range: 0-7/8", "content-range: 0-7/9"),
 "1093 body not json_agg's layout": sub(1093, ', \n {"id":4', ',\n {"id":4'),
 "1093 rows not in order": sub(1093, "2024-01-09T05:12:44.318204+00:00", "2024-03-09T05:12:44.318204+00:00"),
 "1093 timestamp with a trailing zero": sub(1093, ".90117+00:00", ".901170+00:00"),
 "1093 select not the body's keys": sub(1093, "select=id,title,url,note,tags", "select=id,title,note,url,tags"),
 "1094 raw non-ASCII": sub(1094, "Nguy\\u1ec5n", "Nguyễn"),
 "1094 slash not escaped": sub(1094, "https:\\/\\/arxiv.org\\/abs\\/2307.01952\\n", "https://arxiv.org/abs/2307.01952\\n"),
 "1094 updated_time not the last activity": sub(1094, '"updated_time":"2024-03-04T09:40:11+0000"', '"updated_time":"2024-03-04T09:41:11+0000"'),
 "1094 shared URL not in the message": sub(1094, "u=https%3A%2F%2Farxiv.org%2Fabs%2F2308.04079", "u=https%3A%2F%2Farxiv.org%2Fpdf%2F2308.04079"),
 "1094 comment summary wrong": sub(1094, '"total_count":2', '"total_count":3'),
 "1095 not NSJSONSerialization's layout": sub(1095, '"title" : ', '"title": '),
 "1095 unknown cell key": sub(1095, '"diagramType" : "sequence"', '"diagramKind" : "sequence"'),
 "1095 a final newline": append(1095, "\n"),
 "1095 slash not escaped": sub(1095, "https:\\/\\/d2l.ai", "https://d2l.ai"),
 "1096 effort not the children's sum": sub(1096, '"effort":"10"', '"effort":"11"'),
 "1096 child not listed back": sub(1096, "|1120375318001000102|1120375318001000103", "|1120375318001000102|1120375318001000104"),
 "1096 completed while not resolved": sub(1096, '"completed":null', '"completed":"2024-03-04 18:22:05"'),
 "1096 raw UTF-8 instead of escapes": sub(1096, "\\u5218\\u6d0b", "刘洋"),
 "1096 catalogue title in the negative": sub(1096, "\\u76ee\\u524d\\u8fd8\\u6ca1\\u6709\\u5b9a\\u4e0b\\u6765",
                                            "\\u76ee\\u524d\\u8fd8\\u6ca1\\u6709\\u5b9a\\u4e0b\\u6765 (Lost in the Middle: How Language Models Use Long Contexts)"),
 "1096 arXiv id in the negative": sub(1096, "\\u76ee\\u524d\\u8fd8\\u6ca1\\u6709\\u5b9a\\u4e0b\\u6765", "\\u76ee\\u524d 2310.01234"),
 "title-only paper gets a link in 1093": sub(1093, '"url":null,"note":"대규모', '"url":"https://arxiv.org/abs/1912.11370","note":"대규모'),
 "unlabelled catalogue id in 1090": sub(1090, "export.arxiv.org: 200 OK, 1 entry", "export.arxiv.org: 200 OK, 1 entry (see 1706.03762)"),
 "other file's title in 1088": sub(1088, "wenig Rechenleistung", "wenig Rechenleistung (vgl. Segment Anything)"),
 "labelled title lost in 1092": sub(1092, "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks", "Sentence-BERT", count=0),
 "unlabelled OpenReview id in 1091": sub(1091, "forum?id=_VjQlMeSB_J", "forum?id=_VjQlMeSB_K", count=0),
 "distractor title in 1087": sub(1087, "Παράδοση: αποθηκεύστε", "Efficient Transformers: A Survey. Παράδοση: αποθηκεύστε"),
 "title-only paper's id in 1089": sub(1089, "sesión 4: SupCon, Joaquín", "sesión 4: SupCon (2004.11362), Joaquín"),
 "arxiv-text id lost in 1094": sub(1094, "(arXiv:2303.01469)", "(ICLR 2023)"),
 "link lost in 1093": sub(1093, '"url":"https://arxiv.org/abs/2304.08485"', '"url":"https://llava-vl.github.io"'),
 "OpenReview link cut in 1095": sub(1095, "forum?id=_adSMszz_g9", "forum?id=_adSM", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(1087)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1093)(e)[4].update(arxiv_id="1912.11370")),
 "expected: wrong title": exp_edit(lambda e: first(1090)(e)[0].update(title="GPT-3")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1092)(e)[2].update(openreview_id="_VjQlMeSB_J")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1089)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1096]].append(dict(first(1087)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1094)(e).append(dict(first(1091)(e)[1]))),
 "expected: too few papers": exp_edit(lambda e: [first(1088)(e).pop() for _ in range(2)]),
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
