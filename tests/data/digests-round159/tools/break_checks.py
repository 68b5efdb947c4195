#!/usr/bin/env python3
"""Breaks a scratch copy of round159 (/tmp/round159-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round157's harness, with round159's cases; every digest is UTF-8; 1610 has CRLF line ends, the others
LF; 1607, 1608, 1609 and 1615 end on a bare prompt without a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round159-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1607, 1617)}


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
 # 1607 trafilatura
 "1607 version": sub(1607, "Trafilatura 1.8.1 - Python 3.11.6", "trafilatura 1.8.1"),
 "1607 word count": sub(1607, "| wc -w\n368\n", "| wc -w\n367\n"),
 "1607 metadata url": sub(1607, "url: https://carnet.lab-ia.example.fr/2024/03/28/lectures-de-mars\n", "url: https://carnet.lab-ia.example.fr/2024/03/\n"),
 "1607 metadata key order": sub(1607, "date: 2024-03-28\n", "", count=1),
 "1607 hostname": sub(1607, "hostname: lab-ia.example.fr", "hostname: blog.example.org"),
 "1607 date": sub(1607, "date: 2024-03-28", "date: 28/03/2024"),
 "1607 blank line": sub(1607, "\nRaisonnement et échelle\n", "\n\nRaisonnement et échelle\n"),
 "1607 sorted links": sub(1607, "sort -u\nhttps://arxiv.org/abs/2203.15556\nhttps://arxiv.org/abs/2211.17192v2\n", "sort -u\nhttps://arxiv.org/abs/2211.17192v2\nhttps://arxiv.org/abs/2203.15556\n"),
 "1607 link count": sub(1607, "| wc -l\n3\n", "| wc -l\n4\n"),
 "1607 broken link": sub(1607, "](https://arxiv.org/abs/2203.15556)", "] (https://arxiv.org/abs/2203.15556)"),
 "1607 final newline": append(1607, "\n"),
 # 1608 Auphonic
 "1608 tsv rows": sub(1608, "?limit=4'", "?limit=5'"),
 "1608 uuid shape": sub(1608, "J73kJfLJGE7hGJLha3GhNf\tDone", "J73kJfLJGE7hGJLha3GhN\tDone"),
 "1608 unknown production": sub(1608, "production/J73kJfLJGE7hGJLha3GhNf.json", "production/J73kJfLJGE7hGJLha3GhNx.json"),
 "1608 chapter count": sub(1608, '"01:11:02.380"\n10\n', '"01:11:02.380"\n9\n'),
 "1608 length string": sub(1608, '"Done"\n"01:11:02.380"', '"Done"\n"01:11:03.380"'),
 "1608 metadata title": sub(1608, '"title": "Píxels i soroll #14', '"title": "Píxels i soroll 14'),
 "1608 metadata layout": sub(1608, '  "genre": "Podcast",', '    "genre": "Podcast",'),
 "1608 chapter order": sub(1608, "00:15:05.000  High", "00:02:05.000  High"),
 "1608 start_sec": sub(1608, '"start_sec": 3301,', '"start_sec": 3300,'),
 "1608 chapter object": sub(1608, '"url": "",\n  "image": null', '"url": "https://example.org/",\n  "image": null'),
 "1608 chapter keys": sub(1608, '  "image": null\n', '  "image": null,\n  "x": 1\n'),
 "1608 final newline": append(1608, "\n"),
 # 1609 tsv-utils
 "1609 wc": sub(1609, "14 leeslijst.tsv", "15 leeslijst.tsv"),
 "1609 pretty width": sub(1609, "-----  --------  ---------", "----  --------  ---------"),
 "1609 pretty row lost": sub(1609, "RobBERT-model op de Hub                   ", "", count=1),
 "1609 status count": sub(1609, "gelezen\t2\n", "gelezen\t3\n"),
 "1609 status order": sub(1609, "besproken\t5\ngelezen\t2\n", "gelezen\t2\nbesproken\t5\n"),
 "1609 filters do not split": sub(1609, "Deep contextualized word representations\tDaan\t1\n", ""),
 "1609 summary sum": sub(1609, "Thijs\t3\t3|6", "Thijs\t4\t3|6"),
 "1609 session missing": sub(1609, "Sanne\t3\t1|3|4", "Sanne\t3\t1|3"),
 "1609 repeated session": sub(1609, "Femke\t3\t2|4|5", "Femke\t3\t2|4|4"),
 "1609 other tool": sub(1609, "tsv-select -f 9 leeslijst.tsv", "cut -f 9 leeslijst.tsv"),
 "1609 final newline": append(1609, "\n"),
 # 1610 cue sheet
 "1610 LF line": sub(1610, 'REM DATE 2024\r\n', 'REM DATE 2024\n'),
 "1610 no final CRLF": sub(1610, '    INDEX 01 43:30:00\r\n', '    INDEX 01 43:30:00'),
 "1610 track number": sub(1610, "  TRACK 03 AUDIO", "  TRACK 04 AUDIO"),
 "1610 frames": sub(1610, "INDEX 01 02:32:30", "INDEX 01 02:32:80"),
 "1610 not ascending": sub(1610, "INDEX 01 15:01:30", "INDEX 01 00:00:00"),
 "1610 first not zero": sub(1610, "INDEX 01 00:00:00\r\n  TRACK 02", "INDEX 01 00:00:10\r\n  TRACK 02"),
 "1610 missing performer": sub(1610, '    PERFORMER "tutti"\r\n', ""),
 "1610 stray line": sub(1610, 'FILE "maratona_2024-03-15_parte2.flac" WAVE', 'PAUSA\r\nFILE "maratona_2024-03-15_parte2.flac" WAVE'),
 "1610 unquoted title": sub(1610, 'TITLE "Maratona di lettura: attenzione efficiente e modelli a spazio di stati"', 'TITLE Maratona di lettura'),
 # 1611 CmapTools CXL
 "1611 not well-formed": sub(1611, "</concept-list>", "</concept-lst>"),
 "1611 connection to nothing": sub(1611, 'to-id="1K46DOLEI-BWRZO8M-R6"', 'to-id="1K46DOLEI-BWRZO8M-R7"'),
 "1611 concept to concept": sub(1611, 'from-id="1K46DOLEI-BWRZO8M-R6"', 'from-id="1L7ZGU6O9-ECYULVG-K6"'),
 "1611 appearance missing": sub(1611, r'\n *<concept-appearance id="12Z8VWPAQ-DVVPC92-9R"[^\n]*', "", regex=True),
 "1611 outside the map": sub(1611, r'(<concept-appearance id="11WRGJDYD-1AH4VO8-G1" x=")\d+', r"\g<1>1900", regex=True),
 "1611 format": sub(1611, "x-cmap/x-storable", "x-cmap/x-other"),
 "1611 modified before created": sub(1611, "2024-03-11T22:05:37+02:00", "2024-01-11T22:05:37+02:00"),
 "1611 resource parent": sub(1611, 'parent-id="12Z8VWPAQ-DVVPC92-9R"', 'parent-id="1K46DOLEI-BWRZO8M-R6"'),
 "1611 id shape": sub(1611, '"1M2UERRCI-5A2V1AX-22"', '"m2uerrci"', count=0),
 # 1612 VimOutliner
 "1612 percentage": sub(1612, "[_] 66% 2.1", "[_] 67% 2.1"),
 "1612 done at less than 100": sub(1612, "[_] 33% 2.2", "[X] 33% 2.2"),
 "1612 leaf percentage": sub(1612, "[_] Smooth Adversarial Training", "[_] 0% Smooth Adversarial Training"),
 "1612 space indentation": sub(1612, "\t\t[_] Gradient Projection", "    [_] Gradient Projection"),
 "1612 level skipped": sub(1612, "\n\t\t[_] BEiT", "\n\t\t\t[_] BEiT"),
 "1612 body level": sub(1612, "\t\t\t: ICLR 2021, arXiv:2010.04592", "\t\t: ICLR 2021, arXiv:2010.04592"),
 "1612 no checkbox": sub(1612, "[_] Рисунки:", "Рисунки:"),
 "1612 no final newline": sub(1612, "таблица 2.3\n", "таблица 2.3"),
 # 1613 MultiMarkdown
 "1613 metadata line": sub(1613, "Base Header Level: 2", "Base Header Level 2"),
 "1613 undefined citation": sub(1613, "[][#dong2020]", "[][#dong2021]"),
 "1613 unused citation": sub(1613, "[][#arakelyan2021]", "(se nedan)"),
 "1613 footnote": sub(1613, "demo.[^2]", "demo."),
 "1613 link reference": sub(1613, "[resultattavlan][lb]", "[resultattavlan][lb2]"),
 "1613 table width": sub(1613, "| SayCan         | kök, verklig robot      | Oskar       |", "| SayCan         | kök, verklig robot      |"),
 "1613 table caption": sub(1613, "[Fördelning av presentationer 27 mars]\n", "Fördelning av presentationer 27 mars\n"),
 "1613 duplicate metadata": sub(1613, "Tags: läsgrupp", "Title: läsgrupp"),
 # 1614 Falkon
 "1614 layout": sub(1614, '            "description": "Bookmarks located in Bookmarks Toolbar",', '          "description": "Bookmarks located in Bookmarks Toolbar",'),
 "1614 key order": sub(1614, '"keyword": "llava",\n                                    "name"', '"name"', count=1),
 "1614 visit count": sub(1614, '"visit_count": 14', '"visit_count": -1'),
 "1614 url scheme": sub(1614, '"url": "https://www.falkon.org/"', '"url": "www.falkon.org"'),
 "1614 title id": sub(1614, '"name": "[2303.15343] Sigmoid', '"name": "[2303.15344] Sigmoid'),
 "1614 root": sub(1614, '"bookmark_menu": {', '"menu": {'),
 "1614 broken JSON": sub(1614, '"type": "separator"', '"type": "separator",'),
 # 1615 tchmgr
 "1615 record number": sub(1615, "record number: 14", "record number: 15"),
 "1615 inform order": sub(1615, "alignment: 16\nfree block pool: 1024\n", "free block pool: 1024\nalignment: 16\n"),
 "1615 -pv keys": sub(1615, "paper:0008\t", "paper:0018\t"),
 "1615 value JSON": sub(1615, '{"t":"DoRA', '{"t": "DoRA'),
 "1615 get value": sub(1615, 'paper:0003\n{"t":"QLoRA 정리 블로그 (중복)"', 'paper:0003\n{"t":"QLoRA 정리"'),
 "1615 error after out": sub(1615, "tchmgr: papers.tch: 22: no record found", "tchmgr: papers.tch: no record found"),
 "1615 record number after out": sub(1615, "record number: 13", "record number: 14"),
 "1615 modified time": sub(1615, "modified time: 2024-03-14T11:02:37+09:00", "modified time: 2024-03-12T11:02:37+09:00"),
 "1615 other tool": sub(1615, "tchmgr list -fm user: papers.tch", "tcbmgr list -fm user: papers.tch"),
 "1615 final newline": append(1615, "\n"),
 # 1616 BBDB
 "1616 header": sub(1616, ";;; file-format: 9", ";;; file-format: 8"),
 "1616 field count": sub(1616, '"2024-02-27 13:47:09 +0000" nil]', '"2024-02-27 13:47:09 +0000"]'),
 "1616 unbalanced": sub(1616, '((notes . "Offered GPU', '(notes . "Offered GPU'),
 "1616 uuid": sub(1616, "a756782a-8278-419d-a63a-e470f81ddd9f", "a756782a8278419d"),
 "1616 dates": sub(1616, '"2023-11-14 16:20:00 +0000"', '"2024-11-14 16:20:00 +0000"'),
 "1616 sort order": sub(1616, r'(\["Marco"[^\n]*\n)(\["Priya"[^\n]*\n)', r"\2\1", regex=True),
 "1616 mail": sub(1616, '("priya.raman@cloud.example.com")', '("priya.raman")'),
 "1616 catalogue title in the negative": sub(1616, "Offered GPU credits for the student project", "Offered GPU credits for Visual Instruction Tuning"),
 "1616 arXiv-shaped id in the negative": sub(1616, "follow up after Passover", "follow up on 2310.01234 after Passover"),
 # labels
 "title-only paper gets an id in 1612": sub(1612, ": ICLR 2022. Токенизатор", ": ICLR 2022, arXiv:2106.08254. Токенизатор"),
 "title-only paper gets a link in 1613": sub(1613, "ICLR 2021.\n[#dong2020]", "ICLR 2021. <https://arxiv.org/abs/2101.03958>\n[#dong2020]"),
 "unlabelled catalogue id in 1609": sub(1609, "# zonder link: wie zoekt de pdf's op?", "# zonder link: wie zoekt de pdf's op? zie ook arXiv:2106.04560"),
 "other file's title in 1611": sub(1611, "Σημειωματάριο στο eclass", "Σημειωματάριο στο eclass, βλ. Visual Instruction Tuning"),
 "labelled title lost in 1610": sub(1610, "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing", "Funnel-Transformer"),
 "unlabelled OpenReview id in 1614": sub(1614, "https://laion.ai/blog/laion-5b/", "https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1615": sub(1615, "bitsandbytes (GitHub)", "LoRA+: Efficient Low Rank Adaptation of Large Models (GitHub)"),
 "arxiv-text id lost in 1608": sub(1608, "(arXiv:2303.01469)", "(ICML 2023)"),
 "link lost in 1607": sub(1607, "https://arxiv.org/abs/2203.15556", "https://www.example.org/chinchilla", count=0),
 "OpenReview link cut in 1609": sub(1609, "forum?id=ZaYZfu8pT_N", "forum?id=ZaYZfu8", count=0),
 "arxiv-text gets a link in 1614": sub(1614, "arXiv:1912.11370", "https://arxiv.org/abs/1912.11370"),
 "label in the negative": exp_edit(lambda e: e[D[1616]].append(dict(e[D[1615]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1611]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1613]][1].update(title="Generative Agents")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1607]][2].update(true_arxiv_id="2211.17193", arxiv_id="2211.17193")),
 "paper in two files": exp_edit(lambda e: e[D[1608]].append(dict(e[D[1610]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1610]].append({"arxiv_id": None, "openreview_id": None, "title": "Big Bird: Transformers for Longer Sequences", "evidence": "title-only", "true_arxiv_id": "2007.14062"})),
 "too few papers": exp_edit(lambda e: [e[D[1612]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1614]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1615])),
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
