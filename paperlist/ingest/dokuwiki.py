"""A DokuWiki page's source (a lab wiki's `data/pages/*.txt`) as Markdown.

DokuWiki writes headings between runs of `=` (six for the top level: `====== Title ======`), links as
`[[target|text]]` (an address, a page, or an interwiki shortcut such as `[[arxiv>2010.08895|Title]]`), `**bold**`,
`//italic//`, `''monospace''`, list items indented two spaces (`  * ` bulleted, `  - ` numbered), table rows
between `^` (header) and `|` cells, footnotes in double parentheses, `{{media|caption}}` for files and `\\ ` as a
line break. Each becomes what Markdown writes (an arXiv shortcut the arXiv address it stands for); macros
(`~~NOTOC~~`), files and smileys are no text.
"""

from __future__ import annotations

import re

# A Zim desktop wiki page (`.txt` in a notebook's folder) writes the same markup, after a header of its own, with
# list items at the line's start (a tab a level deeper) and check boxes as items: `[ ]`, `[*]`, `[x]`, `[>]`.
_ZIM_HEADER = re.compile(r"\A\ufeff?Content-Type:[ \t]*text/x-zim-wiki[ \t]*\r?\n(?:[A-Za-z-]+:[^\n]*\n)*")
_ZIM_ITEM = re.compile(r"^(?P<tabs>\t*)(?:\*|\[[ *x><]\]|[0-9a-z]{1,3}\.)[ \t]+", re.MULTILINE)

# (words between the marks: not a reStructuredText underline, a line of `=` alone)
_HEADING = re.compile(
    r"^[ \t]*(?P<marks>={2,6})[ \t]+(?P<text>[^=\s][^\n]*?)[ \t]+={2,6}[ \t]*$", re.MULTILINE
)
_SIGNS = re.compile(
    r"^={2,6}[ \t]+[^=\s][^\n]*[ \t]={2,6}[ \t]*$|\[\[[^\]\n]+\]\]|^\^[^\n]*\^[ \t]*$|^  +[*-] ", re.MULTILINE
)
_MAIL_HEADER = re.compile(
    r"^(?:Received|Return-Path|Message-I[Dd]|Delivered-To|X-Original-To|In-Reply-To):", re.MULTILINE
)
_LINK = re.compile(r"\[\[(?P<target>[^\]|\n]+)(?:\|(?P<text>[^\]\n]*))?\]\]")
_MEDIA = re.compile(r"\{\{[^}\n]*\}\}")
_MACRO = re.compile(r"~~[A-Z]+~~")
_FOOTNOTE = re.compile(r"\(\((?P<text>[^)\n]*(?:\)[^)\n]+)*)\)\)")
_ITALIC = re.compile(r"(?<![:/])//(?P<text>[^/\n]+?)//")
_MONOSPACE = re.compile(r"''(?P<text>[^'\n]+)''")
_ITEM = re.compile(r"^(?P<indent>(?:  )+)(?P<mark>[*-])[ \t]", re.MULTILINE)
_SMILEY = re.compile(r"(?<!\S):[!?]:(?!\S)")
# Interwiki shortcuts DokuWiki ships with that name papers.
_INTERWIKI = {"arxiv": "https://arxiv.org/abs/{}", "doi": "https://doi.org/{}"}


def looks_like_dokuwiki(text: str, name: str) -> bool:
    """A page with DokuWiki's signs: `=` headings, `[[…]]` links, `^` table heads, two-space list items (three
    at least, two kinds); a MediaWiki page (`'''bold'''`, `{{cite`) is no DokuWiki page."""
    head = text[:100_000]
    if "==" not in head:
        return False  # (no heading, which a page needs: most text digests, told without a pattern)
    if (
        "'''" in head
        or "{{cite" in head.casefold()
        or name.casefold().endswith((".rst", ".rest", ".md", ".org"))
        # (a mailbox or a mail client's session, whose messages' headers no wiki page has: `== Reminder ==` in a
        # cron job's mail is its text)
        or len(_MAIL_HEADER.findall(head, 0, 20_000)) >= 2
    ):
        return False
    found = _SIGNS.findall(head)
    kinds = {sign.strip()[:2] for sign in found}
    return len(found) >= 3 and len(kinds) >= 2 and _HEADING.search(head) is not None


def looks_like_zim(text: str) -> bool:
    """A Zim page: its `Content-Type: text/x-zim-wiki` header."""
    return text.startswith(("Content-Type: text/x-zim-wiki", "\ufeffContent-Type: text/x-zim-wiki"))


def zim_to_markdown(text: str) -> str:
    """A Zim page as Markdown: its header dropped (a blank line for each of its lines, so that lines keep their
    numbers), its items written as DokuWiki writes them, then read as a DokuWiki page."""
    header = _ZIM_HEADER.match(text)
    if header is not None:
        text = "\n" * header.group(0).count("\n") + text[header.end() :]
    text = _ZIM_ITEM.sub(lambda item: "  " * (len(item.group("tabs")) + 1) + "* ", text)
    return dokuwiki_to_markdown(text)


def dokuwiki_to_markdown(text: str) -> str:
    """The page as Markdown, line for line (a table's header row gains the separator line Markdown wants)."""
    text = _MACRO.sub("", _MEDIA.sub("", text))
    text = _HEADING.sub(
        lambda match: "#" * max(1, 7 - len(match.group("marks"))) + " " + match.group("text"), text
    )
    text = _LINK.sub(_link, text)
    text = _FOOTNOTE.sub(lambda match: f" ({match.group('text').strip()})", text)
    text = _ITALIC.sub(lambda match: f"*{match.group('text')}*", text)
    text = _MONOSPACE.sub(lambda match: f"`{match.group('text')}`", text)
    text = _SMILEY.sub("", text)
    text = text.replace(" \\\\ ", " ")
    text = _ITEM.sub(_item, text)
    return "\n".join(_row(line) for line in text.split("\n"))


def _link(match: re.Match[str]) -> str:
    target, shown = match.group("target").strip(), (match.group("text") or "").strip()
    wiki, _, key = target.partition(">")
    if key and wiki.casefold() in _INTERWIKI:
        target = _INTERWIKI[wiki.casefold()].format(key.strip())
    if target.startswith(("http://", "https://")):
        return f"[{shown}]({target})" if shown else target
    return shown or target.rsplit(":", 1)[-1]  # (a page of the wiki: its text, or its name)


def _item(match: re.Match[str]) -> str:
    depth = len(match.group("indent")) // 2 - 1
    return "  " * depth + ("- " if match.group("mark") == "*" else "1. ")


def _row(line: str) -> str:
    """A table row (`^ head ^`, `| cell |`) as Markdown's, its header row followed by the separator."""
    stripped = line.strip()
    if stripped[:1] == "^" and stripped[-1:] in "^|" and len(stripped) > 2:
        cells = [cell.strip() for cell in re.split(r"[\^|]", stripped)[1:-1]]
        return "| " + " | ".join(cells) + " |\n|" + " --- |" * len(cells)
    return line
