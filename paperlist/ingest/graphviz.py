"""A Graphviz DOT file (`.gv`, `.dot`), read as the list of boxes it draws.

A reading map drawn with Graphviz is a `digraph` (or `graph`) whose nodes are papers: each node's `label` is
its text, cut into lines with `\\n` (`\\l`, `\\r`) or written as an HTML-like label (`<<b>Name</b><br/>…>`), its
`URL` (or `href`) its link, its `tooltip` and `comment` the writer's notes. A `subgraph cluster_…` with a `label`
is a section of the map; edges between nodes (`a -> b`), and the attributes that only draw (colours, shapes,
fonts), are no text.

The map becomes Markdown: the graph's label a heading, each cluster's label a heading under it, each node a list
item (its label's lines joined as the wrapped text they are, its link after them) with its notes as sub-items, so
that a node naming a paper is read as an entry with its link and notes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

# (A block comment's body holds no `*/`, so that a run of comments is read one way only, in linear time.)
_START = re.compile(
    r"\A(?:\s|//[^\n]*\n|/\*(?:[^*]|\*(?!/))*\*/|#[^\n]*\n)*(?:strict\s+)?(?:di)?graph\b[^{]{0,200}\{", re.I
)
_TOKEN = re.compile(
    r'"(?P<quoted>(?:[^"\\]|\\.)*)"'
    r"|(?P<html><)"
    r"|(?P<word>[A-Za-z_\u0080-\U0010ffff][\w\u0080-\U0010ffff.]*|-?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?))"
    r"|(?P<edge>->|--)"
    r"|(?P<mark>[{}\[\];,=:])"
    r"|(?P<comment>//[^\n]*|/\*.*?\*/|^[ \t]*#[^\n]*)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.S | re.M,
)
_ESCAPED_BREAK = re.compile(r"\\[nlr]")
_HTML_BREAK = re.compile(r"<br\s*/?>|</(?:tr|p|div)>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_RECORD_PORT = re.compile(r"<[\w\-]+>")
_MAX_TOKENS = 2_000_000


def looks_like_dot(text: str, name: str) -> bool:
    return name.casefold().endswith((".gv", ".dot")) or _START.match(text[:4000]) is not None


@dataclass
class _Section:
    label: str = ""
    items: list[str | _Section] = field(default_factory=list)


def dot_to_markdown(text: str) -> str | None:
    """The nodes of a DOT graph as Markdown; None when `text` is no graph."""
    if _START.match(text[:4000]) is None:
        return None
    tokens = list(_tokens(text))
    root = _Section()
    stack = [root]
    position = 0
    while position < len(tokens):
        kind, value = tokens[position]
        following = tokens[position + 1] if position + 1 < len(tokens) else ("", "")
        if value == "{" and kind == "mark":
            section = _Section()
            stack[-1].items.append(section)
            stack.append(section)
            position += 1
        elif value == "}" and kind == "mark":
            if len(stack) > 1:
                stack.pop()
            position += 1
        elif kind == "word" and value.casefold() in ("graph", "node", "edge") and following == ("mark", "["):
            attributes, position = _attributes(tokens, position + 1)
            if value.casefold() == "graph" and attributes.get("label"):
                stack[-1].label = _label_text(attributes["label"], "")
        elif kind in ("word", "quoted") and following == ("mark", "=") and position + 2 < len(tokens):
            if value.casefold() == "label":  # (`label="…";` in a graph or a cluster: its title)
                stack[-1].label = _label_text(tokens[position + 2], "")
            position += 3
        elif kind in ("word", "quoted", "html"):
            position = _statement(tokens, position, stack[-1])
        else:
            position += 1
    lines = _written(root, 1)
    return "\n".join(lines) + "\n" if any(line.startswith("- ") for line in lines) else None


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(text) and len(tokens) < _MAX_TOKENS:
        match = _TOKEN.match(text, position)
        if match is None:  # (cannot happen: `other` takes any character)
            break
        kind = match.lastgroup or "other"
        if kind == "html":
            end = _html_end(text, match.start())
            tokens.append(("html", text[match.start() + 1 : end - 1]))
            position = end
            continue
        if kind not in ("space", "comment", "other"):
            tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


def _html_end(text: str, start: int) -> int:
    """Where an HTML-like label `<…>` that opens at `start` ends (its angle brackets nest)."""
    depth = 0
    for position in range(start, len(text)):
        if text[position] == "<":
            depth += 1
        elif text[position] == ">":
            depth -= 1
            if depth == 0:
                return position + 1
    return len(text)


def _attributes(tokens: list[tuple[str, str]], position: int) -> tuple[dict[str, tuple[str, str]], int]:
    """The attributes of the `[ … ]` list(s) opening at `position`, and where they end."""
    attributes: dict[str, tuple[str, str]] = {}
    while position < len(tokens) and tokens[position] == ("mark", "["):
        position += 1
        while position < len(tokens) and tokens[position] != ("mark", "]"):
            if position + 2 < len(tokens) and tokens[position + 1] == ("mark", "="):
                attributes[tokens[position][1].casefold()] = tokens[position + 2]
                position += 3
            else:
                position += 1
        position += 1
    return attributes, position


def _statement(tokens: list[tuple[str, str]], position: int, section: _Section) -> int:
    """Read a node or an edge statement at `position` (a node with attributes becomes an item); where it ends."""
    position += 1
    if position < len(tokens) and tokens[position] == ("mark", ":"):
        position += 2  # (`a:port`)
    if position < len(tokens) and tokens[position][0] == "edge":
        while position < len(tokens) and tokens[position] not in (("mark", ";"), ("mark", "[")):
            if tokens[position] in (("mark", "{"), ("mark", "}")):
                return position  # (`a -> {b c}`: the braces are read as a section of their own)
            position += 1
        if position < len(tokens) and tokens[position] == ("mark", "["):
            _, position = _attributes(tokens, position)
        return position
    if position < len(tokens) and tokens[position] == ("mark", "["):
        attributes, position = _attributes(tokens, position)
        item = _item(attributes)
        if item:
            section.items.append(item)
    return position


def _item(attributes: dict[str, tuple[str, str]]) -> str:
    shape = attributes.get("shape", ("", ""))[1].casefold()
    label = attributes.get("label")
    lines = _label_lines(label, shape) if label is not None else []
    if not lines:
        return ""
    link = next(
        (attributes[key][1] for key in ("url", "href") if key in attributes and "://" in attributes[key][1]),
        "",
    )
    first = _joined(lines) + (f" {link}" if link else "")
    notes = [
        " ".join(_label_text(attributes[key], "").split())
        for key in ("tooltip", "comment", "xlabel")
        if key in attributes
    ]
    return "\n".join([f"- {first}", *(f"  - {note}" for note in notes if note)])


def _label_text(token: tuple[str, str], shape: str) -> str:
    return "\n".join(_label_lines(token, shape))


def _label_lines(token: tuple[str, str], shape: str) -> list[str]:
    kind, value = token
    if kind == "html":
        value = html.unescape(_TAG.sub(" ", _HTML_BREAK.sub("\n", value)))
    else:
        if shape in ("record", "mrecord"):
            value = (
                _RECORD_PORT.sub("", value).replace("\\|", "\x00").replace("|", "\\n").replace("\x00", "|")
            )
            value = value.replace("\\{", "\x00").replace("{", "").replace("}", "").replace("\x00", "{")
        value = _ESCAPED_BREAK.sub("\n", value).replace('\\"', '"').replace("\\\\", "\\")
        if value in ("\\N", "\\G"):  # (the node's or graph's own name, drawn as its label)
            return []
    return [" ".join(line.split()) for line in value.split("\n") if line.strip()]


def _joined(lines: list[str]) -> str:
    """A node's label lines as one: its lines wrapped to fit the box, so joined by spaces; a lone short name over
    the rest (`Graphormer` / `Do Transformers Really …`) is parted from it by a spaced dash."""
    if len(lines) > 1 and len(lines[0].split()) == 1 and not lines[1].startswith("("):
        return lines[0] + " — " + " ".join(lines[1:])
    return " ".join(lines)


def _written(section: _Section, depth: int) -> list[str]:
    out: list[str] = []
    if section.label:
        out += ["", f"{'#' * min(depth, 6)} {' — '.join(section.label.splitlines())}", ""]
    for item in section.items:
        if isinstance(item, _Section):
            out += _written(item, depth + 1 if item.label else depth)
        else:
            out.append(item)
    return out
