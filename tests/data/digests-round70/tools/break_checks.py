#!/usr/bin/env python3
"""Breaks a scratch copy of round70 (/tmp/round70-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round70-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(717, 727)}


def sub(n, old, new, count=1, enc="utf-8"):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding=enc, newline="").read()
        assert old in s, (n, old)
        open(p, "w", encoding=enc, newline="").write(s.replace(old, new, count))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "717 pretty-printed JSON": lambda root: _rw(root, 717, lambda s: json.dumps(json.loads(s), ensure_ascii=False, indent=1)),
 "717 [info] not closed": sub(717, "[/title]テーマ：LLM", "テーマ：LLM"),
 "717 reply to a missing message": sub(717, "[rp aid=4418377 to=318470225-", "[rp aid=4418377 to=318470225-9"),
 "717 send_time out of order": sub(717, '"send_time":1709532180', '"send_time":1709500000'),
 "717 link on a title-only paper": sub(717, "（テキスト・画像・ロボット制御を 1 つのモデルで）", "（https://arxiv.org/abs/2205.06175）"),
 "718 LF line end": sub(718, "Opmerking                         \r\n", "Opmerking                         \n", enc="cp1252"),
 "718 cell not padded": sub(718, "Femke        gedaan         16", "Femke        gedaan       16", enc="cp1252"),
 "718 count left-aligned": sub(718, "gedaan         14ICLR", "gedaan       14  ICLR", enc="cp1252"),
 "719 unprotected address": sub(719, "no-reply_at_arxiv.org", "no-reply@arxiv.org"),
 "719 auto-link text differs": sub(719, '<a href="https://openreview.net/forum?id=OCm0rwa1lx1">https://openreview.net/forum?id=OCm0rwa1lx1</a>', '<a href="https://openreview.net/forum?id=OCm0rwa1lx1">https://openreview.net/forum</a>'),
 "719 title continuation not indented": sub(719, "<br />\n  Partitioning<br />", "<br />\nPartitioning<br />"),
 "719 not well-formed": sub(719, "<span id=\"date\">", "<span id=\"date\"><b>"),
 "720 reference numbering": sub(720, "[7] CONNEAU", "[8] CONNEAU"),
 "720 citation without reference": sub(720, "korpusu [7];", "korpusu [17];"),
 "720 missing page number": sub(720, "\n\n44\n\f", "\n\f"),
 "720 unlabelled catalogue title": sub(720, "ponecháváme pro navazující práci.", "ponecháváme pro navazující práci (viz Attention Is All You Need)."),
 "721 unknown Sendy tag": sub(721, "[Name,fallback=lettrice o lettore]", "[FirstName,fallback=lettrice o lettore]"),
 "721 no unsubscribe tag": sub(721, '<unsubscribe style="color:#8a8a8a;">Cancella l\'iscrizione</unsubscribe>', 'Cancella l\'iscrizione'),
 "721 tag not closed": sub(721, "Il corso gratuito sulla diffusione di Hugging Face, la documentazione di <code>diffusers</code>", "Il corso gratuito sulla diffusione di Hugging Face, la documentazione di <code>diffusers"),
 "722 raw non-ASCII": sub(722, "Yaz\\u0131", "Yazı"),
 "722 wrong parent": sub(722, '"id": 42, "parent": 41', '"id": 42, "parent": 43'),
 "722 link without nofollow": sub(722, 'rel=\\"nofollow noopener\\">https://arxiv.org/abs/2002.05709', '>https://arxiv.org/abs/2002.05709'),
 "722 OpenReview id of another paper": sub(722, "forum?id=uB5x7Y2qsFR", "forum?id=St1giarCHLP"),
 "723 citation without entry": sub(723, 'href="#ref-acar2021feddyn"', 'href="#ref-acar2021dyn"'),
 "723 entries out of order": sub(723, '<div id="ref-acar2021feddyn"', '<div id="ref-zacar2021feddyn"') ,
 "723 arXiv link on a title-only paper": sub(723, "Nets?”</span> In", "Nets?”</span> <a href=\"https://arxiv.org/abs/2010.08515\">arXiv</a> In"),
 "724 unescaped HTML in event": sub(724, "&lt;b&gt;Learning", "<b>Learning"),
 "724 wrong field order": sub(724, "<security>private</security>\n<allowmask>0</allowmask>", "<allowmask>0</allowmask>\n<security>private</security>"),
 "724 allowmask on a public post": sub(724, "<security>public</security>\n<allowmask>0</allowmask>", "<security>public</security>\n<allowmask>1</allowmask>"),
 "725 undefined footnote": sub(725, "entrenamiento[^ptuning]" if False else "entrada[^ptuning]", "entrada[^prompts]"),
 "725 bad attribute list": sub(725, "{caption: \"Resumen de los métodos de este capítulo\"}", "{caption \"Resumen de los métodos de este capítulo\"}"),
 "725 code fence not closed": sub(725, '    param.requires_grad = name.endswith(".bias")\n```', '    param.requires_grad = name.endswith(".bias")'),
 "725 id of a title-only paper": sub(725, "No hay versión en conferencia", "arXiv:2103.10385. No hay versión en conferencia"),
 "726 space indentation": sub(726, "\treverse_proxy 127.0.0.1:6875", "    reverse_proxy 127.0.0.1:6875"),
 "726 import of an undefined snippet": sub(726, "wiki.ailab.example.ac.th {\n\timport common", "wiki.ailab.example.ac.th {\n\timport commons"),
 "726 block not closed": sub(726, "\treverse_proxy 127.0.0.1:5000\n}", "\treverse_proxy 127.0.0.1:5000\n"),
 "726 catalogue title in negative": sub(726, "# Grafana — ดูการใช้ GPU", "# Grafana — Attention Is All You Need — ดูการใช้ GPU"),
 "726 arXiv id in negative": sub(726, "# วิกิของแล็บ:", "# วิกิของแล็บ (2106.09685):"),
 "expected: wrong evidence": exp_edit(lambda e: first(717)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(720)(e)[4].update(arxiv_id="2106.09685")),
 "expected: wrong title": exp_edit(lambda e: first(721)(e)[0].update(title="Zero-1-to-3")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(724)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[726]].append(dict(first(717)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(722)(e).append(dict(first(723)(e)[0]))),
}


def _rw(root, n, fn):
    p = os.path.join(root, "digests", D[n])
    s = open(p, encoding="utf-8", newline="").read()
    open(p, "w", encoding="utf-8", newline="").write(fn(s))


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
shutil.rmtree("/tmp/round70-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
