#!/usr/bin/env python3
"""1568: a Greek student's shell session querying a self-hosted LibreY metasearch instance's JSON API (api.php?q=…&p=0&t=0)
with curl piped to jq: the first query pretty-printed, a second one through jq -r as title / url lines, Greek shell
comments. Every jq view is computed from the modelled results."""
import json, os, sys, urllib.parse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1568)
PS = "eleni@thessaly-gpu:~/diplomatiki$ "
API = "https://search.kentauros-lab.example.gr/api.php"
Q1 = "score based diffusion paper"
R1 = [
    {"title": T("2011.13456"), "url": "https://openreview.net/forum?id=" + OR("2011.13456"), "base_url": "https://openreview.net/",
     "description": "Published as a conference paper at ICLR 2021 (oral). Creating noise from data is easy; creating data from noise is generative modeling…"},
    {"title": "Generative Modeling by Estimating Gradients | Yang Song (blog)", "url": "https://yang-song.net/blog/2021/score/",
     "base_url": "https://yang-song.net/", "description": "Blog post. This blog post focuses on a promising new direction for generative modeling…"},
    {"title": "[2112.10752] " + T("2112.10752"), "url": "https://arxiv.org/abs/2112.10752", "base_url": "https://arxiv.org/",
     "description": "By decomposing the image formation process into a sequential application of denoising autoencoders…"},
    {"title": "GitHub - yang-song/score_sde_pytorch", "url": "https://github.com/yang-song/score_sde_pytorch", "base_url": "https://github.com/",
     "description": "PyTorch implementation for Score-Based Generative Modeling through SDEs (ICLR 2021, Oral)"},
    {"title": T("2307.01952") + " - Semantic Scholar", "url": "https://www.semanticscholar.org/paper/af9f365ed86614c800f082bd8eb14be76072ad16", "base_url": "https://www.semanticscholar.org/",
     "description": "arXiv:2307.01952 · We present SDXL, a latent diffusion model for text-to-image synthesis…"},
]
Q2 = "controlnet textual inversion instructpix2pix"
R2 = [
    {"title": "[2302.05543] " + T("2302.05543"), "url": "https://arxiv.org/pdf/2302.05543", "base_url": "https://arxiv.org/", "description": "PDF"},
    {"title": T("2211.09800") + " - CVPR 2023 Open Access", "url": "https://openaccess.thecvf.com/content/CVPR2023/html/Brooks_InstructPix2Pix_CVPR_2023_paper.html",
     "base_url": "https://openaccess.thecvf.com/", "description": "CVPR 2023 open access version, provided by the Computer Vision Foundation."},
    {"title": T("2208.01618") + " - Project page", "url": "https://textual-inversion.github.io/", "base_url": "https://textual-inversion.github.io/",
     "description": "Text-to-image models offer unprecedented freedom to guide creation through natural language…"},
    {"title": T("2308.04079") + " - Inria GraphDeco", "url": "https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/", "base_url": "https://repo-sam.inria.fr/",
     "description": "ACM Transactions on Graphics (SIGGRAPH 2023). Radiance Field methods have recently revolutionized novel-view synthesis…"},
    {"title": T("2010.02014") + " | Papers With Code", "url": "https://paperswithcode.com/paper/self-supervised-variational-auto-encoders",
     "base_url": "https://paperswithcode.com/", "description": "Papers With Code page; no code implementations yet."},
    {"title": "Diffusers — Hugging Face documentation", "url": "https://huggingface.co/docs/diffusers/index", "base_url": "https://huggingface.co/",
     "description": "Diffusers is the go-to library for state-of-the-art pretrained diffusion models…"},
]

def url(q):
    return API + "?q=" + urllib.parse.quote_plus(q) + "&p=0&t=0"


def build():
    L = [PS + "# η LibreY του εργαστηρίου, χωρίς διαφημίσεις — βιβλιογραφία για το κεφάλαιο 2 (διάχυση)",
         PS + f"curl -s '{url(Q1)}' | jq ."]
    L += json.dumps(R1, indent=2, ensure_ascii=False).split("\n")
    L += [PS + "# μόνο τίτλοι και σύνδεσμοι", PS + f"curl -s '{url(Q2)}' | jq -r '.[] | .title, .url, \"\"'"]
    for r in R2:
        L += [r["title"], r["url"], ""]
    L += [PS + f"curl -s '{url(Q2)}' | jq length", str(len(R2)), PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
