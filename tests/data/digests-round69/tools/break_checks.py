#!/usr/bin/env python3
"""Breaks a scratch copy of round69 (/tmp/round69-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round69-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(707, 717)}


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
 "707 subject of a changed twt": sub(707, "輪講を再開します。", "輪講を再開しました。"),
 "707 space instead of TAB": sub(707, "2024-02-26T18:33:12+09:00\t", "2024-02-26T18:33:12+09:00 "),
 "707 timestamps out of order": sub(707, "2024-03-05T13:27:46+09:00", "2024-02-01T13:27:46+09:00"),
 "707 malformed mention": sub(707, "@<sakutaro https://yarn.example.jp/user/sakutaro/twtxt.txt>", "@<sakutaro>"),
 "708 raw percent in text": sub(708, r"бюджете 100\% и 50\%", "бюджете 100% и 50%"),
 "708 itemize not closed": sub(708, "\\end{itemize}\n\n\\section{Для сравнения", "\n\\section{Для сравнения"),
 "708 unlabelled catalogue id": sub(708, "Длинные неявно", "(см. также 2001.04451) Длинные неявно"),
 "709 missing end": sub(709, "      yield to_h if block_given?\n    end\n", "      yield to_h if block_given?\n"),
 "709 unclosed em": sub(709, "Segue <em>QLoRA", "Segue <em><em>QLoRA"),
 "709 link on a title-only paper": sub(709, "Experimental. Baseado em", "Experimental ({arXiv}[https://arxiv.org/abs/2010.01412]). Baseado em"),
 "710 single semicolon in a string": sub(710, "Séance d'ouverture ;; PDF", "Séance d'ouverture ; PDF", enc="cp1252"),
 "710 LF line end": sub(710, "P;PGeneral\r\n", "P;PGeneral\n", enc="cp1252"),
 "710 cell outside the bounds": sub(710, 'C;X10;K"Fichier des transparents"', 'C;X12;K"Fichier des transparents"', enc="cp1252"),
 "711 attribute without ;": sub(711, ':license = "CC-BY-4.0" ;', ':license = "CC-BY-4.0"'),
 "711 value count": sub(711, " train_hours = 6.5, 11.25,", " train_hours = 6.5,"),
 "711 undeclared dimension": sub(711, "int n_params(model) ;", "int n_params(models) ;"),
 "712 offset off by one": sub(712, "Version:0.9\r\n", "Version:0.9 \r\n"),
 "712 tag not closed": sub(712, "ancora di più</strong>" if False else "Prossimo incontro del gruppo di lettura:</strong>", "Prossimo incontro del gruppo di lettura:"),
 "713 literal brace": sub(713, "print({c -(}\"torch\"", "print({\"torch\""),
 "713 jump to a missing marker": sub(713, "{marker results}", "{marker ergebnisse}"),
 "713 browse target": sub(713, '{browse "https://arxiv.org/abs/2006.03654"}', '{browse "arxiv.org/abs/2006.03654"}'),
 "714 two roots": sub(714, "\t14\tcase\t", "\t0\troot\t"),
 "714 text does not rebuild": sub(714, "# text = Semua makalah dibahas", "# text = Semua  makalah dibahas"),
 "714 bad UPOS": sub(714, "\tNOUN\t_\t_\t", "\tNOUNS\t_\t_\t"),
 "715 unescaped slash": sub(715, "https:\\/\\/openreview.net", "https://openreview.net"),
 "715 raw non-ASCII": sub(715, "\\ubc15\\uc9c0\\uc6b0", "박지우"),
 "715 {} for an empty array": sub(715, '"messageParameters":[]', '"messageParameters":{}'),
 "715 OpenReview id of another paper": sub(715, "forum?id=B1ckMDqlg", "forum?id=rkgNKkHtvB"),
 "716 relative ExecStart": sub(716, "ExecStart=/usr/bin/rsync -a --delete", "ExecStart=rsync -a --delete"),
 "716 unknown section": sub(716, "[Timer]\nOnCalendar=*-*-* 00:05:00", "[Timers]\nOnCalendar=*-*-* 00:05:00"),
 "716 catalogue title in negative": sub(716, "# סנכרון קורפוסים", "# Segment Anything — סנכרון קורפוסים"),
 "716 arXiv id in negative": sub(716, "# נוסף ב־2024-02:", "# נוסף ב־2024-02 (2106.09685):"),
 "expected: wrong evidence": exp_edit(lambda e: first(707)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(708)(e)[0].update(arxiv_id="2106.09685")),
 "expected: wrong title": exp_edit(lambda e: first(712)(e)[0].update(title="Classifier-Free Guidance")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(715)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[716]].append(dict(first(707)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(714)(e).append(dict(first(713)(e)[0]))),
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
shutil.rmtree("/tmp/round69-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
