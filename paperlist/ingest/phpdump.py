"""PHP's `var_dump()` output (a script's debugging dump, in a terminal's capture or a log), read as the JSON of the
values it shows.

`var_dump` writes `array(2) {` or `object(Class)#14 (13) {` and then each element as `["key"]=>` (or `[0]=>`) on its
line and its value on the next: `string(46) "text"` (its length in bytes, the text as it is, quotes and line breaks
included), `int(7)`, `float(2.5)`, `bool(true)`, `NULL`, or another array or object, up to `}`. Each dump in the text
becomes JSON (a list holding every dump, the lines around them, a log's, left out), so that the records it holds are
read as a reading list's are.
"""

from __future__ import annotations

import json
import re

_START = re.compile(r"^[ \t]*(?:array\([0-9]+\)|object\([\w\\]+\)#[0-9]+ \([0-9]+\)) \{[ \t]*$", re.MULTILINE)
_KEY = re.compile(
    r'[ \t]*\[(?:"(?P<name>(?:[^"\\]|\\.)*)"(?::[\w\\"]+)?(?::(?:protected|private))?|(?P<index>-?[0-9]+))\]=>\n'
)
_SCALAR = re.compile(
    r"[ \t]*(?:int\((?P<int>-?[0-9]+)\)|float\((?P<float>[^)]*)\)|bool\((?P<bool>true|false)\)|NULL)"
)
_STRING = re.compile(r"[ \t]*string\((?P<length>[0-9]+)\) \"")
_OPEN = re.compile(r"[ \t]*(?:array\([0-9]+\)|object\([\w\\]+\)#[0-9]+ \([0-9]+\)) \{\n")
_CLOSE = re.compile(r"[ \t]*\}\n?")


class _Unreadable(Exception):
    """Not a dump this reader can read to its end."""


def looks_like_var_dump(text: str) -> bool:
    return ("array(" in text or "object(" in text) and "]=>" in text and _START.search(text) is not None


def var_dump_to_json(text: str) -> str | None:
    """The text's dumps as JSON (see the module's docstring); None when none can be read."""
    dumps: list[object] = []
    position = 0
    while (start := _START.search(text, position)) is not None:
        try:
            value, position = _value(text, start.start())
        except (_Unreadable, ValueError, IndexError):
            position = start.end()
            continue
        dumps.append(value)
    if not dumps:
        return None
    return json.dumps(dumps[0] if len(dumps) == 1 else dumps, ensure_ascii=False, indent=1)


def _value(text: str, position: int) -> tuple[object, int]:
    """(The value written at `position`, where it ends.)"""
    if (opened := _OPEN.match(text, position)) is not None:
        return _elements(text, opened.end())
    if (string := _STRING.match(text, position)) is not None:
        wanted = int(string.group("length"))
        start = string.end()
        written = text[start : start + wanted].encode("utf-8")[
            :wanted
        ]  # (its length is in bytes, not characters)
        end = start + len(written.decode("utf-8", "ignore"))
        if text[end : end + 2] not in ('"\n', '"'):
            # (a length that no longer fits: the text was re-encoded or its quotes made typographic since, or
            # counted otherwise: the quote that ends its line, near where the length says)
            end = text.find('"\n', max(start, end - 16))
            if end < 0:
                raise _Unreadable
        return text[start:end], _line_end(text, end + 1)
    if (scalar := _SCALAR.match(text, position)) is not None:
        if scalar.group("int") is not None:
            value: object = int(scalar.group("int"))
        elif scalar.group("float") is not None:
            value = float(scalar.group("float"))
        elif scalar.group("bool") is not None:
            value = scalar.group("bool") == "true"
        else:
            value = None
        return value, _line_end(text, scalar.end())
    raise _Unreadable


def _elements(text: str, position: int) -> tuple[object, int]:
    """An array's or an object's elements, from after its `{` to after its `}`: a list when its keys are 0, 1, …"""
    named: dict[str, object] = {}
    while (closed := _CLOSE.match(text, position)) is None:
        key = _KEY.match(text, position)
        if key is None:
            raise _Unreadable
        value, position = _value(text, key.end())
        named[key.group("name") if key.group("name") is not None else key.group("index")] = value
    keys = list(named)
    if keys == [str(number) for number in range(len(keys))]:
        return list(named.values()), closed.end()
    return named, closed.end()


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end + 1
