#!/usr/bin/env python3
"""Breaks a scratch copy of round37 one case at a time and runs validate.py on it (scratch only:
/tmp/round37-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round37 digests are UTF-8 text (389 with CRLF body lines
and escape sequences)."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round37-scratch/break"
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


# 387 Google Patents
@case("387 a title-only paper's arXiv id added")
def _(): sub1(387, '"Reformer: The Efficient Transformer", International', '"Reformer: The Efficient Transformer", arXiv:2001.04451, International')
@case("387 an unlabelled catalogue title in the description")
def _(): sub1(387, "The ZeRO approach instead", "Attention Is All You Need showed that; the ZeRO approach instead")
@case("387 publication date not a Thursday")
def _(): sub1(387, "Publication date\n2023-08-03", "Publication date\n2023-08-04")
@case("387 filing before priority")
def _(): sub1(387, "Filing date\n2023-02-01", "Filing date\n2021-12-01")
@case("387 Non-Patent Citations count disagrees")
def _(): sub1(387, "Non-Patent Citations (11)", "Non-Patent Citations (10)")
@case("387 claims not 1..n")
def _(): sub1(387, "5. The method of claim 4", "6. The method of claim 4")
@case("387 a claim depends on a later claim")
def _(): sub1(387, "2. The method of claim 1, wherein the gating", "2. The method of claim 3, wherein the gating")
@case("387 description paragraph skipped")
def _(): sub1(387, "[0007] ", "[0008] ")
@case("387 OpenReview link removed")
def _(): sub1(387, ", Retrieved from the Internet: <URL: https://openreview.net/forum?id=r1gs9JgRZ>", "")
@case("387 examiner legend removed")
def _(): sub1(387, "* Cited by examiner, † Cited by third party\n\nCited By", "\nCited By")
# 388 5ch
@case("388 a post on the wrong weekday")
def _(): sub1(388, "2024/05/11(土) 20:41:37.52", "2024/05/11(日) 20:41:37.52")
@case("388 comment count wrong")
def _(): sub1(388, "24コメント", "25コメント")
@case("388 an ID on two days")
def _(): sub1(388, "ID:Wn4eY7rC0", "ID:Fh0cJ2Ng0")
@case("388 an anchor to a later post")
def _(): sub1(388, ">>4\n遅くなる", ">>6\n遅くなる")
@case("388 posts out of order")
def _(): sub1(388, "2024/05/12(日) 00:20:07.88", "2024/05/11(土) 23:20:07.88")
@case("388 an https:// URL in a ttps:// thread")
def _(): sub1(388, "ttps://arxiv.org/abs/2402.09353", "https://arxiv.org/abs/2402.09353")
@case("388 a title-only paper given a link")
def _(): sub1(388, "『GPT Understands, Too』な", "『GPT Understands, Too』な ttps://arxiv.org/abs/2103.10385")
@case("388 the PDF line break moved into a title-only title's word")
def _(): sub1(388, "Large Language\nModel Serving", "Large Language Mo\ndel Serving")
@case("388 an unlabelled OpenReview id")
def _(): sub1(388, "GGUFもあると助かる", "GGUFもあると助かる\nttps://openreview.net/forum?id=abcDEF12345")
# 389 typescript
@case("389 a body line ended by LF only")
def _(): sub1(389, "todo.txt\r\n", "todo.txt\n")
@case("389 a malformed escape sequence")
def _(): sub1(389, "\x1b[01;34marchive", "\x1b01;34marchive")
@case("389 ls -1 not in C-locale order")
def _(): sub1(389, "beit.pdf\r\nc2d_noisy_labels.pdf\r\n", "c2d_noisy_labels.pdf\r\nbeit.pdf\r\n")
@case("389 Script done before Script started")
def _(): sub1(389, "Script done on 2024-05-14 09:31:47", "Script done on 2024-05-14 08:31:47")
@case("389 window title != prompt directory")
def _(): sub1(389, "]0;mara@kestrel: ~/papers/ssl-vision\x07", "]0;mara@kestrel: ~/papers\x07")
@case("389 an arxiv-text file name changed")
def _(): sub1(389, "2103.03230.pdf", "barlow_twins.pdf", -1)
@case("389 a link's URL cut")
def _(): sub1(389, ".org/abs/2111.06377", ".org/", 1)
# 390 Word comments
@case("390 a date on the wrong weekday")
def _(): sub1(390, "lunes, 13 de mayo de 2024 9:02", "martes, 13 de mayo de 2024 9:02")
@case("390 counts line wrong")
def _(): sub1(390, "19 comentarios", "18 comentarios")
@case("390 a conversation without its footer")
def _(): sub1(390, "https://arxiv.org/abs/2006.03654\nResponder\nResolver conversación\n", "https://arxiv.org/abs/2006.03654\n")
@case("390 resolved by someone outside the conversation")
def _(): sub1(390, "Resuelta por Marina Soler Vidal", "Resuelta por Andrés Quintero")
@case("390 replies out of order")
def _(): sub1(390, "lunes, 13 de mayo de 2024 12:05", "lunes, 13 de mayo de 2024 8:05")
@case("390 OpenReview id changed")
def _(): sub1(390, "cYr2OPNyTz7", "cYr2OPNyTz8")
# 391 W&B
@case("391 run set footer count")
def _(): sub1(391, "1-6 of 24", "1-6 of 25")
@case("391 a citation without its reference")
def _(): sub1(391, '<a href="#ref-8">[8]</a>', '<a href="#ref-9">[9]</a>')
@case("391 comment count")
def _(): sub1(391, "Comments (3)", "Comments (4)")
@case("391 an unclosed element")
def _(): sub1(391, "</tbody>", "")
@case("391 h1 != title")
def _(): sub1(391, "<h1>ViT-S/16", "<h1>ViT-B/16")
@case("391 a title-only paper given an arXiv link")
def _(): sub1(391, "Pham &amp; Le. AutoDropout", 'Pham &amp; Le. <a href="https://arxiv.org/abs/2101.01761">arXiv</a> AutoDropout')
@case("391 a duplicate run id")
def _(): sub1(391, "runs/q0e7m2zt", "runs/3k9x2p1q")
# 392 GraphML
@case("392 not well-formed XML")
def _(): sub1(392, "</graphml>", "")
@case("392 an edge to a missing node")
def _(): sub1(392, 'target="n0"', 'target="n99"')
@case("392 a paper's year != catalogue")
def _(): sub1(392, '<data key="year">2023</data>', '<data key="year">2022</data>')
@case("392 an undeclared data key")
def _(): sub1(392, '<data key="status">', '<data key="state">')
@case("392 a colour out of range")
def _(): sub1(392, '<data key="r">219</data>', '<data key="r">300</data>')
@case("392 arXiv attribute removed")
def _(): sub1(392, '      <data key="arxiv">1406.2661</data>\n', '')
# 393 NotebookLM
@case("393 'N fonti' != sources")
def _(): sub1(393, "13 fonti", "12 fonti", -1)
@case("393 citations first used out of order")
def _(): sub1(393, "corpus esterno [2]", "corpus esterno [3]")
@case("393 source guide names no listed source")
def _(): sub1(393, "Guida alla fonte\nReAct: Synergizing", "Guida alla fonte\nReAct – Synergizing")
@case("393 a weekday wrong")
def _(): sub1(393, "lunedì 3 giugno", "martedì 3 giugno")
@case("393 a PDF named by its id renamed")
def _(): sub1(393, "2305.16291.pdf", "voyager.pdf")
# 394 Espanso
@case("394 duplicate trigger")
def _(): sub1(394, '":cfed"]', '":clstm"]')
@case("394 undeclared variable")
def _(): sub1(394, 'replace: "{{today}}"', 'replace: "{{now}}"')
@case("394 unclosed double-quoted scalar")
def _(): sub1(394, 'replace: "https://github.com/noorhaddad/kg-reasoning"', 'replace: "https://github.com/noorhaddad/kg-reasoning')
@case("394 an item with both replace and form")
def _(): sub1(394, '  - trigger: ":cite"\n', '  - trigger: ":cite"\n    replace: "x"\n')
@case("394 a bad escape")
def _(): sub1(394, "¯\\\\_(ツ)_/¯", "¯\\q(ツ)_/¯")
@case("394 a tab in YAML")
def _(): sub1(394, "    word: true", "\tword: true")
@case("394 a folded double-quoted line not indented")
def _(): sub1(394, "\n      Prediction of Hidden Units", "\n    Prediction of Hidden Units")
@case("394 a block scalar not indented")
def _(): sub1(394, "      Noor Haddad\n", "  Noor Haddad\n")
# 395 JSONL
@case("395 html_url != full_name")
def _(): sub1(395, '"html_url":"https://github.com/karpathy/nanoGPT"', '"html_url":"https://github.com/karpathy/minGPT"')
@case("395 keys out of the jq order")
def _(): sub1(395, '{"full_name":"karpathy/nanoGPT","description":"The simplest, fastest repository for training/finetuning medium-sized GPTs."',
              '{"description":"The simplest, fastest repository for training/finetuning medium-sized GPTs.","full_name":"karpathy/nanoGPT"')
@case("395 not compact JSON")
def _(): sub1(395, '"stargazers_count":87,', '"stargazers_count": 87,')
@case("395 pushed_at not ISO UTC")
def _(): sub1(395, '"2023-11-02T09:14:51Z"', '"2023-11-02 09:14:51"')
@case("395 a title-only paper given an arXiv link")
def _(): sub1(395, 'Fan et al.) in ~300', 'Fan et al., https://arxiv.org/abs/2002.09402) in ~300')
@case("395 a line not JSON")
def _(): sub1(395, '{"full_name":"rad-ml', '{full_name:"rad-ml')
# 396 negative
@case("396 items do not sum to the total")
def _(): sub1(396, "│       30,000원 │\n│ 워크숍", "│       35,000원 │\n│ 워크숍")
@case("396 VAT wrong")
def _(): sub1(396, "부가세: 22,727원", "부가세: 22,728원")
@case("396 a weekday wrong")
def _(): sub1(396, "7월 8일(월)", "7월 8일(화)")
@case("396 table lines of unequal width")
def _(): sub1(396, "│ 튜토리얼 T1 ", "│ 튜토리얼 T1  ")
@case("396 a catalogue title in the negative control")
def _(): sub1(396, "Evaluating Language Models Beyond Leaderboards", "Attention Is All You Need")
@case("396 an arXiv-shaped number")
def _(): sub1(396, "승인번호: 30571942", "승인번호: 2406.10412")
@case("396 a refund deadline after the event")
def _(): sub1(396, "6월 21일(금)까지 전액 환불", "7월 12일(금)까지 전액 환불")
# label edits
@case("label: 387 GShard relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 387, "GShard").update(evidence="title-only", arxiv_id=None))
@case("label: 388 DoRA record removed")
def _(): exp_edit(lambda e: recs(e, 388).remove(rec(e, 388, "DoRA")))
@case("label: 389 C2D's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 389, "Contrast to Divide").update(openreview_id="uB5x7Y2qsFS"))
@case("label: 390 GloVe given an arXiv id")
def _(): exp_edit(lambda e: rec(e, 390, "GloVe").update(true_arxiv_id="1405.0001"))
@case("label: 391 SAM relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 391, "Sharpness").update(evidence="arxiv-text"))
@case("label: 392 the OpenReview record given both ids")
def _(): exp_edit(lambda e: rec(e, 392, "Self-Supervised Variational").update(arxiv_id="2010.02014"))
@case("label: 393 ReAct title changed")
def _(): exp_edit(lambda e: rec(e, 393, "ReAct").update(title="ReAct: Synergizing Reasoning and Acting in Large Language Models"))
@case("label: 394 a record twice")
def _(): exp_edit(lambda e: recs(e, 394).append(dict(rec(e, 394, "EigenGame"))))
@case("label: 395 RetNet given a wrong true id")
def _(): exp_edit(lambda e: rec(e, 395, "Retentive").update(true_arxiv_id="2307.08622", arxiv_id="2307.08622"))
@case("label: 396 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 396).append(dict(rec(e, 394, "EigenGame"))))
@case("label: 395 a paper at an even position (round36's) added")
def _(): exp_edit(lambda e: recs(e, 395).append({"arxiv_id": None, "openreview_id": None, "title": "A Practical Survey on Faster and Lighter Transformers", "evidence": "title-only", "true_arxiv_id": "2103.14636"}))
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
shutil.rmtree("/tmp/round37-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
