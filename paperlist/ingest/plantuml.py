"""A PlantUML mind map or work breakdown (`.puml`, `.plantuml`, `.pu`), read as the outline it draws.

A reading map drawn with PlantUML is a `@startmindmap` (or `@startwbs`) block whose nodes are papers and topics:
each node is a line opening with its depth as a run of `*` (or `+` and `-`, the map's right and left sides; a
WBS adds `<` and `>`), then an optional `_` (no box) and `[#colour]`, then its text; a node of several lines
opens with `:` and ends with `;`. Its text cuts lines with `\\n`, marks words up in Creole (`**bold**`,
`//italic//`) or HTML-like tags (`<b>`, `<color:red>`), links as `[[url label]]`, and may end with a stereotype
(`<<read>>`) that only styles it. `title` names the map; `legend` … `endlegend` holds notes; `<style>` blocks,
`skinparam`s, `left side`, `header`, `footer` (a date, PlantUML's version) and `'` comments only draw.

The map becomes Markdown: its title a heading, each node a list item indented by its depth (its lines joined as
the wrapped text they are, its links Markdown links), the legend a paragraph; so that a node naming a paper is
read as an entry, its sub-nodes as the writer's notes on it.
"""

from __future__ import annotations

import re

_BLOCK = re.compile(
    r"^[ \t]*@start(?P<kind>mindmap|wbs)\b[^\n]*\n(?P<body>.*?)^[ \t]*@end(?P=kind)\b", re.M | re.S
)
_NODE = re.compile(r"^[ \t]*(?P<depth>\*+|\++|-+)(?:[<>])?_?(?:\[#[\w#]+\])?[ \t]*(?P<text>.*)$")
_LINK = re.compile(
    r"\[\[(?P<url>[^\s\]{}]+)(?:\{[^}]*\})?(?:[ \t]+(?P<label>[^\]]*))?\]\]|(?P<bare>https?://[^\s\]<>]+)"
)
_HELD = re.compile("\x00([0-9]+)\x00")
_STEREOTYPE = re.compile(r"[ \t]*<<[^<>\n]*>>[ \t]*$")
_TAG = re.compile(
    r"</?(?:b|i|u|s|w|strike|del|size|color|back|font|img|sub|sup|code|plain)\b[^>]*>|<&[\w\-]+>"
)
_CREOLE = re.compile(r"\*\*|//|\"\"|__|~~|--(?=\S)|(?<=\S)--")
_DIRECTIVE = re.compile(
    r"^[ \t]*(?:skinparam|!theme|!include|!pragma|hide|show|scale|left[ \t]+side|right[ \t]+side|top[ \t]+to|"
    r"caption|header|footer|center[ \t]+header|center[ \t]+footer|left[ \t]+header|right[ \t]+footer)\b",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^[ \t]*title[ \t]+(?P<title>\S.*)$", re.IGNORECASE)
_LEGEND = re.compile(r"^[ \t]*legend\b", re.IGNORECASE)
_END_LEGEND = re.compile(r"^[ \t]*end[ \t]?legend\b", re.IGNORECASE)
_BLOCK_COMMENT = re.compile(r"/'.*?'/", re.S)
_STYLE = re.compile(r"<style>.*?</style>", re.S | re.IGNORECASE)


def looks_like_plantuml(text: str, name: str) -> bool:
    return name.casefold().endswith((".puml", ".plantuml", ".pu", ".iuml")) or (
        "@start" in text[:4000] and _BLOCK.search(text[:200_000]) is not None
    )


def plantuml_to_markdown(text: str) -> str | None:
    """Every mind map and WBS block of `text` as a Markdown outline; None when it holds none."""
    out: list[str] = []
    for block in _BLOCK.finditer(text):
        out.extend(_block(block.group("body")))
    return "\n".join(out).strip() + "\n" if any(line.lstrip().startswith("- ") for line in out) else None


def _block(body: str) -> list[str]:
    lines = _STYLE.sub("", _BLOCK_COMMENT.sub("", body)).split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        stripped = line.strip()
        if not stripped or stripped.startswith("'") or _DIRECTIVE.match(line):
            continue
        title = _TITLE.match(line)
        if title is not None:
            out += [f"# {_text(title.group('title'))}", ""]
            continue
        if _LEGEND.match(line):
            notes: list[str] = []
            while index < len(lines) and not _END_LEGEND.match(lines[index]):
                notes.append(_text(lines[index]))
                index += 1
            index += 1
            out += ["", *[note for note in notes if note], ""]
            continue
        node = _NODE.match(line)
        if node is None:
            continue
        text = node.group("text")
        if text.startswith(":"):  # `**:first line` … `last line;`: a node of several lines
            parts = [text[1:]]
            while not parts[-1].rstrip().endswith(";") and index < len(lines):
                parts.append(lines[index])
                index += 1
            parts[-1] = parts[-1].rstrip().removesuffix(";")
            text = "\n".join(parts)
        shown = _text(text)
        if shown:
            out.append(f"{'  ' * (len(node.group('depth')) - 1)}- {shown}")
    return out


def _text(text: str) -> str:
    """A node's text as one line of Markdown: its lines joined (they are wrapped to fit its box), markup off,
    links as Markdown links, its stereotype off."""
    text = _STEREOTYPE.sub("", text.replace("\\n", "\n"))
    held: list[str] = []  # (links and addresses, kept from the markup's removal: `//` is in every address)

    def hold(link: re.Match[str]) -> str:
        url = link.group("url") or link.group("bare")
        held.append(f"[{link.group('label') or url}]({url})" if link.group("url") else url)
        return f"\x00{len(held) - 1}\x00"

    text = _CREOLE.sub("", _TAG.sub("", _LINK.sub(hold, text)))
    return " ".join(_HELD.sub(lambda mark: held[int(mark.group(1))], text).split())
