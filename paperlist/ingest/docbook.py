"""A DocBook document (4 or 5: a manual's chapter, an article, a book) as an HTML page.

DocBook writes prose as `<para>`, sections under their `<title>`, lists as `<itemizedlist>` / `<orderedlist>` of
`<listitem>`, links as `<link xlink:href>` (DocBook 5) or `<ulink url>` (4), a cited work's name as `<citetitle>`,
and a bibliography as `<biblioentry>` or `<bibliomixed>` records: a `<title>`, `<author>`s' `<personname>`, the
container's title in a `<biblioset>`, a `<pubdate>` and `<biblioid>`s (a URI, a DOI, an arXiv id as
`class="other" otherclass="arXiv"`). The page is what an HTML renderer would show: headings, paragraphs, lists,
links, a cited work's name in quotes, each bibliography entry an item `Authors. Title. Container. Year. arXiv:ID /
link`.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from paperlist.ingest.extract.xmlhead import XML_PROLOGUE

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_DOCBOOK = re.compile(
    r"\A" + XML_PROLOGUE + r"<(?:chapter|article|book|section|part|appendix|bibliography|preface|refentry)\b"
    r"(?=[^>]*(?:docbook\.org/ns/docbook|\bversion=\"[45]))",
    re.DOTALL | re.IGNORECASE,
)
_DOCTYPE = re.compile(r"<!DOCTYPE[^>]*DocBook", re.IGNORECASE)
_BLOCKS = {
    "para": "p",
    "simpara": "p",
    "formalpara": "p",
    "note": "div",
    "tip": "div",
    "caution": "div",
    "warning": "div",
    "important": "div",
    "blockquote": "blockquote",
    "itemizedlist": "ul",
    "orderedlist": "ol",
    "listitem": "li",
    "variablelist": "ul",
    "varlistentry": "li",
}
_INLINE_EMPHASIS = frozenset({"emphasis", "firstterm", "foreignphrase"})
_NEVER = frozenset(
    {"programlisting", "screen", "literallayout", "revhistory", "indexterm", "remark", "keywordset"}
    # (the document's own people and its subtitle, never a paper's; a citation's key, `<abbrev>`)
    | {"authorgroup", "author", "editor", "affiliation", "subtitle", "abbrev"}
)
_ENTRIES = frozenset({"biblioentry", "bibliomixed"})
_MAX_DEPTH = 200


def looks_like_docbook(text: str) -> bool:
    head = text[:4000]
    return _DOCBOOK.match(head) is not None or _DOCTYPE.search(head) is not None


def docbook_to_html(text: str) -> str | None:
    """The document as an HTML page, or None when it does not parse as XML."""
    from xml.etree.ElementTree import ParseError  # (only for DocBook: decoding every digest stays light)

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text.lstrip("\ufeff"))
    except (ParseError, DefusedXmlException):
        return None
    return f"<html><body>{_render(root, 1, 0)}</body></html>"


def _name(element: Element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _attribute(element: Element, name: str) -> str | None:
    return next((value for key, value in element.attrib.items() if key.rsplit("}", 1)[-1] == name), None)


def _text(element: Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _render(element: Element, level: int, depth: int) -> str:
    """The HTML of an element and what it holds, its tail left to its parent."""
    name = _name(element)
    if depth > _MAX_DEPTH or name in _NEVER:
        return ""
    if name in _ENTRIES:
        return f"<li>{_entry(element)}</li>"
    inner = html.escape(element.text or "")
    for child in element:
        child_name = _name(child)
        heading = child_name == "title" and name not in ("biblioset", "bibliomset")
        inner += (
            f"<h{min(level, 6)}>{html.escape(_text(child))}</h{min(level, 6)}>"
            if heading
            else _render(
                child,
                level + 1 if child_name in ("section", "sect1", "sect2", "chapter") else level,
                depth + 1,
            )
        )
        inner += html.escape(child.tail or "")
    href = _attribute(element, "href") or (element.get("url") if name == "ulink" else None)
    if href is not None and name in ("link", "ulink"):
        return f'<a href="{html.escape(href, quote=True)}">{inner}</a>'
    if name == "citetitle":
        return (
            f"“{inner}”"  # (a cited work's name: quoted, as a page shows it, since emphasis is lost as text)
        )
    if name in _INLINE_EMPHASIS:
        return f"<em>{inner}</em>"
    if name in ("bibliography", "bibliodiv"):
        return f"<ul>{inner}</ul>" if "<li>" in inner else inner
    tag = _BLOCKS.get(name)
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _entry(entry: Element) -> str:
    """A bibliography entry as one line: its authors, its title, its container, its year, its ids and links."""
    authors = [
        " ".join(" ".join(person.itertext()).split())  # (`<firstname>Ashish</firstname><surname>…`: apart)
        for person in entry.iter()
        if _name(person) in ("personname", "orgname") and _text(person)
    ]
    title = next((_text(child) for child in entry if _name(child) == "title"), "")
    containers = [
        _text(title_element)
        for part in entry.iter()
        if _name(part) in ("biblioset", "bibliomset")
        for title_element in part
        if _name(title_element) == "title" and _text(title_element) != title
    ]
    year = next((_text(child) for child in entry.iter() if _name(child) == "pubdate"), "")
    ids: list[str] = []
    for identifier in entry.iter():
        if _name(identifier) not in ("biblioid", "bibliosource"):
            continue
        value = _text(identifier)
        kind = (_attribute(identifier, "otherclass") or _attribute(identifier, "class") or "").casefold()
        if kind == "arxiv":
            ids.append(f"arXiv:{html.escape(value)}")
        elif value.startswith(("http://", "https://")):
            ids.append(f'<a href="{html.escape(value, quote=True)}">{html.escape(value)}</a>')
        elif kind == "doi":
            ids.append(f"doi:{html.escape(value)}")
    parts = [html.escape(", ".join(authors))] if authors else []
    if title:
        parts.append(html.escape(title))
    parts += [html.escape(container) for container in containers]
    if year:
        parts.append(html.escape(year))
    return ". ".join(parts) + (". " + " ".join(ids) if ids else "")
