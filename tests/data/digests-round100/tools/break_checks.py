#!/usr/bin/env python3
"""Breaks a scratch copy of round100 (/tmp/round100-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round98's harness, with round100's cases; edits decode and re-encode 1022 as CP932, as its builder
writes it — 1019 and 1024 are 7-bit and edited as they are, quoted-printable included; `recode` rewrites a file in
another charset.) A validator crash counts as caught only with its traceback reported."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round100-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.split("_")[0] == str(n)) for n in range(1017, 1027)}
CS = {1022: "cp932"}


def _rw(n, root, fn, out_cs=None):
    p = os.path.join(root, "digests", D[n])
    s = open(p, "rb").read().decode(CS.get(n, "utf-8"))
    open(p, "wb").write(fn(s).encode(out_cs or CS.get(n, "utf-8")))


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        def ed(s):
            if regex:
                assert re.search(old, s), (n, old)
                return re.sub(old, new, s, count=count)
            assert old in s, (n, old)
            return s.replace(old, new, count if count else -1)
        _rw(n, root, ed)
    return fn


def recode(n, cs, prefix=""):
    def fn(root):
        _rw(n, root, lambda s: prefix + s, out_cs=cs)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


def swap_dict(n, i, **kw):
    return exp_edit(lambda e: first(n)(e)[i].update(**kw))


CASES = {
 # 1017 guía docente
 "1017 CR line ends": sub(1017, "\n", "\r\n", count=0),
 "1017 page number wrong": sub(1017, "Página 2 / 4", "Página 3 / 4"),
 "1017 page count wrong": sub(1017, "Página 4 / 4", "Página 4 / 5"),
 "1017 CSV code differs on a page": sub(1017, "8C41F0A27D93B5E6014FA2C9D87E3B10", "8C41F0A27D93B5E6014FA2C9D87E3B11"),
 "1017 stamp before the approval": sub(1017, "Comisión Académica: 11/07/2024)", "Comisión Académica: 21/07/2024)"),
 "1017 footer line missing": sub(1017, "  Este documento firmado digitalmente puede verificarse en https://sede.valdemora.example.es/verifirma/\n", ""),
 "1017 section missing": sub(1017, "  METODOLOGÍA DOCENTE\n", "  METODOLOGÍA\n"),
 "1017 hours do not add up": sub(1017, "105 de trabajo autónomo", "95 de trabajo autónomo"),
 "1017 Tema numbering gap": sub(1017, "Tema 4.", "Tema 5."),
 "1017 percentages not 100": sub(1017, " 40 %\n", " 45 %\n"),
 "1017 percentage misaligned": sub(1017, " 20 %\n", "  20 %\n"),
 "1017 English 'and' between authors": sub(1017, "Haddow, B. y Birch, A.", "Haddow, B. and Birch, A."),
 "1017 Curso years": sub(1017, "Curso 2024-2025", "Curso 2024-2026"),
 "1017 competence code repeated": sub(1017, "CB7 - Que", "CB6 - Que"),
 # 1018 Gist page
 "1018 owner mismatch": sub(1018, "\nmkorolev/efficient-attention.md\n", "\nmkorolv/efficient-attention.md\n"),
 "1018 Star count differs from Stars": sub(1018, "Star\n57\n", "Star\n58\n"),
 "1018 Save line names another gist": sub(1018, "Save mkorolev/3f8a", "Save mkorolev/4f8a"),
 "1018 table row with four cells": sub(1018, "\t2019\thttps://arxiv.org/abs/1904.10509", "\thttps://arxiv.org/abs/1904.10509"),
 "1018 link cell malformed": sub(1018, "\t2020\tPDF\t", "\t2020\tсм. PDF\t"),
 "1018 Author on another user": sub(1018, "@ivan-petrenko\nivan-petrenko commented", "@ivan-petrenko\nAuthor\nivan-petrenko commented"),
 "1018 comments out of date order": sub(1018, "d-sizov commented Mar 19, 2024", "d-sizov commented Feb 19, 2024"),
 "1018 edited without the bullet": sub(1018, "commented Mar 3, 2024 •\nedited", "commented Mar 3, 2024\nedited"),
 "1018 footer not last": sub(1018, "Do not share my personal information\n", "Do not share my personal information\nBack to top\n"),
 "1018 unlabelled OpenReview id": sub(1018, "подумаю, куда его.", "подумаю, куда его. https://openreview.net/forum?id=H1e5GJBtDr"),
 # 1019 Claws Mail
 "1019 a bare LF": sub(1019, "\r\n", "\n"),
 "1019 8-bit body": sub(1019, "Merhaba arkada=FElar,", "Merhaba arkadaşlar,"),
 "1019 header order": sub(1019, "Message-ID: <20231019091452.1e6b5f0a@ceng.kbtu.example.edu.tr>\r\nX-Mailer: Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)\r\n",
                          "X-Mailer: Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)\r\nMessage-ID: <20231019091452.1e6b5f0a@ceng.kbtu.example.edu.tr>\r\n"),
 "1019 Message-ID time not the Date": sub(1019, "<20231019091452.", "<20231019091453."),
 "1019 X-Mailer not Claws": sub(1019, "X-Mailer: Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)", "X-Mailer: Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)"),
 "1019 charset not ISO-8859-9": sub(1019, "charset=ISO-8859-9", "charset=UTF-8"),
 "1019 QP line longer than 76": sub(1019, "=\r\n", ""),
 "1019 Subject not Fw:": sub(1019, "Subject: Fw: cs daily", "Subject: Fwd: cs daily"),
 "1019 forward template": sub(1019, "Begin forwarded message:", "-------- Forwarded Message --------"),
 "1019 entry outside the window": sub(1019, "Date: Tue, 17 Oct 2023 18:22:11 GMT", "Date: Tue, 17 Oct 2023 17:22:11 GMT"),
 "1019 signature not the sender": sub(1019, "--=20\r\nEmre Y=FDld=FDz", "--=20\r\nE. Y=FDld=FDz"),
 "1019 Received before the Date": sub(1019, "Thu, 19 Oct 2023 09:14:53 +0300 (+03)", "Thu, 19 Oct 2023 09:14:50 +0300 (+03)"),
 "1019 note line longer than 72": sub(1019, "Merhaba arkada=FElar,\r\n",
                                      "Merhaba arkada=FElar, this line is made much longer than seventy-two co=\r\nlumns on purpose.\r\n"),
 "1019 cut note malformed": sub(1019, "[... 23 de=F0i=FEiklik silindi -- EY]", "[23 de=F0i=FEiklik silindi]"),
 # 1020 Korean thesis
 "1020 page number gap": sub(1020, "- 48 -", "- 49 -"),
 "1020 reference numbering gap": sub(1020, "[7] A. Steiner", "[8] A. Steiner"),
 "1020 conclusion cites beyond the list": sub(1020, "기존 분석[10]과", "기존 분석[15]과"),
 "1020 indented line": sub(1020, "\n첫째,", "\n  첫째,"),
 "1020 no ', and' before the last author": sub(1020, "S. Lin, and B. Guo", "S. Lin, B. Guo"),
 "1020 Accessed date unreal": sub(1020, "[Accessed: Oct. 12, 2023]", "[Accessed: Oct. 32, 2023]"),
 "1020 Accessed after the thesis": sub(1020, "Nov. 3, 2023", "Nov. 3, 2024"),
 "1020 Advisor line malformed": sub(1020, "Advisor : Prof. Park, Jinwoo, Ph.D.", "Advisor: Prof. Park Jinwoo"),
 "1020 ABSTRACT heading missing": sub(1020, "\fABSTRACT\n", "\fAbstract\n"),
 "1020 line wider than the block": sub(1020, "합성곱 신경망의 귀납적\n편향이", "합성곱 신경망의 귀납적 편향이"),
 "1020 quoted title not closed": sub(1020, "Image Classification,\" in Proc.", "Image Classification\" in Proc."),
 # 1021 refs.bib
 "1021 duplicate key": sub(1021, "@misc{sun2023retentive,", "@misc{gu2023mamba,"),
 "1021 INSPIRE texkey malformed": sub(1021, "Vaswani:2017lxt", "Vaswani:2017LXT"),
 "1021 INSPIRE year not the key's": sub(1021, '    year = "2019"\n}', '    year = "2020"\n}'),
 "1021 INSPIRE eprint without archivePrefix": sub(1021, '    eprint = "1706.03762",\n    archivePrefix = "arXiv",\n', '    eprint = "1706.03762",\n'),
 "1021 INSPIRE comma missing": sub(1021, '    eprint = "1706.03762",', '    eprint = "1706.03762"'),
 "1021 INSPIRE month 13": sub(1021, 'month = "6"', 'month = "13"'),
 "1021 arXiv export blank missing": sub(1021, "Selective State Spaces}, \n", "Selective State Spaces},\n"),
 "1021 hand entry = misaligned": sub(1021, "  volume    = {33},", "  volume = {33},"),
 "1021 text outside entries": sub(1021, "% il libro lo cito", "il libro lo cito"),
 "1021 title-only paper's id appears": sub(1021, "TODO: aggiungere l'identificativo", "arXiv:2310.08560"),
 "1021 distractor title in a comment": sub(1021, "(tolti RMT e", "(tolti Recurrent Memory Transformer e"),
 # 1022 Excel CSV (CP932)
 "1022 saved as UTF-8": recode(1022, "utf-8"),
 "1022 byte-order mark": recode(1022, "utf-8", "\ufeff"),
 "1022 LF rows": sub(1022, "\r\n", "\n", count=0),
 "1022 CRLF inside a cell": sub(1022, "oral。\nGEM", "oral。\r\nGEM"),
 "1022 quotes not minimal": sub(1022, ",表現学習,", ',"表現学習",'),
 "1022 date zero-padded": sub(1022, "2024/4/12", "2024/04/12"),
 "1022 not a Friday": sub(1022, "2024/5/17", "2024/5/16"),
 "1022 No gap": sub(1022, "\r\n4,2024", "\r\n5,2024"),
 "1022 状態 out of order": sub(1022, ",済\r\n2,", ",未定\r\n2,"),
 "1022 link cell malformed": sub(1022, ",arXiv:2101.01761,", ",arXiv 2101.01761,"),
 # 1023 Hsoub I/O
 "1023 points noun disagrees": sub(1023, "12 نقطة", "12 نقاط"),
 "1023 dual as plural": sub(1023, "2 نقطتان", "2 نقاط"),
 "1023 comment count": sub(1023, "8 تعليقات", "9 تعليقات"),
 "1023 time goes back": sub(1023, "منذ يومين", "منذ 4 أيام"),
 "1023 community mismatch": sub(1023, "في io/ai منذ", "في io/programming منذ"),
 "1023 footer not last": sub(1023, "© 2024 حسوب\n", "© 2024 حسوب\nأعلى الصفحة\n"),
 "1023 comment without رد": sub(1023, "15 نقطة\nرد\n", "15 نقطة\n"),
 "1023 time form malformed": sub(1023, "منذ 3 أيام", "منذ 3 يوم"),
 "1023 unlabelled catalogue arXiv id": sub(1023, "مع QLoRA.", "مع QLoRA (arXiv:2305.14314)."),
 # 1024 Groups.io
 "1024 a bare LF": sub(1024, "\r\n", "\n"),
 "1024 From not rewritten": sub(1024, '"Priya Sharma via groups.io" <priya.sharma=cse.example.ac.in@groups.io>', "Priya Sharma <priya.sharma@cse.example.ac.in>"),
 "1024 List-Id not the group's": sub(1024, "List-Id: <hindinlp.groups.io>", "List-Id: <hindi-nlp.groups.io>"),
 "1024 Date not in +0530": sub(1024, "Date: Sat, 16 Mar 2024 17:01:05 +0530", "Date: Sat, 16 Mar 2024 11:31:05 +0000"),
 "1024 HTML part missing": sub(1024, 'Content-Type: text/html; charset="utf-8"', 'Content-Type: text/enriched; charset="utf-8"'),
 "1024 message number differs": sub(1024, "View/Reply Online (#512): https://groups.io/g/hindinlp/message/512", "View/Reply Online (#513): https://groups.io/g/hindinlp/message/512"),
 "1024 Unsubscribe address not the recipient": sub(1024, "xyzzy [anil.verma@iiit.example.ac.in]", "xyzzy [anil@iiit.example.ac.in]"),
 "1024 header encoded word cut": sub(1024, "=\r\n", ""),
 "1024 QP line longer than 76": sub(1024, r"(\r\n\r\n[\s\S]*?)=\r\n", r"\1", regex=True),
 "1024 table of contents mismatch": sub(1024, "4. =E0=A4=B8=E0=A4=A6", "5. =E0=A4=B8=E0=A4=A6"),
 "1024 8-bit header": sub(1024, "X-Original-From: Priya Sharma", "X-Original-From: Priyá Sharma"),
 "1024 Return-Path without the message number": sub(1024, "bounce+5f8a21+512+", "bounce+5f8a21+511+"),
 # 1025 Tencent Cloud
 "1025 <title> not the h1": sub(1025, "<title>从 CLIP", "<title>从CLIP"),
 "1025 canonical not 7 digits": sub(1025, 'developer/article/2401386">', 'developer/article/240138">'),
 "1025 publication date unreal": sub(1025, "发布于 2024-07-02 19:42:15", "发布于 2024-06-31 19:42:15"),
 "1025 original after publication": sub(1025, "原始发表：2024-07-01", "原始发表：2024-07-03"),
 "1025 image off the author's folder": sub(1025, "https://ask.qcloudimg.com/http-save/yehe-8210437/3f0a", "https://i.imgur.com/3f0a"),
 "1025 h2 numbering": sub(1025, '<h2 id="3">三、', '<h2 id="3">四、'),
 "1025 unbalanced HTML": sub(1025, "</blockquote>", ""),
 "1025 breadcrumb column differs": sub(1025, '104127">AI 绘画与多模态笔记</a> &gt; 正文', '104127">AI 绘画笔记</a> &gt; 正文'),
 "1025 copyright year": sub(1025, "2013 - 2024", "2013 - 2023"),
 "1025 distractor title": sub(1025, "核心就两点：", "另见《Align your Latents: High-Resolution Video Synthesis with Latent Diffusion Models》。核心就两点："),
 # 1026 Blockdit (negative)
 "1026 catalogue title in the negative": sub(1026, "ต้นฉบับ Transformer ปี 2017", "ต้นฉบับ Attention Is All You Need ปี 2017"),
 "1026 arXiv-shaped id in the negative": sub(1026, "ขอสาย RL ด้วยค่ะ", "ขอสาย RL ด้วยค่ะ 2401.12345"),
 "1026 post time unreal": sub(1026, "28 มี.ค. 2024", "31 ก.พ. 2024"),
 "1026 section numbering": sub(1026, "3) ช่อง YouTube", "4) ช่อง YouTube"),
 "1026 comment count below the shown": sub(1026, "86 ความคิดเห็น", "3 ความคิดเห็น"),
 "1026 footer year": sub(1026, "© 2024 Blockdit", "© 2023 Blockdit"),
 "1026 comment without its time": sub(1026, "\n5 ชั่วโมง\n", "\n5 ชม.\n"),
 "1026 header not Blockdit's": sub(1026, "สำรวจ\n", ""),
 # digests: labels
 "1017 unlabelled catalogue title": sub(1017, "escribid a la coordinadora.", "escribid a la coordinadora. Lectura previa: Attention Is All You Need."),
 "1020 title removed": sub(1020, '"Scaling Vision Transformers,"', '"Scaling ViTs,"'),
 "1018 unlabelled valid-shaped arXiv id": sub(1018, "O(n√n)", "O(n√n), см. 2403.99999"),
 # expected.json
 "expected: title-only with id": swap_dict(1018, 5, arxiv_id="2006.03236"),
 "expected: wrong title": swap_dict(1020, 0, title="ConvNeXt"),
 "expected: title in another case": swap_dict(1023, 4, title="language models are unsupervised multitask learners"),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1025)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[1026]].append(dict(first(1017)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1022)(e).append(dict(first(1024)(e)[1]))),
 "expected: wrong OpenReview id": swap_dict(1021, 2, openreview_id="rkgNKkHtvB"),
 "expected: link labelled arxiv-text": swap_dict(1025, 0, evidence="arxiv-text"),
 "expected: arxiv-text labelled link": swap_dict(1022, 3, evidence="link"),
 "expected: title-only share too high": exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None, openreview_id=None) for r in first(1019)(e)[:3]]),
 "expected: bad true_arxiv_id": swap_dict(1017, 4, true_arxiv_id="2002.08910"),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    crash = r.returncode not in (0, 1) or "Traceback" in r.stderr
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if crash else []), r.returncode


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
