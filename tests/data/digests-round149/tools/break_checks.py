#!/usr/bin/env python3
"""Breaks a scratch copy of round149 (/tmp/round149-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round147's harness, with round149's cases; every digest is UTF-8 with LF line ends.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round149-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1507, 1517)}


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
 # 1507 Carrot2
 "1507 wc count": sub(1507, "12 lista.tsv", "11 lista.tsv"),
 "1507 newline after the answer": sub(1507, "  } ]\n}ola@", "  } ]\n}\nola@"),
 "1507 label not in a document": sub(1507, '"labels" : [ "Memory" ]', '"labels" : [ "Recurrence" ]'),
 "1507 document index out of range": sub(1507, '"documents" : [ 0, 7, 8 ]', '"documents" : [ 0, 7, 12 ]'),
 "1507 not Jackson's layout": sub(1507, '"score" : 0.8431', '"score": 0.8431'),
 "1507 scores not falling": sub(1507, '"score" : 0.5402', '"score" : 0.9402'),
 "1507 summary differs": sub(1507, "Efficient Transformer [2]:", "Efficient Transformer [3]:"),
 "1507 TSV row with two fields": sub(1507, "\t-\tFLASH i GAU", " - FLASH i GAU"),
 # 1508 Eliot
 "1508 tree status": sub(1508, "⇒ failed", "⇒ succeeded"),
 "1508 duration": sub(1508, "⧖ 0.842s", "⧖ 0.824s"),
 "1508 raw Unicode in the log": sub(1508, '"channel": "#\\u8ad6\\u6587"', '"channel": "#論文"'),
 "1508 task level": sub(1508, '"task_level": [3]}', '"task_level": [4]}'),
 "1508 tree field changed": sub(1508, "    │   └── url: https://arxiv.org/abs/2001.08361", "    │   └── url: https://arxiv.org/abs/2001.08361 "),
 "1508 wc count": sub(1508, "32 logs/ronbun.log", "31 logs/ronbun.log"),
 "1508 timestamps not rising": sub(1508, '"timestamp": 1717377791.027876', '"timestamp": 1717376791.027876'),
 "1508 tree time": sub(1508, "paper:add/1 ⇒ started 2024-06-03 01:12:04Z", "paper:add/1 ⇒ started 2024-06-03 10:12:04Z"),
 # 1509 GDL
 "1509 count in I8": sub(1509, "GDL> print, n\n          12\n", "GDL> print, n\n      12\n"),
 "1509 where indices": sub(1509, "           1           4           7", "           1           4           8"),
 "1509 strlen in characters": sub(1509, "\n         128\n", "\n         127\n"),
 "1509 loop numbering": sub(1509, "       7: Rethinking", "       8: Rethinking"),
 "1509 help line": sub(1509, "PARTES          STRING    = Array[3]", "PARTES          STRING    = Array[2]"),
 "1509 no exit": sub(1509, "GDL> exit\n", ""),
 "1509 assignment printed": sub(1509, "GDL> free_lun, u\n", "GDL> free_lun, u\n% FREE_LUN: ok\n"),
 # 1510 YottaDB
 "1510 collation order": sub(1510, '^RDL(1,"link")="https://arxiv.org/abs/1910.10683"\n^RDL(1,"note")', '^RDL(1,"note")', count=1) if False else sub(1510, r'(\^RDL\(1,"link"\)=[^\n]*)\n(\^RDL\(1,"note"\)=[^\n]*)', r"\2\n\1", regex=True),
 "1510 quote not doubled": sub(1510, '""ถามพี่ปิยะ"""', '"ถามพี่ปิยะ""'),
 "1510 loop output": sub(1510, "10  sentence-transformers", "10 sentence-transformers"),
 "1510 no-link count": sub(1510, "YDB>write n,!\n4\n", "YDB>write n,!\n5\n"),
 "1510 prompt without newline": sub(1510, "0\n\nYDB>set n=0", "0\nYDB>set n=0"),
 "1510 $data": sub(1510, "YDB>write $data(^RDL(12)),!\n0\n", "YDB>write $data(^RDL(12)),!\n10\n"),
 "1510 top node": sub(1510, "^RDL=11\n", "^RDL=12\n"),
 # 1511 zk
 "1511 Found count": sub(1511, "Found 12 notes", "Found 11 notes"),
 "1511 list not sorted": sub(1511, r"(0a7x\.md  [^\n]*)\n(3kq9\.md  [^\n]*)", r"\2\n\1", regex=True),
 "1511 grep line number": sub(1511, "./3kq9.md:5:", "./3kq9.md:6:"),
 "1511 grep misses a shown line": sub(1511, r"\./3kq9\.md:5:[^\n]*\n", "", regex=True),
 "1511 heading differs": sub(1511, "# Self-Supervised Variational Auto-Encoders\n", "# Self-Supervised VAEs\n"),
 "1511 zk new reuses an id": sub(1511, "/home/priya/zettel/q8fw.md", "/home/priya/zettel/k7c1.md"),
 # 1512 json-seq
 "1512 RS missing": sub(1512, "\x1e", "", count=1),
 "1512 pretty record": sub(1512, '{"id":203,"date"', '{"id": 203, "date"'),
 "1512 ids not consecutive": sub(1512, '{"id":205,', '{"id":215,'),
 "1512 date not rising": sub(1512, '"2024-04-13T09:12:36+03:00"', '"2024-04-01T09:12:36+03:00"'),
 "1512 bad type": sub(1512, '"type":"video"', '"type":"playlist"'),
 "1512 link without url": sub(1512, '"url":"https://github.com/vwxyzjn/cleanrl"', '"url":null'),
 "1512 CRLF": sub(1512, "\n", "\r\n", count=2),
 # 1513 yamllint
 "1513 column": sub(1513, "  5:9       warning", "  5:8       warning"),
 "1513 missing problem": sub(1513, "  17:19     error    trailing spaces  (trailing-spaces)\n", ""),
 "1513 file edited": sub(1513, "    presenter: 박서준 \n", "    presenter: 박서준\n"),
 "1513 padding": sub(1513, "  26:5      error    duplication", "  26:5     error    duplication"),
 "1513 exit status": sub(1513, "reading.yaml\ndyoon@sysml-gpu2:~/reading$ echo $?\n1\n", "reading.yaml\ndyoon@sysml-gpu2:~/reading$ echo $?\n0\n") if False else sub(1513, "(trailing-spaces)\n\ndyoon@sysml-gpu2:~/reading$ echo $?\n1\n", "(trailing-spaces)\n\ndyoon@sysml-gpu2:~/reading$ echo $?\n0\n"),
 "1513 parsable line-length limit": sub(1513, "reading.yaml:32:101: [error] line too long (105 > 100 characters)", "reading.yaml:32:81: [error] line too long (105 > 80 characters)"),
 # 1514 Nullboard
 "1514 final newline": append(1514, "\n"),
 "1514 spaced JSON": sub(1514, '"format":20190412,"id"', '"format": 20190412, "id"'),
 "1514 id not ms": sub(1514, '"id":1709546112487', '"id":1709546112'),
 "1514 raw note over lines": sub(1514, '"text":"── тиждень 12 ──","raw":true', '"text":"── тиждень 12 ──\\nпауза","raw":true'),
 "1514 min not boolean": sub(1514, '"raw":false,"min":true}]},{"title":"Читаю"', '"raw":false,"min":1}]},{"title":"Читаю"'),
 "1514 key order": sub(1514, '"revision":73,"title":"LLM', '"title":"LLM: квантизація, безпека, оптимізація","revision":73,"x":"LLM'),
 # 1515 Are.na
 "1515 raw angle bracket": sub(1515, "\\u003cp\\u003eCLIP", "<p>CLIP"),
 "1515 position": sub(1515, '"position":3,', '"position":4,'),
 "1515 html differs": sub(1515, "לקרוא קודם\\u0026lt;/b", "לקרוא\\u0026lt;/b"),
 "1515 length": sub(1515, '"length":11,', '"length":12,'),
 "1515 abs page title": sub(1515, '"title":"[2204.14198] Flamingo', '"title":"Flamingo'),
 "1515 connected before created": sub(1515, r'("created_at":"2024-04-21T08:03:11\.\d{3}Z".*?"connected_at":")2024-04-21T08', r"\g<1>2024-04-20T08", regex=True),
 "1515 final newline": append(1515, "\n"),
 # 1516 OPDS
 "1516 ISBN check digit": sub(1516, "978-9941-14-207-9", "978-9941-14-207-3"),
 "1516 entries order": sub(1516, "<updated>2024-05-06T10:41:57+04:00</updated>", "<updated>2024-05-19T10:41:57+04:00</updated>"),
 "1516 acquisition type": sub(1516, 'type="application/pdf" href="/api/opds/8c1f4e2a-6b7d-4f39-a0c5-d2e9b7316a48/series/40/', 'type="application/epub+zip" href="/api/opds/8c1f4e2a-6b7d-4f39-a0c5-d2e9b7316a48/series/40/'),
 "1516 broken XML": sub(1516, "</summary>", "</sumary>"),
 "1516 duplicate entry id": sub(1516, r"(<id>urn:uuid:[^<]*</id>)(.*?)<id>urn:uuid:[^<]*</id>", r"\1\2\1", regex=True),
 "1516 no search link": sub(1516, r'  <link rel="search"[^\n]*\n', "", regex=True),
 "1516 catalogue title in the negative": sub(1516, "<title>The Elements of Statistical Learning</title>", "<title>Segment Anything</title>"),
 "1516 arXiv-shaped id in the negative": sub(1516, "(torch 2.3.0,", "(torch 2405.12345,"),
 # labels
 "title-only paper gets an id in 1509": sub(1509, "fuera de tema? sin enlace", "fuera de tema? arXiv:2103.14338", count=0),
 "title-only paper gets a link in 1514": sub(1514, "без посилання, ICLR 2021", "https://arxiv.org/abs/2010.01412"),
 "unlabelled catalogue id in 1510": sub(1510, "วิดีโอบรรยาย NLP ภาษาไทย ตอนที่ 4", "วิดีโอบรรยาย 1706.03762 ตอนที่ 4", count=0),
 "other file's title in 1511": sub(1511, "CompVis stable-diffusion रेपो", "Segment Anything रेपो", count=0),
 "labelled title lost in 1512": sub(1512, "Evolving Reinforcement Learning Algorithms", "Evolving RL Algorithms"),
 "unlabelled OpenReview id in 1513": sub(1513, "https://github.com/microsoft/DeepSpeed", "https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1508": sub(1508, "# 動画の URL で落ちるのは仕様どおり", "# Recurrent Memory Transformer の URL で落ちるのは仕様どおり"),
 "arxiv-text id lost in 1515": sub(1515, "arXiv:2303.15343", "arXiv", count=0),
 "link lost in 1507": sub(1507, "https://arxiv.org/abs/2006.04768", "https://github.com/lucidrains/linformer"),
 "OpenReview link cut in 1510": sub(1510, "forum?id=ZaYZfu8pT_N", "forum?id=ZaYZf"),
 "arxiv-text gets a link in 1513": sub(1513, "    arxiv: 2008.07669  #", "    arxiv: https://arxiv.org/abs/2008.07669  #"),
 "unknown valid-shaped id in 1512": sub(1512, "ملف البنشمارك فقط", "ملف البنشمارك 2311.04567 فقط"),
 "label in the negative": exp_edit(lambda e: e[D[1516]].append(dict(e[D[1515]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1512]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1511]][1].update(title="Latent Diffusion Models")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1507]][2].update(true_arxiv_id="2006.04769", arxiv_id="2006.04769")),
 "paper in two files": exp_edit(lambda e: e[D[1509]].append(dict(e[D[1508]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1513]].append({"arxiv_id": None, "openreview_id": None, "title": "Masked Autoencoders Are Scalable Vision Learners", "evidence": "title-only", "true_arxiv_id": "2111.06377"})),
 "too few papers": exp_edit(lambda e: [e[D[1514]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1515]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1510])),
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
