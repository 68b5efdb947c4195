#!/usr/bin/env python3
"""Breaks a scratch copy of round31 one case at a time and runs validate.py on it (scratch only:
/tmp/round31-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it."""
import json, os, re, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round31-scratch/break"
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


# 327 pdftotext -layout consultation response
@case("327 a footer's page total wrong")
def _(): sub1(327, "Leqephe 1 ho 2", "Leqephe 1 ho 3")
@case("327 the last form feed missing")
def _(): resub(327, r"\f\Z", "")
@case("327 a paragraph number skipped")
def _(): sub1(327, "      5.   Re kopa", "      6.   Re kopa")
@case("327 a source cited out of order")
def _(): sub1(327, "botlalo ho [1]", "botlalo ho [2]")
@case("327 the SDE paper given its arXiv id (title-only paper's id appears)")
def _(): sub1(327, "Differential Equations. ICLR 2021.", "Differential Equations. ICLR 2021. arXiv:2011.13456")
# 328 Markdown oral-exam questions
@case("328 sessions not newest first")
def _(): sub1(328, "## 2024-02-14 — apeło de febraro", "## 2024-08-14 — apeło de agosto")
@case("328 the index's question count wrong")
def _(): sub1(328, "(4 domande)", "(5 domande)")
@case("328 a grade out of range")
def _(): sub1(328, "Voto: 27", "Voto: 31")
@case("328 'Ultimo agiornamento' not the newest session")
def _(): sub1(328, "Ultimo agiornamento: 2024-07-03", "Ultimo agiornamento: 2024-06-12")
@case("328 DreamBooth given its abs link (title-only paper's id appears)")
def _(): sub1(328, "Subject-Driven Generation, e", "Subject-Driven Generation (https://arxiv.org/abs/2208.12242), e")
# 329 CSV query sheet
@case("329 queries misnumbered")
def _(): sub1(329, "\nC5,", "\nC6,")
@case("329 queries out of page order")
def _(): sub1(329, "\nC9,6,14,", "\nC9,2,14,")
@case("329 a status not the sheet's")
def _(): sub1(329, "vectorial.,Pendient", "vectorial.,Done")
@case("329 a query pointing at a later query")
def _(): sub1(329, "o mesmo problema que en C4.", "o mesmo problema que en C11.")
@case("329 FlashAttention given its arXiv id (title-only paper's id appears)")
def _(): sub1(329, "NeurIPS 35. L'he", "NeurIPS 35, arXiv:2205.14135. L'he")
# 330 exhibition texts
@case("330 a word count not the text's")
def _(): sub1(330, "(52 byervos)", "(50 byervos)")
@case("330 a label over its word limit")
def _(): sub1(330, "etiketas ≤ 60 byervos", "etiketas ≤ 40 byervos")
@case("330 a panel code skipped")
def _(): sub1(330, "P04 — ", "P05 — ")
@case("330 the closing total wrong")
def _(): sub1(330, "Total: 4 panos, 5 etiketas.", "Total: 4 panos, 6 etiketas.")
@case("330 Memformer given its OpenReview forum (title-only paper's id appears)")
def _(): sub1(330, "QR: https://openreview.net/forum?id=OCm0rwa1lx1", "QR: https://openreview.net/forum?id=OCm0rwa1lx1\nQR: https://openreview.net/forum?id=_adSMszz_g9")
# 331 LibreOffice HTML
@case("331 the budget total not the sum")
def _(): sub1(331, "54.000,00", "54.100,00")
@case("331 a table cell not closed")
def _(): sub1(331, "<p>Personâl di ricercje</p></td>", "<p>Personâl di ricercje</p>")
@case("331 changed before created")
def _(): sub1(331, 'content="2024-06-28T17:40:02.556000000"', 'content="2024-04-28T17:40:02.556000000"')
@case("331 a citation out of order")
def _(): sub1(331, "Language Understanding [1]", "Language Understanding [2]")
@case("331 GPT-3 given its abs link (title-only paper's id appears)")
def _(): sub1(331, "Few-Shot Learners. NeurIPS.", 'Few-Shot Learners. NeurIPS. <a href="https://arxiv.org/abs/2005.14165">https://arxiv.org/abs/2005.14165</a>')
# 332 ethics application
@case("332 participants not adding up")
def _(): sub1(332, "C2. Totál partisipante\n60", "C2. Totál partisipante\n65")
@case("332 the duration not the dates'")
def _(): sub1(332, "A7. Durasaun (fulan)\n6", "A7. Durasaun (fulan)\n5")
@case("332 the footer's application number not the header's")
def _(): sub1(332, "10:22 · KEP-2024-017", "10:22 · KEP-2024-071")
@case("332 a question misnumbered")
def _(): sub1(332, "D2. Benefísiu", "D3. Benefísiu")
@case("332 MMLU given its arXiv id (title-only paper's id appears)")
def _(): sub1(332, "Understanding. ICLR 2021.", "Understanding. ICLR 2021. arXiv:2009.03300")
# 333 .eml letter
@case("333 the stated word count not the letter's")
def _(): sub1(333, "Namba bilong ol word: 442", "Namba bilong ol word: 420")
@case("333 Date not on its weekday")
def _(): sub1(333, "Date: Mon, 18 Mar 2024", "Date: Tue, 18 Mar 2024")
@case("333 a line ended by LF only")
def _(): sub1(333, "Tenkyu.\r\n", "Tenkyu.\n")
@case("333 a body line over 72 columns")
def _(): sub1(333, "i no stretpela olgeta.", "i no stretpela olgeta tru tru tru tru tru tru tru tru tru tru tru tru tru tru tru tru.")
@case("333 Gato given its arXiv id (title-only paper's id appears)")
def _(): sub1(333, "i soim masin i ken mekim planti", "(arXiv:2205.06175) i soim masin i ken mekim planti")
# 334 LaTeX
@case("334 a \\bibitem out of citation order")
def _(): sub1(334, "\\cite{tan2019efficientnet};", "\\cite{zhang2020resnest}; \\cite{tan2019efficientnet};")
@case("334 an environment not closed")
def _(): sub1(334, "\\end{table}", "")
@case("334 the weekly hours not the total")
def _(): sub1(334, "\n3 & 38 \\\\", "\n3 & 39 \\\\")
@case("334 a \\cite without its \\bibitem")
def _(): sub1(334, "\\cite{goodfellow2016}", "\\cite{goodfellow2017}")
@case("334 hard negatives given its arXiv id (title-only paper's id appears)")
def _(): sub1(334, "\\newblock ICLR, 2021.", "\\newblock ICLR, 2021. arXiv:2010.04592.")
# 335 HPC proposal
@case("335 a row's GPU-hours not GPUs × hours × runs")
def _(): sub1(335, "\t1920\n", "\t1940\n")
@case("335 the total not the rows' sum")
def _(): sub1(335, "Tutali GPU-uri: 15160", "Tutali GPU-uri: 15200")
@case("335 over the class limit")
def _(): sub1(335, "Limiti dâ classi C: 50000", "Limiti dâ classi C: 15000")
@case("335 a reference first cited out of order")
def _(): sub1(335, "PyGlove [2]", "PyGlove [3]")
@case("335 GPM given its abs link (title-only paper's id appears)")
def _(): sub1(335, "Continual Learning. ICLR 2021.", "Continual Learning. ICLR 2021. https://arxiv.org/abs/2103.09762")
# 336 negative list of works
@case("336 a catalogue title in the negative control")
def _(): sub1(336, "Self-Supervised Pilchards", "Self-Supervised Variational Auto-Encoders")
@case("336 an arXiv-shaped number")
def _(): sub1(336, "(48 folen, £12)", "(48 folen, £12, ISBN 2405.01234)")
@case("336 'n ober' not the works")
def _(): sub1(336, "12 ober", "13 ober")
@case("336 a work dated after the exhibition")
def _(): sub1(336, "Emergent Chapels, 2023", "Emergent Chapels, 2025")
@case("336 private view after the opening")
def _(): sub1(336, "Gwel priva: Yow 15 Me 2024", "Gwel priva: Yow 17 Me 2024")
# label edits
@case("label: 327 DDPM relabelled arxiv-text")
def _(): exp_edit(lambda e: rec(e, 327, "Denoising Diffusion Prob").update(evidence="arxiv-text"))
@case("label: 328 ControlNet record removed")
def _(): exp_edit(lambda e: recs(e, 328).remove(rec(e, 328, "Adding Conditional")))
@case("label: 329 RFA's OpenReview id changed")
def _(): exp_edit(lambda e: rec(e, 329, "Random Feature").update(openreview_id="QtTKTdVrFBC"))
@case("label: 330 Funnel relabelled link")
def _(): exp_edit(lambda e: rec(e, 330, "Funnel").update(evidence="link", arxiv_id="2006.03236"))
@case("label: 331 a record twice")
def _(): exp_edit(lambda e: recs(e, 331).append(dict(rec(e, 331, "LLaMA"))))
@case("label: 333 AlphaGo Zero given an arXiv id it does not have")
def _(): exp_edit(lambda e: rec(e, 333, "Mastering").update(true_arxiv_id="1710.00001"))
@case("label: 334 SimCLR title with a word changed")
def _(): exp_edit(lambda e: rec(e, 334, "A Simple Framework").update(title="A Simple Framework for Contrastive Learning of Visual Features"))
@case("label: 332 CoT given both ids")
def _(): exp_edit(lambda e: rec(e, 332, "Chain-of-Thought").update(arxiv_id="2201.11903"))
@case("label: 335 ViT relabelled title-only")
def _(): exp_edit(lambda e: rec(e, 335, "An Image is Worth 16x16").update(evidence="title-only", openreview_id=None))
@case("label: 336 a label in the negative control")
def _(): exp_edit(lambda e: recs(e, 336).append(dict(rec(e, 332, "QLoRA"))))


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
shutil.rmtree("/tmp/round31-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
