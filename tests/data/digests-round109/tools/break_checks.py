#!/usr/bin/env python3
"""Breaks a scratch copy of round109 (/tmp/round109-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round107's harness, with round109's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round109-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1107, 1117)}


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
 "1107 scheduled task without its date": sub(1107, "umstellen >2024-03-06", "umstellen"),
 "1107 date before the note's day": sub(1107, ">2024-03-19", ">2024-03-01"),
 "1107 time blocks overlapping": sub(1107, "- 13:30-16:00", "- 11:30-16:00"),
 "1107 open task written [ ]": sub(1107, "+ Kamera im", "* [ ] Kamera im"),
 "1107 heading level skipped": sub(1107, "## Experimente", "#### Experimente"),
 "1107 [[link]] not closed": sub(1107, "[[Setup Cluster]]", "[[Setup Cluster]"),
 "1108 meta keys out of order": sub(1108, "  type: http\n  seq: 4\n", "  seq: 4\n  type: http\n"),
 "1108 auth mode without its block": sub(1108, "  auth: bearer\n", "  auth: basic\n"),
 "1108 undefined variable": sub(1108, "{{digestToken}}", "{{digestTkn}}"),
 "1108 items assert not the body's": sub(1108, "res.body.items.length: eq 8", "res.body.items.length: eq 9"),
 "1108 body:json broken": sub(1108, '"dryRun": false,', '"dryRun": false'),
 "1108 block not closed": sub(1108, "  token: {{digestToken}}\n}\n", "  token: {{digestToken}}\n"),
 "1108 unknown assert operator": sub(1108, 'res.body.status: eq "published"', 'res.body.status: equals "published"'),
 "1109 time goes back": sub(1109, "[07:00:24] :\t [Step 3/3] total size", "[07:00:20] :\t [Step 3/3] total size"),
 "1109 wrong block duration": sub(1109, "Step 2/3: Sestavit zpravodaj (Command Line) (7s)", "Step 2/3: Sestavit zpravodaj (Command Line) (9s)"),
 "1109 wrong parent name": sub(1109, "[Step 3/3] rsync", "[Step 2/3] rsync"),
 "1109 step without its exit code": sub(1109, "[07:00:25] :\t [Step 3/3] Process exited with code 0\n", ""),
 "1109 line not TeamCity's": sub(1109, "[07:00:04] : Updating tools for build", "07:00:04 Updating tools for build"),
 "1109 steps misnumbered": sub(1109, "Step 3/3: Publikovat", "Step 4/3: Publikovat"),
 "1110 not compact": sub(1110, '"schemaVersion":0', '"schemaVersion": 0'),
 "1110 sticky outside its section": sub(1110, '"x":840,"y":160', '"x":1840,"y":160'),
 "1110 connector to a missing node": sub(1110, '"endpointNodeId":"12:42"', '"endpointNodeId":"12:99"'),
 "1110 duplicate node id": sub(1110, '"id":"12:42"', '"id":"12:41"'),
 "1111 inline style past the text": sub(1111, "<from>0</from><to>81</to>", "<from>0</from><to>181</to>"),
 "1111 block children out of order": sub(1111, "<inline-styles/><styles/></para>", "<styles/><inline-styles/></para>"),
 "1111 not well-formed": sub(1111, "</body>", ""),
 "1111 list level jumps": sub(1111, '<list-item level="1" list-id="b2d90f"', '<list-item level="3" list-id="b2d90f"'),
 "1112 raw Arabic instead of escapes": sub(1112, "\\u0639\\u0645\\u0631", "عمر"),
 "1112 timestamps not increasing": sub(1112, '"timestamp": "2018-10-02T09:02:17Z 551020"', '"timestamp": "2018-10-02T08:02:17Z 551020"'),
 "1112 mention missing": sub(1112, '"mentions": [\n                {\n                    "id": 1187,\n                    "mention_name": "Karim",\n                    "name": "\\u0643\\u0631\\u064a\\u0645 \\u0645\\u0646\\u0635\\u0648\\u0631"\n                }\n            ]', '"mentions": []'),
 "1112 sender with another name": sub(1112, '"mention_name": "Lina",\n                "name": "\\u0644', '"mention_name": "Lina",\n                "name": "\\u0645'),
 "1113 count wrong": sub(1113, "db.artigos.count()\n7\n", "db.artigos.count()\n8\n"),
 "1113 not arangosh's layout": sub(1113, '"ano" : 2023, \n  "tema"', '"ano": 2023, \n  "tema"'),
 "1113 cursor count wrong": sub(1113, "count: 2, cached", "count: 3, cached"),
 "1113 _id not the key's": sub(1113, '"_id" : "artigos/mamba"', '"_id" : "artigos/mambo"'),
 "1113 prompt not last": append(1113, "\n"),
 "1114 pagination wrong": sub(1114, '"total":5', '"total":6'),
 "1114 draft with a published time": sub(1114, '"lastPublished":null', '"lastPublished":"2024-03-05T09:15:00.000Z"'),
 "1114 ObjectId time not createdOn": sub(1114, '"createdOn":"2024-01-15T09:20:11.412Z"', '"createdOn":"2024-01-15T09:20:12.412Z"'),
 "1114 list without role": sub(1114, '<ul role=\\"list\\">', "<ul>"),
 "1115 comments_count wrong": sub(1115, '"comments_count":1', '"comments_count":2'),
 "1115 child list wrong": sub(1115, '"tasks":[60418226,60418239', '"tasks":[60418239,60418226'),
 "1115 tags disagree": sub(1115, '"tags_as_text":"бенчмарк"', '"tags_as_text":"к_чтению"'),
 "1115 date form wrong": sub(1115, '"created_at":"2024/02/19 09:12:40 +0000"', '"created_at":"2024-02-19T09:12:40Z"'),
 "1116 undefined variable": sub(1116, "DELETE {{base_url}}/api/v1/reading-list/{{entry_id}}", "DELETE {{base_url}}/api/v1/reading-list/{{entry}}"),
 "1116 unknown predicate": sub(1116, "isCollection", "isList"),
 "1116 response section on the request side": sub(1116, "Authorization: Bearer {{token}}\nHTTP 204", "Authorization: Bearer {{token}}\n[Asserts]\nHTTP 204"),
 "1116 catalogue title in the negative": sub(1116, "टेस्ट प्रविष्टि — कृपया अनदेखा करें", "Longformer: The Long-Document Transformer"),
 "1116 arXiv id in the negative": sub(1116, "/by-arxiv/abc.def", "/by-arxiv/2312.00752"),
 "title-only paper gets a link in 1115": sub(1115, "Generative Agents: Interactive Simulacra of Human Behavior — Smallville", "[Generative Agents: Interactive Simulacra of Human Behavior](https://arxiv.org/abs/2304.03442) — Smallville"),
 "unlabelled catalogue id in 1109": sub(1109, "(23 kB)", "(23 kB, viz 1706.03762)"),
 "other file's title in 1110": sub(1110, "論文じゃないけど予習に最適", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces も参照"),
 "labelled title lost in 1107": sub(1107, "HuggingFace's Transformers: State-of-the-art Natural Language Processing", "das Transformers-Paper"),
 "unlabelled OpenReview id in 1114": sub(1114, "forum?id=-bdp_8Itjwp", "forum?id=-bdp_8Itjwq"),
 "distractor title in 1113": sub(1113, "RetNet, Microsoft;", "Efficient Transformers: A Survey; RetNet, Microsoft;"),
 "title-only paper's id in 1112": sub(1112, "(ICLR workshop 2013)", "(ICLR workshop 2013, 1508.07909)"),
 "arxiv-text id lost in 1108": sub(1108, '"ref": "arXiv:2103.00020"', '"ref": null'),
 "link lost in 1111": sub(1111, "<value>https://arxiv.org/abs/2310.11511</value>", "<value>https://selfrag.github.io/</value>"),
 "OpenReview link cut in 1113": sub(1113, "forum?id=uYLFoz1vlAC", "forum?id=uYLFoz", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(1107)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1112)(e)[4].update(arxiv_id="1502.01852")),
 "expected: wrong title": exp_edit(lambda e: first(1114)(e)[0].update(title="EfficientNet")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1109)(e)[2].update(openreview_id="uYLFoz1vlAC")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1110)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1116]].append(dict(first(1107)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1115)(e).append(dict(first(1108)(e)[1]))),
 "expected: too few papers": exp_edit(lambda e: [first(1113)(e).pop() for _ in range(2)]),
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
