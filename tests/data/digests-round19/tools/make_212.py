#!/usr/bin/env python3
"""Builds digests/212_google_takeout_chrome_browser_history_long_context.json: the `Chrome/BrowserHistory.json` of a
Google Takeout archive — four days of a PhD student's synced Chrome history while reading about long-context models
and state-space models. Layout: {"Browser History": [...]} pretty-printed with four spaces (UTF-8 kept, final
newline), newest visit first; each visit has favicon_url (absent when Chrome had none), page_transition (LINK, TYPED,
AUTO_BOOKMARK, FORM_SUBMIT, RELOAD, GENERATED), title (the page's <title>, empty for some PDFs), ptoken {}, url,
client_id (base64 of 16 bytes, one per synced device) and time_usec (microseconds since the epoch).

Evidence: arXiv abs pages titled "[id] title" (Mamba, position interpolation, linear-attention RNNs), their pdfs and Mamba's
arXiv HTML page,
OpenReview forum pages titled "title | OpenReview" (S4, Performer), an alphaXiv page (Longformer) (link); a Google
search for "2006.04768" followed by Semantic Scholar's /arxiv/2006.04768 redirect to Linformer's page
(arxiv-text); a NeurIPS proceedings page (HiPPO, Big Bird), a Semantic Scholar page (Hyena), a Google search for
RetNet's exact title, a Papers with Code paper page (LRA), an ACL Anthology page (Transformer-XL) (title-only). Non-
papers: GitHub repositories (s4, mamba, torchscale, flash-linear-attention), The Annotated S4 (blog), a YouTube talk
whose title is S4's title, a Papers with Code leaderboard, Reddit and Stack Overflow threads, Gmail, a weather page,
JupyterLab, a university library proxy. S4, S5, H3, Mamba, RetNet, LRA, Performer, Linformer are nicknames. The
person, devices, ids and times are invented."""
import base64, hashlib, json, os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "212_google_takeout_chrome_browser_history_long_context.json")
LAPTOP = base64.b64encode(hashlib.md5(b"laptop-ana").digest()).decode()
PHONE = base64.b64encode(hashlib.md5(b"phone-ana").digest()).decode()

FAV = {
    "google": "https://www.google.com/favicon.ico", "arxiv": "https://arxiv.org/favicon.ico",
    "openreview": "https://openreview.net/favicon.ico", "github": "https://github.githubassets.com/favicons/favicon.svg",
    "youtube": "https://www.youtube.com/s/desktop/5d5de6d9/img/favicon_32x32.png", "neurips": "https://proceedings.neurips.cc/static/images/favicon.ico",
    "s2": "https://www.semanticscholar.org/img/favicon.png", "pwc": "https://paperswithcode.com/static/fonts/favicon.ico",
    "acl": "https://aclanthology.org/aclicon.ico", "alphaxiv": "https://www.alphaxiv.org/favicon.ico", "reddit": "https://www.redditstatic.com/shreddit/assets/favicon/64x64.png",
    "so": "https://cdn.sstatic.net/Sites/stackoverflow/Img/favicon.ico", "gmail": "https://ssl.gstatic.com/ui/v1/icons/mail/rfr/gmail.ico",
    "ipma": "https://www.ipma.pt/favicon.ico", "srush": None, "jupyter": None, "lib": "https://www.b-on.pt/favicon.ico",
}

V = []


def visit(when, trans, title, url, fav=None, dev=LAPTOP):
    t = datetime.strptime(when, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=timezone.utc)
    us = int(t.timestamp()) * 1_000_000 + t.microsecond
    e = {}
    if fav and FAV.get(fav): e["favicon_url"] = FAV[fav]
    e.update({"page_transition": trans, "title": title, "ptoken": {}, "url": url, "client_id": dev, "time_usec": us})
    V.append(e)


def g(q, extra=""):
    from urllib.parse import quote_plus
    return f"https://www.google.com/search?q={quote_plus(q)}&oq={quote_plus(q[:12])}{extra}&sourceid=chrome&ie=UTF-8"


# Monday
visit("2024-03-18 20:41:07.512339", "TYPED", "s4 structured state spaces - Google Search", g("s4 structured state spaces", "&gs_lcrp=EgZjaHJvbWUyBggAEEUYOTIHCAEQABiABDIHCAIQABiABNIBCDQzMjFqMGo3qAIAsAIA"), "google")
visit("2024-03-18 20:41:15.208771", "LINK", "Efficiently Modeling Long Sequences with Structured State Spaces | OpenReview", "https://openreview.net/forum?id=uYLFoz1vlAC", "openreview")
visit("2024-03-18 20:43:52.990014", "LINK", "", "https://openreview.net/pdf?id=uYLFoz1vlAC", "openreview")
visit("2024-03-18 21:30:27.045102", "LINK", "Efficiently Modeling Long Sequences with Structured State Spaces - Albert Gu | Stanford MLSys #46 - YouTube",
      "https://www.youtube.com/watch?v=EvQ3ncuriCM", "youtube")
visit("2024-03-18 22:18:44.617230", "LINK", "HiPPO: Recurrent Memory with Optimal Polynomial Projections",
      "https://proceedings.neurips.cc/paper/2020/hash/102f0bb6efb3a6128a3c750dd16729be-Abstract.html", "neurips")
visit("2024-03-18 22:26:03.331876", "LINK", "GitHub - state-spaces/s4: Structured state space sequence models", "https://github.com/state-spaces/s4", "github")
visit("2024-03-18 22:31:40.002415", "LINK", "The Annotated S4", "https://srush.github.io/annotated-s4/", "srush")
visit("2024-03-18 23:02:19.774410", "TYPED", "Inbox (3) - ana.figueira.phd@gmail.com - Gmail", "https://mail.google.com/mail/u/0/#inbox", "gmail")
# Tuesday
visit("2024-03-19 07:48:51.100902", "AUTO_BOOKMARK", "Lisboa - Previsão do tempo | IPMA", "https://www.ipma.pt/pt/otempo/prev.localidade.hora/#Lisboa&Lisboa", "ipma", dev=PHONE)
visit("2024-03-19 08:12:33.560871", "LINK", "[2312.00752] Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "https://arxiv.org/abs/2312.00752", "arxiv", dev=PHONE)
visit("2024-03-19 10:05:12.908233", "TYPED", "mamba selective scan github - Google Search", g("mamba selective scan github"), "google")
visit("2024-03-19 10:05:20.441867", "LINK", "GitHub - state-spaces/mamba: Mamba SSM architecture", "https://github.com/state-spaces/mamba", "github")
visit("2024-03-19 10:22:09.817731", "LINK", "2312.00752.pdf", "https://arxiv.org/pdf/2312.00752.pdf", "arxiv")
visit("2024-03-19 10:40:51.226094", "LINK", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "https://arxiv.org/html/2312.00752v1", "arxiv")
visit("2024-03-19 14:40:58.003194", "TYPED", "hyena hierarchy - Google Search", g("hyena hierarchy"), "google")
visit("2024-03-19 14:41:06.725510", "LINK", "[PDF] Hyena Hierarchy: Towards Larger Convolutional Language Models | Semantic Scholar",
      "https://www.semanticscholar.org/paper/Hyena-Hierarchy%3A-Towards-Larger-Convolutional-Poli-Massaroli/998ac3e945857cf2676ee7efdbaf443a0c6f820a", "s2")
visit("2024-03-19 15:17:44.190036", "LINK", "python - How to do a causal FFT convolution in PyTorch without wrap-around? - Stack Overflow",
      "https://stackoverflow.com/questions/77043127/how-to-do-a-causal-fft-convolution-in-pytorch-without-wrap-around", "so")
visit("2024-03-19 16:55:30.402281", "TYPED", "Retentive Network: A Successor to Transformer for Large Language Models - Google Search",
      g("Retentive Network: A Successor to Transformer for Large Language Models"), "google")
visit("2024-03-19 16:55:41.870099", "LINK", "GitHub - microsoft/torchscale: Foundation Architecture for (M)LLMs", "https://github.com/microsoft/torchscale", "github")
visit("2024-03-19 21:03:15.629904", "LINK", "r/MachineLearning - [D] Are state space models actually better than transformers for long context?",
      "https://www.reddit.com/r/MachineLearning/comments/1bhx0q2/d_are_state_space_models_actually_better_than/", "reddit", dev=PHONE)
# Wednesday
visit("2024-03-20 09:14:27.338120", "LINK", "[2006.16236] Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention",
      "https://arxiv.org/abs/2006.16236", "arxiv")
visit("2024-03-20 09:40:05.116543", "LINK", "GitHub - sustcsonglin/flash-linear-attention: Efficient implementations of state-of-the-art linear attention models",
      "https://github.com/sustcsonglin/flash-linear-attention", "github")
visit("2024-03-20 10:02:48.744091", "LINK", "Rethinking Attention with Performers | OpenReview", "https://openreview.net/forum?id=Ua6zuk0WRH", "openreview")
visit("2024-03-20 10:31:12.550670", "LINK", "Papers with Code - Long Range Arena: A Benchmark for Efficient Transformers",
      "https://paperswithcode.com/paper/long-range-arena-a-benchmark-for-efficient", "pwc")
visit("2024-03-20 10:33:40.021958", "LINK", "Papers with Code - LRA Benchmark (Long-range modeling)", "https://paperswithcode.com/sota/long-range-modeling-on-lra", "pwc")
visit("2024-03-20 11:20:16.987402", "TYPED", "JupyterLab", "http://localhost:8888/lab/tree/lra/listops_s4d.ipynb", "jupyter")
visit("2024-03-20 13:47:59.210334", "TYPED", "2006.04768 - Google Search", g("2006.04768"), "google")
visit("2024-03-20 13:48:03.660817", "LINK", "[PDF] Linformer: Self-Attention with Linear Complexity | Semantic Scholar",
      "https://www.semanticscholar.org/arxiv/2006.04768", "s2")
visit("2024-03-20 14:25:36.441129", "LINK", "Longformer: The Long-Document Transformer | alphaXiv", "https://www.alphaxiv.org/abs/2004.05150", "alphaxiv")
# Thursday
visit("2024-03-21 09:02:11.004518", "FORM_SUBMIT", "b-on: Biblioteca do Conhecimento Online - Login", "https://www.b-on.pt/login/?next=%2Fpesquisa%2F", "lib")
visit("2024-03-21 09:30:44.832006", "LINK", "Big Bird: Transformers for Longer Sequences",
      "https://proceedings.neurips.cc/paper/2020/hash/c8512d142a2d849725f31a9a7a361ab9-Abstract.html", "neurips")
visit("2024-03-21 09:52:20.115873", "LINK", "Transformer-XL: Attentive Language Models beyond a Fixed-Length Context - ACL Anthology",
      "https://aclanthology.org/P19-1285/", "acl")
visit("2024-03-21 11:16:09.771002", "LINK", "[2306.15595] Extending Context Window of Large Language Models via Positional Interpolation",
      "https://arxiv.org/abs/2306.15595", "arxiv")
visit("2024-03-21 11:16:58.205519", "LINK", "2306.15595v2.pdf", "https://arxiv.org/pdf/2306.15595v2", "arxiv")
visit("2024-03-21 11:45:30.660742", "RELOAD", "[2306.15595] Extending Context Window of Large Language Models via Positional Interpolation",
      "https://arxiv.org/abs/2306.15595", "arxiv")
visit("2024-03-21 12:03:07.319286", "GENERATED", "long context extrapolation rope scaling - Google Search", g("long context extrapolation rope scaling"), "google")

V.sort(key=lambda e: e["time_usec"], reverse=True)
out = json.dumps({"Browser History": V}, ensure_ascii=False, indent=4) + "\n"
check_no_distractor(out, "212")
open(OUT, "w", encoding="utf-8", newline="").write(out)
print(OUT, len(out), len(V))
