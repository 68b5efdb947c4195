"""A Texinfo manual (`.texi`: GNU's documentation source), written as the Markdown it reads as.

Texinfo marks its text with `@command{…}` and `@command` lines: `@chapter`, `@section` and their kin head the
manual's parts, `@item` starts a list's entry, `@cite{Title}` names a work, `@emph{…}` and `@strong{…}` stress,
`@uref{address, text}` links, `@code{…}` is code; `@c` lines are comments and `@end …`, `@node`, `@menu` blocks
and the header's settings say nothing of papers. Its quotations are TeX's ``` ``…'' ```, made curly when any text is
read.
"""

from __future__ import annotations

import re

_TEXINFO_START = re.compile(r"\A\ufeff?\s*(?:\\input texinfo|@c |@setfilename\b|@node\b)")
_HEADINGS = {
    "top": "#",
    "chapter": "#",
    "unnumbered": "#",
    "appendix": "#",
    "section": "##",
    "unnumberedsec": "##",
    "appendixsec": "##",
    "subsection": "###",
    "unnumberedsubsec": "###",
    "subsubsection": "####",
    "heading": "##",
    "subheading": "###",
}
_LINE_COMMAND = re.compile(r"^[ \t]*@(?P<name>[a-z]+)(?![{\w])[ \t]*(?P<rest>.*)$")  # (not `@cite{…}`)
# Commands whose whole line is the manual's machinery: settings, nodes, index entries, page layout.
_SILENT = frozenset(
    [
        "c",
        "comment",
        "end",
        "node",
        "menu",
        "setfilename",
        "settitle",
        "set",
        "clear",
        "documentencoding",
        "documentlanguage",
        "dircategory",
        "direntry",
        "insertcopying",
        "contents",
        "page",
        "vskip",
        "bye",
        "printindex",
        "cindex",
        "findex",
        "vindex",
        "kindex",
        "pindex",
        "tindex",
        "titlepage",
        "copying",
        "ifnottex",
        "iftex",
        "ifinfo",
        "ifhtml",
        "ifplaintex",
        "sp",
        "need",
        "finalout",
        "paragraphindent",
        "exampleindent",
        "firstparagraphindent",
        "headings",
        "everyheading",
        "everyfooting",
        "evenheading",
        "oddheading",
        "table",
        "itemize",
        "enumerate",
        "ftable",
        "vtable",
        "multitable",
        "example",
        "smallexample",
        "lisp",
        "display",
        "format",
        "quotation",
        "cartouche",
        "group",
        "verbatim",
    ]
)
_BRACED = re.compile(r"@(?P<name>[a-zA-Z]+)\{(?P<inner>[^{}]*)\}")
_MARKS = {
    "cite": "*",
    "emph": "*",
    "i": "*",
    "strong": "**",
    "b": "**",
    "code": "`",
    "samp": "`",
    "file": "`",
    "command": "`",
    "env": "`",
    "option": "`",
    "var": "",
    "dfn": "*",
    "r": "",
    "t": "`",
    "w": "",
    "sc": "",
}
_SYMBOLS = {"@@": "@", "@{": "{", "@}": "}", "@*": "\n", "@.": ".", "@:": "", "@-": "", "@/": ""}


def looks_like_texinfo(text: str, name: str) -> bool:
    return (
        name.casefold().endswith((".texi", ".texinfo", ".txi"))
        or _TEXINFO_START.match(text[:400]) is not None
    )


def texinfo_to_markdown(text: str) -> str:
    """The manual as Markdown, a line for each of its lines (see the module)."""
    out: list[str] = []
    silent_block = 0
    for line in text.split("\n"):
        command = _LINE_COMMAND.match(line)
        if command is not None:
            name, rest = command.group("name"), command.group("rest")
            if name in ("menu", "direntry", "copying", "titlepage"):
                silent_block += 1
            elif (
                name == "end"
                and rest.split()[:1]
                and rest.split()[0] in ("menu", "direntry", "copying", "titlepage")
            ):
                silent_block = max(0, silent_block - 1)
            if name in _HEADINGS:
                out.append(f"{_HEADINGS[name]} {_inline(rest)}")
            elif name in ("item", "itemx"):
                out.append(f"- {_inline(rest)}")
            elif name in ("title", "subtitle", "author") and not silent_block:
                out.append(_inline(rest))
            else:
                out.append("")  # (`@c`, `@end itemize`, `@node Top`, a setting: the manual's machinery)
            continue
        out.append("" if silent_block or line.startswith("\\input") else line)
    return _inline("\n".join(out))


def _inline(text: str) -> str:
    """The text with its brace commands written as Markdown (innermost first: `@emph{@code{x}}`)."""
    for _ in range(4):
        text, count = _BRACED.subn(_braced, text)
        if not count:
            break
    for symbol, written in _SYMBOLS.items():
        if symbol in text:
            text = text.replace(symbol, written)
    return text


def _braced(match: re.Match[str]) -> str:
    """A brace command as Markdown, the line breaks inside it moved after it (the lines below keep their numbers)."""
    breaks = match.group("inner").count("\n")
    return _written(match.group("name"), " ".join(match.group("inner").split())) + "\n" * breaks


def _written(name: str, inner: str) -> str:
    if name in ("uref", "url"):
        address, _, shown = inner.partition(",")
        shown = shown.partition(",")[0].strip()
        return f"[{shown}]({address.strip()})" if shown else address.strip()
    if name == "footnote":
        return f" ({inner})"
    if name in ("ref", "xref", "pxref"):
        return inner.partition(",")[0].strip()  # (a node's name: the part of the manual it points at)
    if name in ("value", "copyright", "dots", "TeX", "LaTeX", "anchor"):
        return {"dots": "…", "copyright": "©", "TeX": "TeX", "LaTeX": "LaTeX"}.get(name, "")
    mark = _MARKS.get(name, "")
    return f"{mark}{inner}{mark}"
