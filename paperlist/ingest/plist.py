"""Apple's property lists in XML (Safari's `Bookmarks.plist` and its Reading List, a `.webloc` shortcut, an app's
saved state), written as the JSON data they are.

A plist is a tree of `<dict>` (each `<key>` followed by its value), `<array>`, `<string>`, numbers, dates and
booleans. As JSON, its records are read as any data file's: a bookmark's `URLString` is its link, its
`URIDictionary`'s `title` its title, its Reading List `PreviewText` the writer's note.
"""

from __future__ import annotations

import json
import re
from typing import Any

_PLIST = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE\s+plist\b[^>]*>\s*)?<plist\b")
_MAX_DEPTH = 200
# A key that keeps its value's title, flattened: a bookmark's `URIDictionary: {title: …}` becomes its `title`.
_TITLE_HOLDERS = frozenset(["URIDictionary"])


def looks_like_plist(text: str) -> bool:
    return _PLIST.match(text[:2000]) is not None


def plist_to_json(text: str) -> str | None:
    """The property list as JSON, or None when `text` is no readable XML property list."""
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(text)
    except Exception:  # (defusedxml's and expat's own errors: not a property list after all)
        return None
    values = list(root)
    if not values:
        return None
    return json.dumps(_value(values[0], 0), ensure_ascii=False, indent=1)


def _value(node: Any, depth: int) -> object:
    tag = node.tag
    if depth > _MAX_DEPTH:
        return None
    if tag == "dict":
        result: dict[str, object] = {}
        children = list(node)
        for key, value in zip(children[::2], children[1::2], strict=False):
            if key.tag != "key":
                continue
            name = key.text or ""
            converted = _value(value, depth + 1)
            if name in _TITLE_HOLDERS and isinstance(converted, dict):
                for inner, held in converted.items():
                    result.setdefault(inner, held)
                continue
            result[name] = converted
        return result
    if tag == "array":
        return [_value(child, depth + 1) for child in node]
    if tag in ("true", "false"):
        return tag == "true"
    if tag == "data":
        return None  # (base64 bytes: an icon, an archived object; no words)
    return (node.text or "").strip()
