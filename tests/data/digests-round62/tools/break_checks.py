#!/usr/bin/env python3
"""Breaks a scratch copy of round62 (/tmp/round62-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round62-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(637, 647)}


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
 "637 comment before its card": sub(637, '"createdAt":"2024-02-21T19:14:02.318Z"', '"createdAt":"2024-01-21T19:14:02.318Z"'),
 "637 wrong _format": sub(637, '"_format":"wekan-board-1.0.0"', '"_format":"trello"'),
 "637 pretty-printed (not one line)": sub(637, '"_format":', '\n"_format":'),
 "637 title-only paper gets its id": sub(637, "(TMLR 2022)", "(TMLR 2022, arXiv:2206.07682)"),
 "638 table row of another width": sub(638, "| VISSL | бібліотека (PyTorch) |", "| VISSL | бібліотека | (PyTorch) |"),
 "638 nowiki not closed": sub(638, "}}}\n\n== Контрастивні", "\n\n== Контрастивні"),
 "638 arxiv-text id removed": sub(638, "| arXiv:2010.04592 |", "| — |"),
 "639 abs line size mismatch": sub(639, "&nbsp;219kb)<br />", "&nbsp;218kb)<br />"),
 "639 link text != href": sub(639, 'target="_blank">https://arxiv.org/abs/1301.3781</a>', 'target="_blank">arXiv</a>'),
 "639 header label missing": sub(639, "<b>Aihe:</b>", "<b>Subject:</b>"),
 "640 page number skipped": sub(640, "\n48\n", "\n49\n"),
 "640 bad accessed date": sub(640, "(accessed 2024-02-11)", "(accessed 2024-02-31)"),
 "640 title dropped": sub(640, "Huang, Z.; Han, X.; Xu, J.; Zhang, T. Few-Shot Human Motion Transfer by Personalized\n     Geometry and Texture Modeling.", "Huang, Z.; Han, X.; Xu, J.; Zhang, T. Motion transfer."),
 "641 citation not in references": sub(641, "[@vllm2023]", "[@vllm2024]"),
 "641 keys out of order": sub(641, "- URL: https://arxiv.org/abs/2402.09353\n", "- zz: 1\n  URL: https://arxiv.org/abs/2402.09353\n"),
 "641 unlabelled distractor title": sub(641, "  id: frantar2022gptq\n", "  id: frantar2022gptq\n  note: see also Efficient Transformers: A Survey\n"),
 "642 Selesai flag contradicts status": sub(642, "let I4 = 0", "let I4 = 1"),
 "642 cell out of row-major order": sub(642, "let A1 = 1\n", "let A1 = 1\nlabel A0 = \"Nomor\"\n"),
 "642 unescaped quote in a string": sub(642, '\\"catastrophic forgetting\\"', '"catastrophic forgetting"'),
 "642 @sum over a text cell": sub(642, "@sum(I1:I8)", "@sum(H1:H8)"),
 "643 post date goes back": sub(643, "10 Mart 2024, 14:20:44", "07 Mart 2024, 14:20:44"),
 "643 quote of no post": sub(643, "Alıntı: neon_ressam - 09 Mart 2024, 10:12:03", "Alıntı: neon_ressam - 09 Mart 2024, 10:12:04"),
 "643 blockquote unbalanced": sub(643, "sınıf koruma kaybı ile.</blockquote>", "sınıf koruma kaybı ile."),
 "644 unsubscribe link missing": sub(644, "emails/unsubscribe/", "emails/unsub/"),
 "644 preheader missing": sub(644, '<div class="ml-visualizer-container" style="display: none; max-height: 0px; overflow: hidden;">', '<div class="ml-visualizer-container">'),
 "644 OpenReview id for another paper": sub(644, "सदस्यता ले सकते हैं।", "सदस्यता ले सकते हैं। https://openreview.net/forum?id=qVyeW-grC2k"),
 "645 SSR article != __NEXT_DATA__": sub(645, "go?to=https%3A%2F%2Farxiv.org%2Fabs%2F2312.00752", "go?to=https%3A%2F%2Farxiv.org%2Fabs%2F2312.00753"),
 "645 external link not redirected": sub(645, '<a href="https://links.jianshu.com/go?to=https%3A%2F%2Farxiv.org%2Fabs%2F2312.00752"', '<a href="https://arxiv.org/abs/2312.00752"'),
 "645 raw < in __NEXT_DATA__": sub(645, "\\u003cp\\u003e最近组里", "<p>最近组里"),
 "646 catalogue title in negative": sub(646, "- name: Επαναφόρτωση NFS\n", "- name: Επαναφόρτωση NFS — Mixed Precision Training\n"),
 "646 arXiv id in negative": sub(646, "reboot_timeout: 900", "reboot_timeout: 900  # 2106.09685"),
 "646 notify without handler": sub(646, "notify: Επαναφόρτωση NFS", "notify: Επανεκκίνηση NFS"),
 "646 play without hosts": sub(646, "  hosts: fileserver\n", ""),
 "expected: wrong evidence": exp_edit(lambda e: first(637)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(640)(e)[0].update(arxiv_id="1512.03385")),
 "expected: wrong title": exp_edit(lambda e: first(643)(e)[0].update(title="ControlNet")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(645)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[646]].append(dict(first(637)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(642)(e).append(dict(first(639)(e)[0]))),
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
shutil.rmtree("/tmp/round62-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
