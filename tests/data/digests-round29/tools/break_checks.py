#!/usr/bin/env python3
"""Breaks a scratch copy of round29 one case at a time and runs validate.py on it (scratch only:
/tmp/round29-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it."""
import json, os, quopri, re, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round29-scratch/break"
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


def eml_body(n, old, new, count=1):
    """310: decode the quoted-printable body, edit it, encode it again as the builder does"""
    s = rd(n)
    head, _, body = s.partition("\r\n\r\n")
    text = quopri.decodestring(body.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
    assert old in text, (n, old)
    text = text.replace(old, new, count)
    wr(n, head + "\r\n\r\n" + quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n"))


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


# 307 HotCRP offline form
@case("307 an entered merit that is not a choice")
def _(): sub1(307, "Enter the number of your choice:\n\n3\n", "Enter the number of your choice:\n\n5\n")
@case("307 a Paper line not the review's paper")
def _(): sub1(307, "==+== Paper #23", "==+== Paper #24")
@case("307 a field renamed")
def _(): sub1(307, "==+== C. Diverradenn ar pennad", "==+== C. Diverradur")
@case("307 the PC field's '(hidden from authors)' dropped")
def _(): sub1(307, "==-== (hidden from authors)\n", "")
@case("307 an End Review line missing")
def _(): sub1(307, "==+== End Review\n", "")
@case("307 Sparse Transformers given its arXiv id (title-only paper's id appears)")
def _(): sub1(307, "(Child ha all., 2019)", "(Child ha all., 2019, arXiv:1904.10509)")
# 308 GitHub PR
@case("308 the merge line counting 8 commits")
def _(): sub1(308, "wants to merge 7 commits", "wants to merge 8 commits")
@case("308 a commit SHA twice")
def _(): sub1(308, "\nc2e94f7\n", "\n3f2a1c9\n")
@case("308 the Conversation tab not the comments")
def _(): sub1(308, " Conversation 6", " Conversation 5")
@case("308 the approval dated before the reviews")
def _(): sub1(308, "approved these changes Mar 14, 2024", "approved these changes Mar 10, 2024")
@case("308 'Fixes #n' not the linked issue")
def _(): sub1(308, "Fixes #131\n", "Fixes #132\n")
@case("308 DeBERTa given its abs link (title-only paper's id appears)")
def _(): sub1(308, "Disentangled Attention\n", "Disentangled Attention https://arxiv.org/abs/2006.03654\n")
# 309 zsh history
@case("309 a non-ASCII character (zsh would metafy it)")
def _(): sub1(309, "wis cukup", "wis cukup é")
@case("309 a continuation line without the backslash before it")
def _(): sub1(309, '"a photo of sks wayang" \\\n', '"a photo of sks wayang"\n')
@case("309 a command starting before the one above ended")
def _(): sub1(309, ":5412;accelerate", ":6000;accelerate")
@case("309 a mv of a file never downloaded")
def _(): sub1(309, "mv 2112.10752 ", "mv 2112.10752.pdf ")
@case("309 DDIM given its OpenReview forum (title-only paper's id appears)")
def _(): sub1(309, "50 langkah wis cukup", "50 langkah wis cukup https://openreview.net/forum?id=St1giarCHLP")
# 310 .eml
@case("310 a line ended by LF only")
def _(): sub1(310, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n")
@case("310 the Subject not folded (header line over 78)")
def _(): sub1(310, "\r\n =?utf-8?b?", " =?utf-8?b?")
@case("310 8-bit bytes in the quoted-printable body")
def _(): sub1(310, "=E0=A6=B6=E0=A7=8D=E0=A7=B0", "শ্ৰ")
@case("310 the deadline not Date + 30 days")
def _(): eml_body(310, "১৪ এপ্ৰিল", "১৫ এপ্ৰিল")
@case("310 the body's manuscript number not the Subject's")
def _(): eml_body(310, "BP-2024-031", "BP-2024-013", count=2)
@case("310 a reviewer's comments misnumbered")
def _(): eml_body(310, "৩. \"", "৪. \"")
@case("310 EigenGame given its arXiv id (title-only paper's id appears)")
def _(): eml_body(310, "Nash Equilibrium", "Nash Equilibrium (arXiv:2010.00554)")
# 311 Apple Podcasts
@case("311 the Episode field not the episode's number")
def _(): sub1(311, "Episode\n37", "Episode\n36")
@case("311 chapters out of order")
def _(): sub1(311, "27:30 Chain", "17:30 Chain")
@case("311 an earlier episode off the biweekly rhythm")
def _(): sub1(311, "FEB 15, 2024", "FEB 14, 2024")
@case("311 Released not the date line")
def _(): sub1(311, "Released\nMarch 14", "Released\nMarch 13")
@case("311 Chinchilla given its abs link (title-only paper's id appears)")
def _(): sub1(311, '("Chinchilla")', '("Chinchilla") https://arxiv.org/abs/2203.15556')
# 312 recommendation portal copy
@case("312 the character count not the letter's")
def _(): resub(312, r"^Characters: ([\d,]+) of", lambda m: f"Characters: {int(m.group(1).replace(',', '')) + 1:,} of")
@case("312 a rating off the portal's scale")
def _(): sub1(312, "Oral communication: Top 10%", "Oral communication: Top 15%")
@case("312 submitted after the deadline")
def _(): sub1(312, "Submitted: March 8, 2024", "Submitted: March 18, 2024")
@case("312 'how long' not the time since the letter's date")
def _(): sub1(312, "3 years, 7 months", "3 years, 6 months")
@case("312 Shortcut Learning given its arXiv id (title-only paper's id appears)")
def _(): sub1(312, "Deep Neural Networks. Tungod", "Deep Neural Networks (arXiv:2004.07780). Tungod")
# 313 Moodle GIFT
@case("313 a title's colon left unescaped")
def _(): sub1(313, "Delving Deep into Rectifiers\\: Surpassing", "Delving Deep into Rectifiers: Surpassing")
@case("313 two right answers in a multiple choice")
def _(): sub1(313, "~GELU#Non", "=GELU#Non")
@case("313 an answer block not closed")
def _(): sub1(313, "necessaris.</p>{}", "necessaris.</p>{")
@case("313 '::name::' not the comment's name")
def _(): sub1(313, "::S5-03 EfficientNet B0::", "::S5-03 EfficientNet::")
@case("313 question ids out of order")
def _(): sub1(313, "// question: 1052 ", "// question: 1049 ")
@case("313 copy-paste given its paper page (title-only paper's id appears)")
def _(): sub1(313, "(Ghiasi e al., CVPR 2021)", "(Ghiasi e al., CVPR 2021, https\\://huggingface.co/papers/2012.07177)")
# 314 OmegaT TMX
@case("314 a unit created after its last change")
def _(): sub1(314, 'creationdate="20240312T174010Z"', 'creationdate="20240312T184010Z"')
@case("314 default units no longer sorted by source")
def _(): sub1(314, "<seg>Graphs are everywhere.</seg>", "<seg>Zgraphs are everywhere.</seg>")
@case("314 an alternative unit's context not a default source")
def _(): sub1(314, '<prop type="next">Jumper', '<prop type="next">Jumpr')
@case("314 a target in another language")
def _(): sub1(314, 'lang="YI"', 'lang="HE"')
@case("314 an ampersand not escaped (not well-formed)")
def _(): sub1(314, "Questions &amp; answers", "Questions & answers")
@case("314 mesh-based simulation given its abs link (title-only paper's id appears)")
def _(): sub1(314, "Graph Networks.</seg>", "Graph Networks https://arxiv.org/abs/2010.03409.</seg>")
# 315 call for participation
@case("315 an underline longer than its heading")
def _(): sub1(315, "2. Data\n-------\n", "2. Data\n--------\n")
@case("315 important dates out of order")
def _(): sub1(315, "10 Chivabvu 2024", "10 Chikumi 2024")
@case("315 a reference cited out of order")
def _(): sub1(315, "zvemashoko [1]", "zvemashoko [2]")
@case("315 a banner line not centred")
def _(): sub1(315, "ine Zviwanikwa Zvishoma", " ine Zviwanikwa Zvishoma")
@case("315 an organiser without an e-mail address")
def _(): sub1(315, "Farai Ndlovu (farai.ndlovu@example.org)", "Farai Ndlovu")
@case("315 BERT given its arXiv id (title-only paper's id appears)")
def _(): sub1(315, "NAACL 2019.", "NAACL 2019. arXiv:1810.04805")
# 316 negative Meetup page
@case("316 a catalogue title in the negative control")
def _(): sub1(316, '"Counting Coconut Palms from Drone Images with YOLO"', '"Textbooks Are All You Need"')
@case("316 an arXiv-shaped number")
def _(): sub1(316, "Fale Fono 2,", "Fale Fono 2403.01234,")
@case("316 the date not on its weekday")
def _(): sub1(316, "Tuesday, March 19, 2024", "Tuesday, March 20, 2024", count=2)
@case("316 the date not the recurrence's day")
def _(): sub1(316, "Every 3rd Tuesday", "Every 2nd Tuesday")
@case("316 Attendees count not the list")
def _(): sub1(316, "Attendees (34)", "Attendees (35)")
@case("316 a talk after the event ends")
def _(): sub1(316, "8:20 PM Tusi", "8:40 PM Tusi")
# label edits
@case("label: 307 Hyena relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 307, "Hyena").update(evidence="arxiv-text"))
@case("label: 308 XLNet record removed")
def _(): exp_edit(lambda e: recs(e, 308).remove(rec(e, 308, "XLNet")))
@case("label: 309 DreamBooth relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 309, "DreamBooth").update(evidence="title-only", arxiv_id=None))
@case("label: 310 deep belief nets given an arXiv id it does not have")
def _(): exp_edit(lambda e: rec(e, 310, "A Fast Learning").update(true_arxiv_id="0601.00001"))
@case("label: 311 CoT's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 311, "Chain-of-Thought").update(openreview_id="_VjQlMeSB_K"))
@case("label: 312 a record twice")
def _(): exp_edit(lambda e: recs(e, 312).append(dict(rec(e, 312, "Supervised"))))
@case("label: 313 AutoDropout title with a word changed")
def _(): exp_edit(lambda e: rec(e, 313, "AutoDropout").update(title="AutoDropout: Learning Dropout Patterns to Regularize Deep Nets"))
@case("label: 314 Graphormer relabelled link")
def _(): exp_edit(lambda e: rec(e, 314, "Do Transformers").update(evidence="link"))
@case("label: 315 GLAT given both ids")
def _(): exp_edit(lambda e: rec(e, 315, "Glancing").update(arxiv_id="2008.07905"))
@case("label: 316 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 316).append(dict(rec(e, 312, "Supervised"))))


def resub(n, pat, new, count=1):
    s = rd(n)
    s2, k = re.subn(pat, new, s, count=count, flags=re.M)
    assert k, (n, pat)
    wr(n, s2)


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
shutil.rmtree("/tmp/round29-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
