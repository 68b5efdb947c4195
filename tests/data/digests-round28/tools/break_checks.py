#!/usr/bin/env python3
"""Breaks a scratch copy of round28 one case at a time and runs validate.py on it (scratch only:
/tmp/round28-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it."""
import io, json, os, re, shutil, subprocess, sys, zipfile

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round28-scratch/break"
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


def docx_rewrite(n, edit=None, date_of=None, drop=None):
    """rewrite 305's package member by member (same order and dates), editing one part's text"""
    p = path(n)
    zin = zipfile.ZipFile(p)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i, data in items:
            if drop and i.filename == drop: continue
            if edit and i.filename == edit[0]:
                s = data.decode("utf-8")
                assert edit[1] in s, (n, edit[1])
                data = s.replace(edit[1], edit[2], 1).encode("utf-8")
            zi = zipfile.ZipInfo(i.filename, date_time=(2024, 2, 12, 15, 47, 0) if i.filename == date_of else i.date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    open(p, "wb").write(buf.getvalue())


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


# 297 adr-tools record
@case("297 a link file name that is not adr-tools' slug")
def _(): sub1(297, "0007-full-f-nstilling-av-grundmodellinum.md", "0007-full-finstilling-av-grundmodellinum.md")
@case("297 the status word translated by hand")
def _(): sub1(297, "\nAccepted\n", "\nGóðtikið\n")
@case("297 a template section renamed")
def _(): sub1(297, "## Avgerð", "## Niðurstøða")
@case("297 a cited source missing from Keldur")
def _(): sub1(297, "- [7] Liu o.ø., NeurIPS 2022\n", "")
@case("297 an options row with a cell missing")
def _(): sub1(297, "| BitFit | [6] | 0,05 % |", "| BitFit | [6] 0,05 % |")
@case("297 LLaMA given its arXiv id (title-only paper's id appears)")
def _(): sub1(297, "- [12] Touvron o.ø., 2023", "- [12] Touvron o.ø., 2023, arXiv:2302.13971")
# 298 thesis topics
@case("298 a topic without its status")
def _(): sub1(298, "Ýagdaýy: boş\n", "")
@case("298 the Jemi line miscounting free topics")
def _(): sub1(298, "boş: 6", "boş: 5")
@case("298 breadcrumb not ending with the page title")
def _(): sub1(298, "temalary — 2024/2025 okuw ýyly\n\nDiplom", "temalary — 2023/2024 okuw ýyly\n\nDiplom")
@case("298 deadline before the last change")
def _(): sub1(298, "27.09.2024 senesine", "10.09.2024 senesine")
@case("298 ULMFiT given its arXiv id (title-only paper's id appears)")
def _(): sub1(298, "for Text Classification, ACL 2018", "for Text Classification, ACL 2018 (arXiv:1801.06146)")
# 299 tikzposter
@case("299 column widths not adding up to 1")
def _(): sub1(299, "\\column{0.5}", "\\column{0.45}")
@case("299 a reference cited out of order")
def _(): sub1(299, "memoron inter segmentoj [1]", "memoron inter segmentoj [2]")
@case("299 an itemize not closed")
def _(): sub1(299, "kiel bazlinio.\n\\end{itemize}\n", "kiel bazlinio.\n")
@case("299 a reference line over 100 columns")
def _(): sub1(299, "Fixed-Length\n  Context“", "Fixed-Length Context“")
@case("299 S4 given its OpenReview forum (title-only paper's id appears)")
def _(): sub1(299, "state spaces“. ICLR", "state spaces“. \\url{https://openreview.net/forum?id=uYLFoz1vlAC} ICLR")
# 300 Excel CSV
@case("300 rows no longer sorted by the English term")
def _(): sub1(300, "AI-019,AlexNet,AlexNet", "AI-019,XlexNet,AlexNet")
@case("300 one row ending in LF, not CRLF")
def _(): sub1(300, "Nòtaichean\r\n", "Nòtaichean\n")
@case("300 an ID used twice")
def _(): sub1(300, "AI-031,", "AI-007,")
@case("300 quotes Excel would not write")
def _(): sub1(300, "AI-031,AdamW,", '"AI-031",AdamW,')
@case("300 the GAN link's id mistyped (unlabelled valid id, labelled link missing)")
def _(): sub1(300, "arxiv.org/abs/1406.2661", "arxiv.org/abs/1406.2662")
# 301 GitLab handover
@case("301 a relative link to a file not in the tree")
def _(): sub1(301, "(docs/data.md)", "(docs/dataset.md)")
@case("301 the task count not the task list")
def _(): sub1(301, "(3/8)", "(4/8)")
@case("301 written after the last working day")
def _(): sub1(301, "**Язылды:** 22.03.2024", "**Язылды:** 30.03.2024")
@case("301 the [[_TOC_]] tag dropped")
def _(): sub1(301, "[[_TOC_]]\n", "")
@case("301 OPT given its paper page (title-only paper's id appears)")
def _(): sub1(301, "Language Models — 2023", "Language Models — https://huggingface.co/papers/2205.01068 — 2023")
# 302 Just the Docs
@case("302 a question's points not adding up to its part")
def _(): sub1(302, "### Kesyon 1 (10 pwen)", "### Kesyon 1 (12 pwen)")
@case("302 the due date on the wrong weekday")
def _(): sub1(302, "Vandredi 15 novanm", "Vandredi 14 novanm")
@case("302 the TOC block broken")
def _(): sub1(302, "{:toc}", "{: toc}")
@case("302 the grading table not the parts")
def _(): sub1(302, "| Pati C | 10 |", "| Pati C | 15 |")
@case("302 Swin given its arXiv id (title-only paper's id appears)")
def _(): sub1(302, "(Liu et al., ICCV 2021)", "(Liu et al., ICCV 2021, arXiv:2103.14030)")
# 303 Turnitin report with notes
@case("303 sources not in descending order")
def _(): resub(303, r"^(  3     proceedings\.mlr\.press +)2%$", r"\g<1>4%")
@case("303 a note naming the wrong host")
def _(): sub1(303, "ماخذ 4 (openreview.net،", "ماخذ 4 (arxiv.org،")
@case("303 a nine-digit submission ID")
def _(): sub1(303, "2318846211", "231884621")
@case("303 the note dated before the submission")
def _(): sub1(303, "تاريخ: 14-03-2024", "تاريخ: 10-03-2024")
@case("303 ConvNeXt given its abs link (title-only paper's id appears)")
def _(): sub1(303, "ماخذ 12: A ConvNet for the 2020s", "ماخذ 12: A ConvNet for the 2020s https://arxiv.org/abs/2201.03545")
# 304 jrnl
@case("304 an entry before the one above it")
def _(): sub1(304, "[2024-03-06 10:15]", "[2024-03-04 10:15]")
@case("304 the weekly summary not the results")
def _(): sub1(304, "\nReAct+Reflexion EM 47%\n", "\nReAct+Reflexion EM 48%\n")
@case("304 two empty lines between entries")
def _(): sub1(304, "\n\n[", "\n\n\n[")
@case("304 an entry without a tag")
def _(): sub1(304, "ୱେବସାଇଟ। @reading @agent", "ୱେବସାଇଟ।")
@case("304 CoT given its OpenReview forum (title-only paper's id appears)")
def _(): sub1(304, "Large Language Models। ଓଡ଼ିଆରେ", "Large Language Models https://openreview.net/forum?id=_VjQlMeSB_J। ଓଡ଼ିଆରେ")
# 305 Word .docx
@case("305 an endnote reference out of order")
def _(): docx_rewrite(305, edit=("word/document.xml", '<w:endnoteReference w:id="2"/>', '<w:endnoteReference w:id="3"/>'))
@case("305 a short note where Chicago wants Ibid.")
def _(): docx_rewrite(305, edit=("word/endnotes.xml", "Ibid., 14.", "Brown e.o., “Language Models,” 14."))
@case("305 the bibliography out of order")
def _(): docx_rewrite(305, edit=("word/document.xml", "Zhao, Wayne Xin", "Aaron, Wayne Xin"))
@case("305 a member not dated 1980-01-01")
def _(): docx_rewrite(305, date_of="word/styles.xml")
@case("305 the endnotes part without a content type")
def _(): docx_rewrite(305, edit=("[Content_Types].xml", '<Override PartName="/word/endnotes.xml" ', '<Override PartName="/word/endnotes2.xml" '))
@case("305 PaLM given its arXiv id (title-only paper's id appears)")
def _(): docx_rewrite(305, edit=("word/endnotes.xml", "nr. 240 (2023).", "nr. 240 (2023), arXiv:2204.02311."))
# 306 negative Koha reading history
@case("306 a catalogue title in the negative control")
def _(): sub1(306, "Hands-On Machine Learning", "Segment Anything; Hands-On Machine Learning")
@case("306 the item count not the rows")
def _(): sub1(306, "16 ngā tūemi", "17 ngā tūemi")
@case("306 rows not newest first")
def _(): sub1(306, "08/02/2024\t22/02/2024", "18/02/2024\t22/02/2024")
@case("306 returned before borrowed")
def _(): sub1(306, "09/10/2023\t30/10/2023", "09/10/2023\t30/09/2023")
@case("306 an arXiv-shaped number")
def _(): sub1(306, "LAP-27", "LAP-2401.12345")
# label edits
@case("label: 297 DoRA relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 297, "DoRA").update(evidence="arxiv-text"))
@case("label: 298 GloVe record removed")
def _(): exp_edit(lambda e: recs(e, 298).remove(rec(e, 298, "GloVe")))
@case("label: 299 Reformer's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 299, "Reformer").update(openreview_id="rkgNKkHtvC"))
@case("label: 300 mixed precision relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 300, "Mixed Precision").update(evidence="title-only", openreview_id=None))
@case("label: 301 HuBERT relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 301, "HuBERT").update(evidence="title-only", arxiv_id=None))
@case("label: 302 a record twice")
def _(): exp_edit(lambda e: recs(e, 302).append(dict(rec(e, 302, "Barlow"))))
@case("label: 303 SigLIP title with a word changed")
def _(): exp_edit(lambda e: rec(e, 303, "Sigmoid").update(title="Sigmoid Loss for Language-Image Pretraining"))
@case("label: 304 ReAct given both ids")
def _(): exp_edit(lambda e: rec(e, 304, "ReAct").update(arxiv_id="2210.03629"))
@case("label: 305 GPT-2 given an arXiv id it does not have")
def _(): exp_edit(lambda e: rec(e, 305, "Language Models are Unsupervised").update(true_arxiv_id="1902.00001"))
@case("label: 306 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 306).append(dict(rec(e, 302, "Barlow"))))

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
shutil.rmtree("/tmp/round28-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
