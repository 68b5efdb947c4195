#!/usr/bin/env python3
"""Breaks a scratch copy of round72 (/tmp/round72-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round72-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(737, 747)}


def sub(n, old, new, count=1, enc="utf-8"):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(enc)
        assert old in s, (n, old)
        open(p, "wb").write(s.replace(old, new, count).encode(enc))
    return fn


def raw_sub(n, old, new):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        assert old in b, (n, old)
        open(p, "wb").write(b.replace(old, new, 1))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "737 raw '<' (not Rails-escaped)": sub(737, "\\u003cp class", "<p class"),
 "737 count wrong": sub(737, '"count":11', '"count":12'),
 "737 start after due": sub(737, '"startDate":"2024-03-12","dueDate":"2024-03-12"', '"startDate":"2024-03-13","dueDate":"2024-03-12"'),
 "737 status title wrong": sub(737, '"href":"/api/v3/statuses/7","title":"In progress"', '"href":"/api/v3/statuses/7","title":"Closed"'),
 "738 container not closed": sub(738, ":::\n\n## 背景", "\n\n## 背景"),
 "738 table row short": sub(738, "| 2014 | 待补 |", "| 2014 待补 |"),
 "738 bad Badge type": sub(738, 'type="danger"', 'type="error"'),
 "739 LF line end": raw_sub(739, b"Form:  Memo\r\n", b"Form:  Memo\n"),
 "739 body line too wide": raw_sub(739, b"Hallo zusammen,\r\n\r\nf", b"Hallo zusammen, dieser Text ist absichtlich viel zu lang fuer die Zeilenlaenge von Notes\r\n\r\nf"),
 "739 bad PostedDate": raw_sub(739, b"PostedDate:  18.06.2021", b"PostedDate:  31.06.2021"),
 "739 not cp1252": raw_sub(739, b"Gr\xfc\xdfe", b"Gr\x81\x8de"),
 "740 footnote back link wrong": sub(740, 'href="#fnref3">3</a>', 'href="#fnref4">3</a>'),
 "740 bibliography out of order": sub(740, '<li class="Bibliografia">Bahdanau', '<li class="Bibliografia">Zahdanau'),
 "740 not well-formed": sub(740, "</section>", "</sectoin>"),
 "740 URL without access date": sub(740, "&gt; [consultato il 14 febbraio 2024]", "&gt;"),
 "741 unknown field": sub(741, "<year>2006</year>", "<jaar>2006</jaar>"),
 "741 duplicate bibtex key": sub(741, "<bibtex-key>He2016deep</bibtex-key>", "<bibtex-key>He2015delving</bibtex-key>"),
 "741 bad cdate": sub(741, "<month>01</month>\n   <day>29</day>", "<month>02</month>\n   <day>30</day>"),
 "742 row too wide": sub(742, 'table:number-columns-repeated="1015"', 'table:number-columns-repeated="1016"'),
 "742 date text differs": sub(742, "<text:p>15.02.2024</text:p>", "<text:p>16.02.2024</text:p>"),
 "742 row total wrong": sub(742, 'table:number-rows-repeated="1048567"', 'table:number-rows-repeated="1048566"'),
 "743 permalink mismatch": sub(743, 'viewtopic.php?pid=20421#p20421', 'viewtopic.php?pid=20422#p20422'),
 "743 row class wrong": sub(743, "blockpost roweven blockpost2", "blockpost rowodd blockpost2"),
 "743 named entity (not XML)": sub(743, "»&#160;", "»&nbsp;"),
 "744 untracked link": sub(744, 'href="https://click.convertkit-mail4.com/qdu8k3w9xzh7/m2hv0p4o6c3q/aHR0cHM6Ly9naXRodWIuY29tL2xsbHlhc3ZpZWwvQ29udHJvbE5ldA"', 'href="https://github.com/lllyasviel/ControlNet"'),
 "744 no open pixel": sub(744, '<img src="https://open.convertkit-mail4.com/', '<img src="https://example.org/'),
 "745 abbr date differs": sub(745, ">2024年03月09日</abbr>", ">2024年03月10日</abbr>"),
 "745 comment count": sub(745, "コメント(3)", "コメント(2)"),
 "746 TAB": sub(746, "  manifest:", "\tmanifest:"),
 "746 unknown interpolation": sub(746, "${sample_rate}", "${sampling_rate}"),
 "746 catalogue title in the negative": sub(746, "# 참고 (논문 아님):", "# 참고: Deep Residual Learning for Image Recognition"),
 "746 arXiv id in the negative": sub(746, "# 참고 (논문 아님):", "# 참고 (논문 아님): 2106.09685"),
 "unlabelled catalogue id in 745": sub(745, "立候補お待ちしてます", "立候補お待ちしてます arXiv:2203.15556"),
 "other file's title in 738": sub(738, "## 相关资源 {#resources}", "## 相关资源 {#resources}\n\n- Segment Anything"),
 "title-only paper gets a link in 743": sub(743, "(लिंक बाद में जोड़ूँगी)", "https://arxiv.org/abs/2203.15556"),
 "title-only id in a tracked link (744)": sub(744, "aHR0cHM6Ly9naXRodWIuY29tL2xsbHlhc3ZpZWwvQ29udHJvbE5ldA", "aHR0cHM6Ly9hcnhpdi5vcmcvYWJzLzIzMDIuMDU1NDM"),
 "expected: wrong evidence": exp_edit(lambda e: first(737)(e)[1].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(741)(e)[3].update(arxiv_id="2106.09685")),
 "expected: wrong title": exp_edit(lambda e: first(744)(e)[4].update(title="Consistency Model")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(745)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[746]].append(dict(first(737)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(742)(e).append(dict(first(743)(e)[0]))),
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
shutil.rmtree("/tmp/round72-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
