#!/usr/bin/env python3
"""Breaks a scratch copy of round35 one case at a time and runs validate.py on it (scratch only:
/tmp/round35-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round35 digests are UTF-8 text (370 7-bit ASCII and 376 CRLF)."""
import json, os, re, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round35-scratch/break"
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


# 367 Reddit
@case("367 an unlabelled catalogue arXiv id")
def _(): sub1(367, "the GCG suffix paper", "the GCG suffix paper, see also arXiv:2307.08691")
@case("367 a catalogue title not labelled")
def _(): sub1(367, "Everyone cites Chinchilla", "Everyone cites Training Compute-Optimal Large Language Models")
@case("367 comment count line disagrees")
def _(): sub1(367, "all 147 comments", "all 146 comments")
@case("367 a comment older than the post")
def _(): sub1(367, "[–]mlfool 154 points 10 hours ago", "[–]mlfool 154 points 12 hours ago")
@case("367 singular/plural '1 points'")
def _(): sub1(367, "[–]lr_warmup 39 points", "[–]lr_warmup 1 points")
@case("367 a comment without its permalink line")
def _(): sub1(367, "\n\npermalinkembedsaveparentreportreply\n\n[–]mlfool 154", "\n\n[–]mlfool 154")
@case("367 the title of a title-only paper with its arXiv id")
def _(): sub1(367, "aka Minerva.", "aka Minerva (2206.14858).")
# 368 Obsidian
@case("368 navigation line not yesterday/tomorrow")
def _(): sub1(368, "[[2024-05-15]] >>", "[[2024-05-16]] >>")
@case("368 heading weekday wrong")
def _(): sub1(368, "# Tuesday, May 14, 2024", "# Wednesday, May 14, 2024")
@case("368 log times out of order")
def _(): sub1(368, "- 13:00 lunch", "- 10:00 lunch")
@case("368 a labelled link removed")
def _(): sub1(368, "(https://arxiv.org/abs/2307.15818v1)", "")
@case("368 a title-only title removed")
def _(): sub1(368, "[[Graves 2014 NTM|Neural Turing Machines]]", "[[Graves 2014 NTM]]")
# 369 German minutes
@case("369 Datum on the wrong weekday")
def _(): sub1(369, "Datum: Mittwoch, 17. April 2024", "Datum: Donnerstag, 17. April 2024")
@case("369 agenda and body TOPs disagree")
def _(): sub1(369, "TOP 4 Cluster und Rechenzeit\n–", "TOP 4 Cluster und GPU-Zeit\n–")
@case("369 Nächstes Treffen before the meeting")
def _(): sub1(369, "Nächstes Treffen: Mittwoch, 24. April 2024", "Nächstes Treffen: Mittwoch, 10. April 2024")
@case("369 an OpenReview id changed")
def _(): sub1(369, "forum?id=QtTKTdVrFBB", "forum?id=QtTKTdVrFBC")
@case("369 an unlabelled valid-shaped arXiv id")
def _(): sub1(369, "Kontingent für Q2: 38.000", "Kontingent für Q2 (Antrag 2404.11873): 38.000")
# 370 Semantic Scholar
@case("370 a quoted-printable line over 76 characters")
def _(): sub1(370, "PDF: https://arxiv.org/pdf/2010.04592", "PDF: https://arxiv.org/pdf/2010.04592 " + "x" * 60)
@case("370 Date on the wrong weekday")
def _(): sub1(370, "Date: Mon, 11 Mar 2024", "Date: Tue, 11 Mar 2024")
@case("370 Subject count disagrees")
def _(): sub1(370, "Subject: Your Research Feed: 9 new papers", "Subject: Your Research Feed: 8 new papers")
@case("370 a PDF link only in the plain part")
def _(): sub1(370, "PDF: https://arxiv.org/pdf/2106.07447", "PDF: https://arxiv.org/pdf/2106.07447v2")
@case("370 a bare '=' in quoted-printable")
def _(): sub1(370, "utm_medium=3Demail", "utm_medium=email")
# 371 leaderboard
@case("371 ranks not consecutive")
def _(): sub1(371, "<td>3</td>", "<td>4</td>")
@case("371 accuracy not non-increasing")
def _(): sub1(371, "<td>83.9%</td>", "<td>85.9%</td>")
@case("371 'Show n of' wrong")
def _(): sub1(371, "Show 7 of", "Show 8 of")
@case("371 an unclosed element")
def _(): sub1(371, "</tbody>", "")
@case("371 a PDF link added for a title-only paper")
def _(): sub1(371, '<a href="/paper/rethinking-pre-training-and-self-training#code"', '<a href="https://arxiv.org/pdf/2006.06882">PDF</a><a href="/paper/rethinking-pre-training-and-self-training#code"')
# 372 Hugo
@case("372 TOML front matter broken")
def _(): sub1(372, "+++\n\nEvery December", "\nEvery December")
@case("372 a footnote without definition")
def _(): sub1(372, "[^2]: Lessons", "Lessons")
@case("372 a rating of six stars")
def _(): sub1(372, "★★★★★\nThe SD3 paper", "★★★★★★\nThe SD3 paper")
@case("372 arxiv-text id removed")
def _(): sub1(372, " (arXiv 2403.03206)", "")
@case("label: 372 a title changed (no longer the catalogue's, not in the digest)")
def _(): exp_edit(lambda e: rec(e, 372, "Consistency").update(title="Consistency Models Revisited"))
# 373 Telegram
@case("373 date_unixtime not the date at UTC+3")
def _(): sub1(373, '"date_unixtime": "1707117262"', '"date_unixtime": "1707128062"')
@case("373 message ids not 1..n")
def _(): sub1(373, '"id": 4,', '"id": 5,')
@case("373 text != text_entities")
def _(): sub1(373, '• Статья: ', '• Статья — ')
@case("373 not JSON")
def _(): sub1(373, '"type": "public_channel",', '"type": "public_channel"')
# 374 French minutes
@case("374 a plain space before ':'")
def _(): sub1(374, "**Lieu\u202f:**", "**Lieu :**")
@case("374 sections not 1..k")
def _(): sub1(374, "## 4. Relevé", "## 5. Relevé")
@case("374 a seminar date not a Thursday")
def _(): sub1(374, "jeudis 20 juin, 27 juin", "jeudis 20 juin, 28 juin")
@case("374 ::: container not closed")
def _(): sub1(374, "partage de l'équipe.\n:::\n", "partage de l'équipe.\n")
@case("374 OpenReview link removed")
def _(): sub1(374, "https://openreview.net/forum?id=_VjQlMeSB_J ", "")
# 375 Zenn
@case("375 note count wrong")
def _(): sub1(375, "クローズ\n7\n", "クローズ\n8\n")
@case("375 note dates out of order")
def _(): sub1(375, "2024/05/23\n", "2024/05/19\n")
@case("375 closing line date wrong")
def _(): sub1(375, "このスクラップは2024/06/09に", "このスクラップは2024/06/10に")
@case("375 a title-only paper given an arXiv link")
def _(): sub1(375, "・「LoRA: Low-Rank", "・https://arxiv.org/abs/2106.09685 「LoRA: Low-Rank")
# 376 negative
@case("376 a catalogue title in the negative control")
def _(): sub1(376, "SUMMARY:Lab: Reproducing a Result You Do Not Believe", "SUMMARY:Lab: Attention Is All You Need")
@case("376 an arXiv-shaped number")
def _(): sub1(376, "PC-Pool 3.104", "PC-Pool 2406.10412")
@case("376 DTSTART not before DTEND")
def _(): sub1(376, "DTEND;TZID=Europe/Berlin:20240708T103000", "DTEND;TZID=Europe/Berlin:20240708T083000")
@case("376 unbalanced BEGIN/END")
def _(): sub1(376, "END:VALARM\r\n", "")
@case("376 duplicate UID")
def _(): sub1(376, "UID:02mlss240708x1100", "UID:01mlss240708x0900")
@case("376 an unescaped comma")
def _(): sub1(376, "LOCATION:Hörsaal H1\\, Hauptgebäude", "LOCATION:Hörsaal H1, Hauptgebäude")
# label edits
@case("label: 367 GCG relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 367, "Universal and Transferable").update(evidence="title-only", arxiv_id=None))
@case("label: 368 SayCan record removed")
def _(): exp_edit(lambda e: recs(e, 368).remove(rec(e, 368, "Do As I Can")))
@case("label: 369 Memformer's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 369, "Memformer").update(openreview_id="_adSMszz_g8"))
@case("label: 370 HuBERT relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 370, "HuBERT").update(evidence="arxiv-text"))
@case("label: 371 a record twice")
def _(): exp_edit(lambda e: recs(e, 371).append(dict(rec(e, 371, "ResNeSt"))))
@case("label: 372 SDXL given a wrong true id")
def _(): exp_edit(lambda e: rec(e, 372, "SDXL").update(true_arxiv_id="2307.01953", arxiv_id="2307.01953"))
@case("label: 373 AlphaFold given an arXiv id")
def _(): exp_edit(lambda e: rec(e, 373, "Highly accurate").update(true_arxiv_id="2107.00001"))
@case("label: 374 the OpenReview record given both ids")
def _(): exp_edit(lambda e: rec(e, 374, "Chain-of-Thought").update(arxiv_id="2201.11903"))
@case("label: 375 LoRA title with a word changed")
def _(): exp_edit(lambda e: rec(e, 375, "LoRA").update(title="LoRA: Low-Rank Adaptation of Small Language Models"))
@case("label: 376 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 376).append(dict(rec(e, 367, "Sentence-BERT"))))
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
shutil.rmtree("/tmp/round35-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
