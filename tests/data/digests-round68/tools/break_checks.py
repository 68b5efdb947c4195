#!/usr/bin/env python3
"""Breaks a scratch copy of round68 (/tmp/round68-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round68-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(697, 707)}


def sub(n, old, new, count=1):
    enc = "utf-8"
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
 "697 raw < instead of \\u003c": sub(697, "\\u003cp\\u003eRegole", "<p\\u003eRegole"),
 "697 identifier != index": sub(697, '"identifier":"#3","index":3', '"identifier":"#4","index":3'),
 "697 done without done_at": sub(697, '"done":true,"done_at":"2024-03-06T21:40:12+01:00"', '"done":true,"done_at":"0001-01-01T00:00:00Z"'),
 "697 float with .0": sub(697, '"percent_done":1,', '"percent_done":1.0,'),
 "697 unlabelled catalogue id": sub(697, "Capire P(True) e P(IK).", "Capire P(True) e P(IK); vedi anche 2112.00861."),
 "698 tag not closed": sub(698, "{% /callout %}\n\n## मुख्य", "\n## मुख्य"),
 "698 table row missing a cell": sub(698, "* 2019\n", ""),
 "698 undefined frontmatter variable": sub(698, "{% $markdoc.frontmatter.updated %}", "{% $markdoc.frontmatter.last_updated %}"),
 "698 link for a title-only paper": sub(698, "* —\n", "* [arXiv](https://arxiv.org/abs/2006.03236)\n"),
 "699 final newline": lambda root: open(os.path.join(root, "digests", D[699]), "a").write("\n"),
 "699 listing link to the wrong id": sub(699, "\\\\ ( https://arxiv.org/abs/2307.08621 ,", "\\\\ ( https://arxiv.org/abs/2307.08622 ,"),
 "699 message children reordered": sub(699, "<t:ItemClass>IPM.Note</t:ItemClass>", "", 1),
 "699 raw ampersand": sub(699, "&lt;VI1PR0702", "<VI1PR0702"),
 "700 et al.": sub(700, "REN, Shaoqing u. a.: Deep", "REN, Shaoqing et al.: Deep"),
 "700 no form feed at the end": lambda root: open(os.path.join(root, "digests", D[700]), "a").write("\n"),
 "700 URL without Zugriffsdatum": sub(700, "https://arxiv.org/abs/2103.14338. – Zugriffsdatum: 20.01.2024", "https://arxiv.org/abs/2103.14338"),
 "700 arXiv id on a title-only paper": sub(700, "Nr. 11,\nS. 665–673", "Nr. 11,\nS. 665–673. – arXiv:2004.07780"),
 "701 leader length wrong": sub(701, "=LDR  01", "=LDR  02"),
 "701 LF without CR": sub(701, "=003  KR-HbST\r\n", "=003  KR-HbST\n"),
 "701 title changed": sub(701, "$aPre-Training Transformers as Energy-Based", "$aPretraining Transformers as Energy-Based"),
 "702 row missing a cell": sub(702, '<td class="s4" dir="ltr">bài báo</td>', ''),
 "702 undefined class": sub(702, '<td class="s2" dir="ltr">Khuếch tán', '<td class="s7" dir="ltr">Khuếch tán'),
 "702 direct link": sub(702, 'href="https://www.google.com/url?q=https://arxiv.org/abs/2006.11239', 'href="https://arxiv.org/abs/2006.11239?q='),
 "702 final newline": lambda root: open(os.path.join(root, "digests", D[702]), "a").write("\n"),
 "703 raw apostrophe": sub(703, "سلام به همه<br />", "سلام به همه (it's spring)<br />"),
 "703 url without rel": sub(703, 'target="_blank" rel="noopener" class="mycode_url"', 'target="_blank" class="mycode_url"'),
 "703 OpenReview id of another paper": sub(703, "ممنون.<br />", "ممنون. https://openreview.net/forum?id=YicbFdNTTy<br />"),
 "704 placeholder left": sub(704, "okur@example.com", "[EMAIL]"),
 "704 raw & in href": sub(704, "?p=preferences&amp;uid=", "?p=preferences&uid="),
 "704 catalogue title of another file": sub(704, "Stanford CS324 ders notları", "Stanford CS324 ders notları ve Attention Is All You Need"),
 "705 direct external link": sub(705, '<a href="https://link.segmentfault.com/?enc=', '<a href="https://arxiv.org/abs/2106.01345?x=', 1),
 "705 data-id mismatch": sub(705, 'data-id="1190000044718532"', 'data-id="1190000044718533"'),
 "706 not Python": sub(706, "c.Spawner.cpu_limit = 4.0", "c.Spawner.cpu_limit = 4.0)"),
 "706 catalogue title in negative": sub(706, "# - 輪講の資料は", "# - Deep Residual Learning for Image Recognition の資料は"),
 "706 arXiv id in negative": sub(706, "# 最終更新: 2024-04-08", "# 最終更新: 2024-04-08 (2310.06825)"),
 "expected: wrong evidence": exp_edit(lambda e: first(697)(e)[1].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(698)(e)[1].update(arxiv_id="2006.03236")),
 "expected: wrong title": exp_edit(lambda e: first(702)(e)[0].update(title="Diffusion Models")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(705)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[706]].append(dict(first(697)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(704)(e).append(dict(first(701)(e)[0]))),
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
shutil.rmtree("/tmp/round68-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
