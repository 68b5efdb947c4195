#!/usr/bin/env python3
"""Breaks a scratch copy of round27 one case at a time and runs validate.py on it (scratch only:
/tmp/round27-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import json, os, re, shutil, subprocess

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round27-scratch/break"
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


# 287 plain-text progress report
@case("287 two lines joined (over 72)")
def _(): sub1(287, "ispite (30\nECTS)", "ispite (30 ECTS)")
@case("287 a line wrapped too early")
def _(): sub1(287, "Smola, Dive into Deep\n    Learning.", "Smola, Dive into\n    Deep Learning.")
@case("287 a heading's underline one short")
def _(): sub1(287, "1. Sažetak\n==========\n", "1. Sažetak\n=========\n")
@case("287 the ECTS total changed")
def _(): sub1(287, "| Ukupno u ovoj godini                         |   30 |", "| Ukupno u ovoj godini                         |   25 |")
@case("287 a reference cited out of order")
def _(): sub1(287, "Neural Turing Machines [3]", "Neural Turing Machines [4]")
@case("287 submitted two months after the period")
def _(): sub1(287, "Datum predaje:        14.10.2024.", "Datum predaje:        14.12.2024.")
@case("287 Memformer given its OpenReview forum (title-only paper's id appears)")
def _(): sub1(287, "(Findings of AACL-IJCNLP 2022)", "(Findings of AACL-IJCNLP 2022,\n  https://openreview.net/forum?id=_adSMszz_g9)")
# 288 pandoc Markdown
@case("288 a curly quote left in")
def _(): sub1(288, '("Chinchilla")', "(“Chinchilla”)")
@case("288 a footnote mark out of order")
def _(): sub1(288, "Lepikhin et al.[^3]", "Lepikhin et al.[^4]")
@case("288 an image numbered out of order")
def _(): sub1(288, "media/image2.jpeg", "media/image3.jpeg")
@case("288 a table cell running into the next column")
def _(): sub1(288, "Tutorial-Opzeechnung       all", "Tutorial-Opzeechnung (Video)all")
@case("288 a wrapped table line without pandoc's padding")
def _(): sub1(288, "\n  Models                                          \n", "\n  Models\n")
@case("288 the costs not adding up")
def _(): sub1(288, "Per diem (7 Deeg)                              490,00", "Per diem (7 Deeg)                              480,00")
@case("288 a line starting with a list marker (pandoc keeps '2022)' with the word before)")
def _(): sub1(288, "(Zhang et\n    al., 2022) --", "(Zhang et al.,\n    2022) --")
@case("288 metadata keys out of order")
def _(): sub1(288, "author: Claire Muller\ndate: 20. Dezember 2023\n", "date: 20. Dezember 2023\nauthor: Claire Muller\n")
@case("288 a bullet not pandoc's '-   '")
def _(): sub1(288, "-   *OPT:", "- *OPT:")
@case("288 OPT given its abs link (title-only paper's id appears)")
def _(): sub1(288, "(Zhang et\n    al., 2022)", "(Zhang et\n    al., <https://arxiv.org/abs/2205.01068>)")
# 289 Google Classroom
@case("289 edited before posted")
def _(): sub1(289, "(Edited Mar 5)", "(Edited Mar 3)")
@case("289 comment count wrong")
def _(): sub1(289, "3 class comments", "4 class comments")
@case("289 an attachment without its kind line")
def _(): sub1(289, "ການເລີ່ມຕົ້ນນ້ຳໜັກ.pdf\nPDF\n", "ການເລີ່ມຕົ້ນນ້ຳໜັກ.pdf\n")
@case("289 comments out of date order")
def _(): sub1(289, "ແສງດາວ ສີສຸວັນ\nMar 5", "ແສງດາວ ສີສຸວັນ\nMar 7")
@case("289 BiT given its arXiv id (title-only paper's id appears)")
def _(): sub1(289, "(Kolesnikov et al., ECCV 2020)", "(Kolesnikov et al., ECCV 2020, arXiv:1912.11370)")
# 290 Google Sites
@case("290 a date on the wrong weekday")
def _(): sub1(290, "Lwesithathu, 14 Februwari 2024", "Lwesithathu, 15 Februwari 2024")
@case("290 the footer cut")
def _(): sub1(290, "Page details\n", "")
@case("290 a table row with three cells")
def _(): sub1(290, "Zintle\tExploring", "Zintle Exploring")
@case("290 C2D's OpenReview id changed")
def _(): sub1(290, "id=uB5x7Y2qsFR", "id=uB5x7Y2qsFS")
# 291 to-read.txt
@case("291 the counter line wrong")
def _(): sub1(291, "لوستل شوې: 3 / 12", "لوستل شوې: 4 / 12")
@case("291 a solar date off by one")
def _(): sub1(291, "۱۴۰۲ کب ۱۴ —", "۱۴۰۲ کب ۱۵ —")
@case("291 a note not indented")
def _(): sub1(291, "\n    LSGM", "\nLSGM")
@case("291 textual inversion given its abs link (title-only paper's id appears)")
def _(): sub1(291, "لینک نه لرم، وروسته یې ولټوم", "https://arxiv.org/abs/2208.01618")
# 292 README
@case("292 a TOC anchor not GitHub's slug")
def _(): sub1(292, "(#inyandiko-zubushakashatsi-bifitanye-isano)", "(#inyandiko-z-ubushakashatsi-bifitanye-isano)")
@case("292 an average wrong")
def _(): sub1(292, "| 93.0 | 86.8 |", "| 93.0 | 86.9 |")
@case("292 a code fence left open")
def _(): sub1(292, "pip install -e .\n```\n", "pip install -e .\n")
@case("292 RoBERTa's id mistyped (unlabelled valid id, labelled link missing)")
def _(): sub1(292, "arxiv.org/abs/1907.11692", "arxiv.org/abs/1907.11693")
@case("292 Megatron given its arXiv id (title-only paper's id appears)")
def _(): sub1(292, "Using Model Parallelism:", "Using Model Parallelism (arXiv:1909.08053):")
# 293 Google Lens text
@case("293 a photo out of time order")
def _(): sub1(293, "IMG_20240312_101604.jpg", "IMG_20240312_100001.jpg")
@case("293 a slide number going backwards")
def _(): sub1(293, "\n19/38\n", "\n16/38\n")
@case("293 a photo from another day")
def _(): sub1(293, "IMG_20240312_112048.jpg", "IMG_20240313_112048.jpg")
@case("293 a typed note inside the slide text")
def _(): sub1(293, "Degeneration, ICLR 2020\n", "Degeneration, ICLR 2020\n>> ഇത് പ്രധാനം\n")
@case("293 an arXiv-shaped number added to GPT-1")
def _(): sub1(293, "(OpenAI report)", "(OpenAI report, 1806.04512)")
# 294 exam class
@case("294 total points not the sum")
def _(): sub1(294, "\\question[12] Моделҳои графӣ", "\\question[14] Моделҳои графӣ")
@case("294 two correct choices")
def _(): sub1(294, "\\choice Усул ба SVD", "\\CorrectChoice Усул ба SVD")
@case("294 a question with own points and pointed parts")
def _(): sub1(294, "\\question Мақолаи «Why", "\\question[10] Мақолаи «Why")
@case("294 a parts environment not closed")
def _(): sub1(294, "\\end{solution}\n\\end{parts}\n", "\\end{solution}\n")
@case("294 EigenGame given its abs URL (title-only paper's id appears)")
def _(): sub1(294, "Equilibrium} дуруст аст?", "Equilibrium} (\\url{https://arxiv.org/abs/2010.00554}) дуруст аст?")
# 295 examiner's report
@case("295 comments not in page order")
def _(): sub1(295, "(بەشی ٣، لاپەڕە ٤١)", "(بەشی ٣، لاپەڕە ٥٥)")
@case("295 a locator beyond the page count")
def _(): sub1(295, "لاپەڕە ١٢٧", "لاپەڕە ١٤٧")
@case("295 two boxes ticked")
def _(): sub1(295, "[ ] ڕەتکردنەوە", "[X] ڕەتکردنەوە")
@case("295 report dated before receipt")
def _(): sub1(295, "بەرواری ڕاپۆرت: 2024/04/28", "بەرواری ڕاپۆرت: 2024/03/28")
@case("295 Graphormer given its arXiv id (title-only paper's id appears)")
def _(): sub1(295, "(Graphormer, NeurIPS 2021)", "(Graphormer, arXiv:2106.05234)")
# 296 negative defence announcement
@case("296 a catalogue title in the negative control")
def _(): sub1(296, "Toko 6: Conclusion and Perspectives", "Toko 6: Conclusion and Perspectives (cf. Exploring Simple Siamese Representation Learning)")
@case("296 Zoom id not the link's")
def _(): sub1(296, "ID: 845 2210 9376", "ID: 845 2210 9377")
@case("296 defence on the wrong weekday")
def _(): sub1(296, "Alakamisy 16 Mey 2024", "Alakamisy 17 Mey 2024")
@case("296 a jury with one rapporteur")
def _(): sub1(296, "Mpanadihady: Dr. Kwame", "Mpandinika: Dr. Kwame")
@case("296 an arXiv-shaped number")
def _(): sub1(296, "1 850 teboka", "2401.18501 teboka")
# label edits
@case("label: 287 Memformer relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 287, "Memformer").update(evidence="arxiv-text", arxiv_id="2010.06891"))
@case("label: 288 Chinchilla record removed")
def _(): exp_edit(lambda e: recs(e, 288).remove(rec(e, 288, "Training Compute-Optimal")))
@case("label: 290 SupCon title with a word changed")
def _(): exp_edit(lambda e: rec(e, 290, "Supervised Contrastive").update(title="Supervised Contrastive Representation Learning"))
@case("label: 291 a record twice")
def _(): exp_edit(lambda e: recs(e, 291).append(dict(rec(e, 291, "Consistency Models"))))
@case("label: 292 the fully-explored MLM paper given both ids")
def _(): exp_edit(lambda e: rec(e, 292, "Improving Self-supervised").update(arxiv_id="2010.06040"))
@case("label: 293 GLAT relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 293, "Glancing").update(evidence="title-only", openreview_id=None))
@case("label: 294 FNO given a wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 294, "Fourier Neural").update(true_arxiv_id="2010.08896", arxiv_id="2010.08896"))
@case("label: 295 Gato relabelled link")
def _(): exp_edit(lambda e: rec(e, 295, "A Generalist Agent").update(evidence="link"))
@case("label: 296 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 296).append(dict(rec(e, 289, "A ConvNet"))))

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
shutil.rmtree("/tmp/round27-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
