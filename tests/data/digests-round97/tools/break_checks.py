#!/usr/bin/env python3
"""Breaks a scratch copy of round97 (/tmp/round97-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round95's harness, with round97's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round97-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(987, 997)}


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


PAD = " " * 32
CASES = {
 "987 prompt number skipped": sub(987, "hbase:004:0> get", "hbase:005:0> get"),
 "987 command without Took": sub(987, "8 row(s)\nTook 0.0519 seconds\n", "8 row(s)\n"),
 "987 cell not aligned": sub(987, " p002" + PAD + "column=m:link", " p002" + PAD[:-1] + "column=m:link"),
 "987 raw non-ASCII in a value": sub(987, "value=\\xE7\\xBA\\xBF\\xE4\\xB8\\x8A 13B", "value=线上 13B"),
 "987 rows out of order": sub(987, " p001" + PAD + "column=m:link", " p009" + PAD + "column=m:link"),
 "987 row(s) not the rows shown": sub(987, "7 row(s)", "8 row(s)"),
 "987 column not asked for": sub(987, "column=m:link, timestamp=2024-01-08T10:12:41.307", "column=m:owner, timestamp=2024-01-08T10:12:41.307"),
 "987 count not the rows known": sub(987, "=> 8\n", "=> 9\n"),
 "987 put value not shown as written": sub(987, "'p008', 'm:owner', 'sunyue'", "'p008', 'm:owner', 'sun.yue'"),
 "987 ERROR block without usage hint": sub(987, "For usage try 'help \"get\"'\n", ""),
 "987 banner version line broken": sub(987, "Version 2.4.17, r4c1a8e5b", "Version 2.4.17, 4c1a8e5b"),
 "987 no exit at the end": sub(987, "hbase:013:0> exit\n", ""),
 "988 entries not newest first": sub(988, "2024-03-11T10:15:40+03:00 {pod=\"paper-bot-7f4b6d8c9-x5qzn\"}  {\"level\":\"info\",\"ts\":1710141340.3396084",
                                     "2024-03-11T10:15:40+03:00 {pod=\"paper-bot-7f4b6d8c9-x5qzn\"}  {\"level\":\"info\",\"ts\":1710141340.3196084"),
 "988 ts not the entry's second": sub(988, "\"ts\":1709874013.2201877", "\"ts\":1709874014.2201877"),
 "988 text_len wrong": sub(988, '"text_len":173', '"text_len":118'),
 "988 limit not the URL's": sub(988, "--limit=60 '", "--limit=50 '"),
 "988 URL not Go's escaping": sub(988, "query=%7Bnamespace%3D%22nlp-lab%22%2C+app", "query=%7Bnamespace%3D%22nlp-lab%22%2C%20app"),
 "988 labels not padded": sub(988, "{pod=\"paper-bot-7f4b6d8c9-x5qzn\"}  {\"level\":\"info\",\"ts\":1709874013", "{pod=\"paper-bot-7f4b6d8c9-x5qzn\"} {\"level\":\"info\",\"ts\":1709874013"),
 "988 labels of no listed series": sub(988, '{app="paper-bot", container="bot", namespace="nlp-lab", pod="paper-bot-6c8d7f9b54-tk2mr"}\n', ""),
 "988 not a zap line": sub(988, '{"level":"error","ts":1709819110.014883,"caller":"bot/send.go:58",', '{"ts":1709819110.014883,"level":"error","caller":"bot/send.go:58",'),
 "988 digest count wrong": sub(988, '"count":4,"titles"', '"count":5,"titles"'),
 "989 describe date not the listed change's": sub(989, "on 2024/03/11 14:02:51", "on 2024/03/12 14:02:51"),
 "989 hunk counts wrong": sub(989, "@@ -1,17 +1,23 @@", "@@ -1,17 +1,22 @@"),
 "989 diff section missing": sub(989, "==== //depot/research/ml/reading/README.md#3 (text) ====", "=== //depot/research/ml/reading/README.md#3 (text) ==="),
 "989 changes not newest first": sub(989, "Change 47988 on", "Change 48999 on"),
 "989 print change not listed": sub(989, "#1 - add change 48120 (text)", "#1 - add change 48121 (text)"),
 "989 description differs": sub(989, "\ti SayCan po piątkowym spotkaniu.", "\ti SayCan po spotkaniu.", count=1),
 "990 final newline added": append(990, "\n"),
 "990 issueKey not project key + keyId": sub(990, '"issueKey":"GENLAB-33","keyId":33', '"issueKey":"GENLAB-34","keyId":33'),
 "990 status colour changes": sub(990, '"name":"未対応","color":"#ed8077"', '"name":"未対応","color":"#ed8078"'),
 "990 resolution on an open issue": sub(990, '"resolution":null,"priority":{"id":3,"name":"中"},"status":{"id":2',
                                        '"resolution":{"id":0,"name":"対応済み"},"priority":{"id":3,"name":"中"},"status":{"id":2'),
 "990 star title not the issue's": sub(990, "[GENLAB-31] 【論文紹介】", "[GENLAB-30] 【論文紹介】"),
 "990 Backlog link broken": sub(990, "[[arXiv>https://arxiv.org/abs/2006.11239]]", "[[arXiv https://arxiv.org/abs/2006.11239]]"),
 "990 spaces in the JSON": sub(990, '"keyId":31,', '"keyId": 31,'),
 "991 raw slash (not PHP's escaping)": sub(991, "https:\\/\\/github.com\\/google\\/sentencepiece", "https://github.com/google/sentencepiece"),
 "991 total wrong": sub(991, '"total":8,', '"total":9,'),
 "991 creator not createdBy": sub(991, '"createdBy":"23","responsibleId":"23"', '"createdBy":"17","responsibleId":"23"'),
 "991 BBCode unbalanced": sub(991, "[QUOTE]", "[QUOTE][B]"),
 "991 duration not finish - start": sub(991, '"duration":0.08641600608825684', '"duration":0.09641600608825684'),
 "991 LF in a description": sub(991, "\\r\\n", "\\n"),
 "992 string not closed": sub(992, 'in die Einleitung?"', 'in die Einleitung?'),
 "992 brace not closed": sub(992, "      complete 40\n", "      complete 40 {\n"),
 "992 depends to no task": sub(992, "depends !barlow", "depends !barlowtwins"),
 "992 flag not declared": sub(992, "flags lesen\n      complete 40", "flags lektuere\n      complete 40"),
 "992 allocate no resource": sub(992, "allocate vogel", "allocate katrin"),
 "992 complete over 100": sub(992, "complete 60", "complete 160"),
 "992 sibling id repeated": sub(992, 'task vit "Lesen:', 'task bit "Lesen:'),
 "992 date outside the project": sub(992, "start 2024-03-21", "start 2024-11-21"),
 "993 one blank line between cells": sub(993, "   [wxMaxima: section end   ] */\n\n\n/* [wxMaxima: comment start ]",
                                         "   [wxMaxima: section end   ] */\n\n/* [wxMaxima: comment start ]"),
 "993 footer version differs": sub(993, '"Created with wxMaxima 23.05.1"$', '"Created with wxMaxima 22.12.0"$'),
 "993 bracket not closed": sub(993, "eigenvalues(AL);", "eigenvalues(AL;"),
 "993 input not ended": sub(993, "float(Abar(1/10));", "float(Abar(1/10))"),
 "993 cell marker broken": sub(993, "/* [wxMaxima: subsect start ]", "/* [wxMaxima: subsection start ]"),
 "994 offset gap": sub(994, "p=1 o=99 ", "p=1 o=100 "),
 "994 key in two partitions": sub(994, "p=1 o=103 ts=1709860540032 key=u-1057", "p=1 o=103 ts=1709860540032 key=u-1042"),
 "994 end offset wrong": sub(994, "[0] at offset 119", "[0] at offset 118"),
 "994 no exiting": sub(994, ": exiting", ""),
 "994 two controllers": sub(994, "  broker 1 at kafka-1.mlops.medivue.example:9092\n", "  broker 1 at kafka-1.mlops.medivue.example:9092 (controller)\n"),
 "994 leader not a replica": sub(994, "partition 1, leader 1,", "partition 1, leader 4,"),
 "994 paperKey not added": sub(994, '"paperKeys":["pp-0198","pp-0199"]', '"paperKeys":["pp-0198","pp-0299"]'),
 "994 create time before occurredAt": sub(994, "ts=1709600953957", "ts=1709600952957"),
 "995 directive not closed": sub(995, '[[!toc levels=2]]', '[[!toc levels=2]'),
 "995 meta date broken": sub(995, 'date="2024-02-26 18:40:12 +0200"', 'date="26.02.2024"'),
 "995 wikilink page with a space": sub(995, "[[σελίδα συζήτησης|ομάδα-ανάγνωσης/Discussion]]", "[[σελίδα συζήτησης|ομάδα ανάγνωσης/Discussion]]"),
 "995 heading level under toc": sub(995, "## Πρόγραμμα", "### Πρόγραμμα"),
 "995 unknown directive": sub(995, "[[!inline pages=", "[[!inlined pages="),
 "996 method not in the service": sub(996, "paperhub.v1.PaperService/GetStats", "paperhub.v1.PaperService/GetStatistics"),
 "996 JSON not grpcurl's indent": sub(996, '{\n  "status": "SERVING"\n}', '{"status": "SERVING"}'),
 "996 bad gRPC code": sub(996, "  Code: NotFound", "  Code: NOT_FOUND"),
 "996 int64 not a string": sub(996, '"importsPending": "214"', '"importsPending": 214'),
 "996 field numbers repeated": sub(996, "string openreview_id = 5;", "string openreview_id = 4;"),
 "996 catalogue title in the negative": sub(996, "// Стаття в каталозі.", "// Стаття в каталозі (наприклад, Denoising Diffusion Probabilistic Models)."),
 "996 arXiv id in the negative": sub(996, "(формат РРММ.ННННН)", "(формат РРММ.ННННН, напр. 2106.01345)"),
 "title-only paper gets a link in 995": sub(995, "Multimodal Few-Shot Learning with Frozen Language Models —",
                                             "[Multimodal Few-Shot Learning with Frozen Language Models](https://arxiv.org/abs/2106.13884) —"),
 "unlabelled catalogue id in 989": sub(989, "Klasyk do kontekstu", "Klasyk (zob. arXiv:1706.03762) do kontekstu"),
 "other file's title in 993": sub(993, "Pendiente: preguntar", "Pendiente: Deep Residual Learning for Image Recognition; preguntar"),
 "labelled title lost in 992": sub(992, "Contrastive Learning with Hard Negative Samples", "Hard Negatives", count=0),
 "unlabelled OpenReview id in 995": sub(995, "forum?id=ZVBtN6B_6i7", "forum?id=abcDEF12345"),
 "distractor title in 990": sub(990, "投票で上から順に決める。", "投票で上から順に決める。Latent Consistency Models: Synthesizing High-Resolution Images with Few-Step Inference も候補。"),
 "title-only paper's id in 994": sub(994, "NIPS 2012. arXiv에는 없음", "NIPS 2012. 2006.03656 참고. arXiv에는 없음"),
 "arxiv-text id lost in 992": sub(992, "arXiv:2106.08254", "arXiv", count=0),
 "OpenReview link cut in 993": sub(993, "forum?id=qVyeW-grC2k", "forum?id=qVyeW"),
 "link lost in 988 (escaped in the JSON)": sub(988, "https://arxiv.org/abs/2303.18223", "arxiv.org abs 2303.18223", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(987)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(989)(e)[5].update(arxiv_id="2204.01691")),
 "expected: wrong title": exp_edit(lambda e: first(991)(e)[0].update(title="BART")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(993)(e).pop(3)),
 "expected: label in the negative": exp_edit(lambda e: e[D[996]].append(dict(first(987)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(992)(e).append(dict(first(995)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(990)(e).pop() for _ in range(2)]),
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
