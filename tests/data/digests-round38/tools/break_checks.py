#!/usr/bin/env python3
"""Breaks a scratch copy of round38 one case at a time and runs validate.py on it (scratch only:
/tmp/round38-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round38 digests are UTF-8 text without a byte-order mark
(402 with CRLF records)."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round38-scratch/break"
D = W + "/digests"


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools", "__pycache__"))


def path(n):
    return next(os.path.join(D, f) for f in os.listdir(D) if f.startswith(str(n) + "_"))


def rd(n):
    return open(path(n), encoding="utf-8", newline="").read()


def wr(n, s):
    open(path(n), "w", encoding="utf-8", newline="").write(s)


def sub1(n, old, new, nth=1):
    """replace the nth occurrence of old"""
    s = rd(n)
    assert s.count(old) >= nth, (n, old)
    i = -1
    for _ in range(nth):
        i = s.index(old, i + 1)
    wr(n, s[:i] + new + s[i + len(old):])


def exp_edit(f):
    e = json.load(open(W + "/expected.json"))
    f(e)
    json.dump(e, open(W + "/expected.json", "w"), indent=1, ensure_ascii=False)


def recs(e, n):
    return e[next(k for k in e if k.startswith(str(n) + "_"))]


def rec(e, n, start):
    return next(r for r in recs(e, n) if r["title"].startswith(start))


CASES = []


def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# 397 Markdown checklist plan
@case("397 an unlabelled catalogue arXiv id")
def _(): sub1(397, "(nickname only, we are not reading BYOL)", "(nickname only; BYOL is arXiv:2006.07733)")
@case("397 a catalogue title not labelled")
def _(): sub1(397, "- the SimCLR paper, BYOL,", "- A Simple Framework for Contrastive Learning of Visual Representations, BYOL,")
@case("397 a section's Σ wrong")
def _(): sub1(397, "— Σ ⏱ 2 h 45 min", "— Σ ⏱ 2 h 30 min")
@case("397 progress count wrong")
def _(): sub1(397, "Progress: 8/13", "Progress: 9/13")
@case("397 ✅ on an unticked item")
def _(): sub1(397, "*Supervised Contrastive Learning*. ⏱ 1 h", "*Supervised Contrastive Learning*. ⏱ 1 h ✅ 2024-02-15")
@case("397 ✅ after the last touch")
def _(): sub1(397, "✅ 2024-03-07", "✅ 2024-03-17")
@case("397 an item without its ⏱")
def _(): sub1(397, "arXiv 2106.08254 ⏱ 45 min", "arXiv 2106.08254")
@case("397 a title-only paper given its id")
def _(): sub1(397, "(ICML 2021) ⏱", "(ICML 2021, arXiv:2103.03230) ⏱")
@case("397 the OpenReview link replaced")
def _(): sub1(397, "https://openreview.net/forum?id=-bdp_8Itjwp", "https://openreview.net/group?id=ICLR.cc/2021/Conference")
@case("397 a sub-bullet indented by three spaces")
def _(): sub1(397, "  - Chen & He, CVPR 2021", "   - Chen & He, CVPR 2021")
# 398 GitHub-rendered README page
@case("398 a heading anchor not its slug")
def _(): sub1(398, 'id="user-content-background"', 'id="user-content-backgrounds"')
@case("398 Contents != headings")
def _(): sub1(398, '<li><a href="#kernels-and-systems">Kernels and systems</a></li>\n', "")
@case("398 a camo URL that does not decode to its canonical src")
def _(): sub1(398, 'data-canonical-src="https://awesome.re/badge.svg"', 'data-canonical-src="https://awesome.re/badge-flat.svg"')
@case("398 an external link without rel=nofollow")
def _(): sub1(398, '<a href="https://arxiv.org/abs/2008.07669" rel="nofollow">', '<a href="https://arxiv.org/abs/2008.07669">')
@case("398 a table row with three cells")
def _(): sub1(398, '<td align="center">NeurIPS 2020</td>\n', "")
@case("398 an unclosed cell")
def _(): sub1(398, "<td>Random Feature Attention</td>", "<td>Random Feature Attention")
@case("398 star counters disagree")
def _(): sub1(398, "<strong>412</strong> stars", "<strong>413</strong> stars")
@case("398 a distractor title")
def _(): sub1(398, "Legendre measure (LegS) is the one S4 builds on.", "Legendre measure (LegS); see also How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections.")
@case("398 a title-only paper linked to arXiv")
def _(): sub1(398, "<td>Random Feature Attention</td>", '<td><a href="https://arxiv.org/abs/2103.02143" rel="nofollow">Random Feature Attention</a></td>')
@case("398 an unlabelled OpenReview id")
def _(): sub1(398, "Good taxonomy, 40 pages.", 'Good taxonomy, 40 pages. <a href="https://openreview.net/forum?id=qVyeW-grC2k" rel="nofollow">reviews</a>')
# 399 mbox
@case("399 Date header != From_ line")
def _(): sub1(399, "Date: Wed, 19 Jun 19 20:41:07 -0400", "Date: Wed, 19 Jun 19 20:41:08 -0400")
@case("399 a record outside its window")
def _(): sub1(399, "Date: Wed, 19 Jun 2019 17:35:48 GMT", "Date: Wed, 19 Jun 2019 18:35:48 GMT")
@case("399 record size != link-line size")
def _(): sub1(399, "(467kb,D)", "(468kb,D)")
@case("399 an unescaped From line in a body")
def _(): sub1(399, "\n>From a perspective", "\nFrom a perspective")
@case("399 a replacement separator of 76 characters")
def _(): sub1(399, "%%--" * 19 + "%%\n", "%%--" * 19 + "\n", nth=3)
@case("399 a line over 80")
def _(): sub1(399, "available at\n  https://github.com/kimiyoung/transformer-xl", "available at https://github.com/kimiyoung/transformer-xl")
@case("399 a replacement record with an abstract")
def _(): sub1(399, "Comments: Published as a conference paper at ICLR 2019\n", "Comments: Published as a conference paper at ICLR 2019\n\\\\\n  We note that L2 regularization and weight decay are not equivalent for Adam.\n")
@case("399 a window date on the wrong weekday")
def _(): sub1(399, "received from  Tue 18 Jun 19", "received from  Wed 18 Jun 19")
@case("399 mailed before the window closed")
def _(): sub1(399, "to  Wed 19 Jun 19 18:00:00 GMT", "to  Thu 20 Jun 19 18:00:00 GMT")
@case("399 duplicate Message-Ids")
def _(): sub1(399, "<2019Jun1911c2.arxiv-mailer@arxiv.org>", "<2019Jan0610a1.arxiv-mailer@arxiv.org>")
@case("399 separators out of order")
def _(): sub1(399, "%-" * 39 + "\n[arxiv-trim: 96 cross-listings dropped]\n" + "%%--" * 19 + "%%\n", "%%--" * 19 + "%%\n[arxiv-trim: 96 cross-listings dropped]\n" + "%-" * 39 + "\n")
# 400 Vancouver references from Word
@case("400 references numbered with a gap")
def _(): sub1(400, "7.\tSaha G", "8.\tSaha G")
@case("400 a citation out of first-citation order")
def _(): sub1(400, "continual learning7 was", "continual learning8 was")
@case("400 seven authors before et al.")
def _(): sub1(400, "Figurnov M, Ronneberger O, et al.", "Figurnov M, Ronneberger O, Tunyasuvunakool K, et al.")
@case("400 cited after the draft")
def _(): sub1(400, "[cited 2024 Feb 2]", "[cited 2024 May 2]")
@case("400 a hyphenated line end")
def _(): sub1(400, "plain first-order methods", "plain first-\norder methods")
@case("400 a title-only paper given its arXiv URL")
def _(): sub1(400, "2021 May 3-7; virtual meeting.\n7.", "2021 May 3-7; virtual meeting. Available from: https://arxiv.org/abs/2010.01412\n7.")
@case("400 the arxiv-text id removed")
def _(): sub1(400, "arXiv:2103.09762 [Preprint]", "arXiv [Preprint]")
@case("400 an author not 'Surname INITIALS'")
def _(): sub1(400, "Ma T. Why", "Tengyu Ma. Why")
# 401 dblp + Scholar BibTeX
@case("401 a dblp '=' off its column")
def _(): sub1(401, "  title        = {DeBERTa", "  title       = {DeBERTa")
@case("401 a dblp biburl not its key's")
def _(): sub1(401, "rec/conf/emnlp/ClarkLLM20.bib", "rec/conf/emnlp/ClarkLLM21.bib")
@case("401 CoRR volume != eprint")
def _(): sub1(401, "volume       = {abs/2004.11886}", "volume       = {abs/2004.11868}")
@case("401 a Scholar key not Scholar's")
def _(): sub1(401, "@article{dai2020funnel,", "@article{dai2019funnel,")
@case("401 unbalanced braces")
def _(): sub1(401, "title={Autoregressive entity retrieval},", "title={Autoregressive entity retrieval,")
@case("401 duplicate keys")
def _(): sub1(401, "@article{arakelyan2020complex,", "@article{bahdanau2014neural,")
@case("401 a title-only entry given an eprint")
def _(): sub1(401, "  title={Autoregressive entity retrieval},", "  title={Autoregressive entity retrieval},\n  eprint={2010.00904},")
@case("401 a distractor title")
def _(): sub1(401, "  title={Speech and language processing},", "  title={Effective Approaches to Attention-based Neural Machine Translation},")
# 402 LibreOffice TSV
@case("402 LF instead of CRLF")
def _(): wr(402, rd(402).replace("\r\n", "\n"))
@case("402 a row with a missing cell")
def _(): sub1(402, "\tTooling\tgelesen\t", "\tTooling gelesen\t")
@case("402 Termin not a Tuesday")
def _(): sub1(402, "07.05.2024", "08.05.2024")
@case("402 a status not in the list")
def _(): sub1(402, "verschoben", "später")
@case("402 Nr. skips a number")
def _(): sub1(402, "\r\n5\tGPT", "\r\n6\tGPT")
@case("402 a cell quoted that Calc leaves bare")
def _(): sub1(402, "\tPEFT\tvorgestellt\tJonas", "\t\"PEFT\"\tvorgestellt\tJonas")
@case("402 a link paper's URL replaced by its arXiv DOI")
def _(): sub1(402, "https://arxiv.org/pdf/2006.16668v1.pdf", "10.48550/arXiv.2006.16668")
@case("402 a byte-order mark")
def _(): wr(402, "\ufeff" + rd(402))
# 403 Bluesky thread
@case("403 a post over 300 characters")
def _(): sub1(403, "Discussão obrigatória.", "Discussão obrigatória. " + "Sério, " * 14)
@case("403 a post numbered out of order")
def _(): sub1(403, "(5/12) Matemática", "(6/12) Matemática")
@case("403 a cut link written whole (a title-only paper's id)")
def _(): sub1(403, "arxiv.org/abs/2206.076...", "arxiv.org/abs/2206.07682v2")
@case("403 a cut link without its card")
def _(): sub1(403, "Llama 2: Open Foundation and Fine-Tuned Chat Models | Research - AI at Meta\nIn this work, we develop and release Llama 2, a collection of pretrained and fine-tuned large language models...\nai.meta.com\n", "")
@case("403 a month not in Portuguese")
def _(): sub1(403, "12 de março de 2024", "12 de march de 2024")
@case("403 root counts disagree")
def _(): sub1(403, "27 repostagens", "28 repostagens")
@case("403 a short date before the thread")
def _(): sub1(403, "12 de mar.\n(5/12)", "11 de mar.\n(5/12)")
@case("403 the link paper's URL cut")
def _(): sub1(403, "arxiv.org/abs/2206.14858 Leiam", "arxiv.org/abs/2206.148... Leiam")
# 404 CSDN
@case("404 篇 count != numbered papers")
def _(): sub1(404, "必读的10篇", "必读的11篇")
@case("404 目录 != headings")
def _(): sub1(404, "\n三、文本生成图像\n\n", "\n三、文本到图像生成\n\n")
@case("404 点赞 counts disagree")
def _(): sub1(404, "\n41\n点赞\n", "\n42\n点赞\n")
@case("404 a comment before the article")
def _(): sub1(404, "2024.03.06\nIP 属地浙江", "2024.03.04\nIP 属地浙江")
@case("404 本文链接 not in CSDN's form")
def _(): sub1(404, "article/details/136487321", "article/136487321")
@case("404 the arxiv-text id removed")
def _(): sub1(404, "】arXiv:2303.01469（", "】arXiv（")
@case("404 a catalogue title not labelled")
def _(): sub1(404, "Stable Diffusion（LDM）", "High-Resolution Image Synthesis with Latent Diffusion Models（LDM）")
# 405 Zenn
@case("405 front matter type not tech/idea")
def _(): sub1(405, 'type: "tech"', 'type: "blog"')
@case("405 a topic in upper case")
def _(): sub1(405, '"computervision"', '"ComputerVision"')
@case("405 a ::: block not closed")
def _(): sub1(405, "\n:::\n\n## 検出", "\n\n## 検出")
@case("405 a footnote without its definition")
def _(): sub1(405, "[^2]: データセットも公開されていて、変化キャプションのベンチマークとして使えます。\n", "")
@case("405 table rows numbered with a gap")
def _(): sub1(405, "| 5 | Deformable", "| 6 | Deformable")
@case("405 a table row with a missing cell")
def _(): sub1(405, "| CVPRW 2022 | arXiv:2004.08955 |", "| arXiv:2004.08955 |")
@case("405 @[card] not on a line of its own")
def _(): sub1(405, "@[card](https://arxiv.org/abs/2103.14167)", "参考：@[card](https://arxiv.org/abs/2103.14167)")
# 406 negative
@case("406 comment count wrong")
def _(): sub1(406, "· 8 comments", "· 9 comments")
@case("406 a quote not from an earlier comment")
def _(): sub1(406, "> Do you have z-loss on?", "> Did you turn on z-loss?")
@case("406 an arXiv-shaped number in the negative control")
def _(): sub1(406, "(2.3141 vs 2.3152 at step 46k)", "(2.3141 vs 2.3152 at step 46k, cf. 2403.01234)")
@case("406 a catalogue title in the negative control")
def _(): sub1(406, "but AdamW's second-moment estimate", "but (as in Decoupled Weight Decay Regularization) AdamW's second-moment estimate")
@case("406 dates out of order")
def _(): sub1(406, "jkowalczyk commented Mar 11, 2024", "jkowalczyk commented Mar 1, 2024")
@case("406 participants wrong")
def _(): sub1(406, "4 participants", "5 participants")
# label edits
@case("label: 397 SimSiam relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 397, "Exploring Simple").update(evidence="title-only", arxiv_id=None))
@case("label: 398 Memformer's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 398, "Memformer").update(openreview_id="_adSMszz_g8"))
@case("label: 399 a record removed")
def _(): exp_edit(lambda e: recs(e, 399).remove(rec(e, 399, "XLNet")))
@case("label: 400 AlphaFold given an arXiv id")
def _(): exp_edit(lambda e: rec(e, 400, "Highly accurate").update(true_arxiv_id="2107.00001"))
@case("label: 401 GPT-1 title changed")
def _(): exp_edit(lambda e: rec(e, 401, "Improving Language").update(title="Improving Language Understanding with Unsupervised Learning"))
@case("label: 402 a record twice")
def _(): exp_edit(lambda e: recs(e, 402).append(dict(rec(e, 402, "GShard"))))
@case("label: 403 CoT relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 403, "Chain-of-Thought").update(evidence="arxiv-text"))
@case("label: 404 a round39 paper (odd position) added")
def _(): exp_edit(lambda e: recs(e, 404).append({"arxiv_id": None, "openreview_id": None, "title": "PyGlove: Symbolic Programming for Automated Machine Learning", "evidence": "title-only", "true_arxiv_id": "2101.08809"}))
@case("label: 405 a paper in two files")
def _(): exp_edit(lambda e: recs(e, 405).append(dict(rec(e, 404, "Denoising Diffusion"))))
@case("label: 406 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 406).append(dict(rec(e, 397, "DINOv2"))))
@case("label: a less-used even-position paper left out")
def _(): exp_edit(lambda e: recs(e, 398).remove(rec(e, 398, "A Practical Survey")))

tot = 0; bad = []
for name, fn in CASES:
    fresh(); fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    n = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
    tot += n
    print(f"{n:3d}  {name}")
    if "-v" in sys.argv:  # show the errors each case produced
        for l in r.stdout.splitlines():
            if l.startswith("ERROR"): print("       " + l[:200])
    if n == 0 or r.returncode == 0: bad.append(name)
fresh()
r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
clean = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
shutil.rmtree("/tmp/round38-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
