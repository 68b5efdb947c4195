#!/usr/bin/env python3
"""Breaks a scratch copy of round167 (/tmp/round167-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round163's harness, with round167's cases; every digest is UTF-8; 1687–1690 end on a bare
prompt without a final newline, 1695 is one line without one.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round167-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1687, 1697)}
ENC = lambda n: "utf-8"


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(ENC(n)))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC(n)))
    return fn


def recode(n, enc):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        open(p, "wb").write(s.encode(enc))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1687 radian
 "1687 nrow": sub(1687, "[1] 8\n", "[1] 9\n"),
 "1687 banner": sub(1687, "Platform: x86_64", "Plattform: x86_64"),
 "1687 no blank after output": sub(1687, "[1] 8\n\n", "[1] 8\n"),
 "1687 column padding": sub(1687, "1    kaplan20 2020", "1   kaplan20 2020"),
 "1687 decimals": sub(1687, "      70.0      1400", "        70      1400"),
 "1687 row name": sub(1687, "\n3 chowdhery22", "\n4 chowdhery22"),
 "1687 table counts": sub(1687, "         3          1     4 ", "         3          2     4 "),
 "1687 table trailing blank": sub(1687, "in lettura letto \n", "in lettura letto\n"),
 "1687 url line": sub(1687, "  https://arxiv.org/abs/2001.08361", "https://arxiv.org/abs/2001.08361"),
 "1687 cat count": sub(1687, "Textbooks Are All You Need\nA Survey", "A Survey"),
 "1687 final newline": append(1687, "\n"),
 # 1688 jira-cli
 "1688 tab layout": sub(1688, "LF-203\tGPU-Kontingent für Q2 beantragen\t\t\t\t\t\t", "LF-203\tGPU-Kontingent für Q2 beantragen\t\t\t\t\t"),
 "1688 header": sub(1688, "KEY\tSUMMARY", "ID\tSUMMARY"),
 "1688 created order": sub(1688, "2024-02-26 14:22:10", "2024-03-26 14:22:10"),
 "1688 view status": sub(1688, "🚧 In Arbeit  ⌛", "🚧 Fertig  ⌛"),
 "1688 view title": sub(1688, "# Lesekreis März", "# Lesekreis Maerz"),
 "1688 comment count": sub(1688, "💭 2 comments", "💭 3 comments"),
 "1688 latest comment": sub(1688, " • Latest comment", ""),
 "1688 footer": sub(1688, "/browse/LF-214", "/browse/LF-213"),
 "1688 view date": sub(1688, "⌛ Mon, 04 Mar 24", "⌛ Tue, 05 Mar 24"),
 # 1689 nb
 "1689 list order": sub(1689, "[lectures:9] 🔖", "[lectures:19] 🔖"),
 "1689 list line": sub(1689, "[lectures:12] 🔖 ", "lectures:12 🔖 "),
 "1689 heading != title": sub(1689, "# Bi-tuning of Pre-trained Representations | OpenReview", "# Bi-tuning | OpenReview"),
 "1689 sed count": sub(1689, "sed -n 1,12p", "sed -n 1,14p"),
 "1689 url line": sub(1689, "<https://arxiv.org/abs/2106.08254>", "https://arxiv.org/abs/2106.08254"),
 "1689 tags": sub(1689, "#ssl #vit #histo", "ssl, vit, histo"),
 "1689 wiki link": sub(1689, "[[lectures:11]]", "[[lectures:21]]"),
 "1689 todo box": sub(1689, "✔️ [ ] Relancer", "✔️ Relancer"),
 # 1690 AnkiConnect
 "1690 reply layout": sub(1690, '"error": null}', '"error":null}'),
 "1690 ids order": sub(1690, '"result": [1706421605113, 1706422380548,', '"result": [1706422380548, 1706421605113,'),
 "1690 jq layout": sub(1690, '  "noteId": 1706421605113,', '  "noteId" : 1706421605113,'),
 "1690 field order": sub(1690, '"order": 1\n    }\n  }\n}\n{\n  "noteId": 1706422380548', '"order": 2\n    }\n  }\n}\n{\n  "noteId": 1706422380548'),
 "1690 unbalanced a": sub(1690, 'PDF (v4)</a>', 'PDF (v4)'),
 "1690 mod before note": sub(1690, "[1706421605113,1706421785,", "[1706421605113,1706421000,"),
 "1690 card id": sub(1690, "[1706507012994]", "[1706507012900]"),
 # 1691 pdfpc
 "1691 layout": sub(1691, '"duration" : 40', '"duration": 40'),
 "1691 idx": sub(1691, '"idx" : 3,', '"idx" : 4,'),
 "1691 overlay label": sub(1691, '"idx" : 3,\n      "label" : "3"', '"idx" : 3,\n      "label" : "4"'),
 "1691 endSlide": sub(1691, '"endSlide" : 10', '"endSlide" : 40'),
 "1691 not json": sub(1691, '"noteFontSize" : 20,', '"noteFontSize" : 20'),
 # 1692 org-journal
 "1692 weekday": sub(1692, "* tisdag, 2024-03-05", "* onsdag, 2024-03-05"),
 "1692 created": sub(1692, ":CREATED:  20240305", ":CREATED:  20240306"),
 "1692 entry order": sub(1692, "** 15:45 Residualer", "** 08:45 Residualer"),
 "1692 org link": sub(1692, "[[https://arxiv.org/abs/2010.01412][", "[[arxiv.org/abs/2010.01412]["),
 "1692 deep heading": sub(1692, "** 10:05 Handledarmöte\n", "** 10:05 Handledarmöte\n*** Anteckningar\n"),
 # 1693 Lepiter
 "1693 layout": sub(1693, '\t"__type" : "page",', '    "__type" : "page",'),
 "1693 edit before create": sub(1693, '"dateAndTimeString" : "2024-02-12T09:43:18.318+01:00"', '"dateAndTimeString" : "2024-02-12T09:40:18.318+01:00"'),
 "1693 snippet type": sub(1693, '"__type" : "pharoSnippet"', '"__type" : "pythonSnippet"'),
 "1693 uid": sub(1693, '"uidString" : "z7kakOD/hysy/Q0JvWPiow=="', '"uidString" : "z7kakOD"'),
 "1693 schema": sub(1693, '"__schema" : "4.1"', '"__schema" : "3.2"'),
 # 1694 numpydoc
 "1694 underline": sub(1694, "    Parameters\n    ----------\n    x_t", "    Parameters\n    ---------\n    x_t"),
 "1694 param name": sub(1694, "    n_steps : int\n        离散步数。", "    steps : int\n        离散步数。"),
 "1694 reference cite": sub(1694, "UNet 权重按 [2]_ 微调", "UNet 权重按论文微调"),
 "1694 reference number": sub(1694, '.. [2] N. Ruiz', '.. [3] N. Ruiz'),
 "1694 syntax": sub(1694, "    return [r + scale * h for r, h in zip(residuals, hint_features)]", "    return [r + scale * h for r, h in zip(residuals, hint_features)"),
 "1694 __all__": sub(1694, ', "fast_vocoder_schedule"]', ']'),
 "1694 unknown section": sub(1694, "    Notes\n    -----\n    数值", "    Hinweise\n    --------\n    数值"),
 # 1695 TagSpaces
 "1695 newline": append(1695, "\n"),
 "1695 not compact": sub(1695, '{"appName":"TagSpaces",', '{"appName": "TagSpaces",'),
 "1695 app": sub(1695, '"appName":"TagSpaces"', '"appName":"TagSpace"'),
 "1695 tag colour": sub(1695, '"color":"#1b5e20ff"', '"color":"green"'),
 "1695 lastUpdated": sub(1695, '"lastUpdated":1710163852417', '"lastUpdated":1710163852'),
 # 1696 cheat
 "1696 front matter": sub(1696, "syntax: bash", "syntax = bash"),
 "1696 block": sub(1696, "# Batalkan semua job saya yang masih PENDING\n", ""),
 "1696 double blank": sub(1696, "\n\n# Batalkan", "\n\n\n# Batalkan"),
 "1696 catalogue title in the negative": sub(1696, "(jangan lebih dari 2 jam", "(Segment Anything, jangan lebih dari 2 jam"),
 "1696 arXiv-shaped id in the negative": sub(1696, "kuota lab: 1500 GPU-jam", "kuota lab: 2403.01234 GPU-jam"),
 # labels
 "title-only paper gets an id in 1692": sub(1692, "Understanding the difficulty of training deep feedforward neural networks (AISTATS 2010)", "Understanding the difficulty of training deep feedforward neural networks (arXiv:2103.13462)"),
 "title-only paper gets a link in 1695": sub(1695, "Big Transfer (BiT): General Visual Representation Learning —", "Big Transfer (BiT): General Visual Representation Learning https://arxiv.org/abs/1912.11370 —"),
 "unlabelled catalogue id in 1693": sub(1693, "QBF 2.14.", "QBF 2.14, arXiv:2106.09685."),
 "other file's title in 1690": sub(1690, "Hugging Face Tokenizers 문서", "Hugging Face Tokenizers 문서, Segment Anything"),
 "labelled title lost in 1688": sub(1688, "A Practical Survey on Faster and Lighter Transformers", "Practical Survey"),
 "unlabelled OpenReview id in 1687": sub(1687, "Mistral e Gemma", "Mistral e Gemma https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1694": sub(1694, "训练代码在", "LoRA+: Efficient Low Rank Adaptation of Large Models，训练代码在"),
 "arxiv-text id lost in 1691": sub(1691, "(arXiv:2204.01691)", "(CoRL 2022)"),
 "link lost in 1689": sub(1689, "https://arxiv.org/pdf/2004.11362v5.pdf", "https://example.org/supcon.pdf"),
 "OpenReview link cut in 1688": sub(1688, "forum?id=rkgNKkHtvB", "forum?id=rkgNK"),
 "arxiv-text gets a link in 1694": sub(1694, "ICML 2023. arXiv:2303.01469", "ICML 2023. https://arxiv.org/abs/2303.01469"),
 "label in the negative": exp_edit(lambda e: e[D[1696]].append(dict(e[D[1695]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1689]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1690]][2].update(title="Sentence-BERT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1687]][1].update(true_arxiv_id="2203.15557", arxiv_id="2203.15557")),
 "paper in two files": exp_edit(lambda e: e[D[1688]].append(dict(e[D[1693]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1693]].append({"arxiv_id": None, "openreview_id": None, "title": "Big Bird: Transformers for Longer Sequences", "evidence": "title-only", "true_arxiv_id": "2007.14062"})),
 "too few papers": exp_edit(lambda e: [e[D[1691]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1695]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1694])),
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
    if V: print(f"{name}:", *errs[:int(os.environ.get('BC_N', 3))], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
