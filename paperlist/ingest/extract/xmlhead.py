"""How an XML document opens, in one home: what may come before its root element.

A declaration, comments (a WordPress export opens on a dozen), a document type, more comments. A comment's body is
read as characters that are not the start of `-->`, so that a run of comments is matched one way only, in linear
time: the `<!--.*?-->` pattern repeated tries every way of splitting the run into comments, a time that doubles
with each comment, and never ends on a file that opens on a hundred of them before a root it does not expect.
"""

from __future__ import annotations

from typing import Final

_COMMENTS: Final = r"(?:<!--(?:[^-]|-(?!->))*-->\s*)*"
# Use inside a pattern, before the root element it looks for: `re.compile(XML_PROLOGUE + r"<rss\b")`.
XML_PROLOGUE: Final = (
    r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?" + _COMMENTS + r"(?:<!DOCTYPE[^>]*>\s*" + _COMMENTS + ")?"
)
