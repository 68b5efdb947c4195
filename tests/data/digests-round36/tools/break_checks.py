#!/usr/bin/env python3
"""Breaks a scratch copy of round36 one case at a time and runs validate.py on it (scratch only:
/tmp/round36-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round36 digests are UTF-8 text (382 with a BOM)."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round36-scratch/break"
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


# 377 reading plan
@case("377 an unlabelled catalogue arXiv id")
def _(): sub1(377, "(arXiv:1904.10509)", "(arXiv:1904.10509, cf. arXiv:2312.00752)")
@case("377 a catalogue title not labelled")
def _(): sub1(377, "(3) The Mamba paper is", "(3) Mamba: Linear-Time Sequence Modeling with Selective State Spaces is")
@case("377 a week not dated by a Monday")
def _(): sub1(377, "(from Monday 22 January 2024)", "(from Monday 23 January 2024)")
@case("377 numbered sentences skip a number")
def _(): sub1(377, "(3) Then read Neural", "(4) Then read Neural")
@case("377 'the plan has N weeks' wrong")
def _(): sub1(377, "plan has six weeks", "plan has seven weeks")
@case("377 a line over 80 columns")
def _(): sub1(377, "Changelog: 9 Jan:", "Changelog (newest first, times in CET, edits by the keeper only): 9 Jan:")
@case("377 a title-only paper given its id")
def _(): sub1(377, "(Bahdanau, Cho and Bengio, ICLR 2015)", "(Bahdanau, Cho and Bengio, ICLR 2015, arXiv:1409.0473)")
# 378 awesome list
@case("378 an emoji not in the legend")
def _(): sub1(378, "ICLR 2021 - 🤔", "ICLR 2021 - 🤔 🚀")
@case("378 a Contents anchor not the heading's slug")
def _(): sub1(378, "(#imagetext)", "(#image-text)")
@case("378 a section not sorted by year")
def _(): sub1(378, "(https://arxiv.org/abs/2011.10566) - CVPR 2021", "(https://arxiv.org/abs/2011.10566) - CVPR 2019")
@case("378 a code link off GitHub")
def _(): sub1(378, "[[code](https://github.com/joshr17/HCL)]", "[[code](https://gitlab.com/joshr17/HCL)]")
@case("378 a distractor title")
def _(): sub1(378, "course lecture 🎓", "course lecture, covers Contrastive Multiview Coding 🎓")
@case("378 a link paper's arXiv link replaced")
def _(): sub1(378, "(https://arxiv.org/abs/2004.11362)", "(https://papers.nips.cc/supcon)")
@case("378 a paper bullet out of the list's format")
def _(): sub1(378, ") - ICML 2021 - no official code", ") (ICML 2021) no official code")
# 379 arXiv listing
@case("379 record size != link-line size")
def _(): sub1(379, "arxiv.org/abs/2005.00743 ,  688kb)", "arxiv.org/abs/2005.00743 ,  689kb)")
@case("379 a replacement outside the window")
def _(): sub1(379, "Fri, 31 May 2024 17:53:41", "Fri, 31 May 2024 18:53:41")
@case("379 a replacement date on the wrong weekday")
def _(): sub1(379, "Thu, 30 May 2024 19:02:17", "Wed, 30 May 2024 19:02:17")
@case("379 a cross-listing mark on a cs.CL paper")
def _(): sub1(379, "arXiv:2012.08561\n", "arXiv:2012.08561 (*cross-listing*)\n")
@case("379 the note's count of papers")
def _(): sub1(379, "because nine papers", "because ten papers")
@case("379 the title-only paper's id written")
def _(): sub1(379, "(NeurIPS 2019)", "(NeurIPS 2019, arXiv:1906.08237)")
@case("379 a separator of 77 dashes")
def _(): sub1(379, "-" * 78 + "\n\\\\\narXiv:2006.03236", "-" * 77 + "\n\\\\\narXiv:2006.03236")
@case("379 Gmail date on the wrong weekday")
def _(): sub1(379, "Sat, Jun 1, 2024, 9:12 AM", "Sun, Jun 1, 2024, 9:12 AM")
# 380 Harvard references
@case("380 entries out of alphabetical order")
def _(): sub1(380, "Okonkwo, M. (2023)", "Abara, M. (2023)")
@case("380 page numbers not consecutive")
def _(): sub1(380, "\n2.6. References 47\n", "\n2.6. References 49\n")
@case("380 accessed after the draft")
def _(): sub1(380, "(Accessed: 2 March 2024)", "(Accessed: 2 May 2024)")
@case("380 unbalanced ‘ ’")
def _(): sub1(380, "‘Scaling vision transformers’", "‘Scaling vision transformers")
@case("380 an unlabelled catalogue title only after de-hyphenation")
def _(): sub1(380, "Cambridge, MA: MIT Press.\n", "Cambridge, MA: MIT Press. Ch. 12 retells Atten-\ntion is all you need.\n")
@case("380 a line over 96")
def _(): sub1(380, "pp. 12104–12113. Preprint: arXiv:2106.04560.", "pp. 12104–12113. Preprint: arXiv:2106.04560. Also presented at the authors' workshop talk series, no proceedings published.")
# 381 Better BibLaTeX
@case("381 duplicate citekeys")
def _(): sub1(381, "@online{reedGeneralistAgent2022,", "@online{co-reyesEvolvingReinforcementLearning2021,")
@case("381 a BibTeX year field in a biblatex export")
def _(): sub1(381, "  date = {2018},\n  edition", "  year = {2018},\n  edition")
@case("381 unbalanced braces")
def _(): sub1(381, "title = {Evolving {{Reinforcement Learning Algorithms}}}", "title = {Evolving {{Reinforcement Learning Algorithms}}")
@case("381 citekey year != date")
def _(): sub1(381, "shinnReflexionLanguageAgents2023", "shinnReflexionLanguageAgents2024")
@case("381 a title-only entry given an eprint")
def _(): sub1(381, "  pages = {1273--1286},", "  pages = {1273--1286},\n  eprint = {2106.02039},")
@case("381 pages with a single dash")
def _(): sub1(381, "pages = {354--359}", "pages = {354-359}")
# 382 Notion CSV
@case("382 no byte-order mark")
def _(): wr(382, rd(382).lstrip("\ufeff"))
@case("382 a date not in Notion's format")
def _(): sub1(382, "January 29, 2024 9:03 AM", "29/01/2024 09:03")
@case("382 a status not among the options")
def _(): sub1(382, "⚪ To read,\"RAG", "📕 To read,\"RAG")
@case("382 two page ids for one week")
def _(): sub1(382, "Week-1-0191b8cd", "Week-1-0191b8ce", nth=2)
@case("382 a row with a missing cell")
def _(): sub1(382, "lm-evaluation-harness,🟡 Reading,tooling", "lm-evaluation-harness,🟡 Reading tooling")
@case("382 the arxiv-text id removed")
def _(): sub1(382, "paper is arXiv 2310.08560", "paper is on arXiv")
@case("382 a cell quoted that Notion leaves bare")
def _(): sub1(382, "\nBIG-bench,", "\n\"BIG-bench\",")
# 383 X thread
@case("383 a post numbered out of order")
def _(): sub1(383, "5/10 Non", "6/10 Non")
@case("383 a post over 280 characters")
def _(): sub1(383, "almeno la sezione sul design.", "almeno la sezione sul design. " + "Davvero, " * 12)
@case("383 a display URL longer than X shows")
def _(): sub1(383, "arxiv.org/abs/1301.3781", "arxiv.org/abs/1301.3781v1")
@case("383 a reply dated before the thread")
def _(): sub1(383, "·\n12 mar\nIn risposta", "·\n11 mar\nIn risposta")
@case("383 a month not in Italian")
def _(): sub1(383, "12 mar 2024", "12 mrz 2024")
@case("383 the cut URL written whole (a title-only paper's id)")
def _(): sub1(383, "arxiv.org/abs/2205.0563…", "arxiv.org/abs/2205.05638")
# 384 Zhihu
@case("384 title count != numbered papers")
def _(): sub1(384, "8 篇多模态", "9 篇多模态")
@case("384 目录 != headings")
def _(): sub1(384, "四、从 2D 到 3D\n五", "四、从 2D 到 3D 生成\n五")
@case("384 赞同 counts disagree")
def _(): sub1(384, "赞同 1286", "赞同 1287")
@case("384 a comment before the article")
def _(): sub1(384, "03-18 · IP 属地北京", "03-16 · IP 属地北京")
@case("384 a short name followed by an ASCII colon")
def _(): sub1(384, "1. ControlNet：Adding", "1. ControlNet: Adding")
@case("384 an unlabelled OpenReview id")
def _(): sub1(384, "（NeurIPS 2023 Oral）", "（NeurIPS 2023 Oral，https://openreview.net/forum?id=w0H2xGHlkw）")
# 385 note.com
@case("385 title count != items")
def _(): sub1(385, "から9本", "から10本")
@case("385 目次 != headings")
def _(): sub1(385, "■ おわりに\n\n年末", "■ まとめ\n\n年末")
@case("385 an impossible posting date")
def _(): sub1(385, "2024年1月3日 21:05", "2024年2月30日 21:05")
@case("385 footer missing")
def _(): sub1(385, "© 2024 note, inc.\n", "")
@case("385 an unlabelled catalogue arXiv id")
def _(): sub1(385, "ハイパーパラメータとアーキテクチャを同時に探索する話。", "ハイパーパラメータとアーキテクチャを同時に探索する話。関連：arXiv:2103.14339")
# 386 negative
@case("386 an arXiv-shaped number in the negative control")
def _(): sub1(386, "with code SPARSE58", "with code 2406.10412")
@case("386 a catalogue title in the negative control")
def _(): sub1(386, "1. PyTorch 2.3.1 is out", "1. Attention Is All You Need")
@case("386 issue date on the wrong weekday")
def _(): sub1(386, "Friday, 14 June 2024", "Thursday, 14 June 2024")
@case("386 an item without its URL")
def _(): sub1(386, "→ https://pola.rs/\n", "")
@case("386 a wrapped line over 72")
def _(): sub1(386, "Practical machine learning engineering, once a week.", "Practical machine learning engineering, once a week, for people who ship models.")
# label edits
@case("label: 377 S4's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 377, "Efficiently Modeling").update(openreview_id="uYLFoz1vlAD"))
@case("label: 378 Dataset Condensation relabelled link")
def _(): exp_edit(lambda e: rec(e, 378, "Dataset Condensation").update(evidence="link"))
@case("label: 379 Mamba record removed")
def _(): exp_edit(lambda e: recs(e, 379).remove(rec(e, 379, "Mamba")))
@case("label: 380 AlexNet given an arXiv id")
def _(): exp_edit(lambda e: rec(e, 380, "ImageNet Classification").update(true_arxiv_id="1207.00001"))
@case("label: 381 Toolformer arxiv-text without its id")
def _(): exp_edit(lambda e: rec(e, 381, "Toolformer").update(arxiv_id=None))
@case("label: 382 a record twice")
def _(): exp_edit(lambda e: recs(e, 382).append(dict(rec(e, 382, "PaLM"))))
@case("label: 383 GPTQ title changed")
def _(): exp_edit(lambda e: rec(e, 383, "GPTQ").update(title="GPTQ: Accurate Post-Training Quantization for Generative Transformers"))
@case("label: 384 Zero-1-to-3 recorded with the catalogue's colon (not as written)")
def _(): exp_edit(lambda e: rec(e, 384, "Zero-1-to-3").update(title="Zero-1-to-3: Zero-shot One Image to 3D Object"))
@case("label: 385 a round37 paper (odd position) added")
def _(): exp_edit(lambda e: recs(e, 385).append({"arxiv_id": None, "openreview_id": None, "title": "Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels", "evidence": "title-only", "true_arxiv_id": "2103.13646"}))
@case("label: 385 a paper in two files")
def _(): exp_edit(lambda e: recs(e, 385).append(dict(rec(e, 384, "Visual Instruction"))))
@case("label: 386 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 386).append(dict(rec(e, 377, "Longformer"))))
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
shutil.rmtree("/tmp/round36-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
