#!/usr/bin/env python3
"""Breaks a scratch copy of round65 (/tmp/round65-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round65-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(667, 677)}


def sub(n, old, new, count=1):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8", newline="").read()
        assert old in s, (n, old)
        open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new, count))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "667 raw ampersand": sub(667, "Kaffee &amp; Kekse", "Kaffee & Kekse"),
 "667 URL not in link:url": sub(667, "<link:url>https://karpathy.github.io/2019/04/25/recipe/</link:url>", "https://karpathy.github.io/2019/04/25/recipe/"),
 "667 title != first line": sub(667, "<title>Lesekreis", "<title>Lesezirkel"),
 "667 final newline": sub(667, "</note>", "</note>\n"),
 "668 control chars in a string": sub(668, '"MESSAGE":"Thử lại lần 1/3 sau 5 giây"', '"MESSAGE":"Thử lại lần 1/3\\nsau 5 giây"'),
 "668 cursor / timestamp mismatch": sub(668, '"__REALTIME_TIMESTAMP":"1715662800000000"', '"__REALTIME_TIMESTAMP":"1715662800000001"'),
 "668 spaces in JSON": sub(668, '"PRIORITY":"6","_TRANSPORT":"stdout"', '"PRIORITY": "6", "_TRANSPORT": "stdout"'),
 "669 unescaped slash in doc": sub(669, "(SRAM\\/HBM 구분은", "(SRAM/HBM 구분은"),
 "669 header field dropped": sub(669, "Stability   : experimental\n", ""),
 "669 paren unbalanced": sub(669, "softmaxAttention q k v = rowSoftmax (scale", "softmaxAttention q k v = rowSoftmax ((scale"),
 "669 link for a title-only paper": sub(669, "(링크는 사내 위키 참고 문헌 페이지에 있음)", "<https://arxiv.org/abs/2202.10447 arXiv>"),
 "670 compact instead of Solr layout": sub(670, '"zkConnected":true,\n    "status":0', '"zkConnected":true, "status":0'),
 "670 snippet not from the field": sub(670, "Representación con gaussianas <em>3D</em>", "Representación con esferas <em>3D</em>"),
 "670 unlabelled catalogue id": sub(670, '"notas":"Solo para consultar cifras."', '"notas":"Solo para consultar cifras (ver 2010.11929)."'),
 "671 single-quoted attribute": sub(671, 'CH="Slide nella cartella', "CH='Slide nella cartella"),
 "671 path != WIDTH": sub(671, 'WIDTH="400"', 'WIDTH="401"'),
 "671 undefined paragraph style": sub(671, '<para PARENT="Piede"/>', '<para PARENT="Fußzeile"/>'),
 "671 title dropped": sub(671, "Complex Query Answering with Neural Link Predictors", "Complex Query Answering"),
 "671 raw ampersand": sub(671, "Jurafsky &amp; Martin", "Jurafsky & Martin"),
 "672 raw < in Go JSON": sub(672, "\\u003cp\\u003eЭто конспект", "<p>Это конспект"),
 "672 reading_time wrong": sub(672, '"reading_time":1,"enclosures":null,"feed":{"id":42', '"reading_time":3,"enclosures":null,"feed":{"id":42'),
 "673 timestamp != Date": sub(673, ":timestamp 1715680082", ":timestamp 1715680083"),
 "673 sexp unbalanced": sub(673, ")) ())))))))", ")) ()))))))"),
 "673 OpenReview id for another paper": sub(673, "Όποιος θέλει να παρουσιάσει", "https://openreview.net/forum?id=B1ckMDqlg Όποιος θέλει να παρουσιάσει"),
 "674 raw > in Go JSON": sub(674, '"Data": "\\u003e"', '"Data": ">"'),
 "674 Properties.id mismatch": sub(674, '"id": "20240510113158-k3x9w2q"', '"id": "20240510113158-k3x9w2r"'),
 "675 marker without blank line": sub(675, "#!fsharp\n\n", "#!fsharp\n"),
 "675 meta not first": sub(675, "#!meta\n\n", "#!markdown\n\n"),
 "675 brace unbalanced in C#": sub(675, "for (int step = 0; step < 5; step++)\n{", "for (int step = 0; step < 5; step++)\n{{"),
 "675 arXiv id on a title-only paper": sub(675, "پیوند را بعداً اضافه کنید.", "arXiv:2006.05990"),
 "676 row with a missing value": sub(676, ",tensorflow,thai-wiki-dump,64,yes,", ",tensorflow,thai-wiki-dump,yes,"),
 "676 nominal value outside its set": sub(676, ",nlp,v100,1,", ",nlp,h100,1,"),
 "676 catalogue title in negative": sub(676, "ใช้สอนวิชา", "Deep Residual Learning for Image Recognition ใช้สอนวิชา"),
 "676 arXiv id in negative": sub(676, "(hpc-support@chaophraya.example.ac.th)", "(hpc-support@chaophraya.example.ac.th, 2106.09685)"),
 "expected: wrong evidence": exp_edit(lambda e: first(667)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(668)(e)[2].update(arxiv_id="2306.11644")),
 "expected: wrong title": exp_edit(lambda e: first(672)(e)[0].update(title="SDXL")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(674)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[676]].append(dict(first(667)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(675)(e).append(dict(first(670)(e)[0]))),
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
shutil.rmtree("/tmp/round65-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
