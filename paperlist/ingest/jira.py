"""Jira's (and old Confluence's) wiki markup, a ticket's description or comment as its API returns it, and Textile (a
Redmine wiki page or issue, which shares its `h2.` headings, `*bold*`, `_italic_` and `|cell|` rows), as Markdown.

`h1.`–`h6.` start headings, `[text|address]` and `[address]` are links, `*bold*`, `_italic_`, `??citation??` and
`{{monospace}}` mark words, `#`/`*` at a line's start (repeated for depth) are list items, `||head||` and `|cell|`
rows a table, `{quote}`, `{panel}`, `{code}` and `{noformat}` enclose blocks, `[~user]` mentions someone and `(/)`,
`(x)`, `(!)` are icons. Textile's own: `"text":address` is a link, `|_. head|` a header cell, `@code@` code, `bq. `
a quotation and `p(class). ` a paragraph's settings. Each becomes what Markdown writes, line for line; icons,
mentions' brackets and block macros' settings are no text.
"""

from __future__ import annotations

import re

# (Textile's may carry a class, an id, a style or an alignment before its full stop: `h2(#reading). `)
_ATTRIBUTES = r"(?:\([^)\n]*\)|\{[^}\n]*\}|\[[^\]\n]*\]|[<>=]+)*"
_HEADING = re.compile(rf"^h(?P<level>[1-6]){_ATTRIBUTES}\.[ \t]+", re.MULTILINE)
_SIGNS = re.compile(
    r"^h[1-6](?:\([^)\n]*\))?\.[ \t]|\{(?:quote|panel|code|noformat|color)(?::[^}\n]*)?\}|\[[^\]|\n]+\|(?:https?://|mailto:)[^\]\n]+\]"
    r"|^\|\|[^|\n]+\|\||\[~[\w.\-]+\]"
    r"|\"[^\"\n]+\":(?:https?://|mailto:)|^\|_\.",  # (Textile's links and header cells)
    re.MULTILINE,
)
# What each of `_SIGNS` holds, looked for first.
_SIGN_LITERALS = (
    "h1.",
    "h2.",
    "h3.",
    "h4.",
    "h5.",
    "h6.",
    "{quote",
    "{panel",
    "{code",
    "{noformat",
    "{color",
    "|http",
    "|mailto",
    "||",
    "[~",
    '":http',
    "|_.",
)
# (one pass over the text for any of them: faster than a search for each, in text outside ASCII most of all)
_ANY_SIGN_LITERAL = re.compile("|".join(map(re.escape, _SIGN_LITERALS)))
# Textile's: `"text":https://...` (the address ends before closing punctuation), `|_. head |`, `@code@`, block starts.
_TEXTILE_LINK = re.compile(
    r"\"(?P<text>[^\"\n]+)\":(?P<url>(?:https?://|mailto:)[^\s<>\"]*[^\s<>\".,;:!?)\]])"
)
_TEXTILE_HEAD_CELL = re.compile(r"^\|_\.[ \t]*")
# ... and a link to a place on the page, `"text":#anchor`: its text alone.
_TEXTILE_ANCHOR_LINK = re.compile(r"\"(?P<text>[^\"\n]+)\":#[\w\-]+")
_TEXTILE_CODE = re.compile(r"(?<![\w@])@(?P<text>[^@\s][^@\n]*?)@(?![\w@])")
_TEXTILE_BLOCK = re.compile(rf"^(?:(?P<quote>bq)|p|div){_ATTRIBUTES}\.[ \t]+", re.MULTILINE)
_LINK = re.compile(r"\[(?P<text>[^\]|\[\n]+)\|(?P<url>(?:https?://|mailto:)[^\]\s]+)\]")
_BARE_LINK = re.compile(r"\[(?P<url>https?://[^\]\s|]+)\]")
_MENTION = re.compile(r"\[~(?P<who>[\w.\-@]+)\]")
_MACRO = re.compile(r"\{(?:quote|panel|code|noformat|color|expand)(?::[^}\n]*)?\}", re.IGNORECASE)
_CITE = re.compile(r"\?\?(?P<text>[^?\n]+)\?\?")
_MONOSPACE = re.compile(r"\{\{(?P<text>[^}\n]+)\}\}")
_ICON = re.compile(r"\((?:/|x|!|\?|i|on|off|\*[rgby]?|\+|-|y|n)\)")
_ITEM = re.compile(r"^(?P<marks>[#*]+)[ \t]+", re.MULTILINE)
_BOLD = re.compile(r"(?<![\w*])\*(?P<text>[^*\n]+?)\*(?![\w*])")
_SUPERSCRIPT = re.compile(r"\^(?P<text>[^\^\s]+)\^")


def looks_like_jira(text: str) -> bool:
    """Text with Jira's markup: three signs at least (`h2.` headings, `{quote}` blocks, `[text|url]` links,
    `||head||` rows, `[~user]` mentions), of two kinds or more."""
    head = text[:100_000]
    if _ANY_SIGN_LITERAL.search(head) is None:
        return False  # (most text digests, told without a pattern)
    found = _SIGNS.findall(head)
    kinds = {sign[:1] if sign.startswith('"') else sign[:2] for sign in found}
    return len(found) >= 3 and len(kinds) >= 2


def jira_to_markdown(text: str) -> str:
    """The markup as Markdown, line for line."""
    if '":' in text or "|_." in text or "bq." in text or "p(" in text or "(#" in text:
        text = _textile(text)
    text = _LINK.sub(lambda match: f"[{match.group('text').strip()}]({match.group('url')})", text)
    text = _BARE_LINK.sub(lambda match: match.group("url"), text)
    text = _MENTION.sub(lambda match: "@" + match.group("who"), text)
    text = _MACRO.sub("", text)
    text = _CITE.sub(lambda match: f"*{match.group('text')}*", text)
    text = _MONOSPACE.sub(lambda match: f"`{match.group('text')}`", text)
    text = _SUPERSCRIPT.sub(lambda match: match.group("text"), _ICON.sub("", text))
    text = _ITEM.sub(_item, text)  # (first: a `* ` item's mark is no bold's, and a heading's `#` no item's)
    text = _BOLD.sub(lambda match: f"**{match.group('text')}**", text)
    text = _HEADING.sub(lambda match: "#" * int(match.group("level")) + " ", text)
    return "\n".join(_row(line) for line in text.split("\n"))


def _textile(text: str) -> str:
    """Textile's own signs as Jira's or Markdown's: links, header cells (a row of them is a `||head||` row),
    code, and block starts (`bq. ` a quotation, `p(notice). ` nothing)."""
    text = _TEXTILE_LINK.sub(lambda match: f"[{match.group('text').strip()}]({match.group('url')})", text)
    text = _TEXTILE_ANCHOR_LINK.sub(lambda match: match.group("text"), text)
    text = _TEXTILE_CODE.sub(lambda match: f"`{match.group('text')}`", text)
    text = _TEXTILE_BLOCK.sub(lambda match: "> " if match.group("quote") else "", text)
    lines = text.split("\n")
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|_.") and stripped.endswith("|"):
            cells = [
                _TEXTILE_HEAD_CELL.sub("", "|" + cell).strip() for cell in stripped.strip("|").split("|")
            ]
            lines[number] = "||" + "||".join(cells) + "||"
    return "\n".join(lines)


def _item(match: re.Match[str]) -> str:
    marks = match.group("marks")
    return "  " * (len(marks) - 1) + ("1. " if marks[-1] == "#" else "- ")


def _row(line: str) -> str:
    """`||head||head||` as a Markdown header row and its separator; `|cell|cell|` as a row."""
    stripped = line.strip()
    if stripped.startswith("||") and stripped.endswith("||"):
        cells = [cell.strip() for cell in stripped.strip("|").split("||")]
        return "| " + " | ".join(cells) + " |\n|" + " --- |" * len(cells)
    return line
