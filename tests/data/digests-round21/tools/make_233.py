#!/usr/bin/env python3
"""Builds digests/233_drawio_compressed_diagram_hungarian_ssl_family_tree.drawio: a diagrams.net (draw.io desktop
24.0.4) file of a Hungarian reading circle on self-supervised visual representation learning, saved compressed
(File → Properties → Compressed): `<mxfile host="Electron" modified=… agent=… etag=… version=… type="device" pages="2">` with
two `<diagram name=… id=…>` pages whose text is base64(deflateRaw(encodeURIComponent(mxGraphModel XML))), as
draw.io's Graph.compress writes it. Page "Családfa" (family tree): a title text cell, a swimlane container
"Kontrasztív módszerek" with children, rounded paper boxes (html=1 labels with <b>, <i>, <br>), `<UserObject>`
wrappers with `link` and `tooltip`, an `<object>` with custom properties (`arxiv`, `ev`, `placeholders="1"`), and
orthogonal edges with Hungarian labels. Page "Jegyzetek" (notes): one HTML text cell with a list, Hungarian „…”
quotes, an <a href> in the label. Labels are attribute values: HTML escaped once more (`&lt;br&gt;`), `&#xa;` for
newlines.

Evidence (every title and link only after decoding the pages): SimCLR's abs link, MoCo's pdf link, Barlow Twins'
abs v3 link as UserObject links (link); the multi-view paper's OpenReview forum as a UserObject link and C2D's
OpenReview pdf inside the notes' HTML (link, OpenReview); CPC's `arxiv` property and MAE's tooltip "arXiv 2111.06377"
(arxiv-text); BYOL's title broken by <br>, SimSiam, DINO, SupCon, hard negatives, DACL, Bi-tuning (title-only).
Non-papers: Lilian Weng's blog post, solo-learn and VISSL, a YouTube talk. Names, ids and the etag are invented."""
import base64, os, sys, zlib
from urllib.parse import quote
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "233_drawio_compressed_diagram_hungarian_ssl_family_tree.drawio")
VERSION = "24.0.4"
AGENT = (f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) draw.io/{VERSION} "
         "Chrome/120.0.6099.109 Electron/28.1.0 Safari/537.36")
BASE = "hU4m2QxKp7WvLc9zTb1d"   # the session prefix draw.io gives new cells


def esc(s):
    return (s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "&#xa;"))


def attrs(d):
    return "".join(f' {k}="{esc(str(v))}"' for k, v in d.items())


BOX = "rounded=1;whiteSpace=wrap;html=1;fillColor=#dae8fc;strokeColor=#6c8ebf;fontSize=12;"
BOX_Y = "rounded=1;whiteSpace=wrap;html=1;fillColor=#fff2cc;strokeColor=#d6b656;fontSize=12;"
BOX_G = "rounded=1;whiteSpace=wrap;html=1;fillColor=#d5e8d4;strokeColor=#82b366;fontSize=12;"
EDGE = "edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;jettySize=auto;html=1;"
LANE = "swimlane;whiteSpace=wrap;html=1;startSize=30;fillColor=#f5f5f5;strokeColor=#666666;fontColor=#333333;"
TEXT = "text;html=1;strokeColor=none;fillColor=none;align=left;verticalAlign=top;whiteSpace=wrap;rounded=0;"


def cell(cid, value, style, parent, geo, wrapper=None, edge=None):
    g = f'<mxGeometry{attrs(geo)} as="geometry" />' if edge is None else '<mxGeometry relative="1" as="geometry" />'
    kind = {"vertex": "1"} if edge is None else {"edge": "1"}
    src = {} if edge is None else {"source": edge[0], "target": edge[1]}
    if wrapper:
        tag, props = wrapper
        return (f'<{tag} label="{esc(value)}"{attrs(props)} id="{cid}"><mxCell style="{esc(style)}"{attrs(kind)}'
                f' parent="{parent}"{attrs(src)}>{g}</mxCell></{tag}>')
    return f'<mxCell id="{cid}" value="{esc(value)}" style="{esc(style)}"{attrs(kind)} parent="{parent}"{attrs(src)}>{g}</mxCell>'


def i(n):
    return f"{BASE}-{n}"


def geo(x, y, w, h):
    return {"x": x, "y": y, "width": w, "height": h}


LANE_ID = i(2)
PAGE1 = [
    cell(i(1), "<b><font style=\"font-size: 18px;\">Önfelügyelt vizuális reprezentációtanulás — családfa</font></b><br>olvasókör, 2024 tavasz · szerkesztette: Kovács Réka",
         TEXT, "1", geo(40, 20, 620, 50)),
    cell(LANE_ID, "Kontrasztív módszerek", LANE, "1", geo(40, 100, 700, 330)),
    cell(i(3), "CPC<br><i>Representation Learning with Contrastive Predictive Coding</i>", BOX_Y, LANE_ID, geo(20, 50, 200, 70),
         wrapper=("object", {"arxiv": "1807.03748", "ev": "2018", "placeholders": "1"})),
    cell(i(4), "<b>MoCo</b><br>Momentum Contrast for Unsupervised Visual Representation Learning", BOX, LANE_ID, geo(260, 50, 200, 70),
         wrapper=("UserObject", {"link": "https://arxiv.org/pdf/1911.05722.pdf", "tooltip": "He és mtsai, CVPR 2020 — sor (queue) + momentum kódoló"})),
    cell(i(5), "<b>SimCLR</b><br>A Simple Framework for Contrastive Learning of Visual Representations", BOX, LANE_ID, geo(480, 50, 200, 70),
         wrapper=("UserObject", {"link": "https://arxiv.org/abs/2002.05709", "tooltip": "Chen és mtsai, ICML 2020 — nagy batch, erős augmentáció"})),
    cell(i(6), "Supervised Contrastive Learning<br>(SupCon, NeurIPS 2020)", BOX, LANE_ID, geo(480, 150, 200, 60)),
    cell(i(7), "Contrastive Learning with Hard Negative Samples", BOX, LANE_ID, geo(260, 150, 200, 60)),
    cell(i(8), "Towards Domain-Agnostic Contrastive Learning<br><i>(DACL — mixup-alapú augmentáció)</i>", BOX, LANE_ID, geo(20, 150, 200, 60)),
    cell(i(9), "Self-supervised Learning from a Multi-view Perspective", BOX_Y, LANE_ID, geo(20, 240, 200, 60),
         wrapper=("UserObject", {"link": "https://openreview.net/forum?id=-bdp_8Itjwp", "tooltip": "elmélet: információelméleti keret, ICLR 2021"})),
    cell(i(10), "<b>BYOL</b><br>Bootstrap your own latent:<br>A new approach to self-supervised Learning", BOX_G, "1", geo(100, 480, 210, 80)),
    cell(i(11), "Exploring Simple Siamese Representation Learning<br>(SimSiam, CVPR 2021)", BOX_G, "1", geo(340, 480, 200, 80)),
    cell(i(12), "<b>Barlow Twins</b>: Self-Supervised Learning via Redundancy Reduction", BOX_G, "1", geo(570, 480, 200, 80),
         wrapper=("UserObject", {"link": "https://arxiv.org/abs/2103.03230v3", "tooltip": "keresztkorrelációs mátrix → egységmátrix"})),
    cell(i(13), "<b>DINO</b><br>Emerging Properties in Self-Supervised Vision Transformers", BOX_G, "1", geo(340, 610, 200, 70)),
    cell(i(14), "<b>MAE</b><br>Masked Autoencoders Are Scalable Vision Learners", "rounded=1;whiteSpace=wrap;html=1;fillColor=#f8cecc;strokeColor=#b85450;fontSize=12;",
         "1", geo(800, 610, 200, 70), wrapper=("UserObject", {"tooltip": "arXiv 2111.06377 — 75%-os maszkolás, csak a látható foltok mennek az enkóderbe"})),
    cell(i(15), "negatívok nélkül", EDGE, "1", None, edge=(i(5), i(10))),
    cell(i(16), "stop-gradient elég", EDGE, "1", None, edge=(i(10), i(11))),
    cell(i(17), "önlepárlás ViT-tel", EDGE, "1", None, edge=(i(10), i(13))),
    cell(i(18), "+ címkék", EDGE, "1", None, edge=(i(5), i(6))),
    cell(i(19), "", EDGE, "1", None, edge=(i(4), i(5))),
    cell(i(20), "InfoNCE", EDGE, "1", None, edge=(i(3), i(4))),
    cell(i(21), "redundancia-csökkentés", EDGE, "1", None, edge=(i(11), i(12))),
    cell(i(22), "Jelmagyarázat:<br>sárga = elmélet / előzmény<br>kék = kontrasztív<br>zöld = negatívok nélküli<br>piros = maszkolásos",
         TEXT + "fontSize=11;", "1", geo(800, 100, 180, 90)),
]

NOTES_HTML = ("<b>Jegyzetek a 6. alkalomhoz</b><br><ul>"
              "<li>A „Bootstrap your own latent” cikk kulcsa a prediktor fej; nélküle összeomlik a reprezentáció.</li>"
              "<li>Zajos címkékre: <a href=\"https://openreview.net/pdf?id=uB5x7Y2qsFR\">Contrast to Divide: Self-Supervised Pre-Training for Learning with Noisy Labels</a> (WACV 2022) — SimCLR-előtanítás, utána DivideMix.</li>"
              "<li>Finomhangolásra: „Bi-tuning of Pre-trained Representations” — kontrasztív veszteség a finomhangolás alatt is.</li>"
              "<li>Áttekintés: Lilian Weng blogbejegyzése, <a href=\"https://lilianweng.github.io/posts/2021-05-31-contrastive/\">Contrastive Representation Learning</a>.</li>"
              "<li>Kód: solo-learn (https://github.com/vturrisi/solo-learn) és a VISSL könyvtár; előadás: <a href=\"https://www.youtube.com/watch?v=7FK4tP2nSeY\">YouTube</a>.</li>"
              "</ul>Következő alkalom: április 11., 16:00, QBF 10 terem.")
PAGE2 = [cell(i(30), NOTES_HTML, TEXT, "1", geo(40, 40, 720, 260))]


def model(cells, dx, dy):
    return (f'<mxGraphModel dx="{dx}" dy="{dy}" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" '
            f'page="1" pageScale="1" pageWidth="1169" pageHeight="827" math="0" shadow="0"><root><mxCell id="0" />'
            f'<mxCell id="1" parent="0" />{"".join(cells)}</root></mxGraphModel>')


def compress(xml):
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = co.compress(quote(xml, safe="-_.!~*'()").encode("ascii")) + co.flush()
    return base64.b64encode(raw).decode("ascii")


PAGES = [("Családfa", "Zr8KqW1xYt5Lm3VnPc0a", model(PAGE1, 1434, 782)),
         ("Jegyzetek", "Ab4Xc7Ry2Tu9Ws6Qp1Le", model(PAGE2, 1016, 594))]


def build():
    out = [f'<mxfile host="Electron" modified="2024-03-11T09:14:52.311Z" agent="{AGENT}" etag="kY3mZ0pQv8TxWc2rBn5L" version="{VERSION}" type="device" pages="{len(PAGES)}">']
    for name, pid, xml in PAGES:
        out.append(f'  <diagram name="{esc(name)}" id="{pid}">{compress(xml)}</diagram>')
    out.append("</mxfile>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    TEXT_ = build()
    for _, _, xml in PAGES:
        check_no_distractor(xml, "233")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT_)
    print(OUT, len(TEXT_))
