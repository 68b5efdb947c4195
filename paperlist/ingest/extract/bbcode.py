"""A forum post in BBCode (phpBB, vBulletin, SMF: a post's source, as the editor or an export holds it) as Markdown.

`[url=address]text[/url]` is a link, `[url]address[/url]` an address, `[b]`, `[i]` emphasis, `[list]` / `[list=1]`
with `[*]` items a list, `[quote=who …]…[/quote]` a quotation (`> ` lines), `[code]` a code block; size, colour,
font, underline and alignment are presentation, and images, attachments and smilies' codes no text.
"""

from __future__ import annotations

import re

_SIGNS = re.compile(
    r"\[(?:/?b|/?i|/?u|url(?:=[^\]\n]*)?|/url|list(?:=[^\]\n]*)?|/list|\*|quote(?:=[^\]\n]*)?|/quote)\]", re.I
)
_LINK = re.compile(
    r"\[url=[\"']?(?P<url>[^\]\"'\s]+)[\"']?\](?P<text>.*?)\[/url\]", re.IGNORECASE | re.DOTALL
)
_BARE_LINK = re.compile(r"\[url\](?P<url>[^\[\s]+)\[/url\]", re.IGNORECASE)
_BOLD = re.compile(r"\[b\](?P<text>.*?)\[/b\]", re.IGNORECASE | re.DOTALL)
_ITALIC = re.compile(r"\[i\](?P<text>.*?)\[/i\]", re.IGNORECASE | re.DOTALL)
_DROPPED = re.compile(r"\[(?:img|attachment)[^\]]*\].*?\[/(?:img|attachment)\]", re.IGNORECASE | re.DOTALL)
_PRESENTATION = re.compile(
    r"\[/?(?:u|s|size|color|colour|font|center|left|right|align|indent|highlight|sup|sub)(?:=[^\]\n]*)?\]",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"\[quote(?:=[^\]\n]*)?\](?P<text>.*?)\[/quote\]", re.IGNORECASE | re.DOTALL)
_CODE = re.compile(r"\[code(?:=[^\]\n]*)?\](?P<text>.*?)\[/code\]", re.IGNORECASE | re.DOTALL)
_LIST = re.compile(r"\[list(?P<kind>=[^\]\n]*)?\](?P<items>.*?)\[/list\]", re.IGNORECASE | re.DOTALL)
_ITEM = re.compile(r"\[\*\]", re.IGNORECASE)


def looks_like_bbcode(text: str) -> bool:
    """Text with BBCode's tags in it: three at least, of two kinds or more (`[b]`, `[url=…]`, `[list]`, `[*]` …),
    closing ones among them (`a[i] + b[i]` in a code snippet is no markup)."""
    if "[/" not in text:
        return False
    kinds = {match.group().lower().split("=", 1)[0].strip("[]/") for match in _SIGNS.finditer(text[:200_000])}
    return len(kinds) >= 2 and len(_SIGNS.findall(text[:200_000])) >= 3


def bbcode_to_markdown(text: str) -> str:
    """The post as Markdown: links, emphasis, lists, quotations and code as Markdown writes them."""
    text = _DROPPED.sub("", text)
    text = _CODE.sub(lambda match: "\n```\n" + match.group("text").strip("\n") + "\n```\n", text)
    text = _PRESENTATION.sub("", text)
    text = _LINK.sub(lambda match: f"[{' '.join(match.group('text').split())}]({match.group('url')})", text)
    text = _BARE_LINK.sub(lambda match: match.group("url"), text)
    text = _BOLD.sub(lambda match: f"**{match.group('text').strip()}**", text)
    text = _ITALIC.sub(lambda match: f"*{match.group('text').strip()}*", text)
    for _ in range(8):  # (quotations inside quotations, innermost first)
        quoted = _QUOTE.sub(_quotation, text)
        if quoted == text:
            break
        text = quoted
    return _LIST.sub(_list, text)


def _quotation(match: re.Match[str]) -> str:
    lines = match.group("text").strip("\n").split("\n")
    return "\n\n" + "\n".join(f"> {line}".rstrip() for line in lines) + "\n\n"


def _list(match: re.Match[str]) -> str:
    """`[list]`/`[list=1]` and its `[*]` items as a Markdown list, an item a line."""
    numbered = (match.group("kind") or "").strip("= ") not in ("",)
    items = [item.strip() for item in _ITEM.split(match.group("items"))[1:]]
    lines = [
        f"{number}. {' '.join(item.split())}" if numbered else f"- {' '.join(item.split())}"
        for number, item in enumerate(items, 1)
        if item
    ]
    return "\n\n" + "\n".join(lines) + "\n\n"
