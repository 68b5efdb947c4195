#!/usr/bin/env python3
"""Breaks a scratch copy of round212 (/tmp/r212/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round210's harness with round212's cases; 2139 is a CR LF mail whose body is base64: it is edited decoded
and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest, case-blind, across line breaks and TeX braces.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r212/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2137, 2147)}
EXP = json.load(open(os.path.join(HERE, "expected.json")))


def sub(n, old, new, nth=1, regex=False, count=1):
    """replace the nth occurrence of `old` (or the first regex match; count=0: every occurrence) in digest n"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        elif count == 0:
            assert old in s, (n, old)
            s = s.replace(old, new)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def b64(old, new, count=1, regex=False):
    """edit 2139's decoded base64 body (UTF-8, CR LF) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2139])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = base64.b64decode(b.replace("\r\n", "")).decode("utf-8").replace("\r\n", "\n")
        if regex:
            assert re.search(old, t), old
            t = re.sub(old, new, t, count=count)
        else:
            assert old in t, old
            t = t.replace(old, new) if count == 0 else t.replace(old, new, 1)
        e = base64.encodebytes(t.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 2137 Schoology materials copy
 "2137 skip link": sub(2137, "Lewati ke konten\n", ""),
 "2137 footer": sub(2137, "Schoology © 2026 · Bahasa Indonesia\n", "Schoology\n"),
 "2137 menu twice": sub(2137, "Kehadiran\n", "Kehadiran\nKehadiran\n"),
 "2137 week numbering": sub(2137, "📁 Minggu 3 (", "📁 Minggu 4 ("),
 "2137 week not Monday": sub(2137, "(23 Februari)", "(24 Februari)"),
 "2137 week gap": sub(2137, "(9 Maret)", "(16 Maret)"),
 "2137 item count": sub(2137, "3 item", "4 item", nth=2),
 "2137 Tenggat missing": sub(2137, "Tenggat Jumat, 6 Maret 2026 pukul 23:59\n", ""),
 "2137 Tenggat weekday": sub(2137, "Tenggat Jumat, 6 Maret", "Tenggat Kamis, 6 Maret"),
 "2137 Tenggat invalid": sub(2137, "6 Maret 2026 pukul", "31 Februari 2026 pukul"),
 "2137 Tenggat before week": sub(2137, "Tenggat Jumat, 20 Maret 2026", "Tenggat Jumat, 6 Maret 2026"),
 "2137 bad URL": sub(2137, "https://d2l.ai", "https://d2l"),
 "2137 arXiv id unlabelled": sub(2137, "(ICML 2006)", "(ICML 2006, arXiv:2301.07041)"),
 # 2138 Markdown awesome list
 "2138 header": sub(2138, '<p align="center">\n', ""),
 "2138 badge": sub(2138, "awesome.re/badge.svg", "awesome.re/badge"),
 "2138 entry count": sub(2138, r"\d+ entries", "99 entries", regex=True),
 "2138 toc anchor": sub(2138, "(#encoders)", "(#encoder)"),
 "2138 Contributing not last": sub(2138, "## Contributing", "## Contributing guide"),
 "2138 tag unbalanced": sub(2138, "</details>\n", ""),
 "2138 reference undefined": sub(2138, "[xlnet]: ", "[xl-net]: "),
 "2138 reference target": sub(2138, "[openai-2018]: https://", "[openai-2018]: ftp://"),
 "2138 table columns": sub(2138, "| covers Croatian (hr) in CC-100 |", "| covers Croatian | CC-100 |"),
 "2138 OpenReview unlabelled": sub(2138, "Start here.", "Start here. https://openreview.net/forum?id=rJ4km2R5t7"),
 # 2139 Outlook forward
 "2139 bare LF": sub(2139, "\r\nThread-Index", "\nThread-Index"),
 "2139 header order": sub(2139, "Accept-Language: lt-LT, en-US\r\nContent-Language: lt-LT", "Content-Language: lt-LT\r\nAccept-Language: lt-LT, en-US"),
 "2139 not base64": sub(2139, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 8bit"),
 "2139 Message-ID form": sub(2139, "Message-ID: <DB9PR04MB8412", "Message-ID: <db9pr04mb8412"),
 "2139 X-MS not empty": sub(2139, "X-MS-Has-Attach:", "X-MS-Has-Attach: yes"),
 "2139 Date weekday": sub(2139, "Date: Mon, 09 Mar", "Date: Tue, 09 Mar"),
 "2139 Date invalid": sub(2139, "Date: Mon, 09 Mar 2026", "Date: Mon, 39 Mar 2026"),
 "2139 base64 line long": sub(2139, "\r\n", "", nth=20),
 "2139 base64 broken": sub(2139, "\r\n\r\n", "\r\n\r\n!!", nth=1),
 "2139 encoded-word": sub(2139, "From: =?utf-8?B?", "From: =?utf-8?Q?"),
 "2139 forward rule": b64("________________________________\n", "-----Original Message-----\n"),
 "2139 Išsiųsta weekday": b64(", penktadienis 16:05", ", ketvirtadienis 16:05"),
 "2139 Išsiųsta after Date": b64("2026 m. kovo 6 d., penktadienis", "2026 m. kovo 13 d., penktadienis"),
 "2139 Tema != Subject": b64("Tema: Skaitymo grupė", "Tema: Skaitymų grupė"),
 "2139 arXiv id unlabelled": b64("(tik šališkumo", "(žr. 2305.14314; tik šališkumo"),
 "2139 OpenReview link removed": b64("https://openreview.net/forum?id=", "openreview: "),
 # 2140 MSZ ISO 690
 "2140 header missing": sub(2140, "Miskolci Egyetem · Gépészmérnöki és Informatikai Kar · Szakdolgozat, 2026\n", "", nth=2),
 "2140 page number": sub(2140, "\n42\n", "\n43\n"),
 "2140 stray form feed": sub(2140, "Irodalomjegyzék\n", "Irodalomjegyzék\f\n"),
 "2140 numbering": sub(2140, "[3] SONG, Yang", "[4] SONG, Yang"),
 "2140 citation order": sub(2140, "termodinamikából ered\n[2]", "termodinamikából ered\n[5]"),
 "2140 line over 80": sub(2140, "In: Advances in\n    Neural", "In: Advances in Neural Information Processing Systems 27, the very long line Neural"),
 "2140 author form": sub(2140, "SONG, Yang és ERMON", "Yang Song és ERMON"),
 "2140 Megtekintve invalid": sub(2140, "[Megtekintve: 2026. április 14.]", "[Megtekintve: 2026. április 31.]"),
 "2140 Irodalomjegyzék twice": sub(2140, "Nyilatkozat\n", "Irodalomjegyzék\n"),
 "2140 arXiv-text made link": sub(2140, "Preprint, arXiv:2204.06125", "Preprint, https://arxiv.org/abs/2204.06125"),
 # 2141 Paperpile BibTeX
 "2141 entry type": sub(2141, "@ARTICLE{Dai2019-ab", "@ARTIKEL{Dai2019-ab"),
 "2141 key year": sub(2141, "@ARTICLE{Dai2019-ab", "@ARTICLE{Dai2018-ab"),
 "2141 key twice": sub(2141, "Zaheer2020-zt", "Fan2020-kq"),
 "2141 unclosed": sub(2141, '  eprint        = "1901.02860"\n}', '  eprint        = "1901.02860"\n'),
 "2141 alignment": sub(2141, "  journal       = ", "  journal = "),
 "2141 month macro": sub(2141, "=  jan,", "=  janeiro,"),
 "2141 braces unbalanced": sub(2141, "{Fixed-Length}", "{Fixed-Length"),
 "2141 eprint without prefix": sub(2141, '  archivePrefix = "arXiv",\n', ""),
 "2141 url scheme": sub(2141, '"http://arxiv.org/abs/1901.02860"', '"arxiv.org/abs/1901.02860"'),
 "2141 field twice": sub(2141, '  keywords      = "UBI leitura;kernels",', '  keywords      = "UBI leitura;kernels",\n  keywords      = "x",'),
 # 2142 Smartsheet CSV
 "2142 LF rows": sub(2142, "\r\n", "\n", nth=2),
 "2142 header": sub(2142, "Ábyrgð,Staða", "Ábyrgð,Staðan"),
 "2142 date invalid": sub(2142, "01/12/26,01/26/26", "13/12/26,01/26/26"),
 "2142 due before": sub(2142, "02/02/26,02/16/26", "02/02/26,01/16/26"),
 "2142 Lokið disagree": sub(2142, "Í vinnslu,02/02/26,02/16/26,false", "Í vinnslu,02/02/26,02/16/26,true"),
 "2142 status": sub(2142, "Ekki hafið", "Bíður"),
 "2142 bad link": sub(2142, "https://www.deeplearningbook.org", "www.deeplearningbook.org"),
 "2142 BOM": sub(2142, "Verkefni,", "\ufeffVerkefni,"),
 # 2143 Rocket.Chat JSON
 "2143 JSON broken": sub(2143, '"success": true', '"success": true,'),
 "2143 count": sub(2143, '"count": 11', '"count": 10'),
 "2143 ts order": sub(2143, '"ts": "2026-02-02T10:20:09', '"ts": "2026-02-02T08:20:09'),
 "2143 ts form": sub(2143, '"ts": "2026-02-03T08:02:17.', '"ts": "2026-02-03 08:02:17.'),
 "2143 rid": sub(2143, '"rid": "k3Qv8sLwNdP2aYxEm"', '"rid": "k3Qv8sLwNdP2aYxEn"', nth=3),
 "2143 user inconsistent": sub(2143, '"name": "Maja Kristiansen"', '"name": "Maja K."', nth=2),
 "2143 urls mismatch": sub(2143, '"url": "https://arxiv.org/abs/2005.14165"', '"url": "https://arxiv.org/abs/2005.14165v1"'),
 "2143 system message": sub(2143, '"t": "uj"', '"t": "ru"'),
 "2143 arXiv-text id removed": sub(2143, "(arXiv:2305.16291)", "(arXiv)"),
 # 2144 Ed thread
 "2144 header": sub(2144, "Ed\n", "", nth=1),
 "2144 answers count": sub(2144, "2 Answers", "3 Answers"),
 "2144 views": sub(2144, "87 views", "87 view(s)"),
 "2144 dates order": sub(2144, "11 Mar 2026, 1:47pm", "10 Mar 2026, 1:47pm"),
 "2144 comment before answer": sub(2144, "11 Mar 2026, 9:30am", "11 Mar 2026, 7:30am"),
 "2144 two accepted": sub(2144, "Juma Kisanga  Student", "Juma Kisanga  Student  Accepted"),
 "2144 footer": sub(2144, "Help · Privacy · Accessibility\n", ""),
 "2144 OpenReview id changed": sub(2144, "forum?id=YicbFdNTTy", "forum?id=YicbFdNTTz"),
 # 2145 Campaign Monitor
 "2145 View online": sub(2145, "View online\n", ""),
 "2145 issue number": sub(2145, "Issue 10 ·", "Issue 11 ·"),
 "2145 forward twice": sub(2145, "Forward to a friend\n", "Forward to a friend\nForward to a friend\n"),
 "2145 URL not last": sub(2145, "Update your preferences | Unsubscribe\n", "", nth=1),
 "2145 catalogue title unlabelled": sub(2145, "• PyTorch Geometric 2.6 release notes", "• PyTorch Geometric 2.6 release notes; Masked Autoencoders Are Scalable Vision Learners"),
 # 2146 dev.to negative
 "2146 skip link": sub(2146, "Skip to content\n", ""),
 "2146 © line": sub(2146, "© 2016 - 2026.\n", ""),
 "2146 comment count": sub(2146, "Top comments (3)", "Top comments (4)"),
 "2146 min read": sub(2146, " min read", " minutes"),
 "2146 catalogue title": sub(2146, "— blog post.", "— blog post, and Attention Is All You Need."),
 "2146 arXiv id": sub(2146, "Polars changed my life too.", "Polars changed my life too (2106.09685)."),
 "2146 label in negative": exp_edit(lambda e: e[D[2146]].append(dict(e[D[2145]][0]))),
 "2146 openreview": sub(2146, "No papers", "See openreview.net. No papers"),
 # labels
 "wrong evidence": exp_edit(lambda e: e[D[2137]][3].update(evidence="link")),
 "bad true id": exp_edit(lambda e: e[D[2138]][0].update(true_arxiv_id="1810.04806", arxiv_id="1810.04806")),
 "title changed": exp_edit(lambda e: e[D[2142]][1].update(title="A Simple Framework for Contrastive Learning")),
 "record dropped": exp_edit(lambda e: e[D[2143]].pop()),
 "duplicate record": exp_edit(lambda e: e[D[2144]].append(dict(e[D[2144]][0]))),
 "paper in two files": exp_edit(lambda e: e[D[2145]].append(dict(e[D[2144]][1]))),
 "extra field": exp_edit(lambda e: e[D[2140]][0].update(venue="ICLR")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2141]][0].update(arxiv_id="2002.09402")),
 "link record made title-only": exp_edit(lambda e: e[D[2139]][1].update(evidence="title-only", arxiv_id=None)),
 "title-only made arxiv-text": exp_edit(lambda e: e[D[2145]][6].update(evidence="arxiv-text", arxiv_id="2111.04263")),
 "file key renamed": exp_edit(lambda e: e.update({"2147_x.txt": e.pop(D[2146])})),
}
# one case per labelled paper: its title removed from its digest (2139: from the decoded body), case-blind, across
# line breaks and TeX braces
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        rx = r"(?i)" + r"[{}]*\s+[{}]*".join("[{}]*".join(re.escape(c) for c in w) for w in t.split())
        CASES[f"{n} title removed: {t[:40]}"] = b64(rx, "[...]", count=0, regex=True) if n == 2139 else sub(n, rx, "[…]", regex=True, count=0)


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
    fresh()
    try:
        fn(SCR)
    except AssertionError as ex:
        bad.append(f"{name} (edit failed: {ex})"); continue
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
