"""A FictionBook 2 e-book (`.fb2`: an XML book, as Russian-language e-book shops and libraries give them) as HTML.

FictionBook is XML whose body is close to XHTML: `<section>`s of `<p>` paragraphs, `<title>` and `<subtitle>`
headings, `<emphasis>` and `<strong>`, `<cite>` and `<epigraph>` quotations, `<a l:href>` links (`l:` the XLink
namespace), and a second `<body name="notes">` with the footnotes that `<a type="note">` marks point to. Its
`<description>` holds the book's own record (its title, author, publisher). The book is read as the page it
means: the elements renamed to their HTML kin; the embedded images (`<binary>`, base64) and the file's own records
left out.
"""

import re

SUFFIXES = (".fb2",)

_START = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?<FictionBook\b")
# The embedded images (base64), and the file's and the edition's own records (who made the file, with what, the
# ISBN): no text of the book.
_LEFT_OUT = re.compile(
    r"<(binary|document-info|publish-info|genre|lang|src-lang|date|keywords|coverpage)\b[^>]*?(?:/>|>.*?</\1>)",
    re.S,
)
# FictionBook's elements and the HTML ones they mean (the rest: their text only).
_RENAMED = {
    "section": "div",
    "title": "h2",
    "subtitle": "h3",
    "emphasis": "em",
    "strong": "strong",
    "cite": "blockquote",
    "epigraph": "blockquote",
    "annotation": "div",
    "v": "p",
    "stanza": "div",
    "empty-line": "br",
    "text-author": "p",
    "book-title": "h1",
}
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_PARAGRAPH_TAG = re.compile(r"</?p\b[^>]*>")
_KEPT = frozenset(["p", "a", "br", "div", "table", "tr", "td", "th"])  # (the same in HTML)
_TAG = re.compile(r"<(/?)([A-Za-z][\w.-]*)([^>]*?)(/?)>")
_HREF = re.compile(r"\b(?:l|xlink):href=")


def looks_like_fictionbook(text: str, name: str) -> bool:
    """An `.fb2` file, or XML whose root element is `<FictionBook>`."""
    return name.casefold().endswith(SUFFIXES) or _START.match(text[:400]) is not None


def fictionbook_to_html(text: str) -> str:
    """The book as an HTML page (see the module's docstring)."""
    body = _LEFT_OUT.sub("", text)
    body = _TITLE.sub(lambda title: "<title>" + _PARAGRAPH_TAG.sub(" ", title.group(1)) + "</title>", body)
    body = re.sub(r"\A\ufeff?\s*<\?xml[^>]*>", "", body)
    return "<html><body>" + _TAG.sub(_html_tag, body) + "</body></html>"


def _html_tag(match: re.Match[str]) -> str:
    closing, name, attributes, empty = match.groups()
    html = name if name in _KEPT else _RENAMED.get(name, "")
    if not html:
        return " " if name in ("first-name", "middle-name", "last-name") else ""
    if html == "a" and not closing:
        return "<a " + _HREF.sub("href=", attributes).strip() + ">"
    return f"<{closing}{html}{empty}>"
