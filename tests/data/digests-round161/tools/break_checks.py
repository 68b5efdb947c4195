#!/usr/bin/env python3
"""Breaks a scratch copy of round161 (/tmp/round161-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round159's harness, with round161's cases; every digest is UTF-8 but 1629, which is Windows-1252 with
CRLF line ends; 1627, 1628, 1631, 1632 and 1635 end on a bare prompt and 1634 on `}` without a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round161-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1627, 1637)}
ENC = lambda n: "cp1252" if n == 1629 else "utf-8"


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(ENC(n)))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC(n)))
    return fn


def recode(n, enc):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        open(p, "wb").write(s.encode(enc))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1627 Postlight Parser
 "1627 word count": sub(1627, '"word_count": 342', '"word_count": 341'),
 "1627 excerpt": sub(1627, "se publican&hellip;", "se publican con&hellip;"),
 "1627 key order": sub(1627, '  "dek": null,\n  "lead_image_url"', '  "lead_image_url"'),
 "1627 domain": sub(1627, '"domain": "blog.grupo-pln.example.es"', '"domain": "grupo-pln.example.es"'),
 "1627 date": sub(1627, '"2024-02-26T09:30:00.000Z"', '"26/02/2024"'),
 "1627 jq layout": sub(1627, '  "dek": null,', '    "dek": null,'),
 "1627 printed while redirected": sub(1627, "--format=markdown > club.json\n", "--format=markdown > club.json\nParsing...\n"),
 "1627 list marker": sub(1627, "*   [PaLM", "- [PaLM"),
 "1627 sorted links": sub(1627, "sort -u\nhttps://arxiv.org/abs/2203.15556\nhttps://arxiv.org/abs/2204.02311v5\n", "sort -u\nhttps://arxiv.org/abs/2204.02311v5\nhttps://arxiv.org/abs/2203.15556\n"),
 "1627 broken link": sub(1627, "](https://arxiv.org/abs/2307.09288)", "] (https://arxiv.org/abs/2307.09288)"),
 "1627 final newline": append(1627, "\n"),
 # 1628 Sapling
 "1628 smartlog hash": sub(1628, "  o  e93a0e9fc  Yesterday", "  o  e93a0e9fd  Yesterday"),
 "1628 two @": sub(1628, "  o  e93a0e9fc", "  @  e93a0e9fc"),
 "1628 relative date": sub(1628, "Yesterday at 18:12", "Today at 18:12"),
 "1628 summary": sub(1628, "  │  notatki: Longformer + LRA", "  │  notatki: Longformer"),
 "1628 smartlog end": sub(1628, "│\n~\n", "│\n"),
 "1628 log date format": sub(1628, "date:        Mon Mar 11 18:12:09 2024 +0100", "date:        2024-03-11 18:12:09"),
 "1628 log order": sub(1628, "date:        Fri Mar 08 14:02:41 2024 +0100", "date:        Fri Mar 15 14:02:41 2024 +0100"),
 "1628 files unsorted": sub(1628, "files:       lista.md notatki/mamba.md", "files:       notatki/mamba.md lista.md"),
 "1628 log limit": sub(1628, "sl log -v -l 4", "sl log -v -l 3"),
 "1628 hunk count": sub(1628, "@@ -7,6 +7,9 @@", "@@ -7,6 +7,8 @@"),
 "1628 unmodified diff": sub(1628, "M lista.md\n", "? lista.md\n"),
 "1628 status letter": sub(1628, "? notatki/szkic", "N notatki/szkic"),
 # 1629 TreePad
 "1629 LF line": sub(1629, "dt=Text\r\n<node>\r\nCap. 1", "dt=Text\n<node>\r\nCap. 1"),
 "1629 no final CRLF": sub(1629, r"5P9i0s8y19Z\r\n$", "5P9i0s8y19Z", regex=True),
 "1629 header": sub(1629, "<Treepad version 3.0>", "<Treepad version 2.7>"),
 "1629 level jump": sub(1629, "2.1 Inicialização\r\n2\r\n", "2.1 Inicialização\r\n3\r\n"),
 "1629 second root": sub(1629, "Reuniões\r\n1\r\n", "Reuniões\r\n0\r\n"),
 "1629 unclosed node": sub(1629, r"(exp3: SGD vs SAM[^\r]*\r\n)<end node> 5P9i0s8y19Z\r\n", r"\1", regex=True),
 "1629 empty title": sub(1629, "<node>\r\nPendências\r\n", "<node>\r\n\r\n"),
 "1629 UTF-8 instead of 1252": recode(1629, "utf-8"),
 # 1630 rawdog
 "1630 feed hash": sub(1630, "feed-a375059b feed-novak", "feed-a375059c feed-novak"),
 "1630 unlisted feed": sub(1630, '<span class="itemfrom">[<a href="https://tnovak.example.cz/"', '<span class="itemfrom">[<a href="https://tnovak.example.org/"'),
 "1630 item ids": sub(1630, 'id="item-4"', 'id="item-7"'),
 "1630 day order": sub(1630, "<h3>08. 03. 2024</h3>", "<h3>13. 03. 2024</h3>"),
 "1630 fetch times": sub(1630, "<td>2024-03-12 13:00</td>", "<td>2024-03-12 06:00</td>"),
 "1630 unbalanced": sub(1630, "</p>\n<p>Slajdy", "<p>Slajdy"),
 "1630 footer": sub(1630, "version 2.24", "version two"),
 "1630 xml button": sub(1630, '<a class="xmlbutton" href="https://rss.arxiv.org/rss/cs.CV">XML</a>', "XML"),
 "1630 doctype": sub(1630, '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n', ""),
 # 1631 glow
 "1631 line too long": sub(1631, "makaleyi bir hafta önce\n  kanala", "makaleyi bir hafta önce kanala atsın, lütfen, gerçekten\n  kanala"),
 "1631 margin": sub(1631, "\n  ## Güvenlik", "\n## Güvenlik"),
 "1631 markdown left": sub(1631, "makaleyi bir hafta önce", "makaleyi **bir hafta önce**"),
 "1631 trailing blank": sub(1631, "  ## Güvenlik\n", "  ## Güvenlik   \n"),
 "1631 continuation without item": sub(1631, "  │ Not:", "    Not:"),
 "1631 grep count": sub(1631, "grep -c arxiv.org\n3\n", "grep -c arxiv.org\n4\n"),
 "1631 no blank frame": sub(1631, "okuma-listesi.md\n\n   Okuma", "okuma-listesi.md\n   Okuma"),
 "1631 file not listed": sub(1631, "Mar 11 22:47 okuma-listesi.md", "Mar 11 22:47 okuma.md"),
 "1631 final newline": append(1631, "\n"),
 # 1632 sqsh
 "1632 banner": sub(1632, "Copyright (C) 1995-2001 Scott C. Gray", "Copyright Scott Gray"),
 "1632 count": sub(1632, "          12\n\n(1 row affected)", "          13\n\n(1 row affected)"),
 "1632 rows affected": sub(1632, "(12 rows affected)", "(11 rows affected)"),
 "1632 row / rows": sub(1632, "(1 row affected)", "(1 rows affected)"),
 "1632 column overrun": sub(1632, "          12 khoa_hoc chua_doc   Minh", "          12 khoa_hoc_x chua_doc Minh"),
 "1632 int alignment": sub(1632, "           7 bai_bao ", "7           bai_bao "),
 "1632 vertical padding": sub(1632, "ghi_chu:  EMNLP 2021; prompt tuning", "ghi_chu: EMNLP 2021; prompt tuning"),
 "1632 vertical row missing": sub(1632, r"id:       11\n.*?\n\n", "", regex=True),
 "1632 filtered rows": sub(1632, "id:       10\n", "id:       9\n"),
 "1632 no quit": sub(1632, "1> \\quit\n", ""),
 "1632 go option": sub(1632, "2> go -m vert", "2> go -m html"),
 # 1633 iTunes
 "1633 size": sub(1633, "<integer>43396096</integer>", "<integer>43396000</integer>"),
 "1633 track key": sub(1633, "<key>1207</key>\n", "<key>1208</key>\n"),
 "1633 unknown playlist track": sub(1633, "<key>Track ID</key><integer>1219</integer>\n\t\t\t\t</dict>", "<key>Track ID</key><integer>1299</integer>\n\t\t\t\t</dict>"),
 "1633 unplayed and played": sub(1633, "<key>Play Count</key><integer>1</integer>", "<key>Play Count</key><integer>1</integer>\n\t\t\t<key>Unplayed</key><true/>"),
 "1633 location not encoded": sub(1633, "Podcasts/%E8%AB%96%E6%96%87%E3%83%A9%E3%82%B8%E3%82%AA/41_", "Podcasts/論文ラジオ/41_"),
 "1633 space indentation": sub(1633, "\t\t\t<key>Genre</key><string>Podcast</string>", "      <key>Genre</key><string>Podcast</string>"),
 "1633 not a plist": sub(1633, "</plist>", "</plst>"),
 "1633 master": sub(1633, "<key>Master</key><true/>", "<key>Master</key><false/>"),
 "1633 added before release": sub(1633, "<key>Release Date</key><date>2024-01-15T03:00:00Z</date>", "<key>Release Date</key><date>2024-01-16T03:00:00Z</date>"),
 # 1634 Editor.js
 "1634 layout": sub(1634, '\n      "type": "header",', '\n      "type":"header",'),
 "1634 block id": sub(1634, '"id": "e4YRTOLWdw"', '"id": "e4YRTOLW"'),
 "1634 header level": sub(1634, '"level": 3', '"level": 7'),
 "1634 unknown type": sub(1634, '"type": "delimiter"', '"type": "divider"'),
 "1634 inline html": sub(1634, "<b>агентах</b>", "<b>агентах"),
 "1634 table rows": sub(1634, '"Остап"\n', '"Остап",\n          "x"\n'),
 "1634 time": sub(1634, '"time": 1710260712904', '"time": 1710260712'),
 "1634 final newline": append(1634, "\n"),
 # 1635 Invidious
 "1635 videoCount": sub(1635, '"videoCount": 5', '"videoCount": 6'),
 "1635 index": sub(1635, "\n3\tSLPIaH6TQs6", "\n4\tSLPIaH6TQs6"),
 "1635 video id shape": sub(1635, "\tdWLiPG0gH4Q\t", "\tdWLiPG0gH4\t"),
 "1635 video title": sub(1635, '"title": "Budapest ML Meetup #32 – Kevés adatból tanulni (Tóth Eszter)"', '"title": "Budapest ML Meetup #32"'),
 "1635 length": sub(1635, '"lengthSeconds": 2841', '"lengthSeconds": 2842'),
 "1635 unknown video": sub(1635, "videos/GCWVw_RHS4r?fields=description", "videos/GCWVw_RHS4x?fields=description"),
 "1635 published after update": sub(1635, '"published": 1708628400', '"published": 1719628400'),
 "1635 final newline": append(1635, "\n"),
 # 1636 abook
 "1636 header": sub(1636, "program=abook", "program=mutt"),
 "1636 section number": sub(1636, "[3]\n", "[4]\n"),
 "1636 field order": sub(1636, "city=Espoo\ncountry=Suomi\n", "country=Suomi\ncity=Espoo\n"),
 "1636 unknown field": sub(1636, "nick=mikko", "nickname=mikko"),
 "1636 email": sub(1636, "email=laura@startup.example.fi", "email=laura(at)startup"),
 "1636 no name": sub(1636, "name=Sanna Laine\n", ""),
 "1636 catalogue title in the negative": sub(1636, "Yrityspaneeli torstaina", "Yrityspaneeli torstaina: Segment Anything"),
 "1636 arXiv-shaped id in the negative": sub(1636, "Junalla Turusta.", "Junalla Turusta, ks. 2402.01234."),
 # labels
 "title-only paper gets an id in 1629": sub(1629, "Why Do Local Methods Solve Nonconvex Problems?\r\n", "Why Do Local Methods Solve Nonconvex Problems? arXiv:2103.13462\r\n"),
 "title-only paper gets a link in 1632": sub(1632, "lien_ket: NULL\nghi_chu:  EMNLP 2021; prompt tuning", "lien_ket: https://arxiv.org/abs/2104.08691\nghi_chu:  EMNLP 2021; prompt tuning"),
 "unlabelled catalogue id in 1635": sub(1635, "(nincs cikk, csak tapasztalat)", "(lásd arXiv:2106.04560)"),
 "other file's title in 1630": sub(1630, "nespouštějte úlohy mimo frontu.", "nespouštějte úlohy mimo frontu. Visual Instruction Tuning"),
 "labelled title lost in 1633": sub(1633, "Multimodal Few-Shot Learning with Frozen Language Models", "Frozen"),
 "unlabelled OpenReview id in 1634": sub(1634, "курс Hugging Face про агентів", "курс https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1628": sub(1628, "porównanie na LRA z własną implementacją", "LoRA+: Efficient Low Rank Adaptation of Large Models"),
 "arxiv-text id lost in 1627": sub(1627, "(arXiv:2101.03961)", "(JMLR 2022)"),
 "link lost in 1630": sub(1630, "https://arxiv.org/abs/2010.04592", "https://www.example.org/hard-negatives"),
 "OpenReview link cut in 1631": sub(1631, "forum?id=PxTIG12RRHS", "forum?id=PxTIG12"),
 "arxiv-text gets a link in 1635": sub(1635, "(arXiv:2108.04392)", "(https://arxiv.org/abs/2108.04392)"),
 "label in the negative": exp_edit(lambda e: e[D[1636]].append(dict(e[D[1635]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1631]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1632]][1].update(title="Sentence-BERT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1627]][1].update(true_arxiv_id="2204.02312", arxiv_id="2204.02312")),
 "paper in two files": exp_edit(lambda e: e[D[1628]].append(dict(e[D[1630]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1630]].append({"arxiv_id": None, "openreview_id": None, "title": "Big Bird: Transformers for Longer Sequences", "evidence": "title-only", "true_arxiv_id": "2007.14062"})),
 "too few papers": exp_edit(lambda e: [e[D[1629]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1633]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1635])),
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
