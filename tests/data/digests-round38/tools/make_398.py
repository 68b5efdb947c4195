#!/usr/bin/env python3
"""398: an awesome list saved from github.com as the rendered README ("Save page as", HTML only, trimmed of scripts
and styles by the saver): page head with title / description / canonical link, the logged-out header, the repository
header (owner / name, Public, Fork / Star counts), the tab bar, then `<article class="markdown-body entry-content
container-lg" itemprop="text">` exactly as GitHub renders Markdown: headings wrapped in `<div class="markdown-heading">`
with `user-content-` anchors and the octicon link SVG, images proxied through camo.githubusercontent.com with
`data-canonical-src`, external links with rel="nofollow", tables inside GitHub's misspelt
`<markdown-accessiblity-table>`, columns Paper / Venue / Links / Notes; then the About sidebar and the footer. Papers:
arXiv abs and pdf URLs (one with a version), OpenReview forum and pdf URLs (link); a title linked to its GitHub
repository with "arXiv:2307.08691" in the Notes cell (arxiv-text); a title in a paragraph split across two source
lines, titles without links, titles linked to a DOI or to PMLR (title-only). The awesome badge, shields.io badges,
the state-spaces/s4 and flash-attention repositories, flash-attn on PyPI, the Annotated S4 and a Hazy Research blog
post, a needle-in-a-haystack test repository and another awesome list are not labelled."""
import hashlib, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F398, keys

OWNER, REPO = "mirela-dobre", "awesome-long-sequence-modeling"
OCTI = ('<svg class="octicon octicon-link" viewBox="0 0 16 16" version="1.1" width="16" height="16" '
        'aria-hidden="true"><path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0 '
        '.751.751 0 0 1 .018-1.042.751.751 0 0 1 1.042-.018 1.998 1.998 0 0 0 2.83 0l2.5-2.5a2.002 2.002 0 0 '
        '0-2.83-2.83l-1.25 1.25a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042Zm-4.69 9.64a1.998 1.998 0 0 0 '
        '2.83 0l1.25-1.25a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042l-1.25 1.25a3.5 3.5 0 1 1-4.95-4.95l2.5-2.5a3.5 '
        '3.5 0 0 1 4.95 0 .751.751 0 0 1-.018 1.042.751.751 0 0 1-1.042.018 1.998 1.998 0 0 0-2.83 0l-2.5 2.5a1.998 '
        '1.998 0 0 0 0 2.83Z"></path></svg>')


def slug(h):
    return re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")


def heading(level, text_html, text_plain):
    s = slug(text_plain)
    return (f'<div class="markdown-heading" dir="auto"><h{level} tabindex="-1" class="heading-element" dir="auto">'
            f'{text_html}</h{level}><a id="user-content-{s}" class="anchor" aria-label="Permalink: {html.escape(text_plain, quote=True)}" '
            f'href="#{s}">{OCTI}</a></div>')


def camo(url, alt):
    digest = hashlib.sha256(("camo:" + url).encode()).hexdigest()
    return (f'<img src="https://camo.githubusercontent.com/{digest}/{url.encode().hex()}" alt="{alt}" '
            f'data-canonical-src="{html.escape(url, quote=True)}" style="max-width: 100%;">')


def a(url, text):
    rel = "" if url.startswith(("https://github.com/", "#")) else ' rel="nofollow"'
    return f'<a href="{html.escape(url, quote=True)}"{rel}>{text}</a>'


def stars(repo):
    return a(f"https://github.com/{repo}", camo(f"https://img.shields.io/github/stars/{repo}?style=social", "GitHub Repo stars"))


TABLES = [
 ("Recurrence and memory", [
  (a("https://arxiv.org/abs/2008.07669", T("2008.07669")), "NeurIPS 2020", stars("HazyResearch/hippo-code"),
   "Legendre measure (LegS) is the one S4 builds on."),
  (a(f"https://openreview.net/forum?id={OR('2010.06891')}", T("2010.06891")), "—", "no official code",
   "Fixed-size memory slots written and read by attention; the reviews are worth reading."),
 ]),
 ("Sparse and kernelised attention", [
  (a("https://arxiv.org/pdf/2007.14062.pdf", T("2007.14062")), "NeurIPS 2020", stars("google-research/bigbird"),
   "Random + window + global tokens; the theory section proves it is still Turing complete."),
  (T("2103.02143"), "ICLR 2021", "—", "Random features approximate softmax; also gives a gated recurrent variant."),
  (a("https://proceedings.mlr.press/v162/hua22a.html", T("2202.10447")), "ICML 2022", "—",
   "FLASH: gated attention unit + chunked linear attention. <em>No official code</em>, several reimplementations."),
 ]),
 ("State spaces and long convolutions", [
  (a(f"https://openreview.net/pdf?id={OR('2111.00396')}", f"<strong>{T('2111.00396')}</strong>"), "ICLR 2022",
   stars("state-spaces/s4"), "S4. Start with the Annotated S4 blog post (below) if the math is heavy going."),
  (a("https://arxiv.org/abs/2302.10866v3", T("2302.10866")), "ICML 2023", stars("HazyResearch/safari"),
   "Implicit long convolutions + gating, attention-free."),
 ]),
 ("Kernels and systems", [
  (a("https://github.com/Dao-AILab/flash-attention", T("2307.08691")), "ICLR 2024",
   stars("Dao-AILab/flash-attention"), "arXiv:2307.08691. Install with <code>pip install flash-attn</code>."),
 ]),
 ("Surveys and analysis", [
  (a("https://doi.org/10.1145/3586074", T("2103.14636")), "ACM CSUR 2023", "—", "Good taxonomy, 40 pages."),
  (a("https://doi.org/10.1162/tacl_a_00638", T("2307.03172")), "TACL 2024", stars("nelson-liu/lost-in-the-middle"),
   "U-shaped accuracy over the position of the relevant document."),
 ]),
]


def table(rows):
    out = ["<markdown-accessiblity-table><table>", "<thead>", "<tr>", "<th>Paper</th>", '<th align="center">Venue</th>',
           "<th>Links</th>", "<th>Notes</th>", "</tr>", "</thead>", "<tbody>"]
    for p, v, l, n in rows:
        out += ["<tr>", f"<td>{p}</td>", f'<td align="center">{v}</td>', f"<td>{l}</td>", f"<td>{n}</td>", "</tr>"]
    return "\n".join(out + ["</tbody>", "</table></markdown-accessiblity-table>"])


H1 = "Awesome Long-Sequence Modeling"
sections = ["Background"] + [t for t, _ in TABLES] + ["Tools and tutorials", "Related lists", "Contributing", "License"]
body = [
 heading(1, f'{H1} {a("https://awesome.re", camo("https://awesome.re/badge.svg", "Awesome"))}', H1),
 f'<p dir="auto">{a(f"https://github.com/{OWNER}/{REPO}/graphs/contributors", camo(f"https://img.shields.io/github/contributors/{OWNER}/{REPO}", "contributors"))}\n'
 f'{a(f"https://github.com/{OWNER}/{REPO}/commits/main", camo(f"https://img.shields.io/github/last-commit/{OWNER}/{REPO}", "last commit"))}</p>',
 '<p dir="auto">A curated list of papers, code and tutorials on modelling long sequences: memory, efficient attention,\n'
 'state spaces and the kernels that make them fast. Papers are in tables by topic, oldest first within a table.\n'
 'PRs welcome, see <a href="#contributing">Contributing</a>.</p>',
 heading(2, "Contents", "Contents"),
 '<ul dir="auto">\n' + "\n".join(f'<li><a href="#{slug(s)}">{s}</a></li>' for s in sections) + "\n</ul>",
 heading(2, "Background", "Background"),
 '<p dir="auto">Two older ideas keep coming back in everything below: recurrence with a learned state, and memory\n'
 'that is addressed rather than attended, as in the Neural\nTuring Machines paper (Graves, Wayne and Danihelka, 2014). '
 'No table for those; read the\npaper once and the memory-augmented rows will make more sense.</p>',
]
for t, rows in TABLES:
    body += [heading(2, t, t), table(rows)]
body += [
 heading(2, "Tools and tutorials", "Tools and tutorials"),
 '<ul dir="auto">\n'
 f'<li>{a("https://srush.github.io/annotated-s4/", "The Annotated S4")} (blog post, Sasha Rush and Sidd Karamcheti) — S4 in JAX, line by line.</li>\n'
 f'<li>{a("https://hazyresearch.stanford.edu/blog/2023-03-27-long-learning", "From Deep to Long Learning?")} (Hazy Research blog, 2023).</li>\n'
 f'<li>{a("https://pypi.org/project/flash-attn/", "flash-attn")} on PyPI; needs a matching CUDA toolkit.</li>\n'
 f'<li>{a("https://github.com/gkamradt/LLMTest_NeedleInAHaystack", "LLMTest_NeedleInAHaystack")} — the needle-in-a-haystack pressure test (a repository, not a paper).</li>\n'
 '</ul>',
 heading(2, "Related lists", "Related lists"),
 '<ul dir="auto">\n'
 f'<li>{a("https://github.com/Xnhyacinth/Awesome-LLM-Long-Context-Modeling", "Awesome-LLM-Long-Context-Modeling")}</li>\n'
 '</ul>',
 heading(2, "Contributing", "Contributing"),
 '<p dir="auto">Open a PR that adds one row to the right table. Please link the arXiv abstract page when there is one,\n'
 'and put the venue in the second column only once it is published.</p>',
 heading(2, "License", "License"),
 f'<p dir="auto">{a("https://creativecommons.org/publicdomain/zero/1.0/", camo("https://licensebuttons.net/p/zero/1.0/88x31.png", "CC0"))}</p>',
]
article = "\n".join(body)
text = f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark">
<head>
<meta charset="utf-8">
<title>GitHub - {OWNER}/{REPO}: 📜 A curated list of papers, code and tutorials on long-sequence modeling</title>
<meta name="description" content="📜 A curated list of papers, code and tutorials on long-sequence modeling - {OWNER}/{REPO}">
<link rel="canonical" href="https://github.com/{OWNER}/{REPO}">
<meta property="og:image" content="https://opengraph.githubassets.com/{hashlib.sha256(REPO.encode()).hexdigest()}/{OWNER}/{REPO}">
</head>
<body class="logged-out env-production page-responsive">
<div class="position-relative js-header-wrapper">
<a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details position-relative f4 py-3" role="banner">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage">GitHub</a>
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2F{OWNER}%2F{REPO}" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a>
</header>
</div>
<div id="start-of-content" class="show-on-focus"></div>
<div id="repository-container-header" class="pt-3 hide-full-screen">
<strong itemprop="author"><a href="/{OWNER}" rel="author">{OWNER}</a></strong>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span>
<strong itemprop="name"><a href="/{OWNER}/{REPO}">{REPO}</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline">
<li><a href="/login?return_to=%2F{OWNER}%2F{REPO}" class="btn-sm btn">Notifications</a></li>
<li><a href="/login?return_to=%2F{OWNER}%2F{REPO}" class="btn-sm btn">Fork <span class="Counter">23</span></a></li>
<li><a href="/login?return_to=%2F{OWNER}%2F{REPO}" class="btn-sm btn">Star <span class="Counter">412</span></a></li>
</ul>
<nav class="js-repo-nav UnderlineNav px-3 px-md-4 px-lg-5" aria-label="Repository">
<a href="/{OWNER}/{REPO}" class="UnderlineNav-item selected">Code</a>
<a href="/{OWNER}/{REPO}/issues" class="UnderlineNav-item">Issues <span class="Counter">3</span></a>
<a href="/{OWNER}/{REPO}/pulls" class="UnderlineNav-item">Pull requests <span class="Counter">1</span></a>
<a href="/{OWNER}/{REPO}/actions" class="UnderlineNav-item">Actions</a>
<a href="/{OWNER}/{REPO}/pulse" class="UnderlineNav-item">Insights</a>
</nav>
</div>
<div id="readme" class="Box MD Box--responsive">
<div class="Box-header"><h2 class="Box-title">README.md</h2></div>
<article class="markdown-body entry-content container-lg" itemprop="text">{article}
</article>
</div>
<div class="BorderGrid about-margin" data-pjax>
<h2 class="mb-3 h4">About</h2>
<p class="f4 my-3">📜 A curated list of papers, code and tutorials on long-sequence modeling</p>
<div class="my-3 d-flex flex-items-center">
<a href="/topics/transformers" class="topic-tag topic-tag-link">transformers</a>
<a href="/topics/state-space-models" class="topic-tag topic-tag-link">state-space-models</a>
<a href="/topics/long-context" class="topic-tag topic-tag-link">long-context</a>
<a href="/topics/awesome-list" class="topic-tag topic-tag-link">awesome-list</a>
</div>
<div class="mt-2"><a href="#readme-ov-file" class="Link--muted">Readme</a></div>
<div class="mt-2"><a href="#CC0-1.0-1-ov-file" class="Link--muted">CC0-1.0 license</a></div>
<div class="mt-2"><a href="/{OWNER}/{REPO}/stargazers" class="Link--muted"><strong>412</strong> stars</a></div>
<div class="mt-2"><a href="/{OWNER}/{REPO}/forks" class="Link--muted"><strong>23</strong> forks</a></div>
<h2 class="h4 mb-3">Releases</h2>
<div class="text-small color-fg-muted">No releases published</div>
</div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo">
<span>© 2024 GitHub,&nbsp;Inc.</span>
<nav aria-label="Footer">
<a href="https://docs.github.com/site-policy/github-terms/github-terms-of-service">Terms</a>
<a href="https://docs.github.com/site-policy/privacy-policies/github-privacy-statement">Privacy</a>
<a href="https://github.com/security">Security</a>
<a href="https://www.githubstatus.com/">Status</a>
<a href="https://docs.github.com/">Docs</a>
</nav>
</footer>
</body>
</html>
"""


def visible(s):
    """the page as a browser shows it (tags dropped, entities undone), for the title checks"""
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


write_only(F398, text, keys(F398), forms=(visible(text),))
