#!/usr/bin/env python3
"""Breaks a scratch copy of round157 (/tmp/round157-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round155's harness, with round157's cases; every digest is UTF-8 with LF line ends; 1587, 1588, 1589,
1590 and 1596 end on a bare prompt without a final newline, 1592 is one line without one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round157-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1587, 1597)}


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
 # 1587 MySQL Shell
 "1587 count": sub(1587, "db.artykuly.count()\n10\n", "db.artykuly.count()\n11\n"),
 "1587 document layout": sub(1587, '    "tytul": "PaLM: Scaling', '  "tytul": "PaLM: Scaling'),
 "1587 key order": sub(1587, '{\n    "tytul": "PaLM: Scaling Language Modeling with Pathways",\n    "status": "przeczytane"\n}',
                       '{\n    "status": "przeczytane",\n    "tytul": "PaLM: Scaling Language Modeling with Pathways"\n}'),
 "1587 documents in set": sub(1587, "7 documents in set", "6 documents in set"),
 "1587 projection keys": sub(1587, '{\n    "link": "https://docs.vllm.ai/en/latest/",\n    "tytul"', '{\n    "tytul"'),
 "1587 _id shape": sub(1587, '"_id": "000065f2a1c40000000000000004"', '"_id": "65f2a1c4-0004"'),
 "1587 modify answer": sub(1587, "Rows matched: 1  Changed: 1  Warnings: 0", "Rows matched: 1  Changed: 0  Warnings: 0"),
 "1587 modify unknown _id": sub(1587, "modify(\"_id = '000065f2a1c40000000000000004'\")", "modify(\"_id = '000065f2a1c40000000000000009'\")"),
 "1587 table border": sub(1587, "| przeczytane     | 5 |", "| przeczytane    | 5 |"),
 "1587 group sum": sub(1587, "| przeczytane     | 5 |", "| przeczytane     | 6 |"),
 "1587 rows in set": sub(1587, "5 rows in set", "4 rows in set"),
 "1587 error line": sub(1587, "ERROR: 1146 (42S02): Table", "ERROR 1146 (42S02) at line 1: Table"),
 "1587 banner": sub(1587, "Default schema `czytelnia` accessible through db.\n", ""),
 "1587 no Bye": sub(1587, "Bye!\n", ""),
 "1587 JS prompt after sql": sub(1587, "  SQL > SELECT COUNT(*)", "  JS > SELECT COUNT(*)"),
 "1587 final newline": append(1587, "\n"),
 # 1588 Podcast Index
 "1588 count": sub(1588, '"true"\n9\n"Found matching items."', '"true"\n10\n"Found matching items."'),
 "1588 tsv fields": sub(1588, "37\tMarch 14, 2024 6:00am\t2287\t", "37\tMarch 14, 2024 6:00am 2287\t"),
 "1588 not newest first": sub(1588, "35\tFebruary 29", "45\tFebruary 29"),
 "1588 pretty date": sub(1588, '"datePublishedPretty": "March 7, 2024 6:00am"', '"datePublishedPretty": "March 7, 2024 7:00am"'),
 "1588 item layout": sub(1588, '  "guid": "papersenvoz-ep-036",', '  "guid" : "papersenvoz-ep-036",'),
 "1588 item key": sub(1588, '  "season": 2,\n', ""),
 "1588 listing title": sub(1588, "== 39. Editar imágenes con texto", "== 39. Editar imágenes"),
 "1588 listing description": sub(1588, 'sin pizarra.</p><p>PDF (ICLR 2021): <a href="https', 'sin pizarra!</p><p>PDF (ICLR 2021): <a href="https'),
 "1588 wrapper header": sub(1588, ' -H "X-Auth-Date: $T"', ""),
 "1588 search count": sub(1588, '"true"\n2\n{', '"true"\n3\n{'),
 "1588 feedId": sub(1588, '"feedId": 5412087,', '"feedId": 5412088,'),
 "1588 final newline": append(1588, "\n"),
 # 1589 html-xml-utils
 "1589 first command": sub(1589, "| hxnormalize -x -l 1000 >", "| tidy -asxml >"),
 "1589 element not well-formed": sub(1589, "Deep Residual Learning for Image Recognition</a> — K. He", "Deep Residual Learning for Image Recognition — K. He"),
 "1589 href not listed": sub(1589, "\nhttps://arxiv.org/abs/1912.11370v3\n", "\n"),
 "1589 grep count": sub(1589, "grep -c arxiv\n3\n", "grep -c arxiv\n4\n"),
 "1589 other tool": sub(1589, "hxselect -c 'p.footer' < tuan03.xhtml; echo", "pup 'p.footer text{}' < tuan03.xhtml"),
 "1589 raw ampersand": sub(1589, "thảo luận &amp; Q&amp;A", "thảo luận & Q&A"),
 "1589 final newline": append(1589, "\n"),
 # 1590 dyff
 "1590 difference count": sub(1590, "returned eleven differences", "returned ten differences"),
 "1590 banner file": sub(1590, "       and leseliste.yaml", "       and /tmp/neu.yaml"),
 "1590 detail header": sub(1590, "  + two list entries added:", "  + 2 list entries added:"),
 "1590 entry count": sub(1590, "  - one list entry removed:", "  - two list entries removed:"),
 "1590 value change": sub(1590, "    - offen\n    + gelesen\n", "    - offen\n"),
 "1590 exit code": sub(1590, "; echo $?\n1\n", "; echo $?\n0\n"),
 "1590 final newline": append(1590, "\n"),
 # 1591 xBrowserSync
 "1591 layout": sub(1591, '      "type": "xbrowsersync",', '      "type":"xbrowsersync",'),
 "1591 date": sub(1591, '"date": "20240412143015"', '"date": "2024-04-12"'),
 "1591 sync type": sub(1591, '"type": "xbrowsersync"', '"type": "xbs"'),
 "1591 id order": sub(1591, '"id": 4\n', '"id": 40\n'),
 "1591 container": sub(1591, '"title": "[xbs] Mobile"', '"title": "Mobile bookmarks"'),
 "1591 url": sub(1591, '"url": "https://gymnasium.farama.org/"', '"url": "gymnasium.farama.org"'),
 "1591 meta description": sub(1591, '"description": "Abstract page for arXiv paper 2304.03442: Generative Agents: Interactive Simulacra of Human Behavior"',
                              '"description": "Abstract page for arXiv paper 2304.03442: Generative Agents"'),
 "1591 broken JSON": sub(1591, '"url": "https://say-can.github.io/",', '"url": "https://say-can.github.io/"'),
 # 1592 MindMup
 "1592 newline": append(1592, "\n"),
 "1592 formatVersion": sub(1592, '"formatVersion":3', '"formatVersion":2'),
 "1592 duplicate id": sub(1592, '"id":19}', '"id":18}'),
 "1592 link target": sub(1592, '"ideaIdTo":7', '"ideaIdTo":70'),
 "1592 note index": sub(1592, '"note":{"index":13,', '"note":{"index":12,'),
 "1592 rank key": sub(1592, '"-2":{"title":"Dados', '"0":{"title":"Dados'),
 "1592 root title": sub(1592, '"title":"Qualificação — visão + linguagem (leituras até junho)","links"', '"title":"Qualificação","links"'),
 "1592 not compact": sub(1592, '{"formatVersion":3,', '{"formatVersion": 3,'),
 # 1593 NeDB
 "1593 _id shape": sub(1593, '"_id":"ITQnwPhTJAfuqDct"', '"_id":"ITQnwPhTJAfuqDc"'),
 "1593 date as string": sub(1593, '"createdAt":{"$$date":1709261100000}', '"createdAt":"2024-03-01T02:45:00.000Z"'),
 "1593 update changes createdAt": sub(1593, '"status":"dibahas","_id":"mdb7Dvcr9u0w8MTm","createdAt":{"$$date":1709347500000}',
                                      '"status":"dibahas","_id":"mdb7Dvcr9u0w8MTm","createdAt":{"$$date":1709347500001}'),
 "1593 deleted unknown": sub(1593, '{"$$deleted":true,"_id":"piYdnoU2tUioC7P7"}', '{"$$deleted":true,"_id":"piYdnoU2tUioC7P8"}'),
 "1593 update after delete": sub(1593, '{"$$deleted":true,"_id":"piYdnoU2tUioC7P7"}', '{"$$deleted":true,"_id":"ITQnwPhTJAfuqDct"}'),
 "1593 index line": sub(1593, '"unique":true', '"unique":"yes"'),
 "1593 not compact": sub(1593, '{"$$indexCreated":{"fieldName":"url"', '{"$$indexCreated": {"fieldName":"url"'),
 "1593 unique index": sub(1593, '"message_id":2333', '"message_id":2331'),
 "1593 no final newline": sub(1593, "\"updatedAt\":{\"$$date\":1710290100000}}\n", "\"updatedAt\":{\"$$date\":1710290100000}}"),
 # 1594 ArchieML
 "1594 headline count": sub(1594, "вісім статей", "сім статей"),
 "1594 no ignore": sub(1594, ":ignore\n", ""),
 "1594 stray end": sub(1594, "byline: Оксана Мельник\n", "byline: Оксана Мельник\n:end\n"),
 "1594 pubdate": sub(1594, "pubdate: 2024-04-18", "pubdate: 18.04.2024"),
 "1594 body type": sub(1594, "subhead: Чотири", "subtitle: Чотири"),
 "1594 paper without blurb": sub(1594, "blurb: Алгоритми навчання", "опис: Алгоритми навчання"),
 "1594 url scheme": sub(1594, "url: https://arxiv.org/abs/2402.09353", "url: arxiv.org/abs/2402.09353"),
 "1594 no skip": sub(1594, ":skip\n", "", count=1),
 # 1595 amsrefs
 "1595 unclosed entry": sub(1595, "  note={\\url{https://arxiv.org/abs/2111.00396v3}},\n}\n", "  note={\\url{https://arxiv.org/abs/2111.00396v3}},\n"),
 "1595 field comma": sub(1595, "  date={2021},\n  eprint={arXiv:2010.04592},", "  date={2021}\n  eprint={arXiv:2010.04592},"),
 "1595 author form": sub(1595, "  author={Robinson, Joshua},", "  author={Joshua Robinson},"),
 "1595 xref undefined": sub(1595, "book={xref={icml2021}}", "book={xref={icml2020}}"),
 "1595 duplicate key": sub(1595, "\\bib{SahaGarg2021}", "\\bib{ArakelyanDaza2021}"),
 "1595 eprint shape": sub(1595, "eprint={arXiv:2010.04592}", "eprint={2010.04592}"),
 "1595 stray text": append(1595, "Lásd még a 4. hetet.\n"),
 "1595 date": sub(1595, "  date={2022},\n  note={\\url{https://arxiv.org/abs/2111.00396v3}}", "  date={2022 tavasz},\n  note={\\url{https://arxiv.org/abs/2111.00396v3}}"),
 # 1596 datamash
 "1596 check": sub(1596, "11 lines, 6 fields", "10 lines, 6 fields"),
 "1596 group sum": sub(1596, "LAB-3\t3\t8.5", "LAB-3\t3\t8"),
 "1596 mean": sub(1596, "21.5\t2.15\t3", "21.5\t2.1\t3"),
 "1596 unique order": sub(1596, "\tAMFI-1,B-204\n", "\tB-204,AMFI-1\n"),
 "1596 no error": sub(1596, "datamash: invalid input: field 7 requested, line 2 has only 6 fields\n", ""),
 "1596 ragged tsv": sub(1596, "1403/07/02\tB-204", "1403/07/02 B-204"),
 "1596 catalogue title in the negative": sub(1596, "جلسه آشنایی و معرفی درس", "Segment Anything", count=0),
 "1596 arXiv-shaped id in the negative": sub(1596, "کار با مجموعه‌داده CIFAR-10", "کار با مجموعه‌داده CIFAR-10 2310.01234", count=0),
 "1596 final newline": append(1596, "\n"),
 # labels
 "title-only paper gets an id in 1592": sub(1592, "Frozen, NeurIPS 2021", "Frozen, arXiv:2106.13884"),
 "title-only paper gets a link in 1595": sub(1595, "  title={Gradient Projection Memory for Continual Learning},\n", "  title={Gradient Projection Memory for Continual Learning},\n  note={\\url{https://arxiv.org/abs/2103.09762}},\n"),
 "unlabelled catalogue id in 1589": sub(1589, "ICML 2019.</li>", "ICML 2019, arXiv:2106.04560.</li>"),
 "other file's title in 1593": sub(1593, "Yang klasik dulu sebelum BERT ya", "Yang klasik dulu sebelum BERT ya; lihat juga Segment Anything"),
 "labelled title lost in 1588": sub(1588, "DiffWave: A Versatile Diffusion Model for Audio Synthesis", "DiffWave", count=0),
 "unlabelled OpenReview id in 1591": sub(1591, "https://gymnasium.farama.org/", "https://openreview.net/forum?id=tcbBPnfwxS"),
 "distractor title in 1594": sub(1594, "Бібліотека bitsandbytes", "LoRA+: Efficient Low Rank Adaptation of Large Models та bitsandbytes"),
 "arxiv-text id lost in 1590": sub(1590, "quelle: arXiv:2001.04451", "quelle: ICLR 2020"),
 "link lost in 1587": sub(1587, "https://arxiv.org/abs/2001.08361", "https://www.semanticscholar.example.org/x", count=0),
 "OpenReview link cut in 1593": sub(1593, "pdf?id=ZaYZfu8pT_N", "pdf?id=ZaYZfu8", count=0),
 "arxiv-text gets a link in 1592": sub(1592, "ALIGN · arXiv:2102.05918", "ALIGN · https://arxiv.org/abs/2102.05918"),
 "label in the negative": exp_edit(lambda e: e[D[1596]].append(dict(e[D[1595]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1591]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1593]][1].update(title="T5")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1587]][2].update(true_arxiv_id="2204.02312", arxiv_id="2204.02312")),
 "paper in two files": exp_edit(lambda e: e[D[1588]].append(dict(e[D[1590]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1590]].append({"arxiv_id": None, "openreview_id": None, "title": "Big Bird: Transformers for Longer Sequences", "evidence": "title-only", "true_arxiv_id": "2007.14062"})),
 "too few papers": exp_edit(lambda e: [e[D[1589]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1594]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1595])),
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
