"""A Scribus document (`.sla`: XML, `<SCRIBUSUTF8NEW>`), read as the Markdown of the text its frames print.

A poster, a flyer or a programme laid out in Scribus keeps its words in text frames (`<PAGEOBJECT>`), each frame's
story as runs (`<ITEXT CH="…" FONT="…"/>`, inside `<StoryText>` since 1.5, directly in the frame before), with
`<tab/>`, `<breakline/>` and `<nbspace/>` between them and `<para/>` (or the story's last `<trail/>`) ending each
paragraph with its style's name. Each paragraph becomes one of Markdown (a line break in it a line of it), a run in an italic or bold font marked as Markdown marks it, a paragraph in a style of a headline's size
(`_HEADING_SIZE` points or more) a heading; a frame that is a link (`ANACTION="https://…"`) gives its address after
its text. Fonts, colours, positions and master pages print nothing a reader would read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_START = re.compile(r"<SCRIBUS(?:UTF8)?(?:NEW)?\b")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?")
_HEADING_SIZE = 18.0  # (points: a body's text is 9 to 12, a poster's headline 20 and more)
_TAB = " · "  # (a tab stop sets a date and a title apart on a programme's line)
_ITALIC = re.compile(r"\b(?:italic|oblique|kursiv|corsivo|cursiva)\b", re.IGNORECASE)
_BOLD = re.compile(r"\b(?:bold|black|heavy|semibold|grassetto|negrita|fett)\b", re.IGNORECASE)


def looks_like_scribus(text: str) -> bool:
    head = text[:400]
    return "<SCRIBUS" in head and _START.search(head) is not None


def scribus_to_markdown(text: str) -> str | None:
    """The text the document's frames print, as Markdown (see the module's docstring); None when `text` is no
    Scribus document or prints no words."""
    root = parse_document(text)
    if root is None or not root.tag.startswith("SCRIBUS"):
        return None
    sizes = _style_sizes(root)
    blocks: list[str] = []
    for frame in root.iter("PAGEOBJECT"):
        story = frame.find("StoryText")
        lines = [
            f"## {words}" if sizes.get(style or "", 0.0) >= _HEADING_SIZE and "\n" not in words else words
            for words, style in _paragraphs(story if story is not None else frame)
            if words
        ]
        address = frame.get("ANACTION") or ""
        if address.startswith(("http://", "https://")):
            lines.append(address)
        if lines:
            blocks.append("\n\n".join(lines))
    return "\n\n".join(blocks) + "\n" if blocks else None


def _style_sizes(root: Element) -> dict[str, float]:
    """Each paragraph style's font size in points, a style without one taking its parent's."""
    styles = {style.get("NAME") or "": style for style in root.iter("STYLE")}
    sizes: dict[str, float] = {}
    for name in styles:
        seen: set[str] = set()
        current: str | None = name
        while current is not None and current in styles and current not in seen:
            seen.add(current)
            size = styles[current].get("FONTSIZE")
            if size is not None:
                sizes[name] = float(size) if _NUMBER.fullmatch(size) else 0.0
                break
            current = styles[current].get("PARENT")
    return sizes


def _paragraphs(story: Element) -> list[tuple[str, str | None]]:
    """A story's paragraphs, each its words (its runs marked by their fonts) and its style's name."""
    paragraphs: list[tuple[str, str | None]] = []
    runs: list[str] = []
    for child in story:
        if child.tag == "ITEXT":
            runs.append(_marked(child.get("CH") or "", child.get("FONT") or ""))
        elif child.tag == "tab":
            runs.append(_TAB)
        elif child.tag == "breakline":
            runs.append("\n")
        elif child.tag in ("nbspace", "zwnbspace"):
            runs.append(" ")
        elif child.tag in ("nbhyphen",):
            runs.append("-")
        elif child.tag in ("para", "trail"):
            paragraphs.append((_joined(runs), child.get("PARENT")))
            runs = []
    if runs:
        paragraphs.append((_joined(runs), None))
    return paragraphs


def _marked(words: str, font: str) -> str:
    """A run's words in Markdown's marks for its font's style, its spaces outside them."""
    core = words.strip()
    if not core:
        return words
    mark = "**" if _BOLD.search(font) else "*" if _ITALIC.search(font) else ""
    if not mark:
        return words
    lead = words[: len(words) - len(words.lstrip())]
    trail = words[len(words.rstrip()) :]
    return f"{lead}{mark}{core}{mark}{trail}"


def _joined(runs: list[str]) -> str:
    """A paragraph's runs as its lines, each without spaces at its ends (and no tab stop left dangling)."""
    lines = ("".join(runs)).split("\n")
    return "\n".join(line.strip().removeprefix("·").removesuffix("·").strip() for line in lines).strip("\n")
