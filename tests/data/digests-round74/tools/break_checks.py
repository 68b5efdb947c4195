#!/usr/bin/env python3
"""Breaks a scratch copy of round74 (/tmp/round74-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round74-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(757, 767)}


def sub(n, old, new, count=1):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        enc = "cp866" if n == 763 else "utf-8"
        s = open(p, "rb").read().decode(enc)
        assert old in s, (n, old)
        open(p, "wb").write(s.replace(old, new, count).encode(enc))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "757 LF line end": sub(757, "VERSION:2.0\r\n", "VERSION:2.0\n"),
 "757 line longer than 75 octets": sub(757, "\r\n es\r\n", "es\r\n"),
 "757 unescaped comma in SUMMARY": sub(757, "SUMMARY:Do As I Can\\, Not", "SUMMARY:Do As I Can, Not"),
 "757 RELATED-TO to nothing": sub(757, "RELATED-TO:00000008-", "RELATED-TO:00000099-"),
 "757 completed task at 30 %": sub(757, "PERCENT-COMPLETE:100\r\nCOMPLETED:20240307T141733Z", "PERCENT-COMPLETE:30\r\nCOMPLETED:20240307T141733Z"),
 "758 LF line end": sub(758, "\r\n! Články", "\n! Články"),
 "758 table row with a missing cell": sub(758, "|2020|–|syntetizované", "|2020|syntetizované"),
 "758 plugin not closed": sub(758, "{REMARKSBOX}", ""),
 "758 final newline": lambda r: open(os.path.join(r, "digests", D[758]), "ab").write(b"\r\n"),
 "759 no ^_ after a message": sub(759, "\x1f\x0c\n0,,\n*** EOOH ***\nFrom: Jonas", "\x0c\n0,,\n*** EOOH ***\nFrom: Jonas"),
 "759 wrong weekday": sub(759, "Date: Fri, 20 Oct 2023", "Date: Thu, 20 Oct 2023"),
 "759 listing id and URL differ": sub(759, "\\\\ ( https://arxiv.org/abs/2207.05221 ,", "\\\\ ( https://arxiv.org/abs/2207.05222 ,"),
 "759 bad status line": sub(759, "0, answered,,", "0 answered"),
 "760 cite to a missing bibitem": sub(760, 'href="#bib.bib13" title="" class="ltx_ref">13</a>', 'href="#bib.bib14" title="" class="ltx_ref">14</a>'),
 "760 tag not closed": sub(760, "</section>\n<section id=\"S2\"", "\n<section id=\"S2\""),
 "761 not well-formed": sub(761, "&amp;start=", "&start="),
 "761 post href not its intrahash": sub(761, '/posts/', '/post/', 3),
 "761 posts out of order": sub(761, 'postingdate="2024-02-05T08:59:14', 'postingdate="2024-03-09T08:59:14'),
 "762 raw colon in text": sub(762, "Swin Transformer\\c Hierarchical", "Swin Transformer: Hierarchical"),
 "762 COUNTIF value stale": sub(762, ":vtf:n:2:", ":vtf:n:3:"),
 "762 cell outside the sheet": sub(762, "cell:J7:", "cell:K7:"),
 "763 wrong weekday": sub(763, "Tue 05 Mar 24 10:05", "Wed 05 Mar 24 10:05"),
 "763 origin of another node": sub(763, " * Origin: Не всё то AutoML, что ищет (Тула) (2:5015/88)", " * Origin: Не всё то AutoML, что ищет (Тула) (2:5015/89)"),
 "763 written as UTF-8": lambda r: open(os.path.join(r, "digests", D[763]), "wb").write(open(os.path.join(r, "digests", D[763]), "rb").read().decode("cp866").encode("utf-8")),
 "764 no unsubscribe tag": sub(764, '<unsubscribe style="color: #ffffff;">Afmelden</unsubscribe>', '<a href="https://ruisenbeeld.example.nl/afmelden">Afmelden</a>'),
 "764 layout outside the repeater": sub(764, "          </repeater>\n", "", 1),
 "764 unknown merge tag": sub(764, "[firstname,fallback=lezer]", "[voornaam,fallback=lezer]"),
 "765 link2 not encoded": sub(765, "link2/?url=https%3A%2F%2Farxiv.org%2Fabs%2F2211.17192", "link2/?url=https://arxiv.org/abs/2211.17192"),
 "765 comment count stale": sub(765, '<span class="count">(5)</span>', '<span class="count">(6)</span>'),
 "766 catalogue title in the negative": sub(766, "# ملاحظات:", "# Attention Is All You Need\n# ملاحظات:"),
 "766 arXiv id in the negative": sub(766, 'tag = "2024-03";', 'tag = "2403.01234";'),
 "766 '' string not closed": sub(766, "echo \"بيئة المختبر (CPU فقط) — للتجارب الصغيرة والاختبارات\"\n            '';", "echo \"بيئة المختبر (CPU فقط)\"\n"),
 "unlabelled catalogue id in 758": sub(758, "Šest úloh od ListOps", "arXiv:2001.04451. Šest úloh od ListOps"),
 "other file's title in 765": sub(765, "先挖个坑。", "先挖个坑。Mamba: Linear-Time Sequence Modeling with Selective State Spaces"),
 "title-only paper gets a link in 761": sub(761, 'pages="1715--1725"', 'pages="1715--1725" url="https://arxiv.org/abs/1508.07909"'),
 "expected: wrong evidence": exp_edit(lambda e: first(757)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(758)(e)[1].update(arxiv_id="1904.10509")),
 "expected: wrong title": exp_edit(lambda e: first(760)(e)[2].update(title="Mamba: Linear-Time Sequence Modelling with Selective State Spaces")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(764)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[766]].append(dict(first(757)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(759)(e).append(dict(first(763)(e)[0]))),
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
shutil.rmtree("/tmp/round74-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
