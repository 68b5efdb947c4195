#!/usr/bin/env python3
"""Breaks a scratch copy of round117 (/tmp/round117-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round115's harness, with round117's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round117-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1187, 1197)}


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


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "1187 not compact": sub(1187, '{"hits":', '{"hits": '),
 "1187 final newline": append(1187, "\n"),
 "1187 nbHits wrong": sub(1187, '"nbHits":10', '"nbHits":11'),
 "1187 highlight not the attribute's": sub(1187, "公開重みの基盤<em>モデル</em>", "公開重みの<em>基盤モデル</em>"),
 "1187 hit keys out of order": sub(1187, '"type":"paper","authors"', '"authors"', count=1),
 "1187 both url and ref": sub(1187, '"ref":"arXiv:2009.03300"', '"url":"https://example.com/mmlu","ref":"arXiv:2009.03300"'),
 "1188 relevance not descending": sub(1188, '"relevance":0.741,', '"relevance":0.941,'),
 "1188 totalCount wrong": sub(1188, '"totalCount":10', '"totalCount":12'),
 "1188 documentid not the id": sub(1188, '"documentid":"id:paperlab:paper::mae"', '"documentid":"id:paperlab:paper::mae2"'),
 "1188 no final newline": sub(1188, "}}]}}\n", "}}]}}"),
 "1189 level not padded": sub(1189, "] INFO  b.u.i", "] INFO b.u.i"),
 "1189 summary count wrong": sub(1189, "4 só com título", "3 só com título"),
 "1189 sheet count wrong": sub(1189, "10 linhas lidas", "9 linhas lidas"),
 "1189 stack line outside a trace": append(1189, "\tat br.usp.icmc.digest.X.y(X.java:1)\n"),
 "1189 time going back": sub(1189, r"07:30:36\.386", "07:29:59.386", regex=True),
 "1190 cargo line missing": sub(1190, "   Compiling lesekreis-digest v0.4.2 (/home/jonas/lesekreis-digest)\n", ""),
 "1190 summary wrong": sub(1190, "2 übersprungen", "3 übersprungen"),
 "1190 title-only not WARN": sub(1190, "WARN  lesekreis_digest::liste] Eintrag 5", "INFO  lesekreis_digest::liste] Eintrag 5"),
 "1190 entry misnumbered": sub(1190, "Eintrag 3:", "Eintrag 4:"),
 "1191 table misaligned": sub(1191, "| 8    | paper |", "| 8   | paper  |"),
 "1191 Fetched count wrong": sub(1191, "Fetched 10 row(s)", "Fetched 9 row(s)"),
 "1191 count by kind wrong": sub(1191, "| paper | 8        |", "| paper | 7        |"),
 "1191 Query echo differs": sub(1191, "Query: select kind", "Query: select  kind"),
 "1191 no Goodbye": sub(1191, "Goodbye zhangwei\n", ""),
 "1192 not pretty": sub(1192, '"num_hits": 14', '"num_hits":14'),
 "1192 timestamps not newest first": sub(1192, '"timestamp": 1714552200', '"timestamp": 1715552200'),
 "1192 num_hits below hits": sub(1192, '"num_hits": 14', '"num_hits": 4'),
 "1192 final newline": append(1192, "\n"),
 "1193 size wrong": sub(1193, " => 9\n", " => 8\n"),
 "1193 count wrong": sub(1193, " => 3\n", " => 4\n"),
 "1193 loop line missing": sub(1193, "Autoregressive Entity Retrieval — (सिर्फ़ शीर्षक)\n", ""),
 "1193 no exit": sub(1193, "icr(1.11.2) > exit\n", ""),
 "1194 len wrong": sub(1194, "9 == type int", "8 == type int"),
 "1194 filter result wrong": sub(1194, '@["Gradient-Based Learning Applied to Document Recognition", ', '@['),
 "1194 echo line wrong": sub(1194, "-> https://pytorch.org/vision/stable/models.html\nnim>", "-> https://pytorch.org/vision/stable/\nnim>"),
 "1194 banner": sub(1194, "👑 INim 0.6.1\n", ""),
 "1195 scores not descending": sub(1195, '"_score":0.7209', '"_score":0.8209'),
 "1195 highlight not a substring": sub(1195, '[{"note":"Biểu diễn tiếng nói tự giám sát"}]', '[{"note":"Biểu diễn giọng nói"}]'),
 "1195 duplicate _id": sub(1195, '"_id":"note-714"', '"_id":"note-731"'),
 "1195 too many hits for limit": sub(1195, '"limit":10', '"limit":5'),
 "1196 summary wrong": sub(1196, "2 παραλείψεις", "3 παραλείψεις"),
 "1196 day zero-padded": sub(1196, "May 17 08:00:01", "May 07 08:00:01"),
 "1196 another host": sub(1196, "08:00:02 bot-ath-01", "08:00:02 bot-ath-02"),
 "1196 time going back": sub(1196, "May 17 08:00:36 bot-ath-01 paper-bot: [INFO]", "May 17 08:00:04 bot-ath-01 paper-bot: [INFO]"),
 "1196 catalogue title in the negative": sub(1196, "[INFO] τέλος", "[INFO] τέλος (επόμενο: Attention Is All You Need)"),
 "1196 arXiv id in the negative": sub(1196, "198 γνωστά", "2106.09685 γνωστά"),
 "title-only paper gets a link in 1190": sub(1190, 'nur Titel: "Neural Turing Machines"', 'nur Titel: "Neural Turing Machines" https://arxiv.org/abs/1410.5401'),
 "unlabelled catalogue id in 1192": sub(1192, "مستودع وليس ورقة", "مستودع 1706.03762 وليس ورقة"),
 "other file's title in 1188": sub(1188, "강의 — 논문 아님.", "강의 — Attention Is All You Need 아님."),
 "labelled title lost in 1191": sub(1191, "EigenGame: PCA as a Nash Equilibrium", "EigenGame", count=0),
 "unlabelled OpenReview id in 1195": sub(1195, "https://vlsp.example.org.vn/resources/2023", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1189": sub(1189, "(aba 'abril')", "(aba 'abril', Efficient Transformers: A Survey)"),
 "arxiv-text id lost in 1193": sub(1193, "arXiv:2003.10555", "", count=0),
 "link lost in 1187": sub(1187, "https://arxiv.org/abs/2205.06175", "https://deepmind.example.com/gato"),
 "OpenReview link cut in 1194": sub(1194, "forum?id=uB5x7Y2qsFR", "forum?id=uB5x7Y", count=0),
 "arxiv-text gets a link in 1188": sub(1188, '"arxiv":"arXiv:1911.05722"', '"url":"https://arxiv.org/abs/1911.05722"'),
 "expected: wrong evidence": exp_edit(lambda e: first(1187)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1188)(e)[5].update(arxiv_id="2304.07193")),
 "expected: wrong title": exp_edit(lambda e: first(1192)(e)[1].update(title="Classifier-Free Guidance")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1190)(e)[0].update(openreview_id="Ua6zuk0WRH")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1191)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1196]].append(dict(first(1187)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1195)(e).append(dict(first(1193)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1194)(e).pop() for _ in range(2)]),
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
