#!/usr/bin/env python3
"""Breaks a scratch copy of round23 one case at a time and runs validate.py on it (scratch only:
/tmp/round23-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import json, os, re, shutil, subprocess

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round23-scratch/break"
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


# 247 Google Docs Markdown
@case("247 a hyphen left unescaped in text")
def _(): sub1(247, "üks\\-kaks", "üks-kaks")
@case("247 an image reference without its data-URI definition")
def _(): resub(247, r"\n\n\[image2\]: <data:[^>]*>", "")
@case("247 a table row with a cell too many")
def _(): sub1(247, "| Mihkel |\n", "| Mihkel | x |\n")
@case("247 a '-' bullet Docs does not write")
def _(): sub1(247, "\n* Loe põhiartikkel", "\n- Loe põhiartikkel")
@case("247 BART given its abs link (title-only paper's id appears)")
def _(): sub1(247, "Natural Language Generation, Translation, and Comprehension |", "Natural Language Generation, Translation, and Comprehension [arXiv](https://arxiv.org/abs/1910.13461) |")
# 248 pdftotext slides
@case("248 a page number out of sequence")
def _(): sub1(248, "\n5 / 11\n", "\n6 / 11\n")
@case("248 the final form feed missing")
def _(): wr(248, rd(248)[:-1])
@case("248 a page without the footline's date")
def _(): sub1(248, "\n2024-03-12\n", "\n", 1)
@case("248 an unlabelled valid-shaped arXiv id in a slide")
def _(): sub1(248, "Indukcinis šališkumas", "Žr. arXiv:2106.01234. Indukcinis šališkumas")
# 249 biber bbl
@case("249 entries out of nyt order")
def _():
    s = rd(249)
    ents = re.findall(r"    \\entry\{.*?    \\endentry\n", s, re.S)
    wr(249, s.replace(ents[0] + ents[1], ents[1] + ents[0]))
@case("249 a \\verb block without \\endverb")
def _(): sub1(249, "      \\verb 2004.11362\n      \\endverb\n", "      \\verb 2004.11362\n")
@case("249 \\name count not the number of names")
def _(): resub(249, r"\\name\{author\}\{4\}", r"\\name{author}{5}")
@case("249 a wrong sortinit")
def _(): sub1(249, "\\field{sortinit}{B}", "\\field{sortinit}{A}")
@case("249 Barlow Twins given an eprint (title-only paper's id appears)")
def _():
    s = rd(249)
    s2 = re.sub(r"(\\entry\{zbontar2021barlow\}.*?)(    \\endentry)", lambda m: m.group(1) + "      \\verb{eprint}\n      \\verb 2103.03230\n      \\endverb\n" + m.group(2), s, count=1, flags=re.S)
    assert s2 != s; wr(249, s2)
# 250 Etherpad
@case("250 an auto-link whose text is not its URL")
def _(): sub1(250, 'rel="noreferrer noopener">https://arxiv.org/abs/2004.05150</a>', 'rel="noreferrer noopener">Longformer</a>')
@case("250 an unescaped double quote in the pad text")
def _(): sub1(250, "&quot;Synthesizer&quot;", '"Synthesizer"')
@case("250 the body broken over two lines")
def _(): sub1(250, "<br><br><strong>Srečanje 7", "<br>\n<br><strong>Srečanje 7")
@case("250 an unclosed list")
def _(): sub1(250, "</li></ul><br>Odprta", "</li><br>Odprta")
@case("250 an OpenReview link to an unlabelled id")
def _(): sub1(250, "(zavrnjen na ICLR, a ideja je lepa)", "(zavrnjen na ICLR, a ideja je lepa) https://openreview.net/forum?id=HJxyz12AbC")
# 251 Pluto
@case("251 a cell missing from the cell order")
def _(): resub(251, r"^# ╠═.*\n", "")
@case("251 a duplicated cell id")
def _():
    s = rd(251); ids = re.findall(r"^# ╔═╡ ([0-9a-f-]{36})$", s, re.M)
    wr(251, s.replace(ids[1], ids[0]))
@case("251 an unescaped $ in a Markdown cell")
def _(): sub1(251, "mūsu bāzes modelis", "mūsu bāzes modelis ($4 GPU stunda)")
@case("251 an unclosed md string")
def _(): resub(251, r'(izmaiņu apraksti attēlu pāriem\n)"""', r"\1")
@case("251 Swin's link removed but still labelled as a link")
def _(): sub1(251, "[Swin Transformer: Hierarchical Vision Transformer using Shifted Windows](https://arxiv.org/abs/2103.14030)", "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows")
# 252 Facebook
@case("252 'N of M' not the comments shown")
def _(): sub1(252, "\n6 of 23\n", "\n7 of 23\n")
@case("252 a comment without Reply")
def _(): sub1(252, "20h\nLike\nReply\n", "20h\nLike\n")
@case("252 the comment count not matching 'of M'")
def _(): sub1(252, "\n23 comments\n", "\n24 comments\n")
@case("252 SayCan given its hf papers link while labelled title-only")
def _(): sub1(252, "(SayCan)", "(SayCan) https://huggingface.co/papers/2204.01691")
# 253 Quora
@case("253 'Alle relaterede' count wrong")
def _(): sub1(253, "Alle relaterede (3)", "Alle relaterede (4)")
@case("253 a profile picture over another name")
def _(): sub1(253, "Profilbillede for Rasmus Holm", "Profilbillede for Rasmus Holm Jensen")
@case("253 a date Quora does not write")
def _(): sub1(253, "\n10. feb.\n", "\n10/02/2024\n")
@case("253 a distractor title in an answer")
def _(): sub1(253, "Artikler giver mere mening bagefter.", "Artikler som Dataset Distillation giver mere mening bagefter.")
# 254 patch
@case("254 a hunk header with a wrong new-line count")
def _(): resub(254, r"^@@ -5,26 \+5,36 @@", "@@ -5,26 +5,35 @@")
@case("254 the diffstat counts not matching the hunks")
def _(): sub1(254, "19 insertions(+)", "18 insertions(+)") if "19 insertions(+)" in rd(254) else resub(254, r"(\d+) insertions\(\+\)", lambda m: f"{int(m.group(1)) + 1} insertions(+)")
@case("254 the signature missing")
def _(): wr(254, rd(254).replace("\n-- \n2.43.0\n\n", "\n"))
@case("254 a hunk line without its diff prefix")
def _(): sub1(254, "\n ## Continual and federated learning\n", "\n## Continual and federated learning\n")
# 255 eml
@case("255 a marker without its entry in the link list")
def _(): resub(255, r"^\[7\] .*\n", "")
@case("255 a body line over 72 columns")
def _(): sub1(255, "Ola de novo! Este é o número 37 do boletín, con menos ruído e máis\nlecturas.", "Ola de novo! Este é o número 37 do boletín, con menos ruído e máis lecturas.")
@case("255 a raw UTF-8 Subject")
def _(): resub(255, r"^Subject: .*\n .*\n", "Subject: Boletín nº 37\n")
@case("255 the HuBERT link list entry made a plain title (link label without a link)")
def _(): sub1(255, "[3] https://huggingface.co/papers/2106.07447", "[3] https://huggingface.co/docs/transformers/model_doc/hubert")
# 256 Goodreads
@case("256 an ISBN-10 not matching the ISBN-13")
def _(): sub1(256, '=""0262035618""', '=""0262035619""')
@case("256 a to-read book with a Date Read")
def _(): resub(256, r"(,2022,2022,)(,2024/03/01,)", r"\g<1>2024/03/02\g<2>")
@case("256 a catalogue title in a review of the negative control")
def _(): sub1(256, "Mæli frekar með ISLR fyrst.", "Mæli frekar með ISLR fyrst og greininni Decoupled Weight Decay Regularization.")
@case("256 a row with a missing column")
def _(): sub1(256, ",,,1,0\n", ",,1,0\n")
# label edits
@case("label: 247 word2vec relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 247, "Efficient Estimation").update(evidence="title-only", arxiv_id=None))
@case("label: 249 C2D with another OpenReview id")
def _(): exp_edit(lambda e: rec(e, 249, "Contrast to Divide").update(openreview_id="uB5x7Y2qsFX"))
@case("label: 250 RetNet record removed")
def _(): exp_edit(lambda e: recs(e, 250).remove(rec(e, 250, "Retentive Network")))
@case("label: 253 ControlNet relabelled as a link")
def _(): exp_edit(lambda e: rec(e, 253, "Adding Conditional Control").update(evidence="link"))
@case("label: 255 a title with a word changed")
def _(): exp_edit(lambda e: rec(e, 255, "The Curious Case").update(title="The Curious Case of Neural Text Generation"))
@case("label: 254 FedDyn given a wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 254, "Federated Learning").update(true_arxiv_id="2111.04264"))
@case("label: 256 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 256).append(dict(rec(e, 255, "HuBERT"))))

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
shutil.rmtree("/tmp/round23-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
