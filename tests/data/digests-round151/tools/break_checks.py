#!/usr/bin/env python3
"""Breaks a scratch copy of round151 (/tmp/round151-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round147's harness, with round151's cases; every digest is UTF-8 with LF line ends.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round151-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1527, 1537)}


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
 # 1527 Pike / Hilfe
 "1527 result numbering": sub(1527, "(5) Result: ({ /* 11 elements */", "(6) Result: ({ /* 11 elements */"),
 "1527 element count": sub(1527, "(4) Result: ({ /* 11 elements */", "(4) Result: ({ /* 12 elements */"),
 "1527 raw UTF-8 in %O": sub(1527, '"Bj\\366rn",', '"Björn",'),
 "1527 filter count": sub(1527, "(6) Result: 3\n", "(6) Result: 4\n"),
 "1527 foreach name": sub(1527, " 4 Johan  Deep", " 4 Elin   Deep"),
 "1527 declaration with a result": sub(1527, '> array(array(string)) f = map(rader[1..], `/, "\\t");\n', '> array(array(string)) f = map(rader[1..], `/, "\\t");\n(4) Result: 11\n'),
 "1527 no Exiting": sub(1527, "> quit\nExiting.\n", "> quit\n"),
 "1527 f[4] disagrees": sub(1527, '"arXiv:1508.07909",\n                "Bj', '"-",\n                "Bj'),
 # 1528 honcho
 "1528 name padding": sub(1528, "11:02:07 system   | web.1 started", "11:02:07 system  | web.1 started"),
 "1528 times not rising": sub(1528, "11:03:50 web.1    | 127.0.0.1", "11:03:30 web.1    | 127.0.0.1"),
 "1528 gunicorn time": sub(1528, "[2024-06-03 11:02:08 +0300] [48211] [INFO] Using worker", "[2024-06-03 11:02:18 +0300] [48211] [INFO] Using worker"),
 "1528 SIGTERM pid": sub(1528, "sending SIGTERM to bot.1 (pid 48213)", "sending SIGTERM to bot.1 (pid 48231)"),
 "1528 writes after stop": append(1528, "11:09:42 bot.1    | 2024-06-03 11:09:42,001 INFO bulten.bot: hâlâ buradayım\n"),
 "1528 job never finishes": sub(1528, r"11:07:54 worker\.1 \| 11:07:54 varsayilan: Job OK \([0-9a-f-]+\)\n", "", regex=True),
 "1528 bot asctime": sub(1528, "11:07:20 bot.1    | 2024-06-03 11:07:20,018", "11:07:20 bot.1    | 2024-06-03 11:07:21,018"),
 "1528 not stopped": sub(1528, "11:09:41 system   | web.1 stopped (rc=0)\n", ""),
 # 1529 FHIR
 "1529 final newline": append(1529, "\n"),
 "1529 not HAPI layout": sub(1529, '"link": [ {', '"link": [\n    {'),
 "1529 total": sub(1529, '"total": 10,', '"total": 9,'),
 "1529 fullUrl": sub(1529, "/fhir/Citation/leitura-2024-22a", "/fhir/Citation/leitura-2024-22x"),
 "1529 date order": sub(1529, '"date": "2024-05-20",', '"date": "2024-05-30",'),
 "1529 classifier code": sub(1529, '"code": "full-text"', '"code": "fulltext"'),
 "1529 narrative title": sub(1529, "<p>EfficientNet: Rethinking", "<p>EfficientNet: Re-thinking"),
 "1529 updated after bundle": sub(1529, '"lastUpdated": "2024-06-03T10:15:02.207-03:00"', '"lastUpdated": "2024-06-04T10:15:02.207-03:00"'),
 # 1530 Paperless
 "1530 spaced JSON": sub(1530, '{"count":10,"next":null', '{"count": 10, "next": null'),
 "1530 count": sub(1530, '{"count":10,', '{"count":11,'),
 "1530 tsv listing": sub(1530, "404\tFunnel-Transformer", "405\tFunnel-Transformer"),
 "1530 notes listing": sub(1530, "396 dimitra: Expire-Span", "396 nikos: Expire-Span"),
 "1530 added order": sub(1530, '"added":"2024-05-17T09:10:58.661274+03:00"', '"added":"2024-05-18T09:10:58.661274+03:00"'),
 "1530 content not truncated": sub(1530, '"content":"ΠΜΣ Γλωσσική', '"content":"' + "Χ" * 600 + 'ΠΜΣ Γλωσσική'),
 "1530 created_date": sub(1530, '"created_date":"2020-06-08"', '"created_date":"2020-06-09"'),
 # 1531 TMSU
 "1531 tags not sorted": sub(1531, "controlnet.pdf: arxiv=2302.05543 год=2023 прочитать условная_генерация", "controlnet.pdf: arxiv=2302.05543 прочитать год=2023 условная_генерация"),
 "1531 files not byte order": sub(1531, r"(2006\.11239v2\.pdf: [^\n]*)\n(2308\.04079\.pdf: [^\n]*)", r"\2\n\1", regex=True),
 "1531 files query": sub(1531, "tmsu files прочитать\n./2308.04079.pdf\n", "tmsu files прочитать\n"),
 "1531 not query": sub(1531, "tmsu files not arxiv\n", "tmsu files not arxiv\n./controlnet.pdf\n"),
 "1531 value query": sub(1531, "tmsu files 'год > 2022'\n./2308.04079.pdf\n", "tmsu files 'год > 2022'\n./2006.11239v2.pdf\n./2308.04079.pdf\n"),
 "1531 bad arxiv value": sub(1531, "arxiv=2302.05543", "arxiv=ControlNet", count=0),
 # 1532 git-bug
 "1532 title cell width": sub(1532, "Danh sách đọc tuần 23                          ◼ ◼", "Danh sách đọc tuần 23                         ◼ ◼"),
 "1532 comment count": sub(1532, "Nguyễn Minh Anh\t  1 💬\nf7a43c7", "Nguyễn Minh Anh\t  2 💬\nf7a43c7"),
 "1532 status differs": sub(1532, "69cba5b [open] AutoML", "69cba5b [closed] AutoML"),
 "1532 labels count": sub(1532, "labels: automl, đọc", "labels: automl"),
 "1532 actors": sub(1532, "actors: Lê Thu Hà, Nguyễn Minh Anh", "actors: Nguyễn Minh Anh, Lê Thu Hà"),
 "1532 comment numbering": sub(1532, " #1 Lê Thu Hà", " #2 Lê Thu Hà"),
 "1532 edited before opened": sub(1532, "This was last edited at 2024-05-21 08:30:19", "This was last edited at 2024-05-19 08:30:19"),
 # 1533 4get
 "1533 head byte count": sub(1533, "head -c 700 q1.json", "head -c 600 q1.json"),
 "1533 unescaped slash": sub(1533, '"url":"https:\\/\\/arxiv.org\\/abs\\/2310.08560"', '"url":"https://arxiv.org/abs/2310.08560"'),
 "1533 length": sub(1533, "q2.json\nok\n5\n", "q2.json\nok\n6\n"),
 "1533 result layout": sub(1533, "\n  https://github.com/AutoGPTQ/AutoGPTQ\n", "\nhttps://github.com/AutoGPTQ/AutoGPTQ\n"),
 "1533 first title differs": sub(1533, "\n[2310.08560] MemGPT: Towards LLMs as Operating Systems\n  https", "\n[2310.08560] MemGPT: Towards LLMs as OS\n  https"),
 # 1534 bibtex2html
 "1534 numbering": sub(1534, '[<a name="robinson2021contrastive">5</a>]', '[<a name="robinson2021contrastive">6</a>]'),
 "1534 title vs h1": sub(1534, "<h1>فهرست", "<h1>Reading list فهرست"),
 "1534 long bbl line": sub(1534, "Alec Radford, Jong Wook Kim, Chris Hallacy, Aditya Ramesh, Gabriel Goh,\n  Sandhini", "Alec Radford, Jong Wook Kim, Chris Hallacy, Aditya Ramesh, Gabriel Goh, Sandhini\n  Sandhini"),
 "1534 TeX left over": sub(1534, "Florent Altch&eacute;", "Florent Altch{\\'e}"),
 "1534 bib link": sub(1534, 'href="reading_bib.html#zbontar2021barlow"', 'href="reading.html#zbontar2021barlow"'),
 "1534 footer": sub(1534, "bibtex2html</a> 1.99.</em></p>", "bibtex2html</a>.</em></p>"),
 # 1535 FalkorDB / redis-cli
 "1535 raw Devanagari in TTY": sub(1535, '"\\xe0\\xa4\\x9a\\xe0\\xa4\\xaf', '"चय'),
 "1535 indentation": sub(1535, "   2) 1) \"Mamba: Linear-Time", "   2)  1) \"Mamba: Linear-Time"),
 "1535 count": sub(1535, "2) 1) 1) (integer) 8", "2) 1) 1) (integer) 9"),
 "1535 row width": sub(1535, '      2) "2204.14198"\n      3) "https://arxiv.org/abs/2204.14198"\n', '      2) "2204.14198"\n'),
 "1535 header": sub(1535, '1) 1) "r.name"', '1) 1) "r.title"'),
 "1535 statistics": sub(1535, "Query internal execution time: 0.290455 milliseconds", "Query internal execution time: 0.29 ms"),
 "1535 raw note missing": sub(1535, "चयनात्मक SSM; कोड state-spaces/mamba में\n", "चयनात्मक SSM\n"),
 # 1536 ONIX
 "1536 ISBN check digit": sub(1536, "<IDValue>9788027412303</IDValue>", "<IDValue>9788027412304</IDValue>", count=2),
 "1536 GTIN differs": sub(1536, "<ProductIDType>03</ProductIDType>\n      <IDValue>9788027412303</IDValue>", "<ProductIDType>03</ProductIDType>\n      <IDValue>9788027412310</IDValue>"),
 "1536 forthcoming but available": sub(1536, "<ProductAvailability>10</ProductAvailability>", "<ProductAvailability>21</ProductAvailability>"),
 "1536 contributor sequence": sub(1536, "<SequenceNumber>2</SequenceNumber>", "<SequenceNumber>3</SequenceNumber>"),
 "1536 broken XML": sub(1536, "</TitleText>", "</Titletext>"),
 "1536 price format": sub(1536, "<PriceAmount>549.00</PriceAmount>", "<PriceAmount>549,00</PriceAmount>"),
 "1536 catalogue title in the negative": sub(1536, "<TitleText>Statistika pro datové vědce</TitleText>", "<TitleText>Consistency Models</TitleText>"),
 "1536 arXiv-shaped id in the negative": sub(1536, "scikit-learn 1.4 a PyTorch 2.2", "scikit-learn 2404.01234 a PyTorch 2.2"),
 # labels
 "title-only paper gets an id in 1529": sub(1529, "sem link salvo", "arXiv:2006.05929"),
 "title-only paper gets a link in 1532": sub(1532, "Bảo đề xuất cho hướng KG, chưa có link", "https://arxiv.org/abs/2011.03459"),
 "unlabelled catalogue id in 1531": sub(1531, "(слайды в папке)", "(слайды 1706.03762)"),
 "other file's title in 1530": sub(1530, "Η έκδοση του ICLR από", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces από"),
 "labelled title lost in 1528": sub(1528, "ve Language Models (Mostly) Know What They Know —", "ve LM'ler ne bildiğini bilir mi —"),
 "unlabelled OpenReview id in 1533": sub(1533, "https://github.com/AutoGPTQ/AutoGPTQ\n", "https://openreview.net/forum?id=tcbBPnfwxS\n"),
 "distractor title in 1527": sub(1527, "Svenska språkmodeller i praktiken (inspelning)", "Recurrent Memory Transformer"),
 "arxiv-text id lost in 1535": sub(1535, '"2008.07669"', '"2008.0766"'),
 "link lost in 1534": sub(1534, '<a href="https://arxiv.org/abs/2103.03230">http</a>', '<a href="https://github.com/facebookresearch/barlowtwins">http</a>'),
 "OpenReview link cut in 1528": sub(1528, "forum?id=_VjQlMeSB_J", "forum?id=_VjQl", count=0),
 "arxiv-text gets a link in 1530": sub(1530, "2205.14135v2.pdf\n", "https://arxiv.org/abs/2205.14135\n"),
 "unknown valid-shaped id in 1532": sub(1532, "thư viện, không cần đọc hết", "thư viện 2310.99999, không cần đọc hết"),
 "label in the negative": exp_edit(lambda e: e[D[1536]].append(dict(e[D[1535]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1531]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1533]][0].update(title="MemGPT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1527]][1].update(true_arxiv_id="1910.10684", arxiv_id="1910.10684")),
 "paper in two files": exp_edit(lambda e: e[D[1529]].append(dict(e[D[1534]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1532]].append({"arxiv_id": None, "openreview_id": None, "title": "Masked Autoencoders Are Scalable Vision Learners", "evidence": "title-only", "true_arxiv_id": "2111.06377"})),
 "too few papers": exp_edit(lambda e: [e[D[1530]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1533]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1531])),
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
