#!/usr/bin/env python3
"""Builds digests/135_dynalist_opml_phd_reading_tree.opml: Dynalist's "Export → OPML" of a PhD student's reading
tree. Every node is an <outline> with a `text` attribute (Dynalist Markdown: **bold**, [label](url), #tags,
!(date) stamps) and optionally `_note` (newlines as &#10;), `checkbox`, `complete`, `colorLabel`; attribute values
escaped once (&amp; &lt; &gt; &quot;) -- so a note that holds pasted HTML carries it as &lt;a href=&quot;…&quot;&gt;."""
import os
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "135_dynalist_opml_phd_reading_tree.opml")


def attr(v):
    return '"' + escape(v, {'"': "&quot;", "\n": "&#10;", "\t": "&#9;"}) + '"'


def node(text, note=None, children=(), complete=False, checkbox=False, color=None, collapsed=False):
    return dict(text=text, note=note, children=list(children), complete=complete, checkbox=checkbox, color=color,
                collapsed=collapsed)


def render(n, depth):
    pad = "  " * depth
    a = f"text={attr(n['text'])}"
    if n["note"]:
        a += f" _note={attr(n['note'])}"
    if n["checkbox"]:
        a += ' checkbox="true"'
    if n["complete"]:
        a += ' complete="true"'
    if n["color"]:
        a += f' colorLabel="{n["color"]}"'
    if not n["children"]:
        return f"{pad}<outline {a} />"
    inner = "\n".join(render(c, depth + 1) for c in n["children"])
    return f"{pad}<outline {a}>\n{inner}\n{pad}</outline>"


tree = [
    node("📌 How this tree works",
         "One node per paper. Checkbox = read. Colour 1 (red) = must cite in thesis ch. 2, colour 3 (green) = "
         "reading group. Notes: venue, link, 1–2 lines.\nMoved here from WorkFlowy in Sept 2023, some notes still "
         "have the old HTML in them, ignore.", collapsed=True),
    node("🧪 Learned simulators (thesis ch. 2)", children=[
        node("Learning Mesh-Based Simulation with Graph Networks",
             "MeshGraphNets · ICLR 2021 · https://arxiv.org/abs/2010.03409\ncloth + CFD on irregular meshes; "
             "adaptive remeshing is the part nobody reimplements", checkbox=True, complete=True, color="1"),
        node("**Fourier Neural Operator for Parametric Partial Differential Equations** #toread",
             "arXiv 2010.08895 — compare with DeepONet (Lu et al.) for the operator-learning paragraph",
             checkbox=True, color="1"),
        node("GraphCast? (weather) — only the blog post so far, paper is in Science", checkbox=True),
        node("Steve Brunton's 'Physics-informed ML' lecture series (YouTube) — watched 1–6", checkbox=True,
             complete=True),
    ]),
    node("🕸️ Graphs & reasoning", children=[
        node("Graphormer — Do Transformers Really Perform Bad for Graph Representation? #toread",
             "NeurIPS 2021. centrality + spatial + edge encodings. Won OGB-LSC.", checkbox=True),
        node("Complex Query Answering with Neural Link Predictors",
             "CQD · ICLR 2021 (outstanding paper). Continuous relaxation of FOL queries with t-norms over a "
             "pretrained link predictor. !(2024-01-18)", checkbox=True, complete=True, color="3"),
        node("PyTorch Geometric docs — heterogeneous graphs tutorial",
             "https://pytorch-geometric.readthedocs.io/en/latest/notes/heterogeneous.html", checkbox=True),
    ]),
    node("🎙️ Speech (side project with Lena)", children=[
        node("HuBERT",
             "<a href=\"https://arxiv.org/abs/2106.07447\">HuBERT: Self-Supervised Speech Representation Learning "
             "by Masked Prediction of Hidden Units</a><br>offline k-means targets, iterate twice. "
             "(Lena: read before wav2vec 2.0 comparisons)", checkbox=True, complete=True, color="3"),
        node("Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural "
             "Networks", "Graves et al., ICML 2006. Still the clearest derivation of the forward-backward "
             "recursion. torchaudio tutorial: https://pytorch.org/audio/stable/tutorials/ctc_forced_alignment_api_tutorial.html",
             checkbox=True, complete=True),
        node("LibriSpeech download + 960h manifest on the cluster", checkbox=True, complete=True),
    ]),
    node("🔭 Random interesting (not for thesis)", collapsed=True, children=[
        node("EigenGame: PCA as a Nash Equilibrium", "arXiv:2010.00554 — PCA as a game between eigenvectors, "
             "ICLR 2021 outstanding paper. Neat, probably useless for me.", checkbox=True, complete=True),
        node("[COTR: Correspondence Transformer for Matching Across Images](https://arxiv.org/pdf/2103.14167)",
             "ICCV 2021. Zoom-in recursive queries.", checkbox=True),
        node("Describing and Localizing Multiple Changes with Transformers",
             "change captioning; saw the poster at ICCV", checkbox=True),
        node("Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling", "CVPR 2021",
             checkbox=True),
        node("ConvNeXt", "A ConvNet for the 2020s — https://arxiv.org/abs/2201.03545v2\nfor the 'do we even need "
             "attention' argument with Jakob", checkbox=True, complete=True),
    ]),
    node("🛠️ Tools", children=[
        node("Dodrio: Exploring Transformer Models with Interactive Visualization",
             "ACL 2021 demo. Maybe useful for the attention figures in ch. 4? Try their notebook.", checkbox=True),
        node("Petar Veličković — 'Everything is connected: GNNs' talk (YouTube)", checkbox=True),
    ]),
    node("🗂️ Admin", collapsed=True, children=[
        node("Residence permit renewal — Ausländerbehörde appointment !(2024-04-09 08:30)", checkbox=True),
        node("TAC meeting slides", "template: https://docs.google.com/presentation/d/1tac-slides-template/edit",
             checkbox=True),
    ]),
]

expansion = []  # Dynalist writes the zoom/expansion state of the exported subtree in the head
counter = 0


def number(ns):
    global counter
    for n in ns:
        if n["children"] and not n["collapsed"]:
            expansion.append(str(counter))
        counter += 1
        number(n["children"])


number(tree)
body = "\n".join(render(n, 2) for n in tree)
doc = f"""<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head>
    <title>PhD reading tree</title>
    <dateCreated>Thu, 07 Sep 2023 14:22:05 GMT</dateCreated>
    <dateModified>Mon, 11 Mar 2024 19:47:31 GMT</dateModified>
    <ownerName>Ana Petrović</ownerName>
    <ownerEmail>ana.petrovic@phd.example.de</ownerEmail>
    <expansionState>{",".join(expansion)}</expansionState>
    <flavor>dynalist</flavor>
    <source>https://dynalist.io</source>
  </head>
  <body>
{body}
  </body>
</opml>
"""
open(OUT, "w", encoding="utf-8", newline="").write(doc)
print(OUT, len(doc))
