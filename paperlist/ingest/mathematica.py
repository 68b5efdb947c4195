"""A Mathematica notebook (`.nb`) read as the Markdown its text cells show.

A notebook is one expression, `Notebook[{Cell[…], …}, options]`: each `Cell[content, "Style", options]` holds a
string or `TextData[{…}]` (strings, `StyleBox[…]`, `ButtonBox["label", …, ButtonData->{URL["…"], None}]` for a
link). Strings escape characters as `\\:0441` and `\\[LongDash]`, wrap lines with a backslash, and a cell's text is
marked `\\<…\\>`. Text cells are read by their style (a title, sections, items, text); input, output and code are no
text, nor are the options and the cache outline after the notebook.
"""

from __future__ import annotations

import re

_START = re.compile(r"\A\ufeff?\s*(?:\(\*.*?\*\)\s*)*Notebook\[", re.DOTALL)
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[A-Za-z$][\w$`]*|[\[\]{},]|->|:>|[^\s"\[\]{},A-Za-z$]+', re.DOTALL)
_NAMED = {
    "LeftGuillemet": "«",
    "RightGuillemet": "»",
    "LongDash": "—",
    "Dash": "–",
    "Ellipsis": "…",
    "LeftDoubleBracket": "[[",
    "RightDoubleBracket": "]]",
    "OpenCurlyDoubleQuote": "“",
    "CloseCurlyDoubleQuote": "”",
    "OpenCurlyQuote": "‘",
    "CloseCurlyQuote": "’",
    "Bullet": "•",
    "NonBreakingSpace": " ",
    "RawSpace": " ",
    "RawTab": " ",
    "Times": "×",
    "Rule": "→",
}
_ESCAPE = re.compile(
    r"\\(?::(?P<code>[0-9a-fA-F]{4})|\|(?P<long>[0-9a-fA-F]{6})|\[(?P<name>[A-Za-z]+)\]|(?P<char>.))", re.S
)
_HEADINGS = {"Title": "#", "Chapter": "##", "Section": "##", "Subsection": "###", "Subsubsection": "####"}
_ITEMS = frozenset({"Item", "ItemNumbered", "Subitem", "SubitemNumbered", "ItemParagraph"})
_NOT_TEXT = frozenset(
    {"Input", "Output", "Code", "Message", "Print", "ExternalLanguage", "Program", "Echo", "Graphics"}
)
_NUMBERED = re.compile(r"[0-9]{1,3}[.)][ \t]")
_MAX_DEPTH = 200

Node = str | list["Node"] | tuple[str, list["Node"]]  # a string, a list `{…}`, or a call `Head[…]`


def looks_like_notebook(text: str) -> bool:
    return _START.match(text[:4000]) is not None


def notebook_to_markdown(text: str) -> str | None:
    """The notebook's text cells as Markdown; None when `text` is no notebook expression."""
    start = _START.match(text)
    if start is None:
        return None
    tokens = _TOKEN.findall(text, start.end() - len("Notebook["))
    node, _ = _parse(tokens, 0, 0)
    blocks: list[str] = []
    _cells(node, blocks, 0)
    return "\n\n".join(blocks) + "\n" if blocks else None


def _parse(tokens: list[str], index: int, depth: int) -> tuple[Node, int]:
    """The expression starting at tokens[index], and the index after it."""
    if index >= len(tokens) or depth > _MAX_DEPTH:
        return "", len(tokens)
    token = tokens[index]
    if token == "{":
        items, index = _sequence(tokens, index + 1, "}", depth)
        return items, index
    if token.startswith('"'):
        return token, index + 1
    if index + 1 < len(tokens) and tokens[index + 1] == "[":
        arguments, index = _sequence(tokens, index + 2, "]", depth)
        return (token, arguments), index
    return token, index + 1


def _sequence(tokens: list[str], index: int, closing: str, depth: int) -> tuple[list[Node], int]:
    items: list[Node] = []
    while index < len(tokens) and tokens[index] != closing:
        if tokens[index] == ",":
            index += 1
            continue
        item, index = _parse(tokens, index, depth + 1)
        if index < len(tokens) and tokens[index] in ("->", ":>"):
            value, index = _parse(tokens, index + 1, depth + 1)
            item = ("Rule", [item, value])  # (an option, `Name->value`: no text, but a button's address)
        items.append(item)
    return items, index + 1


def _cells(node: Node, blocks: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            _cells(item, blocks, depth + 1)
        return
    if not isinstance(node, tuple):
        return
    head, arguments = node
    if head != "Cell":
        for item in arguments:
            _cells(item, blocks, depth + 1)
        return
    if not arguments:
        return
    style = _string(arguments[1]) if len(arguments) > 1 and isinstance(arguments[1], str) else ""
    content = arguments[0]
    if isinstance(content, tuple) and content[0] == "CellGroupData":
        _cells(content[1], blocks, depth + 1)
        return
    if style in _NOT_TEXT:
        return
    words = " ".join(_text(content, 0).split())
    if not words:
        return
    if style in _HEADINGS:
        blocks.append(f"{_HEADINGS[style]} {words}")
    elif style in _ITEMS:
        blocks.append(words if _NUMBERED.match(words) else f"- {words}")  # (`1. …`: numbered by its writer)
    else:
        blocks.append(words)


def _text(node: Node, depth: int) -> str:
    if depth > _MAX_DEPTH:
        return ""
    if isinstance(node, str):
        return _string(node) if node.startswith('"') else ""
    if isinstance(node, list):
        return "".join(_text(item, depth + 1) for item in node)
    head, arguments = node
    if head == "ButtonBox" and arguments:
        label = _text(arguments[0], depth + 1)
        url = next((address for address in _urls(node, depth + 1)), None)
        return f"[{label}]({url})" if url and label.strip() else label
    if head in ("TextData", "StyleBox", "Cell", "RowBox", "TextCell") and arguments:
        return _text(arguments[0], depth + 1)
    return ""


def _urls(node: Node, depth: int) -> list[str]:
    """The addresses of `URL["…"]` calls inside a node (a button's, in its `ButtonData` option)."""
    if depth > _MAX_DEPTH or isinstance(node, str):
        return []
    if isinstance(node, list):
        return [url for item in node for url in _urls(item, depth + 1)]
    head, arguments = node
    if head == "URL" and arguments and isinstance(arguments[0], str):
        return [_string(arguments[0])]
    return [url for item in arguments for url in _urls(item, depth + 1)]


def _string(token: str) -> str:
    """A string token's text, its escapes undone."""
    body = token[1:-1] if token.startswith('"') and token.endswith('"') and len(token) >= 2 else token
    body = body.replace("\\<", "").replace("\\>", "").replace("\\\n", "").replace("\\\r\n", "")
    return _ESCAPE.sub(_unescaped, body)


def _unescaped(match: re.Match[str]) -> str:
    if match.group("code") or match.group("long"):
        return chr(int(match.group("code") or match.group("long"), 16))
    if match.group("name"):
        return _NAMED.get(match.group("name"), " ")
    char = match.group("char")
    return {"n": "\n", "t": " "}.get(char, char)
