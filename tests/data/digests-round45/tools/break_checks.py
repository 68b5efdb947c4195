#!/usr/bin/env python3
"""Breaks a scratch copy of round45 one case at a time and runs validate.py on it (scratch only:
/tmp/round45-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round45 digests are UTF-8 text."""
import json, os, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round45-scratch/break"
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


def jedit(n, fn, **dump):
    d = json.loads(rd(n)); fn(d); wr(n, json.dumps(d, ensure_ascii=False, **dump))


def pb(fn):
    d = json.loads(rd(468)); fn(d)
    wr(468, "[" + ",\n".join(json.dumps(o).replace("/", "\\/") for o in d) + "]")


def ex(fn):
    d = json.loads(rd(471)); fn(d)
    wr(471, "[" + ",\n".join("{\n" + ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False, separators=(',', ':') if isinstance(v, list) else None)}"
                                                  for k, v in o.items()) + "\n}" for o in d) + "]\n")


CASES = []


def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# ---- shape: 467 calibre CSV
@case("467: BOM removed")
def _(): wr(467, rd(467).lstrip("\ufeff"))
@case("467: LF line ends")
def _(): wr(467, rd(467).replace("\r\n", "\n"))
@case("467: a field unquoted")
def _(): sub1(467, '"Vision papers"', 'Vision papers')
@case("467: a duplicate uuid")
def _(): sub1(467, "d6b0a3e9-4f7c-4e12-9b8a-5c2f1e0d7a63", "f1c9e4b7-0a3d-4b85-a2e6-8d7f3c1b5e90")
@case("467: a non-ISO timestamp")
def _(): sub1(467, "2024-01-17T09:48:26+00:00", "17/01/2024 09:48")
@case("467: header column renamed")
def _(): sub1(467, '"title_sort"', '"sort"')
@case("467: rows out of title order")
def _():
    s = rd(467); lines = s.split("\r\n"); lines[1], lines[2] = lines[2], lines[1]; wr(467, "\r\n".join(lines))
# ---- 468 Pinboard
@case("468: unescaped slash")
def _(): wr(468, rd(468).replace("https:\\/\\/arxiv.org", "https://arxiv.org", 1))
@case("468: hash not md5(href)")
def _(): pb(lambda d: d[0].update(hash="0" * 32))
@case("468: flag not yes/no")
def _(): pb(lambda d: d[1].update(toread="true"))
@case("468: not newest first")
def _(): pb(lambda d: d.reverse())
@case("468: two objects on one line")
def _(): wr(468, rd(468).replace("},\n{", "},{", 1))
# ---- 469 Raindrop
@case("469: CRLF line ends")
def _(): wr(469, rd(469).replace("\n", "\r\n"))
@case("469: favorite not true/false")
def _(): sub1(469, '"true"\n', '"yes"\n')
@case("469: created out of order")
def _(): sub1(469, "2024-03-12T08:27:03.662Z", "2024-03-01T08:27:03.662Z")
@case("469: duplicate id")
def _(): sub1(469, '"681227661"', '"681227035"')
@case("469: a missing column")
def _(): sub1(469, '"cover","highlights"', '"highlights"')
# ---- 470 TaskPaper
@case("470: space indentation")
def _(): sub1(470, "\t- Voyager anschauen", "    - Voyager anschauen")
@case("470: unbalanced tag parenthesis")
def _(): sub1(470, "@due(2024-05-10)", "@due(2024-05-10")
@case("470: invalid @due date")
def _(): sub1(470, "@due(2024-05-22)", "@due(2024-05-32)")
@case("470: Archive not last")
def _(): wr(470, rd(470) + "Später:\n\t- nichts\n")
@case("470: text at level 0 that is not a project")
def _(): sub1(470, "Orga:\n", "Orga\n")
# ---- 471 exiftool
@case("471: not exiftool's layout (indent 4)")
def _(): wr(471, rd(471).replace('\n  "', '\n    "'))
@case("471: SourceFile not Directory/FileName")
def _(): ex(lambda d: d[0].update(SourceFile="/tmp/x.pdf"))
@case("471: files out of order")
def _(): ex(lambda d: d.reverse())
@case("471: bad exif date")
def _(): ex(lambda d: d[2].update(FileModifyDate="2023-10-30 09:02:11"))
@case("471: PageCount as a string")
def _(): ex(lambda d: d[3].update(PageCount="12"))
# ---- 472 Dockerfile
@case("472: no syntax line")
def _(): wr(472, rd(472).split("\n", 1)[1])
@case("472: unknown instruction")
def _(): sub1(472, "WORKDIR /workspace", "WORKINGDIR /workspace")
@case("472: FROM an unknown stage")
def _(): sub1(472, "FROM guidance AS personalize", "FROM guidanse AS personalize")
@case("472: duplicate stage")
def _(): sub1(472, "FROM baselines AS guidance", "FROM baselines AS baselines")
@case("472: continuation followed by an empty line")
def _(): sub1(472, "libgl1 libglib2.0-0 ffmpeg tzdata && \\\n", "libgl1 libglib2.0-0 ffmpeg tzdata && \\\n\n")
# ---- 473 R
@case("473: unbalanced brace")
def _(): sub1(473, "  str_wrap(x, width = width)\n}", "  str_wrap(x, width = width)\n")
@case("473: stopifnot count wrong")
def _(): sub1(473, "nrow(papers) == 8", "nrow(papers) == 9")
@case("473: library loaded twice")
def _(): sub1(473, "  library(scales)\n", "  library(scales)\n  library(scales)\n")
@case("473: tribble row missing a value")
def _(): sub1(473, '"Nature", 2021, "과학", ', '"Nature", "과학", ')
# ---- 474 EDN
@case("474: unbalanced bracket")
def _(): wr(474, rd(474)[:-3] + "\n")
@case("474: bad uuid")
def _(): s = rd(474); i = s.index('#uuid "') + 7; wr(474, s[:i] + "zz" + s[i + 2:])
@case("474: duplicate uuid")
def _():
    import re
    ids = re.findall(r'#uuid "([^"]*)"', rd(474)); sub1(474, ids[1], ids[0])
@case("474: page name not lower case")
def _(): sub1(474, ':block/page-name "elmo"', ':block/page-name "ELMo"')
@case("474: unknown block key")
def _(): sub1(474, ":block/format :markdown", ":block/fmt :markdown")
# ---- 475 workspace
@case("475: space indentation")
def _(): sub1(475, '\t"folders": [', '    "folders": [')
@case("475: not JSONC (missing comma)")
def _(): sub1(475, '"editor.rulers": [100],', '"editor.rulers": [100]')
@case("475: duplicate launch name")
def _(): sub1(475, '"name": "Synthesizer Random (LM1B)"', '"name": "Funnel B6-6-6 (GLUE)"')
@case("475: launch config without module")
def _(): sub1(475, '"module": "effseq.train",\n\t\t\t\t"args": ["--config", "configs/synth_random.yaml"],', '"args": ["--config", "configs/synth_random.yaml"],')
# ---- 476 Actions
@case("476: tab indentation")
def _(): sub1(476, "  collecte:\n", "\tcollecte:\n")
@case("476: bad cron")
def _(): sub1(476, '"30 5 * * 1-5"', '"30 25 * * 1-5"')
@case("476: needs a later job")
def _(): sub1(476, "needs: collecte", "needs: deploiement")
@case("476: action not pinned")
def _(): sub1(476, "actions/deploy-pages@decdde0ac072f6dcbe43649d82d9c635fff5b4e4", "actions/deploy-pages@v4")
@case("476: odd indentation")
def _(): sub1(476, "  PYTHON_VERSION", "   PYTHON_VERSION")
# ---- labels and contents
@case("negative: an arXiv id in 476")
def _(): sub1(476, "# Bot de veille", "# voir 2106.09685 — Bot de veille")
@case("negative: a catalogue title in 476")
def _(): sub1(476, "(pas d'article associé)", "(« Denoising Diffusion Probabilistic Models »)")
@case("negative: a label on 476")
def _(): exp_edit(lambda e: recs(e, 476).append(dict(rec(e, 475, "Mamba"))))
@case("content: an unlabelled catalogue title in 473")
def _(): sub1(473, "# 메모 (세미나용):", "# 메모 (세미나용): Attention Is All You Need 도 참고")
@case("content: a distractor title in 470")
def _():
    d = json.load(open("/work/shared/catalogue.json"))
    t = next(e["title"] for e in d if e.get("role") == "distractor" and e.get("title") and len(e["title"]) > 20)
    sub1(470, "Orga:\n", f"Orga:\n\t- {t} lesen\n")
@case("content: an unlabelled catalogue arXiv id in 472")
def _(): sub1(472, "# FID / CLIP score", "# 参考 arXiv:1706.03762\n# FID / CLIP score")
@case("content: an unlabelled valid-shaped arXiv id in 469")
def _(): sub1(469, "pedir acceso otra vez", "pedir acceso otra vez (ver 2301.99999)")
@case("content: an unlabelled OpenReview id in 474")
def _(): sub1(474, "aula sobre pré-treinamento", "aula https://openreview.net/forum?id=AbCdEfGhIj sobre pré-treinamento")
@case("content: a labelled title removed from 467")
def _(): wr(467, rd(467).replace("Smooth Adversarial Training", "Smooth adversarial-training"))
@case("content: a link removed from 471 (GAN)")
def _(): ex(lambda d: [o.pop("MDItemWhereFroms") for o in d if o["FileName"].startswith("Goodfellow")])
@case("content: an OpenReview link removed from 475")
def _(): sub1(475, "https://openreview.net/pdf?id=", "https://openreview.net/attachment?id=")
@case("content: a title-only paper's arXiv id added to 468")
def _(): pb(lambda d: d[0].update(extended=d[0]["extended"] + " see 2210.17323"))
@case("content: an arxiv-text paper gets an arXiv link in 473")
def _(): sub1(473, "https://github.com/microsoft/Graphormer", "https://arxiv.org/abs/2106.05234")
# ---- expected.json
@case("label: evidence link on a title-only record")
def _(): exp_edit(lambda e: rec(e, 467, "AutoDropout").update(evidence="link"))
@case("label: arXiv id on an arxiv-text record changed")
def _(): exp_edit(lambda e: rec(e, 474, "Pre-Training Transformers").update(arxiv_id="2012.08562", true_arxiv_id="2012.08562"))
@case("label: an OpenReview id on a title-only record")
def _(): exp_edit(lambda e: rec(e, 470, "Voyager").update(openreview_id="abcdefghij"))
@case("label: a title not the catalogue's")
def _(): exp_edit(lambda e: rec(e, 472, "Classifier-Free").update(title="Classifier-Free Guidance for Diffusion"))
@case("label: a duplicate record")
def _(): exp_edit(lambda e: recs(e, 469).append(dict(rec(e, 469, "Supervised Contrastive"))))
@case("label: a paper in two round45 files")
def _(): exp_edit(lambda e: recs(e, 468).append(dict(rec(e, 467, "EfficientNetV2"))))
@case("label: a paper at an even position")
def _(): exp_edit(lambda e: recs(e, 467).append({"arxiv_id": None, "openreview_id": None, "title": "A ConvNet for the 2020s", "evidence": "title-only", "true_arxiv_id": "2201.03545"}))
@case("label: position 1 used")
def _(): exp_edit(lambda e: recs(e, 475).append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"}))
@case("label: a gap in the odd-position run")
def _(): exp_edit(lambda e: recs(e, 473).remove(rec(e, 473, "Gradient Projection")))
@case("label: a file with 7 papers")
def _(): exp_edit(lambda e: recs(e, 471).remove(rec(e, 471, "Neural Turing")))
@case("label: a digest without its expected.json key")
def _(): exp_edit(lambda e: e.pop(next(k for k in e if k.startswith("476_"))))

tot = 0; bad = []
for name, fn in CASES:
    fresh(); fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    n = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
    tot += n
    print(f"{n:3d}  {name}")
    if "-v" in sys.argv:  # show the errors each case produced
        for l in (r.stdout + r.stderr).splitlines():
            if l.startswith(("ERROR", "Traceback")) or "Error" in l: print("       " + l[:200])
    if n == 0 or r.returncode == 0: bad.append(name)
fresh()
r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
clean = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
shutil.rmtree("/tmp/round45-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
