"""A draw.io (diagrams.net) diagram, read as the list of boxes it draws.

A `.drawio` file is `<mxfile>` with a `<diagram>` per page. A page is an `<mxGraphModel>` written out, or (the
default for years) compressed: base64 of raw DEFLATE of the URL-encoded XML. Each box is an `<mxCell>` whose
`value` is its text (HTML when its style says `html=1`); a box with a link or properties of its own is wrapped in
`<UserObject>` or `<object>`, whose `label` is its text, `link` its link, `tooltip` its note, and any other
attribute a property the user gave it (`arxiv="1807.03748"`). A box that holds others (a swimlane, a group) is a
section; lines between boxes (`edge="1"`) are no text.

Each page becomes a Markdown section: a box that holds others a heading, every other box a list item, its text's
lines joined by a spaced dash (`MoCo — Momentum Contrast for …`), its link after them, its note and properties as
sub-items (`arxiv: 1807.03748`), so that a box naming a paper is read as an entry with its fields.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import zlib
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from paperlist.ingest.extract.markup import markdown_link

_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<mxfile\b")
_LINE_BREAK = re.compile(r"<br\s*/?>|</(?:div|p|li)>", re.IGNORECASE)
_ITALIC = re.compile(r"</?(?:i|em)\b[^>]*>", re.IGNORECASE)
_BOLD = re.compile(r"</?(?:b|strong)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_ANCHOR = re.compile(
    r"""<a\s[^>]*?href\s*=\s*["'](?P<url>[^"']+)["'][^>]*>(?P<text>.*?)</a\s*>""", re.I | re.S
)
_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
# Attributes of a box that are draw.io's own, not a property the user gave it.
_OWN = frozenset(
    {"id", "label", "link", "tooltip", "placeholders", "parent", "style", "vertex", "edge", "value"}
)
_MAX_BYTES = 20_000_000


def looks_like_drawio(text: str, name: str) -> bool:
    return name.casefold().endswith((".drawio", ".dio")) or _START.match(text[:500]) is not None


def drawio_to_markdown(text: str) -> str | None:
    """The pages of a draw.io file as Markdown; None when it is no such file or cannot be read."""
    try:
        root = ElementTree.fromstring(text)
    except (ElementTree.ParseError, ValueError):
        return None
    if root.tag != "mxfile":
        return None
    out: list[str] = []
    for diagram in root.iter("diagram"):
        model = diagram.find("mxGraphModel")
        if model is None:
            model = _inflated(diagram.text or "")
        if model is None:
            continue
        out += [f"## {diagram.get('name') or 'Page'}", ""]
        out += _page(model)
        out.append("")
    return "\n".join(out) + "\n" if out else None


def _inflated(packed: str) -> Element | None:
    """A compressed page's model: base64, then raw DEFLATE, then URL-encoding undone."""
    try:
        raw = zlib.decompressobj(-15).decompress(base64.b64decode(packed.strip()), _MAX_BYTES)
        return ElementTree.fromstring(unquote(raw.decode("utf-8")))
    except (binascii.Error, zlib.error, UnicodeDecodeError, ElementTree.ParseError, ValueError):
        return None


def _page(model: Element) -> list[str]:
    boxes: list[tuple[str, Element, Element]] = []  # (id, the element holding its text, its mxCell)
    for element in model.iter():
        if element.tag in ("UserObject", "object"):
            cell = element.find("mxCell")
            if cell is not None:
                boxes.append((element.get("id") or "", element, cell))
        elif element.tag == "mxCell" and element.get("value"):
            boxes.append((element.get("id") or "", element, element))
    parents = {cell.get("parent") for _, _, cell in boxes}
    out: list[str] = []
    for box_id, holder, cell in boxes:
        if cell.get("edge") == "1":
            continue
        text = holder.get("label") if holder is not cell else holder.get("value")
        lines = _lines(text or "")
        if not lines:
            continue
        if box_id in parents:
            out += ["", f"### {' — '.join(lines)}", ""]
            continue
        if len(lines) > 3 or any(line.startswith("- ") for line in lines):
            out += ["", *lines, ""]  # (a note box: its paragraphs and items as written)
            continue
        link = holder.get("link") or ""
        item = _joined(lines) + (f" {link}" if link.startswith(("http://", "https://")) else "")
        out.append(f"- {item}")
        notes = [holder.get("tooltip") or ""] + [
            f"{name}: {value}" for name, value in holder.attrib.items() if name not in _OWN and value.strip()
        ]
        out += [f"  - {' '.join(note.split())}" for note in notes if note.strip()]
    return out


def _joined(lines: list[str]) -> str:
    """A box's few lines as one: a line wrapped by hand (after a colon or a comma, or before a word in lower case)
    goes on with a space, another line (`MoCo` / `Momentum Contrast for …`) after a spaced dash."""
    joined = lines[0]
    for line in lines[1:]:
        wrapped = joined.endswith((":", ",")) or line[:1].islower()
        joined += (" " if wrapped else " — ") + line
    return joined


def _lines(value: str) -> list[str]:
    """A box's text (HTML, or plain) as its lines, emphasis kept as Markdown's, links as Markdown links, list items
    as `- ` lines."""
    value = _ANCHOR.sub(
        lambda match: markdown_link(_TAG.sub("", match.group("text")), html.unescape(match.group("url"))),
        value,
    )
    value = _ITEM.sub("\n- ", value)
    value = _LINE_BREAK.sub("\n", value)
    value = _BOLD.sub("**", _ITALIC.sub("*", value))
    value = html.unescape(_TAG.sub("", value))
    return [" ".join(line.split()) for line in value.split("\n") if line.strip(" *")]
