"""Copies of a digest as they arrive in the wild, made from the digest as written: each variant takes a file name
and its text and gives the bytes of the copy. Used by tests/test_digests_variants.py (which asserts that the
`VARIANTS` change no paper) and scripts/digest_variants.py (which also measures the `MEASURED` ones).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path

# Exports and notebooks are written by programs, not retyped or pasted: only the encoding variants apply to them.
WRITTEN_BY_PROGRAMS = {".bib", ".bbl", ".ris", ".csv", ".tsv", ".ipynb", ".tex"}


def _windows(name: str, text: str) -> bytes:
    return ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")


def _gb18030(name: str, text: str) -> bytes:
    return text.encode("gb18030") if re.search("[\u4e00-\u9fff]", text) else text.encode("utf-8")


def _pasted_spaces(name: str, text: str) -> bytes:
    if Path(name).suffix in WRITTEN_BY_PROGRAMS:
        return text.encode("utf-8")
    return re.sub(r"([:：]) ", "\\1\u00a0", text).encode("utf-8")


def _tabs(name: str, text: str) -> bytes:
    if Path(name).suffix not in {".md", ".txt", ".org"}:
        return text.encode("utf-8")
    return re.sub(r"(?m)^((?:    )+)", lambda match: "\t" * (len(match.group(1)) // 4), text).encode("utf-8")


def _star_bullets(name: str, text: str) -> bytes:
    if Path(name).suffix != ".md":
        return text.encode("utf-8")
    return re.sub(r"(?m)^([ \t]*)- ", "\\1* ", text).encode("utf-8")


def _trailing_spaces(name: str, text: str) -> bytes:
    return re.sub(r"(?m)(\S)$", "\\1  ", text).encode("utf-8")


def _curly_apostrophes(name: str, text: str) -> bytes:
    if Path(name).suffix in WRITTEN_BY_PROGRAMS | {".html"}:
        return text.encode("utf-8")
    return re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text).encode("utf-8")


def _minified(name: str, text: str) -> bytes:
    if Path(name).suffix != ".html":
        return text.encode("utf-8")
    return re.sub(r">\s*\n\s*<", "><", text).encode("utf-8")


VARIANTS: dict[str, Callable[[str, str], bytes]] = {
    "saved on Windows": _windows,
    "GB18030": _gb18030,
    "pasted spaces": _pasted_spaces,
    "tab indents": _tabs,
    "star bullets": _star_bullets,
    "trailing spaces": _trailing_spaces,
    "curly apostrophes": _curly_apostrophes,
    "minified HTML": _minified,
}


def rendered_html(name: str, text: str) -> bytes:
    """A Markdown digest as its web page: rendered by a CommonMark renderer, in a page with its title."""
    if Path(name).suffix != ".md":
        return text.encode("utf-8")
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark").enable("table").render(text)
    page = f"<!DOCTYPE html><html><head><title>{Path(name).stem}</title></head><body>{body}</body></html>"
    return page.encode("utf-8")


def _mailed(name: str, text: str) -> bytes:
    """A plain-text digest as a mail client sends it: lines longer than 72 columns wrapped at 72."""
    if Path(name).suffix not in {".txt", ".eml"}:
        return text.encode("utf-8")
    wrap = textwrap.TextWrapper(width=72, break_long_words=False, break_on_hyphens=False)
    return "\n".join(wrap.fill(line) if len(line) > 72 else line for line in text.split("\n")).encode("utf-8")


# Copies that change the text's meaning in places (a relative link dropped, a web thread wrapped as no mail
# client would): measured by scripts/digest_variants.py, not asserted.
MEASURED: dict[str, Callable[[str, str], bytes]] = {
    "rendered to HTML": rendered_html,
    "mailed at 72 columns": _mailed,
}


# What a blog wraps around a post: a menu of its own pages, a sidebar of its own posts (titled as papers are),
# tags, a footer and a cookie banner.
PAGE_CHROME = (
    '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li>'
    '<li><a href="/about">About Us</a></li><li><a href="https://twitter.com/lab">Follow Us on Twitter</a></li>'
    "</ul></nav></header>",
    "<aside><h3>Popular Posts</h3><ul>"
    '<li><a href="https://example-lab.ai/blog/cluster">How We Scaled Our Training Cluster to a Thousand GPUs</a></li>'
    '<li><a href="/blog/eval-harness">Building an Evaluation Harness That Engineers Actually Use</a></li>'
    '<li><a href="/blog/hiring">We Are Hiring Research Engineers in London and Beijing</a></li>'
    '<li><a href="https://example-lab.ai/blog/review">Our Year in Review: Lessons from Shipping Open Models</a></li>'
    '</ul><h3>Tags</h3><p><a href="/tag/llm">LLM</a> <a href="/tag/vision">Computer Vision</a></p></aside>'
    "<footer><p>© 2024 Example Lab. All rights reserved.</p>"
    '<p><a href="/privacy">Privacy Policy</a> · <a href="/terms">Terms of Service</a></p>'
    '<div class="cookie">We use cookies to improve your experience. <a href="/cookies">Learn More</a></div></footer>',
)


def page_with_chrome(name: str, text: str) -> bytes:
    """A Markdown digest as its blog page: rendered, inside the blog's menu, sidebar and footer."""
    page = rendered_html(name, text).decode("utf-8")
    before, after = PAGE_CHROME
    return (
        page.replace("<body>", f"<body>{before}<main><article>", 1)
        .replace("</body>", f"</article></main>{after}</body>", 1)
        .encode("utf-8")
    )
