"""A mind map (FreeMind and Freeplane `.mm`, XMind `.xmind`) as a Markdown list.

A map is XML: `<map>` holding one root `<node>`, each node with its `TEXT` (line breaks written `&#xa;`, joined
here: a long title wrapped by hand is one line) or rich text (`<richcontent TYPE="NODE">`), a `LINK`, its
`<attribute NAME VALUE>` pairs and a note (`<richcontent TYPE="NOTE">`, HTML). Each node becomes a list item at
its depth (the root the page's title), its link after its text, its attributes as `Name: value` fields and its
note a paragraph of the item below it, so that a node is an entry as a list item with its sub-items is in any
Markdown digest. Icons, edges, fonts, clouds and arrows are drawing, not text.

A jsMind map (`.jm`) is JSON, its `node_tree` read the same way: each node's `topic` an item.

An XMind workbook is a ZIP: XMind 2020 and later keep its sheets in `content.json` (each sheet's `rootTopic`, each
topic's `title`, `href`, `labels`, `notes` and `children.attached`), XMind 8 in `content.xml` (`<sheet>`,
`<topic xlink:href>`, `<title>`, `<labels>`, `<notes><plain>`, `<children><topics>`). Each sheet is read as a map
is: its central topic the heading, its topics the items, their labels a `Labels:` field, their notes paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_MAX_DEPTH = 64  # levels of nesting read at most (a deeper map is no reading list)
_MAX_NODES = 100_000
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|tr)\s*>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def looks_like_mindmap(text: str, name: str) -> bool:
    """A `.mm` file, or XML whose root is `<map>` with nodes."""
    head = text[:2000].lstrip("\ufeff \t\r\n")
    return (
        head.startswith(("<map", "<?xml"))
        and "<map" in head
        and (name.casefold().endswith(".mm") or "<node" in head)
    )


def mindmap_to_markdown(text: str) -> str | None:
    """The map as a Markdown list under its root's title, or None when `text` is no mind map."""
    from xml.etree.ElementTree import ParseError  # (only for maps: decoding every digest stays light)

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text.lstrip("\ufeff"))  # (outside text: defusedxml expands no entity)
    except (ParseError, DefusedXmlException):
        return None
    if root.tag != "map":
        return None
    top = root.find("node")
    if top is None:
        return None
    lines: list[str] = []
    title = _words(top)
    if title:
        lines += [f"# {title}", ""]
    _note_lines(top, "", lines)
    pending = [(node, 0) for node in reversed(top.findall("node"))]
    count = 0
    while pending and count < _MAX_NODES:
        node, depth = pending.pop()
        count += 1
        indent = "  " * depth
        words = _words(node)
        link = (node.get("LINK") or "").strip()
        if link and link not in words and not link.startswith("#"):  # (`#ID_…`: a link to another node)
            words = f"{words} {link}".strip()
        if words:
            lines.append(f"{indent}- {words}")
            for attribute in node.findall("attribute"):
                name, value = (attribute.get("NAME") or "").strip(), (attribute.get("VALUE") or "").strip()
                if name and value:
                    lines.append(f"{indent}  - {name}: {value}")
            _note_lines(node, f"{indent}  ", lines)
        if depth < _MAX_DEPTH:
            pending.extend((child, depth + 1) for child in reversed(node.findall("node")))
    return "\n".join(lines) + "\n"


_XMIND_PART_LIMIT = 20 * 1024 * 1024  # bytes of a workbook's content part read at most


@dataclass(frozen=True, slots=True)
class _Topic:
    """A topic of an XMind sheet, as both of its formats give it."""

    title: str
    link: str
    labels: tuple[str, ...]
    note: str
    children: tuple[_Topic, ...]


def xmind_to_markdown(data: bytes) -> str | None:
    """An XMind workbook's sheets as Markdown lists, or None when `data` is no XMind workbook."""
    import json
    import struct
    import zipfile
    import zlib
    from io import BytesIO
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            part = (
                "content.json"
                if "content.json" in names
                else "content.xml"
                if "content.xml" in names
                else None
            )
            if part is None or archive.getinfo(part).file_size > _XMIND_PART_LIMIT:
                return None
            content = archive.read(part)
        if part == "content.json":
            sheets = json.loads(content)
            roots = [
                _json_topic(sheet.get("rootTopic"), 0)
                for sheet in (sheets if isinstance(sheets, list) else [])
                if isinstance(sheet, dict)
            ]
        else:
            workbook = fromstring(content)
            if not workbook.tag.endswith("xmap-content"):
                return None
            roots = [
                _xml_topic(sheet.find(_XMIND + "topic"), 0) for sheet in workbook.findall(_XMIND + "sheet")
            ]
    except (zipfile.BadZipFile, zlib.error, struct.error, EOFError, OSError, ValueError, RuntimeError,
            NotImplementedError, KeyError, RecursionError, ParseError, DefusedXmlException):  # fmt: skip
        return None
    lines: list[str] = []
    for root in roots:
        if root is None:
            continue
        if root.title:
            lines += [f"# {root.title}", ""]
        _topic_lines(root, "", lines, with_title=False)
        lines.append("")
    return "\n".join(lines) + "\n" if lines else None


def jsmind_to_markdown(text: str) -> str | None:
    """A jsMind map saved as its `node_tree` JSON (`{"meta": …, "format": "node_tree", "data": {"topic": …,
    "children": […]}}`) as Markdown: the root the page's title, each main branch a section's heading, the nodes
    under it items at their depth; or None when `text` is no such map."""
    import json

    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or document.get("format") != "node_tree":
        return None
    root = _json_topic(document.get("data"), 0)
    if root is None:
        return None
    lines = [f"# {root.title}", ""] if root.title else []
    for branch in root.children:
        # (a main branch is a section of the map: its heading says what its nodes are, `Resources (no papers)`)
        lines += [f"## {branch.title}", ""]
        _topic_lines(branch, "", lines, with_title=False)
        lines.append("")
    return "\n".join(lines) + "\n"


_XMIND = "{urn:xmind:xmap:xmlns:content:2.0}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def _json_topic(topic: object, depth: int) -> _Topic | None:
    """An XMind topic (`title`, `children.attached`, …) or a jsMind node (`topic`, `children`) as a `_Topic`."""
    if not isinstance(topic, dict) or depth > _MAX_DEPTH:
        return None
    notes = topic.get("notes")
    plain = notes.get("plain") if isinstance(notes, dict) else None
    note = plain.get("content") if isinstance(plain, dict) else None
    children = topic.get("children")
    attached = children.get("attached") if isinstance(children, dict) else children
    labels = topic.get("labels")
    return _Topic(
        title=" ".join(str(topic.get("title") or topic.get("topic") or "").split()),
        link=str(topic.get("href") or "").strip(),
        labels=tuple(str(label) for label in labels) if isinstance(labels, list) else (),
        note=str(note or ""),
        children=tuple(
            child
            for child in (
                _json_topic(item, depth + 1) for item in (attached if isinstance(attached, list) else [])
            )
            if child is not None
        ),
    )


def _xml_topic(topic: Element | None, depth: int) -> _Topic | None:
    if topic is None or depth > _MAX_DEPTH:
        return None
    title = topic.find(_XMIND + "title")
    note = topic.find(f"{_XMIND}notes/{_XMIND}plain")
    return _Topic(
        title=" ".join("".join(title.itertext()).split()) if title is not None else "",
        link=(topic.get(_XLINK_HREF) or "").strip(),
        labels=tuple("".join(label.itertext()) for label in topic.iterfind(f"{_XMIND}labels/{_XMIND}label")),
        note="".join(note.itertext()) if note is not None else "",
        children=tuple(
            child
            for topics in topic.iterfind(f"{_XMIND}children/{_XMIND}topics")
            if topics.get("type", "attached") == "attached"
            for child in (_xml_topic(item, depth + 1) for item in topics.findall(_XMIND + "topic"))
            if child is not None
        ),
    )


def _topic_lines(topic: _Topic, indent: str, lines: list[str], *, with_title: bool = True) -> None:
    """A topic as a list item at its depth: its title and web link, its labels as a field, its note below."""
    inner = indent
    if with_title:
        words = topic.title
        if topic.link.startswith(("http://", "https://")) and topic.link not in words:
            words = f"{words} {topic.link}".strip()  # (`xmind:#…`, `xap:attachments/…`: inside the workbook)
        if words:
            lines.append(f"{indent}- {words}")
            inner = indent + "  "
            labels = ", ".join(" ".join(label.split()) for label in topic.labels if label.strip())
            if labels:
                lines.append(f"{inner}- Labels: {labels}")
    _paragraph_lines(topic.note, inner, lines)
    for child in topic.children:
        _topic_lines(child, inner if with_title else indent, lines)


def _words(node: Element) -> str:
    """A node's text on one line: its `TEXT`, or its rich text's words."""
    text = node.get("TEXT")
    if text is None:
        rich = next((part for part in node.findall("richcontent") if part.get("TYPE") == "NODE"), None)
        text = _html_text(rich) if rich is not None else ""
    return " ".join(text.split())


def _note_lines(node: Element, indent: str, lines: list[str]) -> None:
    """A node's note, as a paragraph of its item (a line per paragraph of the note)."""
    note = next((part for part in node.findall("richcontent") if part.get("TYPE") == "NOTE"), None)
    if note is not None:
        _paragraph_lines(_html_text(note), indent, lines)


def _paragraph_lines(note: str, indent: str, lines: list[str]) -> None:
    """A note's text as a paragraph of its item, a line per paragraph of the note, between blank lines."""
    paragraphs = [" ".join(line.split()) for line in note.split("\n")]
    paragraphs = [line for line in paragraphs if line]
    if paragraphs:
        lines.append("")
        lines.extend(f"{indent}{line}" for line in paragraphs)
        lines.append("")


def _html_text(part: Element) -> str:
    """The words of a rich-text part (XHTML inside the map), a line per block, links kept as `text (url)`."""
    from html import unescape
    from xml.etree.ElementTree import tostring

    markup = tostring(part, encoding="unicode")
    markup = re.sub(r"<(?:\w+:)?head\b.*?</(?:\w+:)?head>", "", markup, flags=re.DOTALL)
    markup = re.sub(
        r"<(?:\w+:)?a\b[^>]*\bhref=\"([^\"]*)\"[^>]*>(.*?)</(?:\w+:)?a>", r"\2 (\1)", markup, flags=re.DOTALL
    )
    markup = _BLOCK_END.sub("\n", re.sub(r"<(/?)\w+:", r"<\1", markup))
    return unescape(_TAG.sub(" ", markup))
