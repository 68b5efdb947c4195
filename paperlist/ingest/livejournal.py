"""A LiveJournal (or Dreamwidth) journal exported as XML (`export.bml`, `ljdump`: `<livejournal><entry>…`), read as
the page of its posts.

Each `<entry>` holds the post's `<subject>`, `<eventtime>` and its `<event>`: the post's HTML, escaped in the XML,
with LiveJournal's own tags (`<lj-cut text="…">` around what the journal page folds, `<lj user="name">`) and its
line breaks meaning breaks (the site turns them into `<br>` unless the post says it is preformatted). Each post
becomes a section of one page: its subject as a heading, its date, its HTML; the cut's and the user tags' markup
is left out, their words kept.
"""

from __future__ import annotations

import html
import re

from paperlist.ingest.xmldoc import parse_document

_START = re.compile(r"<(?:livejournal|ljexport)>\s*<entry>")
_LJ_TAG = re.compile(r"</?lj-cut\b[^>]*>|<lj\s+(?:user|comm)=\"(?P<user>[^\"]*)\"\s*/?>", re.IGNORECASE)


def looks_like_livejournal(text: str) -> bool:
    return _START.search(text[:2000]) is not None


def livejournal_to_html(text: str) -> str | None:
    """The journal's posts as one HTML page (see the module's docstring); None when it holds none."""
    root = parse_document(text)
    if root is None:
        return None
    sections: list[str] = []
    for entry in root.iter("entry"):
        subject = (entry.findtext("subject") or "").strip()
        when = (entry.findtext("eventtime") or "").strip()
        event = _LJ_TAG.sub(lambda tag: tag.group("user") or "", entry.findtext("event") or "")
        event = event.replace("\n", "<br>\n")  # (its line breaks are the post's)
        heading = f"<h2>{html.escape(subject)}</h2>" if subject else ""
        dated = f"<p>{html.escape(when)}</p>" if when else ""
        sections.append(f"<article>{heading}{dated}<div>{event}</div></article>")
    return "<html><body>\n" + "\n".join(sections) + "\n</body></html>" if sections else None
