#!/usr/bin/env python3
"""Breaks a scratch copy of round63 (/tmp/round63-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round63-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(647, 657)}


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
 "647 unknown data-tag": sub(647, 'data-tag="question"', 'data-tag="pytanie"'),
 "647 raw ampersand": sub(647, "Seminarium wizyjne – semestr letni", "Seminarium wizyjne & semestr letni"),
 "647 element without id": sub(647, '<p id="p:{8d2f6b1e-4c3a-4f0b-9e71-2a5c7d9e0b14}{12}" ', "<p "),
 "647 unlabelled catalogue title": sub(647, "pizza – zbiórka", "Attention Is All You Need – zbiórka"),
 "648 raw non-ASCII": sub(648, "d\\u00fc\\u015f\\u00fck", "düşük"),
 "648 unescaped slash": sub(648, "https:\\/\\/pano.yzlab", "https://pano.yzlab"),
 "648 color object mismatch": sub(648, '"color_id":"purple"', '"color_id":"blue"'),
 "648 arxiv-text id removed": sub(648, "arXiv 2106.09685", "arXiv"),
 "649 payload edited (digest / length)": sub(649, "Letní semestr 2023/24", "Letní semestr 2024/25"),
 "649 Content-Length wrong": sub(649, "Content-Length: 299\r\n", "Content-Length: 298\r\n"),
 "649 link for a title-only paper": sub(649, "(PDF v SISu, sekce Materiály)", "(https://arxiv.org/abs/1301.3781)"),
 "650 chunk not closed": sub(650, 'caption.placement = "top")\n@\n', 'caption.placement = "top")\n'),
 "650 cited but undefined": sub(650, "\\cite{gemp2021}", "\\cite{gemp2020}"),
 "650 brace unbalanced": sub(650, "\\section{Resumo}", "\\section{Resumo"),
 "651 rev mismatch": sub(651, '"_rev":"3-31c13f47ad87dd7baa2d558a91e0fbb9"', '"_rev":"4-31c13f47ad87dd7baa2d558a91e0fbb9"'),
 "651 row separator without CR": sub(651, "},\r\n{", "},\n{"),
 "651 OpenReview id for another paper": sub(651, "सिर्फ़ संदर्भ के लिए", "https://openreview.net/forum?id=B1ckMDqlg सिर्फ़ संदर्भ के लिए"),
 "652 ObjectId / sent mismatch": sub(652, '"sent":"2024-03-11T02:22:53.904Z"', '"sent":"2024-03-11T02:22:54.904Z"'),
 "652 urls not matching text": sub(652, '"urls":[{"url":"https://arxiv.org/abs/1909.08053"}]', '"urls":[]'),
 "653 reaction to unknown message": sub(653, '"targetSentTimestamp":1710407135000', '"targetSentTimestamp":1710407135001'),
 "653 line not JSON": sub(653, '"account":"+15555550142"}\n', '"account":"+15555550142"\n'),
 "653 title dropped": sub(653, "Gradient-Based Learning Applied to Document Recognition", "LeCun et al., 1998"),
 "654 @code unpaired": sub(654, " * @endcode\n", ""),
 "654 include guard broken": sub(654, "#endif  // SEQMEM_LAYERS_HPP_", "#endif"),
 "654 brace unbalanced": sub(654, "class HyenaOperator {", "class HyenaOperator {{"),
 "655 fence not closed": sub(655, "{0.9999607801437378, 3.749531106732643e-5}\n```\n", "{0.9999607801437378, 3.749531106732643e-5}\n"),
 "655 livebook comment not JSON": sub(655, '<!-- livebook:{"branch_parent_index":1} -->', '<!-- livebook:{branch_parent_index:1} -->'),
 "655 second title": sub(655, "## 5. 宿題", "# 5. 宿題"),
 "656 panels overlap": sub(656, '"x": 16,\n        "y": 5', '"x": 14,\n        "y": 5'),
 "656 catalogue title in negative": sub(656, "ניטור אשכול ה־GPU של מעבדת הגליל ללמידה חישובית", "Long Short-Term Memory"),
 "656 arXiv id in negative": sub(656, '"version": 17', '"version": 17, "note": "2106.09685"'),
 "expected: wrong evidence": exp_edit(lambda e: first(647)(e)[2].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(648)(e)[1].update(arxiv_id="2106.10199")),
 "expected: wrong title": exp_edit(lambda e: first(655)(e)[0].update(title="Classifier-Free Guidance")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(652)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[656]].append(dict(first(647)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(654)(e).append(dict(first(650)(e)[0]))),
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
shutil.rmtree("/tmp/round63-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
