"""A Foswiki or TWiki topic's source (`data/Web/Topic.txt`, TML: the Topic Markup Language) as Markdown.

A topic opens with `%META:TOPICINFO{…}%` and may close with more `%META:…%` lines (its form fields,
attachments). Its headings are `---+` (one `+` a level), its links `[[https://…][text]]` (or a topic's name,
`[[WebHome][text]]`, kept as words), bold `*…*`, italic `_…_`, monospace `=…=`, list items three spaces deep per
level (`   * `, `   1. `), table rows between `|` (a header cell in bold, `| *Datum* |`), and `<verbatim>` blocks.
Macros (`%TOC%`, `%INCLUDE{…}%`, colours such as `%GREEN%…%ENDCOLOR%`) are no text, and a user's topic name is
its person (`Main.JonasBecker` as `JonasBecker`).
"""

from __future__ import annotations

import re

_META = re.compile(r"^%META:[A-Z]+\{[^\n]*\}%[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^---(?P<level>\+{1,6})!?!?[ \t]*(?P<text>.*)$", re.MULTILINE)
_SIGNS = re.compile(r"^---\+|\[\[[^\]\n]+\]\[[^\]\n]+\]\]|^%META:|%[A-Z]{2,}(?:\{[^}\n]*\})?%", re.MULTILINE)
_LINK = re.compile(r"\[\[(?P<target>[^\]\n]+)\]\[(?P<text>[^\]\n]+)\]\]")
_BARE_LINK = re.compile(r"\[\[(?P<target>[^\]\n]+)\]\]")
_MACRO = re.compile(r"%[A-Z][A-Z0-9_]*(?:\{[^{}\n]*\})?%")
_VERBATIM = re.compile(r"<verbatim[^>]*>(?P<code>.*?)</verbatim>", re.DOTALL | re.IGNORECASE)
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)(?P<text>[^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)(?P<text>[^_\n]+?)(?<=\S)_(?![\w_])")
_MONOSPACE = re.compile(r"(?<![\w=])=(?=\S)(?P<text>[^=\n]+?)(?<=\S)=(?![\w=])")
_ITEM = re.compile(r"^(?P<indent>(?:   )+)(?P<mark>\*|[0-9]+\.|[aAiI]\.)[ \t]+", re.MULTILINE)
_USER = re.compile(r"\b(?:Main|TWiki|System)\.(?=[A-Z])")
_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$")


def looks_like_foswiki(text: str) -> bool:
    """A topic: its `%META:TOPICINFO` opening, or three signs of TML, two kinds (headings, links, macros)."""
    if text.lstrip("\ufeff").startswith("%META:TOPICINFO{"):
        return True
    head = text[:50_000]
    if "---+" not in head:
        return False  # (no TML heading: most digests, told without a pattern)
    found = _SIGNS.findall(head)
    return len(found) >= 3 and len({sign[:3] for sign in found}) >= 2


def foswiki_to_markdown(text: str) -> str:
    """The topic as Markdown (see the module's docstring)."""
    text = _META.sub("", text.lstrip("\ufeff"))
    text = _VERBATIM.sub(lambda match: "```\n" + match.group("code").strip("\n") + "\n```", text)
    text = _HEADING.sub(lambda match: "#" * len(match.group("level")) + " " + match.group("text"), text)
    text = _LINK.sub(
        lambda match: (
            f"[{match.group('text')}]({match.group('target')})"
            if match.group("target").startswith(("http://", "https://"))
            else match.group("text")
        ),
        text,
    )
    text = _BARE_LINK.sub(lambda match: match.group("target"), text)
    text = _MACRO.sub("", text)
    text = _USER.sub("", text)
    text = _ITEM.sub(
        lambda match: (
            "  " * (len(match.group("indent")) // 3 - 1) + ("- " if match.group("mark") == "*" else "1. ")
        ),
        text,
    )
    lines: list[str] = []
    in_table = False
    for line in text.split("\n"):
        row = _ROW.match(line)
        if row is None:
            in_table = False
            lines.append(_inline(line))
            continue
        cells = [_inline(cell.strip()).strip("*").strip() for cell in row.group("cells").split("|")]
        lines.append("| " + " | ".join(cells) + " |")
        if not in_table:
            lines.append("|" + " --- |" * len(cells))
            in_table = True
    return "\n".join(lines)


def _inline(text: str) -> str:
    if "](" in text:  # (a link's text keeps its words: only what lies outside links is restyled)
        parts = re.split(r"(\[[^\]\n]*\]\([^)\s]*\))", text)
        return "".join(part if part.startswith("[") and "](" in part else _inline(part) for part in parts)
    text = _BOLD.sub(lambda match: f"**{match.group('text')}**", text)
    text = _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)
    return _MONOSPACE.sub(lambda match: f"`{match.group('text')}`", text)
