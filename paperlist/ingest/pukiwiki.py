"""A PukiWiki page's source (Japan's lab wikis: `wiki/*.txt`) as Markdown.

PukiWiki writes headings as `*`, `**`, `***` at a line's start (an anchor `[#id]` after them), list items as `-`
and `+`, links as `[[text>address]]` (or `[[text:address]]`), a line break inside a table cell as `&br;`, bold
as `''…''`, table rows between `|` (a header row ending in `|h`, a header cell opening with `~`) and block
plugins as `#name(…)` lines. Each becomes what Markdown writes; a cell's line break a dash, so that a title and
its authors in one cell read as a title and its citation.
"""

from __future__ import annotations

import re

_SIGNS = re.compile(
    r"^#(?:author|contents|freeze|norelated|ls2?|comment|pcomment)\b|\[\[[^\]\n]+>https?://", re.M
)
_HEADING = re.compile(
    r"^(?P<marks>\*{1,3})(?!\*)[ \t]*(?P<text>[^\n]*?)[ \t]*(?:\[#[A-Za-z0-9]+\])?[ \t]*$", re.M
)
_LINK = re.compile(r"\[\[(?P<text>[^\]>\n]+)[>:](?P<url>https?://[^\]\s]+)\]\]")
_PAGE_LINK = re.compile(r"\[\[(?P<text>[^\]>\n]+)\]\]")
_ITEM = re.compile(r"^(?P<marks>[-+]{1,3})(?=[^-+])[ \t]*", re.M)
_PLUGIN_LINE = re.compile(r"^#[a-z_0-9]+(?:\([^\n]*\))?[ \t]*$", re.M)
_HEADER_ROW = re.compile(r"\|h[ \t]*$", re.M)
_BOLD = re.compile(r"''(?P<text>[^'\n]+)''")


def looks_like_pukiwiki(text: str) -> bool:
    head = text[:20_000]
    return ("[[" in head or head.startswith("#")) and len(_SIGNS.findall(head)) >= 2


def pukiwiki_to_markdown(text: str) -> str:
    """The page as Markdown, line for line."""
    text = _PLUGIN_LINE.sub("", text)
    text = _HEADING.sub(lambda match: "#" * len(match.group("marks")) + " " + match.group("text"), text)
    text = _ITEM.sub(lambda match: "  " * (len(match.group("marks")) - 1) + "- ", text)
    text = _LINK.sub(lambda match: f"[{match.group('text')}]({match.group('url')})", text)
    text = _PAGE_LINK.sub(lambda match: match.group("text"), text)
    text = _BOLD.sub(lambda match: f"**{match.group('text')}**", text)
    text = _HEADER_ROW.sub("|", text).replace("|~", "|")
    return text.replace("&br;", " — ")
