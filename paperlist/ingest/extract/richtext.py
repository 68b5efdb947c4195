"""A rich-text editor's document tree, as a data file stores it, written as the Markdown it shows.

ProseMirror and the editors built on it (Tiptap, Statamic's Bard field, Atlassian's document format, Remirror)
store a document as nested nodes: `{"type": "paragraph", "content": [{"type": "text", "text": "…", "marks":
[{"type": "italic"}]}]}`; Lexical (Payload, Meta's) names the list `children` and a text's emphasis `format`
bits; Portable Text (Sanity) writes `_type: block` with `style`, `listItem` and `children` spans whose marks
are names or keys of the block's `markDefs` (a link's `href`); Prismic writes each block's whole `text` and its
`spans`, offsets into it (`em`, `strong`, a `hyperlink` with its `data.url`). Read node by node, a title in italics
is torn from the authors after it and a link from its words: the tree is written whole, a paragraph, heading, list
item or table row a line, as the editor shows it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# Node types that hold blocks or are blocks (lower case, `_` and `-` dropped: `bullet_list` is `bulletlist`).
_BLOCKS = frozenset(
    [
        "paragraph",
        "heading",
        "bulletlist",
        "orderedlist",
        "tasklist",
        "list",
        "listitem",
        "taskitem",
        "blockquote",
        "quote",
        "codeblock",
        "code",
        "block",
        "table",
        "tablerow",
        "panel",
        "expand",
        "details",
        "callout",
    ]
)
_ROOTS = frozenset(["doc", "root"])
_LISTS = frozenset(["bulletlist", "orderedlist", "tasklist", "list"])
_BREAKS = frozenset(["hardbreak", "linebreak"])
_RULES = frozenset(["horizontalrule", "rule"])
_ROWS = frozenset(["tablerow"])
_CELLS = frozenset(["tablecell", "tableheader"])
# A text's marks, by name, and Lexical's `format` bits (1 bold, 2 italic, 16 code).
_MARKS = {"bold": "**", "strong": "**", "italic": "*", "em": "*", "emphasis": "*", "code": "`"}
_FORMAT_BITS = ((1, "**"), (2, "*"), (16, "`"))
_DEPTH = 40  # (deeper than any document an editor writes: a tree nested past it is no document)


def _kind(node: Mapping[str, object]) -> str:
    kind = node.get("type", node.get("_type"))
    return kind.casefold().replace("_", "").replace("-", "") if isinstance(kind, str) else ""


def _children(node: Mapping[str, object]) -> list[object]:
    children = node.get("content", node.get("children"))
    return list(children) if isinstance(children, list) else []


def is_rich_text(tree: object) -> bool:
    """Whether `tree` (parsed JSON or YAML) is a rich-text document: a `doc` or `root` node holding a list of
    nodes, or a list of block nodes (a paragraph, a heading, a list …) one of which holds nodes of its own."""
    if isinstance(tree, Mapping):
        return _kind(tree) in _ROOTS and bool(_children(tree))
    if isinstance(tree, list) and tree:
        if not all(isinstance(node, Mapping) and _kind(node) for node in tree):
            return False
        if all(_spanned(node) for node in tree if isinstance(node, Mapping)):
            return True  # (Prismic's blocks: each a `text` and the `spans` that mark it)
        return any(_kind(node) in _BLOCKS and _children(node) for node in tree if isinstance(node, Mapping))
    return False


def _spanned(node: Mapping[str, object]) -> bool:
    """A Prismic block: its whole `text`, and its marks as `spans` of offsets into it."""
    return isinstance(node.get("text"), str) and isinstance(node.get("spans"), list)


def rich_text_markdown(tree: object) -> str | None:
    """The Markdown `tree` shows, or None when it is no rich-text document (see `is_rich_text`)."""
    if not is_rich_text(tree):
        return None
    nodes = _children(tree) if isinstance(tree, Mapping) else tree
    assert isinstance(nodes, list)
    lines = _blocks(nodes, 0)
    text = "\n".join(lines).strip("\n")
    return text or None


def _blocks(nodes: Sequence[object], depth: int) -> list[str]:
    """The lines of a list of block nodes, a blank line between blocks."""
    lines: list[str] = []
    for node in nodes:
        if not isinstance(node, Mapping) or depth > _DEPTH:
            continue
        block = _block(node, depth)
        if block:
            if lines:
                lines.append("")
            lines.extend(block)
    return lines


def _block(node: Mapping[str, object], depth: int) -> list[str]:
    kind = _kind(node)
    attrs = node.get("attrs")
    attrs = attrs if isinstance(attrs, Mapping) else {}
    if kind == "block" or "markDefs" in node:  # (Portable Text's block: its style, list item and spans)
        return _portable_block(node)
    if _spanned(node):
        return _prismic_block(node, kind)
    if kind in _LISTS:
        ordered = kind == "orderedlist" or node.get("listType") == "number" or node.get("tag") == "ol"
        lines: list[str] = []
        for number, item in enumerate(_children(node), 1):
            if not isinstance(item, Mapping):
                continue
            mark = f"{number}. " if ordered else "- "
            inner = _blocks(_children(item), depth + 1) if _has_blocks(item) else [_inline([item])]
            inner = [line for line in inner if line.strip()] or [""]
            lines.append(mark + inner[0])
            lines.extend(" " * len(mark) + line if line else "" for line in inner[1:])
        return lines
    if kind in _RULES:
        return ["---"]
    if kind == "heading":
        level = attrs.get("level", node.get("tag", "h2"))
        digits = "".join(char for char in str(level) if char.isdigit())
        return ["#" * min(6, max(1, int(digits or "2"))) + " " + _inline(_children(node))]
    if kind in ("blockquote", "quote"):
        inner = _blocks(_children(node), depth + 1) if _has_blocks(node) else [_inline(_children(node))]
        return ["> " + line if line else ">" for line in inner]
    if kind in ("codeblock", "code") and not _has_blocks(node):
        return ["```", *_inline(_children(node)).splitlines(), "```"]
    if kind == "table":
        return [_row(row) for row in _children(node) if isinstance(row, Mapping)]
    if kind in _ROWS:
        return [_row(node)]
    if _has_blocks(node):  # (a panel, a list item, an editor's own set of blocks: what they hold)
        return _blocks(_children(node), depth + 1)
    text = _inline(_children(node)) if _children(node) else _inline([node])
    return [text] if text.strip() else []


def _has_blocks(node: Mapping[str, object]) -> bool:
    return any(isinstance(child, Mapping) and _kind(child) in _BLOCKS for child in _children(node))


def _row(row: Mapping[str, object]) -> str:
    cells = [
        " ".join(_blocks(_children(cell), 1)).replace("|", "/")
        for cell in _children(row)
        if isinstance(cell, Mapping) and (_kind(cell) in _CELLS or _children(cell))
    ]
    return "| " + " | ".join(cells) + " |"


def _inline(nodes: Sequence[object]) -> str:
    """The words of a run of inline nodes, with their emphasis and links as Markdown."""
    pieces: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            pieces.append(node)
            continue
        if not isinstance(node, Mapping):
            continue
        kind = _kind(node)
        if kind in _BREAKS:
            pieces.append("\n")
            continue
        attrs = node.get("attrs")
        attrs = attrs if isinstance(attrs, Mapping) else {}
        text = node.get("text")
        if not isinstance(text, str):
            if kind == "link" or kind == "autolink":  # (Lexical's link: its address, its words as children)
                url = node.get("url", attrs.get("href"))
                words = _inline(_children(node))
                pieces.append(f"[{words}]({url})" if isinstance(url, str) and words.strip() else words)
            elif kind in ("inlinecard", "blockcard", "embedcard") and isinstance(attrs.get("url"), str):
                pieces.append(str(attrs["url"]))  # (Atlassian's card of a link: its address)
            elif isinstance(attrs.get("text"), str):  # (a mention, an emoji: what it shows)
                pieces.append(str(attrs["text"]))
            elif _children(node):
                pieces.append(_inline(_children(node)))
            continue
        pieces.append(_marked(text, node))
    return "".join(pieces)


def _marked(text: str, node: Mapping[str, object]) -> str:
    """A text node's words with its marks: emphasis around the words (not their spaces), a link's address."""
    core = text.strip()
    if not core:
        return text
    href: str | None = None
    wrap = ""
    marks = node.get("marks")
    for mark in marks if isinstance(marks, list) else []:
        name = _kind(mark) if isinstance(mark, Mapping) else mark.casefold() if isinstance(mark, str) else ""
        if name == "link" and isinstance(mark, Mapping):
            attrs = mark.get("attrs")
            url = attrs.get("href") if isinstance(attrs, Mapping) else mark.get("href")
            href = url if isinstance(url, str) else href
        elif name in _MARKS and _MARKS[name] not in wrap:
            wrap += _MARKS[name]
    bits = node.get("format")
    bits = int(bits) if isinstance(bits, str) and bits.isdigit() else bits
    if isinstance(bits, int):
        wrap += "".join(mark for bit, mark in _FORMAT_BITS if bits & bit and mark not in wrap)
    words = f"{wrap}{core}{wrap[::-1]}" if wrap else core
    if href:
        words = f"[{words}]({href})"
    return text.replace(core, words, 1)


def _prismic_block(node: Mapping[str, object], kind: str) -> list[str]:
    """A Prismic block: its text with each span's mark put around the characters it covers (`em`, `strong`, a
    `hyperlink`'s `data.url`), a heading by its level (`heading2`), a list item by its kind (`o-list-item`)."""
    text = str(node.get("text", ""))
    marks: list[tuple[int, int, str, str]] = []  # (start, end, before, after)
    spans = node.get("spans")
    for span in spans if isinstance(spans, list) else []:
        if not isinstance(span, Mapping):
            continue
        start, end, name = _offset(span.get("start")), _offset(span.get("end")), _kind(span)
        if start is None or end is None or not 0 <= start < end <= len(text):
            continue
        data = span.get("data")
        url = data.get("url") if isinstance(data, Mapping) else None
        if name == "hyperlink" and isinstance(url, str):
            marks.append((start, end, "[", f"]({url})"))
        elif name in _MARKS:
            marks.append((start, end, _MARKS[name], _MARKS[name]))
    pieces: list[str] = []
    for position, char in enumerate(text):
        pieces.extend(before for start, _, before, _ in marks if start == position)
        pieces.append(char)
        pieces.extend(after for _, end, _, after in reversed(marks) if end == position + 1)
    line = "".join(pieces)
    if kind.startswith("heading") and kind[7:].isdigit():
        return ["#" * min(6, int(kind[7:])) + " " + line]
    if kind in ("listitem", "olistitem"):
        return [("1. " if kind == "olistitem" else "- ") + line]
    if kind == "preformatted":
        return ["```", *line.splitlines(), "```"]
    return [line] if line.strip() else []


def _offset(value: object) -> int | None:
    """A span's offset: a number, or its digits (a YAML reader's strings)."""
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.isdigit() else None


def _portable_block(node: Mapping[str, object]) -> list[str]:
    """A Portable Text block: its spans' words, marks by name or by a key of its `markDefs` (a link)."""
    links: dict[str, str] = {}
    definitions = node.get("markDefs")
    for definition in definitions if isinstance(definitions, list) else []:
        if isinstance(definition, Mapping) and isinstance(definition.get("href"), str):
            links[str(definition.get("_key"))] = str(definition["href"])
    pieces: list[str] = []
    for span in _children(node):
        if not isinstance(span, Mapping) or not isinstance(span.get("text"), str):
            continue
        text = str(span["text"])
        core = text.strip()
        marks = span.get("marks")
        names = [mark for mark in marks if isinstance(mark, str)] if isinstance(marks, list) else []
        wrap = "".join(dict.fromkeys(_MARKS[name] for name in names if name in _MARKS))
        words = f"{wrap}{core}{wrap[::-1]}" if wrap and core else core
        href = next((links[name] for name in names if name in links), None)
        if href and core:
            words = f"[{words}]({href})"
        pieces.append(text.replace(core, words, 1) if core else text)
    line = "".join(pieces)
    style = node.get("style")
    if isinstance(style, str) and len(style) == 2 and style[0] == "h" and style[1].isdigit():
        return ["#" * int(style[1]) + " " + line]
    if style == "blockquote":
        return ["> " + line]
    item = node.get("listItem")
    if isinstance(item, str):
        level = str(node.get("level"))
        indent = "  " * (int(level) - 1) if level.isdigit() and int(level) > 1 else ""
        return [indent + ("1. " if item == "number" else "- ") + line]
    return [line] if line.strip() else []
