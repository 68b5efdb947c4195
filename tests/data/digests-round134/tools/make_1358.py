#!/usr/bin/env python3
"""1358: an awesome-list README in Marathi whose list is generated from a YAML data file by a small Node script with a
Handlebars template (`README.hbs`). What Handlebars does to the values is kept: `{{…}}` HTML-escapes them, so `=` in
the URLs of the data file comes out as `&#x3D;` (an OpenReview `forum?id&#x3D;…`, a query string), `'` as `&#x27;` and
`&` as `&amp;` — GitHub's Markdown decodes the entities again, so the rendered links work. Section headings carry a
helper's item count, the contents list GitHub's anchors, the footer the total and the build date. Papers: arXiv abs /
pdf links, an OpenReview forum and an OpenReview pdf link, an `arXiv:` id in a note, three titles alone (one with only
a code link); libraries (xformers, flash-attention, FlashInfer), a blog post and a talk are not papers."""
import html, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1358, keys


def hb(s):
    """Handlebars' escapeExpression"""
    return "".join({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;"}.get(c, c) for c in s)


SECTIONS = [  # (heading, [items]); item = (title, authors, venue, [(label, url)], note)
    ("रेषीय आणि कर्नल अटेन्शन", [
        (T("2103.02143"), "Hao Peng et al.", "ICLR 2021", [("OpenReview", f"https://openreview.net/forum?id={OR('2103.02143')}")],
         "random features वापरून softmax अटेन्शनचा अंदाज; gate मुळे recency bias."),
        (T("2009.14794"), "Krzysztof Choromanski et al.", "ICLR 2021",
         [("PDF", f"https://openreview.net/pdf?id={OR('2009.14794')}"), ("कोड", "https://github.com/lucidrains/performer-pytorch")],
         "FAVOR+ यंत्रणा; रेषीय वेळ आणि स्मृती."),
        (T("2005.00743"), "Yi Tay et al.", "ICML 2021", [],
         "dot-product खरंच आवश्यक आहे का? यादृच्छिक (random) synthetic अटेन्शनसुद्धा चांगले चालते."),
    ]),
    ("हार्डवेअर-जाणीव अटेन्शन", [
        (T("2307.08691"), "Tri Dao", "ICLR 2024", [("arXiv", "https://arxiv.org/abs/2307.08691"), ("कोड", "https://github.com/Dao-AILab/flash-attention")],
         "Tri Dao's दुसरी आवृत्ती: warps मधील कामाची चांगली विभागणी, A100 वर सुमारे 2 पट वेग."),
        (T("2004.11886"), "Zhanghao Wu et al.", "ICLR 2020", [("कोड", "https://github.com/mit-han-lab/lite-transformer")],
         "मोबाइल उपकरणांसाठी: एक शाखा स्थानिक (convolution), दुसरी दूरचे संबंध (attention)."),
    ]),
    ("अटेन्शनच्या पलीकडे", [
        (T("2307.08621"), "Yutao Sun et al.", "preprint 2023", [("PDF", "https://arxiv.org/pdf/2307.08621.pdf"), ("कोड", "https://github.com/microsoft/torchscale")],
         "retention = समांतर प्रशिक्षण + recurrent inference."),
        (T("2302.10866"), "Michael Poli et al.", "ICML 2023", [("कोड", "https://github.com/HazyResearch/safari")],
         "arXiv:2302.10866 — long convolutions आणि gating; अटेन्शनशिवाय भाषा मॉडेल."),
    ]),
    ("दीर्घ संदर्भाचे मूल्यमापन", [
        (T("2307.03172"), "Nelson F. Liu et al.", "TACL 2024", [],
         "माहिती संदर्भाच्या मध्यभागी असेल तर अचूकता घसरते — 'U' आकाराचा आलेख."),
    ]),
]
LIBS = [("xformers", "https://github.com/facebookresearch/xformers", "memory-efficient attention चे kernels"),
        ("flash-attention", "https://github.com/Dao-AILab/flash-attention", "FlashAttention चे अधिकृत CUDA kernels"),
        ("FlashInfer", "https://github.com/flashinfer-ai/flashinfer", "LLM serving साठी attention kernels")]
READ = [("The Transformer Family Version 2.0 (Lilian Weng यांचा ब्लॉग)", "https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/"),
        ("Stanford MLSys Seminar: FlashAttention (व्हिडिओ)", "https://www.youtube.com/watch?v=Qw4kZb2uYn0&t=120")]
DATE = "2024-03-18"


def anchor(h):
    """GitHub's rule as remembered: lower case, letters / marks / digits / - / _ kept, spaces to -, the rest dropped"""
    a = "".join(c for c in h.lower() if unicodedata.category(c)[0] in "LMN" or c in "-_ ")
    return "#" + a.replace(" ", "-")


n_items = sum(len(items) for _, items in SECTIONS)
out = ["# Awesome कार्यक्षम अटेन्शन [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "> दीर्घ संदर्भ (long context) आणि कार्यक्षम अटेन्शनवरील निवडक शोधनिबंध, कोड आणि साधनांची मराठी यादी.",
       "> पुणे ML वाचन मंडळासाठी तयार केलेली.", "",
       "<!-- DO NOT EDIT: generated from data/papers.yml by scripts/build-readme.js (handlebars 4.7.8). -->",
       "<!-- यादी बदलायची असेल तर data/papers.yml बदला आणि `npm run readme` चालवा. -->", "",
       "## अनुक्रमणिका", ""]
heads = [h for h, _ in SECTIONS] + ["लायब्ररी आणि साधने", "अधिक वाचन", "योगदान", "परवाना"]
out += [f"- [{h}]({anchor(h)})" for h in heads] + [""]
for h, items in SECTIONS:
    out += [f"## {h}", "", f"_{len(items)} {'नोंद' if len(items) == 1 else 'नोंदी'}_", ""]
    for title, au, venue, links, note in items:
        line = f"- **{hb(title)}** — {hb(au)} · {hb(venue)}"
        for lab, url in links:
            line += f" · [{hb(lab)}]({hb(url)})"
        out.append(line)
        if note: out.append(f"  <br>{hb(note)}")
    out.append("")
out += ["## लायब्ररी आणि साधने", ""] + [f"- [{hb(n)}]({hb(u)}) — {hb(d)}" for n, u, d in LIBS] + [""]
out += ["## अधिक वाचन", ""] + [f"- [{hb(n)}]({hb(u)})" for n, u in READ] + [""]
out += ["## योगदान", "",
        "नवीन शोधनिबंध सुचवायचा असेल तर `data/papers.yml` मध्ये नोंद जोडून pull request उघडा. कृपया शीर्षक मूळ इंग्रजीतच ठेवा",
        "आणि arXiv किंवा OpenReview दुवा द्या. README थेट संपादित करू नका — CI ते पुन्हा तयार करते.", "",
        "## परवाना", "", "[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)", "",
        f"<sub>एकूण {n_items} शोधनिबंध · शेवटचे अद्यतन {DATE} · `scripts/build-readme.js`</sub>", ""]
text = "\n".join(out)
write_only(F1358, text, keys(F1358), forms=[html.unescape(text)])
