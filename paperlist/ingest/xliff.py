"""A translation file (XLIFF 1.2 or 2.x, as Crowdin, Transifex, Weblate, memoQ or Xcode export it) as the
document it translates.

Each unit (`<trans-unit>` in 1.2, `<unit>`/`<segment>` in 2.x) holds a piece of the original (`<source>`, often a
line of Markdown) and its translation (`<target>`): the document is its sources in order, a block each (list
items and table rows kept together), with a translation after its source when it names a link the source lacks.
Inline tags (`<g>`, `<x/>`, `<ph>`, `<pc>`) are their text.
"""

from __future__ import annotations

import re

from paperlist.ingest.xmldoc import parse_document

_ROOT = re.compile(r"<xliff\b[^>]*\bversion=[\"'][12]\.[0-9]", re.IGNORECASE)
_LINKISH = re.compile(r"https?://\S+|\b[0-9]{4}\.[0-9]{4,5}\b")


def looks_like_xliff(text: str) -> bool:
    """An XLIFF document: its root element `<xliff version="1.2">` (or 2.x) near its start."""
    return _ROOT.search(text[:2_000]) is not None


def xliff_to_markdown(text: str) -> str | None:
    """The translated document's text (see the module's docstring), or None when it is no well-formed XLIFF."""
    root = parse_document(text)
    if root is None:
        return None
    blocks: list[str] = []
    for element in root.iter():
        name = element.tag.rsplit("}", 1)[-1]
        if name not in ("trans-unit", "segment"):
            continue
        source = target = ""
        for child in element:
            kind = child.tag.rsplit("}", 1)[-1]
            if kind == "source":
                source = "".join(child.itertext()).strip()
            elif kind == "target":
                target = "".join(child.itertext()).strip()
        if source:
            blocks.append(source)
        if target and set(_LINKISH.findall(target)) - set(_LINKISH.findall(source)):
            blocks.append(target)
    out: list[str] = []
    for block in blocks:
        joined = out and block[:2] in ("- ", "* ", "| ") and out[-1][:2] == block[:2]
        out.append(block if joined or not out else "\n" + block)
    return "\n".join(out)
