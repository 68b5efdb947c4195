#!/usr/bin/env python3
"""Breaks a scratch copy of round26 one case at a time and runs validate.py on it (scratch only:
/tmp/round26-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import base64, json, os, re, shutil, subprocess

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round26-scratch/break"
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


def b64_edit(n, idx, old, new):
    """277: edit the idx-th base64 body (0 text/plain, 1 text/calendar, 2 invite.ics) and re-encode it as Google does"""
    s = rd(n)
    spans = [(m.end(), s.index("\r\n--", m.end())) for m in re.finditer(r"Content-Transfer-Encoding: base64\r\n\r\n", s)]
    a, b = spans[idx]
    txt = base64.b64decode(s[a:b].replace("\r\n", "")).decode("utf-8")
    assert old in txt, (idx, old)
    e = base64.b64encode(txt.replace(old, new, 1).encode()).decode()
    wr(n, s[:a] + "\r\n".join(e[i:i + 76] for i in range(0, len(e), 76)) + s[b:])


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


# 277 Google Calendar invitation
@case("277 a bare LF line end")
def _(): sub1(277, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n")
@case("277 Sender not Google Calendar")
def _(): sub1(277, "Sender: Google Calendar <calendar-notification@google.com>", "Sender: Calendar <calendar@google.com>")
@case("277 EXDATE moved off the recurrence in the text/calendar part only")
def _(): b64_edit(277, 1, "EXDATE;TZID=Asia/Kolkata:20240411T160000", "EXDATE;TZID=Asia/Kolkata:20240412T160000")
@case("277 a guest dropped from the plain part's Guests")
def _(): b64_edit(277, 0, "Manjunath K\r\nDivya Shetty\r\n", "Manjunath K\r\n")
@case("277 a week dated off the meetings")
def _(): b64_edit(277, 0, "ವಾರ 8 (ಮೇ 2)", "ವಾರ 8 (ಮೇ 3)")
@case("277 GENRE given its abs link (title-only paper's id appears)")
def _(): b64_edit(277, 0, "(GENRE, ICLR 2021)", "(GENRE, https://arxiv.org/abs/2010.00904)")
@case("277 a quoted-printable line longer than 76")
def _(): resub(277, r"=\r\n(?=[^\r\n]{20})", "", count=2)
# 278 LyX
@case("278 a paragraph's \\end_layout removed")
def _(): sub1(278, "раздзел 6).\n\\end_layout\n", "раздзел 6).\n")
@case("278 a cited key without a bibitem")
def _(): sub1(278, 'key "tay2021lra"', 'key "tay2021lra2"')
@case("278 '. ' left inside a text line")
def _(): sub1(278, "рэкурэнтныя.\n Ніжэй", "рэкурэнтныя. Ніжэй")
@case("278 Performer's OpenReview id changed")
def _(): sub1(278, "id=Ua6zuk0WRH", "id=Ua6zuk0WRI")
@case("278 a distractor title in the yellow note")
def _(): sub1(278, "пакуль\n толькі ў зносцы.", "пакуль\n толькі ў зносцы; Efficient Transformers: A Survey таксама.")
# 279 Word plain text
@case("279 the BOM removed")
def _(): wr(279, rd(279).lstrip("\ufeff"))
@case("279 a budget row changed (sum no longer the total)")
def _(): sub1(279, "\t14 400 000", "\t14 500 000")
@case("279 a footnote mark removed")
def _(): sub1(279, "վրա3։", "վրա։")
@case("279 a citation of an undefined reference")
def _(): sub1(279, "օպտիմիզատորը։", "օպտիմիզատորը [13]։")
@case("279 SAM given its arXiv id (title-only paper's id appears)")
def _(): sub1(279, "Improving Generalization,” in Proc. ICLR, 2021.", "Improving Generalization,” in Proc. ICLR, 2021, arXiv:2010.01412.")
# 280 Talis Aspire
@case("280 a section's item count wrong")
def _(): sub1(280, "(5 items)", "(6 items)")
@case("280 an importance Talis does not have")
def _(): sub1(280, "Article\nEssential\nNote: CVPR 2020.", "Article\nMust read\nNote: CVPR 2020.")
@case("280 'This list has N items' not the sum")
def _(): sub1(280, "This list has 16 items", "This list has 17 items")
@case("280 Copy-Paste's id mistyped (unlabelled valid id, labelled id missing)")
def _(): sub1(280, "arXiv:2012.07177", "arXiv:2012.07178")
# 281 LibGuides
@case("281 'Last Updated' an impossible date")
def _(): sub1(281, "Last Updated: Mar 12, 2024", "Last Updated: Mar 32, 2024")
@case("281 tags out of order")
def _(): sub1(281, "Tags: artificial intelligence, deep learning", "Tags: deep learning, artificial intelligence")
@case("281 the page missing from the tab list")
def _(): sub1(281, "Ikhasi Lokuqala (Home)\nAmaphepha Abalulekile (Key Papers)\n", "Ikhasi Lokuqala (Home)\n")
@case("281 SSVAE's OpenReview id changed")
def _(): sub1(281, "id=zOGdf9K8aC", "id=zOGdf9K8aD")
# 282 Hugging Face paper page
@case("282 an author dropped from the list")
def _(): sub1(282, "Ye Xia\n,\n", "")
@case("282 'Published on' not the arXiv date")
def _(): sub1(282, "Published on Feb 11, 2021", "Published on Feb 12, 2021")
@case("282 'Models citing this paper' fewer than shown")
def _(): sub1(282, "Models citing this paper 3", "Models citing this paper 2")
@case("282 a comment dated before the one above")
def _(): sub1(282, "akira-v\nMar 14", "akira-v\nMar 2")
@case("282 CLIP given its paper-page link (title-only paper's id appears)")
def _(): sub1(282, "(CLIP), which", "(CLIP, https://huggingface.co/papers/2103.00020), which")
# 283 lynx -dump
@case("283 the last reference removed")
def _(): sub1(283, "\n  21. https://github.com/alshedivat/al-folio", "")
@case("283 two lines joined (longer than 78)")
def _(): sub1(283, "Lester,\n       Al-Rfou", "Lester, Al-Rfou")
@case("283 a line wrapped too early")
def _(): sub1(283, "(P-tuning, 2021) — ગુજરાતી NER માં આપણે આ જ\n       વાપર્યું", "(P-tuning, 2021) —\n       ગુજરાતી NER માં આપણે આ જ વાપર્યું")
@case("283 P-tuning given its arXiv id (title-only paper's id appears)")
def _(): sub1(283, "(P-tuning, 2021)", "(P-tuning, arXiv:2103.10385)")
# 284 Obsidian Kanban
@case("284 a checked card outside the Complete lane")
def _(): sub1(284, "- [ ] AutoDropout", "- [x] AutoDropout")
@case("284 list-collapse one flag short")
def _(): sub1(284, '"list-collapse":[false,false,false,true]', '"list-collapse":[false,false,true]')
@case("284 an impossible card date")
def _(): sub1(284, "@{2024-03-28}", "@{2024-02-30}")
@case("284 AutoHAS given its abs link (title-only paper's id appears)")
def _(): sub1(284, "**AutoHAS: Efficient Hyperparameter and Architecture Search**", "**[AutoHAS: Efficient Hyperparameter and Architecture Search](https://arxiv.org/abs/2006.03656)**")
# 285 marimo
@case("285 a name defined in two cells")
def _(): sub1(285, '    budget\n    return (budget,)', '    papers = None\n    budget\n    return (budget,)')
@case("285 a cell returning a name it does not define")
def _(): sub1(285, "return (budget,)", "return budget, slider")
@case("285 parameters not sorted")
def _(): sub1(285, "def __(budget, papers, pl):", "def __(papers, budget, pl):")
@case("285 MMLU given its abs link (title-only paper's id appears)")
def _(): sub1(285, "| MMLU — ", "| MMLU, https://arxiv.org/abs/2009.03300 — ")
# 286 negative job advert
@case("286 a catalogue title in the negative control")
def _(): sub1(286, "• Linux чөйрөсүндө", "• «Segment Anything» моделин колдонуу тажрыйбасы;\n• Linux чөйрөсүндө")
@case("286 deadline before publication")
def _(): sub1(286, "Арыз берүү мөөнөтү: 15.04.2024", "Арыз берүү мөөнөтү: 01.03.2024")
@case("286 salary range reversed")
def _(): sub1(286, "45 000 – 55 000 сом", "55 000 – 45 000 сом")
@case("286 the grant number made an arXiv-shaped id")
def _(): sub1(286, "грант № 101135412", "грант № 2401.13541")
# label edits
@case("label: 277 REALM relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 277, "REALM").update(evidence="title-only", arxiv_id=None))
@case("label: 278 Memformer with another OpenReview id")
def _(): exp_edit(lambda e: rec(e, 278, "Memformer").update(openreview_id="_adSMszz_g8"))
@case("label: 279 FNO record removed")
def _(): exp_edit(lambda e: recs(e, 279).remove(rec(e, 279, "Fourier Neural Operator")))
@case("label: 280 AlexNet title with a word changed")
def _(): exp_edit(lambda e: rec(e, 280, "ImageNet Classification").update(title="ImageNet Classification with Deep Convolutional Networks"))
@case("label: 282 ALIGN given a wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 282, "Scaling Up Visual").update(true_arxiv_id="2102.05919", arxiv_id="2102.05919"))
@case("label: 283 the unified-view paper relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 283, "Towards a Unified View").update(evidence="arxiv-text", arxiv_id="2110.04366", openreview_id=None))
@case("label: 285 SWE-bench given both ids")
def _(): exp_edit(lambda e: rec(e, 285, "SWE-bench").update(arxiv_id="2310.06770"))
@case("label: 286 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 286).append(dict(rec(e, 284, "PyGlove"))))

tot = 0; bad = []
for name, fn in CASES:
    fresh(); fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    n = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
    tot += n
    print(f"{n:3d}  {name}")
    if n == 0 or r.returncode == 0: bad.append(name)
fresh()
r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
clean = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
shutil.rmtree("/tmp/round26-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
