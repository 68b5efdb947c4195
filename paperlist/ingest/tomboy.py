"""A Tomboy (or Gnote) note (`.note`: XML in Tomboy's namespace), read as Markdown.

The note's `<title>` is its heading; its `<note-content>` is its text, the title again on its first line, with
`<bold>`, `<italic>`, `<monospace>` and `<strikethrough>` runs, `<size:large>`/`<size:huge>` runs alone on their line
as headings, `<list>`/`<list-item>` as items (a list inside an item one level deeper), and links as their text
(`<link:url>` an address, `<link:internal>` another note's title).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_NAMESPACE = "http://beatniksoftware.com/tomboy"
_START = re.compile(r"<note\b[^>]*xmlns=[\"']" + re.escape(_NAMESPACE) + "[\"']")
_MARKS = {"bold": "**", "italic": "*", "monospace": "`"}


def looks_like_tomboy(text: str) -> bool:
    return _START.search(text[:2000]) is not None


def tomboy_to_markdown(text: str) -> str | None:
    """The note as Markdown (see the module's docstring), or None when `text` is no Tomboy note."""
    root = parse_document(text)
    if root is None:
        return None
    content = next((element for element in root.iter() if _local(element.tag) == "note-content"), None)
    if content is None:
        return None
    title = next((element for element in root.iter() if _local(element.tag) == "title"), None)
    body = _runs(content, 0).strip("\n")
    lines = body.split("\n")
    heading = (title.text or "").strip() if title is not None else ""
    if heading and lines and lines[0].strip() == heading:
        lines = lines[1:]  # (the note's first line is its title again)
    out = [f"# {heading}", ""] if heading else []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("\x00") and stripped.endswith("\x00"):
            out.extend(["", "## " + stripped.strip("\x00").strip("*").strip(), ""])  # (a large run alone)
        else:
            out.append(line.replace("\x00", ""))
    return "\n".join(out)


def _runs(element: Element, depth: int) -> str:
    """An element's text with its runs marked (`**…**`), its lists as items, its large runs between NULs."""
    pieces: list[str] = [element.text or ""]
    for child in element:
        name = _local(child.tag)
        inner = _runs(child, depth + (1 if name == "list" else 0))
        if name in _MARKS and inner.strip():
            inner = f"{_MARKS[name]}{inner}{_MARKS[name]}"
        elif name in ("large", "huge") and "\n" not in inner.strip():
            inner = f"\x00{inner}\x00"
        elif name == "list-item":
            inner = "  " * max(0, depth - 1) + "- " + inner.lstrip()
            if not inner.endswith("\n"):
                inner += "\n"
        elif name == "list" and pieces and not pieces[-1].endswith("\n"):
            inner = "\n" + inner
        pieces.append(inner)
        pieces.append(child.tail or "")
    return "".join(pieces)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
