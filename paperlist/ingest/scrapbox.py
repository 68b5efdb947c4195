"""A Scrapbox (Cosense) project's export, read as the pages it holds.

Scrapbox exports a project as JSON: `{"name": …, "pages": [{"title": …, "lines": [...]}, …]}`, each line a string
or `{"text": …, "created": …}`. A page's first line is its title. A line's leading spaces make it a bullet, one
level deeper per space. A link is `[url label]` or `[label url]` (either order), `[page name]` links a page and
`#tag` tags it; `[* text]` is bold, `[/ text]` italic. A `table:name` line opens a table whose rows are the
indented lines under it, cells parted by tabs; a `code:name` line opens code, likewise.

Each page becomes a Markdown section: its title a heading, its bullets list items, its links Markdown links, its
tables Markdown tables (the first row the header), its code left out.
"""

from __future__ import annotations

import json
import re

_SIGNS = ('"pages"', '"lines"', '"title"')
_URL = re.compile(r"https?://\S+")
_BRACKET = re.compile(r"\[(?P<inner>[^\[\]\n]+)\]")
_DECORATION = re.compile(r"^[*/\-_!#%^~]+[ \t]+")
_MAX_PAGES = 100_000


def looks_like_scrapbox(text: str) -> bool:
    head = text[:4000]
    return all(sign in head for sign in _SIGNS) and ('"exported"' in head or '"displayName"' in head)


def scrapbox_to_markdown(text: str) -> str | None:
    """The pages of a Scrapbox export as Markdown; None when `text` is no such export."""
    try:
        project = json.loads(text)
    except (ValueError, RecursionError):
        return None
    pages = project.get("pages") if isinstance(project, dict) else None
    if not isinstance(pages, list):
        return None
    out: list[str] = []
    for page in pages[:_MAX_PAGES]:
        if not isinstance(page, dict) or not isinstance(page.get("lines"), list):
            continue
        lines = [_line_text(line) for line in page["lines"]]
        title = str(page.get("title") or (lines[0].strip() if lines else ""))
        if lines and lines[0].strip() == title.strip():
            lines = lines[1:]  # (the first line is the page's title)
        out += [f"## {title}", ""]
        out += _page_lines(lines)
        out.append("")
    return "\n".join(out) + "\n" if out else None


def _line_text(line: object) -> str:
    if isinstance(line, str):
        return line
    text = line.get("text") if isinstance(line, dict) else None
    return text if isinstance(text, str) else ""


def _page_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        depth = len(line) - len(line.lstrip(" \t\u3000"))
        body = line.strip()
        if body.startswith(("table:", "code:")):
            block: list[str] = []
            index += 1
            while index < len(lines) and len(lines[index]) - len(lines[index].lstrip(" \t\u3000")) > depth:
                block.append(lines[index].strip(" \u3000"))
                index += 1
            if body.startswith("table:") and block:
                rows = [[_inline(cell.strip()) for cell in row.split("\t")] for row in block]
                width = max(len(row) for row in rows)
                out += ["", "| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
                out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
                out.append("")
            continue  # (a code block: no digest's words)
        if not body:
            out.append("")
        elif depth:
            out.append("  " * (depth - 1) + "- " + _inline(body))
        else:
            out.append(_inline(body))
        index += 1
    return out


def _inline(text: str) -> str:
    """A line's brackets as Markdown: `[url label]` and `[label url]` links, `[* bold]`, `[/ italic]`, page links."""

    def bracket(match: re.Match[str]) -> str:
        inner = match.group("inner").strip()
        decoration = _DECORATION.match(inner)
        if decoration is not None:
            mark = decoration.group().strip()
            words = inner[decoration.end() :]
            return f"**{words}**" if "*" in mark else f"*{words}*" if "/" in mark else words
        url = _URL.search(inner)
        if url is None:
            return inner  # (a page's name: the words it links)
        label = (inner[: url.start()] + inner[url.end() :]).strip()
        return f"[{label}]({url.group()})" if label else url.group()

    return _BRACKET.sub(bracket, text)
