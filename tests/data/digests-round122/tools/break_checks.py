#!/usr/bin/env python3
"""Breaks a scratch copy of round122 (/tmp/round122-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round120's harness with round122's cases; 1239's body cases decode a base64 part, edit it and re-encode
it as Spark would, so that only the intended check can fail.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round122-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1237, 1247)}


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


def b64_part(k, old, new):
    """edit 1239's k-th MIME part (0 plain, 1 html) decoded, and re-encode it as base64 in 76-column CRLF lines"""
    def fn(root):
        p = os.path.join(root, "digests", D[1239])
        s = open(p, "rb").read().decode("ascii")
        blocks = re.findall(r"Content-Disposition: inline\r\n\r\n([A-Za-z0-9+/=\r\n]+?\r\n)\r\n--", s)
        enc = blocks[k]
        dec = base64.b64decode(enc).decode("utf-8")
        assert old in dec, old
        dec = dec.replace(old, new, 1)
        s = s.replace(enc, base64.encodebytes(dec.encode("utf-8")).decode("ascii").replace("\n", "\r\n"), 1)
        open(p, "wb").write(s.encode("ascii"))
    return fn


def both(old, new):
    def fn(root):
        b64_part(0, old, new)(root)
        b64_part(1, old, new)(root)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 # 1237 SIGARRA copied text
 "1237 heading order": sub(1237, "Programa\n1. Revisões", "Programa (resumo)\n1. Revisões"),
 "1237 breadcrumb vs heading": sub(1237, "\n\nAprendizagem Profunda\n\nCódigo", "\n\nAprendizagem Profunda (AP)\n\nCódigo"),
 "1237 occurrence years": sub(1237, "Ocorrência: 2023/2024 - 2S", "Ocorrência: 2023/2025 - 2S"),
 "1237 generated outside the year": sub(1237, "Página gerada em: 2024-02-19", "Página gerada em: 2024-10-19"),
 "1237 weights do not sum": sub(1237, "Participação presencial\t15,00", "Participação presencial\t10,00"),
 "1237 workload total": sub(1237, "Trabalho laboratorial\t52,00", "Trabalho laboratorial\t50,00"),
 "1237 Horas Totais vs workload": sub(1237, "\t52\t162\nM.IA", "\t52\t160\nM.IA"),
 "1237 teacher hours vs Totais": sub(1237, "\tInês Catarina Moura Pires\t\t4,00", "\tInês Catarina Moura Pires\t\t3,00"),
 "1237 markup left in": sub(1237, "Voltar ao Topo", '<a href="#topo">Voltar ao Topo</a>'),
 "1237 bibliography line": sub(1237, "Christopher M. Bishop; Pattern", "Christopher M. Bishop, Pattern"),
 "1237 footer missing": sub(1237, r"\nPágina gerada em: [^\n]*\n", "\n", regex=True),
 # 1238 gh-md-toc
 "1238 TOC bullet missing": sub(1238, "   * [সার্ভিং](#সার্ভিং)\n", ""),
 "1238 TOC anchor wrong": sub(1238, "(#lora-ও-অ্যাডাপ্টার)", "(#lora-o-adapter)"),
 "1238 TOC indent": sub(1238, "   * [প্রম্পট", "* [প্রম্পট"),
 "1238 heading renamed": sub(1238, "\n### সার্ভিং\n", "\n### সার্ভিং ও ইনফারেন্স\n"),
 "1238 stamp weekday": sub(1238, "at: Sat Mar  9", "at: Fri Mar  9"),
 "1238 created-by line": sub(1238, "<!-- Created by https://github.com/ekalinin/github-markdown-toc -->", "<!-- generated -->"),
 "1238 te marker twice": sub(1238, "## লাইসেন্স\n", "<!--te-->\n## লাইসেন্স\n"),
 "1238 relative link": sub(1238, "(https://github.com/ggerganov/llama.cpp)", "(../llama.cpp)"),
 "1238 anchor nowhere": sub(1238, "[অবদান](#অবদান) অংশটা", "[অবদান](#contributing) অংশটা"),
 "1238 paper item not bold": sub(1238, "- **Prefix-Tuning", "- Prefix-Tuning", count=1),
 "1238 library item form": sub(1238, "- [vLLM](https://github.com/vllm-project/vllm) - দ্রুত", "- [vLLM](https://github.com/vllm-project/vllm): দ্রুত"),
 "1238 no awesome badge": sub(1238, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n", "\n"),
 # 1239 Spark forward
 "1239 bare LF": sub(1239, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1239 header order": sub(1239, r"(To: ml-reading@lists\.cs\.example\.ac\.il\r\n)(Message-ID: [^\r]+\r\n)", r"\2\1", regex=True),
 "1239 boundary time": sub(1239, "Date: Thu, 16 Nov 2023 09:15:56 +0200", "Date: Thu, 16 Nov 2023 09:17:56 +0200"),
 "1239 readdle id mismatch": sub(1239, "X-Readdle-Message-ID: 3f9a1c2e", "X-Readdle-Message-ID: 3f9a1c2f"),
 "1239 plain From": sub(1239, "From: =?utf-8?B?16DXldei15Qg15zXldeZ?=", "From: Noa Levi"),
 "1239 base64 line too long": sub(1239, r"(\r\n\r\n[A-Za-z0-9+/]{76})\r\n", r"\1", regex=True),
 "1239 quoted-printable part": sub(1239, 'charset="utf-8"\r\nContent-Transfer-Encoding: base64', 'charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable'),
 "1239 subject vs forwarded": both("Subject: stat daily Subj-class mailing 2311 16", "Subject: stat daily Subj-class mailing 2311 15"),
 "1239 forwarded before window end": both("Date: 16 Nov 2023 at 3:04 +0200", "Date: 15 Nov 2023 at 20:04 +0200"),
 "1239 window two days": both("to  Wed 15 Nov 23 19:00:00 GMT", "to  Thu 16 Nov 23 19:00:00 GMT"),
 "1239 replaced outside window": both("Wed, 15 Nov 2023 17:31:48 GMT", "Wed, 15 Nov 2023 19:31:48 GMT"),
 "1239 closing size mismatch": both("1503.03585 ,  2905kb)", "1503.03585 ,  2950kb)"),
 "1239 authors not wrapped": both("Authors: Prafulla Dhariwal, Alex Nichol", "Authors: Prafulla Dhariwal,\n  Alex Nichol"),
 "1239 signature lost": b64_part(0, "\n--\n", "\n\n"),
 "1239 html listing differs": b64_part(1, "(6233kb,D)", "(6232kb,D)"),
 "1239 html note differs": b64_part(1, "תודה,", "תודה רבה,"),
 "1239 html unbalanced": b64_part(1, "</blockquote>\n", "\n"),
 # 1240 AFNOR pdftotext
 "1240 order": sub(1240, r"(CHEN, Xinlei, HE, Kaiming\..*?\n\n)(HE, Kaiming, CHEN.*?\n\n)", r"\2\1", regex=True),
 "1240 page number": sub(1240, "\n\n62\n", "\n\n63\n"),
 "1240 running head missing": sub(1240, "\fC. Rousseau — Apprentissage auto-supervisé de représentations visuelles — 2024\n\n", "\f"),
 "1240 no final form feed": sub(1240, "\n\n62\n\f", "\n\n62\n"),
 "1240 long line": sub(1240, "Press, 2023. Adaptive Computation and Machine Learning. ISBN 978-0-262-04843-9.",
                       "Press, 2023. Adaptive Computation and Machine Learning. ISBN 978-0-262-04843-9. Exemplaire de la BU."),
 "1240 four names before et al": sub(1240, "HE, Kaiming, FAN, Haoqi, WU, Yuxin, et al.", "HE, Kaiming, FAN, Haoqi, WU, Yuxin, XIE, Saining, et al."),
 "1240 URL broken": sub(1240, "<https://arxiv.org/abs/2111.06377>", "<https://arxiv.org/abs/\n2111.06377>"),
 "1240 consultation date": sub(1240, "(consulté le 3 février 2024)", "(consulté le 31 février 2024)"),
 "1240 en ligne missing": sub(1240, "Supervision [en ligne]. 2023.", "Supervision. 2023."),
 "1240 first-name-first": sub(1240, "ZHU, Xizhou, SU, Weijie, LU, Lewei, et al.", "Xizhou Zhu, Weijie Su, Lewei Lu, et al."),
 # 1241 Lens RIS
 "1241 bare LF": sub(1241, "TY  - BOOK\r\n", "TY  - BOOK\n"),
 "1241 Lens check character": sub(1241, "044-590-431-962-244", "044-590-431-962-245", count=0),
 "1241 Lens URL vs ID": sub(1241, "article/044-590-431-962-244/main", "article/044-590-431-962-24X/main"),
 "1241 DA vs PY": sub(1241, "DA  - 2021/07/15", "DA  - 2020/07/15"),
 "1241 author First Last": sub(1241, "AU  - Pfaff, Tobias", "AU  - Tobias Pfaff"),
 "1241 one-space tag": sub(1241, "PY  - 2022\r\n", "PY - 2022\r\n"),
 "1241 no blank after ER": sub(1241, "ER  - \r\n\r\nTY  - DATA", "ER  - \r\nTY  - DATA"),
 "1241 unknown type": sub(1241, "TY  - DATA", "TY  - DATASET"),
 "1241 patent under scholar": sub(1241, "lens/patent/", "lens/scholar/article/"),
 # 1242 Ragic CSV
 "1242 BOM": sub(1242, '"編號"', '\ufeff"編號"'),
 "1242 unquoted field": sub(1242, '"RD-00003",', "RD-00003,"),
 "1242 LF record": sub(1242, '"2024/02/21 18:40:03"\r\n', '"2024/02/21 18:40:03"\n'),
 "1242 numbering": sub(1242, '"RD-00005"', '"RD-00006"'),
 "1242 report not on Wednesday": sub(1242, '"2024/03/13"', '"2024/03/14"'),
 "1242 modified before created": sub(1242, '"2024/02/06 09:03:27","2024/02/19 22:14:50"', '"2024/02/06 09:03:27","2024/02/05 22:14:50"'),
 "1242 unknown status": sub(1242, '"閱讀中","黃詩涵"', '"閱讀","黃詩涵"'),
 "1242 presenter without date": sub(1242, '"未讀","張家豪","2024/03/27"', '"未讀","張家豪",""'),
 "1242 bad arXiv field": sub(1242, '"1907.11692"', '"1907.1169"'),
 "1242 stranger": sub(1242, '"CKIP Transformers","中研院詞庫小組","GitHub","https://github.com/ckiplab/ckip-transformers","","工具|繁體中文","已讀","","","斷詞與詞性標記，作為前處理","張家豪"',
                      '"CKIP Transformers","中研院詞庫小組","GitHub","https://github.com/ckiplab/ckip-transformers","","工具|繁體中文","已讀","","","斷詞與詞性標記，作為前處理","王小明"'),
 "1242 multi-select spaces": sub(1242, '"預訓練|編碼器","已報告","陳冠宇"', '"預訓練 | 編碼器","已報告","陳冠宇"'),
 # 1243 Zangi
 "1243 time going back": sub(1243, "[05.03.2024, 10:02:48]", "[05.03.2024, 08:02:48]"),
 "1243 not a member": sub(1243, "] Նարե Պետրոսյան: Բջջայինների", "] Նարե: Բջջայինների"),
 "1243 first line not creation": sub(1243, "ստեղծեց «Արդյունավետ attention» խումբը", "բացեց խումբը"),
 "1243 invalid date": sub(1243, "[05.03.2024, 12:40:19]", "[35.03.2024, 12:40:19]"),
 "1243 rename changes the name": sub(1243, "փոխեց խմբի անունը՝ «Արդյունավետ attention 📚»", "փոխեց խմբի անունը՝ «Ընթերցանություն 📚»"),
 "1243 CRLF": sub(1243, "\n", "\r\n", count=0),
 "1243 bracket line malformed": sub(1243, "[06.03.2024, 08:33:47] ", "[06.03.2024 08:33] "),
 # 1244 forum.ge
 "1244 raw Georgian": sub(1244, "&#4306;&#4304;&#4315;&#4304;&#4320;&#4335;&#4317;&#4305;&#4304;", "გამარჯობა"),
 "1244 replies count": sub(1244, ": 5 &middot;", ": 6 &middot;"),
 "1244 title vs maintitle": sub(1244, "<title>Forum.Ge -&gt; LLM", "<title>Forum.Ge -&gt; AI"),
 "1244 dates out of order": sub(1244, "12 Mar 2024, 13:27", "12 Mar 2024, 08:27"),
 "1244 member ID": sub(1244, "ID: 233410", "ID: 233411"),
 "1244 quote link's post": sub(1244, "&amp;p=61007514", "&amp;p=61007515"),
 "1244 quote of a later post": sub(1244, "(&#4316;&#4312;&#4316;&#4317;_&#4305; @ 11 Mar 2024, 22:40 )", "(&#4316;&#4312;&#4316;&#4317;_&#4305; @ 11 Mar 2024, 22:41 )"),
 "1244 charset": sub(1244, "charset=iso-8859-1", "charset=utf-8"),
 "1244 unbalanced": sub(1244, "</table>\n<div class=\"darkrow1\"", "\n<div class=\"darkrow1\""),
 # 1245 blog.ir
 "1245 weekday wrong": sub(1245, '<div class="post-date">سه شنبه،', '<div class="post-date">چهارشنبه،'),
 "1245 URL date": sub(1245, "blog.ir/1402/12/22/", "blog.ir/1402/12/21/", count=0),
 "1245 slug": sub(1245, "-%D8%AA%D8%A7-Mixture-of-Experts", "-Mixture-of-Experts", count=0),
 "1245 comment count": sub(1245, "<h3>نظرات (۴)</h3>", "<h3>نظرات (۵)</h3>"),
 "1245 comment before post": sub(1245, "سه شنبه، ۲۲ اسفند ۱۴۰۲، ۱۱:۰۵ ب.ظ", "سه شنبه، ۲۲ اسفند ۱۴۰۲، ۰۸:۰۵ ب.ظ"),
 "1245 title vs h2": sub(1245, "<title>مقیاس‌پذیری", "<title>مقیاس"),
 "1245 ltr page": sub(1245, '<html dir="rtl" lang="fa">', '<html lang="fa">'),
 "1245 comment ids": sub(1245, 'id="comment-3483054"', 'id="comment-3481054"'),
 # 1246 Curated
 "1246 issue number": sub(1246, "<h2>Выпуск #57</h2>", "<h2>Выпуск #58</h2>"),
 "1246 next link": sub(1246, "/issues/58\">", "/issues/59\">"),
 "1246 time vs date": sub(1246, '<time datetime="2024-04-15">', '<time datetime="2024-04-16">'),
 "1246 item domain": sub(1246, '<p class="item__link">commonvoice.mozilla.org</p>', '<p class="item__link">mozilla.org</p>'),
 "1246 item ids": sub(1246, 'id="item-88419"', 'id="item-88412"'),
 "1246 footer": sub(1246, "Powered by <a", "Made with <a"),
 "1246 catalogue title in the negative": sub(1246, "Без хайпа.", "Без хайпа. Читаем Attention Is All You Need."),
 "1246 arXiv id in the negative": sub(1246, "Старт 22 апреля.", "Старт 22 апреля, материалы: arXiv:2404.01234."),
 "1246 paper-like title only": sub(1246, "Без хайпа.", "Без хайпа. Классика: Segment Anything."),
 # labels and ids across files
 "title-only paper gets a link in 1243": sub(1243, "ICLR 2020։", "ICLR 2020։ https://arxiv.org/abs/2004.11886"),
 "unlabelled catalogue id in 1242": sub(1242, "斷詞與詞性標記，作為前處理", "斷詞與詞性標記，作為前處理 2106.09685"),
 "other file's title in 1245": sub(1245, "فایل اسلایدها را هم می‌گذارید؟", "فایل اسلایدها را هم می‌گذارید؟ Masked Autoencoders Are Scalable Vision Learners"),
 "labelled title lost in 1237": sub(1237, "Long Short-Term Memory, Neural Computation", "LSTM, Neural Computation"),
 "unlabelled OpenReview id in 1238": sub(1238, "https://huggingface.co/docs/peft/index", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1241": sub(1241, "TI  - ERA5 hourly data on single levels from 1940 to present", "TI  - Dataset Distillation"),
 "arxiv-text id lost in 1240": sub(1240, "arXiv preprint arXiv:1807.03748, 2018.", "Preprint, 2018."),
 "link lost in 1244": sub(1244, "https://arxiv.org/abs/2303.11366", "https://github.com/noahshinn/reflexion", count=0),
 "OpenReview link cut in 1243": sub(1243, "forum?id=QtTKTdVrFBB", "forum?id=QtTK"),
 "arxiv-text gets a link in 1241": sub(1241, "arXiv:2010.03409 อ่าน", "https://arxiv.org/abs/2010.03409 อ่าน"),
 "title-only id inside the base64 of 1239": both("(ה-SD3)", "(ה-SD3, 2403.03206)"),
 "entity-encoded title-only id in 1244": sub(1244, "".join(f"&#{ord(c)};" for c in "შეფასებაზე"), "".join(f"&#{ord(c)};" for c in "2306.05685")),
 "valid-shaped unlabelled id in 1237": sub(1237, "ISBN: 978-1-009-38943-3", "ISBN: 2312.08561"),
 "expected: wrong evidence": exp_edit(lambda e: first(1237)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1240)(e)[5].update(arxiv_id="2011.10566")),
 "expected: wrong title": exp_edit(lambda e: first(1242)(e)[1].update(title="ELECTRA")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1243)(e)[0].update(openreview_id="QtTKTdVrFBB")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1241)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1246]].append(dict(first(1237)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1238)(e).append(dict(first(1239)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1244)(e).pop() for _ in range(2)]),
 "expected: title-only share too low": exp_edit(lambda e: [r.update(evidence="link", arxiv_id=r["true_arxiv_id"]) for r in first(1245)(e)[5:8]]),
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
