"""A CherryTree notebook saved as XML (`.ctd`), read as the Markdown of its nodes.

Each `node` (named, nested in its parent) is a `#` heading as deep as it is nested; its text is a run of
`rich_text` pieces, each with its look: `scale="h1"`–`h6` a heading's size, `weight="heavy"` bold,
`style="italic"`, `link="webs URL"` a link to a page (`link="node N"`, `file …`: inside the notebook or on the
writer's disk, kept as words). A node's tables (`table`, its header row last unless `head_front="1"`) and code
boxes (`codebox`) follow its text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_START = re.compile(r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?<cherrytree\b")
_MAX_DEPTH = 64
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def looks_like_cherrytree(text: str) -> bool:
    return _START.match(text) is not None


def cherrytree_to_markdown(text: str) -> str | None:
    """The notebook's nodes as Markdown, or None when `text` is no CherryTree XML."""
    root = parse_document(text)
    if root is None:
        return None
    if root.tag != "cherrytree":
        return None
    parts: list[str] = []
    pending: list[tuple[Element, int]] = [(node, 1) for node in reversed(root.findall("node"))]
    while pending:
        node, depth = pending.pop()
        parts.append(f"{'#' * min(depth, 6)} {' '.join((node.get('name') or '').split())}")
        parts.append(_node_text(node))
        if depth < _MAX_DEPTH:
            pending.extend((child, depth + 1) for child in reversed(node.findall("node")))
    return "\n\n".join(part for part in parts if part.strip()) + "\n"


def _node_text(node: Element) -> str:
    """A node's own text (its rich text runs, then its tables and code boxes) as Markdown."""
    runs: list[str] = []
    for piece in node.findall("rich_text"):
        runs.append(_run(piece))
    blocks = ["".join(runs)]
    for table in node.findall("table"):
        rows = [[" ".join((cell.text or "").split()).replace("|", "\\|") for cell in row] for row in table]
        if rows and table.get("head_front") != "1":
            rows = [rows[-1], *rows[:-1]]  # (CherryTree keeps a table's header as its last row)
        if rows:
            width = max(len(row) for row in rows)
            lines = ["| " + " | ".join([*row, *[""] * (width - len(row))]) + " |" for row in rows]
            blocks.append("\n".join([lines[0], "|" + " --- |" * width, *lines[1:]]))
    for code in node.findall("codebox"):
        blocks.append("```\n" + (code.text or "") + "\n```")
    return "\n\n".join(block for block in blocks if block.strip())


def _run(piece: Element) -> str:
    """One run of rich text as Markdown: a heading's line, bold, italic, a link to a page."""
    words = piece.text or ""
    if not words.strip():
        return words
    level = _HEADINGS.get(piece.get("scale") or "")
    if level is not None:
        return f"{'#' * level} {words.strip()}\n\n"
    lead, core, trail = words[: len(words) - len(words.lstrip())], words.strip(), words[len(words.rstrip()) :]
    link = piece.get("link") or ""
    if link.startswith("webs "):
        core = f"[{core.replace('[', '(').replace(']', ')')}]({link[5:].strip()})"
    elif piece.get("weight") == "heavy":
        core = f"**{core}**"
    elif piece.get("style") == "italic":
        core = f"*{core}*"
    return f"{lead}{core}{trail}"
