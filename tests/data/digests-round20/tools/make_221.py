#!/usr/bin/env python3
"""Builds digests/221_reportlab_pdf_generative_models_seminar_handout.pdf: a two-page A4 reading-list handout as the
ReportLab PDF Library (platypus, invariant mode) writes it: "%PDF-1.4", the binary comment line "%\\x93\\x8c\\x8b\\x9e
ReportLab Generated PDF document http://www.reportlab.com", objects in ReportLab's order (font dictionary, three
standard Type1 fonts with WinAnsiEncoding, link annotations, pages, catalog, info, page tree, content streams), each
content stream compressed with /Filter [ /ASCII85Decode /FlateDecode ] and written as "stream\\n…~>endstream", a
classic xref table, a trailer with /ID [<digest><digest>] and ReportLab's "% ReportLab generated PDF document --
digest" comment, startxref, %%EOF. Text is Helvetica 10/12 set with Tj, T* and Tf font switches, lines broken with
the real Helvetica widths; links are /Link annotations with /URI actions over the link text (one per line when the
linked text wraps). So every title is only inside compressed content streams; the link URLs are in the clear.

Evidence: DDPM's "[arXiv]" and Rectified Flow's "[pdf]" annotations, LDM's title itself linked to its abs page and
wrapped over two lines (two annotations) (link); DDIM's OpenReview forum and the SDE paper's OpenReview pdf (link);
"arXiv:1503.03585" (nonequilibrium thermodynamics) and "arXiv 2105.05233" (guided diffusion) in the text
(arxiv-text); GAN, deep belief nets (not on arXiv), NCSN, consistency models, classifier-free guidance, LSGM
(title-only). Non-papers: Lilian Weng's blog post, the diffusers docs, a book chapter, the Moodle course, a YouTube
playlist. People, rooms, dates and the course number are invented."""
import base64, hashlib, os, sys, zlib
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "221_reportlab_pdf_generative_models_seminar_handout.pdf")

# Adobe Helvetica / Helvetica-Bold advance widths (AFM), ASCII 32..126
_HR = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
       556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
       722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
       556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
       260, 334, 584]
_HB = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
       556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
       722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
       556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
       280, 389, 584]
_EXTRA = {"–": 556, "—": 1000, "’": 222, "“": 333, "”": 333, "·": 278, "é": 556, "ü": 556, "á": 556}
FONTS = {"F1": ("Helvetica", _HR), "F2": ("Helvetica-Bold", _HB), "F3": ("Helvetica-Oblique", _HR)}


def width(s, font, size):
    tab = FONTS[font][1]
    return sum((tab[ord(c) - 32] if 32 <= ord(c) < 127 else _EXTRA[c]) for c in s) * size / 1000.0


def pdfstr(s):
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def fmt(x):
    s = ("%.5f" % x).rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


PAGE_W, PAGE_H, LEFT, TOP, FRAME_W = 595.2756, 841.8898, 72.0, 769.8898, 451.2756


class Page:
    def __init__(self, number):
        self.ops, self.annots, self.y, self.number = [], [], TOP, number

    def para(self, frags, size=10, leading=12, space_before=0, space_after=4):
        """frags: list of (text, font, link or None); greedy line breaking on spaces"""
        words = []  # (word, font, link, trailing_space)
        for text, font, link in frags:
            parts = text.split(" ")
            for i, w in enumerate(parts):
                if w == "" and i > 0:
                    continue
                words.append([w, font, link, i < len(parts) - 1 or text.endswith(" ")])
        lines, cur, cur_w = [], [], 0.0
        for w in words:
            ww = width(w[0], w[1], size)
            sp = width(" ", cur[-1][1], size) if cur and cur[-1][3] else 0.0
            if cur and cur_w + sp + ww > FRAME_W:
                lines.append(cur); cur, cur_w = [], 0.0; sp = 0.0
            cur.append(w); cur_w += sp + ww
        if cur:
            lines.append(cur)
        self.y -= space_before
        ops = [f"BT 1 0 0 1 {fmt(LEFT)} {fmt(self.y - size)} Tm {fmt(leading)} TL"]
        font_now, color_now = None, None
        for li, line in enumerate(lines):
            base = self.y - size - li * leading
            x = LEFT
            segs = []  # merge consecutive words of one font/link into one Tj
            for j, (w, font, link, sp) in enumerate(line):
                text = w + (" " if sp and j < len(line) - 1 else "")
                if segs and segs[-1][1] == font and segs[-1][2] == link:
                    segs[-1][0] += text
                else:
                    segs.append([text, font, link])
            for text, font, link in segs:
                if font != font_now:
                    ops.append(f"/{font} {fmt(size)} Tf"); font_now = font
                color = "0 0 .501961 rg" if link else "0 0 0 rg"
                if color != color_now:
                    ops.append(color); color_now = color
                ops.append(pdfstr(text) + " Tj")
                w_ = width(text, font, size)
                if link:
                    w_link = width(text.rstrip(" "), font, size)
                    self.annots.append((link, (x, base - 2.5, x + w_link, base + size)))
                x += w_
            ops.append("T*")
        ops[-1] = "ET"
        self.ops.extend(ops)
        self.y -= len(lines) * leading + space_after

    def stream(self):
        return ("\n".join(self.ops) + "\n").encode("latin-1")


def entry(n, title, rest, link=None, title_link=None):
    frags = [(f"{n}. ", "F2", None), (title + ".", "F2", title_link), (" " + rest, "F1", None)]
    if link:
        frags += [(" ", "F1", None), (link[0], "F1", link[1])]
    return frags


p1, p2 = Page(1), Page(2)
p1.para([("Generative Models Reading Seminar — Spring 2024", "F2", None)], size=16, leading=19, space_after=6)
p1.para([("Thursdays 14:15–15:45, room E-213 (hybrid). Course 4471 in Moodle. Organisers: Ines Wagner, Tomás Lindqvist.", "F3", None)], space_after=10)
p1.para([("How this works: two papers per session, one presenter each (20 minutes, no more than 12 slides), then an open "
          "discussion. Read both papers of the week, not only the one you present. Links go to the arXiv or OpenReview "
          "page when there is one; the older papers are in the Moodle folder.", "F1", None)], space_after=10)
p1.para([("Week 1 (7 March) — Before diffusion", "F2", None)], size=12, leading=14, space_after=5)
p1.para(entry(1, "Generative Adversarial Networks", "Goodfellow, Pouget-Abadie, Mirza, Xu, Warde-Farley, Ozair, "
              "Courville, Bengio. NeurIPS 2014. The minimax game every later paper compares against."))
p1.para(entry(2, "A Fast Learning Algorithm for Deep Belief Nets", "Hinton, Osindero, Teh. Neural Computation 18(7), "
              "2006. Not on arXiv; PDF in Moodle."), space_after=10)
p1.para([("Week 2 (14 March) — Score matching and the first diffusion models", "F2", None)], size=12, leading=14, space_after=5)
p1.para(entry(3, "Deep Unsupervised Learning using Nonequilibrium Thermodynamics", "Sohl-Dickstein, Weiss, "
              "Maheswaranathan, Ganguli. ICML 2015, arXiv:1503.03585."))
p1.para(entry(4, "Generative Modeling by Estimating Gradients of the Data Distribution", "Song, Ermon. NeurIPS 2019. "
              "Noise-conditional score networks and annealed Langevin dynamics."))
p1.para(entry(5, "Denoising Diffusion Probabilistic Models", "Ho, Jain, Abbeel. NeurIPS 2020.",
              link=("[arXiv]", "https://arxiv.org/abs/2006.11239")), space_after=10)
p1.para([("Week 3 (21 March) — Faster sampling", "F2", None)], size=12, leading=14, space_after=5)
p1.para(entry(6, "Denoising Diffusion Implicit Models", "Song, Meng, Ermon. ICLR 2021.",
              link=("[OpenReview]", "https://openreview.net/forum?id=St1giarCHLP")))
p1.para(entry(7, "Score-Based Generative Modeling through Stochastic Differential Equations", "Song, Sohl-Dickstein, "
              "Kingma, Kumar, Ermon, Poole. ICLR 2021 (outstanding paper).",
              link=("[PDF]", "https://openreview.net/pdf?id=PxTIG12RRHS")))
p1.para(entry(8, "Consistency Models", "Song, Dhariwal, Chen, Sutskever. ICML 2023. One-step sampling, by distillation "
              "or trained from scratch."), space_after=10)
p1.para([("Generative Models Reading Seminar · page 1 of 2", "F3", None)], size=8, leading=10)

p2.para([("Week 4 (4 April) — Guidance and latent space", "F2", None)], size=12, leading=14, space_after=5)
p2.para(entry(9, "Diffusion Models Beat GANs on Image Synthesis", "Dhariwal, Nichol. NeurIPS 2021, arXiv 2105.05233. "
              "Classifier guidance and the ablated U-Net."))
p2.para(entry(10, "Classifier-Free Diffusion Guidance", "Ho, Salimans. NeurIPS 2021 workshop. Read together with 9."))
p2.para(entry(11, "Score-based Generative Modeling in Latent Space", "Vahdat, Kreis, Kautz. NeurIPS 2021."))
p2.para([("12. ", "F2", None), ("Rombach, Blattmann, Lorenz, Esser, Ommer (CVPR 2022): ", "F1", None),
         ("High-Resolution Image Synthesis with Latent Diffusion Models", "F2", "https://arxiv.org/abs/2112.10752"),
         (". This is Stable Diffusion; read the autoencoder appendix too.", "F1", None)], space_after=10)
p2.para([("Week 5 (11 April) — Flows at scale", "F2", None)], size=12, leading=14, space_after=5)
p2.para(entry(13, "Scaling Rectified Flow Transformers for High-Resolution Image Synthesis", "Esser, Kulal, Blattmann "
              "et al. 2024. Rectified flow with a multimodal diffusion transformer.",
              link=("[pdf]", "https://arxiv.org/pdf/2403.03206v1")), space_after=10)
p2.para([("Background (not papers)", "F2", None)], size=12, leading=14, space_after=5)
p2.para([("Lilian Weng’s blog post “What are Diffusion Models?”, the Hugging Face diffusers documentation, chapter 18 of "
          "Simon Prince’s book Understanding Deep Learning, and the recorded lectures in the course playlist on YouTube. "
          "None of these is presented in the seminar.", "F1", None)], space_after=10)
p2.para([("Presenting: sign up in Moodle by 29 February. Send slides as PDF the evening before. Questions: "
          "seminar-genmod@cs.example.edu.", "F1", None)], space_after=10)
p2.para([("Generative Models Reading Seminar · page 2 of 2", "F3", None)], size=8, leading=10)

# ---------------------------------------------------------------- objects, in ReportLab's order
objs = []  # list of bytes (body between "n 0 obj\n" and "\nendobj")


def add(body):
    objs.append(body)
    return len(objs)


def ref(n):
    return f"{n} 0 R"


add(b"")  # 1: font dict (filled below)
fobj = {}
for name, (base, _) in FONTS.items():
    fobj[name] = add(f"<<\n/BaseFont /{base} /Encoding /WinAnsiEncoding /Name /{name} /Subtype /Type1 /Type /Font\n>>".encode())
objs[0] = ("<<\n" + " ".join(f"/{k} {ref(v)}" for k, v in fobj.items()) + "\n>>").encode()
pages = [p1, p2]
N_PAGE_OBJS = None
page_ids, annot_ids, content_ids = [], [], []
# annotations and pages interleaved; pages tree, catalog, info, contents numbers are known after counting
n_annots = [len(p.annots) for p in pages]
first = len(objs) + 1
layout = []
k = first
for p in pages:
    ids = list(range(k, k + len(p.annots))); k += len(p.annots)
    layout.append((ids, k)); k += 1
CATALOG, INFO, PAGES = k, k + 1, k + 2
CONTENT = [k + 3 + i for i in range(len(pages))]
for p, (ids, pid) in zip(pages, layout):
    for link, (x0, y0, x1, y1) in p.annots:
        add(("<<\n/A <<\n/S /URI /Type /Action /URI " + pdfstr(link) + "\n>> /Border [ 0 0 0 ] /Rect [ "
             + " ".join(fmt(v) for v in (x0, y0, x1, y1)) + " ] /Subtype /Link /Type /Annot\n>>").encode())
    n = add(("<<\n/Annots [ " + " ".join(ref(i) for i in ids) + " ] /Contents " + ref(CONTENT[p.number - 1])
             + f" /MediaBox [ 0 0 {fmt(PAGE_W)} {fmt(PAGE_H)} ] /Parent {ref(PAGES)} /Resources <<\n"
             "/Font 1 0 R /ProcSet [ /PDF /Text /ImageB /ImageC /ImageI ]\n>> /Rotate 0 /Trans <<\n\n>> \n"
             "  /Type /Page\n>>").encode())
    assert n == pid
assert add(f"<<\n/PageMode /UseNone /Pages {ref(PAGES)} /Type /Catalog\n>>".encode()) == CATALOG
STAMP = "D:20240301093012+00'00'"
assert add(("<<\n/Author (Ines Wagner) /CreationDate (" + STAMP + ") /Creator (\\(unspecified\\)) /Keywords () /ModDate ("
            + STAMP + ") /Producer (ReportLab PDF Library - www.reportlab.com) \n  /Subject (\\(unspecified\\)) "
            "/Title (Generative Models Reading Seminar, Spring 2024) /Trapped /False\n>>").encode()) == INFO
assert add(("<<\n/Count 2 /Kids [ " + " ".join(ref(pid) for _, pid in layout) + " ] /Type /Pages\n>>").encode()) == PAGES
for p in pages:
    data = base64.a85encode(zlib.compress(p.stream())) + b"~>"
    add(b"<<\n/Filter [ /ASCII85Decode /FlateDecode ] /Length " + str(len(data)).encode() + b"\n>>\nstream\n" + data + b"endstream")

out = bytearray(b"%PDF-1.4\n%\x93\x8c\x8b\x9e ReportLab Generated PDF document http://www.reportlab.com\n")
offsets = []
for i, body in enumerate(objs, 1):
    offsets.append(len(out))
    out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
xref = len(out)
out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
for o in offsets:
    out += b"%010d 00000 n \n" % o
digest = hashlib.md5(bytes(out[:xref])).hexdigest()
out += (f"trailer\n<<\n/ID \n[<{digest}><{digest}>]\n% ReportLab generated PDF document -- digest (http://www.reportlab.com)\n\n"
        f"/Info {INFO} 0 R\n/Root {CATALOG} 0 R\n/Size {len(objs) + 1}\n>>\nstartxref\n{xref}\n%%EOF\n").encode()
check_no_distractor(b"".join(p.stream() for p in pages).decode("latin-1") + " ".join(
    " ".join(t for t, _, _ in fr) for fr in []), "221")
open(OUT, "wb").write(bytes(out))
print(OUT, len(out))
