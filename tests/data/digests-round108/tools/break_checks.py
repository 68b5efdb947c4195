#!/usr/bin/env python3
"""Breaks a scratch copy of round108 (/tmp/round108-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round107's harness, with round108's cases; 1102 is CP949 and 1105 EUC-JP, so `sub` edits each digest
in its own charset; `mime_sub` edits 1099's text part and base64-encodes it again as the builder does.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round108-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1097, 1107)}
CS = {1102: "cp949", 1105: "euc_jp"}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(CS.get(n, "utf-8"))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(CS.get(n, "utf-8")))
    return fn


def mime_sub(old, new, part=0):
    """edit the decoded text of 1099's part `part` (0 text, 1 HTML) and encode it again in 76-character lines"""
    def fn(root):
        p = os.path.join(root, "digests", D[1099])
        s = open(p, "rb").read().decode("ascii")
        blocks = re.findall(r"Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--", s)
        t = base64.b64decode(blocks[part].replace("\r\n", "")).decode("utf-8")
        assert old in t, old
        b = base64.b64encode(t.replace(old, new, 1).encode("utf-8")).decode("ascii")
        s = s.replace(blocks[part], "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)))
        open(p, "wb").write(s.encode("ascii"))
    return fn


def raw_bytes(n, fn_):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        data = open(p, "rb").read()
        open(p, "wb").write(fn_(data))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(CS.get(n, "utf-8")))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "1097 saved-from length wrong": sub(1097, "saved from url=(0", "saved from url=(1"),
 "1097 link to another course": sub(1097, "cidReq=M2IAGEN&amp;id_session=0&amp;gidReq=0&amp;gradebook=0&amp;origin=\"><img src=\"https://campus.univ-exemple.fr/main/img/icons/32/info", "cidReq=M2IAML&amp;id_session=0&amp;gidReq=0&amp;gradebook=0&amp;origin=\"><img src=\"https://campus.univ-exemple.fr/main/img/icons/32/info"),
 "1097 panel edit link for another type": sub(1097, "description_type=3&amp;", "description_type=4&amp;"),
 "1097 raw accent in a panel body": sub(1097, "Pr&eacute;requis", "Prérequis"),
 "1097 tag not closed": sub(1097, "</ol>", ""),
 "1097 raw & in a link": sub(1097, "action=add&amp;cidReq", "action=add&cidReq"),
 "1097 panels out of order": sub(1097, 'id="description_2"', 'id="description_9"'),
 "1098 table row with an extra cell": sub(1098, "| Meta | 2022 |", "| Meta | 2022 | x |"),
 "1098 sections misnumbered": sub(1098, "## 3. 开源基座模型", "## 4. 开源基座模型"),
 "1098 TOC twice": sub(1098, "[[_TOC_]]", "[[_TOC_]]\n\n[[_TOC_]]"),
 "1098 badge from elsewhere": sub(1098, "https://img.shields.io/badge/license", "http://badge.example.com/license"),
 "1098 no final newline": sub(1098, "[CC BY 4.0](LICENSE)\n", "[CC BY 4.0](LICENSE)"),
 "1099 LF line end in the head": raw_bytes(1099, lambda b: b.replace(b"X-Priority: 3 (Normal)\r\n", b"X-Priority: 3 (Normal)\n", 1)),
 "1099 Date with the wrong weekday": raw_bytes(1099, lambda b: b.replace(b"Date: Mon, 04 Mar", b"Date: Tue, 04 Mar", 1)),
 "1099 Message-ID host not the Received host": raw_bytes(1099, lambda b: b.replace(b"@f507.i.mail.ru>", b"@f508.i.mail.ru>", 1)),
 "1099 base64 line too long": raw_bytes(1099, lambda b: re.sub(rb"\r\n([A-Za-z0-9+/]{76})\r\n([A-Za-z0-9+/]{76})\r\n", rb"\r\n\1\2\r\n", b, count=1)),
 "1099 listing link for another id": mime_sub("\\\\ ( https://arxiv.org/abs/2307.08691 ,", "\\\\ ( https://arxiv.org/abs/2307.08692 ,"),
 "1099 listing size differs": mime_sub("2196kb)", "2197kb)"),
 "1099 title line over 79 columns": mime_sub("Title: FlashAttention-2: Faster Attention with Better Parallelism and Work\n  Partitioning".replace("\n", "\r\n"), "Title: FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning"),
 "1099 HTML part lacks a listing line": mime_sub("Categories: cs.LG cs.DC", "Categories: cs.DC", part=1),
 "1099 boundary misspelt": raw_bytes(1099, lambda b: b.replace(b"--ALT--BF40cC2fd1709536662--", b"--ALT--BF40cC2fd1709536663--", 1)),
 "1100 page number skipped": sub(1100, "\f72\n", "\f74\n"),
 "1100 entries out of order": sub(1100, "Kevin Clark, Minh-Thang Luong", "Kevin Zlark, Minh-Thang Luong"),
 "1100 preprint not in plainnat's form": sub(1100, "arXiv preprint arXiv:2103.10385, 2021.", "arXiv preprint 2103.10385, 2021."),
 "1100 no final form feed": sub(1100, r"\f$", "", regex=True),
 "1101 unbalanced braces": sub(1101, "title = {{Supervised Contrastive Learning}}", "title = {{Supervised Contrastive Learning}"),
 "1101 key not ResearchRabbit's": sub(1101, "@article{chen2020exploring,", "@article{chen2020simsiam,"),
 "1101 eprint without archiveprefix": sub(1101, "  eprint = {2011.10566},\n  archiveprefix = {arXiv}", "  eprint = {2011.10566}"),
 "1101 text outside an entry": sub(1101, "% SimSiam:", "SimSiam:"),
 "1101 duplicate key": sub(1101, "@inproceedings{khosla2020supervised,", "@inproceedings{he2019momentum,"),
 "1102 LF row end": raw_bytes(1102, lambda b: b.replace(b"\r\n", b"\n", 1)),
 "1102 quoted without need": sub(1102, ",NLP연구실,Measuring", ',"NLP연구실",Measuring'),
 "1102 answers out of order": sub(1102, "2024.02.28 16:55:09", "2024.02.25 16:55:09"),
 "1102 UTF-8 instead of CP949": raw_bytes(1102, lambda b: b.decode("cp949").encode("utf-8")),
 "1102 row with a missing column": sub(1102, ",가능\r\n2024.02.27 09:03:58", "\r\n2024.02.27 09:03:58"),
 "1103 replies count wrong": sub(1103, "الردود: 4", "الردود: 5"),
 "1103 message ids not rising": sub(1103, "#1851", "#1840"),
 "1103 quote of a line never written": sub(1103, "كتب yazan99:\nهل الجلسات تسجّل؟", "كتب yazan99:\nهل الجلسات مجانية؟"),
 "1103 one author, two counts": sub(1103, r"(المشاركات: 212.*?)المشاركات: 212", r"\1المشاركات: 213", regex=True),
 "1103 message without its buttons": sub(1103, r"(يحسن التدريب العدائي\.\n)شكراً\n", r"\1", regex=True),
 "1104 void element not self-closed": sub(1104, 'width="180" alt="IA para Ciência" style="display:block;" />', 'width="180" alt="IA para Ciência" style="display:block;">'),
 "1104 link without target": sub(1104, '<a href="https://pytorch-geometric.readthedocs.io/" target="_blank"', '<a href="https://pytorch-geometric.readthedocs.io/"'),
 "1104 raw & in a link": sub(1104, "lead=9f3c2a71e0b44d58&amp;email=27", "lead=9f3c2a71e0b44d58&email=27"),
 "1104 card without its button": sub(1104, r'<table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr><td><a href="https://arxiv.org/abs/2010.08895"[^\n]*</td></tr></table>\n', "", regex=True),
 "1105 UTF-8 bytes": raw_bytes(1105, lambda b: b.decode("euc_jp").encode("utf-8")),
 "1105 wrong weekday": sub(1105, "2024.03.03 Sunday", "2024.03.03 Monday"),
 "1105 comments count wrong": sub(1105, "comments(2)", "comments(3)"),
 "1105 trackback URL of another entry": sub(1105, "/trackback/152", "/trackback/151"),
 "1106 front matter": sub(1106, "# मैं", "---\ntitle: x\n---\n# मैं"),
 "1106 catalogue title in the negative": sub(1106, "मत करना।", "मत करना। (Generative Adversarial Networks)"),
 "1106 arXiv id in the negative": sub(1106, "मत करना।", "मत करना। 2310.04512"),
 "title-only paper gets a link in 1103": sub(1103, "(Zhang et al.)", "(Zhang et al.) https://arxiv.org/abs/2004.08955"),
 "unlabelled catalogue id in 1098": sub(1098, "待补", "1706.03762"),
 "other file's title in 1104": sub(1104, "Sugestão do Rafael.", "Sugestão do Rafael (ver Segment Anything)."),
 "labelled title lost in 1102": sub(1102, "Dodrio: Exploring Transformer Models with Interactive Visualization", "Dodrio"),
 "unlabelled OpenReview id in 1105": sub(1105, "Colah&#39;s blog", "https://openreview.net/forum?id=Hyx0slrFvH Colah&#39;s blog"),
 "distractor title in 1097": sub(1097, "Lire surtout la section 4", "Efficient Transformers: A Survey. Lire surtout la section 4"),
 "title-only paper's id in 1101": sub(1101, "  pages = {4904--4916}", "  pages = {4904--4916},\n  note = {2102.05918}"),
 "arxiv-text id lost in 1104": sub(1104, "arXiv:2111.04263", "ICLR 2021"),
 "link lost in 1100": sub(1100, "URL\nhttps://arxiv.org/abs/2305.14314.", "URL\nhttps://github.com/artidoro/qlora."),
 "OpenReview link cut in 1102": sub(1102, "forum?id=WE_vluYUL-X", "forum?id=WE_vl"),
 "expected: wrong evidence": exp_edit(lambda e: first(1097)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1103)(e)[4].update(arxiv_id="2004.08955")),
 "expected: wrong title": exp_edit(lambda e: first(1098)(e)[0].update(title="GPT-3")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1104)(e)[3].update(openreview_id="St1giarCHLP")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1101)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1106]].append(dict(first(1097)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1105)(e).append(dict(first(1102)(e)[1]))),
 "expected: too few papers": exp_edit(lambda e: [first(1099)(e).pop() for _ in range(2)]),
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
