"""MyST Markdown's directives (Jupyter Book, Sphinx with myst-parser), read as the Markdown they render.

A directive is fenced like code, its name in braces (```` ```{list-table} Caption ````, `:::{note}`), then its
options (`:header-rows: 1`, `:name: tab-x`), then its content: a page's text, not code. Each becomes its content
under its argument (a caption, an admonition's title); a `list-table` or a `csv-table` is read as reST's are (a row an
item, `- Header: cell`, its other cells sub-items: `table_directive_lines`); a directive of code or mathematics (`code-block`, `code-cell`, `math`, `mermaid`
…) stays fenced, as code.
"""

from __future__ import annotations

import re

from paperlist.ingest.extract.outline import table_directive_lines

_OPEN = re.compile(
    r"^(?P<indent>[ \t]{0,3})(?P<mark>`{3,}|~{3,}|:{3,})\{(?P<name>[\w:.\-]+)\}[ \t]*(?P<argument>.*)$"
)
_OPTION = re.compile(r"^[ \t]*:[\w\-]+:(?:[ \t].*)?$")
_CODE = frozenset(
    [
        *("code", "code-block", "code-cell", "sourcecode", "literalinclude", "math", "raw", "mermaid"),
        *(
            "graphviz",
            "eval-rst",
            "eval-md",
            "jupyter-execute",
            "ipython",
            "highlight",
            "doctest",
            "testcode",
        ),
    ]
)
_TABLES = frozenset(["list-table", "csv-table"])


def looks_like_myst(text: str) -> bool:
    return ("```{" in text or ":::{" in text or "~~~{" in text) and any(
        _OPEN.match(line) for line in text.split("\n") if "{" in line[:8]
    )


def myst_to_markdown(text: str) -> str:
    """`text` with its MyST directives as the Markdown they render (see the module's docstring); every other line
    as it is, and each line of content at its own line where the directive's marks leave it (a blank line)."""
    return "\n".join(_rendered(text.split("\n")))


def _rendered(lines: list[str]) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(lines):
        opened = _OPEN.match(lines[index])
        if opened is None or opened.group("name").casefold() in _CODE:
            out.append(lines[index])
            index += 1
            if opened is not None:
                index = _copy_code(lines, index, opened.group("mark"), out)
            continue
        mark, name = opened.group("mark"), opened.group("name").casefold()
        start = index + 1
        end = start
        while end < len(lines) and not _closes(lines[end], mark):
            end += 1
        if name in _TABLES:
            # (its caption, then its rows as reST's tables are read, line for line: `- Header: cell`)
            out.append(opened.group("argument").strip())
            out.extend(table_directive_lines(lines[index:end], name, None)[1:])
        else:
            out.append(opened.group("argument").strip())  # (its caption or title, a line of its own)
            options = start
            while options < end and _OPTION.match(lines[options]):
                out.append("")
                options += 1
            out.extend(_rendered(lines[options:end]))
        if end < len(lines):
            out.append("")  # (its closing fence)
        index = end + 1
    return out


def _closes(line: str, mark: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= len(mark) and set(stripped) == {mark[0]}


def _copy_code(lines: list[str], index: int, mark: str, out: list[str]) -> int:
    """A code directive's lines copied as they are, up to and with its closing fence."""
    while index < len(lines):
        line = lines[index]
        out.append(line)
        index += 1
        if _closes(line, mark):
            break
    return index
