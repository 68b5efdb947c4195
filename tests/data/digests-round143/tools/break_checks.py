#!/usr/bin/env python3
"""Breaks a scratch copy of round143 (/tmp/round143-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round141's harness, with round143's cases; every digest is UTF-8 with LF line ends.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round143-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1447, 1457)}


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


R = "https://git.kakusan.example.jp/kakusan/kakusan/issues/"
CASES = {
 # 1447 towncrier
 "1447 banner line missing": sub(1447, "Finding news fragments...\n", ""),
 "1447 title underline short": sub(1447, "kakusan 0.6.0 (2024-05-20)\n==========================\n", "kakusan 0.6.0 (2024-05-20)\n=========================\n"),
 "1447 version differs from the command": sub(1447, "kakusan 0.6.0 (2024-05-20)\n=", "kakusan 0.6.1 (2024-05-20)\n="),
 "1447 fragment not rendered": sub(1447, r"- fp16 [^\n]*\n", "", regex=True),
 "1447 entries out of issue order": sub(1447, r"(- 音声ボコーダ[^\n]*\n)(- fp16[^\n]*\n)", r"\2\1", regex=True),
 "1447 issue link to the wrong number": sub(1447, f"`#118 <{R}118>`_", f"`#118 <{R}119>`_"),
 "1447 sections out of order": sub(1447, r"(Bugfixes\n--------\n\n.*?\n\n)(Improved Documentation\n-+\n\n.*?\n\n)", r"\2\1", regex=True),
 "1447 fragment in the wrong section": sub(1447, "130.doc\n", "130.feature\n"),
 "1447 section underline length": sub(1447, "Misc\n----\n", "Misc\n-----\n"),
 # 1448 gst
 "1448 add echo differs": sub(1448, "('Segment Anything' 'https://arxiv.org/abs/2304.02643'", "('Segment Anything Model' 'https://arxiv.org/abs/2304.02643'"),
 "1448 size wrong": sub(1448, "st> leituras size.\n10\n", "st> leituras size.\n9\n"),
 "1448 byte size counts characters": sub(1448, "last size.\n67\n", "last size.\n64\n"),
 "1448 select misses one": sub(1448, " 'Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling' 'ImageNet", " 'ImageNet"),
 "1448 quote not doubled": sub(1448, "o ''zoo'' do timm vem daqui').", "o 'zoo' do timm vem daqui')."),
 "1448 no nil after the error": sub(1448, "(a String:1)\nnil\n", "(a String:1)\n"),
 "1448 sorted collection unsorted": sub(1448, "SortedCollection ('Deep Residual Learning for Image Recognition' 'Delving", "SortedCollection ('Delving"),
 "1448 printNl once": sub(1448, r"(st> leituras first printNl\.\n[^\n]*\n)[^\n]*\n", r"\1", regex=True),
 "1448 no banner": sub(1448, "GNU Smalltalk ready\n\n", ""),
 # 1449 Accumulo
 "1449 unescaped Cyrillic in output": sub(1449, "gptq note:ru []    4 \\xD0\\xB1", "gptq note:ru []    4 б"),
 "1449 scan not sorted": sub(1449, r"(dora meta:title [^\n]*\n)(flashattn meta:title [^\n]*\n)", r"\2\1", regex=True),
 "1449 -r shows another row": sub(1449, "mpt status:state [] 1715591046628    todo", "mpu status:state [] 1715591046628    todo"),
 "1449 -st without timestamp": sub(1449, "mpt meta:url [] 1715591045428    https", "mpt meta:url []    https"),
 "1449 a cell with two values": sub(1449, "specdec meta:url []    https://arxiv.org/pdf/2211.17192\nspecdec note", "specdec meta:url []    https://arxiv.org/abs/2211.17192\nspecdec note"),
 "1449 inserted value differs": sub(1449, "fp16 + \\xD0\\xBC\\xD0\\xB0", "fp32 + \\xD0\\xBC\\xD0\\xB0"),
 "1449 inserted cell not newest": sub(1449, "mpt note:ru [] 1715679763121", "mpt note:ru [] 1715591045000"),
 "1449 grep shows a non-match": sub(1449, "grep arxiv\n", "grep arxiv\nvllm meta:url []    https://docs.vllm.ai/en/latest/\n"),
 "1449 banner broken": sub(1449, "- instance name: nlp-uno\n", "- instance: nlp-uno\n"),
 "1449 bad escape": sub(1449, "\\xCE\\xB3=4", "\\xCE=4"),
 # 1450 tracing
 "1450 time goes back": sub(1450, "2024-05-14T00:00:49.479", "2024-05-14T00:00:48.479"),
 "1450 level not right-aligned": sub(1450, "Z  INFO run{week=11}: nonmun_bot::sheet: 시트", "Z INFO  run{week=11}: nonmun_bot::sheet: 시트"),
 "1450 count wrong": sub(1450, "count=11", "count=12"),
 "1450 summary wrong": sub(1450, "title_only=3", "title_only=2"),
 "1450 unescaped quote in a field": sub(1450, '\\"P(IK)\\"', '"P(IK)"'),
 "1450 attempt numbering": sub(1450, "attempt=2", "attempt=3"),
 "1450 elapsed wrong": sub(1450, r"elapsed_ms=\d+", "elapsed_ms=1000", regex=True),
 "1450 span unbalanced": sub(1450, "run{week=11}:resolve{row=3}:", "run{week=11}:resolve{row=3:"),
 "1450 row numbering gap": sub(1450, "resolve{row=7}", "resolve{row=17}", count=0),
 # 1451 grep.app
 "1451 mark count != total_matches": sub(1451, '"raw": "1"\n  },\n  "content": {\n    "snippet": "<table><tr data-line=\\"18\\"', '"raw": "2"\n  },\n  "content": {\n    "snippet": "<table><tr data-line=\\"18\\"'),
 "1451 line numbers skip": sub(1451, '<tr data-line=\\"21\\"><td><div class=\\"lineno\\">21</div>', '<tr data-line=\\"23\\"><td><div class=\\"lineno\\">23</div>'),
 "1451 unescaped quote in snippet": sub(1451, "&quot;&quot;&quot;S4", '\\"\\"\\"S4'),
 "1451 path does not match the select": sub(1451, '"raw": "hippo/legs.py"', '"raw": "hippo/transition.py"'),
 "1451 jq layout broken": sub(1451, '\n  "branch": {\n    "raw": "master"', '\n    "branch": {\n    "raw": "master"'),
 "1451 uniq -c count wrong": sub(1451, r"\n      1 gx-bench/lra-zh/benchmarks/lra/listops\.py\n", "\n      2 gx-bench/lra-zh/benchmarks/lra/listops.py\n", regex=True),
 "1451 page size over 10": sub(1451, "[\n  10,\n  10,", "[\n  11,\n  10,"),
 "1451 hit key missing": sub(1451, r'  "branch": \{\n    "raw": "main"\n  \},\n', "", regex=True),
 # 1452 VuFind
 "1452 slash not escaped": sub(1452, '"https:\\/\\/arxiv.org\\/abs\\/2010.04592v2"', '"https://arxiv.org/abs/2010.04592v2"'),
 "1452 non-ASCII raw": sub(1452, "Kontrastivn\\u00ed", "Kontrastivní"),
 "1452 years not descending": sub(1452, '"2022"', '"2019"'),
 "1452 subject missing": sub(1452, '[\n                    "Strojov\\u00e9 u\\u010den\\u00ed"\n                ],\n                [\n                    "Kontinu', '[\n                    "Kontinu'),
 "1452 unrequested field": sub(1452, '"formats": [\n                "Book"\n            ],', '"formats": [\n                "Book"\n            ],\n            "isbns": [],'),
 "1452 no curl -g": sub(1452, "curl -sg \"https://katalog.knihovna.example.cz/api/v1/search", "curl -s \"https://katalog.knihovna.example.cz/api/v1/search"),
 "1452 record call id differs": sub(1452, '"id": "ds.0000412"', '"id": "ds.0000413"'),
 "1452 two-space layout": sub(1452, '\n    "resultCount": 1,', '\n  "resultCount": 1,'),
 # 1453 Kinopio
 "1453 final newline": append(1453, "\n"),
 "1453 tag missing": sub(1453, r',\n    \{\n      "id": "[^"]+",\n      "name": "רובוטיקה",\n      "color": "#f5b88c",\n      "cardId": "[^"]+",\n      "spaceId": "[^"]+"\n    \}', "", regex=True),
 "1453 connection to unknown card": sub(1453, '"startCardId": "', '"startCardId": "x'),
 "1453 preview URL not in card": sub(1453, '"urlPreviewUrl": "https://github.com/mlfoundations/open_clip"', '"urlPreviewUrl": "https://github.com/mlfoundations/open_clip/tree/main"'),
 "1453 updated before created": sub(1453, '"updatedAt": "2024-05-02T08:16:36.465Z"', '"updatedAt": "2024-05-02T08:10:36.465Z"'),
 "1453 bad checkbox": sub(1453, '"name": "[] T5', '"name": "[ ] T5'),
 "1453 id not a nanoid": sub(1453, '"id": "VbOqs5V9D34SA_h4rUppC"', '"id": "VbOqs5V9D34SA_h4rUpp"'),
 "1453 preview fields without visibility": sub(1453, '"urlPreviewIsVisible": true,\n      "urlPreviewUrl": "https://arxiv.org/abs/2307.15818"', '"urlPreviewIsVisible": false,\n      "urlPreviewUrl": "https://arxiv.org/abs/2307.15818"'),
 # 1454 Taskcafe
 "1454 key not in the selection": sub(1454, '"completedAt": null,\n              "dueDate": {\n                "at": "2024-05-21T10:00:00Z"', '"completedAt": null,\n              "hasTime": false,\n              "dueDate": {\n                "at": "2024-05-21T10:00:00Z"', count=1),
 "1454 complete without completedAt": sub(1454, '"complete": true,\n              "completedAt": "2024-05-07T12:41:09Z"', '"complete": true,\n              "completedAt": null'),
 "1454 positions not increasing": sub(1454, '"position": 131070,\n              "complete"', '"position": 65535,\n              "complete"'),
 "1454 label not the project's": sub(1454, '"name": "แปลภาษา"\n                  }', '"name": "แปล"\n                  }'),
 "1454 project id differs": sub(1454, r'("findProject": \{\n      "id": ")b', r"\1c", regex=True),
 "1454 one-liner count wrong": sub(1454, "รออ่าน: 3\n", "รออ่าน: 4\n"),
 "1454 bad UUID": sub(1454, '"id": "06f931b1-7c80-4c80-9230-dc4ab9f92ff8",\n          "name"', '"id": "06f931b1-7c80-4c80-9230-dc4ab9f92ff",\n          "name"'),
 # 1455 capnp
 "1455 wc -c wrong": sub(1455, "| wc -c\n2464\n", "| wc -c\n2465\n"),
 "1455 field out of ordinal order": sub(1455, "      kind = repo,\n      note = ", "      note = \"x\",\n      kind = repo,\n      note = "),
 "1455 unknown enumerant": sub(1455, "kind = talk,", "kind = video,"),
 "1455 bool wrong": sub(1455, "read = false ),\n    ( title = \"Evolving", "read = no ),\n    ( title = \"Evolving"),
 "1455 layout broken": sub(1455, "      week = 4,\n", "    week = 4,\n"),
 "1455 schema id without high bit": sub(1455, "@0xd3a1c9e07b42f815;", "@0x53a1c9e07b42f815;"),
 "1455 unterminated string": sub(1455, 'title = "D4RL",', 'title = "D4RL,'),
 # 1456 Jellyfin
 "1456 TotalRecordCount wrong": sub(1456, '"TotalRecordCount": 11', '"TotalRecordCount": 12'),
 "1456 Path episode differs": sub(1456, "S01E03 - ", "S01E04 - "),
 "1456 Played without plays": sub(1456, '"PlayCount": 2,\n        "IsFavorite": false,\n        "Played": true', '"PlayCount": 0,\n        "IsFavorite": false,\n        "Played": true'),
 "1456 ticks not whole seconds": sub(1456, '"RunTimeTicks": 53120000000', '"RunTimeTicks": 53120000001'),
 "1456 sort order": sub(1456, r'("IndexNumber": )17,', r"\g<1>19,", regex=True),
 "1456 one-liner differs": sub(1456, "S2E18 জিপিইউ", "S2E19 জিপিইউ"),
 "1456 catalogue title in the negative": sub(1456, "Tutorial: Fine-tuning Small Models on a Single Consumer GPU", "Segment Anything", count=0),
 "1456 arXiv-shaped id in the negative": sub(1456, "(week01)", "(week01, 2311.04567)"),
 # labels
 "title-only paper gets an id in 1447": sub(1447, "DiffWave: A Versatile Diffusion Model for Audio Synthesis の", "DiffWave: A Versatile Diffusion Model for Audio Synthesis (arXiv:2009.09761) の"),
 "title-only paper gets a link in 1454": sub(1454, "NAACL 2018 ยังหา", "https://arxiv.org/abs/1802.05365 NAACL 2018 ยังหา"),
 "unlabelled catalogue id in 1448": sub(1448, "clássico (NIPS 2012)", "clássico (arXiv:1706.03762)", count=0),
 "other file's title in 1455": sub(1455, "Offline RL tutorial (recorded talk)", "Segment Anything", count=0),
 "labelled title lost in 1452": sub(1452, "Gradient Projection Memory for Continual Learning", "Gradient Projection Memory", count=0),
 "unlabelled OpenReview id in 1453": sub(1453, "https://laion.ai/blog/laion-5b/", "https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1449": sub(1449, "DeepSpeed ZeRO tutorial", "Recurrent Memory Transformer", count=0),
 "arxiv-text id lost in 1450": sub(1450, "arXiv:2304.03442", "arXiv", count=0),
 "link lost in 1451": sub(1451, "https://arxiv.org/abs/2006.04768", "https://github.com/lucidrains/linformer", count=0),
 "OpenReview link cut in 1454": sub(1454, f"forum?id=ZaYZfu8pT_N", "forum?id=ZaYZfu8", count=0),
 "arxiv-text gets a link in 1455": sub(1455, "arXiv:1908.10084 —", "https://arxiv.org/abs/1908.10084 —"),
 "unknown valid-shaped id in 1453": sub(1453, "לקרוא פרקים 2–3", "לקרוא פרקים 2–3 2311.04567"),
 "label in the negative": exp_edit(lambda e: e[D[1456]].append(dict(e[D[1455]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1450]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1447]][1].update(title="Latent Diffusion Models")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1448]][0].update(true_arxiv_id="1512.03386", arxiv_id="1512.03386")),
 "paper in two files": exp_edit(lambda e: e[D[1449]].append(dict(e[D[1448]][0]))),
 "even-position paper": exp_edit(lambda e: e[D[1451]].append({"arxiv_id": None, "openreview_id": None, "title": "DINOv2: Learning Robust Visual Features without Supervision", "evidence": "title-only", "true_arxiv_id": "2304.07193"})),
 "too few papers": exp_edit(lambda e: [e[D[1452]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1453]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1455])),
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
