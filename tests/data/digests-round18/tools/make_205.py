#!/usr/bin/env python3
"""Builds digests/205_google_docs_html_export_vlm_reading_group_plan.html: a Google Docs document downloaded as
"Web page (.html, zipped)" and unzipped (the .html only; the images/ folder is not needed): one line, no trailing
newline; <head> with the content-type meta and one <style> (the fonts @import, lst-kix list classes, Docs' generated
.cN classes, .title/.subtitle, h1–h6 and p defaults); <body class="cN doc-content"> with a title and subtitle
paragraph, h1/h2 headings with "h.xxxxxxxxxxxx" ids, paragraphs of <span class="cN"> runs, bullet lists
(ul.lst-kix_…-0 with li-bullet-0 items, "start" on the first list of a series), a table, empty paragraphs, a
footnote (ftnt_ref1/ftnt1) and two comments (cmnt_refN/cmntN) at the end. Every external link goes through Google's
redirect, `https://www.google.com/url?q=<target>&amp;sa=D&amp;source=editors&amp;ust=<16 digits>&amp;usg=AOvVaw<22>`,
with "=" and "&" inside the target percent-encoded (so `?id=` appears as `?id%3D`); apostrophes are &#39;, quotes
&quot;.

Evidence (every URL only inside the redirect): arXiv abs links (CLIP, the ViT training paper), a Hugging Face paper
link (BLIP-2), an arXiv pdf link (SigLIP) (link); "(arXiv:2204.14198)" in a table cell (Flamingo) and "arXiv
2103.14030" in a list item (Swin) (arxiv-text); titles in table cells and list items (title-only: ALIGN, Frozen,
LLaVA's "Visual Instruction Tuning", ConvNeXt, Scaling ViT, Deformable DETR, BiT under its first arXiv title).
Non-papers: OpenCLIP and LAVIS repositories, the LAION-5B page, a Hugging Face course, a YouTube talk, the team wiki,
a Meet link, a GPU ticket. CLIP, ALIGN, SigLIP, Flamingo, Q-Former, LLaVA, PaLI, ConvNeXt, BiT, Swin are nicknames.
People, ids, rooms (ref. 1913.20441), tickets and dates are invented."""
import hashlib, os, sys
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "205_google_docs_html_export_vlm_reading_group_plan.html")
B36 = "abcdefghijklmnopqrstuvwxyz0123456789"


def h(seed, n, alphabet=B36):
    x = int(hashlib.sha256(("205/" + seed).encode()).hexdigest(), 16)
    s = ""
    for _ in range(n):
        x, r = divmod(x, len(alphabet))
        s += alphabet[r]
    return s


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")


def gurl(target):
    q = quote(target, safe=":/?#[]@!$'()*+,;~.-_%")
    ust = str(1712668000000000 + int(h(target + "/ust", 6, "0123456789")))
    usg = "AOvVaw" + h(target + "/usg", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return f"https://www.google.com/url?q={q}&amp;sa=D&amp;source=editors&amp;ust={ust}&amp;usg={usg}"


def S(t, c="c0"): return f'<span class="{c}">{esc(t)}</span>'
def L(url, t): return f'<span class="c5"><a class="c4" href="{gurl(url)}">{esc(t)}</a></span>'
def P(*runs, c="c1"): return f'<p class="{c}">' + "".join(runs) + "</p>"
def EMPTY(): return '<p class="c1 c10"><span class="c0"></span></p>'
def H(tag, text, c): return f'<{tag} class="{c}" id="h.{h(text, 12)}"><span class="c8">{esc(text)}</span></{tag}>'
def CMNT(k, letter): return f'<sup><a href="#cmnt{k}" id="cmnt_ref{k}">[{letter}]</a></sup>'


LIST_ID = {}


def UL(name, items, start=True):
    lid = LIST_ID.setdefault(name, h("list/" + name, 12))
    return (f'<ul class="c2 lst-kix_{lid}-0' + (' start' if start else '') + '">' +
            "".join(f'<li class="c3 li-bullet-0">' + "".join(runs) + "</li>" for runs in items) + "</ul>")


def TD(*runs, c="c12"):
    return f'<td class="{c}" colspan="1" rowspan="1"><p class="c6">' + "".join(runs) + "</p></td>"


def TR(*cells, c="c11"):
    return f'<tr class="{c}">' + "".join(cells) + "</tr>"


HEAD = [S("Date", "c7"), S("Paper", "c7"), S("Presenter", "c7"), S("Notes", "c7")]
rows = [
    TR(*[TD(x, c="c15") for x in HEAD], c="c17"),
    TR(TD(S("10 Apr")), TD(L("https://arxiv.org/abs/2103.00020", "Learning Transferable Visual Models From Natural Language Supervision")), TD(S("Sofia")),
       TD(S("CLIP. Zero-shot ImageNet + the prompt-ensembling appendix."))),
    TR(TD(S("17 Apr")), TD(S("Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision")), TD(S("Arjun")),
       TD(S("ALIGN: 1.8B noisy alt-text pairs, almost no filtering. Compare with CLIP's data section."))),
    TR(TD(S("24 Apr")), TD(L("https://arxiv.org/pdf/2303.15343", "Sigmoid Loss for Language Image Pre-Training")), TD(S("Mei")),
       TD(S("SigLIP. Batch-size ablations are the interesting part."))),
    TR(TD(S("1 May")), TD(S("Multimodal Few-Shot Learning with Frozen Language Models"), CMNT(1, "a")), TD(S("Tom")),
       TD(S("Frozen LM, trained vision encoder; the first \"prompt with images\" paper we read."))),
    TR(TD(S("8 May")), TD(S("Flamingo: a Visual Language Model for Few-Shot Learning (arXiv:2204.14198)")), TD(S("Sofia")),
       TD(S("Perceiver resampler + gated cross-attention. Long paper, skip the appendix on the data mixture."))),
    TR(TD(S("15 May")), TD(L("https://huggingface.co/papers/2301.12597", "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models"),
                           CMNT(2, "b")), TD(S("Arjun")), TD(S("Q-Former, two-stage pre-training."))),
    TR(TD(S("22 May")), TD(S("Visual Instruction Tuning")), TD(S("Mei")), TD(S("LLaVA. GPT-4-generated instruction data from COCO captions + boxes."))),
]
TABLE = '<table class="c16">' + "".join(rows) + "</table>"

BODY = "".join([
    P(S("VLM reading group — plan & notes", "c9"), c="c13 title"),
    P(S("Q2 2024 · owner: Sofia Márquez · last edited 9 Apr", "c14"), c="c13 subtitle"),
    H("h1", "Logistics", "c18"),
    UL("logistics", [
        [S("Wednesdays 15:30–16:30, room Turing 2.14"), f'<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>', S(", or "), L("https://meet.google.com/xqv-hbrt-kzm", "Meet")],
        [S("Presenter: 15 slides max, send them the evening before. Discussion > summary.")],
        [S("GPU time for the replication mini-projects: ticket INFRA-3382 (approved, 400 A100-hours until 30 June).")],
    ]),
    EMPTY(),
    H("h1", "Schedule", "c18"),
    P(S("Contrastive pre-training first, then \"LLM + vision encoder\" models. Links go to the arXiv or Hugging Face pages, not to PDFs in the drive, so "
        "everyone reads the latest version.")),
    EMPTY(),
    TABLE,
    EMPTY(),
    H("h1", "Backbone refresher (optional, for newcomers)", "c18"),
    P(S("Half of the VLM papers assume you know why people moved from ResNets to ViTs and partly back. If that's new, pick one or two of these:")),
    UL("backbones", [
        [S("Swin Transformer: Hierarchical Vision Transformer using Shifted Windows — arXiv 2103.14030")],
        [S("A ConvNet for the 2020s (ConvNeXt): the \"modernise a ResNet step by step\" paper")],
        [L("https://arxiv.org/abs/2106.10270", "How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers"),
         S(": the AugReg recipes, i.e. what the timm ViT checkpoints are")],
        [S("Scaling Vision Transformers, for the compute/data scaling plots")],
        [S("BiT, which I still know under its first arXiv title, Large Scale Learning of General Visual Representations for Transfer")],
    ]),
    H("h2", "For the detection people", "c19"),
    UL("det", [[S("Deformable DETR: Deformable Transformers for End-to-End Object Detection (multi-scale deformable attention, 10× faster convergence than DETR)")]]),
    EMPTY(),
    H("h1", "Links (not papers)", "c18"),
    UL("links", [
        [L("https://github.com/mlfoundations/open_clip", "OpenCLIP"), S(" (code + the scaling-law checkpoints)")],
        [L("https://laion.ai/blog/laion-5b/", "LAION-5B"), S(" dataset page")],
        [L("https://huggingface.co/learn/computer-vision-course/unit4/multimodal-models/clip-and-relatives/clip", "HF computer vision course: CLIP and relatives")],
        [S("Talk: "), L("https://www.youtube.com/watch?v=Tn3NcqQvGk8", "\"Scaling and training vision transformers\" (YouTube, 58 min)")],
        [L("https://wiki.example-lab.org/display/VIS/VLM+reading+group", "Team wiki page"), S(" with the slides archive")],
    ]),
    EMPTY(),
    '<div><p class="c20"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c21">&nbsp;Booking ref. 1913.20441, renewed monthly by Sofia.</span></p></div>',
    '<div class="c22"><p class="c6"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c0">Could we swap this for PaLI? Frozen is a bit old now. — Tom Becker</span></p>'
    '<p class="c6"><span class="c0">_Assigned to Sofia Márquez_</span></p></div>',
    '<div class="c22"><p class="c6"><a href="#cmnt_ref2" id="cmnt2">[b]</a><span class="c0">Code is in LAVIS (github.com/salesforce/LAVIS); the HF port is easier to run. — Arjun Rao</span></p></div>',
])

lk = "".join(f"ul.lst-kix_{v}-0{{list-style-type:none}}.lst-kix_{v}-0>li:before{{content:\"\\0025cf   \"}}" for v in LIST_ID.values())
STYLE = ('@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFVbiOC8BXrkdsF7RDVhEY3BkDUH4KB-c_Zw);' + lk +
         'ol{margin:0;padding:0}table td,table th{padding:0}'
         '.c12{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:117pt;border-top-color:#000000;border-bottom-style:solid}'
         '.c15{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:117pt;border-top-color:#000000;border-bottom-style:solid;background-color:#d9ead3}'
         '.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
         '.c7{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
         '.c8{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:20pt;font-family:"Arial";font-style:normal}'
         '.c9{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:26pt;font-family:"Arial";font-style:normal}'
         '.c14{color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:15pt;font-family:"Arial";font-style:normal}'
         '.c21{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal}'
         '.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}'
         '.c6{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}'
         '.c20{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}'
         '.c13{padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         '.c18{padding-top:20pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         '.c19{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         '.c3{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
         '.c16{border-spacing:0;border-collapse:collapse;margin-right:auto}'
         '.c5{color:#1155cc;text-decoration:underline}'
         '.c4{color:inherit;text-decoration:inherit}'
         '.c2{padding:0;margin:0}'
         '.c10{height:11pt}'
         '.c11{height:0pt}'
         '.c17{height:18pt}'
         '.c22{border:1px solid black;margin:5px}'
         '.c23{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}'
         '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
         'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
         'h3{padding-top:16pt;color:#434343;font-size:14pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
page = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">' + STYLE +
        '</style></head><body class="c23 doc-content">' + BODY + "</body></html>")
check_no_distractor(page, OUT)
open(OUT, "w", encoding="utf-8", newline="").write(page)
print(OUT, len(page))
