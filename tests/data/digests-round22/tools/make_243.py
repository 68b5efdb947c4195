#!/usr/bin/env python3
"""Builds digests/243_acrobat_xfdf_comments_export_slovak_llm_evaluation_lecture_slides.xfdf: the comments of an
(invented) Slovak student's copy of the lecture slides "NLP2 — Prednáška 7: Hodnotenie a interpretácia veľkých
jazykových modelov", exported from Adobe Acrobat (Comments → ⋯ → Export to data file, XFDF), after a shared review
in which a classmate replied to one note.

Layout, as Acrobat writes XFDF: the XML declaration with a space before "?>", <xfdf xmlns="http://ns.adobe.com/xfdf/"
xml:space="preserve">, <annots> with one element per comment in page order (highlight, underline, text = sticky note,
freetext = text box, ink), attributes in Acrobat's order (color, creationdate, flags, date, name, [icon,] page,
[coords,] rect, subject, title, [inreplyto]), dates as PDF dates D:YYYYMMDDHHmmSS+01'00', 0-based page numbers on a
16:9 Beamer page (453.543 × 255.118 pt), highlight/underline coords as quadrilaterals (8 numbers per line), a
contents-richtext XHTML body (xfa:APIVersion, xfa:spec) whose text is the comment — for highlights and underlines the
selected text, copied in by Acrobat's "Copy selected text into Highlight… comment pop-ups" preference, with the
slide's line breaks as &#13; — a popup child, a freetext's defaultappearance / defaultstyle, an ink's inklist; then
<f href="…pdf"/> and <ids original=… modified=…/>. LF line ends, a final newline.

Evidence: MT-Bench's abs URL in a text box and Dodrio's pdf URL in a note (link); the chain-of-thought paper's
OpenReview forum in a note (link, OpenReview); "arXiv:2206.04615" in a note on BIG-bench and the bare "2310.11511"
in a note on Self-RAG (arxiv-text); MMLU, "Language Models (Mostly) Know What They Know", "Lost in the Middle: …"
(broken by a slide line break), and the attention-norms paper in highlighted slide citations (title-only). The
lecture slides themselves are the host document (invented, not labelled). Non-papers: the Dodrio tool page, the
shared Zotero library, the course. Names, the course and the university are invented."""
import os, random, sys, uuid
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "243_acrobat_xfdf_comments_export_slovak_llm_evaluation_lecture_slides.xfdf")
R = random.Random(243)
ME, PEER = "Jana Kováčová", "Peter Horváth"
W, H = 453.543, 255.118
APIV = "Acrobat:24.1.0"


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("\r", "&#13;")


def f(v):
    return f"{v:.3f}".rstrip("0").rstrip(".")


def rich(text):
    spans = "".join(f'<p dir="ltr"><span dir="ltr" style="font-size:10.0pt;text-align:left;color:#000000;font-weight:normal;'
                    f'font-style:normal">{xesc(par)}</span></p>' for par in text.split("\n"))
    return ('<contents-richtext><body xmlns="http://www.w3.org/1999/xhtml" xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/" '
            f'xfa:APIVersion="{APIV}" xfa:spec="2.0.2" >{spans}</body></contents-richtext>')


def popup(page, x, y):
    return f'<popup flags="print,nozoom,norotate" open="no" page="{page}" rect="{f(x)},{f(y)},{f(x + 180)},{f(y + 120)}"/>'


class Clock:
    def __init__(self):
        self.day, self.t = 11, 14 * 3600 + 2 * 60 + 7

    def tick(self, s):
        self.t += s
        return self.stamp()

    def stamp(self):
        h, m, s = self.t // 3600, self.t // 60 % 60, self.t % 60
        return f"D:202403{self.day:02d}{h:02d}{m:02d}{s:02d}+01'00'"


CL = Clock()


def name():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def quads(lines):
    """lines: list of (x1, x2, ybase) -> coords and rect"""
    c, xs, ys = [], [], []
    for x1, x2, y in lines:
        top, bot = y + 9.2, y - 2.6
        c += [x1, top, x2, top, x1, bot, x2, bot]
        xs += [x1, x2]; ys += [top, bot]
    return ",".join(f(v) for v in c), f"{f(min(xs) - 0.5)},{f(min(ys) - 0.5)},{f(max(xs) + 0.5)},{f(max(ys) + 0.5)}"


def markup(kind, subject, color, page, lines, text, who=ME, wait=(20, 90)):
    cd = CL.tick(R.randint(*wait))
    d = CL.tick(R.randint(2, 9))
    coords, rect = quads(lines)
    n = name()
    return n, (f'<{kind} color="{color}" creationdate="{cd}" flags="print" date="{d}" name="{n}" page="{page}" '
               f'coords="{coords}" rect="{rect}" subject="{subject}" title="{xesc(who)}">\n'
               f'{rich(text)}\n{popup(page, W + 10, 120)}\n</{kind}>')


def note(page, x, y, text, who=ME, reply=None, icon="Comment", color="#FFFF00"):
    cd = CL.tick(R.randint(15, 70))
    d = CL.tick(R.randint(3, 40))
    n = name()
    extra = f' inreplyto="{reply}"' if reply else ""
    return n, (f'<text color="{color}" creationdate="{cd}" flags="print,nozoom,norotate" date="{d}" name="{n}" icon="{icon}" '
               f'page="{page}" rect="{f(x)},{f(y)},{f(x + 20)},{f(y + 20)}" subject="Sticky Note" title="{xesc(who)}"{extra}>\n'
               f'{rich(text)}\n{popup(page, W + 10, 100)}\n</text>')


def textbox(page, x1, y1, x2, y2, text):
    cd = CL.tick(R.randint(30, 80))
    d = CL.tick(R.randint(20, 60))
    n = name()
    return n, (f'<freetext color="#FFFFFF" creationdate="{cd}" flags="print" date="{d}" name="{n}" page="{page}" '
               f'rect="{f(x1)},{f(y1)},{f(x2)},{f(y2)}" subject="Text Box" title="{xesc(ME)}" width="0">\n'
               f'{rich(text)}\n<defaultappearance>0 0 0 rg /Helv 9 Tf</defaultappearance>\n'
               '<defaultstyle>font: Helvetica,sans-serif 9.0pt; text-align:left; color:#E52237 </defaultstyle>\n'
               '</freetext>')


def ink(page, pts):
    cd = CL.tick(R.randint(10, 40))
    d = CL.tick(R.randint(1, 3))
    n = name()
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    rect = f"{f(min(xs) - 1)},{f(min(ys) - 1)},{f(max(xs) + 1)},{f(max(ys) + 1)}"
    g = ";".join(f"{f(x)},{f(y)}" for x, y in pts)
    return n, (f'<ink color="#E52237" creationdate="{cd}" flags="print" date="{d}" name="{n}" page="{page}" '
               f'rect="{rect}" subject="Pencil" title="{xesc(ME)}" width="1.5">\n'
               f'<inklist><gesture>{g}</gesture></inklist>\n{popup(page, W + 10, 80)}\n</ink>')


def build():
    A = []
    A.append(markup("highlight", "Highlight", "#FFFF00", 2, [(38.2, 301.4, 171.3)],
                    "MMLU: 57 predmetov, 4 možnosti, hodnotenie 5-shot"))
    A.append(markup("highlight", "Highlight", "#FFFF00", 3, [(24.0, 398.7, 21.6)],
                    "Hendrycks et al. Measuring Massive Multitask Language Understanding. ICLR 2021."))
    A.append(markup("highlight", "Highlight", "#FFFF00", 4, [(24.0, 429.5, 33.8), (24.0, 288.1, 21.6)],
                    "Srivastava et al. Beyond the Imitation Game: Quantifying and extrapolating the capabilities of\r"
                    "language models. TMLR 2023."))
    A.append(note(4, 410.0, 200.0, "BIG-bench = arXiv:2206.04615, 204 úloh. Na skúšku stačí vedieť, čo je „emergentné“ "
                                   "správanie a prečo je lineárna metrika dôležitá."))
    A.append(markup("highlight", "Highlight", "#FFFF00", 6, [(38.2, 352.9, 150.8)],
                    "LLM-as-a-judge: GPT-4 ako hodnotiteľ, zhoda s ľuďmi > 80 %"))
    A.append(textbox(6, 250.0, 40.0, 445.0, 95.0,
                     "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena\nhttps://arxiv.org/abs/2306.05685\n"
                     "(pozor na position bias a verbosity bias!)"))
    A.append(markup("underline", "Underline", "#0000FF", 8, [(24.0, 371.2, 21.6)],
                    "Kadavath et al. Language Models (Mostly) Know What They Know. 2022."))
    A.append(note(8, 410.0, 60.0, "kalibrácia: P(True) a P(IK) — zopakovať pred cvičením"))
    A.append(ink(9, [(120.0, 140.0), (131.5, 152.2), (150.3, 157.9), (171.0, 151.8), (180.2, 139.5), (171.4, 127.3),
                     (150.2, 121.6), (130.8, 127.0), (121.1, 138.2)]))
    A.append(markup("highlight", "Highlight", "#FFFF00", 11, [(24.0, 402.3, 33.8), (24.0, 196.6, 21.6)],
                    "Liu et al. Lost in the Middle: How Language\rModels Use Long Contexts. TACL 2024."))
    cot_n, cot = note(13, 410.0, 180.0, "Pôvodný CoT článok je na OpenReview (NeurIPS 2022): "
                                        "https://openreview.net/forum?id=_VjQlMeSB_J\nChain-of-Thought Prompting Elicits "
                                        "Reasoning in Large Language Models — na slajde chýba citácia!")
    A.append((cot_n, cot))
    A.append(note(13, 410.0, 180.0, "Vďaka! Pridal som to do nášho zdieľaného Zotera (kolekcia NLP2/P07).",
                  who=PEER, reply=cot_n))
    A.append(markup("highlight", "Highlight", "#FFFF00", 15, [(38.2, 425.1, 171.3)],
                    "Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection"))
    A.append(note(15, 410.0, 150.0, "2310.11511 — ICLR 2024 (oral); porovnať s bežným RAG na cvičení"))
    A.append(markup("highlight", "Highlight", "#FFFF00", 18, [(24.0, 436.0, 33.8), (24.0, 108.9, 21.6)],
                    "Kobayashi et al. Attention is Not Only a Weight: Analyzing Transformers with Vector Norms.\r"
                    "EMNLP 2020."))
    A.append(markup("highlight", "Highlight", "#FFFF00", 19, [(38.2, 417.5, 160.9)],
                    "Dodrio: Exploring Transformer Models with Interactive Visualization"))
    A.append(note(19, 410.0, 150.0, "Článok: https://arxiv.org/pdf/2103.14625 — demo (poloclub.github.io/dodrio) "
                                    "použiť na zadanie 3"))
    check_no_distractor("\n".join(a for _, a in A), "243")
    return ('<?xml version="1.0" encoding="UTF-8" ?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">\n'
            "<annots>\n" + "\n".join(a for _, a in A) + "\n</annots>\n"
            '<f href="NLP2_P07_hodnotenie_a_interpretacia_LLM.pdf"/>\n'
            '<ids original="6A0F3C2B9E1D47A88C5B21F07D3E9A14" modified="B84E27D1C9035F6A1E7D40C28F9B3A65"/>\n'
            "</xfdf>\n")


if __name__ == "__main__":
    s = build()
    open(OUT, "w", encoding="utf-8", newline="").write(s)
    print(OUT, len(s))
