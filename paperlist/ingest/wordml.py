"""A Word 2003 XML document (WordprocessingML 2003, one `.xml` file: `<w:wordDocument>`) as HTML.

Before `.docx`, Word saved "XML Document" as one file: `<w:body>` of `<w:p>` paragraphs (their style in
`<w:pStyle>`, a list item's level in `<w:listPr>`), `<w:r>` runs of `<w:t>` text (bold `<w:b/>`, italic
`<w:i/>`), `<w:hlink w:dest="…">` links, `<w:tbl>` tables of `<w:tr>` rows and `<w:tc>` cells, and footnotes
written where they are cited (`<w:footnote>` inside a run). The document is read as the page it shows: headings
from the `Heading1`…`Heading6` and `Title` styles, items, links, tables, and each footnote as a numbered note
after the text, its mark (`[1]`) where it stood. Styles, fonts, lists' definitions and document properties are no
text.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_W = "{http://schemas.microsoft.com/office/word/2003/wordml}"
_START = re.compile(r"\A\ufeff?\s*(?:<\?[^>]*\?>\s*)*<w:wordDocument\b")
_HEADING_STYLE = re.compile(r"^(?:heading|berschrift|titre|t[ií]tulo|заголовок)[ \t]*(?P<level>[1-6])$", re.I)
_MAX_DEPTH = 64


def looks_like_wordml(text: str) -> bool:
    """XML whose root is Word 2003's `<w:wordDocument>`."""
    return _START.match(text[:600]) is not None and "wordprocessingml" not in text[:600]


def wordml_to_html(text: str) -> str | None:
    """The document as an HTML page, or None when `text` is no Word 2003 XML document."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text.lstrip("\ufeff"))
    except (ParseError, DefusedXmlException, RecursionError):
        return None
    body = root.find(f"{_W}body")
    if root.tag != f"{_W}wordDocument" or body is None:
        return None
    notes: list[str] = []
    parts = ["<html><body>"]
    _blocks(body, parts, notes, 0)
    if notes:
        parts.append("<h2>Notes</h2>")
        parts.extend(f"<p>[{number}] {note}</p>" for number, note in enumerate(notes, 1))
    parts.append("</body></html>")
    return "\n".join(parts)


def _blocks(container: Element, parts: list[str], notes: list[str], depth: int) -> None:
    """The paragraphs and tables of a container (the body, a section, a cell), in order."""
    if depth > _MAX_DEPTH:
        return
    in_list = False
    for child in container:
        if child.tag == f"{_W}p":
            item = child.find(f"{_W}pPr/{_W}listPr") is not None
            if item and not in_list:
                parts.append("<ul>")
            elif not item and in_list:
                parts.append("</ul>")
            in_list = item
            words = _runs(child, notes, depth)
            if not words.strip():
                continue
            level = _heading_level(child)
            if item:
                parts.append(f"<li>{words}</li>")
            elif level:
                parts.append(f"<h{level}>{words}</h{level}>")
            else:
                parts.append(f"<p>{words}</p>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if child.tag == f"{_W}tbl":
            rows = [
                [
                    [_runs(paragraph, notes, depth + 1) for paragraph in cell.findall(f"{_W}p")]
                    for cell in row.findall(f"{_W}tc")
                ]
                for row in child.iter(f"{_W}tr")
            ]
            # (a cell of several paragraphs, two papers in one: a row of the table per paragraph, so that one
            # paragraph's link is never another's, and a column's papers stay in their column)
            parts.append("<table>")
            for row in rows:
                lines = [[text for text in cell if text.strip()] for cell in row]
                parts.extend(
                    "<tr>"
                    + "".join(f"<td>{cell[k] if k < len(cell) else ''}</td>" for cell in lines)
                    + "</tr>"
                    for k in range(max((len(cell) for cell in lines), default=0))
                )
            parts.append("</table>")
        elif child.tag != f"{_W}sectPr":
            _blocks(child, parts, notes, depth + 1)  # (`<wx:sect>`, `<wx:sub-section>`: sections of the body)
    if in_list:
        parts.append("</ul>")


def _heading_level(paragraph: Element) -> int:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    name = (style.get(f"{_W}val") or "") if style is not None else ""
    if name.casefold() == "title":
        return 1
    heading = _HEADING_STYLE.match(name)
    return int(heading.group("level")) if heading is not None else 0


def _runs(element: Element, notes: list[str], depth: int) -> str:
    """A paragraph's words as HTML: its runs' text, links and emphasis; a footnote as its mark."""
    pieces: list[str] = []
    for child in element:
        if child.tag == f"{_W}r":
            pieces.append(_run(child, notes, depth))
        elif child.tag == f"{_W}hlink":
            target = child.get(f"{_W}dest") or ""
            words = _runs(child, notes, depth)
            pieces.append(f'<a href="{html.escape(target)}">{words}</a>' if target else words)
        elif child.tag not in (f"{_W}pPr", f"{_W}rPr") and depth < _MAX_DEPTH:
            pieces.append(_runs(child, notes, depth + 1))  # (fields, smart tags, proofing marks around runs)
    return "".join(pieces)


def _run(run: Element, notes: list[str], depth: int) -> str:
    pieces: list[str] = []
    for child in run:
        if child.tag == f"{_W}t":
            pieces.append(html.escape(child.text or ""))
        elif child.tag in (f"{_W}tab", f"{_W}br"):
            pieces.append(" ")
        elif child.tag == f"{_W}footnote" and depth < _MAX_DEPTH:
            inner: list[str] = []
            _blocks(child, inner, notes, depth + 1)
            notes.append(re.sub(r"<[^>]+>", " ", " ".join(inner)).strip())
            pieces.append(f"[{len(notes)}]")
    words = "".join(pieces)
    properties = run.find(f"{_W}rPr")
    if words.strip() and properties is not None:
        if properties.find(f"{_W}i") is not None:
            words = f"<em>{words}</em>"
        if properties.find(f"{_W}b") is not None:
            words = f"<strong>{words}</strong>"
    return words
