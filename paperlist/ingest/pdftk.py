"""A PDF's metadata and outline as `pdftk … dump_data_utf8` prints them, written as the Markdown outline they are.

`pdftk` (and pdftk-java) dump a PDF's data as `Key: value` records: the document's `InfoKey` / `InfoValue` pairs
after `InfoBegin`, and its bookmarks after `BookmarkBegin`, each a `BookmarkTitle`, a `BookmarkLevel` and a
`BookmarkPageNumber`. A course's reading pack or a thesis has its papers as bookmarks: each becomes an item of a
Markdown list at its level, under the document's title and the writer's own metadata (its subject, keywords,
sources); the page numbers, the PDF's ids and the producing program's data say nothing of papers.
"""

from __future__ import annotations

import re

_RECORD_START = re.compile(r"^(?:InfoBegin|BookmarkBegin)[ \t]*$", re.MULTILINE)
_FIELD = re.compile(r"^(?P<key>[A-Za-z]+):[ \t]?(?P<value>.*)$")
_MAX_LEVEL = 8
# The PDF's own technical data, no words of its writer's.
_TECHNICAL_KEYS = frozenset(
    ["Producer", "Creator", "CreationDate", "ModDate", "Trapped", "PTEX.Fullbanner", "Author"]
)


def looks_like_pdftk(text: str) -> bool:
    head = text[:20000]
    return ("BookmarkTitle:" in head or "InfoKey:" in head) and len(_RECORD_START.findall(head)) >= 2


def pdftk_to_markdown(text: str) -> str:
    """The dump's document title as a heading, then its bookmarks as a nested list (see the module)."""
    out: list[str] = []
    key = ""
    level = 1
    pending: str | None = None
    for line in text.splitlines():
        field = _FIELD.match(line.strip())
        if field is None:
            continue
        name, value = field.group("key"), field.group("value").strip()
        if name == "InfoKey":
            key = value
        elif name == "InfoValue" and key == "Title" and value:
            out += [f"# {value}", ""]
        elif name == "InfoValue" and value and key not in _TECHNICAL_KEYS:
            out += [value, ""]  # (its subject, keywords, sources: the writer's words on it)
        elif name == "BookmarkTitle":
            if pending is not None:
                out.append(_item(pending, level))
            pending, level = value, 1
        elif name == "BookmarkLevel" and value.isdigit():
            level = min(int(value), _MAX_LEVEL)
    if pending is not None:
        out.append(_item(pending, level))
    return "\n".join(out) + "\n"


def _item(title: str, level: int) -> str:
    return "  " * (level - 1) + "- " + title
