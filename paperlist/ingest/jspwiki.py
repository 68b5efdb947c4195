"""A JSPWiki page's source (Apache JSPWiki's markup) as Markdown.

Headings open with `!!!` (the largest), `!!` or `!`; bold is `__…__`, italic `''…''`, monospace `{{…}}`, a code
block `{{{` … `}}}`; a link is `[label|target]` (a URL, or a page's name) or `[target]`, a footnote's mark `[1]`
and its note `[#1]`; a table's header cells open with `||`, its cells with `|`; `*` and `#` open items (`#` a
numbered one); `\\\\` breaks a line; `[{Plugin …}]` is a plugin and `%%class` … `/%` a styled block's marks, no
text.
"""

from __future__ import annotations

import re

_PLUGIN = re.compile(r"\[\{[A-Za-z][^\]\n]*\}\]")
_HEADING = re.compile(r"^(?P<marks>!{1,3})[ \t]*(?P<text>\S.*)$")
_LINK = re.compile(r"(?<!\[)\[(?!\{)(?P<inner>[^\[\]\n]+)\](?!\()")
_BOLD = re.compile(r"__(?=\S)(?P<text>[^_\n]+?)(?<=\S)__")
_ITALIC = re.compile(r"''(?=\S)(?P<text>[^'\n]+?)(?<=\S)''")
_MONOSPACE = re.compile(r"\{\{(?P<text>[^{}\n]+)\}\}")
_STYLE_OPEN = re.compile(r"^%%[\w\-]*(?:\([^)\n]*\))?[ \t]*$|%%[\w\-]+(?:\([^)\n]*\))?[ \t]")
_SIGNS = re.compile(
    r"^\[\{[A-Za-z]|^!{2,3}[ \t]*\S|^%%[a-z]|^/%|\[[^\[\]\n|]+\|[^\[\]\n]+\]|__\S[^_\n]*__", re.MULTILINE
)


def looks_like_jspwiki(text: str, name: str) -> bool:
    """A JSPWiki page: by its name (`.jspwiki`), or plugins (`[{TableOfContents}]`), `!!` headings, `[label|page]`
    links, `%%` blocks or `__bold__`: four of them at least, and a plugin or a `!!` heading among them."""
    if name.casefold().endswith(".jspwiki"):
        return True
    head = text[:20_000]
    if "[{" not in head and "\n!!" not in head and not head.startswith("!!"):
        return False  # (no plugin and no `!!` heading: cheap test first)
    signs = _SIGNS.findall(head)
    return len(signs) >= 4 and any(sign.startswith(("[{", "!!")) for sign in signs)


def jspwiki_to_markdown(text: str) -> str:
    """The page's source as Markdown (see the module's docstring)."""
    out: list[str] = []
    in_code = False
    for line in text.lstrip("\ufeff").split("\n"):
        if in_code:
            if line.strip().endswith("}}}"):
                out.append(line.strip()[:-3])
                out.append("```")
                in_code = False
            else:
                out.append(line)
            continue
        if line.lstrip().startswith("{{{"):
            rest = line.lstrip()[3:]
            if rest.rstrip().endswith("}}}"):
                out.append("`" + rest.rstrip()[:-3] + "`")
            else:
                out.extend(["```", rest] if rest.strip() else ["```"])
                in_code = True
            continue
        line = _PLUGIN.sub("", line)
        if line.strip() == "/%":
            out.append("")
            continue
        line = _STYLE_OPEN.sub("", line)
        heading = _HEADING.match(line)
        if heading is not None:
            out.append("#" * (4 - len(heading.group("marks"))) + " " + _inline(heading.group("text")))
            continue
        if line.startswith("||") or (line.startswith("|") and not line.startswith("|-")):
            header = line.startswith("||")
            cells = [cell.strip() for cell in re.split(r"\|\|?", line.strip().strip("|"))]
            out.append("| " + " | ".join(_inline(cell) for cell in cells) + " |")
            if header:
                out.append("|" + " --- |" * len(cells))
            continue
        if line.startswith("#") and not line.startswith("#!"):
            marks = len(line) - len(line.lstrip("#"))
            line = "   " * (marks - 1) + "1. " + line[marks:].lstrip()
        out.append(_inline(line))
    return "\n".join(out)


def _inline(text: str) -> str:
    text = text.replace("\\\\", "").rstrip()
    text = _LINK.sub(_link, text)
    text = _MONOSPACE.sub(lambda match: f"`{match.group('text')}`", text)
    text = _BOLD.sub(lambda match: f"**{match.group('text')}**", text)
    return _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)


def _link(match: re.Match[str]) -> str:
    """`[label|https://…]` as Markdown's link; `[label|Page]` as its label; `[1]`, a footnote's mark, as it is."""
    inner = match.group("inner")
    label, bar, target = inner.partition("|")
    if not bar:
        target, label = inner, ""
    target, label = target.strip(), label.strip()
    if target.startswith(("http://", "https://")):
        return f"[{label}]({target})" if label else target
    if target.isdigit() or target.startswith("#"):
        return f"[{target}]"  # (a footnote's mark, or its note)
    return label or target
