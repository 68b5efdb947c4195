#!/usr/bin/env python3
"""Breaks a scratch copy of round66 (/tmp/round66-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round66-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(677, 687)}
ENC = {680: "cp1251", 682: "cp1252"}


def sub(n, old, new, count=1):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding=ENC.get(n, "utf-8"), newline="").read()
        assert old in s, (n, old)
        open(p, "w", encoding=ENC.get(n, "utf-8"), newline="").write(s.replace(old, new, count))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


POS1 = {"arxiv_id": "2009.06732", "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "link",
        "true_arxiv_id": "2009.06732"}
CASES = {
 "677 spaces in Graph JSON": sub(677, '"status":"completed"', '"status": "completed"'),
 "677 bare LF in a To Do body": sub(677, "\\r\\nEncontros", "\\nEncontros"),
 "677 completed without completedDateTime": sub(677, '"status":"inProgress"', '"status":"completed"'),
 "678 directive fence not closed": sub(678, "traités dans la page {doc}`ssm`.\n```\n", "traités dans la page {doc}`ssm`.\n"),
 "678 list-table row short of a cell": sub(678, "  - bibliothèque\n  - Noyaux", "  - Noyaux"),
 "678 undefined {ref} target": sub(678, "{ref}`rappels-complexite`", "{ref}`rappels`"),
 "678 title cut": sub(678, "Lite Transformer with Long-Short Range Attention", "Lite Transformer"),
 "679 preview not the text's start": sub(679, '"preview": "היי כולם,', '"preview": "שלום כולם,'),
 "679 unlabelled catalogue id": sub(679, "ו-lightly.", "ו-lightly (ראו גם 2009.06732)."),
 "680 LF line end": sub(680, "</html>\r\n", "</html>\n"),
 "680 quoted class value": sub(680, "<p class=MsoNormal>", '<p class="MsoNormal">'),
 "680 list number skipped": sub(680, ">3.<span", ">4.<span"),
 "681 unescaped quote in notes": sub(681, "&quot;zien&quot;", '"zien"'),
 "681 undefined tag uid": sub(681, "<tagged>5</tagged>", "<tagged>9</tagged>"),
 "681 arXiv id on a title-only paper": sub(681, "Gebruiken voor de analyse", "arXiv:2004.10102 Gebruiken voor de analyse"),
 "682 TUPLES count wrong": sub(682, "TUPLES\r\n0,18", "TUPLES\r\n0,19"),
 "682 quotes not doubled": sub(682, '""alpha""', '"alpha"'),
 "682 LF line end": sub(682, "EOD\r\n", "EOD\n"),
 "683 data-time != datetime": sub(683, 'data-time="1715566364"', 'data-time="1715566365"'),
 "683 proxy link != href": sub(683, "link=https%3A%2F%2Fgithub.com%2Fllm-attacks%2Fllm-attacks", "link=https%3A%2F%2Fgithub.com%2Fllm-attacks"),
 "683 unbalanced div": sub(683, '<div class="bbWrapper">', '<div class="bbWrapper"><div>'),
 "684 undefined mj-class": sub(684, 'mj-class="item-meta"', 'mj-class="item-metadata"'),
 "684 unknown merge tag": sub(684, "[[PERMALINK]]", "[[PERMA_LINK]]"),
 "684 mj-text outside a column": sub(684, '    <mj-section padding="16px 0px">\n      <mj-column>', '    <mj-section padding="16px 0px">\n      <mj-text>x</mj-text>\n      <mj-column>'),
 "685 comment count heading": sub(685, "<h3>4 条评论</h3>", "<h3>5 条评论</h3>"),
 "685 reply ids disagree": sub(685, "TypechoComment.reply('comment-233', 233", "TypechoComment.reply('comment-233', 232"),
 "685 shown time != datetime": sub(685, '<time datetime="2024-05-13T09:15:00+08:00">2024-05-13 09:15</time>', '<time datetime="2024-05-13T09:15:00+08:00">2024-05-13 09:16</time>'),
 "686 catalogue title in negative": sub(686, "# ---- البيئة", "# Long Short-Term Memory\n# ---- البيئة"),
 "686 arXiv id in negative": sub(686, "sanad_subset_v3\n", "sanad_subset_v3  # 2106.09685\n"),
 "686 undefined macro": sub(686, "--epochs 4", "--epochs $(EPOCHS)"),
 "686 queue row missing a value": sub(686, "  1e-5, 0.0, 13\n", "  1e-5, 13\n"),
 "expected: wrong evidence": exp_edit(lambda e: first(677)(e)[1].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(678)(e)[1].update(arxiv_id="2004.11886")),
 "expected: wrong title": exp_edit(lambda e: first(684)(e)[0].update(title="DALL-E 2")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(685)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[686]].append(dict(first(677)(e)[1]))),
 "expected: paper in two files": exp_edit(lambda e: first(682)(e).append(dict(first(681)(e)[0]))),
 "expected: position 1 used": exp_edit(lambda e: first(683)(e).append(dict(POS1))),
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
shutil.rmtree("/tmp/round66-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
