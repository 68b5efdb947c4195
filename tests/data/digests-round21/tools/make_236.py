#!/usr/bin/env python3
"""Builds digests/236_negative_inkscape_svg_catalan_spring_school_poster.svg: a negative control, the A4 poster of an
(invented) Catalan spring school on efficient machine learning, drawn in Inkscape 1.3.2 and saved as "Inkscape SVG":
the XML declaration, Inkscape's "Created with Inkscape" comment, the root `<svg>` in mm with viewBox 0 0 210 297 and
the inkscape / sodipodi / xlink / rdf / cc / dc namespaces, `sodipodi:namedview`, `<metadata>` with an RDF cc:Work
(title, creator, date), `<defs>` with a linear gradient, two layers (`inkscape:groupmode="layer"`, labels "Fons" and
"Text"), rects, a QR-code path, `<text xml:space="preserve">` elements whose lines are `<tspan sodipodi:role="line">`
with their own x / y (line step = font size × line-height 1.25), an `<a xlink:href>` around the QR code. Inkscape's
serialisation: one attribute per line, indented three spaces more than its element, child elements of a text inline.
LF and a final newline.

Nothing in it is a paper: Title Case talk, tutorial, workshop and panel names in «…» ("Scaling Down Before Scaling
Up", "Do We Still Need Attention?"), a book («The Little Book of Deep Learning»), an online course, software names
and versions (llama.cpp, bitsandbytes, vLLM 0.4, Triton 2.3), an OpenReview *group* URL for poster abstracts and the
word arXiv without an id, a room "1302.118", a course code 1899.0042, a registration number 2413.05217 and a file
number 2417.3391 (none a valid arXiv id: three digits, month 99, month 13, month 17), phone numbers, prices and
dates. Names, the school, the group and the URLs are invented. The builder refuses any catalogue or distractor
title."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor, CAT

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "236_negative_inkscape_svg_catalan_spring_school_poster.svg")
NS = ('   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"\n'
      '   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"\n'
      '   xmlns:xlink="http://www.w3.org/1999/xlink"\n'
      '   xmlns="http://www.w3.org/2000/svg"\n'
      '   xmlns:svg="http://www.w3.org/2000/svg"\n'
      '   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
      '   xmlns:cc="http://creativecommons.org/ns#"\n'
      '   xmlns:dc="http://purl.org/dc/elements/1.1/"')


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def num(v):
    s = f"{v:.6f}".rstrip("0").rstrip(".")
    return s


def el(tag, attrs, depth, children=None, inline=None, flush=False):
    """Inkscape-style element: attributes one per line; `inline` = list of inline child strings (text content);
    `flush`: the element follows its parent's '>' directly (a tspan inside a text)"""
    pad = "  " * depth
    ap = pad + "   "
    lines = [("" if flush else pad) + "<" + tag]
    items = list(attrs.items())
    for k, (a, v) in enumerate(items):
        lines.append(f'{ap}{a}="{esc(str(v))}"')
    head = "\n".join(lines)
    if inline is not None:
        return head + ">" + "".join(inline) + f"</{tag}>"
    if not children:
        return head + " />"
    return head + ">\n" + "\n".join(children) + "\n" + pad + f"</{tag}>"


class Ids:
    def __init__(self): self.n = {}

    def __call__(self, kind):
        self.n[kind] = self.n.get(kind, 0) + 1
        return f"{kind}{self.n[kind]}"


ID = Ids()
FONT = "'Source Sans 3'"


def text(depth, x, y, size, lines, weight="normal", fill="#1a1a1a", anchor="start"):
    tid = ID("text")
    step = size * 1.25
    spec = "Source Sans 3 Bold" if weight == "bold" else "Source Sans 3"
    style = (f"font-style:normal;font-weight:{weight};font-size:{num(size)}px;line-height:1.25;font-family:{FONT};"
             f"-inkscape-font-specification:'{spec}';text-anchor:{anchor};fill:{fill};stroke-width:0.264583")
    spans = []
    for k, ln in enumerate(lines):
        sid = ID("tspan")
        a = {"sodipodi:role": "line", "id": sid, "style": "stroke-width:0.264583", "x": num(x), "y": num(y + k * step)}
        spans.append(el("tspan", a, depth + 1, inline=[esc(ln)], flush=True))
    return el("text", {"xml:space": "preserve", "style": style, "x": num(x), "y": num(y), "id": tid}, depth, inline=spans)


def rect(depth, x, y, w, h, style):
    return el("rect", {"style": style, "id": ID("rect"), "width": num(w), "height": num(h), "x": num(x), "y": num(y)}, depth)


def qr_path():
    rnd = random.Random(2024)
    d = []
    n, cell, x0, y0 = 25, 1.2, 163, 242
    for r in range(n):
        for c in range(n):
            finder = any(r0 <= r < r0 + 7 and c0 <= c < c0 + 7 for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                rr, cc = (r % (n - 7) if r >= n - 7 else r), (c % (n - 7) if c >= n - 7 else c)
                on = rr in (0, 6) or cc in (0, 6) or (2 <= rr <= 4 and 2 <= cc <= 4)
            else:
                on = rnd.random() < 0.47
            if on:
                d.append(f"M {num(x0 + c * cell)},{num(y0 + r * cell)} h {num(cell)} v {num(cell)} h -{num(cell)} z")
    return " ".join(d)


def build():
    layer_bg = el("g", {"inkscape:label": "Fons", "inkscape:groupmode": "layer", "id": "layer1", "sodipodi:insensitive": "true"}, 1, children=[
        rect(2, 0, 0, 210, 297, "fill:#fbf7f0;stroke:none;stroke-width:0.264583"),
        rect(2, 0, 0, 210, 78, "fill:url(#linearGradient2);stroke:none;stroke-width:0.264583"),
        rect(2, 12, 226, 186, 0.6, "fill:#c0392b;stroke:none;stroke-width:0.264583"),
    ])
    T = []
    T.append(text(2, 14, 20, 9.87778, ["ESCOLA DE PRIMAVERA", "EN APRENENTATGE", "AUTOMÀTIC EFICIENT"], "bold", "#ffffff"))
    T.append(text(2, 14, 57, 5.64444, ["Barcelona · 15–19 d’abril de 2024 · 4a edició"], "normal", "#fdebd0"))
    T.append(text(2, 14, 65.5, 4.58611, ["Cinc dies de tutorials, tallers i pòsters sobre models més petits,", "més ràpids i més barats d’entrenar i de servir."], "normal", "#ffffff"))
    T.append(text(2, 14, 92, 7.05556, ["PROGRAMA"], "bold", "#c0392b"))
    T.append(text(2, 14, 102, 4.58611, [
        "Dl 15 · Conferència inaugural: «Scaling Down Before Scaling Up»",
        "            Dra. Núria Vidal (Universitat Politècnica de Catalunya)",
        "Dt 16 · Tutorial: «Quantization in Practice» — de FP16 a 4 bits",
        "            amb llama.cpp i bitsandbytes (porteu portàtil)",
        "Dc 17 · Taller: «Serving Small Models at Scale» (vLLM 0.4 i Triton 2.3)",
        "Dj 18 · Taula rodona: «Do We Still Need Attention?»",
        "            amb Pau Ferrer, Laia Soler i Jordi Casals",
        "Dv 19 · Sessió de pòsters i cloenda: «Green AI, Budget AI»",
    ]))
    T.append(text(2, 14, 158, 7.05556, ["PÒSTERS"], "bold", "#c0392b"))
    T.append(text(2, 14, 168, 4.58611, [
        "Format A0 vertical. Resums d’una pàgina via OpenReview:",
        "openreview.net/group?id=EAE-BCN/2024/Poster_Session",
        "fins al 22 de març. Els preprints d’arXiv i els treballs ja publicats",
        "també hi són benvinguts.",
    ]))
    T.append(text(2, 14, 198, 7.05556, ["PER PREPARAR-SE"], "bold", "#c0392b"))
    T.append(text(2, 14, 208, 4.58611, [
        "Lectura recomanada: «The Little Book of Deep Learning» (F. Fleuret)",
        "i el curs en línia «Efficient Deep Learning Systems» (vídeos a YouTube).",
    ]))
    T.append(text(2, 14, 236, 4.23333, [
        "Lloc: Campus Nord, edifici B6, aula 1302.118",
        "Inscripció: 180 € (estudiants 60 €) · places limitades: 120",
        "Codi de curs 1899.0042 · núm. de registre 2413.05217",
        "Expedient de l’ajut: 2417.3391",
        "Informació: epae-bcn.example.cat · +34 934 017 123",
    ], "normal", "#333333"))
    T.append(text(2, 14, 284, 3.52778, [
        "Organitza: Grup de Recerca en Sistemes d’Aprenentatge Eficients (SAE-BCN)",
        "Amb el suport de l’Ajuntament de Barcelona · #EAE2024",
    ], "normal", "#555555"))
    qr = el("a", {"xlink:href": "https://epae-bcn.example.cat/2024/inscripcio", "id": "a1"}, 2, children=[
        el("path", {"style": "fill:#1a1a1a;stroke:none;stroke-width:0.264583", "d": qr_path(), "id": "path1"}, 3)])
    T.append(qr)
    T.append(text(2, 178, 276, 3.175, ["Inscriu-te aquí"], "bold", "#1a1a1a", "middle"))
    layer_tx = el("g", {"inkscape:label": "Text", "inkscape:groupmode": "layer", "id": "layer2"}, 1, children=T)
    namedview = el("sodipodi:namedview", {
        "id": "namedview1", "pagecolor": "#ffffff", "bordercolor": "#000000", "borderopacity": "0.25",
        "inkscape:showpageshadow": "2", "inkscape:pageopacity": "0.0", "inkscape:pagecheckerboard": "0",
        "inkscape:deskcolor": "#d1d1d1", "inkscape:document-units": "mm", "inkscape:zoom": "0.70710678",
        "inkscape:cx": "396.69085", "inkscape:cy": "561.44285", "inkscape:window-width": "1920",
        "inkscape:window-height": "1011", "inkscape:window-x": "0", "inkscape:window-y": "32",
        "inkscape:window-maximized": "1", "inkscape:current-layer": "layer2"}, 1)
    defs = el("defs", {"id": "defs1"}, 1, children=[
        el("linearGradient", {"id": "linearGradient2", "inkscape:collect": "always", "x1": "0", "y1": "0", "x2": "210", "y2": "78",
                              "gradientUnits": "userSpaceOnUse"}, 2, children=[
            el("stop", {"style": "stop-color:#8e1b10;stop-opacity:1;", "offset": "0", "id": "stop1"}, 3),
            el("stop", {"style": "stop-color:#c0392b;stop-opacity:1;", "offset": "1", "id": "stop2"}, 3)])])
    meta = el("metadata", {"id": "metadata1"}, 1, children=[
        "    <rdf:RDF>", "      <cc:Work", '         rdf:about="">',
        "        <dc:title>Cartell Escola de Primavera 2024</dc:title>",
        "        <dc:creator>", "          <cc:Agent>", "            <dc:title>Marta Puig i Roca</dc:title>",
        "          </cc:Agent>", "        </dc:creator>", "        <dc:date>2024-02-12</dc:date>",
        "        <dc:language>ca</dc:language>", "      </cc:Work>", "    </rdf:RDF>"])
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- Created with Inkscape (http://www.inkscape.org/) -->\n\n'
            '<svg\n   width="210mm"\n   height="297mm"\n   viewBox="0 0 210 297"\n   version="1.1"\n   id="svg1"\n'
            '   inkscape:version="1.3.2 (091e20e, 2023-11-25, custom)"\n   sodipodi:docname="cartell-escola-primavera-2024.svg"\n'
            + NS + ">\n")
    return head + "\n".join([namedview, defs, meta, layer_bg, layer_tx]) + "\n</svg>\n"


if __name__ == "__main__":
    TEXT = build()
    check_no_distractor(TEXT, "236")
    low = " ".join(TEXT.split()).lower()
    for e in CAT.values():
        if e["title"] and len(e["title"]) > 12 and " ".join(e["title"].split()).lower() in low:
            raise SystemExit(f"236: catalogue title {e['title']!r}")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
