"""A SiYuan note (`.sy`: the JSON tree of its document, as SiYuan's Lute engine stores it), read as Markdown.

Each node has a `Type` (`NodeDocument`, `NodeHeading` with its `HeadingLevel`, `NodeParagraph`, `NodeList` and
`NodeListItem`, `NodeBlockquote`, `NodeCodeBlock`, `NodeTable` …) and its `Children`; the words are in `NodeText`
nodes' `Data` and in `NodeTextMark` nodes (`TextMarkType` `strong`, `em`, `a` with its `TextMarkAHref`, `code`,
`block-ref`; their words in `TextMarkTextContent`). A paragraph's pieces are joined as one line (a title in one
piece, its authors in the next), a heading, a list item, a quotation and a table row are written as Markdown writes
them; markers, attributes and the document's properties are left out but for its title, the page's heading.
"""

from __future__ import annotations

import json
import re
from typing import Any

_START = re.compile(r'"Type"[ \t]*:[ \t]*"NodeDocument"')
_MARKS = {"strong": "**", "em": "*", "code": "`", "s": "~~"}
_BLOCKS = frozenset(["NodeParagraph", "NodeHeading", "NodeCodeBlock", "NodeMathBlock", "NodeHTMLBlock"])
_LEAVES = frozenset(["NodeText", "NodeTextMark", "NodeCodeBlockCode", "NodeCodeSpanContent", "NodeLinkText"])


def looks_like_siyuan(text: str) -> bool:
    head = text[:1000]
    return '"NodeDocument"' in head and _START.search(head) is not None


def siyuan_to_markdown(text: str) -> str | None:
    """The note as Markdown (see the module's docstring); None when `text` is no SiYuan document."""
    try:
        root = json.loads(text)
    except ValueError:
        return None
    if not isinstance(root, dict) or root.get("Type") != "NodeDocument":
        return None
    lines: list[str] = []
    properties = root.get("Properties")
    title = properties.get("title") if isinstance(properties, dict) else None
    if isinstance(title, str) and title.strip():
        lines.extend([f"# {title.strip()}", ""])
    for child in _children(root):
        _block(child, "", lines)
    return "\n".join(lines).strip("\n") + "\n"


def _children(node: dict[str, Any]) -> list[dict[str, Any]]:
    children = node.get("Children")
    return [child for child in children if isinstance(child, dict)] if isinstance(children, list) else []


def _block(node: dict[str, Any], prefix: str, lines: list[str]) -> None:
    """A block node's Markdown, each of its lines after `prefix` (a list item's indent, a quotation's `> `)."""
    kind = node.get("Type")
    if kind == "NodeHeading":
        level = node.get("HeadingLevel")
        marks = "#" * (level if isinstance(level, int) and 1 <= level <= 6 else 2)
        lines.extend([f"{prefix}{marks} {_inline(node)}", prefix.rstrip()])
    elif kind in _BLOCKS:
        lines.extend([*(f"{prefix}{line}" for line in _inline(node).split("\n")), prefix.rstrip()])
    elif kind == "NodeList":
        ordered = isinstance(node.get("ListData"), dict) and node["ListData"].get("Typ") == 1
        for number, item in enumerate(_children(node), start=1):
            _item(item, prefix, f"{number}. " if ordered else "- ", lines)
        lines.append(prefix.rstrip())
    elif kind == "NodeBlockquote":
        for child in _children(node):
            _block(child, prefix + "> ", lines)
        lines.append(prefix.rstrip())
    elif kind == "NodeTable":
        for row in _children(node):
            if row.get("Type") in ("NodeTableHead", "NodeTableRow"):
                rows = [row] if row.get("Type") == "NodeTableRow" else _children(row)
                for cells in rows:
                    lines.append(
                        prefix + "| " + " | ".join(_inline(cell) for cell in _children(cells)) + " |"
                    )
        lines.append(prefix.rstrip())
    else:
        for child in _children(node):
            _block(child, prefix, lines)


def _item(item: dict[str, Any], prefix: str, marker: str, lines: list[str]) -> None:
    """A list item: its first paragraph after the marker, its other blocks indented under it."""
    first = True
    for child in _children(item):
        if first and child.get("Type") == "NodeParagraph":
            lines.append(f"{prefix}{marker}{_inline(child)}")
            first = False
        else:
            _block(child, prefix + "  ", lines)


def _inline(node: dict[str, Any]) -> str:
    """A block's words: its text pieces joined, marked pieces in Markdown's marks, links as Markdown links."""
    pieces: list[str] = []
    for child in _children(node):
        kind = child.get("Type")
        if kind == "NodeTextMark":
            words = str(child.get("TextMarkTextContent") or "")
            types = str(child.get("TextMarkType") or "").split()
            href = child.get("TextMarkAHref")
            if "a" in types and isinstance(href, str) and href:
                words = f"[{words}]({href})" if words.strip() else href
            for name in types:
                if name in _MARKS and words.strip():
                    words = f"{_MARKS[name]}{words}{_MARKS[name]}"
            pieces.append(words)
        elif kind in _LEAVES:
            pieces.append(str(child.get("Data") or ""))
        elif kind in ("NodeBr", "NodeHardBreak", "NodeSoftBreak"):
            pieces.append("\n")
        else:
            pieces.append(_inline(child))
    return "".join(pieces).strip()
