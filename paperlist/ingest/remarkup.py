"""Phabricator's Remarkup (a Phriction wiki page, a task's or a review's text) as Markdown.

Headings sit between runs of `=` (or open with `#` runs written `== Title` style), bold is `**…**`, italic `//…//`,
monospace `##…##`, struck `~~…~~`; a link is `[[ target | label ]]` (a URL, or a wiki page's path) or
`[[ target ]]`; items open with `-` or `*`, numbered ones with `#`; `NOTE:`, `WARNING:` and `IMPORTANT:` open a
callout; `{F123}` embeds a file and `{T123}` a task (no text), and tables are Markdown's or `<table>`.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"\[\[[ \t]*(?P<target>[^|\[\]\n]+?)[ \t]*(?:\|[ \t]*(?P<label>[^\[\]\n]*?)[ \t]*)?\]\]")
_SPACED_LINK = re.compile(r"\[\[[ \t]+[^\[\]\n]+?[ \t]+\]\]")
_HEADING = re.compile(r"^(?P<marks>={1,6})[ \t]*(?P<text>[^=\n].*?)[ \t]*(?:=+)?[ \t]*$")
_EMBED = re.compile(r"\{[FTDMP][0-9]+(?:,[^{}\n]*)?\}")
_ITALIC = re.compile(r"(?<![:/])//(?=\S)(?P<text>[^/\n]+?)(?<=\S)//")
_MONOSPACE = re.compile(r"##(?=\S)(?P<text>[^#\n]+?)(?<=\S)##")


def looks_like_remarkup(text: str, name: str) -> bool:
    """Remarkup: by its name (`.remarkup`), or links written with spaces inside their brackets (`[[ https://… |
    label ]]`, as Phabricator writes them) and `=` headings."""
    if name.casefold().endswith(".remarkup"):
        return True
    head = text[:20_000]
    return len(_SPACED_LINK.findall(head)) >= 2 and re.search(r"^==?[ \t]*\S", head, re.MULTILINE) is not None


def remarkup_to_markdown(text: str) -> str:
    """The text as Markdown (see the module's docstring)."""
    out: list[str] = []
    in_code = False
    for line in text.lstrip("\ufeff").split("\n"):
        if line.startswith("```"):
            in_code = not in_code
            out.append(line)
            continue
        if in_code:
            out.append(line)
            continue
        heading = _HEADING.match(line)
        if heading is not None:
            out.append("#" * len(heading.group("marks")) + " " + _inline(heading.group("text")))
            continue
        if line.startswith("#") and not line.startswith("#!"):
            marks = len(line) - len(line.lstrip("#"))
            line = "   " * (marks - 1) + "1. " + line[marks:].lstrip()
        out.append(_inline(line))
    return "\n".join(out)


def _inline(text: str) -> str:
    text = _EMBED.sub("", text)
    text = _LINK.sub(_link, text)
    text = _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)
    return _MONOSPACE.sub(lambda match: f"`{match.group('text')}`", text)


def _link(match: re.Match[str]) -> str:
    """A link to a web page as Markdown's; to a wiki page, its label (or the page's last name)."""
    target = match.group("target").strip()
    label = (match.group("label") or "").strip()
    if target.startswith(("http://", "https://")):
        return f"[{label}]({target})" if label else target
    return label or target.rstrip("/").rsplit("/", 1)[-1]
