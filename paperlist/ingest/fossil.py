"""A Fossil wiki artifact (`fossil artifact <id>` of a wiki page: its control cards, then its text), read as the
page it renders.

A wiki artifact is a manifest of one-letter cards (`D` its date, `L` its page's name with spaces as `\\s`, `N` the
markup, `P` the parent, `U` the user), then `W <size>` and that many bytes of the page's text, then a `Z` checksum.
The text (Fossil's wiki markup: HTML with `[target | label]` links, `*` bullets after two spaces, `<nowiki>`;
or Markdown when `N text/x-markdown`) becomes an HTML page headed by the page's name, read as any page is.
"""

from __future__ import annotations

import html
import re

_START = re.compile(r"\AD [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+\n(?:[A-Z] [^\n]*\n)*?W [0-9]+\n")
_CARD = re.compile(r"^(?P<card>[A-Z]) (?P<value>[^\n]*)$", re.MULTILINE)
_LINK = re.compile(r"\[(?P<target>[^\[\]|\n]+?)(?:[ \t]*\|[ \t]*(?P<label>[^\[\]\n]+?))?\]")
_BULLET = re.compile(r"^[ \t]{2,}[*•][ \t]+(?P<item>.*)$", re.MULTILINE)
_NUMBERED = re.compile(r"^[ \t]{2,}#[ \t]+(?P<item>.*)$", re.MULTILINE)


def looks_like_fossil_wiki(text: str) -> bool:
    return text.startswith("D ") and _START.match(text[:2000]) is not None


def fossil_wiki_to_page(text: str) -> tuple[str, bool] | None:
    """(the page's text, whether it is Markdown) of a wiki artifact; its wiki markup made HTML. None when `text` is
    no wiki artifact."""
    start = _START.match(text)
    if start is None:
        return None
    cards = {match.group("card"): match.group("value") for match in _CARD.finditer(text[: start.end()])}
    size = int(cards.get("W", "0") or 0)
    body = text[start.end() :]
    encoded = body.encode("utf-8")
    if 0 < size <= len(encoded):
        body = encoded[:size].decode("utf-8", "replace")  # (the W card counts bytes)
    title = cards.get("L", "").replace("\\s", " ").strip()
    if cards.get("N", "") == "text/x-markdown":
        return (f"# {title}\n\n{body}" if title else body), True
    page = _LINK.sub(_anchor, body)
    page = _BULLET.sub(lambda match: f"<li>{match.group('item')}</li>", page)
    page = _NUMBERED.sub(lambda match: f"<li>{match.group('item')}</li>", page)
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return f"<html><head>{head}</head><body>{page}</body></html>", False


def _anchor(match: re.Match[str]) -> str:
    target = match.group("target").strip()
    label = (match.group("label") or "").strip() or target
    if not target.startswith(("http://", "https://")):
        return label  # (another wiki page, an anchor: its name)
    return f'<a href="{html.escape(target)}">{label}</a>'
