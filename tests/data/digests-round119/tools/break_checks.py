#!/usr/bin/env python3
"""Breaks a scratch copy of round119 (/tmp/round119-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round115's harness, with round119's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round119-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1207, 1217)}


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


def json_edit(n, f, dump):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        d = json.loads(open(p, "rb").read().decode("utf-8")); f(d)
        open(p, "wb").write(dump(d).encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "1207 not json.dumps default (raw UTF-8)": sub(1207, r"\u0437\u0430\u043a", "зак"),
 "1207 final newline": append(1207, "\n"),
 "1207 score not result_score": sub(1207, '"score": 2.6666666666666665', '"score": 2.5'),
 "1207 scores not descending": json_edit(1207, lambda d: d["results"].reverse(), lambda d: json.dumps(d)),
 "1207 parsed_url wrong": sub(1207, '["https", "github.com", "/microsoft/DeepSpeed", "", "", ""]', '["https", "github.com", "/microsoft/deepspeed", "", "", ""]'),
 "1207 arxiv pdf_url mismatch": sub(1207, '"pdf_url": "http://arxiv.org/pdf/2101.03961v1"', '"pdf_url": "http://arxiv.org/pdf/2101.03961v2"'),
 "1207 result keys out of order": sub(1207, '"img_src": "", "priority": ""', '"priority": "", "img_src": ""'),
 "1208 answers count wrong": sub(1208, "answers: 4, total", "answers: 5, total"),
 "1208 count wrong": sub(1208, "\n8\nchumrom_aan", "\n9\nchumrom_aan"),
 "1208 variables not sorted": sub(1208, "    $l https://arxiv.org/abs/2004.11362 isa link;\n    $t Supervised Contrastive Learning isa title;",
                                 "    $t Supervised Contrastive Learning isa title;\n    $l https://arxiv.org/abs/2004.11362 isa link;"),
 "1208 no empty line after a query": sub(1208, "get $t, $a;\n\n", "get $t, $a;\n"),
 "1208 no Transaction closed": sub(1208, "Transaction closed\n", ""),
 "1208 welcome line changed": sub(1208, "You are now in TypeDB Wonderland!", "Welcome!"),
 "1209 not compact": sub(1209, '{"Tables":[', '{"Tables": ['),
 "1209 row too short": sub(1209, ',"course","https://huggingface.co/learn/nlp-course/chapter7/1",""', ',"course","https://huggingface.co/learn/nlp-course/chapter7/1"'),
 "1209 not newest first": sub(1209, '"2024-04-21T09:47:12Z"', '"2024-05-21T09:47:12Z"'),
 "1209 Link and ArxivId both": sub(1209, '"paper","","arXiv:1802.05365"', '"paper","https://example.org/elmo","arXiv:1802.05365"'),
 "1209 column type pair wrong": sub(1209, '{"ColumnName":"Severity","DataType":"Int32","ColumnType":"int"}', '{"ColumnName":"Severity","DataType":"Int32","ColumnType":"long"}'),
 "1209 table of contents": sub(1209, '[2,"QueryStatus","QueryStatus"', '[3,"QueryStatus","QueryStatus"'),
 "1210 header count wrong": sub(1210, "/// 8 artykułów i 3 inne", "/// 9 artykułów i 3 inne"),
 "1210 unbalanced brace": sub(1210, "  renderer = new JsonRenderer {}\n", "  renderer = new JsonRenderer {\n"),
 "1210 bad link value": sub(1210, 'link = arxiv("2006.03236")', 'link = arxiv(2006.03236)'),
 "1210 authors on a repository": sub(1210, '    tytul = "lucidrains/reformer-pytorch"\n', '    tytul = "lucidrains/reformer-pytorch"\n    autorzy {\n      "Phil Wang"\n    }\n'),
 "1210 helper missing": sub(1210, 'local function arxiv(id: String): String = "https://arxiv.org/abs/\\(id)"', "local function arxiv(id: String): String = id"),
 "1210 multi-line string misindented": sub(1210, "      Trudne — przeczytać", "    Trudne — przeczytać"),
 "1211 table misaligned": sub(1211, "| ResNeSt: Split-Attention Networks                          |", "| ResNeSt: Split-Attention Networks                         |"),
 "1211 rows selected wrong": sub(1211, "5 rows selected", "6 rows selected"),
 "1211 COUNT wrong": sub(1211, "| 10 |", "| 11 |"),
 "1211 ORDER BY broken": sub(1211, r"(\| Deep Residual Learning for Image Recognition +\| https://arxiv.org/abs/1512.03385 +\|\n)(\| EfficientNet[^\n]+\n)", r"\2\1", regex=True),
 "1211 prompt schema wrong": sub(1211, "apache drill (dfs.lectures)> SELECT COUNT", "apache drill> SELECT COUNT"),
 "1211 header not centred": sub(1211, "|  ok  |                 summary                  |", "| ok   |                 summary                  |"),
 "1212 length wrong": sub(1212, "> (length fehrest)\n10\n", "> (length fehrest)\n11\n"),
 "1212 for-each line missing": sub(1212, "Why Do Local Methods Solve Nonconvex Problems?  ←  —\n", ""),
 "1212 list unreadable": sub(1212, '(book "Dive into Deep Learning"', '(book Dive into Deep Learning"'),
 "1212 no exit": sub(1212, "> (exit)\n", ""),
 "1212 paper count wrong": sub(1212, "fehrest))\n8\n", "fehrest))\n7\n"),
 "1213 not compact": sub(1213, '{"data":[', '{"data": ['),
 "1213 final newline": append(1213, "\n"),
 "1213 timestamps not descending": sub(1213, "2024-05-08T00:00:14.328Z", "2024-05-08T00:00:19.328Z"),
 "1213 summary wrong": sub(1213, "スキップ 2 件", "スキップ 3 件"),
 "1213 title-only not warn": sub(1213, '"status":"warn","tags"', '"status":"info","tags"'),
 "1213 tags lose service": sub(1213, '"service:paper-digest"', '"service:digest"'),
 "1213 attribute keys unsorted": sub(1213, '"host":"gpu-ws-03","message"', '"message"', count=0),
 "1214 header missing": sub(1214, "#!/bin/bash -eo pipefail\n", ""),
 "1214 entry misnumbered": sub(1214, "[digest] ৭.", "[digest] ৮."),
 "1214 summary wrong": sub(1214, "২টি বাদ", "৩টি বাদ"),
 "1214 input count wrong": sub(1214, "(১০টি এন্ট্রি)", "(৯টি এন্ট্রি)"),
 "1214 warning with a link": sub(1214, "শুধু শিরোনাম রাখা হলো — Emergent Abilities of Large Language Models", "শুধু শিরোনাম রাখা হলো — Emergent Abilities of Large Language Models https://example.org/x"),
 "1214 stray line": append(1214, "Success!\n"),
 "1215 not jq form": sub(1215, '  "total": 23,', '  "total":23,'),
 "1215 no final newline": sub(1215, "]\n}\n", "]\n}", regex=False),
 "1215 filtered wrong": sub(1215, '"filtered": 10', '"filtered": 11'),
 "1215 embed title not [id] Title": sub(1215, '"title": "[2304.02643] Segment Anything"', '"title": "Segment Anything"'),
 "1215 created_on not descending": sub(1215, '"created_on": "2024-04-19 04:48:31"', '"created_on": "2024-05-19 04:48:31"'),
 "1215 memo html unbalanced": sub(1215, "<strong>필독</strong>", "<strong>필독"),
 "1215 title differs from field": sub(1215, '"title": "COCO — Common Objects in Context"', '"title": "COCO dataset"'),
 "1216 Exactly count wrong": sub(1216, "Exactly 6 matches", "Exactly 7 matches"),
 "1216 weights not descending": sub(1216, "[0.874105]", "[2.874105]"),
 "1216 weight precision": sub(1216, "[2.51043]", "[2.510431]"),
 "1216 data keys out of order": sub(1216, "caption=README.txt\ntype=text/plain", "type=text/plain\ncaption=README.txt"),
 "1216 parsed query wrong": sub(1216, "Query((Ztransform@1 OR Zdiffus@2))", "Query((Ztransform@1 OR Zdiffus@1))"),
 "1216 catalogue title in the negative": sub(1216, "投影片會放在系辦網站", "投影片會放在系辦網站（參考 Denoising Diffusion Probabilistic Models）"),
 "1216 arXiv id in the negative": sub(1216, "size=2410", "size=2410\nnote=2006.11239"),
 "title-only paper gets a link in 1211": sub(1211, "| Smooth Adversarial Training                                                                 |", "| Smooth Adversarial Training https://arxiv.org/abs/2006.14536                                |"),
 "unlabelled catalogue id in 1213": sub(1213, "Slack #papers に投稿", "Slack #papers に投稿 (前回 1706.03762)"),
 "other file's title in 1209": sub(1209, "תיעוד הספרייה (לא מאמר)", "תיעוד הספרייה (Segment Anything)"),
 "labelled title lost in 1208": sub(1208, "Towards Domain-Agnostic Contrastive Learning", "Domain-Agnostic Contrastive Learning"),
 "unlabelled OpenReview id in 1210": sub(1210, '"https://github.com/lucidrains/reformer-pytorch"', '"https://openreview.net/forum?id=abcDEF12345"'),
 "distractor title in 1214": sub(1214, "(ঢাকা এমএল মিটআপ)", "(ঢাকা এমএল মিটআপ, Efficient Transformers: A Survey)"),
 "arxiv-text id lost in 1212": sub(1212, "شناسه: arXiv:2108.04392 ", "شناسه: "),
 "link lost in 1215": sub(1215, "https://arxiv.org/abs/2304.08485", "https://llava.example.org/paper", count=0),
 "OpenReview link cut in 1213": sub(1213, "forum?id=PxTIG12RRHS", "forum?id=PxTIG1", count=0),
 "arxiv-text gets a link in 1207": sub(1207, "(arXiv:1910.02054)", "(https://arxiv.org/abs/1910.02054)"),
 "unlabelled valid-shaped id in 1211": sub(1211, '"Got Drill?"', '"Got Drill? 2311.00001"'),
 "expected: wrong evidence": exp_edit(lambda e: first(1207)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1208)(e)[5].update(arxiv_id="2011.04419")),
 "expected: wrong title": exp_edit(lambda e: first(1213)(e)[3].update(title="ControlNet")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1210)(e)[0].update(openreview_id="uYLFoz1vlAC")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1211)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1216]].append(dict(first(1207)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1215)(e).append(dict(first(1212)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1214)(e).pop() for _ in range(2)]),
 "expected: title-only turned into links": exp_edit(lambda e: [r.update(evidence="link", arxiv_id=r["true_arxiv_id"]) for r in first(1209)(e) if r["evidence"] == "title-only"][:0]),
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
