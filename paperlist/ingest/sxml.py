"""A page written as SXML, the S-expressions Scheme writes HTML in (a Haunt or Skribilo post's source, Guile's
`sxml->xml`), as the HTML it renders.

An element is a list that opens on a tag's name, `(li (a (@ (href "https://…")) "Title") " —— note")`: its `(@ …)`
list holds its attributes, its strings are text and its lists its children. Lists that are no element (`(define
(post) …)`, a post's `#:title` and metadata, the quasiquote's marks) are the program around the page: their
elements are read where they stand, their own words and symbols are not.
"""

from __future__ import annotations

import re
from html import escape

_TOKEN = re.compile(
    r"""[ \t\r\n]+|;[^\n]*|(?P<string>"(?:[^"\\]|\\.)*")|(?P<open>[(\[])|(?P<close>[)\]])"""
    r"""|(?P<atom>[^\s()\[\]";]+)""",
    re.DOTALL,
)
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ELEMENT_HEAD = re.compile(r"\((?:p|li|h[1-6]|ul|ol|a|em|strong|blockquote|div|section)[ \t\r\n]")
# The tags a page is written with: an element of any other name is the program's own list, not the page's.
_TAGS = frozenset(
    [
        *("html", "head", "body", "title", "article", "section", "header", "footer", "nav", "main", "aside"),
        *("div", "p", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt"),
        *("dd", "a", "em", "strong", "i", "b", "u", "s", "small", "sup", "sub", "code", "pre", "kbd"),
        *(
            "blockquote",
            "q",
            "cite",
            "img",
            "figure",
            "figcaption",
            "table",
            "thead",
            "tbody",
            "tr",
            "td",
            "th",
        ),
    ]
)
_VOID = frozenset(["br", "hr", "img"])
_MAX_DEPTH = 200

Node = str | list["Node"]


def looks_like_sxml(text: str) -> bool:
    """Whether `text` is SXML: an attribute list (`(@ (href "…"))`) and a few elements of a page's tags."""
    head = text[:200_000]
    return "(@ (" in head and len(_ELEMENT_HEAD.findall(head)) >= 3


def sxml_to_html(text: str) -> str | None:
    """The page the SXML in `text` renders (see the module's docstring); None when its brackets do not balance."""
    nodes: list[Node] = []
    stack: list[list[Node]] = [nodes]
    for token in _TOKEN.finditer(text):
        if token.group("open"):
            if len(stack) > _MAX_DEPTH:
                return None
            child: list[Node] = []
            stack[-1].append(child)
            stack.append(child)
        elif token.group("close"):
            if len(stack) == 1:
                return None
            stack.pop()
        elif token.group("string"):
            stack[-1].append(_ESCAPE.sub(r"\1", token.group("string")[1:-1]))
        elif token.group("atom"):
            stack[-1].append(_Atom(token.group("atom")))
    if len(stack) != 1:
        return None
    return "".join(_program(node) for node in nodes)


class _Atom(str):
    """A symbol, a keyword or a number of the source: no text of the page."""

    __slots__ = ()


def _program(node: Node) -> str:
    """The page's elements a list of the program holds, wherever they stand in it."""
    if isinstance(node, str):
        return ""
    if _tag(node) is not None:
        return _element(node)
    return "".join(_program(child) for child in node)


def _tag(node: list[Node]) -> str | None:
    head = node[0] if node else None
    name = head.lstrip("`',") if isinstance(head, _Atom) else None
    return name if name in _TAGS else None


def _element(node: list[Node]) -> str:
    tag = _tag(node) or "span"
    attributes = ""
    inner: list[str] = []
    for child in node[1:]:
        if isinstance(child, list) and child and child[0] == "@":
            attributes = "".join(
                f' {pair[0]}="{escape(pair[1], quote=True)}"'
                for pair in child[1:]
                if isinstance(pair, list)
                and len(pair) == 2
                and isinstance(pair[0], _Atom)
                and isinstance(pair[1], str)
                and not isinstance(pair[1], _Atom)
            )
        elif isinstance(child, _Atom):
            continue
        elif isinstance(child, str):
            inner.append(escape(child, quote=False))
        elif _tag(child) is not None:
            inner.append(_element(child))
        else:
            inner.append(_program(child))
    if tag in _VOID:
        return f"<{tag}{attributes}>"
    return f"<{tag}{attributes}>{''.join(inner)}</{tag}>"
