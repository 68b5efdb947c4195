"""R documentation (`.Rd`, as roxygen2 writes a package's help pages), read as the Markdown it shows.

An Rd page is LaTeX-like markup: sections (`\\title{…}`, `\\description{…}`, `\\details{…}`, `\\references{…}`,
`\\section{Name}{…}`), lists (`\\itemize{\\item …}`, `\\enumerate`, `\\describe{\\item{term}{text}}`) and inline
macros (`\\dQuote{Title.}`, `\\emph{Venue}`, `\\url{…}`, `\\href{url}{text}`, `\\doi{10.…}`, `\\code{…}`); `%` starts a
comment. A package cites the papers it implements in `\\references`, one paragraph each (`Authors (Year).
\\dQuote{Title.} In \\emph{Venue}. \\url{…}.`), R's own citation style.

Each section becomes a Markdown heading, lists Markdown lists, quotes curly quotes, emphasis Markdown's, links
their address (a DOI its `https://doi.org/` address); examples (R code), aliases, keywords, figures and
output-specific blocks (`\\if{html}{…}`) are no text.
"""

from __future__ import annotations

import re

_START = re.compile(r"\A(?:[ \t]*(?:%[^\n]*)?\n)*[ \t]*\\(?:docType|name|title|alias|encoding)\{")
_MACRO = re.compile(r"\\([A-Za-z]+)")
# Sections shown under a heading of their own name, and blocks that are no text.
_SECTIONS = {
    "description": "Description",
    "details": "Details",
    "references": "References",
    "seealso": "See also",
    "author": "Author",
    "value": "Value",
    "note": "Note",
    "format": "Format",
    "source": "Source",
    "arguments": "Arguments",
}
_DROPPED = frozenset(
    ["examples", "alias", "name", "docType", "keyword", "concept", "encoding", "figure", "if", "ifelse", "out",
     "Sexpr", "RdOpts", "newcommand", "renewcommand", "usage", "method", "S3method", "S4method", "testonly",
     "dontrun", "dontshow", "donttest", "deqn"]
)  # fmt: skip
_TWO_ARGUMENTS = frozenset(
    ["href", "section", "subsection", "if", "figure", "method", "S3method", "S4method"]
)
_MAX_DEPTH = 50


def looks_like_rd(text: str, name: str) -> bool:
    return name.casefold().endswith(".rd") or _START.match(text[:2000]) is not None


def rd_to_markdown(text: str) -> str | None:
    """An Rd page as Markdown; None when `text` is no Rd page."""
    if _START.match(text[:2000]) is None:
        return None
    shown = _convert(text, 0)
    lines = [line.rstrip() for line in shown.split("\n")]
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1]):  # (runs of blank lines as one)
            out.append(line.strip() if not line.lstrip().startswith("- ") else line)
    return "\n".join(out).strip() + "\n"


def _convert(text: str, depth: int, list_kind: str = "") -> str:
    out: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == "%":
            end = text.find("\n", position)
            position = len(text) if end < 0 else end
            continue
        if char != "\\":
            out.append(char)
            position += 1
            continue
        macro = _MACRO.match(text, position)
        if macro is None:  # (`\%`, `\{`, `\\`: the character itself)
            out.append(text[position + 1 : position + 2])
            position += 2
            continue
        name = macro.group(1)
        position = macro.end()
        option = ""
        if text[position : position + 1] == "[":
            close = text.find("]", position)
            if close > 0:
                option, position = text[position + 1 : close], close + 1
        arguments: list[str] = []
        wanted = 2 if name in _TWO_ARGUMENTS or (name == "item" and list_kind == "describe") else 1
        while len(arguments) < wanted and text[position : position + 1] == "{":
            end = _closing(text, position)
            arguments.append(text[position + 1 : end])
            position = end + 1
        out.append(_render(name, option, arguments, depth, list_kind))
    return "".join(out)


def _closing(text: str, opening: int) -> int:
    """Where the brace opening at `opening` closes (escaped braces and comments aside); the text's end if never."""
    depth = 0
    position = opening
    while position < len(text):
        char = text[position]
        if char == "\\":
            position += 2
            continue
        if char == "%":
            end = text.find("\n", position)
            position = len(text) if end < 0 else end
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position
        position += 1
    return len(text)


def _render(name: str, option: str, arguments: list[str], depth: int, list_kind: str) -> str:
    if depth > _MAX_DEPTH or name in _DROPPED:
        return ""

    def inner(index: int = 0, kind: str = "") -> str:
        return _convert(arguments[index], depth + 1, kind) if index < len(arguments) else ""

    if name == "title":
        return f"# {' '.join(inner().split())}\n\n"
    if name in _SECTIONS:
        return f"\n\n## {_SECTIONS[name]}\n\n{inner()}\n\n"
    if name in ("section", "subsection"):
        level = "##" if name == "section" else "###"
        return f"\n\n{level} {' '.join(inner().split())}\n\n{inner(1)}\n\n"
    if name in ("itemize", "enumerate", "describe"):
        return f"\n{inner(0, name)}\n\n"
    if name == "item":
        bullet = "1." if list_kind == "enumerate" else "-"
        if list_kind == "describe" and arguments:
            return f"\n{bullet} {' '.join(inner().split())}: {inner(1)}"
        return f"\n{bullet} "
    if name == "dQuote":
        return f"“{inner()}”"
    if name == "sQuote":
        return f"‘{inner()}’"
    if name in ("emph", "var", "dfn", "cite"):
        return f"*{inner()}*"
    if name in ("strong", "bold"):
        return f"**{inner()}**"
    if name in ("code", "samp", "kbd", "preformatted", "verb"):
        return f"`{' '.join(inner().split())}`"
    if name == "url":
        return " ".join(arguments[0].split()) if arguments else ""
    if name == "href":
        return f"[{inner(1)}]({' '.join(arguments[0].split())})" if len(arguments) == 2 else inner()
    if name == "doi":
        return f"https://doi.org/{arguments[0].strip()}" if arguments else ""
    if name in ("ldots", "dots"):
        return "…"
    if name == "R":
        return "R"
    if name == "cr":
        return "\n"
    # (`\link[pkg]{name}`, `\pkg{…}`, `\email{…}`, `\eqn{…}`, `\acronym{…}` and others: their text)
    return inner()
