"""A Gopher menu (RFC 1436) as a server sends it, or as saved from a phlog: a line an item.

Each line is a type character, the item's display string, its selector, its host and its port, parted by tabs
(CRLF at its end; a line of `.` ends the menu). Type `i` is text shown as it is (a phlog's words); type `h` with
a `URL:` selector links a web page (`hTitle<TAB>URL:https://arxiv.org/abs/…`), read as a Markdown link; other items
(a menu `1`, a text file `0`, a search `7` …) are their display strings. The menu is read as plain text.
"""

from __future__ import annotations

import re

_ITEM = re.compile(
    r"^(?P<type>[0-9A-Za-z+:;<.\-])(?P<display>[^\t\r\n]*)\t(?P<selector>[^\t\r\n]*)\t[^\t\r\n]*\t[0-9]*[ \t]*\r?$"
)
_SHARE = 0.8  # of a file's non-blank lines, at least, that are menu items


def looks_like_gopher_menu(text: str) -> bool:
    if "\t" not in text[:20_000]:
        return False  # (a menu's items part their fields by tabs)
    lines = [line for line in text[:20_000].split("\n")[:200] if line.strip() and line.strip() != "."]
    return len(lines) >= 5 and sum(1 for line in lines if _ITEM.match(line)) >= len(lines) * _SHARE


def gopher_menu_to_text(text: str) -> str:
    """The menu as the text a Gopher client shows, its web links as Markdown links."""
    out: list[str] = []
    for line in text.split("\n"):
        item = _ITEM.match(line)
        if item is None:
            if line.strip() != ".":
                out.append(line.rstrip("\r"))
            continue
        display, selector = item.group("display").rstrip(), item.group("selector")
        if item.group("type") == "h" and selector.startswith("URL:"):
            url = selector[4:].strip()
            out.append(f"[{display.replace('[', '(').replace(']', ')')}]({url})" if display != url else url)
        else:
            out.append(display)
    return "\n".join(out)
