"""Comments exported from a PDF as XFDF (Adobe Acrobat's "Export Comments", Foxit, PDF-XChange, Okular).

An `.xfdf` file is `<xfdf><f href="slides.pdf"/><annots>…</annots></xfdf>`: one element per comment on the PDF
(`<highlight>`, `<underline>`, `<text>` for a sticky note, `<freetext>` for a text box, `<ink>` …), each with its
page and author as attributes and what it says in `<contents>` (plain text, its lines parted by carriage returns)
or `<contents-richtext>` (XHTML: a `<p>` a paragraph; a carriage return inside one is where the highlighted text
was wrapped on the page). Drawings (`<inklist>`), pop-up windows and appearance settings are no text.

The export becomes Markdown: the PDF's name as a heading, then each comment's text as a paragraph of its own, so
that a highlighted reference (`Hendrycks et al. Title. ICLR 2021.`) or a sticky note naming a paper is read as a
digest's paragraph is.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from defusedxml import ElementTree

from paperlist.ingest.extract.xmlhead import XML_PROLOGUE

_START = re.compile(r"\A" + XML_PROLOGUE + r"<xfdf\b")
_PARAGRAPHS = ("p", "div", "li")


def looks_like_xfdf(text: str, name: str) -> bool:
    return name.casefold().endswith(".xfdf") or _START.match(text[:2000]) is not None


def xfdf_to_markdown(text: str) -> str | None:
    """The comments of an XFDF export as Markdown; None when `text` is no XFDF."""
    try:
        root = ElementTree.fromstring(text)
    except (ElementTree.ParseError, ValueError):
        return None
    if _local(root.tag) != "xfdf":
        return None
    out: list[str] = []
    for element in root.iter():
        if _local(element.tag) == "f" and element.get("href"):
            out += [f"# {element.get('href')}", ""]
            break
    for annots in (element for element in root.iter() if _local(element.tag) == "annots"):
        for comment in annots:
            lines = _comment_lines(comment)
            if lines:
                out += [*lines, ""]
    return "\n".join(out) + "\n" if out else None


def _comment_lines(comment: Element) -> list[str]:
    """What one comment says: its rich text's paragraphs, else its plain text's lines."""
    for child in comment:
        if _local(child.tag) == "contents-richtext":
            paragraphs = [
                " ".join("".join(node.itertext()).split())
                for node in child.iter()
                if _local(node.tag) in _PARAGRAPHS
            ]
            if not paragraphs:
                paragraphs = [" ".join("".join(child.itertext()).split())]
            return [paragraph for paragraph in paragraphs if paragraph]
    for child in comment:
        if _local(child.tag) == "contents" and child.text:
            lines = child.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            return [" ".join(line.split()) for line in lines if line.strip()]
    return []


def _local(tag: str) -> str:
    """An element's name without its namespace (`{http://ns.adobe.com/xfdf/}annots` → `annots`)."""
    return tag.rsplit("}", 1)[-1]
