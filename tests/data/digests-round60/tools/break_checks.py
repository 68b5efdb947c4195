#!/usr/bin/env python3
"""Breaks a scratch copy of round60 (/tmp/round60-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. 623 is edited as GBK and 625 as EUC-JP, the others as UTF-8 (line ends kept)."""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round60-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(617, 627)}
ENC = {623: "gbk", 625: "euc_jp"}


def sub(n, old, new):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, encoding=ENC.get(n, "utf-8"), newline="").read()
        assert old in s, (n, old)
        open(p, "w", encoding=ENC.get(n, "utf-8"), newline="").write(s.replace(old, new, 1))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "617 unlabelled catalogue title": sub(617, "Gia hạn thẻ thư viện", "Gia hạn thẻ thư viện (trả sách Attention Is All You Need)"),
 "617 a field not quoted": sub(617, '"Version: 7.1"', "Version: 7.1"),
 "617 parentId unresolved": sub(617, '"65f0c3a2e4b0000000000002",""', '"65f0c3a2e4b0000000000099",""'),
 "617 completed without Completed Time": sub(617, '"1","2024-02-20T01:33:00+0000","2024-03-01T03:02:19+0000"', '"1","2024-02-20T01:33:00+0000",""'),
 "618 table row cell count": sub(618, " || — || {{O(n)}} (свёртки", " || {{O(n)}} (свёртки"),
 "618 collapsible not closed": sub(618, "[[/collapsible]]\n", ""),
 "618 OpenReview id changed": sub(618, "_adSMszz_g9", "_adSMszz_g0"),
 "619 unescaped From line": sub(619, ">From the DeepSpeed", "From the DeepSpeed"),
 "619 listing link id mismatch": sub(619, "\\\\ ( https://arxiv.org/abs/2006.16668", "\\\\ ( https://arxiv.org/abs/2006.16669"),
 "619 X-UID out of order": sub(619, "X-UID: 2", "X-UID: 3"),
 "620 reference numbering": sub(620, "[3] T. Pfaff", "[4] T. Pfaff"),
 "620 page number": sub(620, "\n\n2\n\f", "\n\n3\n\f"),
 "620 link for a title-only paper": sub(620, "pp. 465–485.", "pp. 465–485, https://arxiv.org/abs/2103.13462."),
 "621 numeric string unquoted": sub(621, "volume: '33'", "volume: 33"),
 "621 folding undone": sub(621, "memory\n  bank.", "memory bank."),
 "621 title dropped": sub(621, "title: In Search of Lost Domain Generalization", "title: DomainBed"),
 "622 ExpandedRowCount": sub(622, 'ss:ExpandedRowCount="17"', 'ss:ExpandedRowCount="18"'),
 "622 bare LF": sub(622, "\r\n </Styles>", "\n </Styles>"),
 "622 arxiv-text id removed": sub(622, "arXiv 2302.13971", "arXiv"),
 "623 floor label": sub(623, "<strong>沙发</strong>", "<strong>板凳</strong>"),
 "623 reply count": sub(623, '回复:</span> <span class="xi1">4</span>', '回复:</span> <span class="xi1">5</span>'),
 "623 div not closed": sub(623, '<div id="comment_512366" class="cm">\r\n</div>', '<div id="comment_512366" class="cm">'),
 "624 unsubscribe link": sub(624, "action=unsubscribe", "action=unsub"),
 "624 [if mso] not closed": sub(624, "<![endif]-->", ""),
 "624 distractor title": sub(624, "(Langevin recuit).", "(Langevin recuit). Voir aussi Contrastive Multiview Coding."),
 "625 weekday": sub(625, "2024/03/09(土)", "2024/03/09(日)"),
 "625 comment count": sub(625, "コメント:2", "コメント:3"),
 "626 catalogue title in negative": sub(626, "#  주의:", "#  참고: Neural Turing Machines\n#  주의:"),
 "626 arXiv id in negative": sub(626, "v0.4.2  flash-attn", "v0.4.2  (2310.01234 참고) flash-attn"),
 "626 unknown section": sub(626, "%startscript", "%startup"),
 "expected: wrong evidence": exp_edit(lambda e: first(617)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(618)(e)[5].update(arxiv_id="2004.11886")),
 "expected: wrong title": exp_edit(lambda e: first(622)(e)[0].update(title="GPT-3")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(625)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[626]].append(dict(first(617)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(621)(e).append(dict(first(620)(e)[0]))),
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
shutil.rmtree("/tmp/round60-scratch", ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
