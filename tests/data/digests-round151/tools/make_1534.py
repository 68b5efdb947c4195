#!/usr/bin/env python3
"""1534: a Persian self-supervised-learning group's reading page as bibtex2html 1.99 writes it
(`bibtex2html -t "…" -charset utf-8 -d -r -s plain reading.bib`): the HTML 4.01 header, the generated-by comment, one
table row per entry — the number anchored by the BibTeX key, the entry as BibTeX's plain style wrote it in the .bbl
(titles lower-cased by change.case$ "t" except braced parts, the first letter and after ": "; lines cut at 79 bytes,
so Persian notes wrap early, continuation lines indented by two spaces; each \\newblock a line starting with a space;
ties as &nbsp;, accents as entities), then `[ bib | http | .pdf ]` links for url / pdf fields; the footer."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of, write_only
from make_expected import keys, by_num

F = by_num(1534)
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
TITLE = "فهرست مطالعهٔ گروه یادگیری خودنظارتی — نیم‌سال بهار ۱۴۰۳"
ENT = {"é": "&eacute;", "è": "&egrave;", "ö": "&ouml;", "ü": "&uuml;"}

# (bibkey, catalogue key, bib title with braces, type, venue, year, month order, url, pdf, note)
ENTRIES = [
    ("bao2021beit", "2106.08254", "{BEiT}: {BERT} Pre-Training of Image Transformers", "article", "arXiv preprint arXiv:2106.08254", 2021, 6, None, None,
     "جلسهٔ نهم؛ نسخهٔ ICLR را پیدا نکردیم، فعلاً همین پیش‌چاپ."),
    ("steiner2021train", "2106.10270", "How to train your {ViT}? {Data}, Augmentation, and Regularization in Vision Transformers", "article", "Transactions on Machine Learning Research", 2022, 5, None, None,
     "برای تنظیم افزونگی داده‌ها در آزمایش‌های خودمان؛ پیوند ندارد."),
    ("radford2021learning", "2103.00020", "Learning Transferable Visual Models From Natural Language Supervision", "inproceedings", "ICML", 2021, 7, None, "https://arxiv.org/pdf/2103.00020.pdf",
     "پایهٔ جلسهٔ هشتم (CLIP)؛ کد: github.com/openai/CLIP"),
    ("zbontar2021barlow", "2103.03230", "Barlow Twins: Self-Supervised Learning via Redundancy Reduction", "inproceedings", "ICML", 2021, 7, "https://arxiv.org/abs/2103.03230", None,
     "ارائه: مریم؛ مقایسه با VICReg."),
    ("robinson2021contrastive", "2010.04592", "Contrastive Learning with Hard Negative Samples", "inproceedings", "ICLR", 2021, 5, None, None,
     "نمونه‌های منفی سخت؛ فقط عنوان را داریم."),
    ("zhong2020bituning", "2011.06182", "{Bi-tuning} of Pre-trained Representations", "misc", None, 2020, 11, "https://openreview.net/forum?id=3rRgu7OGgBI", None,
     "صفحهٔ OpenReview؛ برای بخش تنظیم دقیق."),
    ("grill2020bootstrap", "2006.07733", "Bootstrap your own latent: A new approach to self-supervised Learning", "inproceedings", "NeurIPS", 2020, 12, "https://arxiv.org/abs/2006.07733", None,
     "BYOL؛ جلسهٔ اول. اسلایدهای درس CS330 هم مفید است."),
    ("hinton2006fast", DBN, "A Fast Learning Algorithm for Deep Belief Nets", "article", "Neural Computation", 2006, 7, None, None,
     "مقالهٔ تاریخی برای مقدمه؛ در arXiv نیست."),
]
EXTRA = {"hinton2006fast": ("18", "7", "1527--1554")}


def change_case_t(s):
    out, depth, prev = [], 0, ""
    start = True
    colon = False
    for ch in s:
        if ch == "{": depth += 1; continue
        if ch == "}": depth -= 1; continue
        if depth > 0 or start or colon: out.append(ch)
        else: out.append(ch.lower())
        if not ch.isspace(): start = False
        if ch == ":": colon = True
        elif not ch.isspace(): colon = False
    return "".join(out)


def name(n):
    parts = n.split()
    s = ""
    for i, p in enumerate(parts):
        if i == 0: s = p
        else:
            tie = len(p) <= 2 and i < len(parts) - 1
            s += ("&nbsp;" if tie else " ") + p
    for a, b in ENT.items(): s = s.replace(a, b)
    return s


def names(k):
    a = [name(x) for x in CAT[key_of(k)]["authors"]]
    if len(a) == 1: return a[0]
    if len(a) == 2: return a[0] + " and " + a[1]
    return ", ".join(a[:-1]) + ", and " + a[-1]


def bbl_len(s):
    """the line's length in the .bbl BibTeX wrote (bytes; accents as {\\'e}, ties as ~, <em> as {\\em …})"""
    for a, b in (("&eacute;", "{\\'e}"), ("&egrave;", "{\\`e}"), ("&ouml;", '{\\"o}'), ("&uuml;", '{\\"u}'), ("&nbsp;", "~"),
                 ("&ndash;", "--"), ("<em>", "{\\em "), ("</em>", "}")):
        s = s.replace(a, b)
    return len(s.encode("utf-8"))


def wrap(s, first=True):
    """BibTeX's output: break at spaces so a line stays within 79 bytes; continuation lines start with two spaces"""
    lead = " " if s.startswith(" ") else ""
    words, lines, cur = s[len(lead):].split(" "), [], lead
    for w in words:
        cand = (cur + " " + w) if cur.strip() else cur + w
        if cur.strip() and bbl_len(cand) > 79:
            lines.append(cur); cur = "  " + w
        else: cur = cand
    lines.append(cur)
    return lines


def entry(n, e):
    bk, k, bt, typ, venue, year, month, url, pdf, note = e
    blocks = [names(k) + ".", change_case_t(bt) + "."]
    if typ == "article":
        v = f"<em>{venue}</em>"
        if bk in EXTRA:
            vol, num, pp = EXTRA[bk]
            v += f", {vol}({num}):{pp.replace('--', '&ndash;')}"
        blocks.append(f"{v}, {year}.")
    elif typ == "inproceedings":
        blocks.append(f"In <em>{venue}</em>, {year}.")
    else:
        blocks.append(f"{year}.")
    blocks.append(note if note.endswith((".", "!", "?")) else note + ".")
    L = ["<tr valign=\"top\">", "<td align=\"right\" class=\"bibtexnumber\">", f"[<a name=\"{bk}\">{n}</a>]", "</td>",
         "<td class=\"bibtexitem\">"]
    for i, b in enumerate(blocks):
        ls = wrap(b if i == 0 else " " + b)
        L += ls
    links = [f"<a href=\"reading_bib.html#{bk}\">bib</a>"]
    if url: links.append(f"<a href=\"{url}\">http</a>")
    if pdf: links.append(f"<a href=\"{pdf}\">.pdf</a>")
    L.append("[&nbsp;" + "&nbsp;| \n".join(links) + "&nbsp;]")
    L += ["", "</td>", "</tr>", ""]
    return L


def build():
    ents = sorted(ENTRIES, key=lambda e: (e[5], e[6]), reverse=True)
    L = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"', '            "http://www.w3.org/TR/html4/loose.dtd">',
         "<html>", "", "<head>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', f"<title>{TITLE}</title>",
         "</head>", "", "<body>", "", f"<h1>{TITLE}</h1>", "",
         "<!-- This document was automatically generated with bibtex2html 1.99",
         "     (see http://www.lri.fr/~filliatr/bibtex2html/),", "     with the following command:",
         f'     bibtex2html -t "{TITLE}" -charset utf-8 -d -r -s plain reading.bib  -->', "", "", "<table>", ""]
    for n, e in enumerate(ents, 1):
        L += entry(n, e)
    L += ["</table><hr><p><em>This file was generated by", '<a href="http://www.lri.fr/~filliatr/bibtex2html/">bibtex2html</a> 1.99.</em></p>',
          "</body>", "</html>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    import html
    text = build()
    write_only(F, text, keys(F), forms=[html.unescape(text)])
