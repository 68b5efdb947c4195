#!/usr/bin/env python3
"""Breaks a scratch copy of round41 one case at a time and runs validate.py on it (scratch only:
/tmp/round41-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round41 digests are UTF-8 text."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round41-scratch/break"
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



def jedit(n, fn):
    """edit a JSON digest (429, 434, 435) and write it back as its builder writes it"""
    d = json.loads(rd(n)); fn(d); wr(n, json.dumps(d, indent=2, ensure_ascii=False) + "\n")


def har_body(d, i, fn):
    """435: edit the JSON body of entry i and keep the sizes right"""
    c = d["log"]["entries"][i]["response"]["content"]
    o = json.loads(c["text"]); fn(o)
    c["text"] = json.dumps(o, separators=(",", ":")); c["size"] = len(c["text"].encode())
    d["log"]["entries"][i]["response"]["bodySize"] = c["size"]


# 427 Google Drive list view
@case("427 a row with three cells")
def _(): sub1(427, "imagenet_class_index.json\tmoi\t21 févr. 2024\t35 Ko", "imagenet_class_index.json\tmoi 21 févr. 2024\t35 Ko")
@case("427 a size in English units")
def _(): sub1(427, "\t712 Ko\n", "\t712 KB\n")
@case("427 a folder with a size")
def _(): sub1(427, "Enregistrements\tmoi\t28 févr. 2024\t—", "Enregistrements\tmoi\t28 févr. 2024\t12 Mo")
@case("427 a date not as Drive writes it")
def _(): sub1(427, "31 janv. 2024", "31/01/2024")
@case("427 a repeated file name")
def _(): sub1(427, "LOC_val_solution.csv", "imagenet_class_index.json")
@case("427 the Détails size differs from the row")
def _(): sub1(427, "Taille\n994 Ko", "Taille\n1,0 Mo")
@case("427 a title-only paper given its arXiv id")
def _(): sub1(427, "A ConvNet for the 2020s.pdf", "A ConvNet for the 2020s (2201.03545).pdf")
@case("427 an arxiv-text paper's id removed")
def _(): sub1(427, " (arXiv 2101.01761)", "")
@case("427 the only arXiv link removed")
def _(): sub1(427, "Version arXiv : https://arxiv.org/abs/2007.01434", "Version arXiv : voir la page du projet")
# 428 aria2c input file
@case("428 an option line after a comment")
def _(): sub1(428, "# Слайды вводной лекции (не статья)\n", "# Слайды вводной лекции (не статья)\n split=2\n")
@case("428 an option aria2 does not know")
def _(): sub1(428, " split=4\n", " splits=4\n")
@case("428 a checksum without the algorithm's dash")
def _(): sub1(428, "checksum=sha-256=", "checksum=sha256=")
@case("428 a download without out=")
def _(): sub1(428, " out=llama-repo-main.zip\n", "")
@case("428 two downloads to the same file")
def _(): sub1(428, "out=week01-intro-slides.pdf", "out=Language Models are Few-Shot Learners.pdf")
@case("428 an OpenReview id changed")
def _(): sub1(428, "id=r1gs9JgRZ", "id=r1gs9JgRX")
@case("428 an arXiv link replaced by a mirror URL")
def _(): sub1(428, "https://arxiv.org/pdf/2302.13971.pdf", "https://mirror.nlp-seminar.example.ru/papers/llama.pdf")
@case("428 a catalogue title of another file added")
def _(): sub1(428, "# Код смотрим в репозитории GPTQ-for-LLaMa", "# Deep Residual Learning for Image Recognition — тоже про масштаб. Код смотрим в репозитории GPTQ-for-LLaMa")
# 429 TimelineJS
@case("429 not written as json.dumps(indent=2)")
def _(): sub1(429, '"scale": "human"', '"scale":"human"')
@case("429 events out of order")
def _(): jedit(429, lambda d: d["events"][0]["start_date"].update(year="2023"))
@case("429 unbalanced <i> in an event")
def _(): jedit(429, lambda d: d["events"][-1]["text"].update(text=d["events"][-1]["text"]["text"] + "<i>"))
@case("429 a repeated unique_id")
def _(): jedit(429, lambda d: d["events"][1].update(unique_id=d["events"][0]["unique_id"]))
@case("429 a media url that is not http(s)")
def _(): jedit(429, lambda d: next(e for e in d["events"] if "media" in e)["media"].update(url="slides/genmodels.pdf"))
@case("429 a title-only paper given an arXiv link")
def _(): sub1(429, "Ho &amp; Salimans.", "Ho &amp; Salimans, https://arxiv.org/abs/2207.12598.")
@case("429 the OpenReview link removed")
def _(): sub1(429, "<a href=\\\"https://openreview.net/forum?id=PxTIG12RRHS\\\">", "<a href=\\\"https://iclr.cc/virtual/2021/oral/3417\\\">")
# 430 Slurm
@case("430 an #SBATCH line after the first command")
def _(): sub1(430, "set -euo pipefail\n", "set -euo pipefail\n#SBATCH --qos=long\n")
@case("430 --array does not match the case arms")
def _(): sub1(430, "--array=0-9%4", "--array=0-10%4")
@case("430 a case arm without ';;'")
def _(): sub1(430, '    CKPT=""\n    ;;\n  1)', '    CKPT=""\n  1)')
@case("430 a case arm without CKPT")
def _(): sub1(430, '    CKPT="ckpt/dc/arXiv-2006.05929-synset-50ipc.pt"\n', "")
@case("430 a variable never assigned")
def _(): sub1(430, '--data "$DATA"', '--data "$DATA_DIR"')
@case("430 a continuation line not indented")
def _(): sub1(430, '--config "$CFG" \\\n    --data', '--config "$CFG" \\\n--data')
@case("430 an OpenReview id changed")
def _(): sub1(430, "id=uB5x7Y2qsFR", "id=uB5x7Y2qsFQ")
@case("430 an unlabelled valid arXiv id")
def _(): sub1(430, "# Cluster notes:", "# see also arXiv:2105.04906\n# Cluster notes:")
# 431 notices
@case("431 a gap in the numbering")
def _(): sub1(431, "5. rfa-kernels", "6. rfa-kernels")
@case("431 an underline of the wrong length")
def _(): sub1(431, "1. s4\n-----", "1. s4\n----")
@case("431 a licence that is not SPDX")
def _(): sub1(431, "License:   BSD-3-Clause", "License:   BSD")
@case("431 a field renamed")
def _(): sub1(431, "Version:   0.3.1", "Release:   0.3.1")
@case("431 a licence text missing")
def _(): sub1(431, "--- CC-BY-4.0 ---", "--- CC BY ---")
@case("431 a line longer than 120 characters")
def _(): sub1(431, "    the upstream CUDA extension is not redistributed.", "    the upstream CUDA extension is not redistributed, because its build needs a toolkit version that we do not pin in CI.")
@case("431 a title-only paper given its arXiv id")
def _(): sub1(431, "(Peng et al., ICLR 2021)", "(Peng et al., ICLR 2021, arXiv:2103.02143)")
@case("431 CTC's title cut")
def _(): sub1(431, "Labelling Unsegmented Sequence Data with Recurrent Neural Networks", "Labelling Unsegmented Sequence Data")
# 432 psql
@case("432 a wrong row count")
def _(): sub1(432, "(14 Zeilen)", "(13 Zeilen)")
@case("432 a row not aligned with the rule")
def _(): sub1(432, " 16 | artikel  |", " 16 | artikel |")
@case("432 header bars off the rule")
def _(): sub1(432, " id |   typ    |", " id |  typ    |")
@case("432 a statement without ';'")
def _(): sub1(432, "ORDER BY s.datum;", "ORDER BY s.datum")
@case("432 an UPDATE without its command tag")
def _(): sub1(432, "UPDATE 0\n", "")
@case("432 an expanded-record row misaligned")
def _(): sub1(432, "typ      | artikel", "typ     | artikel")
@case("432 an arxiv-text paper's id removed")
def _(): sub1(432, "| 1907.11692 |", "|            |")
@case("432 the OpenReview URL removed")
def _(): sub1(432, "url      | https://openreview.net/forum?id=ZaYZfu8pT_N", "url      | https://aclanthology.org/ (Suche)")
# 433 Tana Paste
@case("433 the %%tana%% marker changed")
def _(): sub1(433, "%%tana%%\n", "%%TANA%%\n")
@case("433 a node two levels deeper")
def _(): sub1(433, "    - Fecha:: [[date:2024-03-07]]", "        - Fecha:: [[date:2024-03-07]]")
@case("433 an odd indentation")
def _(): sub1(433, "      - arXiv:: 2009.03300", "     - arXiv:: 2009.03300")
@case("433 an impossible date")
def _(): sub1(433, "[[date:2024-03-14]]", "[[date:2024-02-30]]")
@case("433 unbalanced [[ ]]")
def _(): sub1(433, "[[Lucía Ferrer]]\n  - Grupo", "[[Lucía Ferrer]\n  - Grupo")
@case("433 a malformed field")
def _(): sub1(433, "- Venue:: NeurIPS 2022", "- Venue::NeurIPS 2022")
@case("433 a title-only paper given an arXiv link")
def _(): sub1(433, "      - Venue:: TMLR 2023", "      - URL:: https://arxiv.org/abs/2206.04615")
# 434 Excalidraw
@case("434 not written as json.dumps(indent=2)")
def _(): sub1(434, '"type": "excalidraw"', '"type":"excalidraw"')
def _el(d, i): return next(e for e in d["elements"] if e["id"] == i)
@case("434 a card's text not its originalText wrapped")
def _(): jedit(434, lambda d: _el(d, "c-mae-t").update(text="Masked Autoencoders\narXiv:2111.06377"))
@case("434 a container that does not list its text")
def _(): jedit(434, lambda d: _el(d, "c-sat").update(boundElements=[]))
@case("434 an element in a missing frame")
def _(): jedit(434, lambda d: _el(d, "n-timm").update(frameId="fr-zzz"))
@case("434 an arrow its start card does not list")
def _(): jedit(434, lambda d: _el(d, "c-vit").update(boundElements=[b for b in _el(d, "c-vit")["boundElements"] if b["type"] != "arrow"]))
@case("434 a link that is not a URL")
def _(): jedit(434, lambda d: _el(d, "c-blip2").update(link="arxiv 2301.12597"))
@case("434 a repeated element id")
def _(): jedit(434, lambda d: _el(d, "n-next").update(id="n-clip"))
@case("434 an OpenReview id changed")
def _(): jedit(434, lambda d: _el(d, "c-vit").update(link="https://openreview.net/forum?id=YicbFdNTTz"))
# 435 HAR
@case("435 not written as json.dumps(indent=2)")
def _(): sub1(435, '"version": "1.2"', '"version":"1.2"')
@case("435 time != the sum of the timings")
def _(): jedit(435, lambda d: d["log"]["entries"][0].update(time=d["log"]["entries"][0]["time"] + 5))
@case("435 a content size that is not the body's length")
def _(): jedit(435, lambda d: d["log"]["entries"][3]["response"]["content"].update(size=1))
@case("435 queryString differs from the URL")
def _(): jedit(435, lambda d: d["log"]["entries"][3]["request"]["queryString"][0].update(value="20"))
@case("435 a Cookie header kept")
def _(): jedit(435, lambda d: d["log"]["entries"][3]["request"]["headers"].append({"name": "Cookie", "value": "sm_session=x"}))
@case("435 entries out of time order")
def _(): jedit(435, lambda d: d["log"]["entries"][6].update(startedDateTime="2024-04-18T11:10:00.000+02:00"))
@case("435 a JSON body that does not parse")
def _():
    def f(d):
        c = d["log"]["entries"][6]["response"]["content"]; c["text"] = c["text"][:-1]; c["size"] = len(c["text"].encode())
        d["log"]["entries"][6]["response"]["bodySize"] = c["size"]
    jedit(435, f)
@case("435 a title-only paper given its arXiv id (inside the list body)")
def _(): jedit(435, lambda d: har_body(d, 3, lambda o: next(x for x in o["items"] if x["id"] == 106).update(arxiv_id="2111.04263")))
@case("435 an unlabelled catalogue title (inside the list body)")
def _(): jedit(435, lambda d: har_body(d, 3, lambda o: o["items"].append(dict(o["items"][0], id=111, title="Deep Residual Learning for Image Recognition", url=None))))
# 436 Slido (negative)
@case("436 header changed")
def _(): sub1(436, "Pregunta,Autor", "Question,Autor")
@case("436 votes not a number")
def _(): sub1(436, ",31,", ",treinta y uno,")
@case("436 times not ascending")
def _(): sub1(436, ",19:44,", ",18:44,")
@case("436 an unknown state")
def _(): sub1(436, "Destacada", "Resaltada")
@case("436 an arXiv-shaped id in the negative")
def _(): sub1(436, "¿Habrá pizza al final? 🍕", "¿Habrá pizza al final? 🍕 (y el paper 2106.09685)")
@case("436 a catalogue title in the negative")
def _(): sub1(436, "¿Recomiendas alguna charla", "¿Has probado Segment Anything? ¿Recomiendas alguna charla")
# labels
@case("label: evidence changed (title-only -> link)")
def _(): exp_edit(lambda e: rec(e, 427, "A ConvNet").update(evidence="link", arxiv_id="2201.03545"))
@case("label: a record removed")
def _(): exp_edit(lambda e: recs(e, 428).remove(rec(e, 428, "OPT")))
@case("label: an OpenReview id on a title-only record")
def _(): exp_edit(lambda e: rec(e, 430, "A Simple Framework").update(openreview_id="abcdefghij"))
@case("label: a title not the catalogue's")
def _(): exp_edit(lambda e: rec(e, 431, "Memformer").update(title="Memformer: The Memory-Augmented Transformer"))
@case("label: a wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 432, "BERT").update(true_arxiv_id="1810.04806", arxiv_id="1810.04806"))
@case("label: a duplicate record")
def _(): exp_edit(lambda e: recs(e, 433).append(dict(rec(e, 433, "Reflexion"))))
@case("label: a paper in two round41 files")
def _(): exp_edit(lambda e: recs(e, 434).append(dict(rec(e, 435, "PyGlove"))))
@case("label: a paper at an even position")
def _(): exp_edit(lambda e: recs(e, 433).append({"arxiv_id": None, "openreview_id": None, "title": "A Generalist Agent", "evidence": "title-only", "true_arxiv_id": "2205.06175"}))
@case("label: a label in the negative")
def _(): exp_edit(lambda e: recs(e, 436).append(dict(rec(e, 435, "PyGlove"))))
@case("label: a gap in the odd-position run")
def _(): exp_edit(lambda e: recs(e, 435).remove(rec(e, 435, "Learning representations")))

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
shutil.rmtree("/tmp/round41-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
