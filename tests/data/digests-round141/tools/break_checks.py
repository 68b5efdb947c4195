#!/usr/bin/env python3
"""Breaks a scratch copy of round141 (/tmp/round141-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round139's harness, with round141's cases; 1431 is CR LF with a BOM; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round141-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1427, 1437)}


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


U = "https://llm-rindoku.example.jp/2024/zenki/"
CASES = {
 # 1427 xidel
 "1427 Processing line missing": sub(1427, f"**** Processing: {U} ****\nLLM輪読会", "LLM輪読会"),
 "1427 Retrieving URL differs from Processing": sub(1427, f"**** Retrieving (GET): {U} ****\n**** Processing: {U} ****\n12", f"**** Retrieving (GET): {U}index.html ****\n**** Processing: {U} ****\n12"),
 "1427 count wrong": sub(1427, "****\n12\n", "****\n11\n"),
 "1427 row with four cells": sub(1427, "05/03 | — | 休講（憲法記念日） |  | ", "05/03 | 休講（憲法記念日） |  | "),
 "1427 href missing": sub(1427, "https://huggingface.co/meta-llama\n", ""),
 "1427 followed page not an abs href": sub(1427, "**** Retrieving (GET): https://arxiv.org/abs/2310.08560 ****\n**** Processing: https://arxiv.org/abs/2310.08560 ****", "**** Retrieving (GET): https://arxiv.org/abs/2310.08561 ****\n**** Processing: https://arxiv.org/abs/2310.08561 ****"),
 "1427 followed page without Title:": sub(1427, "Title:MemGPT", "MemGPT"),
 "1427 not a xidel command": sub(1427, "haruka@rindoku-pc:~$ xidel " + U + " -e '//title'", "haruka@rindoku-pc:~$ curl -s " + U),
 "1427 no final prompt": sub(1427, "12\nharuka@rindoku-pc:~$ \n", "12\n"),
 # 1428 fatcat
 "1428 loop line title differs": sub(1428, "\t2023\tsubmitted\tSegment Anything\n", "\t2023\tsubmitted\tSegment Anything Model\n"),
 "1428 loop line missing": sub(1428, "sin id: Big Transfer (BiT): General Visual Representation Learning\n", ""),
 "1428 ident not base32": sub(1428, "737mgbiuf4gmv2zu6fncinl5ie\t", "737mgbiuf4gmv2zu6fncinl5i0\t"),
 "1428 year does not fit id": sub(1428, "\t2021\tsubmitted\tLearning Transferable", "\t2020\tsubmitted\tLearning Transferable"),
 "1428 NotFound never explained": sub(1428, r"lucia@portatil:~/lecturas\$ curl -s https://api\.fatcat\.wiki/v0/release/lookup\?arxiv=2303\.15343v4\n[^\n]*\n", "", regex=True),
 "1428 error body not compact": sub(1428, '{"success":false,', '{"success": false,'),
 "1428 jq layout broken": sub(1428, '\n  "release_date":', '\n    "release_date":'),
 "1428 repository url not the release's": sub(1428, '"url": "https://arxiv.org/pdf/2103.00020v1",', '"url": "https://arxiv.org/pdf/2103.00020v2",'),
 "1428 for loop url differs": sub(1428, "https://arxiv.org/pdf/2102.05918v2\n", "https://arxiv.org/pdf/2102.05918v1\n"),
 "1428 tsv row broken": sub(1428, "2304.02643v1\tSegment Anything\tMateo", "2304.02643v1 Segment Anything\tMateo"),
 # 1429 evcxr
 "1429 len wrong": sub(1429, ">> list.len()\n10\n", ">> list.len()\n9\n"),
 "1429 filter Vec misses one": sub(1429, '"Transformer Quality in Linear Time", "A Practical', '"A Practical'),
 "1429 no E0596 before let mut": sub(1429, "[E0596] Error: cannot borrow `list` as mutable, as it is not declared as mutable\n", "", count=1),
 "1429 for loop not sorted": sub(1429, r"(Linformer: [^\n]*\n)(Long Range Arena: [^\n]*\n)", r"\2\1", regex=True),
 "1429 pretty Debug wrong indent": sub(1429, "        link: Some(\n            \"https://arxiv.org/abs/2006.04768\",", "        link: Some(\n          \"https://arxiv.org/abs/2006.04768\","),
 "1429 pretty Debug shows the unsorted first": sub(1429, '        title: "A Practical Survey on Faster and Lighter Transformers",', '        title: "Reformer: The Efficient Transformer",'),
 "1429 no banner": sub(1429, "Welcome to evcxr. For help, type :help\n", ""),
 "1429 vec element broken": sub(1429, 'link: None, memo: "GAU', 'link: Nothing, memo: "GAU'),
 # 1430 Pig
 "1430 time goes back": sub(1430, "2024-05-14 10:22:43,663 [main]", "2024-05-14 10:22:40,663 [main]"),
 "1430 log line format": sub(1430, "[main] INFO  org.apache.pig.Main - Apache", "[main] INFO org.apache.pig.Main - Apache"),
 "1430 DESCRIBE differs from LOAD": sub(1430, "papers: {week: int,title: chararray,", "papers: {week: long,title: chararray,"),
 "1430 stored count wrong": sub(1430, 'Successfully stored 12 records in', 'Successfully stored 11 records in'),
 "1430 tuple missing from DUMP papers": sub(1430, r"\(17,[^\n]*\n", "", regex=True),
 "1430 FILTER tuple missing": sub(1430, r"(DUMP no_link;.*?)\(21,[^\n]*\n", r"\1", regex=True),
 "1430 group count wrong": sub(1430, "(प्रिया,2)", "(प्रिया,3)"),
 "1430 groups not sorted": sub(1430, "(,2)\n(अनन्या,3)\n", "(अनन्या,3)\n(,2)\n"),
 "1430 Job DAG differs": sub(1430, "Job DAG:\njob_local1620841395_0002", "Job DAG:\njob_local1620841395_0005"),
 "1430 feature mismatch": sub(1430, "Pig features used in the script: FILTER", "Pig features used in the script: UNKNOWN"),
 # 1431 descript.ion
 "1431 no BOM": sub(1431, "\ufeff", ""),
 "1431 bare LF": sub(1431, "\r\n", "\n"),
 "1431 unquoted name with space": sub(1431, '"Mixed Precision Training (ICLR 2018).pdf" ', "Mixed Precision Training (ICLR 2018).pdf "),
 "1431 quoted name without space": sub(1431, "glorot10a.pdf ", '"glorot10a.pdf" '),
 "1431 multi-line marker missing": sub(1431, "GShard\x04\u00c2", "GShard"),
 "1431 marker without \\n": sub(1431, "SC20, основа DeepSpeed; етапи 1–3", "SC20, основа DeepSpeed; етапи 1–3\x04\u00c2"),
 "1431 file twice": sub(1431, "nvidia-a100-datasheet.pdf ", "NVIDIA-A100-datasheet.PDF ".replace(".PDF", ".pdf").replace("NVIDIA-A100-datasheet", "DeepSpeed_ZeRO_tutorial")),
 "1431 no final CR LF": sub(1431, r"\r\n$", "", regex=True),
 # 1432 Things 3
 "1432 link not the file's JSON": sub(1432, "%22when%22%3A%22today%22", "%22when%22%3A%22tomorrow%22"),
 "1432 JSON layout broken": sub(1432, '\n          "type": "heading",', '\n        "type": "heading",'),
 "1432 bad when": sub(1432, '"when": "someday"', '"when": "some day"'),
 "1432 unknown to-do key": sub(1432, '"when": "anytime",', '"when": "anytime",\n            "priority": 1,'),
 "1432 heading with notes": sub(1432, '"title": "Következő hét"\n', '"title": "Következő hét",\n            "notes": "x"\n'),
 "1432 to-do after the deadline": sub(1432, '"when": "2024-05-24"', '"when": "2024-07-24"'),
 "1432 open printed something": sub(1432, 'things_olvasas.json)"\n', 'things_olvasas.json)"\nLSOpenURLsWithRole() failed\n'),
 # 1433 ddgr
 "1433 numbering restarts on page 2": sub(1433, " 6.  InstructPix2Pix", " 1.  InstructPix2Pix"),
 "1433 result without URL line": sub(1433, "     https://textual-inversion.github.io/\n", ""),
 "1433 snippet too wide": sub(1433, "     We present SDXL, a latent diffusion model for text-to-image synthesis. Compared to previous\n     versions", "     We present SDXL, a latent diffusion model for text-to-image synthesis. Compared to previous versions of it and\n     versions"),
 "1433 more results than -n": sub(1433, 'ddgr -x -n 2 "score-based', 'ddgr -x -n 1 "score-based'),
 "1433 last answer not q": sub(1433, "ddgr (? for help) q\nhuy@huy-thinkpad:~$ \n", "ddgr (? for help) n\nhuy@huy-thinkpad:~$ \n"),
 "1433 no blank line between results": sub(1433, "bằng các Gaussian 3D và cách rasterize ...\n\n", "bằng các Gaussian 3D và cách rasterize ...\n"),
 "1433 number not two columns": sub(1433, " 1.  [2302.05543]", "1.  [2302.05543]"),
 # 1434 Zotero
 "1434 system line broken": sub(1434, "appVersion => 7.0.7", "appVersion => 7.0.6"),
 "1434 line without level": sub(1434, "(4)(+0000018): Beginning transaction", "(+0000018): Beginning transaction"),
 "1434 ms not seven digits": sub(1434, "(3)(+0021807):", "(3)(+21807):"),
 "1434 payload missing": sub(1434, r'(Handling request /connector/saveItems\n)\(5\)\(\+0000001\): \{"items":\[\{"itemType":"preprint","title":"Supervised[^\n]*\n', r"\1", regex=True),
 "1434 item id not increasing": sub(1434, "Notifier.trigger('add', 'item', [1290], {\"1290\"", "Notifier.trigger('add', 'item', [1288], {\"1288\""),
 "1434 file folder differs from key": sub(1434, "storage\\Z6X9RLCV\\", "storage\\Z6X9RLCW\\"),
 "1434 bad key alphabet": sub(1434, '"key":"UVHDHR9V"', '"key":"UVHDHR0V"'),
 "1434 itemData with unknown value": sub(1434, "[1297, 16, 3108]", "[1297, 16, 3109]"),
 "1434 payload not compact": sub(1434, '{"items":[{"itemType":"videoRecording",', '{"items": [{"itemType":"videoRecording",'),
 # 1435 Review Board
 "1435 non-ASCII in json.tool output": sub(1435, "Als n\\u00e4chster", "Als nächster"),
 "1435 json.tool indent wrong": sub(1435, '\n            "id": 418,', '\n          "id": 418,'),
 "1435 total_results wrong": sub(1435, '"total_results": 4,', '"total_results": 3,'),
 "1435 approved without ship-it": sub(1435, '"ship_it_count": 1,', '"ship_it_count": 0,'),
 "1435 absolute_url wrong": sub(1435, '"absolute_url": "https://reviews.optlab.example.de/r/418/",', '"absolute_url": "https://reviews.optlab.example.de/r/419/",'),
 "1435 not newest first": sub(1435, '"last_updated": "2024-05-12T18:20:05Z"', '"last_updated": "2024-05-13T18:20:05Z"'),
 "1435 review url wrong": sub(1435, "#review1031", "#review1030"),
 "1435 stat not ok": sub(1435, '"stat": "ok"', '"stat": "fail"'),
 # 1436 Google Books
 "1436 ISBN check digit": sub(1436, "9786185042134", "9786185042135"),
 "1436 cd not the position": sub(1436, "&hl=&cd=1&source=gbs_api", "&hl=&cd=2&source=gbs_api"),
 "1436 amountInMicros wrong": sub(1436, '"amountInMicros": 38500000', '"amountInMicros": 3850000'),
 "1436 key order": sub(1436, r'("publisher": "Εκδόσεις Αλφάβητο Τεχ",\n)(\s+"publishedDate": "2021-09-15",\n)', r"\2\1", regex=True),
 "1436 layout not two-space": sub(1436, '\n  "totalItems": 412,', '\n    "totalItems": 412,'),
 "1436 selfLink wrong": sub(1436, '"selfLink": "https://www.googleapis.com/books/v1/volumes/vt_f4', '"selfLink": "https://www.googleapis.com/books/v1/volumes/xt_f4'),
 "1436 catalogue title in the negative": sub(1436, "Εισαγωγή στην Υπολογιστική Όραση", "Segment Anything", count=0),
 "1436 arXiv-shaped id in the negative": sub(1436, '"pageCount": 512,', '"pageCount": 512,\n        "note": "2310.01234",'),
 # labels
 "title-only paper gets an id in 1427": sub(1427, "資料なし", "arXiv:2207.05221", count=0),
 "title-only paper gets a link in 1433": sub(1433, "https://textual-inversion.github.io/", "https://arxiv.org/abs/2208.01618"),
 "unlabelled catalogue id in 1430": sub(1430, "(r1797386)", "(arXiv:1706.03762)"),
 "other file's title in 1431": sub(1431, "колесо для кластера", "Segment Anything"),
 "labelled title lost in 1435": sub(1435, "Why Do Local Methods Solve Nonconvex Problems?", "Why Do Local Methods Work?", count=0),
 "unlabelled OpenReview id in 1434": sub(1434, "https://github.com/facebookresearch/barlowtwins\",\"libraryCatalog", "https://openreview.net/forum?id=M3Y74vmsMcY\",\"libraryCatalog"),
 "distractor title in 1429": sub(1429, "flash-attn 설치 문서", "Recurrent Memory Transformer", count=0),
 "arxiv-text id lost in 1432": sub(1432, "arXiv:2106.02039", "arXiv", count=0),
 "arxiv-text id lost in 1432 (encoded too)": sub(1432, "2106.02039", "", count=0),
 "link lost in 1428": sub(1428, "https://arxiv.org/pdf/2304.02643v1", "https://github.com/facebookresearch/segment-anything", count=0),
 "OpenReview link cut in 1429": sub(1429, "forum?id=rkgNKkHtvB", "forum?id=rkgNKk", count=0),
 "arxiv-text gets a link in 1431": sub(1431, "SC20, основа DeepSpeed", "SC20, https://arxiv.org/abs/1910.02054, основа DeepSpeed"),
 "unknown valid-shaped id in 1434": sub(1434, "Debug output logging enabled", "Debug output logging enabled 2311.04567"),
 "label in the negative": exp_edit(lambda e: e[D[1436]].append(dict(e[D[1435]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1430]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1433]][1].update(title="SDXL")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1428]][0].update(true_arxiv_id="2103.00021", arxiv_id="2103.00021")),
 "paper in two files": exp_edit(lambda e: e[D[1429]].append(dict(e[D[1428]][0]))),
 "even-position paper": exp_edit(lambda e: e[D[1434]].append({"arxiv_id": None, "openreview_id": None, "title": "LLaMA: Open and Efficient Foundation Language Models", "evidence": "title-only", "true_arxiv_id": "2302.13971"})),
 "too few papers": exp_edit(lambda e: [e[D[1427]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1432]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1431])),
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
