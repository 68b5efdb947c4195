#!/usr/bin/env python3
"""Builds digests/171_freemind_mm_generative_models_map.mm: a FreeMind 1.0.1 mind map ("Generative models — PhD
quals map") as FreeMind saves it: <map version="1.0.1">, the "To view this file, download free mind mapping
software" comment, nested <node CREATED MODIFIED ID TEXT> (ms timestamps, ID_<number>), POSITION="right|left" on
the root's children, FOLDED, COLOR, LINK on nodes (arXiv abs/pdf, OpenReview, a project page, docs, a blog),
<edge>, <font>, <icon BUILTIN>, <attribute NAME VALUE>, <arrowlink> between nodes, <richcontent TYPE="NOTE"> and
<richcontent TYPE="NODE"> with FreeMind's indented HTML; attribute values with FreeMind's escaping: newlines as
&#xa;, non-ASCII as &#x..; references, quotes as &quot;, so titles are broken inside TEXT by &#xa;.

Evidence: LINK attributes (link), ids in node text or notes (arxiv-text), titles in TEXT / NODE / NOTE (title-only).
Non-papers: the diffusers docs, a blog post, a project page, a course, a GitHub repository. Nicknames: DDPM, EDM,
NeRF, DreamFusion, Imagen, "the SD paper" (the LDM title is given on its node). Everything but titles/ids invented."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "171_freemind_mm_generative_models_map.mm")

T0 = 1697180400000
_n = [0]


def attr(s):
    out = []
    for ch in s:
        if ch == "&": out.append("&amp;")
        elif ch == "<": out.append("&lt;")
        elif ch == ">": out.append("&gt;")
        elif ch == '"': out.append("&quot;")
        elif ch == "\n": out.append("&#xa;")
        elif ord(ch) > 127: out.append(f"&#x{ord(ch):x};")
        else: out.append(ch)
    return "".join(out)


def html_note(paras, kind="NOTE", ind=""):
    paras = ["".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in p) for p in paras]
    body = "".join(f"{ind}    <p>\n{ind}      {p}\n{ind}    </p>\n" for p in paras)
    return (f'{ind}<richcontent TYPE="{kind}"><html>\n{ind}  <head>\n{ind}    \n{ind}  </head>\n{ind}  <body>\n'
            f"{body}{ind}  </body>\n{ind}</html>\n{ind}</richcontent>\n")


def node(text=None, children=(), link=None, note=None, pos=None, folded=False, icon=None, attrs=(), color=None,
         bold=False, arrow=None, nid=None, html=None, edge=None, depth=0):
    _n[0] += 1
    k = _n[0]
    created = T0 + k * 7919137 % 900000000
    modified = created + (k * 104729) % 86400000
    nid = nid or f"ID_{(k * 2654435761) % 2000000000 + 100000000}"
    ind = ""
    a = [f'CREATED="{created}"']
    if color: a.append(f'COLOR="{color}"')
    if folded: a.append('FOLDED="true"')
    a.append(f'ID="{nid}"')
    if link: a.append(f'LINK="{attr(link)}"')
    a.append(f'MODIFIED="{modified}"')
    if pos: a.append(f'POSITION="{pos}"')
    if text is not None: a.append(f'TEXT="{attr(text)}"')
    inner = []
    if html: inner.append(html_note(html, "NODE"))
    if edge: inner.append(f'<edge COLOR="{edge}" STYLE="bezier" WIDTH="thin"/>\n')
    if bold: inner.append('<font BOLD="true" NAME="SansSerif" SIZE="12"/>\n')
    if arrow: inner.append(f'<arrowlink DESTINATION="{arrow}" ENDARROW="Default" ENDINCLINATION="96;0;" ID="Arrow_{nid}" STARTARROW="None" STARTINCLINATION="96;0;"/>\n')
    if icon: inner.append(f'<icon BUILTIN="{icon}"/>\n')
    for n_, v in attrs: inner.append(f'<attribute NAME="{attr(n_)}" VALUE="{attr(v)}"/>\n')
    if note: inner.append(html_note(note))
    for c in children: inner.append(c)
    if not inner:
        return f"<node {' '.join(a)}/>\n"
    return f"<node {' '.join(a)}>\n" + "".join(inner) + "</node>\n"


LDM_ID = "ID_1530482216"

diffusion = node("Diffusion / score models", pos="right", edge="#0033ff", bold=True, children=[
    node("DDPM → the one everyone starts from (no need to reread)", icon="button_ok"),
    node("Score-Based Generative Modeling through\nStochastic Differential Equations",
         link="https://openreview.net/forum?id=PxTIG12RRHS", attrs=[("venue", "ICLR 2021"), ("read", "yes")],
         note=["Song et al. VP/VE SDEs, probability-flow ODE, predictor–corrector sampler.",
               "Q for quals: why is the PF-ODE deterministic but has the same marginals?"]),
    node("LSGM", note=["Score-based Generative Modeling in Latent Space (Vahdat, Kreis, Kautz), NeurIPS 2021 &#8212; arXiv 2106.05931",
                       "VAE encoder + score model in latent space, trained end to end."]),
    node("High-Resolution Image Synthesis with Latent Diffusion Models", link="https://arxiv.org/abs/2112.10752",
         nid=LDM_ID, attrs=[("venue", "CVPR 2022")], children=[
        node("SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis",
             note=["bigger UNet, two text encoders, size/crop conditioning, refiner model"]),
        node("diffusers docs: Stable Diffusion pipelines",
             link="https://huggingface.co/docs/diffusers/api/pipelines/stable_diffusion/overview"),
    ]),
    node("Guidance", children=[
        node("Classifier-Free Diffusion Guidance", attrs=[("venue", "NeurIPS 2021 workshop")]),
        node("classifier guidance: see the ADM paper (not on the list)", color="#999999"),
    ]),
    node("Fast sampling", children=[
        node("Consistency Models", link="https://arxiv.org/pdf/2303.01469.pdf", icon="idea",
             note=["one-step generation by mapping any point on the PF-ODE trajectory to its origin;",
                   "distillation (CD) vs training from scratch (CT)."]),
        node("EDM (Karras) &#8212; design space paper, nickname only for now"),
    ]),
    node("Audio", children=[
        node("DiffWave: A Versatile Diffusion Model\nfor Audio Synthesis", attrs=[("venue", "ICLR 2021")]),
    ]),
    node("Blog: What are Diffusion Models? (Lil’Log)",
         link="https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", color="#999999"),
])

threed = node("3D / view synthesis", pos="left", edge="#00b439", bold=True, folded=False, children=[
    node("NeRF background &#8212; covered in CV course, skip"),
    node("3D Gaussian Splatting for Real-Time Radiance Field Rendering", link="https://arxiv.org/abs/2308.04079",
         attrs=[("venue", "SIGGRAPH 2023")], children=[
        node("project page + viewer", link="https://gsplat-viewer.example.net/"),
    ]),
    node(None, arrow=LDM_ID, html=["Zero-1-to-3: Zero-shot One Image to 3D Object (arXiv 2303.11328)",
                                    "fine-tunes SD on relative camera pose &#8594; novel views from one image"]),
    node("DreamFusion (SDS loss) &#8212; nickname, find the title"),
    node("Correspondences", children=[
        node("COTR: Correspondence Transformer for Matching Across Images", attrs=[("venue", "ICCV 2021")]),
    ]),
    node("Humans", children=[
        node("Few-Shot Human Motion Transfer by Personalized\nGeometry and Texture Modeling", attrs=[("venue", "CVPR 2021")]),
    ]),
])

classics = node("Before diffusion", pos="left", edge="#990000", bold=True, folded=True, children=[
    node("A Fast Learning Algorithm for Deep Belief Nets", attrs=[("venue", "Neural Computation 2006")],
         note=["Hinton, Osindero, Teh. Greedy layer-wise RBM pretraining. Historical, for the intro of the quals essay."]),
    node("VAEs, GANs, flows: Stanford CS236 lecture notes", link="https://deepgenerativemodels.example.io/notes/"),
    node("Imagen &#8212; no need"),
])

admin = node("Admin", pos="right", edge="#ff6600", children=[
    node("quals date: 14 March, room 2.031", icon="clanbomber"),
    node("code for experiments", link="https://github.com/jwozniak/genmodels-quals"),
])

root = node("Generative models &#8212; quals map", nid="ID_1723255651", children=[diffusion, threed, classics, admin])

doc = ('<map version="1.0.1">\n<!-- To view this file, download free mind mapping software FreeMind from '
       'http://freemind.sourceforge.net -->\n' + root + "</map>\n")
# attr() escaped the "&" of the pre-encoded references above; restore them
doc = doc.replace("&amp;#8212;", "&#x2014;").replace("&amp;#8594;", "&#x2192;")
with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    fh.write(doc)
