#!/usr/bin/env python3
"""Breaks a scratch copy of round40 one case at a time and runs validate.py on it (scratch only:
/tmp/round40-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round40 digests are UTF-8 text (409 with CRLF)."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round40-scratch/break"
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


def sub1(n, old, new, count=1):
    s = rd(n)
    assert old in s, (n, old)
    wr(n, s.replace(old, new, count))


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



def rdb(n):
    return open(path(n), encoding="utf-8-sig", newline="").read()


def wrb(n, s):
    open(path(n), "w", encoding="utf-8", newline="").write("\ufeff" + s)


def sub422(old, new):
    s = rdb(422); assert old in s, old; wrb(422, s.replace(old, new, 1))


# 417 reading grid
@case("417 a week row loses a cell")
def _(): sub1(417, " | @t0bias | sliding window", " @t0bias | sliding window")
@case("417 weeks out of order")
def _(): sub1(417, "| 5 | 07 Oct |", "| 6 | 07 Oct |")
@case("417 a date that is not the next Monday")
def _(): sub1(417, "| 6 | 14 Oct |", "| 6 | 15 Oct |")
@case("417 <br> next to a space")
def _(): sub1(417, "v2)<br>project", "v2) <br>project")
@case("417 status not in the key")
def _(): sub1(417, "write up numbers in the wiki | ⏳ |", "write up numbers in the wiki | ❌ |")
@case("417 change log after Last edited")
def _(): sub1(417, "- 2024-10-09: wk 7 cancelled", "- 2024-10-19: wk 7 cancelled")
# 418 awesome list
@case("418 entry numbering skips")
def _(): sub1(418, "\n7. ⭐", "\n8. ⭐")
@case("418 summary count wrong")
def _(): sub1(418, "<b>Foundations</b> (5)", "<b>Foundations</b> (4)")
@case("418 nested details")
def _(): sub1(418, "</details>\n\n<a id=\"latent-and-large-scale\"></a>", "\n<a id=\"latent-and-large-scale\"></a>")
@case("418 no blank line after summary")
def _(): sub1(418, "<summary><b>Audio</b> (1)</summary>\n\n", "<summary><b>Audio</b> (1)</summary>\n")
@case("418 bad star count")
def _(): sub1(418, "⭐ 6.0k", "⭐ 6.0K")
@case("418 contents anchor without target")
def _(): sub1(418, '<a id="audio"></a>', '<a id="sound"></a>')
@case("418 badge without alt")
def _(): sub1(418, ' alt="PRs welcome"', "")
# 419 quoted reply
@case("419 quoted line without '> '")
def _(): sub1(419, "> Categories: cs.CL cs.LG", ">Categories: cs.CL cs.LG")
@case("419 record dated outside its window")
def _(): sub1(419, "Date: Thu, 25 Mar 2021 15:02:44 GMT", "Date: Thu, 25 Mar 2021 18:02:44 GMT")
@case("419 closing line with another size")
def _(): sub1(419, "2103.14167 ,  9117kb)", "2103.14167 ,  9118kb)")
@case("419 mailing date not after the window")
def _(): sub1(419, "=== arXiv cs, Fri 26 Mar 21 ===", "=== arXiv cs, Thu 25 Mar 21 ===")
@case("419 Date header weekday wrong")
def _(): sub1(419, "Date: Fri, 26 Mar 2021 11:02:45 +0000", "Date: Sat, 26 Mar 2021 11:02:45 +0000")
@case("419 subject not a reply")
def _(): sub1(419, "Subject: Re: arXiv", "Subject: arXiv")
@case("419 attribution after the reply")
def _(): sub1(419, "On 26/03/2021 10:14,", "On 26/03/2021 12:14,")
@case("419 a record's id no longer ascending (nor matching its closing line)")
def _(): sub1(419, "> arXiv:2103.14167\n", "> arXiv:2103.14007\n")
# 420 IEEE
@case("420 reference numbers skip")
def _(): sub1(420, "[7] X. Zhai", "[8] X. Zhai")
@case("420 a line wider than the column")
def _(): sub1(420, "[1] X. Glorot and Y. Bengio, “Understanding the\ndifficulty", "[1] X. Glorot and Y. Bengio, “Understanding the difficulty")
@case("420 hyphen before a capital")
def _(): sub1(420, "convo-\nlutional", "convo-\nLutional")
@case("420 et al. after two authors")
def _(): sub1(420, "[5] H. Zhang et al.", "[5] H. Zhang, C. Wu et al.")
@case("420 title quote without the comma inside")
def _(): sub1(420, "regularization,” in Proc.", "regularization” in Proc.")
@case("420 second running head")
def _(): sub1(420, "[12] R. C. Gonzalez", "MANUSCRIPT SUBMITTED FOR REVIEW, 2024 12\n[12] R. C. Gonzalez")
# 421 BibTeX
@case("421 Anthology month quoted")
def _(): sub1(421, "month = jul,", 'month = "jul",')
@case("421 Anthology field in braces")
def _(): sub1(421, 'pages = "285--294",', "pages = {285--294},")
@case("421 Anthology doi != url")
def _(): sub1(421, 'doi = "10.18653/v1/2020.acl-main.703"', 'doi = "10.18653/v1/2020.acl-main.704"')
@case("421 Semantic Scholar trailing comma")
def _(): sub1(421, "CorpusID:7961699}\n}", "CorpusID:7961699},\n}")
@case("421 Semantic Scholar without CorpusID")
def _(): sub1(421, "url={https://api.semanticscholar.org/CorpusID:219401850}", "url={https://www.semanticscholar.org/}")
@case("421 hand entry misaligned")
def _(): sub1(421, "  howpublished  = {arXiv preprint},", "  howpublished = {arXiv preprint},")
@case("421 duplicate key")
def _(): sub1(421, "@misc{graves2014neural,", "@misc{radford2018improving,")
@case("421 unbalanced braces")
def _(): sub1(421, "  year          = {2014},\n  howpublished", "  year          = {2014,\n  howpublished")
# 422 Excel CSV
@case("422 byte-order mark lost")
def _(): wr(422, rdb(422))
@case("422 a bare LF record end")
def _(): sub422("batch\"\r\n2;", "batch\"\n2;")
@case("422 a row with 11 cells")
def _(): sub422(";Teoría;Leído;Diego R.;", ";Teoría;Leído Diego R.;")
@case("422 decimal point instead of comma")
def _(): sub422(";4,5;", ";4.5;")
@case("422 date not dd/mm/aaaa")
def _(): sub422(";17/10/2024;4;\"DINO", ";2024-10-17;4;\"DINO")
@case("422 needless quotes")
def _(): sub422(";Contrastivo;", ";\"Contrastivo\";")
@case("422 Nº skips")
def _(): sub422("\r\n5;BEiT", "\r\n6;BEiT")
@case("422 a row after the empty rows")
def _():
    s = rdb(422); wrb(422, s + "10;x;;2024;;;;Pendiente;;;;\r\n")
# 423 Discussions
@case("423 quote not in an earlier post")
def _(): sub1(423, "> we only ship the transfer prompts, not the optimiser", "> we ship the optimiser too")
@case("423 participants list wrong")
def _(): sub1(423, "participants: @ahmadk-dev, @yl-ortega, @bram-t, @sofia-nakamura", "participants: @ahmadk-dev, @yl-ortega, @bram-t")
@case("423 post dates out of order")
def _(): sub1(423, "### @sofia-nakamura · 2024-05-06", "### @sofia-nakamura · 2024-05-01")
@case("423 two answers")
def _(): sub1(423, "### @bram-t · 2024-05-09 · ▲ 2", "### @bram-t · 2024-05-09 · ▲ 2 · ✅ Marked as answer")
@case("423 reply heading without the arrow")
def _(): sub1(423, "#### ↳ @bram-t · 2024-05-03", "#### @bram-t · 2024-05-03")
# 424 WeChat
@case("424 circled numbers skip")
def _(): sub1(424, "⑤ 论文：", "⑥ 论文：")
@case("424 篇 count wrong")
def _(): sub1(424, "读完这11篇论文", "读完这12篇论文")
@case("424 paper without 一句话总结")
def _(): sub1(424, "一句话总结：不用人类棋谱", "总结：不用人类棋谱")
@case("424 unbalanced 【】")
def _(): sub1(424, "【写在最后】", "【写在最后")
@case("424 byline without 发表于")
def _(): sub1(424, " 发表于北京", "")
# 425 Qiita
@case("425 front matter keys out of order")
def _():
    sub1(425, "private: false\nupdated_at:", "updated_at:")
    sub1(425, "ignorePublish: false\n", "ignorePublish: false\nprivate: false\n")
@case("425 目次 anchor to no heading")
def _(): sub1(425, "(#2-量子化)", "(#2-量子化について)")
@case("425 table row with a missing cell")
def _(): sub1(425, "| ICML 2024 | LoRA+α |", "| ICML 2024 LoRA+α |")
@case("425 :::note not closed")
def _(): sub1(425, "見てください。\n:::\n", "見てください。\n")
@case("425 footnote never defined")
def _(): sub1(425, "[^1]: 論文のタイトル", "論文のタイトル")
@case("425 updated_at without +09:00")
def _(): sub1(425, "21:08:33+09:00", "21:08:33Z")
# 426 Substack
@case("426 footnote marker out of order")
def _(): sub1(426, "tokenizer regression1.", "tokenizer regression2.")
@case("426 Likes count differs")
def _(): sub1(426, "41 Likes", "42 Likes")
@case("426 a comment before the post")
def _(): sub1(426, "Lu Wen\nJun 22", "Lu Wen\nJun 20")
@case("426 a paper title slipped in (negative)")
def _(): sub1(426, "Repos I starred", "Re-read \"Attention Is All You Need\" this week.\n\nRepos I starred")
@case("426 an arXiv-shaped number (negative)")
def _(): sub1(426, "Release notes are long;", "Release notes (see 2406.01234) are long;")
# content / label cases
@case("content: 417 a distractor title added")
def _(): sub1(417, "spring candidates: retrieval, MoE, SSM hybrids", "spring candidates: Recurrent Memory Transformer, MoE")
@case("content: 418 an unlabelled catalogue title added")
def _(): sub1(418, "- [k-diffusion]", "- Classifier-Free Diffusion Guidance (NeurIPS workshop)\n- [k-diffusion]")
@case("content: 419 an unlabelled catalogue arXiv link")
def _(): sub1(419, "Talk Monday.", "Talk Monday. https://arxiv.org/abs/2106.09685")
@case("content: 420 an unlabelled valid-shaped arXiv id")
def _(): sub1(420, "2019, arXiv:1905.11946.", "2019, arXiv:1905.11946 (v5: arXiv:2203.01234).")
@case("content: 421 title-only paper's arXiv id written")
def _(): sub1(421, "url           = {https://jmlr.org/papers/v21/20-074.html}", "url           = {https://jmlr.org/papers/v21/20-074.html},\n  eprint        = {1910.10683}")
@case("content: 422 an unlabelled OpenReview id")
def _(): sub422(";github.com/microsoft/unilm/tree/master/beit;", ";https://openreview.net/forum?id=p-BhZSz59o4;")
@case("content: 423 labelled title removed from the text")
def _(): sub1(423, "*Hyena Hierarchy: Towards Larger Convolutional Language Models*", "*the Hyena paper*")
@case("content: 424 OpenReview link removed")
def _(): sub1(424, "OpenReview：https://openreview.net/forum?id=WE_vluYUL-X", "OpenReview 上有审稿意见")
@case("content: 425 arxiv-text id removed")
def _(): sub1(425, "（arXiv:2106.10199）", "")
@case("content: 419 a listing title cut short")
def _(): sub1(419, "> Title: GPT Understands, Too", "> Title: GPT Understands")
@case("label: 417 a record removed")
def _(): exp_edit(lambda e: recs(e, 417).remove(rec(e, 417, "Linformer")))
@case("label: 418 DDIM given its arXiv id instead of the OpenReview link")
def _(): exp_edit(lambda e: rec(e, 418, "Denoising Diffusion Implicit").update(arxiv_id="2010.02502", openreview_id=None))
@case("label: 419 a link relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 419, "COTR").update(evidence="title-only", arxiv_id=None))
@case("label: 420 Glorot given an arXiv id")
def _(): exp_edit(lambda e: rec(e, 420, "Understanding the difficulty").update(true_arxiv_id="1001.0001"))
@case("label: 421 BART's title changed")
def _(): exp_edit(lambda e: rec(e, 421, "BART").update(title="BART: Denoising Sequence-to-Sequence Pre-training"))
@case("label: 422 arxiv-text relabelled link")
def _(): exp_edit(lambda e: rec(e, 422, "Emerging Properties").update(evidence="link"))
@case("label: 423 a record twice")
def _(): exp_edit(lambda e: recs(e, 423).append(dict(rec(e, 423, "Training Compute-Optimal"))))
@case("label: 424 wrong true id")
def _(): exp_edit(lambda e: rec(e, 424, "MemGPT").update(true_arxiv_id="2310.08561", arxiv_id="2310.08561"))
@case("label: 425 a field missing")
def _(): exp_edit(lambda e: rec(e, 425, "ZeRO").pop("openreview_id"))
@case("label: 426 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 426).append(dict(rec(e, 425, "ZeRO"))))
@case("label: a round41 (odd-position) paper added")
def _(): exp_edit(lambda e: recs(e, 417).append({"arxiv_id": None, "openreview_id": None, "title": "A Practical Survey on Faster and Lighter Transformers", "evidence": "title-only", "true_arxiv_id": "2103.14636"}))
@case("label: a paper in two round40 files")
def _(): exp_edit(lambda e: recs(e, 423).append(dict(rec(e, 424, "MemGPT"))))
@case("label: a less-used paper left out (all 18-use papers must be in)")
def _(): exp_edit(lambda e: recs(e, 424).remove(rec(e, 424, "A Generalist Agent")))
@case("label: a paper with 20 uses added while 19-use papers are left out")
def _(): exp_edit(lambda e: recs(e, 423).append({"arxiv_id": None, "openreview_id": None, "title": "LoRA: Low-Rank Adaptation of Large Language Models", "evidence": "title-only", "true_arxiv_id": "2106.09685"}))

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
shutil.rmtree("/tmp/round40-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
