"""An XML-RPC response (`<methodResponse>`: WordPress's `wp.getPosts`, Trac's and other old APIs' answers), read as
the JSON of the value it returns.

XML-RPC writes each value in a `<value>` element, typed by its child: `<string>`, `<int>`/`<i4>`, `<boolean>`,
`<double>`, `<dateTime.iso8601>`, `<base64>`, an `<array><data>` of values, a `<struct>` of `<member>`s each with
its `<name>` and `<value>`; a `<value>` with bare text is a string. The struct's members become a JSON object's
fields, so that the data readers read a post's title, its content (HTML, read as a page) and its links.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from paperlist.ingest.xmldoc import parse_document

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_DEPTH = 64


def looks_like_xmlrpc(text: str) -> bool:
    head = text[:400]
    return "<methodResponse" in head or "<methodCall" in head


def xmlrpc_to_json(text: str) -> str | None:
    """The response's values as JSON (see the module's docstring), or None when it holds none."""
    root = parse_document(text)
    if root is None:
        return None
    values = [_value(value, 0) for value in root.iter("value") if _is_top(root, value)]
    if not values:
        return None
    return json.dumps(values[0] if len(values) == 1 else values, ensure_ascii=False, indent=1)


def _is_top(root: Element, value: Element) -> bool:
    """Whether a `<value>` is a parameter's own (under `<param>`), not one inside another."""
    return any(value in list(param) for param in root.iter("param"))


def _value(element: Element, depth: int) -> object:
    if depth > _DEPTH:
        return None
    children = list(element)
    if not children:
        return element.text or ""
    typed = children[0]
    kind = typed.tag.rpartition("}")[2]
    if kind == "struct":
        fields: dict[str, object] = {}
        for member in typed:
            name = member.find("name")
            held = member.find("value")
            if name is not None and held is not None:
                fields[(name.text or "").strip()] = _value(held, depth + 1)
        return fields
    if kind == "array":
        data = typed.find("data")
        return [
            _value(item, depth + 1) for item in (data if data is not None else typed) if item.tag == "value"
        ]
    words = typed.text or ""
    if kind in ("int", "i4", "i8"):
        return int(words) if words.strip().lstrip("-").isdigit() else words
    if kind == "boolean":
        return words.strip() == "1"
    if kind == "double":
        try:
            return float(words)
        except ValueError:
            return words
    return words  # (a string, a date, base64: their text)
