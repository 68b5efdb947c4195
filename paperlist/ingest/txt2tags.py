"""A txt2tags source (`.t2t`) as Markdown.

A source opens with up to three header lines (the title, the author, a date; or a blank first line for none), then
settings (`%!Target: html`) and the body. Headings sit between runs of `=` (numbered ones between `+`), with an
anchor after them (`= Giriş =[giris]`); bold is `**…**`, italic `//…//`, underline `__…__`, struck `--…--`,
monospace ``` ``…`` ```; a link is `[label https://…]`; lines opening with `%` are comments, and `%%toc`-like
macros are no text.
"""

from __future__ import annotations

import re

_SETTING = re.compile(r"^%!\s*[A-Za-z]+(?:\([a-z0-9]+\))?\s*:", re.MULTILINE)
_HEADING = re.compile(
    r"^[ \t]*(?P<marks>=+|\++)[ \t]*(?P<text>[^=+\n][^\n]*?)[ \t]*(?P=marks)(?:\[[\w-]*\])?[ \t]*$"
)
_ITALIC = re.compile(r"(?<![:/])//(?=\S)(?P<text>[^/\n]+?)(?<=\S)//")
_UNDERLINE = re.compile(r"__(?=\S)(?P<text>[^_\n]+?)(?<=\S)__")
_STRUCK = re.compile(r"(?<![-\w])--(?=\S)(?P<text>[^-\n]+?)(?<=\S)--(?![-\w])")
_LINK = re.compile(r"\[(?P<label>[^\[\]\n]+?)[ \t]+(?P<url>(?:https?://|www\.)[^\s\[\]]+)\]")


def looks_like_txt2tags(text: str, name: str) -> bool:
    """A `.t2t` file, or one with txt2tags' settings (`%!Target`, `%!Encoding` …) and `=` headings."""
    head = text[:20_000]
    return name.casefold().endswith(".t2t") or (
        "%!" in head
        and len(_SETTING.findall(head)) >= 2
        and any(_HEADING.match(line) for line in head.split("\n"))
    )


def txt2tags_to_markdown(text: str) -> str:
    """The source's header and body as Markdown (see the module's docstring)."""
    lines = text.lstrip("\ufeff").split("\n")
    header: list[str] = []
    if lines and lines[0].strip():
        for position in range(min(3, len(lines))):
            if not lines[position].strip() or lines[position].startswith("%"):
                break
            header.append(lines[position])
        lines = lines[len(header) :]
    out: list[str] = []
    if header:
        out.append("# " + header[0].strip())
        out.extend(header[1:])
        out.append("")
    for line in lines:
        if line.startswith("%"):
            continue  # (a comment, a setting, `%%toc`)
        heading = _HEADING.match(line)
        if heading is not None:
            out.append(
                "#" * min(len(heading.group("marks")) + (1 if header else 0), 6) + " " + heading.group("text")
            )
            continue
        out.append(_inline(line))
    return "\n".join(out)


def _inline(line: str) -> str:
    line = _LINK.sub(lambda match: f"[{match.group('label')}]({match.group('url')})", line)
    line = _ITALIC.sub(lambda match: f"*{match.group('text')}*", line)
    line = _UNDERLINE.sub(lambda match: match.group("text"), line)
    return _STRUCK.sub(lambda match: match.group("text"), line)
