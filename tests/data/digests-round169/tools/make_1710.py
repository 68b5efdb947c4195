#!/usr/bin/env python3
"""1710: a Finnish doctoral student's NetSurf hotlist (Choices:Hotlist / ~/.netsurf/Hotlist), the browser's own
bookmark file: an HTML 4.01 page titled "NetSurf Hotlist" holding nested <ul> lists, folders as <li><h4>name</h4>
followed by their <ul>, entries as <li><a href="…">title</a></li>; the titles are the pages' titles as NetSurf
stored them (arXiv's "[id] title", a renamed entry here and there), ampersands written &amp;. The tree is modelled
and serialised by one recursive function."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1710)
TREE = [
    ("NetSurf", [("https://www.netsurf-browser.org/", "NetSurf web browser"),
                 ("https://www.netsurf-browser.org/documentation/", "NetSurf Documentation")]),
    ("Yliopisto", [("https://intra.example.fi/tyotila/vaitoskirja", "Väitöskirjatyön työtila – Intra"),
                   ("https://moodle.example.fi/course/view.php?id=4127&section=3", "Kurssi: Syväoppimisen seminaari (kevät 2024)"),
                   ("https://varaus.example.fi/gpu?ryhma=nlp&viikko=11", "GPU-varaukset – viikko 11")]),
    ("Tutkimus", [
        ("Näkö ja kieli", [
            ("https://arxiv.org/abs/2204.14198", f"[2204.14198] {T('2204.14198')}"),
            ("https://arxiv.org/pdf/2103.00020v1", f"{T('2103.00020')} (PDF, v1)"),
            ("https://arxiv.org/abs/2303.15343", f"[2303.15343] {T('2303.15343')}"),
            ("https://www.semanticscholar.org/arxiv/2304.08485", f"[PDF] {T('2304.08485')} | Semantic Scholar"),
            ("https://github.com/mlfoundations/open_clip", "GitHub - mlfoundations/open_clip: An open source implementation of CLIP."),
            ("https://huggingface.co/google/siglip-so400m-patch14-384", "google/siglip-so400m-patch14-384 · Hugging Face"),
        ]),
        ("Luettavat", [
            ("https://proceedings.mlr.press/v139/jia21b.html", T("2102.05918")),
            ("https://openaccess.thecvf.com/content/ICCV2023/html/Kirillov_Segment_Anything_ICCV_2023_paper.html",
             f"{T('2304.02643')} (ICCV 2023 Open Access)"),
            ("https://proceedings.neurips.cc/paper/2021/hash/01b7575c38dac42f3cfb7d500438b875-Abstract.html",
             T("2106.13884")),
            ("https://arxiv.org/abs/2106.10270v2", f"[2106.10270v2] {T('2106.10270')}"),
        ]),
        ("Työkalut", [("https://pytorch.org/docs/stable/index.html", "PyTorch documentation — PyTorch 2.2 documentation"),
                      ("https://wandb.ai/nlp-ryhma/vlm-pilotti", "vlm-pilotti Workspace – Weights & Biases")]),
    ]),
]


def ser(items, depth):
    out = ["<ul>"]
    for name, v in items:
        if isinstance(v, list):
            out.append(f"<li><h4>{html.escape(name, quote=False)}</h4>")
            out += ser(v, depth + 1)
            out[-1] += "</li>"
        else:
            out.append(f'<li><a href="{html.escape(name)}">{html.escape(v, quote=False)}</a></li>')
    out.append("</ul>")
    return out


def build():
    L = ['<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN"', '        "http://www.w3.org/TR/html4/strict.dtd">',
         "<html>", "<head>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         "<title>NetSurf Hotlist</title>", "</head>", "<body>"]
    L += ser(TREE, 0)
    L += ["</body>", "</html>"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    txt = build()
    write_only(F, txt, keys(F), forms=[html.unescape(txt)])
