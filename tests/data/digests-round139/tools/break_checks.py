#!/usr/bin/env python3
"""Breaks a scratch copy of round139 (/tmp/round139-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round137's harness, with round139's cases; 1413 is CR LF; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round139-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1407, 1417)}


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
 # 1407 Termux:API
 "1407 clipboard output ends with a newline": sub(1407, "2308.03688~ $ termux-notification-list", "2308.03688\n~ $ termux-notification-list"),
 "1407 notification keys out of order": sub(1407, '    "tag": "",\n    "key": "0|com.termux|1337|null|10254",', '    "key": "0|com.termux|1337|null|10254",\n    "tag": "",'),
 "1407 key does not fit id": sub(1407, '"key": "0|com.android.chrome|77|download|10162"', '"key": "0|com.android.chrome|78|download|10162"'),
 "1407 invalid when": sub(1407, '"when": "2024-05-13 10:03:15"', '"when": "2024-05-13 25:03:15"'),
 "1407 JSON not in two-space layout": sub(1407, '\n    "id": 1337,', '\n      "id": 1337,'),
 "1407 jq output misses a line": sub(1407, "۴ پیام جدید\nاینو", "اینو"),
 "1407 clipboard differs from what was set": sub(1407, "جدول نتایج؛ دورهٔ Coursera رو بعداً ببینم~ $ ", "جدول نتایج~ $ "),
 "1407 unknown command": sub(1407, "~ $ termux-clipboard-set", "~ $ termux-clipboard-paste", count=1),
 "1407 JSON broken": sub(1407, '    "content": "1 session",', '    "content": "1 session"'),
 # 1408 Hyper Estraier
 "1408 HIT below the documents shown": sub(1408, "HIT\t5\nHINT#1\tresnet\t5", "HIT\t2\nHINT#1\tresnet\t2"),
 "1408 HINT not the normalised query": sub(1408, "HINT#1\tresnet\t5", "HINT#1\tResNet\t5"),
 "1408 DOCNUM differs from inform": sub(1408, "DOCNUM\t214\nWORDNUM\t58213\nVIEW\tURI", "DOCNUM\t215\nWORDNUM\t58213\nVIEW\tURI"),
 "1408 VIEW wrong": sub(1408, "VIEW\tSNIPPET", "VIEW\tHUMAN"),
 "1408 more records than -max": sub(1408, "-vs -max 3 ~/casket", "-vs -max 2 ~/casket"),
 "1408 @uri not the encoded path": sub(1408, "@uri=file:///home/jiahao/%E8%AB%96%E6%96%87/1512.03385v1.pdf", "@uri=file:///home/jiahao/論文/1512.03385v1.pdf"),
 "1408 attributes not sorted": sub(1408, "@id=9\n@mdate=2024-03-02T14:40:26Z", "@mdate=2024-03-02T14:40:26Z\n@id=9", count=1),
 "1408 hit line for another word": sub(1408, "ResNet\tresnet\n，PDF", "ResNets\tresnet\n，PDF"),
 "1408 snippet piece not in the text": sub(1408, "主講：宜庭。 \nResNet\tresnet", "主講：柏翰。 \nResNet\tresnet"),
 "1408 -vu lists a document without the word": sub(1408, "HINT#1\t初始化\t3", "HINT#1\t初始化\t4"),
 "1408 no :END": sub(1408, "--------[0A3F91C2]--------:END\njiahao@vision-ws:~$ estcmd search -vu", "--------[0A3F91C2]--------\njiahao@vision-ws:~$ estcmd search -vu"),
 # 1409 wdiff
 "1409 wc total wrong": sub(1409, " 273 celkem", " 274 celkem"),
 "1409 old word count differs": sub(1409, " 113 sylabus_2023.txt\n", " 114 sylabus_2023.txt\n"),
 "1409 marker left open": sub(1409, "[-písemná,-]", "[-písemná,"),
 "1409 nested markers": sub(1409, "{+ústní,+}", "{+ústní, [-x-]+}"),
 "1409 word inserted outside the statistics": sub(1409, "termíny vypsány v SISu", "termíny vypsány brzy v SISu"),
 "1409 statistics percent wrong": sub(1409, "96 85% common", "96 84% common"),
 "1409 statistics changed count wrong": sub(1409, "11 7% inserted  53 33% changed", "11 7% inserted  52 33% changed"),
 "1409 wc columns misaligned": sub(1409, " 160 sylabus_2024.txt", "160 sylabus_2024.txt"),
 # 1410 lftp
 "1410 ls not in byte order": sub(1410, r"(-rw-r--r--    1 ftp      ftp       2931456 Feb 19 10:05 1910\.02054v3\.pdf\n)(-rw-r--r--    1 ftp      ftp       1839524 Feb 19 10:04 2001\.08361v1\.pdf\n)", r"\2\1", regex=True),
 "1410 ls size column too narrow": sub(1410, "ftp        726418 May 06", "ftp 726418 May 06"),
 "1410 cat byte count differs": sub(1410, "1751 bytes transferred", "1752 bytes transferred"),
 "1410 index line dropped": sub(1410, "Новые файлы кладите через sftp в /incoming, раз в неделю переношу сюда.\n", ""),
 "1410 get bytes differ from listing": sub(1410, "4017389 bytes transferred in 3 seconds", "4017390 bytes transferred in 3 seconds"),
 "1410 get rate wrong": sub(1410, "(1.28 MiB/s)", "(1.82 MiB/s)"),
 "1410 mirror total wrong": sub(1410, "Total: 1 directory, 9 files", "Total: 1 directory, 10 files"),
 "1410 mirror bytes not listed sizes": sub(1410, "5616771 bytes transferred", "5616772 bytes transferred"),
 "1410 prompt cwd wrong": sub(1410, "lftp ftp.mlsys-lab.example.ru:/pub/papers/llm> bye", "lftp ftp.mlsys-lab.example.ru:/pub/papers> bye"),
 "1410 no bye": sub(1410, "lftp ftp.mlsys-lab.example.ru:/pub/papers/llm> bye\n", ""),
 # 1411 Dataverse
 "1411 total_count wrong": sub(1411, '"total_count": 4,', '"total_count": 5,'),
 "1411 citation does not fit": sub(1411, 'Lie, Oda; Nordahl, Ingrid, 2024, \\"Bevegelsesfangst av folkedans (springar og halling)\\", https', 'Lie, Oda; Nordahl, Ingrid, 2023, \\"Bevegelsesfangst av folkedans (springar og halling)\\", https'),
 "1411 item keys out of order": sub(1411, '        "type": "dataset",\n        "url": "https://doi.org/10.99901/MLG/5HJ2LM",', '        "url": "https://doi.org/10.99901/MLG/5HJ2LM",\n        "type": "dataset",'),
 "1411 items not newest first": sub(1411, '"published_at": "2024-04-26T13:45:10Z"', '"published_at": "2024-01-26T13:45:10Z"'),
 "1411 jq layout broken": sub(1411, '\n    "q": "*",', '\n  "q": "*",'),
 "1411 native publication differs from search": sub(1411, '"value": "https://arxiv.org/abs/2102.05918"', '"value": "https://arxiv.org/abs/2102.05918v2"'),
 "1411 sub-field typeClass wrong": sub(1411, '"typeClass": "controlledVocabulary",', '"typeClass": "primitive",'),
 "1411 field order wrong": sub(1411, r'(\{\n  "typeName": "dsDescription".*?\n\}\n)(\{\n  "typeName": "publication".*?\n\}\n)', r"\2\1", regex=True),
 # 1412 RON
 "1412 final newline": append(1412, "\n"),
 "1412 indent wrong": sub(1412, "\n            id: 2,", "\n          id: 2,"),
 "1412 trailing comma missing": sub(1412, '"2024-02-11",\n        ),', '"2024-02-11"\n        ),', count=1),
 "1412 unbalanced": sub(1412, "            url: None,\n", "            url: None(,\n", count=1),
 "1412 ids not in order": sub(1412, "            id: 5,", "            id: 6,"),
 "1412 unknown status": sub(1412, "status: Reading,", "status: Skimming,", count=1),
 "1412 Arxiv source and url disagree": sub(1412, 'url: Some("https://arxiv.org/abs/2208.12242")', 'url: Some("https://arxiv.org/abs/2208.12243")'),
 "1412 shelf that does not exist": sub(1412, 'shelf: "έλεγχος",', 'shelf: "έλεγχοι",'),
 "1412 added after updated": sub(1412, 'added: "2024-05-12",', 'added: "2024-05-13",'),
 # 1413 Log Parser
 "1413 LF line ends": sub(1413, "\r\n", "\n", count=0),
 "1413 no blank line before a prompt": sub(1413, "Etkin kod sayfası: 65001\r\n\r\n", "Etkin kod sayfası: 65001\r\n"),
 "1413 row missing from a query": sub(1413, "\r\nDataset Condensation with Gradient Matching     okunacak 18.03.2024", ""),
 "1413 Elements output wrong": sub(1413, "Elements output:    6", "Elements output:    5"),
 "1413 Elements processed wrong": sub(1413, "Elements processed: 11", "Elements processed: 12", count=1),
 "1413 column not its widest cell": sub(1413, "----------------------------------------------- -------- ----------", "------------------------------------------------ -------- ----------"),
 "1413 NULL not shown as -": sub(1413, "Towards Domain-Agnostic Contrastive Learning -\r\n", "Towards Domain-Agnostic Contrastive Learning\r\n"),
 "1413 size not right-aligned": sub(1413, "ozgecmis_elif_2024.pdf              98213", "ozgecmis_elif_2024.pdf            98213  "),
 "1413 no paging without -rtp": sub(1413, "Press a key...\r\n\r\n", ""),
 "1413 CSV row changed after the query": sub(1413, "Bi-tuning of Pre-trained Representations,https://openreview.net/forum?id=3rRgu7OGgBI,okunacak", "Bi-tuning of Pre-trained Representations,https://openreview.net/forum?id=3rRgu7OGgBI,okundu"),
 # 1414 gh project
 "1414 keys not sorted": sub(1414, '      "id": "PVTI_lADOCbQ7Ks4AgZ1xzgRb2Qw",\n      "status": "In Progress",', '      "status": "In Progress",\n      "id": "PVTI_lADOCbQ7Ks4AgZ1xzgRb2Qw",'),
 "1414 totalCount wrong": sub(1414, '"totalCount": 11', '"totalCount": 12'),
 "1414 table row differs from item": sub(1414, "Issue        5월 세미나실 예약 (공학관 412호)                                        19 ", "Issue        5월 세미나실 예약 (공학관 412호)                                        20 "),
 "1414 table title not a cut of the item's": sub(1414, "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient…", "Funnel-Transformer: Filtering out Sequential Redundancy for Effective…"),
 "1414 table row missing": sub(1414, "DraftIssue   Transformer Quality in Linear Time                                                                           PVTI_lADOCbQ7Ks4AgZ1xzgRb2Yw\n", ""),
 "1414 issue url wrong": sub(1414, '"url": "https://github.com/mllab-seminar/reading-group/issues/15"', '"url": "https://github.com/mllab-seminar/reading-group/pull/15"'),
 "1414 --jq lines differ": sub(1414, "Transformer Quality in Linear Time\nA Practical Survey", "A Practical Survey"),
 "1414 draft with a number": sub(1414, '        "body": "arXiv:2008.07669\\nS4 발표 전에 같이 읽기",', '        "body": "arXiv:2008.07669\\nS4 발표 전에 같이 읽기",\n        "number": 16,'),
 # 1415 urlwatch
 "1415 rule wrong length": sub(1415, "=" * 75 + "\n01.", "=" * 74 + "\n01."),
 "1415 summary numbering": sub(1415, "02. CHANGED:", "03. CHANGED:"),
 "1415 block order differs from summary": sub(1415, "01. CHANGED: קבוצת קריאה – למידה חיזוקית\n02. CHANGED: סמינר אופטימיזציה – רשימת קריאה", "01. CHANGED: סמינר אופטימיזציה – רשימת קריאה\n02. CHANGED: קבוצת קריאה – למידה חיזוקית"),
 "1415 hunk counts do not add up": sub(1415, "@@ -4,6 +4,8 @@", "@@ -4,6 +4,9 @@"),
 "1415 wrong weekday": sub(1415, "+++ @\tMon, 13 May 2024 07:00:03 +0300", "+++ @\tTue, 13 May 2024 07:00:03 +0300"),
 "1415 new date before old": sub(1415, "+++ @\tMon, 13 May 2024 07:00:02 +0300", "+++ @\tSat, 11 May 2024 07:00:02 +0300"),
 "1415 ERROR block without traceback": sub(1415, "Traceback (most recent call last):\n", ""),
 "1415 footer changed": sub(1415, "watched 7 URLs in 63 seconds", "watched 3 URLs in 63 seconds"),
 "1415 NEW job with a details block": sub(1415, "\n-- \n", "\n" + "-" * 75 + "\nNEW: מלגות לתארים מתקדמים ( https://graduate.example.ac.il/scholarships )\n" + "-" * 75 + "\nx\n" + "-" * 75 + "\n\n-- \n"),
 # 1416 CUPS
 "1416 job ids not increasing": sub(1416, "thanawat 1582 [15/May", "thanawat 1580 [15/May"),
 "1416 time goes back": sub(1416, "[14/May/2024:08:15:27 +0700]", "[13/May/2024:08:15:27 +0700]"),
 "1416 invalid date": sub(1416, "[15/May/2024:08:03:36", "[32/May/2024:08:03:36"),
 "1416 unknown sides": sub(1416, "Test Page iso_a4_210x297mm one-sided", "Test Page iso_a4_210x297mm simplex", count=1),
 "1416 no total field": sub(1416, "total 24 -", "24 -"),
 "1416 CR LF line ends": sub(1416, "\n", "\r\n", count=0),
 "1416 catalogue title in the negative": sub(1416, "thesis_proposal_v4_final_FINAL.pdf", "Segment Anything.pdf", count=0),
 "1416 arXiv-shaped id in the negative": sub(1416, "arXiv_submit_5567123_preview.pdf", "2405.01234v1.pdf"),
 # labels
 "title-only paper gets an id in 1407": sub(1407, "A Survey of Large Language Models - WX Zhao", "A Survey of Large Language Models (arXiv:2303.18223) - WX Zhao"),
 "title-only paper gets a link in 1411": sub(1411, "https://diffwave-demo.github.io/", "https://arxiv.org/abs/2009.09761", count=0),
 "unlabelled catalogue id in 1410": sub(1410, "коммит 7f0e9c1", "https://arxiv.org/abs/1706.03762"),
 "other file's title in 1409": sub(1409, "Skripta ke cvičení, kapitola 3", "Segment Anything"),
 "labelled title lost in 1415": sub(1415, "Why Do Local Methods Solve Nonconvex Problems?", "Why Do Local Methods Work?", count=0),
 "unlabelled OpenReview id in 1412": sub(1412, "https://huggingface.co/learn/diffusion-course/unit0/1", "https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1413": sub(1413, "solo-learn kütüphanesi", "Recurrent Memory Transformer", count=0),
 "arxiv-text id lost in 1414": sub(1414, "arXiv:2008.07669", "arXiv", count=0),
 "link lost in 1408": sub(1408, "https://arxiv.org/abs/2106.08254", "https://github.com/microsoft/unilm", count=0),
 "OpenReview link cut in 1409": sub(1409, "forum?id=ZaYZfu8pT_N", "forum?id=ZaYZfu", count=0),
 "arxiv-text gets a link in 1415": sub(1415, "(arXiv:2006.14536)", "(https://arxiv.org/abs/2006.14536)"),
 "unknown valid-shaped id in 1416": sub(1416, "Test Page iso_a4_210x297mm one-sided\nLab_HP_LaserJet_M428 pimchanok", "Test Page 2311.04567 iso_a4_210x297mm one-sided\nLab_HP_LaserJet_M428 pimchanok"),
 "label in the negative": exp_edit(lambda e: e[D[1416]].append(dict(e[D[1415]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1410]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1412]][1].update(title="High-Resolution Image Synthesis")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1408]][0].update(true_arxiv_id="2106.08255", arxiv_id="2106.08255")),
 "paper in two files": exp_edit(lambda e: e[D[1409]].append(dict(e[D[1408]][0]))),
 "even-position paper": exp_edit(lambda e: e[D[1413]].append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[1414]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1407]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1411])),
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
