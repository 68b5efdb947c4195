"""A DITA topic (`.dita`: a concept, a task, a reference or a map's topic; OASIS's XML for documentation), as the
HTML page it renders to.

DITA writes a topic as its `<title>`, a `<shortdesc>`, a `<prolog>` of metadata (authors, dates, keywords: not
shown) and a body (`<conbody>`, `<taskbody>`, `<refbody>`, `<body>`) of `<section>`s under their titles, `<p>`,
`<ul>`/`<ol>`/`<sl>` lists, `<note>`s, `<simpletable>`s of `<strow>`s and `<stentry>`s, links as `<xref
href="…">`, a cited work's name as `<cite>` and runs as `<ph>`, `<b>`, `<i>`, `<codeph>`. Each becomes its HTML
counterpart (a title a heading of its depth, a cited name in quotes), and the page is read as any HTML page is.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_DOCTYPE = re.compile(
    r"<!DOCTYPE\s+(?:concept|task|reference|topic|glossentry)\s+PUBLIC\s+\"-//OASIS//DTD DITA"
)
_ROOTS = frozenset(["concept", "task", "reference", "topic", "glossentry", "dita"])
_TAGS = {
    "p": "p", "ul": "ul", "ol": "ol", "sl": "ul", "li": "li", "sli": "li", "section": "section", "note": "div",
    "shortdesc": "p", "simpletable": "table", "strow": "tr", "sthead": "tr", "stentry": "td", "table": "table",
    "row": "tr", "entry": "td", "b": "b", "i": "i", "u": "u", "codeph": "code", "codeblock": "pre", "lq": "blockquote",
    "fig": "div", "dl": "dl", "dlentry": "div", "dt": "dt", "dd": "dd", "example": "div", "steps": "ol",
    "step": "li", "cmd": "span", "ph": "span", "q": "q", "term": "i",
}  # fmt: skip
_HIDDEN = frozenset(["prolog", "titlealts", "data", "indexterm", "draft-comment", "image", "object"])
_MAX_DEPTH = 100


def looks_like_dita(text: str) -> bool:
    head = text[:1500]
    return "OASIS//DTD DITA" in head and _DOCTYPE.search(head) is not None


def dita_to_html(text: str) -> str | None:
    """The topic as an HTML page (see the module's docstring); None when `text` is no DITA topic."""
    root = parse_document(text)
    if root is None or root.tag not in _ROOTS:
        return None
    return f"<html><body>{_render(root, 1, 0)}</body></html>"


def _render(element: Element, level: int, depth: int) -> str:
    """An element and what it holds as HTML, its titles headings of `level` (a section's one deeper)."""
    if depth > _MAX_DEPTH or element.tag in _HIDDEN:
        return html.escape(element.tail or "")
    inner = html.escape(element.text or "")
    for child in element:
        inner += _render(
            child, level + (1 if child.tag in ("section", "example") or child.tag in _ROOTS else 0), depth + 1
        )
    tail = html.escape(element.tail or "")
    tag = element.tag
    if tag == "title":
        heading = f"h{min(level, 6)}"
        return f"<{heading}>{inner}</{heading}>{tail}"
    if tag == "xref" or tag == "link":
        href = element.get("href") or ""
        return f'<a href="{html.escape(href)}">{inner or html.escape(href)}</a>{tail}'
    if tag == "cite":
        return f"“{inner}”{tail}"
    name = _TAGS.get(tag)
    if name is None:
        return f"{inner}{tail}"  # (a topic, a body, a container: its content)
    return f"<{name}>{inner}</{name}>{tail}"
