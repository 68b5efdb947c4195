#!/usr/bin/env python3
"""Breaks a scratch copy of round114 (/tmp/round114-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round112's harness, with round114's cases and a helper that edits 1159's quoted-printable parts.)"""
import email.quoprimime as qp, json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round114-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1157, 1167)}


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


def eml_text(old, new, parts=(0, 1)):
    """edit the decoded text of 1159's quoted-printable parts (0 plain, 1 html) and encode them again"""
    def fn(root):
        p = os.path.join(root, "digests", D[1159])
        s = open(p, "rb").read().decode("ascii")
        b = re.search(r'boundary="([^"]+)"', s).group(1)
        blocks = list(re.finditer(r"Content-Disposition: inline\r\n\r\n(.*?)\r\n\r\n--" + re.escape(b), s, re.S))
        for k in sorted(parts, reverse=True):
            m = blocks[k]
            t = quopri.decodestring(m.group(1).encode("ascii")).decode("utf-8")
            o, nw = old.replace("\n", "\r\n"), new.replace("\n", "\r\n")
            assert o in t, old
            e = qp.body_encode(t.replace(o, nw, 1).encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")
            s = s[:m.start(1)] + e + s[m.end(1):]
        open(p, "wb").write(s.encode("ascii"))
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
 # labels
 "link lost in 1157": sub(1157, 'href="https://arxiv.org/abs/2010.00554"', 'href="https://github.com/deepmind/eigengame"'),
 "arxiv-text id lost in 1157": sub(1157, "arXiv:2111.04263", "arXiv"),
 "title lost in 1158": sub(1158, "| Improving Language Understanding by Generative Pre-Training |", "| GPT-1 |"),
 "title-only paper's id appears in 1158": sub(1158, "| Microsoft Research | 2023.06 | — |", "| Microsoft Research | 2023.06 | arXiv:2306.11644 |"),
 "OpenReview link cut in 1159": eml_text("forum?id=rkgNKkHtvB", "forum?id=rkgNK"),
 "listing link lost in 1159": eml_text("\\\\ ( https://arxiv.org/abs/2302.10866 ,", "\\\\ ( https://arxiv.org/list/cs.LG ,"),
 "arxiv-text also linked in 1160": sub(1160, "arXiv:2006.06882 [Preprint]. 2020.", "arXiv:2006.06882 [Preprint]. 2020. Available from: https://arxiv.org/abs/2006.06882"),
 "unlabelled catalogue title in 1160": sub(1160, "Deep Learning. Cambridge (MA)", "Deep Residual Learning for Image Recognition. Cambridge (MA)"),
 "eprint of a title-only paper in 1161": sub(1161, "Adapterها — پایهٔ همه چیز.", "Adapterها (arXiv:1902.00751) — پایهٔ همه چیز."),
 "distractor title in 1161": append(1161, "\n% Contrastive Multiview Coding\n"),
 "unlabelled OpenReview id in 1162": sub(1162, "видео, не статья", "видео, не статья; https://openreview.net/forum?id=HkxaFoC9KQ"),
 "arxiv-text id lost in 1162": sub(1162, "HuBERT, arXiv:2106.07447;", "HuBERT;"),
 "unlabelled arXiv id in 1163": sub(1163, "(412 KB)", "(412 KB) — arXiv:2112.10752"),
 "title lost in 1163": sub(1163, "    " + "Training Compute-Optimal Large Language Models\n", "    Chinchilla\n"),
 "OpenReview link lost in 1164": sub(1164, "https://openreview.net/forum?id=WE_vluYUL-X", "https://react-lm.github.io/"),
 "unlabelled arXiv id in 1165": sub(1165, "(curso, gratuito)", "(curso, gratuito; ver 2006.11239)"),
 "catalogue title in the negative": append(1166, "Attention Is All You Need\n"),
 "arXiv-shaped id in the negative": sub(1166, "（紹介記事はまた今度…！）", "（紹介記事はまた今度…！ 2106.01345）"),
 "expected: wrong evidence": exp_edit(lambda e: first(1157)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1160)(e)[7].update(arxiv_id="2007.01434")),
 "expected: wrong title": exp_edit(lambda e: first(1165)(e)[0].update(title="DALL-E 2")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1159)(e)[2].update(openreview_id="_adSMszz_g9")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1158)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1166]].append(dict(first(1157)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1164)(e).append(dict(first(1161)(e)[1]))),
 "expected: too few papers": exp_edit(lambda e: [first(1163)(e).pop() for _ in range(2)]),
 "expected: title-only share too high": exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None, openreview_id=None) for r in first(1162)(e)[:4]]),
 # shapes
 "1157 saved-from length": sub(1157, "<!-- saved from url=(0", "<!-- saved from url=(1"),
 "1157 weekday": sub(1157, "<td>9/16(월)</td>", "<td>9/16(화)</td>"),
 "1157 week numbers": sub(1157, '<td class="wk">5주차</td>', '<td class="wk">6주차</td>'),
 "1157 unbalanced": sub(1157, "  </div>\n</section>", "\n</section>"),
 "1157 active tab": sub(1157, '<li class="tab active"><a href="https://www.kmooc.kr/courses/course-v1:HKUk+DLMATH101+2024_2/a1f3', '<li class="tab active"><a href="https://www.kmooc.kr/courses/course-v1:HKUk+DLMATH101+2024_2/b1f3'),
 "1158 TOC anchor": sub(1158, "](#工具与榜单非论文)", "](#工具与榜单（非论文）)"),
 "1158 table cells": sub(1158, "| 2023.07 | arXiv:2307.03172 |", "| arXiv:2307.03172 |"),
 "1158 changelog order": sub(1158, "- 2024-03-30：", "- 2024-06-30："),
 "1158 CRLF": sub(1158, "\n", "\r\n", count=3),
 "1159 LF line end": sub(1159, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1159 Date weekday": sub(1159, "Date: Tue, 18 Jul 2023 09:41:07", "Date: Wed, 18 Jul 2023 09:41:07"),
 "1159 listing size mismatch": eml_text(",  2032kb)", ",  2033kb)"),
 "1159 quoted-printable line too long": sub(1159, r"(=[0-9A-F]{2})=\r\n", r"\1", count=4, regex=True),
 "1159 html part differs": eml_text("Authors: Tri Dao", "Authors: T. Dao", parts=(1,)),
 "1159 X-Mailer": sub(1159, "X-Mailer: Airmail (731)", "X-Mailer: Apple Mail (2.3731)"),
 "1160 numbering": sub(1160, "\r\n21.\r\n", "\r\n22.\r\n"),
 "1160 View Article without link": sub(1160, "2022. p. 2736–2746.\r\nGoogle Scholar", "2022. p. 2736–2746.\r\nView Article\r\nGoogle Scholar"),
 "1160 LF line end": sub(1160, "\r\n", "\n", count=2),
 "1160 note points elsewhere": sub(1160, "- 26 = DomainBed", "- 29 (DomainBed) = DomainBed"),
 "1161 no comma after the last field": sub(1161, "مفید است.},\n}", "مفید است.}\n}"),
 "1161 brace unbalanced": sub(1161, "title = {{QLoRA}:", "title = {{{QLoRA}:"),
 "1161 key not Zotero's": sub(1161, "@misc{chen_extending_2023,", "@misc{chen2023extending,"),
 "1161 month as text": sub(1161, "month = jun,", "month = {June},"),
 "1161 entries unsorted": sub(1161, "@misc{raschka_practical_2023,", "@misc{a_raschka_practical_2023,"),
 "1161 protection": sub(1161, "Extending {Context} {Window}", "Extending {Context Window}"),
 "1161 doi not the eprint's": sub(1161, "doi = {10.48550/arXiv.2305.14314}", "doi = {10.48550/arXiv.2305.14341}"),
 "1162 quoting": sub(1162, '"SupCon; сравнить с обычной кросс-энтропией на наших данных"', "SupCon; сравнить с обычной кросс-энтропией на наших данных"),
 "1162 needless quotes": sub(1162, ";Без негативов;", ';"Без негативов";'),
 "1162 date format": sub(1162, ";21.02.2024;", ";2024-02-21;"),
 "1162 status": sub(1162, ";В работе;", ";читаю;"),
 "1162 BOM lost": sub(1162, "\ufeff", ""),
 "1163 weekday": sub(1163, "----- Wednesday, 06 March", "----- Thursday, 06 March"),
 "1163 not a participant": sub(1163, "[09:21 AM] Priya Nair:", "[09:21 AM] Kavya Rao:"),
 "1163 time goes back": sub(1163, "[02:47 PM] Rohit Sharma:", "[08:47 AM] Rohit Sharma:"),
 "1164 weekday": sub(1164, "· venerdì 12 aprile 2024 ·", "· giovedì 12 aprile 2024 ·"),
 "1164 issue number": sub(1164, "<title>Tensore Settimanale #37 ", "<title>Tensore Settimanale #38 "),
 "1164 XHTML br": sub(1164, "iscritto@example.it.<br />", "iscritto@example.it.<br>"),
 "1165 time text": sub(1165, ">20 mayo 2024</time>", ">21 mayo 2024</time>"),
 "1165 paragraph class": sub(1165, '<p class="" style="white-space:pre-wrap;">Luego viene', "<p>Luego viene"),
 "1165 canonical": sub(1165, '<link rel="canonical" href="https://www.valeria-rios-ml.com/blog/de-las', '<link rel="canonical" href="https://valeria-rios-ml.com/blog/de-las'),
 "1166 comment count": sub(1166, "コメント（3）", "コメント（4）"),
 "1166 weekday": sub(1166, "2024/06/09(日)", "2024/06/09(土)"),
 "1166 CR": sub(1166, "\n", "\r\n", count=2),
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
