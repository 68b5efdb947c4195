"""PHP's `serialize()` format (a session file, `name|a:2:{…}name2|s:5:"…";`, or one serialized value, as a
framework's cache or a plugin's option stores it), read as the JSON of its values.

`a:N:{key;value;…}` is an array (a list when its keys are 0…N−1, else an object), `O:8:"stdClass":N:{…}` an
object, `s:N:"…";` a string of N bytes (UTF-8's, so its length is no character count), `i:N;`, `d:N;`, `b:0;` and
`N;` a number, a boolean and null. A session file gives each variable as `name|value`. The records it holds (a
reading list's items: `title`, `authors`, `url`) are then read as any JSON export's are, each its own: a link
belongs to the item that holds it, never to a title beside it on one long line.
"""

from __future__ import annotations

import json
import re

_VALUE_START = re.compile(rb"[aO]:[0-9]+:|s:[0-9]+:\"|[ibd]:-?[0-9.]+;|N;")
_SESSION_NAME = re.compile(rb"([A-Za-z_][\w.\-]*)\|")
_DEPTH = 64


class _Unreadable(Exception):
    """Not serialized PHP this reader can read."""


def looks_like_php_serialized(text: str) -> bool:
    head = text[:200].lstrip("\ufeff")
    return re.match(r"(?:[A-Za-z_][\w.\-]*\|)?(?:a:[0-9]+:\{|O:[0-9]+:\")", head) is not None or (
        re.match(r"[A-Za-z_][\w.\-]*\|(?:s:[0-9]+:\"|i:|b:|N;)", head) is not None and "|a:" in text[:20_000]
    )


def php_serialized_to_json(text: str) -> str | None:
    """The serialized values as JSON (a session's variables by name), or None when `text` is not serialized PHP."""
    data = text.lstrip("\ufeff").strip().encode()
    try:
        if _SESSION_NAME.match(data):
            session: dict[str, object] = {}
            position = 0
            while position < len(data):
                named = _SESSION_NAME.match(data, position)
                if named is None:
                    raise _Unreadable
                value, position = _value(data, named.end(), 0)
                session[named.group(1).decode()] = value
            return json.dumps(session, ensure_ascii=False, indent=1)
        value, end = _value(data, 0, 0)
    except (_Unreadable, ValueError, IndexError, UnicodeDecodeError):
        return None
    if data[end:].strip():
        return None
    return json.dumps(value, ensure_ascii=False, indent=1)


def _value(data: bytes, position: int, depth: int) -> tuple[object, int]:
    if depth > _DEPTH:
        raise _Unreadable
    kind = data[position : position + 1]
    if kind == b"N":
        return None, position + 2
    if kind in (b"i", b"d", b"b"):
        end = data.index(b";", position)
        number = data[position + 2 : end].decode()
        if kind == b"b":
            return number == "1", end + 1
        return (int(number) if kind == b"i" else float(number)), end + 1
    if kind == b"s":
        colon = data.index(b":", position + 2)
        length = int(data[position + 2 : colon])
        start = colon + 2  # (past `:"`)
        return data[start : start + length].decode(), start + length + 2  # (past `";`)
    if kind == b"a":
        colon = data.index(b":", position + 2)
        return _members(data, colon + 2, int(data[position + 2 : colon]), depth)
    if kind == b"O":
        colon = data.index(b":", position + 2)
        name_length = int(data[position + 2 : colon])
        after_name = colon + 2 + name_length + 2  # (past `:"name":`)
        count_end = data.index(b":", after_name)
        return _members(data, count_end + 2, int(data[after_name:count_end]), depth)
    raise _Unreadable


def _members(data: bytes, position: int, count: int, depth: int) -> tuple[object, int]:
    """An array's or an object's `count` members from `position` (past its `{`), and where its `}` ends."""
    keys: list[object] = []
    values: list[object] = []
    for _ in range(count):
        key, position = _value(data, position, depth + 1)
        value, position = _value(data, position, depth + 1)
        keys.append(key)
        values.append(value)
    if data[position : position + 1] != b"}":
        raise _Unreadable
    if keys == list(range(count)):
        return values, position + 1
    return {str(key): value for key, value in zip(keys, values, strict=True)}, position + 1
