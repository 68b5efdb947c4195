#!/usr/bin/env python3
"""Breaks a scratch copy of round42 one case at a time and runs validate.py on it (scratch only:
/tmp/round42-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round42 digests are UTF-8 text (442 with a byte-order mark)."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round42-scratch/break"
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


# ---- 437 Obsidian note
@case("437 front matter missing")
def _(): sub1(437, "---\ntags:", "tags:")
@case("437 created after updated")
def _(): sub1(437, "created: 2024-10-07", "created: 2024-12-07")
@case("437 unknown callout type")
def _(): sub1(437, "> [!warning] Verschoben", "> [!warnung] Verschoben")
@case("437 unbalanced wikilink")
def _(): sub1(437, "[[Linear Attention|", "[[Linear Attention|".replace("[[", "["))
@case("437 ticked task without ✅")
def _(): sub1(437, " 📅 2024-10-14 ✅ 2024-10-14", " 📅 2024-10-14")
@case("437 ✅ on an open task")
def _(): sub1(437, "📅 2024-12-02", "📅 2024-12-02 ✅ 2024-12-02")
@case("437 due date not a Monday")
def _(): sub1(437, "📅 2024-11-25", "📅 2024-11-26")
@case("437 Termin numbering / block id mismatch")
def _(): sub1(437, "Retention ^w6", "Retention ^w5")
@case("437 inline field without '::' value form")
def _(): sub1(437, "Status:: laufend", "Status::laufend")

# ---- 438 reStructuredText
@case("438 title overline shorter than underline")
def _(): sub1(438, "================================================\nAwesome", "=============================================\nAwesome")
@case("438 section underline too short")
def _(): sub1(438, "Editing\n=======", "Editing\n=====")
@case("438 substitution used but not defined")
def _(): sub1(438, "|code| `lllyasviel/ControlNet`_", "|repo| `lllyasviel/ControlNet`_")
@case("438 named reference without a target")
def _(): sub1(438, ".. _k-diffusion: ", ".. _kdiffusion: ")
@case("438 anonymous hyperlink missing its '<'")
def _(): sub1(438, " <https://arxiv.org/abs/2006.11239>`__", " https://arxiv.org/abs/2006.11239>`__")
@case("438 list-table row with a missing cell")
def _(): sub1(438, "     - MIT\n", "")

# ---- 439 Outlook text
@case("439 header without the tab")
def _(): sub1(439, "Sent:\t29 March", "Sent: 29 March")
@case("439 subject not a forward")
def _(): sub1(439, "Subject:\tFW: ", "Subject:\t")
@case("439 a bare URL inside a pasted mailing")
def _(): sub1(439, "\\\\ ( https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Farxiv.org%2Fabs%2F2103.14030", "\\\\ ( https://arxiv.org/abs/2103.14030 ( https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Farxiv.org%2Fabs%2F2103.14030")
@case("439 closing line with another id")
def _(): sub1(439, "url=https%3A%2F%2Farxiv.org%2Fabs%2F2103.14167", "url=https%3A%2F%2Farxiv.org%2Fabs%2F2103.14168")
@case("439 record dated outside its window")
def _(): sub1(439, "Date: Fri, 26 Mar 2021 15:08:40", "Date: Fri, 26 Mar 2021 19:08:40")
@case("439 ids not ascending")
def _(): sub1(439, "arXiv:2103.14338\n", "arXiv:2103.14038\n")
@case("439 window not one day")
def _(): sub1(439, "to  Fri 26 Mar 21 18:00:00 GMT", "to  Sat 27 Mar 21 18:00:00 GMT")
@case("439 Safe Link without reserved=0")
def _(): sub1(439, "&reserved=0", "&reserved=1")

# ---- 440 natbib .bbl
@case("440 wrong item count")
def _(): sub1(440, "\\begin{thebibliography}{12}", "\\begin{thebibliography}{11}")
@case("440 entries out of order")
def _():
    s = rd(440); a = s.index("\\bibitem[Bahdanau"); b = s.index("\\bibitem[Howard")
    wr(440, s[:a] + s[b:s.index("\\bibitem[Kobayashi")] + s[a:b] + s[s.index("\\bibitem[Kobayashi"):])
@case("440 et~al. with two authors")
def _(): sub1(440, "[Howard and Ruder(2018)", "[Howard et~al.(2018)")
@case("440 line longer than 79 where BibTeX would break")
def _(): sub1(440, "Jeremy Howard and Sebastian Ruder.", "Jeremy Howard and Sebastian Ruder and a very long run of padding words that BibTeX would wrap.")
@case("440 unbalanced braces in an entry")
def _(): sub1(440, "{BART}:", "{BART:")
@case("440 continuation line not indented")
def _(): sub1(440, "\n  translate.", "\ntranslate.")

# ---- 441 JabRef
@case("441 no encoding line")
def _(): sub1(441, "% Encoding: UTF-8\n\n", "")
@case("441 duplicate key")
def _(): sub1(441, "@Misc{Zhao2023,", "@Misc{Wang2023,")
@case("441 field line without its comma")
def _(): sub1(441, "  owner = {ldaniels},\n  priority = {prio1},", "  owner = {ldaniels},\n  priority = {prio1}")
@case("441 group not in the tree")
def _(): sub1(441, "groups = {Surveys}", "groups = {Overviews}")
@case("441 bad ranking")
def _(): sub1(441, "ranking = {rank4}", "ranking = {rank7}")
@case("441 bad creationdate")
def _(): sub1(441, "creationdate = {2023-04-03T09:02:44}", "creationdate = {03.04.2023}")
@case("441 lower-case entry type")
def _(): sub1(441, "@Misc{Asai2023,", "@misc{Asai2023,")

# ---- 442 Zotero CSV
@case("442 byte-order mark dropped")
def _(): wr(442, rd(442).lstrip("\ufeff"))
@case("442 a field not quoted")
def _(): sub1(442, '"conferencePaper","2020"', 'conferencePaper,"2020"')
@case("442 CRLF record ends")
def _(): wr(442, rd(442).replace('"\n"', '"\r\n"'))
@case("442 column header renamed")
def _(): sub1(442, '"Abstract Note"', '"Abstract"')
@case("442 modified before added")
def _(): sub1(442, '"2024-01-08 09:14:02","2024-01-08 17:02:44"', '"2024-01-08 09:14:02","2024-01-07 17:02:44"')
@case("442 arXiv Url without the 10.48550 DOI")
def _(): sub1(442, '"10.48550/arXiv.2011.10566"', '""')
@case("442 author not 'Last, First'")
def _(): sub1(442, '"Chen, Ting; Kornblith, Simon', '"Ting Chen; Kornblith, Simon')

# ---- 443 pull request
@case("443 commit count in the tabs wrong")
def _(): sub1(443, "Commits 3", "Commits 4")
@case("443 hunk range not matching its lines")
def _(): sub1(443, "Comment on lines +58 to +61", "Comment on lines +58 to +62")
@case("443 hunk line numbers skip")
def _(): sub1(443, "    60  +  - **PaLM", "    65  +  - **PaLM")
@case("443 participants count wrong")
def _(): sub1(443, "4 participants", "3 participants")
@case("443 state line missing")
def _(): sub1(443, "#88\nOpen\n", "#88\n")

# ---- 444 PTT
@case("444 weekday of 時間 wrong")
def _(): sub1(444, "時間  Sat Mar 16", "時間  Sun Mar 16")
@case("444 文章網址 epoch not the post time")
def _(): sub1(444, "M.1710600067.A", "M.1710600167.A")
@case("444 push date column misaligned")
def _(): sub1(444, "推 papercat: 感謝分享 ", "推 papercat: 感謝分享")
@case("444 push times out of order")
def _(): sub1(444, "03/17 00:12", "03/16 22:50")
@case("444 edit line after later pushes")
def _():
    s = rd(444); e = next(l for l in s.split("\n") if l.startswith("※ 編輯")) + "\n"
    wr(444, s.replace(e, "").replace("感謝分享", "感謝分享", 1) + e)
@case("444 a real-looking IP")
def _(): sub1(444, "來自: 203.0.113.45", "來自: 114.32.7.45")

# ---- 445 Scrapbox
@case("445 indented title line")
def _(): wr(445, " " + rd(445))
@case("445 unbalanced bracket")
def _(): sub1(445, "[ResNet]のページ", "[ResNetのページ")
@case("445 link with URL in the middle")
def _(): sub1(445, "[https://proceedings.mlr.press/v9/glorot10a.html PMLRのページ]", "[PMLR https://proceedings.mlr.press/v9/glorot10a.html のページ]")
@case("445 tab indent")
def _(): sub1(445, "\n 毎週木曜", "\n\t毎週木曜")

# ---- 446 HTML (negative)
@case("446 a tag left open")
def _(): sub1(446, "</ul>\n    </nav>", "\n    </nav>")
@case("446 a table row with a missing cell")
def _(): sub1(446, "          <td>302동 311호 + Zoom</td>\n", "")
@case("446 weekday wrong")
def _(): sub1(446, "2024-06-05 (수)", "2024-06-05 (목)")
@case("446 a non-example mail address")
def _(): sub1(446, "mailto:admin@isl.example.ac.kr", "mailto:admin@isl.snu.ac.kr")
@case("446 lang attribute")
def _(): sub1(446, '<html lang="ko">', '<html lang="en">')

# ---- labels and text
@case("text: 437 an unlabelled catalogue title added")
def _(): sub1(437, "## Nicht auf dem Plan\n", "## Nicht auf dem Plan\n\n- FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness\n")
@case("text: 438 a distractor's title added")
def _(): sub1(438, "Related lists\n=============\n", "Related lists\n=============\n\n- Efficient Transformers: A Survey\n")
@case("text: 444 an unlabelled arXiv id added")
def _(): sub1(444, "下學期打算讀", "(另見 arXiv:2305.18290) 下學期打算讀")
@case("text: 445 an unlabelled OpenReview link added")
def _(): sub1(445, "関連: ", "https://openreview.net/forum?id=abcDEF12345\n関連: ")
@case("text: 446 a paper title in the negative")
def _(): sub1(446, "<li>6월 5일(수): 학기말 포스터 세션</li>", "<li>6월 5일(수): 학기말 포스터 세션 — Long Short-Term Memory 특강</li>")
@case("text: 441 a labelled title removed")
def _(): sub1(441, "title = {Reflexion: Language Agents with Verbal Reinforcement Learning}", "title = {Reflexion}")
@case("text: 439 a link-evidence id removed from the Safe Link")
def _(): wr(439, rd(439).replace("2103.14625", "2103.1462x"))
@case("text: 442 an arxiv-text id turned into a link")
def _(): sub1(442, '"arXiv: 2102.05918"', '"https://arxiv.org/abs/2102.05918"')
@case("label: 437 a title-only paper's id appears")
def _(): sub1(437, "(NeurIPS 2020) 📅 2024-11-04", "(NeurIPS 2020, arXiv:2007.14062) 📅 2024-11-04")
@case("label: 440 GloVe given an arXiv id")
def _(): exp_edit(lambda e: rec(e, 440, "GloVe").update(true_arxiv_id="1401.0001"))
@case("label: 441 title changed")
def _(): exp_edit(lambda e: rec(e, 441, "A Generalist").update(title="A Generalist Agent (Gato)"))
@case("label: 443 arxiv-text relabelled link")
def _(): exp_edit(lambda e: rec(e, 443, "ZeRO").update(evidence="link"))
@case("label: 444 a record twice")
def _(): exp_edit(lambda e: recs(e, 444).append(dict(rec(e, 444, "LoRA"))))
@case("label: 445 wrong true id")
def _(): exp_edit(lambda e: rec(e, 445, "A ConvNet").update(true_arxiv_id="2201.03546", arxiv_id="2201.03546"))
@case("label: 442 a field missing")
def _(): exp_edit(lambda e: rec(e, 442, "Supervised Contrastive").pop("openreview_id"))
@case("label: 446 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 446).append(dict(rec(e, 445, "A ConvNet"))))
@case("label: OpenReview record with the wrong forum id")
def _(): exp_edit(lambda e: rec(e, 437, "Rethinking Attention").update(openreview_id="uYLFoz1vlAC"))
@case("label: an odd-position (round43) paper added")
def _(): exp_edit(lambda e: recs(e, 438).append({"arxiv_id": None, "openreview_id": None, "title": "A Practical Survey on Faster and Lighter Transformers", "evidence": "title-only", "true_arxiv_id": "2103.14636"}))
@case("label: a paper in two round42 files")
def _(): exp_edit(lambda e: recs(e, 443).append(dict(rec(e, 444, "LoRA"))))
@case("label: a less-used paper left out (all 19-use papers must be in)")
def _(): exp_edit(lambda e: recs(e, 441).remove(rec(e, 441, "A Generalist Agent")))
@case("label: a file with 7 papers")
def _(): exp_edit(lambda e: [recs(e, 438).pop() for _ in range(2)])
@case("label: title-only share pushed past 0.50")
def _(): exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None) for n in (439, 443, 444) for r in recs(e, n) if r["evidence"] == "link" and not r["openreview_id"]])

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
shutil.rmtree("/tmp/round42-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
