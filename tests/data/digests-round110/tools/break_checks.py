#!/usr/bin/env python3
"""Breaks a scratch copy of round110 (/tmp/round110-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round109's harness, with round110's cases and a helper that edits 1119's base64 text part.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round110-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1117, 1127)}


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


def eml_text(old, new, part=0, rewrap=True):
    """edit the decoded text of 1119's base64 part `part` (0 plain, 1 html) and encode it again"""
    def fn(root):
        p = os.path.join(root, "digests", D[1119])
        s = open(p, "rb").read().decode("ascii")
        blocks = list(re.finditer(r"Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--", s))
        m = blocks[part]
        t = base64.b64decode(m.group(1).replace("\r\n", "")).decode("utf-8")
        o, nw = old.replace("\n", "\r\n"), new.replace("\n", "\r\n")
        assert o in t, old
        e = base64.b64encode(t.replace(o, nw, 1).encode("utf-8")).decode("ascii")
        e = "\r\n".join(e[i:i + 76] for i in range(0, len(e), 76)) if rewrap else e
        open(p, "wb").write((s[:m.start(1)] + e + s[m.end(1):]).encode("ascii"))
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
 "1117 saved-from length wrong": sub(1117, "saved from url=(0102)", "saved from url=(0103)"),
 "1117 weekday wrong": sub(1117, "4/18（木）", "4/18（金）"),
 "1117 sessions misnumbered": sub(1117, "第3回", "第4回"),
 "1117 date not after the one before": sub(1117, "5/9（木）", "4/4（木）"),
 "1117 a bare LF in a CRLF page": sub(1117, "</head>\r\n", "</head>\n"),
 "1117 element not closed": sub(1117, '<div class="portletBody" id="tocontent">', '<div class="portletBody" id="tocontent"><div>'),
 "1117 current tool link not the saved URL": sub(1117, '<li class="is-current"><a href="https://sakai.example-u.ac.jp/portal/site/2024-G-INF-5127-01/tool/7c1e', '<li class="is-current"><a href="https://sakai.example-u.ac.jp/portal/site/2024-G-INF-5127-01/tool/8c1e'),
 "1118 TOC anchor not the slug": sub(1118, "(#涌现推理与自我认知)", "(#涌现、推理与自我认知)"),
 "1118 table row short a cell": sub(1118, "| CMU | 2023.07 |", "| CMU 2023.07 |"),
 "1118 separator row wrong": sub(1118, "| --- | --- | --- | --- | --- |", "| --- | --- | --- | --- |"),
 "1118 link not closed": sub(1118, "[arXiv](https://arxiv.org/abs/2303.18223)", "[arXiv](https://arxiv.org/abs/2303.18223"),
 "1118 no final newline": sub(1118, "ai-club.example.cn）\n", "ai-club.example.cn）"),
 "1119 Date weekday wrong": sub(1119, "Date: Tue, 05 Mar 2024", "Date: Wed, 05 Mar 2024"),
 "1119 listing size disagrees": eml_text("(611kb)", "(612kb)"),
 "1119 field not folded at 79": eml_text("with Linear\n  Attention", "with Linear Attention"),
 "1119 HTML part not the plain text": eml_text("공학관 412호", "공학관 413호"),
 "1119 base64 not in 76-character lines": eml_text("장소는", "장소는", rewrap=False),
 "1119 closing boundary missing": sub(1119, r"(----=_Part_48213_1709600412\.5519)--\r\n$", r"\1\r\n", regex=True),
 "1119 Subject not an encoded word": sub(1119, "Subject: =?UTF-8?B?W+ydveq4sOuqqOyehF0gRlc6IGNzIGRhaWx5IFN1YmotY2xhc3MgbWFpbGluZyA5YjUgMw==?=", "Subject: [reading] FW: cs daily Subj-class mailing 9b5 3"),
 "1119 listing ids not ascending": eml_text("arXiv:2006.04768\nreplaced", "arXiv:2006.94768\nreplaced"),
 "1120 references out of order": sub(1120, "Alpaydın, E. (2011)", "Zalpaydın, E. (2011)"),
 "1120 page number wrong": sub(1120, r"( +)73\n", r"\g<1>75\n", regex=True),
 "1120 et al. in a reference": sub(1120, "Saha, G., Garg, I. ve Roy, K.", "Saha, G. et al."),
 "1120 continuation not indented": sub(1120, "\n     Belief Nets.", "\n   Belief Nets."),
 "1120 no final form feed": sub(1120, r"\f$", "", regex=True),
 "1120 in-text et al.": sub(1120, "(Saha vd., 2021)", "(Saha et al., 2021)"),
 "1121 LF line end": sub(1121, "TY  - JOUR\r\n", "TY  - JOUR\n"),
 "1121 unknown TY": sub(1121, "TY  - CPAPER", "TY  - PAPER"),
 "1121 ER missing": sub(1121, "ER  - \r\n\r\nTY  - CPAPER", "\r\nTY  - CPAPER"),
 "1121 DA not in PY": sub(1121, "DA  - 2021/06/15", "DA  - 2020/06/15"),
 "1121 SP after EP": sub(1121, "SP  - 491", "SP  - 591"),
 "1121 AU not Surname, Given": sub(1121, "AU  - Bao, Hangbo", "AU  - Hangbo Bao"),
 "1122 BOM lost": sub(1122, "\ufeff", ""),
 "1122 quoting not minimal": sub(1122, ",7/3/2024,", ',"7/3/2024",'),
 "1122 id out of sequence": sub(1122, "\r\n3,Training", "\r\n4,Training"),
 "1122 date not d/M/yyyy": sub(1122, "14/3/2024", "14/03/2024"),
 "1122 status not a choice": sub(1122, ",נקרא,", ",נקרא!,"),
 "1122 LF row end": sub(1122, "\r\n2,DeepSpeed", "\n2,DeepSpeed"),
 "1123 reply count wrong": sub(1123, "6 odpowiedzi", "5 odpowiedzi"),
 "1123 profile differs between posts": sub(1123, "Postów: 65\n1\n", "Postów: 66\n1\n"),
 "1123 date goes back": sub(1123, "27 lutego 2024, 09:10", "25 lutego 2024, 09:10"),
 "1123 month not in the genitive": sub(1123, "26 lutego 2024, 20:14", "26 luty 2024, 20:14"),
 "1123 quote of a later poster": sub(1123, "kacper_w napisał(a):", "Riddle napisał(a):"),
 "1123 founder not the first poster": sub(1123, "Wątek założony przez kacper_w", "Wątek założony przez anka.ml"),
 "1124 title not the subject": sub(1124, "<title>Memoria Larga n.º 14", "<title>Memoria Larga n.º 15"),
 "1124 previous issue number wrong": sub(1124, "n.º 13: resumen", "n.º 12: resumen"),
 "1124 letter date not a date": sub(1124, "January 16, 2024", "Januar 16, 2024"),
 "1124 list closed with the wrong tag": sub(1124, "</ol>", "</ul>"),
 "1125 weekday wrong": sub(1125, "سه شنبه ۱۵ اسفند", "چهارشنبه ۱۵ اسفند"),
 "1125 comment count wrong": sub(1125, "نظرات (۲)", "نظرات (۳)"),
 "1125 not right-to-left": sub(1125, 'dir="rtl" lang="fa"', 'dir="ltr" lang="fa"'),
 "1125 archive not descending": sub(1125, '.blogfa.com/1402/11"', '.blogfa.com/1403/11"'),
 "1126 local time not Athens": sub(1126, 'title="11/02/2024 20:22 "', 'title="11/02/2024 18:22 "'),
 "1126 reply count wrong": sub(1126, "5 απαντήσεις", "6 απαντήσεις"),
 "1126 post ids not increasing": sub(1126, '<article id="elComment_8934131"', '<article id="elComment_8934100"'),
 "1126 catalogue title in the negative": sub(1126, "ένα βιβλίο (Bishop", "ένα βιβλίο (Longformer: The Long-Document Transformer, Bishop"),
 "1126 arXiv id in the negative": sub(1126, 'href="https://arxiv.org/list/cs.LG/recent"', 'href="https://arxiv.org/abs/2312.00752"'),
 "title-only paper gets a link in 1122": sub(1122, ",Training Compute-Optimal Large Language Models,,", ",Training Compute-Optimal Large Language Models,https://arxiv.org/abs/2203.15556,"),
 "unlabelled catalogue id in 1123": sub(1123, "(67 stron)", "(67 stron, 1706.03762)"),
 "other file's title in 1118": sub(1118, "榜单，不是论文", "榜单，不是论文；另见 Mamba: Linear-Time Sequence Modeling with Selective State Spaces"),
 "labelled title lost in 1121": sub(1121, "TI  - Dataset Condensation with Gradient Matching", "TI  - Dataset Condensation"),
 "unlabelled OpenReview id in 1124": sub(1124, "forum?id=uYLFoz1vlAC", "forum?id=uYLFoz1vlAD", count=0),
 "distractor title in 1125": sub(1125, "پیشنهاد علی؛", "پیشنهاد علی (و Rethinking ImageNet Pre-training)؛"),
 "arxiv-text id lost in 1120": sub(1120, r"arXiv ön baskı\s+arXiv:2103\.13462\.", "arXiv ön baskı.", regex=True),
 "link lost in 1117": sub(1117, 'href="https://arxiv.org/abs/2302.05543"', 'href="https://github.com/lllyasviel/ControlNet"'),
 "OpenReview link cut in 1123": sub(1123, "forum?id=ZaYZfu8pT_N", "forum?id=ZaYZfu"),
 "arxiv-text id lost in 1119": lambda root: [eml_text("(arXiv:2004.05150)", "(Allen AI)", part=k)(root) for k in (0, 1)],
 "expected: wrong evidence": exp_edit(lambda e: first(1117)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1120)(e)[7].update(arxiv_id="1512.03385")),
 "expected: wrong title": exp_edit(lambda e: first(1125)(e)[0].update(title="CLIP")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1119)(e)[3].update(openreview_id="uYLFoz1vlAC")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1118)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1126]].append(dict(first(1117)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1124)(e).append(dict(first(1121)(e)[1]))),
 "expected: too few papers": exp_edit(lambda e: [first(1123)(e).pop() for _ in range(2)]),
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
