"""A Windows registry export (`.reg`, as regedit writes one: `Windows Registry Editor Version 5.00`), read as JSON
records, a key each.

A key is a `[HKEY_…\\path]` line, its values below it as `"Name"="text"` (a quote and a backslash escaped), `@=` for
its default value, `"Name"=dword:0000000a` a number, `"Name"=hex(7):…` a list of strings and `hex(2):…` a string
with variables, both as UTF-16 bytes, a line going on after a trailing `\\`. A program that keeps a library in the
registry writes an item a key (`…\\Library\\Item004` with its `Title`, `Authors`, `Url`, `Note`): each key with
values becomes a record of them, read as any record of a reading list is; other binary values are left out.
"""

from __future__ import annotations

import json
import re

_START = re.compile(r"\A\ufeff?(?:Windows Registry Editor Version [0-9.]+|REGEDIT4)[ \t]*\n")
_KEY = re.compile(r"^\[(?P<path>[^\]\n]+)\][ \t]*$")
_VALUE = re.compile(r'^(?:"(?P<name>(?:[^"\\]|\\.)*)"|(?P<default>@))=(?P<data>.*)$')
_STRING = re.compile(r'^"(?P<text>(?:[^"\\]|\\.)*)"[ \t]*$')
_ESCAPE = re.compile(r"\\(?P<character>.)")


def looks_like_reg(text: str) -> bool:
    return _START.match(text) is not None


def reg_to_json(text: str) -> str | None:
    """The export's keys as a JSON list of records (see the module's docstring); None when no key has a value."""
    records: list[dict[str, object]] = []
    record: dict[str, object] | None = None
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        index += 1
        while line.endswith("\\") and index < len(lines) and not _STRING.match(line.split("=", 1)[-1]):
            line = line[:-1] + lines[index].strip()  # (a hex value wrapped onto the next lines)
            index += 1
        if (key := _KEY.match(line)) is not None:
            record = {"key": key.group("path")}
            records.append(record)
        elif record is not None and (value := _VALUE.match(line)) is not None:
            data = _value(value.group("data"))
            if data is not None:
                record[_unescaped(value.group("name") or "") or "default"] = data
    kept = [record for record in records if len(record) > 1]
    return json.dumps(kept, ensure_ascii=False, indent=1) if kept else None


def _value(data: str) -> object | None:
    """A value's data as text, a number or a list of texts; None for binary data."""
    if (string := _STRING.match(data)) is not None:
        return _unescaped(string.group("text"))
    if data.startswith("dword:"):
        try:
            return int(data[6:], 16)
        except ValueError:
            return None
    if data.startswith(("hex(2):", "hex(7):")):
        try:
            raw = bytes(int(byte, 16) for byte in data[7:].replace(" ", "").split(",") if byte)
        except ValueError:
            return None
        strings = [part for part in raw.decode("utf-16-le", "replace").split("\x00") if part]
        return strings[0] if data.startswith("hex(2)") and strings else strings
    return None


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(r"\g<character>", text)
