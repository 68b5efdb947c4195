"""A Stack Exchange data dump's posts (`Posts.xml`) as one HTML page: a section per question or answer.

The dump is XML: `<posts>` holding a `<row>` per post, whose attributes are its fields: `PostTypeId` (1 a question,
2 an answer), `Title` (a question's), `Tags`, and `Body`, the post's HTML escaped into the attribute. Each post
becomes a section: a question's title as a heading, then its body as the HTML it is; an answer's body under a rule.
Votes, dates, scores and user ids are no prose.
"""

from __future__ import annotations

import re
from html import escape

_MAX_POSTS = 200_000  # posts read at most
_POSTS_ROOT = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?<posts>\s*<row\b[^>]*\bPostTypeId=")


def looks_like_stackexchange(text: str) -> bool:
    """XML whose root is `<posts>` of `<row PostTypeId=... Body=...>` (a data dump's `Posts.xml`)."""
    return _POSTS_ROOT.match(text[:4000]) is not None


def stackexchange_to_html(text: str) -> str | None:
    """The posts as one HTML page, or None when `text` is no Stack Exchange posts dump."""
    from xml.etree.ElementTree import ParseError  # (only for dumps: decoding every digest stays light)

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text.lstrip("\ufeff"))
    except (ParseError, DefusedXmlException):
        return None
    if root.tag != "posts":
        return None
    sections: list[str] = []
    for number, row in enumerate(root.iter("row")):
        if number >= _MAX_POSTS:
            break
        title, body = row.get("Title"), row.get("Body") or ""
        heading = f"<h2>{escape(title)}</h2>\n" if title else "<hr>\n"
        sections.append(f"<section>\n{heading}{body}\n</section>")
    return "<html><body>\n" + "\n".join(sections) + "\n</body></html>\n"
