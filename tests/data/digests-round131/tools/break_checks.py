#!/usr/bin/env python3
"""Breaks a scratch copy of round131 (/tmp/round131-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round129's harness, with round131's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round131-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1327, 1337)}


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


compact = lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":"))
L0 = lambda d: d["response"]
CASES = {
 # 1327 transmission-show
 "1327 total size precision": sub(1327, "  Total Size: 515.8 MB", "  Total Size: 515.84 MB"),
 "1327 piece count too small": sub(1327, "  Piece Count: 492", "  Piece Count: 400"),
 "1327 file size does not add up": sub(1327, "семинар-2024-04-18.mp4 (341.9 MB)", "семинар-2024-04-18.mp4 (441.9 MB)"),
 "1327 files out of byte order": sub(1327, r"(  Классика зрения — весна 2024/видео/[^\n]*\n)(  Классика зрения — весна 2024/датасеты/[^\n]*\n)", r"\2\1", regex=True),
 "1327 wrong weekday": sub(1327, "Created on: Sat May  4", "Created on: Sun May  4"),
 "1327 day not space-padded": sub(1327, "Created on: Sat May  4", "Created on: Sat May 04"),
 "1327 magnet hash differs": sub(1327, "magnet:?xt=urn:btih:e9a4", "magnet:?xt=urn:btih:e9a5"),
 "1327 magnet name unescaped": sub(1327, "&dn=%D0%9A%D0%BB", "&dn=%d0%9a%D0%BB"),
 "1327 GENERAL field missing": sub(1327, "  Privacy: Private torrent\n", ""),
 "1327 tier numbering": sub(1327, "  Tier #2", "  Tier #3"),
 # 1328 Matomo
 "1328 slashes unescaped": sub(1328, "https:\\/\\/arxiv.org\\/abs\\/2303.18223", "https://arxiv.org/abs/2303.18223", count=0),
 "1328 final newline": append(1328, "\n"),
 "1328 raw UTF-8 instead of \\u escapes": sub(1328, "In\\u00edcio", "Início", count=0),
 "1328 avg_time_on_page wrong": sub(1328, '"avg_time_on_page":35,', '"avg_time_on_page":36,'),
 "1328 bounce rate wrong": sub(1328, '"bounce_rate":"39%"', '"bounce_rate":"38%"'),
 "1328 rows not sorted": sub(1328, '"nb_visits":212,', '"nb_visits":12,'),
 "1328 label without leading space": sub(1328, '"label":" In\\u00edcio', '"label":"In\\u00edcio'),
 "1328 segment does not encode the label": sub(1328, "pageTitle==%20In%C3%ADcio", "pageTitle==In%C3%ADcio"),
 "1328 domain hits not the sum": sub(1328, '"label":"arxiv.org","nb_visits":20,"nb_hits":39', '"label":"arxiv.org","nb_visits":20,"nb_hits":40'),
 "1328 outlink label not the url": sub(1328, '"label":"arxiv.org\\/abs\\/2303.18223"', '"label":"arxiv.org\\/abs\\/2303.18224"'),
 "1328 keyword not lower-cased": sub(1328, '"label":"memgpt"', '"label":"MemGPT"'),
 # 1329 pickletools
 "1329 offset wrong": sub(1329, "   24: K        BININT1    2", "   25: K        BININT1    2"),
 "1329 string edited (length mismatch)": sub(1329, "'https://arxiv.org/abs/1910.13461'", "'https://arxiv.org/abs/1910.13461v2'"),
 "1329 memo index wrong": sub(1329, "MEMOIZE    (as 9)", "MEMOIZE    (as 10)"),
 "1329 ls size differs": sub(1329, "jiwoo jiwoo 1900", "jiwoo jiwoo 1901"),
 "1329 highest protocol line lost": sub(1329, "highest protocol among opcodes = 4\n", ""),
 "1329 opcode name wrong": sub(1329, "\\x8c     SHORT_BINUNICODE 'version'", "\\x8c     BINUNICODE 'version'"),
 "1329 ls total blocks": sub(1329, "합계 4", "합계 8"),
 # 1330 shiori
 "1330 indent wrong for two-digit id": sub(1330, "    > https://github.com/vwxyzjn/cleanrl", "   > https://github.com/vwxyzjn/cleanrl"),
 "1330 no blank line between bookmarks": sub(1330, "   # okuma-grubu, dizi-modelleme\n\n", "   # okuma-grubu, dizi-modelleme\n"),
 "1330 tags before excerpt": sub(1330, "   + Xavier ilklendirmesi bu makaleden (AISTATS 2010).\n   # klasikler\n", "   # klasikler\n   + Xavier ilklendirmesi bu makaleden (AISTATS 2010).\n"),
 "1330 ids not ascending": sub(1330, "7. A Fast Learning", "17. A Fast Learning"),
 "1330 json differs from listing": sub(1330, '"name": "meta-öğrenme"', '"name": "meta-ogrenme"'),
 "1330 json two-space indent": sub(1330, '\n        "id": 4,', '\n      "id": 4,'),
 "1330 json & unescaped": sub(1330, "\"excerpt\": \"Blog yazısı;", "\"excerpt\": \"Blog & yazısı;"),
 # 1331 tshark
 "1331 frame length not 66 + Len": sub(1331, "Frame 4: 803 bytes on wire (6424 bits), 803 bytes captured (6424 bits)", "Frame 4: 804 bytes on wire (6432 bits), 804 bytes captured (6432 bits)"),
 "1331 bits not 8 x bytes": sub(1331, "Frame 12: 1172 bytes on wire (9376 bits), 1172 bytes captured (9376 bits)", "Frame 12: 1172 bytes on wire (9378 bits), 1172 bytes captured (9378 bits)"),
 "1331 Seq does not follow": sub(1331, "Seq: 738, Ack: 188", "Seq: 737, Ack: 188"),
 "1331 Content-Length wrong": sub(1331, "    Content-Length: 284\\r\\n\n        [Content length: 284]", "    Content-Length: 285\\r\\n\n        [Content length: 285]"),
 "1331 body edited (length changes)": sub(1331, "            String value: https://arxiv.org/abs/1910.02054", "            String value: https://arxiv.org/abs/1910.02054v3"),
 "1331 Key line lost": sub(1331, "            Null value\n            Key: arxiv\n", "            Null value\n", count=1),
 "1331 request counter wrong": sub(1331, "    [HTTP request 2/2]", "    [HTTP request 1/1]"),
 "1331 prev frame wrong": sub(1331, "    [Prev request in frame: 4]", "    [Prev request in frame: 5]"),
 "1331 no packets-captured line": sub(1331, "^C41 packets captured\n", ""),
 "1331 expert info mismatch": sub(1331, "[Expert Info (Chat/Sequence): POST /api/links HTTP/1.1\\r\\n]", "[Expert Info (Chat/Sequence): POST /api/link HTTP/1.1\\r\\n]"),
 # 1332 XBEL
 "1332 highestId wrong": sub(1332, "highestId :41:", "highestId :40:"),
 "1332 id twice": sub(1332, '<bookmark href="https://llava.hliu.cc/" id="33">', '<bookmark href="https://llava.hliu.cc/" id="31">'),
 "1332 nested indentation added": sub(1332, '\n<bookmark href="https://arxiv.org/pdf/2006.07733"', '\n    <bookmark href="https://arxiv.org/pdf/2006.07733"'),
 "1332 ampersand unescaped": sub(1332, "utm_source=floccus&amp;lang=he", "utm_source=floccus&lang=he"),
 "1332 final newline": append(1332, "\n"),
 "1332 Floccus comment lost": sub(1332, "<!--- highestId :41: for Floccus bookmark sync browser extension -->\n", ""),
 "1332 attribute order": sub(1332, '<bookmark href="https://llava.hliu.cc/" id="33">', '<bookmark id="33" href="https://llava.hliu.cc/">'),
 # 1333 Pyserini
 "1333 scores not descending": sub(1333, " 2 longformer      3.40512", " 2 longformer      3.99512"),
 "1333 hit line misaligned": sub(1333, " 3 lra             2.87016", " 3 lra            2.87016"),
 "1333 more hits than k": sub(1333, " 3 survey-fl       1.55872\n", " 3 survey-fl       1.55872\n 4 attn-norm       1.20001\n"),
 "1333 raw() not Jackson's layout": sub(1333, '{\n  "id" : "attn-norm",', '{\n  "id": "attn-norm",'),
 "1333 raw() of another doc": sub(1333, '"id" : "lra"', '"id" : "lra2"'),
 "1333 contents() disagrees with raw()": sub(1333, ">>> doc.raw()\n", ">>> print(searcher.doc('lra').contents())\nLong Range Arena\n>>> doc.raw()\n"),
 "1333 hit without a query term": sub(1333, " 5 sparse-tf       1.90833", " 5 survey-fl       1.90833"),
 "1333 no exit()": sub(1333, ">>> exit()\n", ""),
 "1333 banner lost": sub(1333, 'Type "help", "copyright", "credits" or "license" for more information.\n', ""),
 # 1334 BasKet
 "1334 two-space indentation": sub(1334, "\n <properties>", "\n  <properties>"),
 "1334 columnCount wrong": sub(1334, 'columnCount="3"', 'columnCount="2"'),
 "1334 modified before added": sub(1334, 'added="2024-04-08T09:07:12" lastModification="2024-04-15T17:21:09"', 'added="2024-04-08T09:07:12" lastModification="2024-04-01T17:21:09"'),
 "1334 html note with a title": sub(1334, "<content>note4.html</content>", '<content title="x">note4.html</content>'),
 "1334 two notes share a file": sub(1334, "<content>note9.html</content>", "<content>note1.html</content>"),
 "1334 unknown tag": sub(1334, "<tags>todo_unchecked;priority_high</tags>", "<tags>todo_unchecked;urgent</tags>"),
 "1334 nested group with width": sub(1334, '   <group folded="false">', '   <group folded="false" width="300">'),
 "1334 link note without url": sub(1334, ">https://diffwave-demo.github.io/</content>", ">diffwave-demo</content>"),
 # 1335 parquet-tools
 "1335 num_columns wrong": sub(1335, "num_columns: 7", "num_columns: 6"),
 "1335 num_rows wrong": sub(1335, "num_rows: 10", "num_rows: 11"),
 "1335 types disagree": sub(1335, "physical_type: INT64\nlogical_type: None", "physical_type: INT64\nlogical_type: String"),
 "1335 week left-aligned": sub(1335, "| mamba           |    1 |", "| mamba           | 1    |"),
 "1335 column too wide": sub(1335, r"\+-----------------\+------\+", "+------------------+------+", regex=True, count=0),
 "1335 row order differs": sub(1335, r"(\| gpm             \|    3[^\n]*\n)(\| dataset-cond    \|    3[^\n]*\n)", r"\2\1", regex=True),
 "1335 header not the requested columns": sub(1335, "parquet-tools show --columns id,week,status,note", "parquet-tools show --columns id,week,note,status"),
 "1335 Column block missing": sub(1335, "\n############ Column(status) ############\nname: status\npath: status\nmax_definition_level: 1\nmax_repetition_level: 0\nphysical_type: BYTE_ARRAY\nlogical_type: String\nconverted_type (legacy): UTF8\ncompression: SNAPPY (space_saved: 31%)\n", ""),
 # 1336 Zeek
 "1336 #fields missing a column": sub(1336, "\torigin\trequest_body_len", "\trequest_body_len", count=1),
 "1336 raw record with 29 fields": sub(1336, "\tWget/1.21.2\t-\t0\t815585330", "\tWget/1.21.2\t0\t815585330"),
 "1336 ts not -d format": sub(1336, "2024-05-14T09:17:20+0300\tarxiv.org", "1715667440.000000\tarxiv.org"),
 "1336 sort order wrong": sub(1336, r"(2024-05-14T09:05:01\+0300\t10\.42\.7\.44[^\n]*\n)(2024-05-14T09:10:23\+0300[^\n]*\n)", r"\2\1", regex=True),
 "1336 grep -v leaves a mirror line": sub(1336, "2024-05-14T09:17:20+0300\tarxiv.org", "2024-05-14T09:17:20+0300\tpypi-mirror.aisthisi.example.gr\t/simple/torch/\t200\n2024-05-14T09:17:20+0300\tarxiv.org"),
 "1336 uniq count wrong": sub(1336, "      5 wiki.aisthisi.example.gr", "      4 wiki.aisthisi.example.gr"),
 "1336 uniq ties out of sort -rn order": sub(1336, "      1 yann.lecun.com\n      1 www.cs.toronto.edu\n", "      1 www.cs.toronto.edu\n      1 yann.lecun.com\n"),
 "1336 raw record not in the grep output": sub(1336, "1715667722.209300", "1715667723.209300"),
 "1336 #close not the file end": sub(1336, "#close\t2024-05-14-10-00-00", "#close\t2024-05-14-11-00-00"),
 "1336 catalogue title in the negative": sub(1336, "να μπουν στον τοπικό καθρέφτη δεδομένων", "να μπουν στον τοπικό καθρέφτη δεδομένων (GloVe: Global Vectors for Word Representation)"),
 "1336 arXiv id in the negative": sub(1336, "/list/cs.CL/pastweek?show=25", "/abs/1810.04805", count=0),
 "1336 OpenReview link in the negative": sub(1336, "(εισιτήριο #2291)", "(εισιτήριο #2291) https://openreview.net/forum?id=rJ4km2R5t7"),
 # labels
 "title-only paper gets an id in 1327": sub(1327, "06 How to train your ViT?", "06 2106.10270 How to train your ViT?", count=0),
 "unlabelled catalogue id in 1330": sub(1330, "Makale değil: belgeler.", "Makale değil: belgeler. (arXiv:1706.03762)"),
 "other file's title in 1332": sub(1332, "<title>LLaVA</title>", "<title>LLaVA — Deep Residual Learning for Image Recognition</title>"),
 "labelled title lost in 1335": sub(1335, "Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling", "Few-Shot Human Motion Transfer", count=0),
 "unlabelled OpenReview id in 1334": sub(1334, "https://diffwave-demo.github.io/", "https://openreview.net/forum?id=a-xFK8Ymz5J"),
 "distractor title in 1333": sub(1333, "綜述，連結待補（家豪說要找期刊版）。", "綜述，連結待補；另見 Recurrent Memory Transformer。", count=0),
 "arxiv-text id lost in 1334": sub(1334, "článek arXiv:2208.01618", "článek na arXivu"),
 "link lost in 1332": sub(1332, "https://arxiv.org/abs/2103.00020", "https://openai.com/research/clip"),
 "OpenReview link cut in 1329": sub(1329, "forum?id=ZaYZfu8pT_N", "forum?id=ZaYZ", count=0),
 "arxiv-text gets a link in 1330": sub(1330, "makale arXiv:2101.03958", "makale https://arxiv.org/abs/2101.03958", count=0),
 "title-only id leaks in 1331": sub(1331, "بدون لینک؛ فقط عنوان", "بدون لینک؛ 2307.09288"),
 "unknown valid-shaped id in 1328": sub(1328, "cadeia de pensamento", "cadeia de pensamento 2405.01234", count=0),
 "label in the negative": exp_edit(lambda e: e[D[1336]].append(dict(e[D[1335]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1329]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1331]][0].update(title="ZeRO: Memory Optimizations")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1327]][0].update(true_arxiv_id="1512.03386", arxiv_id="1512.03386")),
 "paper in two files": exp_edit(lambda e: e[D[1328]].append(dict(e[D[1327]][0]))),
 "even-position paper": exp_edit(lambda e: e[D[1333]].append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[1334]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1335]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1332])),
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
