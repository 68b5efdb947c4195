"""A Maple worksheet (`.mw`: XML whose root is `<Worksheet>`) as Markdown.

Its text is in `Text-field` elements, in sections (`Section`, each with its `Title`) and execution groups (`Group`,
an `Input` and its `Output`). A field's `layout` says what it is (`Heading 1`–`4` a heading, `Bullet Item` an
item of a list, `Normal` a paragraph) and its `style` whether it is text or code (`Maple Input`, the commands typed
at the `>` prompt, which are no text); links are `Hyperlink` elements, their address in `linktarget`. What the
commands print (`Line Printed Output`) is read as text; the worksheet's styles, its 2D math and images are not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_START = re.compile(r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?<Worksheet\b")
_HEADING = re.compile(r"Heading (?P<level>[1-6])")
_CODE_STYLES = frozenset(["Maple Input", "2D Input", "2D Output"])
_MAX_DEPTH = 64


def looks_like_maple(text: str) -> bool:
    return _START.match(text[:400]) is not None and "<Text-field" in text


def maple_to_markdown(text: str) -> str | None:
    """The worksheet's text as Markdown, or None when `text` is no Maple worksheet."""
    root = parse_document(text)
    if root is None or root.tag != "Worksheet":
        return None
    blocks: list[str] = []
    for field in root.iter("Text-field"):
        if (field.get("style") or "") in _CODE_STYLES:
            continue
        words = " ".join(_runs(field, 0).split())
        if not words:
            continue
        layout = field.get("layout") or ""
        heading = _HEADING.fullmatch(layout)
        if heading is not None:
            blocks.append("#" * int(heading.group("level")) + " " + words)
        elif "Bullet" in layout:
            blocks.append("- " + words)
        else:
            blocks.append(words)
    return "\n\n".join(blocks) + "\n"


def _runs(element: Element, depth: int) -> str:
    """An element's text with its links as Markdown's."""
    pieces = [element.text or ""]
    for child in element:
        if depth < _MAX_DEPTH:
            inner = _runs(child, depth + 1)
            target = child.get("linktarget") or ""
            if child.tag == "Hyperlink" and target.startswith(("http://", "https://")) and inner.strip():
                inner = f"[{inner.strip()}]({target})"
            pieces.append(inner)
        pieces.append(child.tail or "")
    return "".join(pieces)
