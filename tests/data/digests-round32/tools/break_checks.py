#!/usr/bin/env python3
"""Breaks a scratch copy of round32 one case at a time and runs validate.py on it (scratch only:
/tmp/round32-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. Files in a legacy charset (339 GBK, 342 Windows-1252) are
edited in their charset; 341's base64 parts are decoded, edited and re-encoded."""
import base64, json, os, re, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round32-scratch/break"
D = W + "/digests"
CS = {339: "gbk", 342: "cp1252"}


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools", "__pycache__"))


def path(n):
    return next(os.path.join(D, f) for f in os.listdir(D) if f.startswith(str(n) + "_"))


def rd(n):
    return open(path(n), encoding=CS.get(n, "utf-8"), newline="").read()


def wr(n, s, enc=None):
    open(path(n), "w", encoding=enc or CS.get(n, "utf-8"), newline="").write(s)


def sub1(n, old, new, count=1):
    s = rd(n)
    assert old in s, (n, old)
    wr(n, s.replace(old, new, count))


def resub(n, pat, new, count=1):
    s = rd(n)
    s2, k = re.subn(pat, new, s, count=count, flags=re.M)
    assert k, (n, pat)
    wr(n, s2)


def part341(i, fn):
    """decode 341's i-th base64 part, apply fn, re-encode in 76-column lines"""
    s = rd(341)
    chunks = re.split(r"(Content-Transfer-Encoding: base64\r\n\r\n)", s)
    k = 2 * i + 2
    body, rest = chunks[k].split("\r\n\r\n", 1)
    t = fn(base64.b64decode(body.replace("\r\n", "")).decode("utf-8"))
    e = base64.b64encode(t.encode("utf-8")).decode("ascii")
    chunks[k] = "\r\n".join(e[j:j + 76] for j in range(0, len(e), 76)) + "\r\n\r\n" + rest
    wr(341, "".join(chunks))


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


# 337 Apple Mail weekly report
@case("337 the Subject's week not the Date's")
def _(): sub1(337, "week 11 (Mar 11-15)", "week 12 (Mar 11-15)")
@case("337 Date not on its weekday")
def _(): sub1(337, "Date: Fri, 15 Mar 2024", "Date: Thu, 15 Mar 2024")
@case("337 the GPU total not the experiments' sum")
def _(): sub1(337, "Total: 34 h of", "Total: 30 h of")
@case("337 a line ended by LF only")
def _(): sub1(337, "Hi Daniel,\r\n", "Hi Daniel,\n")
@case("337 GPTQ given its arXiv id (title-only paper's id appears)")
def _(): sub1(337, "Hi Daniel,\r\n", "Hi Daniel, (re arXiv:2210.17323)\r\n")
# 338 screening TSV
@case("338 Conflict not what the votes say")
def _(): sub1(338, "\tExclude\tMaybe\tYes\t", "\tExclude\tMaybe\tNo\t")
@case("338 an exclusion without a reason")
def _(): sub1(338, "\tExclude\tE3 tool or survey only\t", "\tExclude\t\t")
@case("338 record ids not ascending")
def _(): sub1(338, "S0117\t", "S0017\t")
@case("338 a quoted cell in a Sheets TSV")
def _(): sub1(338, "adapters; seminal", '"adapters; seminal"')
@case("338 BitFit given its arXiv id (title-only paper's id appears)")
def _(): sub1(338, "\tACL 2022\t", "\tACL 2022, arXiv:2106.10199\t")
# 339 GBK thesis proposal
@case("339 the schedule with a gap")
def _(): sub1(339, "2024.09—2024.11", "2024.10—2024.11")
@case("339 a reference first cited out of order")
def _(): sub1(339, "损失学习表示[1]", "损失学习表示[2]")
@case("339 saved as UTF-8, not GBK")
def _(): wr(339, rd(339), enc="utf-8")
@case("339 a section numbered wrong")
def _(): sub1(339, "\r\n五、预期成果", "\r\n六、预期成果")
@case("339 CPC given its arXiv id (title-only paper's id appears)")
def _(): sub1(339, "[J]. arXiv preprint, 2018.", "[J]. arXiv preprint arXiv:1807.03748, 2018.")
# 340 pdftotext research plan
@case("340 a page footer wrong")
def _(): sub1(340, "\n- 2 -\n", "\n- 3 -\n")
@case("340 a line starting with 。")
def _(): sub1(340, "る。\n4. 研究方法", "る\n。\n4. 研究方法")
@case("340 a line wider than the form")
def _(): sub1(340, "工場内の作業記録画像を対象とした視覚言語モデルの少量データ適応", "工場内の作業記録画像を対象とした視覚言語モデルの少量データ適応に関する基礎的な研究と応用")
@case("340 a reference first cited out of order")
def _(): sub1(340, "[1]の“Learning", "[2]の“Learning")
@case("340 CLIP given its abs link (title-only paper's id appears)")
def _(): sub1(340, "Supervision,” ICML, 2021.", "Supervision,” ICML, 2021,\n    https://arxiv.org/abs/2103.00020.")
# 341 Gmail cold e-mail
@case("341 Date not on its weekday")
def _(): sub1(341, "Date: Tue, 5 Nov 2024", "Date: Wed, 5 Nov 2024")
@case("341 a base64 line not 76 columns")
def _(): resub(341, r"^([A-Za-z0-9+/]{76})\r\n", r"\1AAAA\r\n")
@case("341 the HTML part missing a paper the plain part has")
def _(): part341(1, lambda t: re.sub(r"<li>Toolformer[^<]*</li>", "", t))
@case("341 the plain part linking another target than the HTML part")
def _(): part341(0, lambda t: t.replace("<https://arxiv.org/abs/2303.11366>", "<https://arxiv.org/pdf/2303.11366>"))
@case("341 Toolformer given its arXiv id (title-only paper's id appears)")
def _(): part341(0, lambda t: t.replace("Use Tools\r\n", "Use Tools (arXiv:2302.04761)\r\n", 1))
# 342 Excel CSV grade sheet
@case("342 a final mark not 40/30/30")
def _(): sub1(342, ";8,85;", ";8,95;")
@case("342 a presentation on a Monday")
def _(): sub1(342, "12/03/2024", "11/03/2024")
@case("342 saved as UTF-8, not Windows-1252")
def _(): wr(342, rd(342), enc="utf-8")
@case("342 a decimal point, not a comma")
def _(): sub1(342, ";8,5;9;8;8,50;", ";8.5;9;8;8,50;")
@case("342 ELMo given its arXiv id (title-only paper's id appears)")
def _(): sub1(342, "Deep contextualized word representations;;", "Deep contextualized word representations;arXiv:1802.05365;")
# 343 LaTeX exam agreement
@case("343 'Umfang' not the rows")
def _(): sub1(343, "Umfang: 13 Titel.", "Umfang: 12 Titel.")
@case("343 the exam date not on its weekday")
def _(): sub1(343, "Mittwoch, 17.07.2024", "Donnerstag, 17.07.2024")
@case("343 signed less than four weeks before")
def _(): sub1(343, "Würzburg, 12.06.2024 & Würzburg, 12.06.2024", "Würzburg, 01.07.2024 & Würzburg, 01.07.2024")
@case("343 an environment not closed")
def _(): sub1(343, "\\bottomrule\n\\end{tabularx}", "\\bottomrule\n")
@case("343 GShard given its arXiv id (title-only paper's id appears)")
def _(): sub1(343, "Automatic Sharding}. ICLR 2021.", "Automatic Sharding}. ICLR 2021, arXiv:2006.16668.")
# 344 Markdown scoping note
@case("344 the milestones' total not their sum")
def _(): sub1(344, "**155**", "**150**")
@case("344 a milestone before the note")
def _(): sub1(344, "| J1 | 29/03/2024", "| J1 | 29/01/2024")
@case("344 versions out of order")
def _(): sub1(344, "| 0.2 | 29/01/2024", "| 0.2 | 09/01/2024")
@case("344 a reference first cited out of order")
def _(): sub1(344, "opérateurs neuronaux [1]", "opérateurs neuronaux [2]")
@case("344 Graphormer given its arXiv id (title-only paper's id appears)")
def _(): sub1(344, "Representation?*, NeurIPS 2021.", "Representation?*, NeurIPS 2021. arXiv:2106.05234.")
# 345 Google Docs moderator script
@case("345 the BOM missing")
def _(): wr(345, rd(345).lstrip("\ufeff"))
@case("345 the running order with a gap")
def _(): sub1(345, "00:20–00:35", "00:25–00:35")
@case("345 the running order not the stated length")
def _(): sub1(345, "Duração: 60 min", "Duração: 75 min")
@case("345 a question for someone not on the panel")
def _(): sub1(345, "P5. (para Beatriz)", "P5. (para Marina)")
@case("345 NCSN given its arXiv id (title-only paper's id appears)")
def _(): sub1(345, "Data Distribution” (Song e Ermon, 2019)", "Data Distribution” (Song e Ermon, 2019, arXiv:1907.05600)")
# 346 negative runs export
@case("346 a catalogue title in the negative control")
def _(): sub1(346, "Towards Robust Small Models project", "Scaling Vision Transformers project")
@case("346 an arXiv-shaped number")
def _(): sub1(346, "OOM at step 41k", "OOM at step 41k (job 2403.11872)")
@case("346 a state not the tracker's")
def _(): sub1(346, '"hopeful-moon-31","failed"', '"hopeful-moon-31","stopped"')
@case("346 runs not newest first")
def _(): sub1(346, "2024-03-08T14:30:00.000Z", "2024-03-18T14:30:00.000Z")
@case("346 a line not quoted")
def _(): sub1(346, '"wobbly-river-57","finished"', 'wobbly-river-57,"finished"')
# label edits
@case("label: 337 S4 relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 337, "Efficiently Modeling").update(evidence="arxiv-text", arxiv_id="2111.00396", openreview_id=None))
@case("label: 338 prefix-tuning record removed")
def _(): exp_edit(lambda e: recs(e, 338).remove(rec(e, 338, "Prefix-Tuning")))
@case("label: 339 multi-view's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 339, "Self-supervised Learning from a Multi").update(openreview_id="-bdp_8Itjwq"))
@case("label: 340 Swin relabelled link")
def _(): exp_edit(lambda e: rec(e, 340, "Swin").update(evidence="link", arxiv_id="2103.14030"))
@case("label: 341 a record twice")
def _(): exp_edit(lambda e: recs(e, 341).append(dict(rec(e, 341, "MemGPT"))))
@case("label: 342 GPT-2 given an arXiv id it does not have")
def _(): exp_edit(lambda e: rec(e, 342, "Language Models are Unsupervised").update(true_arxiv_id="1902.00001"))
@case("label: 343 Big Bird title with a word changed")
def _(): exp_edit(lambda e: rec(e, 343, "Big Bird").update(title="Big Bird: Transformers for Long Sequences"))
@case("label: 344 C2D given both ids")
def _(): exp_edit(lambda e: rec(e, 344, "Contrast to Divide").update(arxiv_id="2103.13646"))
@case("label: 345 diffusion-beats-GANs relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 345, "Diffusion Models Beat").update(evidence="title-only", arxiv_id=None))
@case("label: 346 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 346).append(dict(rec(e, 338, "Prefix-Tuning"))))


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
shutil.rmtree("/tmp/round32-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
