#!/usr/bin/env python3
"""Breaks a scratch copy of round112 (/tmp/round112-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round110's harness, with round112's cases and a helper that edits 1139's quoted-printable parts.)"""
import email.quoprimime as qp, json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round112-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1137, 1147)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def eml_text(old, new, parts=(0, 1)):
    """edit the decoded text of 1139's quoted-printable parts (0 plain, 1 html) and encode them again"""
    def fn(root):
        p = os.path.join(root, "digests", D[1139])
        s = open(p, "rb").read().decode("ascii")
        blocks = list(re.finditer(r"Content-Transfer-Encoding: quoted-printable\r\n\r\n(.*?)\r\n------=_Part", s, re.S))
        for k in sorted(parts, reverse=True):
            m = blocks[k]
            t = quopri.decodestring(m.group(1).encode("ascii")).decode("utf-8")
            o, nw = old.replace("\n", "\r\n"), new.replace("\n", "\r\n")
            assert o in t, old
            e = qp.body_encode(t.replace(o, nw, 1).encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n")
            s = s[:m.start(1)] + e + s[m.end(1):]
        open(p, "wb").write(s.encode("ascii"))
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
 # labels
 "link lost in 1137": sub(1137, 'href="https://arxiv.org/abs/1907.11692"', 'href="https://github.com/facebookresearch/fairseq"'),
 "OpenReview link cut in 1138": sub(1138, "forum?id=VTF8yNQM66", "forum?id=VTF8y"),
 "arxiv-text id lost in 1142": sub(1142, "arXiv:2203.02155", "arXiv"),
 "listing link lost in 1139": eml_text("( https://arxiv.org/abs/2307.08621 ,", "( https://arxiv.org/list/cs.CL ,"),
 "title lost in 1143": sub(1143, "「Scaling Vision Transformers」", "「ViT-G」"),
 "title-only paper's id appears in 1145": sub(1145, "top-p（nucleus sampling）の元論文", "top-p（arXiv:1904.09751）の元論文"),
 "arxiv-text also linked in 1140": sub(1140, "arXiv\npreprint arXiv:2010.00904.", "arXiv\npreprint https://arxiv.org/abs/2010.00904."),
 "unlabelled catalogue title in 1143": append(1143, "[박서연] [오후 7:02] 참고로 A Generalist Agent 도 있어요\r\n"),
 "distractor title in 1141": append(1141, "\n% Contrastive Multiview Coding — لاحقاً\n"),
 "unlabelled OpenReview id in 1144": sub(1144, "(arXiv:2106.05234)", "(arXiv:2106.05234, https://openreview.net/forum?id=OeWooOxFwDa)"),
 "unlabelled arXiv id in 1138": sub(1138, "（项目页 voyager.minedojo.org）", "（另见 arXiv:2206.08853）"),
 "catalogue title in the negative": append(1146, "Attention Is All You Need\n"),
 "arXiv-shaped id in the negative": sub(1146, "Вот и всё.", "Вот и всё (2106.01345)."),
 "expected: wrong evidence": exp_edit(lambda e: first(1137)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1140)(e)[7].update(arxiv_id="1706.03762")),
 "expected: wrong title": exp_edit(lambda e: first(1145)(e)[0].update(title="Stable Diffusion 3")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1139)(e)[3].update(openreview_id="QtTKTdVrFBB")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1138)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1146]].append(dict(first(1137)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1144)(e).append(dict(first(1141)(e)[1]))),
 "expected: too few papers": exp_edit(lambda e: [first(1143)(e).pop() for _ in range(2)]),
 "expected: title-only share too high": exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None, openreview_id=None) for r in first(1142)(e)[:4]]),
 # shapes
 "1137 saved-from length": sub(1137, "<!-- saved from url=(0", "<!-- saved from url=(1"),
 "1137 weekday": sub(1137, "Di, 16.04.2024", "Mi, 16.04.2024"),
 "1137 breadcrumb": sub(1137, '<span class="crumb"><a href="https://ilias.uni-example.de/ilias.php?baseClass', '<span class="crumb"><a href="https://ilias.uni-example.de/goto.php?baseClass'),
 "1137 unbalanced": sub(1137, "</div>\n</main>", "\n</main>"),
 "1137 session numbers": sub(1137, 'Cell1">3</td>', 'Cell1">4</td>'),
 "1138 TOC anchor": sub(1138, "](#工具使用-tool-use)", "](#工具使用)"),
 "1138 table row cell": sub(1138, "  <td>NeurIPS 2021</td>\n", ""),
 "1138 code fence": sub(1138, "}\n```\n", "}\n"),
 "1138 CRLF": sub(1138, "\n", "\r\n", count=3),
 "1139 LF line end": sub(1139, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1139 Date weekday": sub(1139, "Date: Tue, 18 Jul 2023 06:03:32", "Date: Wed, 18 Jul 2023 06:03:32"),
 "1139 listing size mismatch": eml_text(",  1290kb)", ",  1291kb)"),
 "1139 quoted-printable line too long": sub(1139, r"(=[0-9A-F]{2})=\r\n", r"\1", count=4, regex=True),
 "1139 Subject not encoded": sub(1139, r"Subject: =\?utf-8\?q\?[^\r]+", "Subject: Fwd: reading group", regex=True),
 "1140 unsorted references": sub(1140, "VASWANI A., SHAZEER N.", "ABBAS A., SHAZEER N."),
 "1140 page number": sub(1140, "\n224\n", "\n226\n"),
 "1140 long line": sub(1140, "Conference on\nLearning Representations. URL", "Conference on Learning Representations. URL"),
 "1140 citation without reference": sub(1140, "(Graves et al., 2006)", "(Graves et al., 2005)"),
 "1141 comma on the last field": sub(1141, "\tyear = {2021}\n}", "\tyear = {2021},\n}"),
 "1141 brace unbalanced": sub(1141, "title = {{Shortcut", "title = {{{Shortcut"),
 "1141 duplicate key": sub(1141, "@inproceedings{li2021why,", "@inproceedings{chen2020simple,"),
 "1141 text outside entries": sub(1141, "% الأساس", "الأساس"),
 "1142 quoting": sub(1142, '"escala, TPU"', "escala, TPU"),
 "1142 date format": sub(1142, ",3/14/2024,", ",14/3/2024,"),
 "1142 checkbox": sub(1142, ",true,fp16,", ",TRUE,fp16,"),
 "1143 weekday": sub(1143, "2024-05-07 (화)", "2024-05-07 (수)"),
 "1143 not a member": sub(1143, "[이준호] [오후 3:02]", "[홍길동] [오후 3:02]"),
 "1143 time goes back": sub(1143, "[김도윤] [오후 4:25]", "[김도윤] [오후 1:25]"),
 "1144 title vs h1": sub(1144, "<title>Čtvrtník ML #37:", "<title>Čtvrtník ML #38:"),
 "1144 weekday": sub(1144, "· středa 13.", "· čtvrtek 13."),
 "1144 web-version link": sub(1144, "ctvrtnik-ml-c37\" style=\"color:#0b6e4f\" target=\"_blank\">Zobrazit", "ctvrtnik-ml-c36\" style=\"color:#0b6e4f\" target=\"_blank\">Zobrazit"),
 "1145 comment count": sub(1145, '<span class="comment-count">2</span>', '<span class="comment-count">3</span>'),
 "1145 archive order": sub(1145, ">2024年 02月</a>", ">2023年 02月</a>"),
 "1145 permalink date": sub(1145, "2024-03-24 23:05", "2024-03-25 23:05"),
 "1146 comment plural": sub(1146, "7 комментариев", "7 комментария"),
 "1146 comment date order": sub(1146, "13.03.2024 08:17", "12.03.2024 08:17"),
 "1146 CR": sub(1146, "\n", "\r\n", count=2),
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
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
