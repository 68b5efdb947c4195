"""A mind map (FreeMind and Freeplane `.mm`) as a Markdown list.

A map is XML: `<map>` holding one root `<node>`, each node with its `TEXT` (line breaks written `&#xa;`, joined
here: a long title wrapped by hand is one line) or rich text (`<richcontent TYPE="NODE">`), a `LINK`, its
`<attribute NAME VALUE>` pairs and a note (`<richcontent TYPE="NOTE">`, HTML). Each node becomes a list item at
its depth (the root the page's title), its link after its text, its attributes as `Name: value` fields and its
note a paragraph of the item below it, so that a node is an entry as a list item with its sub-items is in any
Markdown digest. Icons, edges, fonts, clouds and arrows are drawing, not text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_MAX_DEPTH = 64  # levels of nesting read at most (a deeper map is no reading list)
_MAX_NODES = 100_000
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|tr)\s*>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def looks_like_mindmap(text: str, name: str) -> bool:
    """A `.mm` file, or XML whose root is `<map>` with nodes."""
    head = text[:2000].lstrip("\ufeff \t\r\n")
    return (
        head.startswith(("<map", "<?xml"))
        and "<map" in head
        and (name.casefold().endswith(".mm") or "<node" in head)
    )


def mindmap_to_markdown(text: str) -> str | None:
    """The map as a Markdown list under its root's title, or None when `text` is no mind map."""
    from xml.etree.ElementTree import ParseError  # (only for maps: decoding every digest stays light)

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text.lstrip("\ufeff"))  # (outside text: defusedxml expands no entity)
    except (ParseError, DefusedXmlException):
        return None
    if root.tag != "map":
        return None
    top = root.find("node")
    if top is None:
        return None
    lines: list[str] = []
    title = _words(top)
    if title:
        lines += [f"# {title}", ""]
    _note_lines(top, "", lines)
    pending = [(node, 0) for node in reversed(top.findall("node"))]
    count = 0
    while pending and count < _MAX_NODES:
        node, depth = pending.pop()
        count += 1
        indent = "  " * depth
        words = _words(node)
        link = (node.get("LINK") or "").strip()
        if link and link not in words and not link.startswith("#"):  # (`#ID_…`: a link to another node)
            words = f"{words} {link}".strip()
        if words:
            lines.append(f"{indent}- {words}")
            for attribute in node.findall("attribute"):
                name, value = (attribute.get("NAME") or "").strip(), (attribute.get("VALUE") or "").strip()
                if name and value:
                    lines.append(f"{indent}  - {name}: {value}")
            _note_lines(node, f"{indent}  ", lines)
        if depth < _MAX_DEPTH:
            pending.extend((child, depth + 1) for child in reversed(node.findall("node")))
    return "\n".join(lines) + "\n"


def _words(node: Element) -> str:
    """A node's text on one line: its `TEXT`, or its rich text's words."""
    text = node.get("TEXT")
    if text is None:
        rich = next((part for part in node.findall("richcontent") if part.get("TYPE") == "NODE"), None)
        text = _html_text(rich) if rich is not None else ""
    return " ".join(text.split())


def _note_lines(node: Element, indent: str, lines: list[str]) -> None:
    """A node's note, as a paragraph of its item (a line per paragraph of the note)."""
    note = next((part for part in node.findall("richcontent") if part.get("TYPE") == "NOTE"), None)
    if note is None:
        return
    paragraphs = [" ".join(line.split()) for line in _html_text(note).split("\n")]
    paragraphs = [line for line in paragraphs if line]
    if paragraphs:
        lines.append("")
        lines.extend(f"{indent}{line}" for line in paragraphs)
        lines.append("")


def _html_text(part: Element) -> str:
    """The words of a rich-text part (XHTML inside the map), a line per block, links kept as `text (url)`."""
    from html import unescape
    from xml.etree.ElementTree import tostring

    markup = tostring(part, encoding="unicode")
    markup = re.sub(r"<(?:\w+:)?head\b.*?</(?:\w+:)?head>", "", markup, flags=re.DOTALL)
    markup = re.sub(
        r"<(?:\w+:)?a\b[^>]*\bhref=\"([^\"]*)\"[^>]*>(.*?)</(?:\w+:)?a>", r"\2 (\1)", markup, flags=re.DOTALL
    )
    markup = _BLOCK_END.sub("\n", re.sub(r"<(/?)\w+:", r"<\1", markup))
    return unescape(_TAG.sub(" ", markup))
