"""Markdoc's tags in a Markdown page (`{% table %}`, `{% callout %}`, `{% badge %}…{% /badge %}`: Stripe's docs
markup), read as the Markdown they render.

A tag opens `{% name attributes %}`, closes `{% /name %}`, or stands alone `{% name … /%}`; a variable is `{% $name
%}` and an annotation `{% #id %}` or `{% .class %}`. A `table` holds its rows as lists apart by `---` lines, the
first its header (`* Title` / `* Authors` / `---` / `* Title of a paper` / …): it becomes a pipe table, each row on
its first item's line. Any other tag's marks are left out and its content kept; variables and annotations print
nothing here.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"\{%-?[ \t]*(?P<close>/)?(?P<name>[$#.]?[\w.\-]+)?[^%]*?(?P<alone>/)?[ \t]*-?%\}")
_TABLE_OPEN = re.compile(r"^[ \t]*\{%[ \t]*table\b[^%]*%\}[ \t]*$")
_TABLE_CLOSE = re.compile(r"^[ \t]*\{%[ \t]*/table[ \t]*%\}[ \t]*$")
_ROW_RULE = re.compile(r"^[ \t]*-{3,}[ \t]*$")
_CELL = re.compile(r"^[ \t]*[*+-][ \t]+(?P<cell>.*)$")


def looks_like_markdoc(text: str) -> bool:
    return "{%" in text and _TAG.search(text) is not None and ("{% /" in text or "/%}" in text)


def markdoc_to_markdown(text: str) -> str:
    """The page as Markdown, line for line (see the module's docstring)."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        if _TABLE_OPEN.match(lines[index]):
            end = next((n for n in range(index + 1, len(lines)) if _TABLE_CLOSE.match(lines[n])), len(lines))
            out.extend(_table(lines[index : end + 1]))
            index = end + 1
            continue
        out.append(_TAG.sub(_inline, lines[index]))
        index += 1
    return "\n".join(out[: len(lines)])


def _inline(match: re.Match[str]) -> str:
    return ""  # (a tag's marks, a variable, an annotation: nothing a reader reads)


def _table(block: list[str]) -> list[str]:
    """A Markdoc table's lines as a pipe table, line for line: its header on the first row's line, the rule under it
    on that row's second line, each other row on its first line, the rest blank."""
    out = [""] * len(block)
    rows: list[tuple[int, list[str]]] = []
    current: list[str] = []
    first = -1
    for number, line in enumerate(block[1:-1], start=1):
        if _ROW_RULE.match(line):
            if current:
                rows.append((first, current))
            current, first = [], -1
            continue
        cell = _CELL.match(line)
        if cell is not None:
            if not current:
                first = number
            current.append(_TAG.sub(_inline, cell.group("cell")).strip().replace("|", "\\|"))
    if current:
        rows.append((first, current))
    if len(rows) < 2 or rows[0][0] + 1 >= len(block):
        return [_TAG.sub(_inline, line) for line in block]
    width = max(len(cells) for _, cells in rows)
    header_line, header = rows[0]
    out[header_line] = "| " + " | ".join(header + [""] * (width - len(header))) + " |"
    out[header_line + 1] = "|" + " --- |" * width
    # (a pipe table's rows one under the other: each row on the next free line from its own)
    at = header_line + 2
    for _, cells in rows[1:]:
        out[at] = "| " + " | ".join(cells + [""] * (width - len(cells))) + " |"
        at += 1
    return out
