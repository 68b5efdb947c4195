"""An XWiki page's source (XWiki 2.0/2.1 syntax) as Markdown.

Headings sit between runs of `=` (as MediaWiki's), a link is `[[label>>target]]` (the target a URL or a page:
`Space.Page.WebHome`), a table's rows open with `|` and its header cells with `|=`, bold is `**…**`, italic
`//…//`, monospace `##…##`, underline `__…__`, struck `--…--`; `(% class="…" %)` sets parameters, and macros are
`{{name …}}` … `{{/name}}` (or `{{name/}}`): a box's, an info's or a warning's content is text, a code block's is
code, a table of contents none.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"\[\[(?:(?P<label>[^\[\]\n]*?)>>)?(?P<target>[^\[\]\n|]+?)(?:\|\|[^\[\]\n]*)?\]\]")
_PARAMETERS = re.compile(r"\(%[^\n]*?%\)")
_MACRO = re.compile(r"\{\{/?[a-zA-Z][\w.-]*(?:[ \t][^{}\n]*)?/?\}\}")
_CODE_OPEN = re.compile(r"^\{\{(?:code|html|velocity|groovy|python)\b[^{}\n]*\}\}[ \t]*$")
_CODE_CLOSE = re.compile(r"^\{\{/(?:code|html|velocity|groovy|python)\}\}[ \t]*$")
_HEADING = re.compile(r"^[ \t]*(?P<marks>={1,6})[ \t]*(?P<text>[^=\n].*?)[ \t]*(?P=marks)?[ \t]*$")
_ITALIC = re.compile(r"(?<![:/])//(?=\S)(?P<text>[^/\n]+?)(?<=\S)//")
_MONOSPACE = re.compile(r"##(?=\S)(?P<text>[^#\n]+?)(?<=\S)##")
_UNDERLINE = re.compile(r"__(?=\S)(?P<text>[^_\n]+?)(?<=\S)__")
_STRUCK = re.compile(r"(?<![-\w])--(?=\S)(?P<text>[^-\n]+?)(?<=\S)--(?![-\w])")
_SIGNS = re.compile(
    r"\[\[[^\[\]\n]*>>|\{\{/?(?:toc|box|info|warning|error|code|include|velocity)\b|\(%[^\n]*%\)|^\|=",
    re.MULTILINE,
)


def looks_like_xwiki(text: str) -> bool:
    """An XWiki source: its links (`[[label>>target]]`), macros (`{{toc/}}`, `{{info}}`), parameters (`(% … %)`)
    or header cells (`|=`), at least three of them, with `=` headings."""
    head = text[:20_000]
    if ">>" not in head and "{{" not in head and "(%" not in head:
        return False  # (no link, macro or parameters of XWiki's: cheap test first)
    return (
        len(_SIGNS.findall(head)) >= 3
        and re.search(r"^=+[ \t]*[^=\n]+?[ \t]*=+[ \t]*$", head, re.MULTILINE) is not None
    )


def xwiki_to_markdown(text: str) -> str:
    """The page's source as Markdown (see the module's docstring)."""
    out: list[str] = []
    in_code = False
    header = False  # (the table being written has its header row)
    for line in text.lstrip("\ufeff").split("\n"):
        if in_code:
            if _CODE_CLOSE.match(line):
                out.append("```")
                in_code = False
            else:
                out.append(line)
            continue
        if _CODE_OPEN.match(line):
            out.append("```")
            in_code = True
            continue
        line = _PARAMETERS.sub("", line)
        stripped = _MACRO.sub("", line).strip()
        if not stripped and _MACRO.search(line):
            out.append("")  # (a macro's line: its content, if any, is on the lines after it)
            continue
        line = _MACRO.sub("", line)
        if line.startswith("|"):
            cells = _cells(line)
            heads = [cell.startswith("=") for cell in cells]
            row = "| " + " | ".join(_inline(cell.lstrip("=").strip()) for cell in cells) + " |"
            if not header:
                header = True
                if all(heads):
                    out.extend(["", row, "|" + " --- |" * len(cells)])
                    continue
                out.extend(["", "|" + "  |" * len(cells), "|" + " --- |" * len(cells)])
            out.append(row)
            continue
        header = False
        heading = _HEADING.fullmatch(line) if line.lstrip().startswith("=") else None
        if heading is not None:
            out.append("#" * len(heading.group("marks")) + " " + _inline(heading.group("text")))
            continue
        out.append(_inline(line))
    return "\n".join(out)


def _cells(line: str) -> list[str]:
    """A table row's cells, split at `|` outside links (`[[a>>b]]`) and macros."""
    cells: list[str] = []
    depth = 0
    current = ""
    position = 1
    while position < len(line):
        pair = line[position : position + 2]
        if pair in ("[[", "{{"):
            depth += 1
            current += pair
            position += 2
            continue
        if pair in ("]]", "}}") and depth:
            depth -= 1
            current += pair
            position += 2
            continue
        if line[position] == "|" and depth == 0:
            cells.append(current)
            current = ""
        else:
            current += line[position]
        position += 1
    cells.append(current)
    return [cell.strip() for cell in cells]


def _inline(text: str) -> str:
    text = _LINK.sub(_link, text)
    text = _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)
    text = _MONOSPACE.sub(lambda match: f"`{match.group('text')}`", text)
    text = _UNDERLINE.sub(lambda match: match.group("text"), text)
    return _STRUCK.sub(lambda match: match.group("text"), text)


def _link(match: re.Match[str]) -> str:
    """A link as Markdown's when it leads to a web page; a page's link as its label (or the page's name)."""
    label = (match.group("label") or "").strip()
    target = match.group("target").strip()
    if target.startswith(("url:", "URL:")):
        target = target[4:]
    if target.startswith(("http://", "https://")):
        return f"[{label}]({target})" if label else target
    if label:
        return label
    page = target.removesuffix(".WebHome")
    return page.rsplit(".", 1)[-1]
