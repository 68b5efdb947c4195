#!/usr/bin/env python3
"""Breaks a scratch copy of round58 (/tmp/round58-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round58-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(597, 607)}


def sub(n, old, new):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8", newline="").read()
        assert old in s, (n, old)
        open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new, 1))
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
 "597 heading unbalanced": sub(597, "== กติกา ==", "== กติกา ="),
 "597 bad checkbox": sub(597, "* [o] [[https://arxiv.org/pdf/1706.03762", "* [~] [[https://arxiv.org/pdf/1706.03762"),
 "597 preformatted block not closed": sub(597, "}}}\n", "\n"),
 "597 link removed": sub(597, "[[https://arxiv.org/abs/1409.3215|", "[[สัปดาห์1|"),
 "598 TOC target missing": sub(598, '<h2 id="정리">', '<h2 id="마무리">'),
 "598 generator removed": sub(598, '<meta name="generator" content="Hexo 6.3.0">', ""),
 "598 unlabelled catalogue title": sub(598, "Stanford CS236 (Deep Generative Models)", "Attention Is All You Need"),
 "599 time goes back": sub(599, "15-03-2024, 09:20 AM", "13-03-2024, 09:20 AM"),
 "599 div not closed": sub(599, "</div>\n\t\t<hr />", "\n\t\t<hr />"),
 "599 OpenReview id changed": sub(599, "VTF8yNQM66", "VTF8yNQM6X"),
 "600 unsubscribe link removed": sub(600, "/subscription/", "/sub/"),
 "600 valid-shaped unlabelled id": sub(600, "ok. 8 min", "ok. 8 min, 2401.12345"),
 "601 reference numbering": sub(601, "\n7. Liu, Z.", "\n8. Liu, Z."),
 "601 cited but not listed": sub(601, "[10]", "[12]"),
 "601 page lost": sub(601, "\n\f", "\n"),
 "602 LF line end": sub(602, "\r\n", "\n"),
 "602 unknown field": sub(602, "{Language}: Chinese", "{Lang}: Chinese"),
 "602 title dropped": sub(602, "{Title}: RoBERTa: A Robustly Optimized BERT Pretraining Approach", "{Title}: RoBERTa"),
 "603 unequal row": sub(603, ",הוצג,", ",הוצג,,"),
 "603 arXiv id removed": sub(603, "מזהה arXiv: 2301.12597", "מזהה arXiv: (גרסה)"),
 "604 raw tag (no JSON_HEX_TAG)": sub(604, "\\u003Cp\\u003E", "<p>"),
 "604 PostMention mismatch": sub(604, "data-id=\\u0022415", "data-id=\\u0022416"),
 "604 final newline": append(604, "\n"),
 "605 LF line end": sub(605, "\r\n", "\n"),
 "605 entry closed by another id": sub(605, "\\\\ ( https://arxiv.org/abs/2011.10566", "\\\\ ( https://arxiv.org/abs/2011.10565"),
 "605 not Roundcube": sub(605, "User-Agent: Roundcube Webmail/1.6.1", "User-Agent: Mozilla Thunderbird"),
 "606 catalogue title in negative": sub(606, "# ---- 7. रिपोर्ट", "# ---- 7. रिपोर्ट (Long Short-Term Memory)"),
 "606 arXiv id in negative": sub(606, "अंतिम बदलाव: 2024-03-18", "अंतिम बदलाव: 2403.18123"),
 "606 duplicate rule": sub(606, "rule clean_tmp:", "rule lexicon:"),
 "expected: wrong evidence": exp_edit(lambda e: first(597)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(598)(e)[1].update(arxiv_id="2106.05931")),
 "expected: wrong title": exp_edit(lambda e: first(599)(e)[0].update(title="PaLM")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(600)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[606]].append(dict(first(597)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(605)(e).append(dict(first(604)(e)[0]))),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")], r.returncode


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
shutil.rmtree("/tmp/round58-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
