#!/usr/bin/env python3
"""Breaks a scratch copy of round33 one case at a time and runs validate.py on it (scratch only:
/tmp/round33-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round33 digests are UTF-8 text (355 with a BOM)."""
import json, os, re, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round33-scratch/break"
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


# 347 awesome list
@case("347 a TOC anchor that is no heading's")
def _(): sub1(347, "(#background-classic-deep-rl)", "(#background-classic-rl)")
@case("347 rows out of date order")
def _(): sub1(347, "| 2017.10 |", "| 2021.10 |")
@case("347 a row with a missing cell")
def _(): sub1(347, "| ICLR 2021 | — |", "| — |")
@case("347 RT-2 given its abs link (title-only paper's id appears)")
def _(): sub1(347, "[[project]](https://robotics-transformer2.github.io/)", "[[arXiv]](https://arxiv.org/abs/2307.15818)")
# 348 forwarded listing
@case("348 a record's link line with another size")
def _(): sub1(348, "2103.14167 ,  9377kb)", "2103.14167 ,  9376kb)")
@case("348 a record outside the received-from window")
def _(): sub1(348, "Date: Fri, 26 Mar 2021 16:03:11 GMT", "Date: Fri, 26 Mar 2021 19:03:11 GMT")
@case("348 Subject not Fwd: of the forwarded Subject")
def _(): sub1(348, "Subject: Fwd: cs daily Subj-class mailing 3f 1", "Subject: Fwd: cs daily")
@case("348 Date not on its weekday")
def _(): sub1(348, "Date: Mon, 29 Mar 2021 09:12:40", "Date: Tue, 29 Mar 2021 09:12:40")
@case("348 a line ended by LF only")
def _(): sub1(348, "Hi all,\r\n", "Hi all,\n")
@case("348 a non-listed arXiv id in the note")
def _(): sub1(348, "Dodrio is a tool paper", "Dodrio (arXiv:2103.15001) is a tool paper")
# 349 IEEE references
@case("349 references numbered with a gap")
def _(): sub1(349, "[9] B. Zoph", "[10] B. Zoph")
@case("349 a citation with no reference")
def _(): sub1(349, "networks [11].", "networks [12].")
@case("349 the running head's page number wrong")
def _(): sub1(349, "AUGUST 2021                                   12", "AUGUST 2021                                   13")
@case("349 SimCLR given its arXiv id (title-only paper's id appears)")
def _(): sub1(349, "(ICML), 2020, pp. 1597–1607.", "(ICML), 2020, arXiv:2002.05709.")
# 350 JabRef
@case("350 fields out of alphabetical order")
def _(): sub1(350, "  groups        = {compression},\n  pages         = {4271--4282},", "  pages         = {4271--4282},\n  groups        = {compression},")
@case("350 a group not in the group tree")
def _(): sub1(350, "groups     = {memory},", "groups     = {memories},")
@case("350 keys not sorted")
def _(): sub1(350, "@InProceedings{Dai2020,", "@InProceedings{Zai2020,")
@case("350 Synthesizer given an eprint (title-only paper's id appears)")
def _(): sub1(350, "  title     = {{Synthesizer", "  note      = {arXiv:2005.00743},\n  title     = {{Synthesizer")
# 351 GitHub discussion
@case("351 front matter reply count wrong")
def _(): sub1(351, "replies: 4", "replies: 5")
@case("351 comments out of time order")
def _(): sub1(351, "@rvaldes · 2024-04-03 16:47 UTC", "@rvaldes · 2024-04-01 16:47 UTC")
@case("351 two answers")
def _(): sub1(351, "## @rvaldes · 2024-04-03 16:47 UTC\n", "## @rvaldes · 2024-04-03 16:47 UTC\n\n✅ **Marked as answer**\n")
@case("351 an unlabelled OpenReview link")
def _(): sub1(351, "ELECTRA yes.", "ELECTRA yes (https://openreview.net/forum?id=r1xMH1BtvB).")
# 352 CSDN
@case("352 a 目录 link that is no heading's")
def _(): sub1(352, "(#四可控生成与指令编辑)", "(#四可控生成)")
@case("352 a section numbered wrong")
def _(): sub1(352, "## 五、新一代底座", "## 六、新一代底座")
@case("352 the copyright line missing")
def _(): sub1(352, "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。\n", "")
@case("352 a distractor title added")
def _(): sub1(352, "有问题欢迎评论区交流", "另见 Stay on topic with Classifier-Free Guidance。有问题欢迎评论区交流")
# 353 Hatena
@case("353 an element not closed")
def _(): sub1(353, "</blockquote>\n", "\n")
@case("353 <title> not the entry title")
def _(): sub1(353, "<title>拡散モデルから3D生成まで", "<title>拡散モデルと3D生成")
@case("353 footer time not the entry time in JST")
def _(): sub1(353, 'class="updated">2023-11-20 21:00</time>', 'class="updated">2023-11-20 12:00</time>')
@case("353 a footnote without its note")
def _(): sub1(353, '<p class="footnote"><a href="#fn-9d0b7f41" name="f-9d0b7f41" class="footnote-number">*2</a>', '<p class="footnote"><a href="#fn-9d0b7f42" name="f-9d0b7f42" class="footnote-number">*2</a>')
@case("353 the labelled title missing")
def _(): sub1(353, "『Generative Modeling by Estimating Gradients of the Data Distribution』", "『NCSN』")
# 354 Thread Reader
@case("354 post count wrong")
def _(): sub1(354, "13 posts, 4 min read", "14 posts, 4 min read")
@case("354 a counter out of order")
def _(): sub1(354, "5/13 2020", "6/13 2020")
@case("354 a post over 280 characters")
def _(): sub1(354, "Guárdalo para el finde 👇", "Guárdalo para el finde, compártelo con tus amigos, con tu equipo, con tu jefa, con tus alumnos del máster y con quien quieras, que para eso está, y si no te gusta me lo dices por privado sin problema 👇")
@case("354 GPT-3 given its abs link (title-only paper's id appears)")
def _(): sub1(354, "sin tocar los pesos.", "sin tocar los pesos.\narxiv.org/abs/2005.14165")
# 355 Zotero
@case("355 the BOM missing")
def _(): wr(355, rd(355).lstrip("\ufeff"))
@case("355 a cell not quoted")
def _(): sub1(355, '"QW3ZK8TD","preprint"', 'QW3ZK8TD,"preprint"')
@case("355 modified before added")
def _(): sub1(355, '"2023-09-04 08:15:02","2023-12-19 10:44:09"', '"2023-09-04 08:15:02","2023-08-19 10:44:09"')
@case("355 Publication Year not the Date's")
def _(): sub1(355, '"ZP6UD2EF","conferencePaper","2021"', '"ZP6UD2EF","conferencePaper","2020"')
@case("355 a line ended by LF only")
def _(): s = rd(355); i = s.index("\r\n"); wr(355, s[:i] + "\n" + s[i + 2:])
# 356 negative newsletter
@case("356 a catalogue title in the negative control")
def _(): sub1(356, "TALK 1 — Shipping Retrieval to Production Without Losing Your Mind", "TALK 1 — Retentive Network: A Successor to Transformer for Large Language Models")
@case("356 an arXiv-shaped number")
def _(): sub1(356, "ref. KK-2024-031", "ref. 2403.11872")
@case("356 an event date not on its weekday")
def _(): sub1(356, "Thursday, 14 March 2024", "Wednesday, 14 March 2024")
@case("356 a heading without its rule")
def _(): s = rd(356); wr(356, s.replace("** Jobs\n" + "-" * 60, "** Jobs\n"))
# label edits
@case("label: 347 Gato relabelled link")
def _(): exp_edit(lambda e: rec(e, 347, "A Generalist").update(evidence="link"))
@case("label: 348 COTR record removed")
def _(): exp_edit(lambda e: recs(e, 348).remove(rec(e, 348, "COTR")))
@case("label: 349 ViT's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 349, "An Image is Worth 16x16").update(openreview_id="YicbFdNTTz"))
@case("label: 350 RetNet relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 350, "Retentive").update(evidence="title-only", arxiv_id=None))
@case("label: 351 a record twice")
def _(): exp_edit(lambda e: recs(e, 351).append(dict(rec(e, 351, "REALM"))))
@case("label: 352 SDXL given a wrong true id")
def _(): exp_edit(lambda e: rec(e, 352, "SDXL").update(true_arxiv_id="2307.01953"))
@case("label: 353 DDIM title with a word changed")
def _(): exp_edit(lambda e: rec(e, 353, "Denoising Diffusion Implicit").update(title="Denoising Diffusion Implicit Model"))
@case("label: 354 CoT given both ids")
def _(): exp_edit(lambda e: rec(e, 354, "Chain-of-Thought").update(arxiv_id="2201.11903"))
@case("label: 355 Mixed Precision relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 355, "Mixed Precision").update(evidence="arxiv-text", arxiv_id="1710.03740", openreview_id=None))
@case("label: 356 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 356).append(dict(rec(e, 354, "Attention Is All"))))


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
shutil.rmtree("/tmp/round33-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
