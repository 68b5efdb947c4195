#!/usr/bin/env python3
"""Breaks a scratch copy of round76 (/tmp/round76-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round76-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(777, 787)}


def sub(n, old, new, count=1):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        assert old in s, (n, old)
        open(p, "wb").write(s.replace(old, new, count).encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "777 header renamed": sub(777, "Completion Date", "Completed"),
 "777 a record ended by LF": sub(777, "läsecirkel\r\n", "läsecirkel\n"),
 "777 task before its parent": sub(777, "1.3.1,Action", "1.4.1,Action"),
 "777 date without seconds": sub(777, "2024-01-25 15:42:00 +0000", "2024-01-25 15:42 +0000"),
 "777 action under the wrong project": sub(777, "Boka rum E:1426 för torsdagarna,,Läsecirkel VT24: administration,", "Boka rum E:1426 för torsdagarna,,Läsecirkel HT24 (idéer),"),
 "778 unknown link option": sub(778, "':target=_blank')", "':target=_self')"),
 "778 table row short of a cell": sub(778, "| 2020 | ", "| 2020 "),
 "778 tabs:end missing": sub(778, "<!-- tabs:end -->", ""),
 "779 Rspamd symbols do not sum": sub(779, "BAYES_HAM(-2.99)", "BAYES_HAM(-1.99)"),
 "779 wrong weekday": sub(779, "Date: Tue, 5 Mar 2024", "Date: Wed, 5 Mar 2024"),
 "779 listing size mismatch": sub(779, "(6892kb,D)", "(6893kb,D)"),
 "779 continuation without indent": sub(779, "\tby mx1.cv-lab.example.org with LMTP", "by mx1.cv-lab.example.org with LMTP"),
 "780 citation number differs from the list": sub(780, '<a href="#vaswani2017">[9]</a>', '<a href="#vaswani2017">[8]</a>'),
 "780 references not in citation order": sub(780, '<a href="#graves2006">[4]</a>', '<a href="#graves2014">[8]</a> <a href="#graves2006">[4]</a>'),
 "780 footnote def missing": sub(780, '<div class="footnote" id="_footnotedef_1">\n<a href="#_footnoteref_1">1</a>. ', '<div class="footnote" id="_footnotedef_1">\n'),
 "780 straight apostrophe": sub(780, "l&#8217;implementazione", "l'implementazione"),
 "780 toc entry to a missing section": sub(780, '<li><a href="#_attenzione_e_memoria">', '<li><a href="#_attenzione">'),
 "781 completeListSize wrong": sub(781, 'completeListSize="111"', 'completeListSize="112"'),
 "781 non-DC element": sub(781, "<dc:language>eng</dc:language>", "<dc:lang>eng</dc:lang>"),
 "781 a line break": sub(781, "<ListRecords>", "\n<ListRecords>"),
 "782 row count wrong": sub(782, "7 rows in set", "8 rows in set"),
 "782 cell shifted": sub(782, "| 12 | A ConvNet", "| 12 |  A ConvNet"),
 "782 number left-aligned": sub(782, "| 12 | A ConvNet", "| 1  | A ConvNet"),
 "782 \\G names not aligned": sub(782, "   enotita: orasi", "  enotita: orasi"),
 "783 permalink mismatch": sub(783, '/#post-815" class="bbp-reply-permalink">#815', '/#post-816" class="bbp-reply-permalink">#815'),
 "783 pagination count wrong": sub(783, "مشاهدة 7 مشاركات", "مشاهدة 8 مشاركات"),
 "783 straight quote": sub(783, "&#8220;لماذا", '"لماذا'),
 "783 unbalanced div": sub(783, "</div><!-- .reply -->", "<!-- .reply -->"),
 "784 ct array count wrong": sub(784, "ct=YTo1", "ct=YTo2"),
 "784 untracked link": sub(784, 'href="https://news.ils.example.de/email/unsubscribe/', 'href="https://news.ils.example.de/unsubscribe/'),
 "784 section wrapper unpaired": sub(784, '<div data-section-wrapper="1">', "<div>"),
 "785 h2 id not t_ + key": sub(785, '<h2 id="t_4a2b3c3c0102yk7d"', '<h2 id="t_4a2b3c3c0102yk7e"'),
 "785 title suffix wrong": sub(785, "_林小舟_新浪博客</title>", "_林小舟_新浪网</title>"),
 "785 tag query in UTF-8": sub(785, "q=%D6%C7%C4%DC%CC%E5", "q=%E6%99%BA%E8%83%BD%E4%BD%93"),
 "785 comment before the post": sub(785, "2024-03-05 20:11:09", "2024-03-04 20:11:09"),
 "785 comment count wrong": sub(785, 'class="SG_txtb">(3)</span>', 'class="SG_txtb">(4)</span>'),
 "786 bad severity": sub(786, "severity: info", "severity: low"),
 "786 bad for duration": sub(786, "for: 5m", "for: 5 min"),
 "786 alert twice in a group": sub(786, "alert: GpuHotV100", "alert: GpuHotA100"),
 "786 TAB indentation": sub(786, "        expr: sum(DCGM_FI_DEV_FB_USED)", "\texpr: sum(DCGM_FI_DEV_FB_USED)"),
 "786 catalogue title in the negative": sub(786, "groups:\n", "# Attention Is All You Need\ngroups:\n"),
 "786 arXiv id in the negative": sub(786, "runbook_url: https://wiki.ml-lab.example.org/runbooks/nfs", "runbook_url: https://wiki.ml-lab.example.org/runbooks/nfs # 2106.09685"),
 "unlabelled catalogue id in 782": sub(782, "ο Νίκος δεν έβαλε σύνδεσμο.", "ο Νίκος δεν έβαλε σύνδεσμο. Βλ. arXiv:2203.15556."),
 "other file's title in 785": sub(785, "转载请注明出处。", "LoRA: Low-Rank Adaptation of Large Language Models 转载请注明出处。"),
 "title-only paper gets a link in 781": sub(781, "Sin enlace externo:", "https://arxiv.org/abs/2003.10555 Sin enlace externo:"),
 "expected: wrong evidence": exp_edit(lambda e: first(777)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(780)(e)[2].update(arxiv_id="1706.03762")),
 "expected: wrong title": exp_edit(lambda e: first(782)(e)[0].update(title="A ConvNet for the 2010s")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(783)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[786]].append(dict(first(777)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(785)(e).append(dict(first(784)(e)[0]))),
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
shutil.rmtree("/tmp/round76-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
