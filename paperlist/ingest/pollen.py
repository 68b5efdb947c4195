"""A Pollen source (`.html.pm`, `.pm`: Racket's publishing system, its commands opening with `◊`) or a Scribble one
(`.scrbl`, Racket's documentation language, its commands opening with `@`), read as Markdown.

A command is the command character, a name, then optionally Racket arguments in brackets and a text body in braces:
`◊h2{Title}`, `◊link["https://…"]{text}`, `◊em{…}`, `@section{…}`, `@hyperlink["https://…"]{text}`,
`@itemlist[@item{…} @item{…}]`. `◊;` and `@;` open a comment (to the line's end, or a `{…}` body); `◊(…)` and `@(…)`
are Racket expressions (`◊(define-meta title "…")`, an autobib entry `@(define x (make-bib #:title "…" …))`), kept
as they are written. Headings, emphasis, links, list items,
paragraphs and quotations are written as Markdown; a side note or a footnote as its words in parentheses; any other
command as its text.
"""

from __future__ import annotations

import re

_SIGNS = re.compile(r"\A(?:\ufeff)?#lang[ \t]+(?:pollen|scribble)\b")
_COMMAND_START = re.compile(r"◊[A-Za-z][\w\-]*[\[{]")
_NAME = re.compile(r"[A-Za-z][\w\-*!?]*")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_HEADINGS = {
    "h1": 1,
    "title": 1,
    "h2": 2,
    "section": 2,
    "h3": 3,
    "subsection": 3,
    "h4": 4,
    "subsubsection": 4,
    "h5": 5,
    "h6": 6,
}
_EMPHASIS = {"em": "*", "emph": "*", "i": "*", "italic": "*", "strong": "**", "b": "**", "bold": "**"}
_CODE = frozenset(["code", "tt", "racket", "racketfont", "exec", "filepath", "kbd", "samp"])
_LINKS = frozenset(["link", "a", "hyperlink", "url", "href"])
_ITEMS = frozenset(["li", "item"])
_NOTES = frozenset(["sidenote", "marginnote", "margin-note", "footnote", "note", "aside"])
_BLOCKS = frozenset(["p", "para", "div", "section-body", "blockquote", "quote", "nested"])
_DEPTH = 64  # commands nested at most (a deeper page is no reading list)


def looks_like_pollen(text: str, name: str) -> bool:
    """A `#lang pollen`/`#lang scribble` source, a file named as one, or text with many `◊` commands."""
    lowered = name.casefold()
    if _SIGNS.match(text):
        return True
    if lowered.endswith(".scrbl"):
        return "@" in text
    if lowered.endswith((".pm", ".pp", ".pmd")):
        return "◊" in text  # (a `.pm` without the lozenge is a Perl module)
    return len(_COMMAND_START.findall(text[:50_000])) >= 5


def pollen_to_markdown(text: str) -> str:
    """The page as Markdown (see the module's docstring)."""
    at = "◊" if "◊" in text or not text.startswith("#lang scribble") else "@"
    body = text.split("\n", 1)[1] if text.startswith("#lang") else text
    return re.sub(r"\n{3,}", "\n\n", _convert(body, at, 0))


def _convert(text: str, at: str, depth: int) -> str:
    out: list[str] = []
    index = 0
    size = len(text)
    while index < size:
        next_at = text.find(at, index)
        if next_at < 0:
            out.append(text[index:])
            break
        out.append(text[index:next_at])
        index = next_at + 1
        following = text[index : index + 1]
        if following == ";":  # a comment: a body in braces, or the line's rest
            if text[index + 1 : index + 2] == "{":
                index = _closing(text, index + 1, "{", "}") + 1
            else:
                end = text.find("\n", index)
                index = size if end < 0 else end
            continue
        if following == "(":
            # a Racket expression (`◊(define-meta …)`, `@(define x (make-bib #:title "…" #:url "…"))`): kept as it
            # is written, on lines of its own, for the strings it gives (a bibliography's entries)
            end = _closing(text, index, "(", ")") + 1
            out.append(f"\n{text[index:end]}\n")
            index = end
            continue
        name = _NAME.match(text, index)
        if name is None or depth >= _DEPTH:
            out.append(at)
            continue
        index = name.end()
        arguments = ""
        if text[index : index + 1] == "[":
            end = _closing(text, index, "[", "]")
            arguments, index = text[index + 1 : end], end + 1
        body = None
        if text[index : index + 1] == "{":
            end = _closing(text, index, "{", "}")
            body, index = _convert(text[index + 1 : end], at, depth + 1), end + 1
        out.append(_render(name.group(0), arguments, body, at, depth))
    return "".join(out)


def _closing(text: str, opening: int, left: str, right: str) -> int:
    """Where the bracket opening at `opening` closes (the text's end when it never does)."""
    level = 0
    for position in range(opening, len(text)):
        char = text[position]
        if char == left:
            level += 1
        elif char == right:
            level -= 1
            if level == 0:
                return position
    return len(text)


def _render(name: str, arguments: str, body: str | None, at: str, depth: int) -> str:
    words = body if body is not None else ""
    if at in arguments:
        words = _convert(arguments, at, depth + 1) + words  # (`@itemlist[@item{…} @item{…}]`)
    flat = " ".join(words.split())
    command = name.casefold()
    if command in _HEADINGS:
        return f"\n\n{'#' * _HEADINGS[command]} {flat}\n\n"
    if command in _EMPHASIS:
        return f"{_EMPHASIS[command]}{flat}{_EMPHASIS[command]}" if flat else ""
    if command in _CODE:
        return f"`{flat}`" if flat else ""
    if command in _LINKS:
        address = _STRING.search(arguments)
        url = address.group(1) if address is not None else flat
        return f"[{flat}]({url})" if flat and flat != url else url
    if command in _ITEMS:
        return f"\n- {flat}\n"
    if command in _NOTES:
        return f" ({flat})" if flat else ""
    if command in ("blockquote", "quote"):
        return f"\n\n> {flat}\n\n"
    if command in _BLOCKS:
        return f"\n\n{words.strip()}\n\n"
    return words
