#!/usr/bin/env python3
"""1832: a Finnish seminar's reading order for diffusion models as a GML file written by networkx's write_gml
(`lukujarjestys.gml`): `graph [`, `directed 1`, the graph attributes, then `node [` blocks (`id`, `label` = the
node's name, then its attributes in insertion order) and `edge [` blocks (`source`, `target`, attributes), two-space
indent per level; strings in double quotes with networkx's escaping (every character outside printable ASCII, `"`
and `&` as decimal character references, so the Finnish text reads `&#228;` etc.). Nodes are papers (title as
label; `url` for links, one OpenReview; `arxiv` holding one id as text; `pdf` naming a file in the shared folder for
the title-only ones) and three non-papers (a blog post, a repository, a docs page); edges say what to read first.
Ends with a final newline."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1832)
GRAPH = [("name", "Diffuusiomallit: lukujärjestys (lukupiiri, kevät 2024)"), ("luotu", "2024-03-04"),
         ("tekija", "Aino Virtanen")]
# name, attrs (ordered)
NODES = [
 ("Mit\u00e4 diffuusiomallit ovat? (Lilian Wengin blogi)", [("tyyppi", "blogi"), ("url", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"), ("huom", "taustaksi ennen ensimmäistä kertaa")]),
 (T("2006.11239"), [("tyyppi", "artikkeli"), ("vuosi", 2020), ("url", "https://arxiv.org/abs/2006.11239"), ("lukija", "Aino"), ("huom", "DDPM, kaikki lukevat")]),
 (T("2011.13456"), [("tyyppi", "artikkeli"), ("vuosi", 2021), ("url", f"https://openreview.net/forum?id={OR('2011.13456')}"), ("lukija", "Eero"), ("huom", "ICLR 2021 & SDE-näkökulma")]),
 (T("2303.01469"), [("tyyppi", "artikkeli"), ("vuosi", 2023), ("arxiv", "2303.01469"), ("lukija", "Eero"), ("huom", "yhden askeleen näytteenotto")]),
 (T("2307.01952"), [("tyyppi", "artikkeli"), ("vuosi", 2023), ("url", "https://arxiv.org/abs/2307.01952"), ("lukija", "Sanni"), ("huom", "\"Stable Diffusion\" -sarjan jatko")]),
 (T("2302.05543"), [("tyyppi", "artikkeli"), ("vuosi", 2023), ("url", "https://arxiv.org/pdf/2302.05543"), ("lukija", "Sanni"), ("huom", "ControlNet")]),
 (T("2208.01618"), [("tyyppi", "artikkeli"), ("vuosi", 2022), ("pdf", "jaettu/textual-inversion.pdf"), ("lukija", "Ville"), ("huom", "ICLR 2023")]),
 (T("2208.12242"), [("tyyppi", "artikkeli"), ("vuosi", 2022), ("pdf", "jaettu/dreambooth.pdf"), ("lukija", "Ville"), ("huom", "CVPR 2023; vertaa edelliseen")]),
 (T("2009.09761"), [("tyyppi", "artikkeli"), ("vuosi", 2020), ("pdf", "jaettu/diffwave.pdf"), ("lukija", "Aino"), ("huom", "ääni, ICLR 2021")]),
 ("huggingface/diffusers", [("tyyppi", "repo"), ("url", "https://github.com/huggingface/diffusers"), ("huom", "harjoitusten koodi")]),
 ("PyTorch-dokumentaatio: torch.distributions", [("tyyppi", "dokumentaatio"), ("url", "https://pytorch.org/docs/stable/distributions.html"), ("huom", "kohinan näytteenotto")]),
]
EDGES = [(0, 1, "tausta"), (1, 2, "lue ensin"), (2, 3, "lue ensin"), (1, 4, "lue ensin"), (4, 5, "lue ensin"),
         (1, 6, "lue ensin"), (6, 7, "lue ensin"), (1, 8, "lue ensin"), (9, 5, "koodi"), (10, 1, "tausta")]


def escape(text):
    return re.sub('[^ -~]|[&"]', lambda m: "&#" + str(ord(m.group(0))) + ";", text)


def val(v):
    return str(v) if isinstance(v, int) else '"' + escape(v) + '"'


def build():
    L = ["graph [", "  directed 1"]
    L += [f"  {k} {val(v)}" for k, v in GRAPH]
    for i, (name, attrs) in enumerate(NODES):
        L += ["  node [", f"    id {i}", f"    label {val(name)}"]
        L += [f"    {k} {val(v)}" for k, v in attrs]
        L.append("  ]")
    for s, t, r in EDGES:
        L += ["  edge [", f"    source {s}", f"    target {t}", f"    suhde {val(r)}", "  ]"]
    L.append("]")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    import html
    txt = build()
    write_only(F, txt, keys(F), forms=[html.unescape(txt)])
