"""An Evernote export (`.enex`) as one HTML page: a section per note.

An export is XML: `<en-export>` holding `<note>`s, each with its `<title>`, `<tag>`s, `<note-attributes>` (a web
clip's `<source-url>` is the page it was clipped from, often the paper's own arXiv page) and its `<content>`: an
ENML document (XHTML inside `<en-note>`) in a CDATA section. Attached files are `<resource>`s, their names in
`<resource-attributes><file-name>` (a PDF named by its arXiv id is that paper). Each note becomes a heading (its
title), its source address as a link, its tags, its body as the HTML it is, and its attachments' file names;
the attachments' data (base64) is never decoded.
"""

from __future__ import annotations

import re
from html import escape

_MAX_NOTES = 100_000  # notes read at most
_ENML_WRAPPER = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|</?en-note\b[^>]*>", re.IGNORECASE)
_MEDIA = re.compile(r"<en-media\b[^>]*/?>(?:</en-media>)?", re.IGNORECASE)


def looks_like_enex(text: str, name: str) -> bool:
    """An `.enex` file, or XML whose root is `<en-export>`."""
    if name.casefold().endswith(".enex"):
        return True
    head = text[:2000]
    return head.lstrip("\ufeff \t\r\n").startswith("<") and "<en-export" in head


def enex_to_html(text: str) -> str | None:
    """The notes as one HTML page, or None when `text` is no Evernote export."""
    from xml.etree.ElementTree import ParseError  # (only for exports: decoding every digest stays light)

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    # (an export names its DTD; defusedxml refuses entity declarations, not a DOCTYPE that declares none)
    try:
        root = fromstring(text.lstrip("\ufeff"))
    except (ParseError, DefusedXmlException):
        return None
    if root.tag != "en-export":
        return None
    sections: list[str] = []
    for note in root.findall("note")[:_MAX_NOTES]:
        title = " ".join((note.findtext("title") or "").split())
        parts = [f"<h2>{escape(title)}</h2>"] if title else []
        source = (note.findtext("note-attributes/source-url") or "").strip()
        if source.startswith(("http://", "https://")):
            parts.append(f'<p><a href="{escape(source)}">{escape(source)}</a></p>')
        tags = [tag.strip() for tag in (node.text or "" for node in note.findall("tag")) if tag.strip()]
        if tags:
            parts.append(f"<p>Tags: {escape(', '.join(tags))}</p>")
        body = _MEDIA.sub("", _ENML_WRAPPER.sub("", note.findtext("content") or ""))
        if body.strip():
            parts.append(f"<div>{body}</div>")
        files = [
            name.strip()
            for name in (
                resource.findtext("resource-attributes/file-name") for resource in note.findall("resource")
            )
            if name and name.strip()
        ]
        if files:
            parts.append("<ul>" + "".join(f"<li>{escape(name)}</li>" for name in files) + "</ul>")
        sections.append("<section>" + "\n".join(parts) + "</section>")
    return "<html><body>\n" + "\n".join(sections) + "\n</body></html>"
