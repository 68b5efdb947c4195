"""A Wikidot page's source as Markdown.

Headings open with runs of `+` (`+ Title`, `++ Section`); a table's rows open and close with `||`, a header cell
with `||~`; a link is `[https://… label]` (or `[[[page|label]]]` to a page of the site); bold is `**…**`, italic
`//…//`, monospace `{{…}}`; `[[div …]]` … `[[/div]]`, `[[toc]]`, `[[include …]]` and other `[[module]]` blocks are
no text, and `[!-- … --]` is a comment.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?P<marks>\+{1,6})[ \t]+(?P<text>\S.*)$")
_BLOCK = re.compile(r"\[\[/?[a-zA-Z][\w-]*(?:[ \t][^\[\]\n]*)?\]\]")
_COMMENT = re.compile(r"\[!--.*?--\]", re.DOTALL)
_PAGE_LINK = re.compile(r"\[\[\[(?P<page>[^\[\]|\n]+)(?:\|(?P<label>[^\[\]\n]*))?\]\]\]")
_LINK = re.compile(
    r"(?<!\[)\[(?P<url>(?:https?://|\*https?://)[^\s\[\]]+)(?:[ \t]+(?P<label>[^\[\]\n]+))?\](?!\])"
)
_ITALIC = re.compile(r"(?<![:/])//(?=\S)(?P<text>[^/\n]+?)(?<=\S)//")
_MONOSPACE = re.compile(r"\{\{(?P<text>[^{}\n]+)\}\}")
_SIGNS = re.compile(
    r"^\+{1,3}[ \t]+\S|^\|\|~|\[\[\[[^\]\n]+\]\]\]|\[\[(?:toc|div|include|module)\b|\[!--", re.MULTILINE
)


def looks_like_wikidot(text: str, name: str) -> bool:
    """A Wikidot source: `+` headings, `||~` header cells, `[[[page]]]` links, `[[toc]]`/`[[div]]` blocks or
    `[!-- --]` comments, four of them at least, a `+` heading among them."""
    if name.casefold().endswith(".wikidot"):
        return True
    head = text[:20_000]
    if "\n+ " not in head and "\n++" not in head and not head.startswith("+"):
        return False  # (no `+` heading: cheap test first)
    signs = _SIGNS.findall(head)
    return len(signs) >= 4 and any(sign.startswith("+") for sign in signs)


def wikidot_to_markdown(text: str) -> str:
    """The page's source as Markdown (see the module's docstring)."""
    text = _COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), text.lstrip("\ufeff"))
    out: list[str] = []
    header = False  # (the table being written has its header row)
    for line in text.split("\n"):
        if line.startswith("||"):
            cells = [cell.strip() for cell in line.strip().removeprefix("||").removesuffix("||").split("||")]
            heads = [cell.startswith("~") for cell in cells]
            row = "| " + " | ".join(_inline(cell.lstrip("~").strip()) for cell in cells) + " |"
            if not header:
                header = True
                if all(heads):
                    out.extend(["", row, "|" + " --- |" * len(cells)])
                    continue
                out.extend(["", "|" + "  |" * len(cells), "|" + " --- |" * len(cells)])
            out.append(row)
            continue
        header = False
        if not _BLOCK.sub("", line).strip() and _BLOCK.search(line):
            out.append("")
            continue
        heading = _HEADING.match(line)
        if heading is not None:
            out.append("#" * len(heading.group("marks")) + " " + _inline(heading.group("text")))
            continue
        out.append(_inline(_BLOCK.sub("", line)))
    return "\n".join(out)


def _inline(text: str) -> str:
    text = _PAGE_LINK.sub(lambda match: (match.group("label") or match.group("page")).strip(), text)
    text = _LINK.sub(_link, text)
    text = _MONOSPACE.sub(lambda match: f"`{match.group('text')}`", text)
    return _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)


def _link(match: re.Match[str]) -> str:
    url = match.group("url").lstrip("*")
    label = (match.group("label") or "").strip()
    return f"[{label}]({url})" if label else url
