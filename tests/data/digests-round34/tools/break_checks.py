#!/usr/bin/env python3
"""Breaks a scratch copy of round34 one case at a time and runs validate.py on it (scratch only:
/tmp/round34-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round34 digests are UTF-8 text (357 7-bit ASCII, CRLF)."""
import json, os, re, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round34-scratch/break"
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


# 357 Scholar alert
@case("357 a quoted-printable line over 76 characters (soft break removed)")
def _(): sub1(357, "pos=3D0&amp;folt=3Dkw\" class=3D=\r\n", "pos=3D0&amp;folt=3Dkw\" class=3D")
@case("357 Date not on its weekday")
def _(): sub1(357, "Date: Tue, 05 Mar 2024", "Date: Wed, 05 Mar 2024")
@case("357 Subject is not Scholar's '- new results'")
def _(): sub1(357, "_-_new_results?=", "_-_new_citations?=")
@case("357 a result link not in Scholar's redirect form")
def _(): sub1(357, "pos=3D2&amp;folt=3Dkw", "pos=3D2&amp;folt=3Dcit")
@case("357 an LF line in a CRLF message")
def _(): sub1(357, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n")
@case("357 LRA given an OpenReview link (unlabelled id)")
def _(): sub1(357, ":22px\">Long Range Arena", ":22px\">https://openreview.net/forum?id=3DqVyeW-grC2k Long Range Arena")
# 358 Slack
@case("358 a day divider on the wrong weekday")
def _(): sub1(358, "Tuesday, March 12th", "Wednesday, March 12th")
@case("358 message times out of order")
def _(): sub1(358, "Arjun Mehta  9:31 AM", "Arjun Mehta  9:01 AM")
@case("358 a reactions line malformed")
def _(): sub1(358, ":100: 4  :eyes: 2", ":100: 4, :eyes: 2")
@case("358 GShard given its arXiv id (title-only paper's id appears)")
def _(): sub1(358, "Automatic Sharding for", "Automatic Sharding (arXiv:2006.16668) for")
# 359 syllabus
@case("359 weeks numbered with a gap")
def _(): sub1(359, '<tr id="week-5">\n<td>5</td>', '<tr id="week-6">\n<td>6</td>')
@case("359 a week date not 7 days after the last")
def _(): sub1(359, '<time datetime="2024-02-20">Tue Feb 20</time>', '<time datetime="2024-02-21">Wed Feb 21</time>')
@case("359 a reading without <em>")
def _(): sub1(359, "<em>Supervised Contrastive Learning</em>", "Supervised Contrastive Learning")
@case("359 an element not closed")
def _(): sub1(359, "</thead>\n", "\n")
@case("359 SimSiam given an arXiv link (title-only paper's id appears)")
def _(): sub1(359, "</em>, CVPR 2021.</li>", '</em>, CVPR 2021. <a href="https://arxiv.org/abs/2011.10566">[arXiv]</a></li>')
# 360 MediaWiki
@case("360 template braces not balanced")
def _(): sub1(360, "{{Done}}", "{{Done}")
@case("360 a table row with a missing cell")
def _(): sub1(360, " || augreg checkpoints are in timm", "")
@case("360 a session not on a Thursday / not weekly")
def _(): sub1(360, "| 2023-09-21 ||", "| 2023-09-20 ||")
@case("360 categories not last")
def _(): wr(360, rd(360) + "Last edited by Kmaier.\n")
@case("360 EfficientNetV2 given an arXiv link (title-only paper's id appears)")
def _(): sub1(360, "* ''EfficientNetV2", "* [https://arxiv.org/abs/2104.00298 arXiv] ''EfficientNetV2")
# 361 RIS
@case("361 an LF line in a CRLF file")
def _(): sub1(361, "TY  - JOUR\r\n", "TY  - JOUR\n")
@case("361 PY not DA's year")
def _(): sub1(361, "DA  - 2019/02/02/\r\nPY  - 2019", "DA  - 2019/02/02/\r\nPY  - 2018")
@case("361 an author not 'Family, Given'")
def _(): sub1(361, "AU  - Houlsby, Neil", "AU  - Neil Houlsby")
@case("361 a record without ER")
def _(): sub1(361, "KW  - to-read\r\nER  - \r\n", "KW  - to-read\r\n")
@case("361 IA3 given a 10.48550 DOI (title-only paper's id appears)")
def _(): sub1(361, "KW  - IA3\r\n", "KW  - IA3\r\nDO  - 10.48550/arXiv.2205.05638\r\n")
# 362 Velog
@case("362 an impossible date")
def _(): sub1(362, "2024년 2월 18일", "2024년 2월 30일")
@case("362 a table row with a fourth cell")
def _(): sub1(362, "| 비고 |", "| 비고 | x |")
@case("362 series position past the end")
def _(): sub1(362, "시리즈 · 4/7", "시리즈 · 8/7")
@case("362 an unlabelled valid-shaped arXiv id")
def _(): sub1(362, "읽어주셔서 감사합니다!", "읽어주셔서 감사합니다! (arXiv:2310.03744)")
# 363 Qiita
@case("363 a front matter key missing")
def _(): sub1(363, "slide: false\n", "")
@case("363 a :::note block not closed")
def _(): sub1(363, "頻繁に変わるので注意してください。\n:::\n", "頻繁に変わるので注意してください。\n")
@case("363 a footnote without its definition")
def _(): sub1(363, "[^2]: Voyager", "[^3]: Voyager")
@case("363 a distractor title added")
def _(): sub1(363, "## おわりに\n", "## おわりに\n\nAutomatic Chain of Thought Prompting in Large Language Models も参考に。\n")
# 364 WeChat
@case("364 a section numbered wrong")
def _(): sub1(364, "▌四、更好的编码器", "▌五、更好的编码器")
@case("364 references numbered with a gap")
def _(): sub1(364, "\n[7] Radford", "\n[8] Radford")
@case("364 a citation with no reference")
def _(): sub1(364, "论文是《Efficient Estimation of Word Representations in Vector Space》[1]", "论文是《Efficient Estimation of Word Representations in Vector Space》[14]")
@case("364 GloVe's title cut everywhere (labelled title missing)")
def _(): wr(364, rd(364).replace("GloVe: Global Vectors for Word Representation", "GloVe"))
# 365 HN
@case("365 the story line broken")
def _(): sub1(365, "| favorite | 146 comments", "| favorite | comments")
@case("365 a comment without its reply link")
def _(): sub1(365, "Everything after that is footnotes ;)\n\nreply\n", "Everything after that is footnotes ;)\n")
@case("365 comment ages out of order")
def _(): sub1(365, "gdgd 1 hour ago", "gdgd 8 hours ago")
@case("365 an unlabelled OpenReview link")
def _(): sub1(365, "(AISTATS 2010)", "(AISTATS 2010, https://openreview.net/forum?id=Hk4_qw5xe)")
# 366 negative Discord
@case("366 a catalogue title in the negative control")
def _(): sub1(366, "Talk 2 — \"Evaluating Your RAG Pipeline Without Lying to Yourself\"", "Talk 2 — \"Lost in the Middle: How Language Models Use Long Contexts\"")
@case("366 an arXiv-shaped number")
def _(): sub1(366, "Room 3.041", "Room 2403.04117")
@case("366 'Exported N message(s)' wrong")
def _(): sub1(366, "Exported 9 message(s)", "Exported 10 message(s)")
@case("366 messages out of order")
def _(): sub1(366, "[3/8/2024 5:10 PM]", "[3/8/2024 4:10 PM]")
@case("366 an event date not on its weekday")
def _(): sub1(366, "Thursday, 14 March 2024", "Friday, 14 March 2024")
# label edits
@case("label: 357 Mamba relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 357, "Mamba").update(evidence="title-only", arxiv_id=None))
@case("label: 358 PagedAttention record removed")
def _(): exp_edit(lambda e: recs(e, 358).remove(rec(e, 358, "Efficient Memory Management")))
@case("label: 359 multi-view paper's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 359, "Self-supervised Learning from a Multi").update(openreview_id="-bdp_8Itjwq"))
@case("label: 360 Swin relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 360, "Swin").update(evidence="arxiv-text"))
@case("label: 361 a record twice")
def _(): exp_edit(lambda e: recs(e, 361).append(dict(rec(e, 361, "DoRA"))))
@case("label: 362 CLIP given a wrong true id")
def _(): exp_edit(lambda e: rec(e, 362, "Learning Transferable").update(true_arxiv_id="2103.00021", arxiv_id="2103.00021"))
@case("label: 363 Toolformer title with a word changed")
def _(): exp_edit(lambda e: rec(e, 363, "Toolformer").update(title="Toolformer: Language Models Can Teach Themselves to Use APIs"))
@case("label: 364 the OpenReview record given both ids")
def _(): exp_edit(lambda e: rec(e, 364, "Improving Self-supervised").update(arxiv_id="2010.06040"))
@case("label: 365 LSTM given an arXiv id")
def _(): exp_edit(lambda e: rec(e, 365, "Long Short-Term").update(true_arxiv_id="1503.04069"))
@case("label: 366 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 366).append(dict(rec(e, 365, "Generative Adversarial"))))


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
shutil.rmtree("/tmp/round34-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
