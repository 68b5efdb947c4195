"""An AbiWord document (`.abw`: XML whose root is `<abiword>`) as Markdown.

Its text is in `section` elements: paragraphs `p` with a style (`Heading 1`–`4` a heading, a `List` style, or a
`level`/`listid`, an item), runs `c` whose `props` say bold (`font-weight:bold`) or italic (`font-style:italic`),
links `a` (`xlink:href`), breaks `br`, and tables `table` of `cell`s, each holding paragraphs (its `props` give its
row: `top-attach`). A list item's label field, bookmarks, images and the document's metadata, styles and history
are no text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_START = re.compile(r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?<abiword\b")
_NAMESPACE = "{http://www.abisource.com/awml.dtd}"
_XLINK = "{http://www.w3.org/1999/xlink}href"
_HEADING = re.compile(r"Heading (?P<level>[1-6])")
_ROW = re.compile(r"top-attach:(?P<row>[0-9]+)")
_MAX_DEPTH = 64


def looks_like_abiword(text: str) -> bool:
    return _START.match(text) is not None


def abiword_to_markdown(text: str) -> str | None:
    """The document's text as Markdown, or None when `text` is no AbiWord document."""
    root = parse_document(text)
    if root is None:
        return None
    if _local(root) != "abiword":
        return None
    blocks: list[str] = []
    for section in root:
        if _local(section) == "section":
            _read(section, blocks, 0)
    return "\n\n".join(block for block in blocks if block.strip()) + "\n"


def _read(element: Element, blocks: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    for child in element:
        name = _local(child)
        if name == "p":
            blocks.append(_paragraph(child))
        elif name == "table":
            blocks.append(_table(child))
        elif name in ("section", "frame", "textbox"):
            _read(child, blocks, depth + 1)


def _paragraph(paragraph: Element) -> str:
    words = " ".join(_runs(paragraph, 0).split())
    style = paragraph.get("style") or ""
    heading = _HEADING.fullmatch(style)
    if heading is not None and words:
        return "#" * int(heading.group("level")) + " " + words
    if words and (paragraph.get("listid") not in (None, "0") or "List" in style):
        marker = "1. " if "Numbered" in style or "decimal" in (paragraph.get("props") or "") else "- "
        level = max(1, int(paragraph.get("level") or 1))
        return "  " * (level - 1) + marker + words
    return words


def _runs(element: Element, depth: int) -> str:
    pieces = [element.text or ""]
    for child in element:
        name = _local(child)
        if depth < _MAX_DEPTH and name in ("c", "a", "span"):
            inner = _runs(child, depth + 1)
            props = child.get("props") or ""
            if inner.strip() and "font-weight:bold" in props:
                inner = f"**{inner.strip()}** "
            elif inner.strip() and "font-style:italic" in props:
                inner = f"*{inner.strip()}* "
            if name == "a" and (href := child.get(_XLINK) or child.get("href")):
                inner = f"[{inner.strip()}]({href}) " if href.startswith(("http://", "https://")) else inner
            pieces.append(inner)
        elif name == "br":
            pieces.append(" ")
        pieces.append(child.tail or "")
    return "".join(pieces)


def _table(table: Element) -> str:
    rows: dict[int, list[str]] = {}
    for cell in table:
        if _local(cell) != "cell":
            continue
        row = _ROW.search(cell.get("props") or "")
        text = " ".join(" ".join(_runs(p, 0).split()) for p in cell if _local(p) == "p").replace("|", "\\|")
        rows.setdefault(int(row.group("row")) if row else len(rows), []).append(text)
    lines = ["| " + " | ".join(cells) + " |" for _, cells in sorted(rows.items())]
    if not lines:
        return ""
    width = max(len(cells) for cells in rows.values())
    return "\n".join([lines[0], "|" + " --- |" * width, *lines[1:]])


def _local(element: Element) -> str:
    return element.tag.rpartition("}")[2]
