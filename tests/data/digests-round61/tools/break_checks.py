#!/usr/bin/env python3
"""Breaks a scratch copy of round61 (/tmp/round61-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round61-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(627, 637)}


def sub(n, old, new):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding="utf-8", newline="").read()
        assert old in s, (n, old)
        open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new, 1))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "627 item_scraped_count wrong": sub(627, "'item_scraped_count': 8", "'item_scraped_count': 9"),
 "627 time goes back": sub(627, "2024-03-14 08:03:27 [scrapy.core.engine] INFO: Closing spider", "2024-03-14 08:01:27 [scrapy.core.engine] INFO: Closing spider"),
 "627 item url != source": sub(627, "'url': 'https://arxiv.org/abs/2305.16291'", "'url': 'https://arxiv.org/abs/2305.16292'"),
 "627 unlabelled catalogue title": sub(627, "'ghi_chu': 'Bộ đánh giá", "'ghi_chu': 'Attention Is All You Need. Bộ đánh giá"),
 "628 time_added not newest first": sub(628, 'time_added="1710398950"', 'time_added="1710498950"'),
 "628 unescaped list line": sub(628, '\t\t\t<li><a href="https://www.coursera.org', '\t\t\t<li><a  href="https://www.coursera.org'),
 "628 link for a title-only paper": sub(628, "https://papers.nips.cc/paper_files/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html", "https://arxiv.org/abs/1207.0580"),
 "629 cited but undefined": sub(629, "@~cite[dai2020]", "@~cite[dai2021]"),
 "629 paren unbalanced": sub(629, '#:url "https://arxiv.org/abs/1904.10509"))', '#:url "https://arxiv.org/abs/1904.10509")'),
 "629 arxiv-text id removed": sub(629, '#:number "arXiv:2004.05150"', '#:number "arXiv"'),
 "630 unescaped slash": sub(630, "https:\\/\\/stepik.org", "https://stepik.org"),
 "630 posts not newest first": sub(630, '"date":1710251100', '"date":1710551100'),
 "630 OpenReview id for another paper": sub(630, "Митап «ML в Казани»", "https://openreview.net/forum?id=qVyeW-grC2k Митап «ML в Казани»"),
 "631 bad DATE": sub(631, "DATE: 03/03/2024 09:15:40 PM", "DATE: 2024-03-03 21:15:40"),
 "631 section missing": sub(631, "-----\nEXCERPT:\nZero-shot", "-----\nZero-shot"),
 "631 title dropped": sub(631, "<strong>Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling</strong>", "<strong>Huang et al. 2021</strong>"),
 "632 timestamp mismatch": sub(632, '"created_at": "2024-01-19T09:03:11.027Z"', '"created_at": "2024-01-19T09:03:12.027Z"'),
 "632 tag reference unresolved": sub(632, '"references": [\n          {\n            "uuid": "', '"references": [\n          {\n            "uuid": "0'),
 "633 raw = sign": sub(633, "forum?id\\u003dr1gs9JgRZ", "forum?id=r1gs9JgRZ"),
 "633 dateCreated != id": sub(633, '"dateCreated": "2024-03-06 15:00:12.345"', '"dateCreated": "2024-03-06 15:00:12.346"'),
 "634 events overlap": sub(634, "<start>09:40</start>", "<start>09:30</start>"),
 "634 XML broken": sub(634, "<title>Pausa café</title>", "<title>Pausa café & bollos</title>"),
 "635 reference undefined": sub(635, "[memgpt]: https://arxiv.org/pdf/2310.08560.pdf\n", ""),
 "635 div not closed": sub(635, "merge request sul GitLab del laboratorio.\n:::", "merge request sul GitLab del laboratorio."),
 "635 footnote undefined": sub(635, "[^continuo]: Proposto", "[^cont]: Proposto"),
 "636 catalogue title in negative": sub(636, '"name": "مصلى"', '"name": "مصلى — Mixed Precision Training"'),
 "636 arXiv id in negative": sub(636, "حدود تقريبية.", "حدود تقريبية. 2106.09685"),
 "636 polygon not closed": sub(636, "31.20812\n            ],\n            [\n              29.91502,\n              31.20301\n            ]\n          ]", "31.20812\n            ]\n          ]"),
 "expected: wrong evidence": exp_edit(lambda e: first(627)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(628)(e)[0].update(arxiv_id="2106.10270")),
 "expected: wrong title": exp_edit(lambda e: first(631)(e)[0].update(title="Latent Diffusion")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(634)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[636]].append(dict(first(627)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(635)(e).append(dict(first(632)(e)[0]))),
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
shutil.rmtree("/tmp/round61-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
