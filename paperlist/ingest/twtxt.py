"""A twtxt feed (`twtxt.txt`, as twtxt and Yarn.social pods serve one), read as its posts.

A feed is a line per post: its time (RFC 3339), a tab, its text; `#` lines above are the feed's metadata (its
nick, the feeds it follows). A post's own line breaks are written as U+2028 (read as line breaks before this
reader), a mention as `@<nick url>`, a tag as `#<tag url>`, a reply's thread as `(#hash)` before its text. Each post
becomes a paragraph of its own, its time, thread mark and the links of its mentions and tags left out (they name
people and searches, never papers); the metadata is left out.
"""

from __future__ import annotations

import re

_POST = re.compile(
    r"^(?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d))\t(?P<text>[^\t]*)$"
)
_THREAD = re.compile(r"^\(#[A-Za-z0-9]{5,12}\)[ \t]*")
_MENTION = re.compile(r"(?P<mark>[@#])<(?P<name>[^<> \t\n]+)[ \t]+[a-z][a-z0-9+.-]*://[^<>\s]*>")


def looks_like_twtxt(text: str) -> bool:
    """The first line that is no comment is a post (`time<TAB>text`), and so are half the first lines (the others
    the line breaks of posts)."""
    lines = [line for line in text[:20_000].split("\n") if line.strip() and not line.startswith("#")][:40]
    posts = sum(1 for line in lines if _POST.match(line) is not None)
    return bool(lines) and _POST.match(lines[0]) is not None and posts >= 3 and posts * 2 >= len(lines)


def twtxt_to_text(text: str) -> str | None:
    """The feed's posts as paragraphs (see the module's docstring); None when `text` holds no post."""
    paragraphs: list[str] = []
    for line in text.split("\n"):
        post = _POST.match(line)
        if post is not None:
            words = _THREAD.sub("", post.group("text").strip())
            paragraphs.append(_MENTION.sub(r"\g<mark>\g<name>", words))
        elif paragraphs and line.strip() and not line.startswith("#"):
            paragraphs[-1] += "\n" + _MENTION.sub(
                r"\g<mark>\g<name>", line.rstrip()
            )  # (a post's own line break)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else None
