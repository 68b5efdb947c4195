"""Stata's SMCL (a help file, `.sthlp`; a log or a results file, `.smcl`), read as the page the Viewer shows, in
Markdown.

SMCL writes its markup as directives in braces: `{title:Text}` a heading; `{pstd}`, `{phang}`, `{pmore}`, `{p 4 6 2}`
a paragraph's start (`{phang}`, a hanging paragraph, is how a help file lists its references: read as an item) and
`{p_end}` its end; `{it:…}`, `{bf:…}`, `{cmd:…}` and `{opt …}` emphasis and code; `{browse "url":text}` a link,
`{help name:text}` a link to another help file (its text kept); `{hline 2}` a dash; `{break}` a line break;
`{synopt:…}` an option's row. `{...}` at a line's end joins it to the next; `{* …}` is a comment; directives that
lay out the Viewer (`{marker}`, `{viewerjumpto}`, `{synoptset}`, `{p2colreset}` …) give nothing. A directive
inside another is read first.
"""

from __future__ import annotations

import re

_START = re.compile(r"\A\ufeff?\{smcl\}")
_INNERMOST = re.compile(r"\{(?P<body>[^{}\n]*)\}")
_JOINED = re.compile(r"\{\.\.\.\}[ \t]*\n?")
_COMMENT = re.compile(r"\{\*[^{}\n]*\}")
_DIRECTIVE = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<rest>.*)", re.DOTALL)
_QUOTED = re.compile(r"\A\s*\"(?P<target>[^\"]*)\"(?:[ \t]*\"[^\"]*\")?")
_PARAGRAPHS = frozenset(
    {"pstd", "pmore", "pin", "pin2", "pmore2", "p", "p2col", "p2line", "phang2", "phang3"}
)
_ITEMS = frozenset({"phang", "synopt", "p2coldent", "opt2"})
_CODE = frozenset(
    {"cmd", "cmdab", "opt", "opth", "var", "varname", "varlist", "depvar", "indepvars", "inp", "res"}
)
_EMPHASIS = {
    "it": "*",
    "bf": "**",
    "ul": "*",
    "err": "**",
    "txt": "",
    "text": "",
    "result": "",
    "error": "**",
}
_MARK_ITEM = "\x00item\x00"
_OPEN, _CLOSE = "\x00open\x00", "\x00close\x00"  # (a brace the text writes, `{c -(}`: put back at the end)
_MARK_PARAGRAPH = "\x00par\x00"
_ITEM_ALONE = re.compile(f"{_MARK_ITEM}[ \t]*\n")
_BLANK_LINES = re.compile(r"\n{3,}")


def looks_like_smcl(text: str) -> bool:
    return _START.match(text) is not None


def smcl_to_markdown(text: str) -> str:
    """The page `text` shows, as Markdown (see the module's docstring)."""
    text = _COMMENT.sub("", _JOINED.sub("", _START.sub("", text)))
    while True:
        read = _INNERMOST.sub(_directive, text)
        if read == text:
            break
        text = read
    lines: list[str] = []
    text = _ITEM_ALONE.sub(_MARK_ITEM, text)  # (`{phang}` alone on its line: its item is the line below)
    for line in text.replace(_MARK_PARAGRAPH, "\n\n").split("\n"):
        if _MARK_ITEM in line:
            line = "- " + line.replace(_MARK_ITEM, "").strip()
        lines.append(line.rstrip())
    page = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n"
    return page.replace(_OPEN, "{").replace(_CLOSE, "}")


def _directive(match: re.Match[str]) -> str:
    """One directive's rendering (see the module's docstring); an unknown one gives its text, or nothing."""
    directive = _DIRECTIVE.fullmatch(match.group("body"))
    if directive is None:
        return "" if not match.group("body").strip() else _OPEN + match.group("body") + _CLOSE
    name, rest = directive.group("name"), directive.group("rest")
    if name in _CODE:  # (`{opt gen:erate(newvarlist)}`: its colon marks the shortest abbreviation)
        words = rest.removeprefix(":").strip().replace(":", "")
        return f"`{words}`" if words else ""
    arguments, text = "", rest[1:]
    if not rest.startswith(":"):
        quoted = _QUOTED.match(rest)
        if quoted is not None:  # (`{browse "https://…":text}`: the colons of a quoted target are its own)
            arguments, text = quoted.group("target"), rest[quoted.end() :].removeprefix(":")
        else:
            arguments, _, text = rest.partition(":")
    if name == "title":
        return f"\n\n## {text.strip()}\n\n"
    if name in _ITEMS:
        return f"\n\n{_MARK_ITEM}{text}" + (" " if text else "")
    if name in _PARAGRAPHS:
        return f"\n\n{text}"
    if name == "p_end":
        return _MARK_PARAGRAPH
    if name in ("hline", "dup"):
        return "—" if arguments.strip() else "\n"
    if name == "break":
        return "\n"
    if name == "browse":
        return f"[{text.strip()}]({arguments.strip()})" if text.strip() else arguments.strip()
    if name in ("help", "helpb", "manlink", "manhelp", "search", "net", "stata", "dialog", "view"):
        return text or arguments.strip().strip('"')
    if name in _EMPHASIS:
        mark = _EMPHASIS[name]
        return f"{mark}{text.strip()}{mark}" if text.strip() else ""
    if name == "c":
        return {"-(": _OPEN, ")-": _CLOSE, "|": "|", "-": "-", "+": "+"}.get(arguments.strip(), "")
    if name in ("syntab", "center", "right", "ralign", "lalign", "col", "space"):
        return text
    return ""  # (`{marker …}`, `{viewerjumpto …}`, `{synoptset …}`, `{p2colreset}`: the Viewer's layout)
