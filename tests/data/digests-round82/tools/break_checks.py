#!/usr/bin/env python3
"""Breaks a scratch copy of round82 (/tmp/round82-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy (round81's harness). -v
prints each case's ERROR lines."""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round82-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(837, 847)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "837 entry date out of order": sub(837, "05.03.2024 09:31", "03.03.2024 09:31"),
 "837 permalink to another entry": sub(837, 'href="/entry/156873318"', 'href="/entry/156873319"'),
 "837 a.url title differs": sub(837, 'title="https://arxiv.org/abs/2306.05685"', 'title="https://arxiv.org/abs/2306.0568"'),
 "837 unclosed div": sub(837, '<div class="content">', '<div class="content"><div>'),
 "838 comment numbering skips": sub(838, 'id="comment3">\n<div class="display-post-number" id="3">ความคิดเห็นที่ 3', 'id="comment4">\n<div class="display-post-number" id="4">ความคิดเห็นที่ 4'),
 "838 member number disagrees": sub(838, 'class="display-post-name" id="5120447">สมาชิกหมายเลข 5120447', 'class="display-post-name" id="5120447">สมาชิกหมายเลข 5120448'),
 "839 slashes not escaped": sub(839, "https:\\/\\/viblo.asia", "https://viblo.asia"),
 "839 comments_count wrong": sub(839, '"comments_count":3', '"comments_count":4'),
 "840 LF line end": sub(840, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "840 untracked HTML link": sub(840, "mail_link_tracker?hash=3D5651eb2b7d3fac80e5879f", "mail_link_redirect?hash=3D5651eb2b7d3fac80e5879f"),
 "840 closing boundary missing": sub(840, "_1f4a7c9e3b2d--", "_1f4a7c9e3b2d"),
 "841 unbalanced brace": sub(841, "\\chapter{Compute as a Regulatory Proxy}", "\\chapter{Compute as a Regulatory Proxy"),
 "841 URL without accessed date": sub(841, "<\\url{https://arxiv.org/abs/2006.16668}> accessed 3~March 2024", "<\\url{https://arxiv.org/abs/2006.16668}>"),
 "841 (n N) pointing forward": sub(841, "AI Act (n 1)", "AI Act (n 12)"),
 "842 row with a missing value": sub(842, '"2","default","Lectures","Lectures",', '"2","default","Lectures",'),
 "842 nb_comment wrong": sub(842, ',"0","2","0"\n"44"', ',"0","3","0"\n"44"'),
 "842 bad escape": sub(842, "\\n\\n!!Une file", "\\q\\n!!Une file"),
 "843 post_no wrong": sub(843, '"post_no":3,', '"post_no":4,'),
 "843 checkurl target differs": sub(843, "url=https%3A%2F%2Farxiv.org%2Fabs%2F1409.0473", "url=https%3A%2F%2Farxiv.org%2Fabs%2F1409.0474"),
 "844 comment total wrong": sub(844, "댓글 7</a>", "댓글 8</a>"),
 "844 IP for a fixed nick": sub(844, 'data-uid="attnmaster77" data-ip=""', 'data-uid="attnmaster77" data-ip="1.2"'),
 "845 display URL not cut": sub(845, "arxiv.org/pdf/2010.04159.…", "arxiv.org/pdf/2010.04159.pdf"),
 "845 status ids not rising": sub(845, "/status/1767405530200500003", "/status/1767305530200500003"),
 "846 duration wrong": sub(846, '"duration": 90', '"duration": 95'),
 "846 catalogue title in the negative": sub(846, "Kiat menulis makalah pertama", "Attention Is All You Need: kiat menulis makalah pertama"),
 "846 arXiv id in the negative": sub(846, "Kuota 80 peserta.", "Kuota 80 peserta. 2106.09685"),
 "unlabelled catalogue id in 838": sub(838, "ขอบคุณล่วงหน้าครับ", "ขอบคุณล่วงหน้าครับ arXiv:2106.09685"),
 "other file's title in 844": sub(844, "개추 ㅋㅋ 정리 깔끔하네", "개추 ㅋㅋ Long Short-Term Memory"),
 "title-only paper gets a link in 842": sub(842, "l'auto-distillation fait apparaître", "https://arxiv.org/abs/2104.14294 l'auto-distillation fait apparaître"),
 "labelled title lost in 843": sub(843, "Neural Turing Machines", "Neural Turing Machine", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(837)(e)[1].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(839)(e)[5].update(arxiv_id="2205.05638")),
 "expected: wrong title": exp_edit(lambda e: first(840)(e)[1].update(title="Classifier-Free Guidance")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(845)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[846]].append(dict(first(837)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(838)(e).append(dict(first(844)(e)[0]))),
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
shutil.rmtree("/tmp/round82-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
