"""A Leo outline (`.leo`: the Leo editor's XML), read as the Markdown list of its outline.

A `.leo` file holds the outline's tree in `<vnodes>`, each node a `<v t="id">` with its headline in `<vh>` and its
children inside it, and the nodes' bodies in `<tnodes>` (`<t tx="id">body</t>`). Each node becomes a list item of
its headline, its children the items under it and its body the lines under its item; a headline that says it is
a link (`@url https://…`) is the link alone. Clones (a node shown twice) are read once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_MAX_DEPTH = 100


def looks_like_leo(text: str) -> bool:
    head = text[:1000]
    return "<leo_file" in head and "<vnodes" in text[:20000]


def leo_to_markdown(text: str) -> str | None:
    """The outline as a Markdown list (see the module's docstring); None when `text` is no Leo outline."""
    root = parse_document(text)
    if root is None or root.tag != "leo_file":
        return None
    vnodes = root.find("vnodes")
    if vnodes is None:
        return None
    tnodes = root.find("tnodes")
    bodies = {t.get("tx", ""): t.text or "" for t in (tnodes if tnodes is not None else [])}
    lines: list[str] = []
    seen: set[str] = set()
    for node in vnodes.findall("v"):
        _node(node, 0, bodies, seen, lines)
    return "\n".join(lines) + "\n" if lines else None


def _node(node: Element, depth: int, bodies: dict[str, str], seen: set[str], lines: list[str]) -> None:
    if depth > _MAX_DEPTH:
        return
    indent = "  " * depth
    key = node.get("t", "")
    headline = " ".join((node.findtext("vh") or "").split())
    if headline.startswith("@url "):
        headline = headline[5:].strip()
    if headline:
        lines.append(f"{indent}- {headline}")
    if key and key not in seen:
        seen.add(key)
        body = bodies.get(key, "").strip("\n")
        if body.strip():
            lines.extend(f"{indent}  {line}" if line.strip() else "" for line in body.split("\n"))
            lines.append("")
    for child in node.findall("v"):
        _node(child, depth + 1, bodies, seen, lines)
