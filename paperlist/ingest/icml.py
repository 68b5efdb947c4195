"""An InCopy story (`.icml`, as InCopy saves it and as pandoc writes it; an InDesign package's `Stories/*.xml` alike)
as the HTML page it lays out.

A story is a run of `ParagraphStyleRange`s, each a paragraph whose style names what it is (`ParagraphStyle/Header2`
a heading, `…/BulletList` an item), holding `CharacterStyleRange`s whose `Content` is the text and whose `Br` ends a
line; a link's text is inside a `HyperlinkTextSource`, and the `Hyperlink` whose `Source` names it points, through
its `Destination`, at a `HyperlinkURLDestination`'s address. A `Table` holds `Cell`s named `column:row`.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_START = re.compile(r"<\?aid\b[^>]*InCopyInterchange|<(?:idPkg:)?Story\b|<ParagraphStyleRange\b")
_HEADING = re.compile(r"(?:Header|Heading|Titre|Überschrift)[ _]?(?P<level>[1-6])?", re.IGNORECASE)
_ITEM = re.compile(r"Bullet|List|Numbered|Aufzählung|Liste", re.IGNORECASE)
_CELL = re.compile(r"(?P<column>[0-9]+):(?P<row>[0-9]+)")


def looks_like_icml(text: str) -> bool:
    """Whether `text` is an InCopy story: its `<?aid … InCopyInterchange?>` mark, a `Story` or paragraph ranges."""
    return _START.search(text, 0, 5000) is not None and "<Content>" in text


def icml_to_html(text: str) -> str | None:
    """The page the story lays out (see the module's docstring), or None when it cannot be read as one."""
    root = parse_document(text)
    if root is None:
        return None
    addresses = {
        destination.get("Self", ""): destination.get("DestinationURL", "")
        for destination in root.iter("HyperlinkURLDestination")
    }
    links: dict[str, str] = {}
    for hyperlink in root.iter("Hyperlink"):
        target = hyperlink.findtext("Properties/Destination") or ""
        address = addresses.get(target) or next(
            (url for key, url in addresses.items() if key.rpartition("/")[2] == target.rpartition("/")[2]), ""
        )
        if hyperlink.get("Source") and address.startswith(("http://", "https://")):
            links[hyperlink.get("Source", "")] = address
    parts: list[str] = []
    _story(root, links, parts)
    page = "".join(parts)
    return page if page.strip() else None


def _story(node: Element, links: dict[str, str], parts: list[str]) -> None:
    """The paragraphs and tables under `node`, in order, as HTML."""
    for child in node:
        if child.tag == "ParagraphStyleRange":
            style = child.get("AppliedParagraphStyle", "").rpartition("/")[2]
            heading = _HEADING.search(style)
            tag = (
                f"h{heading.group('level') or 2}"
                if heading is not None
                else "li"
                if _ITEM.search(style)
                else "p"
            )
            inner = "".join(_runs(child, links)).strip()
            if inner:
                parts.append(f"<{tag}>{inner}</{tag}>\n")
            for table in child.iter("Table"):
                parts.append(_table(table, links))
        elif child.tag == "Table":
            parts.append(_table(child, links))
        else:
            _story(child, links, parts)


def _runs(node: Element, links: dict[str, str]) -> list[str]:
    """The text of a paragraph's runs, its links as links and its breaks as line breaks (tables aside)."""
    out: list[str] = []
    for child in node:
        if child.tag == "Content":
            out.append(escape(child.text or "", quote=False))
        elif child.tag == "Br":
            out.append("<br>")
        elif child.tag == "HyperlinkTextSource":
            label = "".join(_runs(child, links))
            address = links.get(child.get("Self", ""))
            out.append(f'<a href="{escape(address)}">{label}</a>' if address else label)
        elif child.tag != "Table":
            out.extend(_runs(child, links))
    return out


def _table(table: Element, links: dict[str, str]) -> str:
    """A story's table as an HTML table, its cells placed by their `column:row` names."""
    cells: dict[tuple[int, int], str] = {}
    for cell in table.iter("Cell"):
        place = _CELL.fullmatch(cell.get("Name", ""))
        if place is not None:
            text = " ".join("".join(_runs(cell, links)).replace("<br>", " ").split())
            cells[int(place.group("row")), int(place.group("column"))] = text
    if not cells:
        return ""
    rows = sorted({row for row, _ in cells})
    columns = sorted({column for _, column in cells})
    lines = ["<table>"]
    for row in rows:
        mark = "th" if row == rows[0] else "td"
        lines.append(
            "<tr>"
            + "".join(f"<{mark}>{cells.get((row, column), '')}</{mark}>" for column in columns)
            + "</tr>"
        )
    lines.append("</table>\n")
    return "\n".join(lines)
