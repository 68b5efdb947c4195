#!/usr/bin/env python3
"""Builds digests/168_epub_newsletter_issues_41_44_llm_systems.epub: a newsletter author's "back issues" e-book,
four issues of a weekly note on LLM systems, written in Markdown and converted with `pandoc -t epub3` (pandoc 3.1):
the zip with `mimetype` stored first, META-INF/container.xml and com.apple.ibooks.display-options.xml, EPUB/content.opf
(package 3.0, dc:identifier urn:uuid, dc:title, dc:date, dc:creator refined as aut, dcterms:modified, manifest,
spine with toc="ncx", guide), EPUB/toc.ncx, EPUB/nav.xhtml (epub:type toc and landmarks), EPUB/styles/stylesheet1.css,
EPUB/text/title_page.xhtml and one EPUB/text/ch00N.xhtml per issue; XHTML5 with the XML declaration, pandoc's
<section id class="level1">/<h1>, paragraphs wrapped at 72 columns (so titles break over lines), <a href>s, <em>,
<blockquote>, <ul>, footnotes as <aside epub:type="footnote">, curly quotes as characters.

Papers by abs/pdf/hf-papers/OpenReview link, by "arXiv:ID" text and by title only; non-papers: a blog post, the
vLLM and bitsandbytes repositories, the DeepSpeed docs, a podcast, a job ad, a conference talk. Nicknames:
Chinchilla (its title is given once, in issue 41), "the FlashAttention paper" (the first one, not labelled here),
Medusa, "the Llama 2 report", "the SmoothQuant paper". Everything except titles and ids is invented."""
import os, re, zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "168_epub_newsletter_issues_41_44_llm_systems.epub")
DT = (2024, 1, 6, 11, 42, 18)
UUID = "urn:uuid:6d1f0c4e-93a8-4c52-b0de-2f7a1e8c5b90"
TITLE = "Tokens & Tensors: Issues 41–44"
AUTHOR = "Ines Varga"
LANG = "en-GB"

ISSUES = [
 ("issue-41-the-compute-optimal-hangover", "Issue 41 — The compute-optimal hangover", [
  ("p", "Hello from a rainy Ljubljana. This week is about budgets: how many tokens, how many parameters, and how many GPUs you actually need."),
  ("h2", "Still arguing about Chinchilla"),
  ("p", "Two years on, people still quote the Chinchilla ratio as if it were a law of nature. Go back and reread <em>Training Compute-Optimal Large Language Models</em> (Hoffmann et al., 2022): the 20-tokens-per-parameter figure is a fit to their three approaches under their data, and it optimises training compute only. If you serve the model to millions of users, inference dominates, and over-training a smaller model is the rational choice. The Llama 2 report says as much, if you read between the lines."),
  ("p", "A reader, Tomás, asked for the memory side of the same question. The classic reference is still ZeRO: Memory Optimizations Toward Training Trillion Parameter Models; partitioning optimizer states, then gradients, then parameters is the whole idea, and the <a href=\"https://www.deepspeed.ai/tutorials/zero/\">DeepSpeed ZeRO tutorial</a> is a better place to start than the paper’s appendix."),
  ("p", "And for the people who asked why their fp16 loss went to NaN: the paper that made loss scaling standard is <a href=\"https://openreview.net/forum?id=r1gs9JgRZ\">Mixed Precision Training</a> (ICLR 2018). Keep an fp32 master copy of the weights. Always."),
  ("h2", "Links"),
  ("ul", ["<a href=\"https://gpupoor.fm/episodes/58-compute-budgets\">Podcast: three hours on compute budgets</a> (skip to 1:12:00)",
          "Job: the Ljubljana AI Lab is hiring an inference engineer, ref. LJ-2023-118"]),
 ]),
 ("issue-42-eight-bits-four-bits", "Issue 42 — Eight bits, four bits", [
  ("p", "Quantisation week. Three papers, one library, and a warning."),
  ("p", "<strong>LLM.int8()</strong>. The outlier-feature observation is the part that aged best: past about 6.7B parameters a handful of hidden dimensions carry huge magnitudes, and vector-wise int8 breaks. Paper: <a href=\"https://arxiv.org/abs/2208.07339\">LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale</a>. Code lives in <a href=\"https://github.com/TimDettmers/bitsandbytes\">bitsandbytes</a>."),
  ("p", "<strong>GPTQ</strong>. One-shot, layer-wise, second-order weight quantisation down to 3–4 bits: <a href=\"https://arxiv.org/pdf/2210.17323.pdf\">GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers</a>. The trick that made it fast is the lazy batch update of the inverse Hessian; the SmoothQuant paper is the activation-side counterpart."),
  ("p", "<strong>QLoRA: Efficient Finetuning of Quantized LLMs</strong> (arXiv:2305.14314) puts the two ideas together for fine-tuning: a frozen 4-bit NormalFloat base, double quantisation of the constants, paged optimizers, and LoRA adapters on top. Tim’s group fine-tuned a 65B model on one 48 GB card. The Hugging Face blog post “Making LLMs even more accessible with bitsandbytes, 4-bit quantization and QLoRA” is the practical companion."),
  ("blockquote", "The warning: perplexity is not your task. Measure the thing you ship."),
 ]),
 ("issue-43-serving-is-a-memory-problem", "Issue 43 — Serving is a memory problem", [
  ("p", "If you remember one thing from this issue: at batch size above one, decoding is bound by memory bandwidth and by KV-cache capacity, not by FLOPs."),
  ("p", "The vLLM team wrote it up properly in <a href=\"https://arxiv.org/abs/2309.06180\">Efficient Memory Management for Large Language Model Serving with PagedAttention</a>: allocate the KV cache in fixed-size blocks, like virtual memory pages, and share blocks across beams and sampled sequences. The <a href=\"https://github.com/vllm-project/vllm\">vLLM repository</a> is what most of you will use; pin the version, the scheduler changes every month."),
  ("p", "On the kernel side, FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning is worth reading even if you never write CUDA. Parallelise over the sequence dimension, cut the non-matmul FLOPs, and split work between warps so they stop talking through shared memory. It is the sequel to the FlashAttention paper, which I covered in issue 12."),
  ("p", "And the decoding trick that keeps coming back: <a href=\"https://arxiv.org/abs/2211.17192\">Fast Inference from Transformers via Speculative Decoding</a>. A small draft model proposes k tokens, the big model checks them in one pass, and a modified rejection-sampling step keeps the output distribution exactly the same.<a href=\"#fn1\" class=\"footnote-ref\" id=\"fnref1\" role=\"doc-noteref\"><sup>1</sup></a> Medusa and friends replace the draft model with extra heads."),
  ("fn", "Same idea, independently, from DeepMind a week later; I count them as one result."),
 ]),
 ("issue-44-long-context-is-not-free", "Issue 44 — Long context is not free", [
  ("p", "Last issue of the year. Everyone is shipping 32K, 100K, 200K contexts. Two papers to keep you honest."),
  ("p", "How do you get there cheaply? Meta’s Extending Context Window of Large Language Models via Positional Interpolation (arXiv 2306.15595) rescales the RoPE position indices into the trained range instead of extrapolating, then fine-tunes for about a thousand steps. The YaRN and NTK-aware variants followed within weeks, mostly on GitHub and Reddit."),
  ("p", "Does the model use it? Read <a href=\"https://huggingface.co/papers/2307.03172\">Lost in the Middle: How Language Models Use Long Contexts</a>. Accuracy is U-shaped in the position of the relevant document: good at the start, good at the end, bad in the middle. Put your retrieved chunks at the edges."),
  ("p", "My talk from the Ljubljana ML meetup, “Long context on a short budget”, is on YouTube, and the slides are on my site. Thank you for reading in 2023. See you in January."),
 ]),
]

CSS = """/* This defines styles and classes used in the book */
@page {
  margin: 10px;
}
html, body {
  margin: 0;
  padding: 0;
  width: 100%;
}
body {
  text-align: justify;
  widows: 2;
  orphans: 2;
}
h1, h2, h3, h4, h5, h6 {
  text-align: left;
  page-break-after: avoid;
}
a {
  color: #1a1a1a;
}
blockquote {
  margin: 1em 0 1em 1.7em;
  padding-left: 1em;
  border-left: 2px solid #e6e6e6;
  color: #606060;
}
aside[epub|type~='footnote'] {
  font-size: 0.8em;
}
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap(html, width=72, indent=""):
    """pandoc's doclayout: break at spaces outside tags, lines at most `width` columns"""
    toks = re.findall(r"(?:<[^>]*>|[^\s<])+", html)
    lines, cur = [], indent
    for t in toks:
        if cur.strip() and len(cur) + 1 + len(t) > width:
            lines.append(cur); cur = indent + t
        else:
            cur = (cur + " " + t) if cur.strip() else cur + t
    lines.append(cur)
    return "\n".join(lines)


def head(title):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{LANG}">
<head>
  <meta charset="utf-8" />
  <meta name="generator" content="pandoc" />
  <title>{title}</title>
  <link rel="stylesheet" type="text/css" href="../styles/stylesheet1.css" />
</head>
"""


def chapter(n, sid, h1, blocks):
    out = [head(f"ch{n:03d}.xhtml"), '<body epub:type="bodymatter">\n', f'<section id="{sid}" class="level1">\n', f"<h1>{esc(h1)}</h1>\n"]
    fns, open2 = [], False
    for kind, x in blocks:
        x = x.replace(" & ", " &amp; ") if isinstance(x, str) else x
        if kind == "p":
            out.append(wrap("<p>" + x + "</p>") + "\n")
        elif kind == "h2":
            sub = re.sub(r"[^a-z0-9 -]", "", x.lower()).replace(" ", "-")
            if open2: out.append("</section>\n")
            out.append(f'<section id="{sub}" class="level2">\n<h2>{esc(x)}</h2>\n')
            open2 = True
        elif kind == "ul":
            out.append("<ul>\n" + "".join(wrap("<li>" + i + "</li>") + "\n" for i in x) + "</ul>\n")
        elif kind == "blockquote":
            out.append("<blockquote>\n" + wrap("<p>" + x + "</p>") + "\n</blockquote>\n")
        elif kind == "fn":
            fns.append(x)
    # close level2 sections opened by h2 (pandoc nests everything after an h2 inside it)
    if open2: out.append("</section>\n")
    out.append("</section>\n")
    if fns:
        out.append('<section id="footnotes" class="footnotes footnotes-end-of-document" epub:type="footnotes">\n<hr />\n<ol>\n')
        for i, f in enumerate(fns, 1):
            out.append(f'<li><aside id="fn{i}" epub:type="footnote">\n' + wrap(f'<p>{f}<a href="#fnref{i}" class="footnote-back" role="doc-backlink">↩︎</a></p>') + "\n</aside></li>\n")
        out.append("</ol>\n</section>\n")
    out.append("</body>\n</html>\n")
    return "".join(out)


def title_page():
    return head(esc(TITLE)) + f"""<body epub:type="frontmatter">
<section epub:type="titlepage" class="titlepage">
  <h1 class="title">{esc(TITLE)}</h1>
  <p class="subtitle">A weekly note on training and serving large language models</p>
  <p class="author">{AUTHOR}</p>
  <p class="date">December 2023</p>
  <div class="rights">CC BY-NC 4.0. Free to subscribers; please do not resell.</div>
</section>
</body>
</html>
"""


def nav():
    items = "\n".join(f'      <li id="toc-li-{i}"><a href="text/ch{i:03d}.xhtml#{sid}">{esc(h)}</a></li>' for i, (sid, h, _) in enumerate(ISSUES, 1))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{LANG}">
<head>
  <meta charset="utf-8" />
  <meta name="generator" content="pandoc" />
  <title>{esc(TITLE)}</title>
  <link rel="stylesheet" type="text/css" href="styles/stylesheet1.css" />
</head>
<body epub:type="frontmatter">
<nav epub:type="toc" id="toc" role="doc-toc">
<h1 id="toc-title">{esc(TITLE)}</h1>
<ol class="toc">
{items}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<ol>
<li>
<a href="text/title_page.xhtml" epub:type="titlepage">Title Page</a>
</li>
<li>
<a href="#toc" epub:type="toc">Table of Contents</a>
</li>
</ol>
</nav>
</body>
</html>
"""


def ncx():
    pts = "".join(f"""    <navPoint id="navPoint-{i}">
      <navLabel>
        <text>{esc(h)}</text>
      </navLabel>
      <content src="text/ch{i:03d}.xhtml#{sid}" />
    </navPoint>
""" for i, (sid, h, _) in enumerate(ISSUES, 1))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<ncx version="2005-1" xmlns="http://www.daisy.org/z3986/2005/ncx/">
  <head>
    <meta name="dtb:uid" content="{UUID}" />
    <meta name="dtb:depth" content="1" />
    <meta name="dtb:totalPageCount" content="0" />
    <meta name="dtb:maxPageNumber" content="0" />
  </head>
  <docTitle>
    <text>{esc(TITLE)}</text>
  </docTitle>
  <navMap>
    <navPoint id="navPoint-0">
      <navLabel>
        <text>{esc(TITLE)}</text>
      </navLabel>
      <content src="text/title_page.xhtml" />
    </navPoint>
{pts}  </navMap>
</ncx>
"""


def opf():
    man = "".join(f'    <item id="ch{i:03d}_xhtml" href="text/ch{i:03d}.xhtml" media-type="application/xhtml+xml" />\n' for i in range(1, len(ISSUES) + 1))
    spine = "".join(f'    <itemref idref="ch{i:03d}_xhtml" />\n' for i in range(1, len(ISSUES) + 1))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<package version="3.0" xmlns="http://www.idpf.org/2007/opf" unique-identifier="epub-id-1" prefix="ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="epub-id-1">{UUID}</dc:identifier>
    <dc:title id="epub-title-1">{esc(TITLE)}</dc:title>
    <dc:date id="epub-date">2023-12-29</dc:date>
    <dc:language>{LANG}</dc:language>
    <dc:creator id="epub-creator-1">{AUTHOR}</dc:creator>
    <meta refines="#epub-creator-1" property="role" scheme="marc:relators">aut</meta>
    <dc:rights>CC BY-NC 4.0</dc:rights>
    <meta property="dcterms:modified">2024-01-06T11:42:18Z</meta>
    <meta property="ibooks:specified-fonts">true</meta>
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml" />
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav" />
    <item id="stylesheet1" href="styles/stylesheet1.css" media-type="text/css" />
    <item id="title_page_xhtml" href="text/title_page.xhtml" media-type="application/xhtml+xml" />
{man}  </manifest>
  <spine toc="ncx">
    <itemref idref="title_page_xhtml" linear="yes" />
    <itemref idref="nav" />
{spine}  </spine>
  <guide>
    <reference type="toc" title="{esc(TITLE)}" href="nav.xhtml" />
  </guide>
</package>
"""


CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/content.opf" media-type="application/oebps-package+xml" />
  </rootfiles>
</container>
"""
IBOOKS = """<?xml version="1.0" encoding="UTF-8"?>
<display_options>
  <platform name="*">
    <option name="specified-fonts">true</option>
  </platform>
</display_options>
"""


def build():
    parts = [("mimetype", "application/epub+zip"), ("META-INF/container.xml", CONTAINER),
             ("META-INF/com.apple.ibooks.display-options.xml", IBOOKS), ("EPUB/content.opf", opf()),
             ("EPUB/toc.ncx", ncx()), ("EPUB/nav.xhtml", nav()), ("EPUB/styles/stylesheet1.css", CSS),
             ("EPUB/text/title_page.xhtml", title_page())]
    for i, (sid, h, blocks) in enumerate(ISSUES, 1):
        parts.append((f"EPUB/text/ch{i:03d}.xhtml", chapter(i, sid, h, blocks)))
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, DT)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))


if __name__ == "__main__":
    build()
