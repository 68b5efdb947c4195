"""The elements a document partitioner found in a PDF or a page (unstructured.io's JSON: `partition_pdf`,
`partition_html` …), as the Markdown page they make.

The JSON is a list of elements, each with a `type`, an `element_id`, its `text` and `metadata` (the page number,
the file, its `parent_id`, the `links` inside its text as `{"text", "url", "start_index"}`). A `Title` is a heading,
a `ListItem` an item, `NarrativeText` and `UncategorizedText` a paragraph, a `Table` its text; a page's `Header`,
`Footer` and `PageNumber` are no part of the text, nor is an `Image`'s caption-less placeholder.
"""

from __future__ import annotations

import json
import re

_ELEMENT = re.compile(r'^\s*\[\s*\{[^\[\]]{0,400}?"(?:type|element_id)"\s*:', re.DOTALL)
_DROPPED = frozenset(["Header", "Footer", "PageNumber", "PageBreak", "Image"])


def looks_like_unstructured(text: str) -> bool:
    """A JSON list whose first element has a `type` and an `element_id` (and `text`)."""
    head = text[:3_000]
    return (
        _ELEMENT.match(head) is not None and '"element_id"' in head and '"text"' in head and '"type"' in head
    )


def unstructured_to_markdown(text: str) -> str | None:
    """The elements as Markdown (see the module's docstring), or None when the JSON is no list of elements."""
    try:
        elements = json.loads(text)
    except ValueError:
        return None
    if not isinstance(elements, list) or not elements:
        return None
    out: list[str] = []
    for element in elements:
        if not isinstance(element, dict) or not isinstance(element.get("text"), str):
            return None
        kind = str(element.get("type") or "")
        if kind in _DROPPED or not element["text"].strip():
            continue
        metadata = element.get("metadata")
        words = _linked(element["text"], metadata.get("links") if isinstance(metadata, dict) else None)
        if kind == "Title":
            out.extend(["", "## " + words, ""])
        elif kind == "ListItem":
            out.append("- " + words)
        else:
            out.extend(["", words, ""])
    return "\n".join(out)


def _linked(words: str, links: object) -> str:
    """An element's text with its links (`{"text", "url"}`) written as Markdown's around the words they cover."""
    if not isinstance(links, list):
        return words
    for link in links:
        if not isinstance(link, dict):
            continue
        label, url = link.get("text"), link.get("url")
        if (
            not isinstance(label, str)
            or not isinstance(url, str)
            or not url.startswith(("http://", "https://"))
        ):
            continue
        if label and label in words and f"]({url})" not in words:
            words = words.replace(label, f"[{label}]({url})", 1)
        elif url not in words:
            words += f" ({url})"
    return words
