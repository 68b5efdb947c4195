"""A PmWiki page as Markdown: the page file PmWiki stores (`wiki.d/Group.Page`), or its markup alone.

A page file is `key=value` lines: `version=pmwiki-2.3.32 ordered=1 urlencoded=1`, then `name=`, `author=`, `csum=`
(the change's summary), `text=` (the page's markup on one line: `%0a` a newline, `%25` a `%`, `%3c` a `<`) and its
history (`diff:…=`, `author:…=`, each an older change): only `text=` is the page. In the markup `!!` opens a
heading, `'''bold'''` and `''italic''` are emphasis, `[[https://… | label]]` (or `[[label -> https://…]]`) a
link, `||` a table's cells (`||!` a header cell; a `||` line of `key=value` only the table's attributes),
`(:title …:)` the page's title and other `(:…:)` directives no text, `%red%` a style, `@@code@@` monospace.
"""

from __future__ import annotations

import re

_PAGE_FILE = re.compile(r"\Aversion=pmwiki-[0-9]", re.IGNORECASE)
_TEXT_LINE = re.compile(r"^text=(?P<value>.*)$", re.MULTILINE)
_DIRECTIVE = re.compile(r"\(:(?P<name>[a-z]+)(?P<value>[^\n]*?):\)", re.IGNORECASE)
_HEADING = re.compile(r"^(?P<marks>!{1,6})[ \t]*(?P<text>.+)$")
_LINK = re.compile(r"\[\[(?P<inner>[^\[\]\n]+?)\]\]")
_STYLE = re.compile(r"%(?:[a-z][\w-]*(?:=[^%\s]+)?(?:[ \t]+[a-z][\w-]*=[^%\s]+)*)?%", re.IGNORECASE)
_BOLD = re.compile(r"'''(?P<text>.+?)'''")
_ITALIC = re.compile(r"''(?P<text>.+?)''")
_CODE = re.compile(r"@@(?P<text>.+?)@@|\[@(?P<block>.+?)@\]", re.DOTALL)
_TABLE_ATTRIBUTES = re.compile(r"^\|\|(?:[ \t]*[\w-]+=(?:\"[^\"]*\"|\S+))+[ \t]*$")


def looks_like_pmwiki(text: str, name: str) -> bool:
    """A PmWiki page file (`version=pmwiki-…` then `text=`), or a `.pmwiki` file of its markup."""
    if _PAGE_FILE.match(text.lstrip("\ufeff")) is not None:
        return _TEXT_LINE.search(text) is not None
    return name.casefold().endswith(".pmwiki")


def pmwiki_to_markdown(text: str) -> str:
    """The page's markup (its file's `text=`, unescaped) as Markdown (see the module's docstring)."""
    body = text.lstrip("\ufeff")
    if _PAGE_FILE.match(body) is not None and (value := _TEXT_LINE.search(body)) is not None:
        body = value.group("value").replace("%0a", "\n").replace("%3c", "<").replace("%25", "%")
    out: list[str] = []
    header = False  # (a table's header row was written: the rows after it are its body)
    for line in body.split("\n"):
        line = line.rstrip()
        if line.startswith("||"):
            if _TABLE_ATTRIBUTES.match(line):
                continue
            cells = [cell.strip() for cell in line.strip("|").split("||")]
            heads = [cell.startswith("!") for cell in cells]
            row = "| " + " | ".join(_inline(cell.lstrip("!").strip()) for cell in cells) + " |"
            if not header:
                header = True
                if not all(heads):  # (no header row: the first row is a row like the others)
                    out.append("|" + "  |" * len(cells))
                    out.append("|" + " --- |" * len(cells))
                else:
                    out.extend([row, "|" + " --- |" * len(cells)])
                    continue
            out.append(row)
            continue
        header = False
        directive = _DIRECTIVE.fullmatch(line.strip())
        if directive is not None:
            if directive.group("name").casefold() == "title":
                out.append("# " + _inline(directive.group("value").strip()))
            continue
        heading = _HEADING.match(line)
        if heading is not None:
            out.append("#" * min(len(heading.group("marks")) + 1, 6) + " " + _inline(heading.group("text")))
            continue
        if line.startswith("->"):
            line = line.lstrip("->").lstrip()
        elif line.startswith("#"):
            line = "1. " + line.lstrip("#").lstrip()  # (a numbered item)
        out.append(_inline(line))
    return "\n".join(out)


def _inline(text: str) -> str:
    text = _DIRECTIVE.sub("", text)
    text = _LINK.sub(_link, text)
    text = _STYLE.sub("", text)
    text = _CODE.sub(lambda match: "`" + (match.group("text") or match.group("block") or "") + "`", text)
    text = _BOLD.sub(lambda match: f"**{match.group('text')}**", text)
    text = _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)
    return text.replace("\\\\", "").rstrip("\\")


def _link(match: re.Match[str]) -> str:
    """`[[https://… | label]]`, `[[label -> https://…]]`, `[[https://…]]`, `[[Group/Page | label]]`."""
    inner = match.group("inner")
    if "->" in inner:
        label, _, target = inner.partition("->")
    else:
        target, _, label = inner.partition("|")
    target, label = target.strip(), label.strip()
    if target.startswith(("http://", "https://")):
        return f"[{label}]({target})" if label else target
    return label or target.rsplit("/", 1)[-1].rsplit(".", 1)[-1]
