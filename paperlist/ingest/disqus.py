"""A Disqus comments export (the XML a site's owner downloads from Disqus: Admin › Moderate › Export).

The file is `<disqus>` holding `<category>`s, then every `<thread>` (a page of the site: its `<title>`, its
`<link>`, its own `dsq:id`), then every `<post>` (a comment: its `<message>`, HTML in a CDATA section with the
quotes of its text escaped again as `&quot;`; its `<author>`; the `<thread dsq:id>` it belongs to; whether it
`<isDeleted>` or `<isSpam>`). Ids, dates, IP addresses and moderation flags are no text.

The export becomes Markdown: each thread a heading (the page's title, then its link), its comments under it in the
order given, each a paragraph block of its message's lines under a rule, so that a comment naming papers is read as
a message is, and no link in one takes its title from the page's or from another comment.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from paperlist.ingest.extract.markup import html_value_to_markdown
from paperlist.ingest.extract.xmlhead import XML_PROLOGUE

_START = re.compile(r"\A" + XML_PROLOGUE + r"<disqus\b")
_INTERNALS = "{http://disqus.com/disqus-internals}id"


def looks_like_disqus(text: str) -> bool:
    return _START.match(text[:2000]) is not None


def disqus_to_markdown(text: str) -> str | None:
    """The threads and comments of a Disqus export as Markdown; None when `text` is no such export."""
    try:
        root = ElementTree.fromstring(text)
    except (ElementTree.ParseError, ValueError):
        return None
    if _local(root.tag) != "disqus":
        return None
    threads: dict[str, tuple[str, str]] = {}
    comments: dict[str, list[str]] = {}
    for element in root:
        kind = _local(element.tag)
        if kind == "thread":
            key = element.get(_INTERNALS) or ""
            threads[key] = (_child_text(element, "title"), _child_text(element, "link"))
            comments.setdefault(key, [])
        elif (
            kind == "post"
            and _child_text(element, "isDeleted") != "true"
            and _child_text(element, "isSpam") != "true"
        ):
            thread = next((child for child in element if _local(child.tag) == "thread"), None)
            key = thread.get(_INTERNALS) or "" if thread is not None else ""
            message = _message(element)
            if message:
                comments.setdefault(key, []).append(message)
    out: list[str] = []
    for key, said in comments.items():
        if not said:
            continue
        title, link = threads.get(key, ("", ""))
        if title or link:
            out += [f"## {' '.join(title.split()) or link}", *([link] if link and title else []), ""]
        for message in said:
            # (a rule above each comment: no link in it takes its title from the page's or another comment's)
            out += ["---", "", message, ""]
    return "\n".join(out) + "\n" if out else None


def _message(post: Element) -> str:
    """A comment's message as Markdown lines: its HTML (its text's quotes escaped once more) as the text it
    shows."""
    html = _child_text(post, "message")
    if not html.strip():
        return ""
    return html_value_to_markdown(html).strip()


def _child_text(element: Element, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return "".join(child.itertext())
    return ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
