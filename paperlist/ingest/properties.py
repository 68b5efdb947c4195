"""A Java properties file (`.properties`, as `Properties.store()` writes one), read as JSON records.

A properties file is `key=value` lines (or `key: value`, `key value`), `#` and `!` lines comments; a value escapes
`:`, `=` and `#` with a backslash (`https\\://…`), writes any other character as `\\uXXXX` (what `store()` does to
all but ASCII), and goes on over the next line after a trailing backslash. An app that keeps a list in one writes
an item's fields under a numbered key (`item.7.title`, `item.7.url`, `item.7.note`), in no order: the fields of
each numbered key become a record (`title`, `url`, `note` …), in the items' order, read as any record of a reading
list is. A file with no numbered key is one record of all its keys.
"""

from __future__ import annotations

import json
import re

_ENTRY = re.compile(r"^[ \t\f]*(?P<key>(?:[^\\:=\s]|\\.)+)[ \t\f]*[:=]?[ \t\f]*(?P<value>.*)$")
_ESCAPE = re.compile(r"\\(?:u(?P<code>[0-9A-Fa-f]{4})|(?P<character>.))")
_CONTROLS = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_NUMBERED = re.compile(r"^(?P<group>(?:[^.]+\.)*?[0-9]+)\.(?P<field>.+)$")
_PAIR = re.compile(r"^[ \t]*[\w.-]+[ \t]*[=:]", re.MULTILINE)


def looks_like_properties(text: str, name: str) -> bool:
    """A `.properties` file (its `key=value` lines most of its lines)."""
    if not name.casefold().endswith(".properties"):
        return False
    lines = [line for line in text[:20_000].split("\n") if line.strip() and line.lstrip()[:1] not in "#!"]
    return bool(lines) and len(_PAIR.findall(text[:20_000])) * 2 >= len(lines)


def properties_to_json(text: str) -> str | None:
    """The file's entries as JSON records (see the module's docstring); None when it has none."""
    entries: dict[str, str] = {}
    for line in _logical_lines(text):
        entry = _ENTRY.match(line)
        if entry is not None and line.lstrip()[:1] not in ("#", "!", ""):
            entries[_unescaped(entry.group("key"))] = _unescaped(entry.group("value"))
    if not entries:
        return None
    groups: dict[str, dict[str, str]] = {}
    for key, value in entries.items():
        numbered = _NUMBERED.match(key)
        if numbered is not None:
            groups.setdefault(numbered.group("group"), {})[numbered.group("field")] = value
    records = [groups[group] for group in sorted(groups, key=_order)] if groups else [entries]
    return json.dumps(records, ensure_ascii=False, indent=1)


def _logical_lines(text: str) -> list[str]:
    """The file's lines, each with the lines a trailing (unescaped) backslash goes on over."""
    lines: list[str] = []
    going_on = False
    for line in text.split("\n"):
        line = line.rstrip("\r")
        piece = line.lstrip(" \t\f") if going_on else line
        if going_on:
            lines[-1] += piece
        else:
            lines.append(piece)
        trailing = len(piece) - len(piece.rstrip("\\"))
        going_on = trailing % 2 == 1
        if going_on:
            lines[-1] = lines[-1][:-1]
    return lines


def _order(group: str) -> tuple[str, int]:
    prefix, _, number = group.rpartition(".")
    return prefix, int(number) if number.isdigit() else 0


def _unescaped(text: str) -> str:
    def character(escape: re.Match[str]) -> str:
        if escape.group("code") is not None:
            return chr(int(escape.group("code"), 16))
        said = escape.group("character")
        return _CONTROLS.get(said, said)

    return _ESCAPE.sub(character, text)
