#!/usr/bin/env python3
"""Breaks a scratch copy of round30 one case at a time and runs validate.py on it (scratch only:
/tmp/round30-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it."""
import json, os, re, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round30-scratch/break"
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


def resub(n, pat, new, count=1):
    s = rd(n)
    s2, k = re.subn(pat, new, s, count=count, flags=re.M)
    assert k, (n, pat)
    wr(n, s2)


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


# 317 Wikipedia talk page
@case("317 a topic's comment count not its signatures")
def _(): sub1(317, "5 comentarios", "4 comentarios")
@case("317 a topic's people count not its signers")
def _(): sub1(317, "3 persones na discusión", "2 persones na discusión")
@case("317 a signature not followed by 'Responder'")
def _(): sub1(317, "(UTC)\nResponder\nPaezme", "(UTC)\nPaezme")
@case("317 the footer's last edit not the latest signature")
def _(): sub1(317, "a les 20:11.", "a les 20:12.")
@case("317 signatures out of time order")
def _(): sub1(317, "09:12 13 feb 2024", "09:12 11 feb 2024")
@case("317 ULMFiT given its arXiv id (title-only paper's id appears)")
def _(): sub1(317, "(ACL 2018)", "(ACL 2018, arXiv:1801.06146)")
# 318 book of abstracts
@case("318 a page number wrong")
def _(): sub1(318, "\n4\n\f", "\n5\n\f")
@case("318 the programme's page not the talk's")
def _(): sub1(318, ". . . 5\n", ". . . 6\n")
@case("318 an affiliation no author uses")
def _(): sub1(318, "Petru Leca1,2", "Petru Leca1")
@case("318 a reference not cited in the text")
def _(): sub1(318, "BYOL [2] è SimSiam [3]", "BYOL è SimSiam [3]")
@case("318 the author index pointing at the wrong page")
def _(): sub1(318, "Leca, P. 3", "Leca, P. 4")
@case("318 the last form feed missing")
def _(): resub(318, r"\f\Z", "")
@case("318 BYOL given its arXiv id (title-only paper's id appears)")
def _(): sub1(318, "NeurIPS 2020.\n", "NeurIPS 2020. arXiv:2006.07733\n")
# 319 radar CSV
@case("319 a ring not the radar's")
def _(): sub1(319, ",Assess,Techniques,", ",Evaluate,Techniques,")
@case("319 rows no longer sorted by ring")
def _(): sub1(319, "DoRA,Trial,Techniques", "DoRA,Adopt,Techniques")
@case("319 isNew not TRUE/FALSE")
def _(): sub1(319, ",Trial,Techniques,TRUE,", ",Trial,Techniques,yes,")
@case("319 a description's <p> not closed")
def _(): sub1(319, "mihó ku e mesun rango.</p>", "mihó ku e mesun rango.")
@case("319 a row ended by LF")
def _(): sub1(319, "\r\n", "\n")
@case("319 AdaLoRA given its abs link (title-only paper's id appears)")
def _(): sub1(319, "Parameter-Efficient Fine-Tuning»", "Parameter-Efficient Fine-Tuning» https://arxiv.org/abs/2303.10512")
# 320 Word plain text
@case("320 no byte-order mark")
def _(): sub1(320, "\ufeff", "")
@case("320 an endnote marker out of order")
def _(): sub1(320, "Toolformer [2]", "Toolformer [3]")
@case("320 the last endnote missing")
def _(): resub(320, r"\[10\] [^\r\n]*\r\n\Z", "")
@case("320 a bullet without Word's tab")
def _(): sub1(320, "•\tGavumenti", "• Gavumenti")
@case("320 a numbered recommendation skipped")
def _(): sub1(320, "3.\tGavumenti", "4.\tGavumenti")
@case("320 a line ended by LF only")
def _(): sub1(320, "\r\n", "\n")
@case("320 Reflexion given its arXiv id (title-only paper's id appears)")
def _(): sub1(320, "Reinforcement Learning; ne MemGPT", "Reinforcement Learning (arXiv:2303.11366); ne MemGPT")
# 321 .eml
@case("321 the rating link's ticket not the Subject's")
def _(): sub1(321, "rate?t=5208", "rate?t=5209")
@case("321 Date not on its weekday")
def _(): sub1(321, "Date: Tue, 12 Mar", "Date: Wed, 12 Mar")
@case("321 the question dated after the answer")
def _(): sub1(321, "Dina Sen, 11 Mar 2024", "Dina Kem, 14 Mar 2024")
@case("321 a body line over 78 columns")
def _(): sub1(321, "langsung ka sumberna.", "langsung ka sumberna. " + "Hatur nuhun. " * 6)
@case("321 a header line ended by LF")
def _(): sub1(321, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n")
@case("321 HiPPO given its abs link (title-only paper's id appears)")
def _(): sub1(321, "(NeurIPS\r\n2020)", "(NeurIPS\r\n2020) https://arxiv.org/abs/2008.07669")
# 322 OJS review page
@case("322 the ISBN's check digit wrong")
def _(): sub1(322, "978-3-03-114712-8", "978-3-03-114712-7")
@case("322 the Issue field not the breadcrumb's")
def _(): sub1(322, "Issue\nVol. 14 No. 1 (2024)", "Issue\nVol. 14 No. 2 (2024)")
@case("322 How to Cite's DOI not the DOI line's")
def _(): sub1(322, "211–214. https://doi.org/10.5555/rrs.v14i1.211", "211–214. https://doi.org/10.5555/rrs.v14i1.212")
@case("322 pages descending")
def _(): sub1(322, "211–214.", "214–211.")
@case("322 Published in another year")
def _(): sub1(322, "Published\n2024-03-15", "Published\n2023-03-15")
@case("322 SAM given its arXiv id (title-only paper's id appears)")
def _(): sub1(322, "Improving Generalization è", "Improving Generalization (2010.01412) è")
# 323 interview
@case("323 an apostrophe for the ʻokina")
def _(): sub1(323, "ʻōlelo Hawaiʻi i ʻōlelo", "'ōlelo Hawaiʻi i ʻōlelo")
@case("323 the reading time not the words / 200")
def _(): sub1(323, "Heluhelu: 3 minuke", "Heluhelu: 4 minuke")
@case("323 two answers in a row")
def _(): sub1(323, "KK: He aha ka HuBERT?", "LK: He aha ka HuBERT?")
@case("323 updated before it was published")
def _(): sub1(323, "Hōʻano hou ʻia: Malaki 18, 2024", "Hōʻano hou ʻia: Malaki 12, 2024")
@case("323 ALIGN given its arXiv id (title-only paper's id appears)")
def _(): sub1(323, "Noisy Text Supervision, ua", "Noisy Text Supervision (arXiv:2102.05918), ua")
# 324 Google Docs plain text
@case("324 the schedule not the stated hours")
def _(): sub1(324, "llapan 8 ura", "llapan 7 ura")
@case("324 the PC count not the list")
def _(): sub1(324, "programa komite, 10 runa", "programa komite, 11 runa")
@case("324 a citation out of order")
def _(): sub1(324, "BART [6]", "BART [7]")
@case("324 a comment without its anchor")
def _(): sub1(324, "biblioteca [11][b];", "biblioteca [11];")
@case("324 a section misnumbered")
def _(): sub1(324, "7. Hayk'a", "8. Hayk'a")
@case("324 GShard given its arXiv id (title-only paper's id appears)")
def _(): sub1(324, "Automatic Sharding. ICLR.", "Automatic Sharding. ICLR. arXiv:2006.16668")
# 325 OJS HTML galley
@case("325 citation_doi not the DOI link")
def _(): sub1(325, 'content="10.5555/mjac.v9i2.301"', 'content="10.5555/mjac.v9i2.302"')
@case("325 a citation_reference tag missing")
def _(): resub(325, r'^<meta name="citation_reference"[^\n]*\n', "")
@case("325 the references list not closed")
def _(): sub1(325, "</ol>", "")
@case("325 a citation first used out of order")
def _(): sub1(325, '<a href="#r2">2</a>', '<a href="#r3">3</a>')
@case("325 html lang not Chichewa")
def _(): sub1(325, 'lang="ny"', 'lang="en"')
@case("325 shortcut learning given its abs link (title-only paper's id appears)")
def _(): sub1(325, "665–673.", '665–673. <a href="https://arxiv.org/abs/2004.07780">https://arxiv.org/abs/2004.07780</a>')
# 326 negative Devpost gallery
@case("326 a catalogue title in the negative control")
def _(): sub1(326, "Pénc: Detecting Misinformation in Wolof Voice Notes", "Sigmoid Loss for Language Image Pre-Training")
@case("326 an arXiv-shaped number")
def _(): sub1(326, "1 500 000 FCFA", "2403.01234 FCFA")
@case("326 Submissions count not the cards")
def _(): sub1(326, "Submissions (8)", "Submissions (9)")
@case("326 cards not sorted by likes")
def _(): sub1(326, "41 likes", "10 likes")
@case("326 a winner's prize not in the list")
def _(): sub1(326, "Winner\nPrix du public", "Winner\nPrix du jury")
@case("326 winners announced during judging")
def _(): sub1(326, "Winners announced: Mar 28, 2024", "Winners announced: Mar 26, 2024")
# label edits
@case("label: 317 PaLM relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 317, "PaLM").update(evidence="arxiv-text"))
@case("label: 318 MoCo record removed")
def _(): exp_edit(lambda e: recs(e, 318).remove(rec(e, 318, "Momentum")))
@case("label: 319 unified view's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 319, "Towards a Unified").update(openreview_id="0RDcd5Axox"))
@case("label: 320 Voyager relabelled link")
def _(): exp_edit(lambda e: rec(e, 320, "Voyager").update(evidence="link", arxiv_id="2305.16291"))
@case("label: 321 a record twice")
def _(): exp_edit(lambda e: recs(e, 321).append(dict(rec(e, 321, "Longformer"))))
@case("label: 322 deep belief nets given an arXiv id it does not have")
def _(): exp_edit(lambda e: rec(e, 322, "A Fast Learning").update(true_arxiv_id="0601.00001"))
@case("label: 323 LLaVA title with a word changed")
def _(): exp_edit(lambda e: rec(e, 323, "Visual Instruction").update(title="Visual Instruction Learning"))
@case("label: 324 MoE given both ids")
def _(): exp_edit(lambda e: rec(e, 324, "Outrageously").update(arxiv_id="1701.06538"))
@case("label: 325 Graphormer relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 325, "Do Transformers").update(evidence="title-only", arxiv_id=None))
@case("label: 326 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 326).append(dict(rec(e, 321, "Longformer"))))


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
shutil.rmtree("/tmp/round30-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
