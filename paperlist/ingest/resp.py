"""Redis's append-only file (`appendonly.aof`, an `.incr.aof` of a multi-part AOF), read as JSON records of the
data its commands write.

An AOF is the commands the server ran, each in the RESP protocol: `*3` (how many parts), then each part as `$5`
(its length in bytes) and the part on the next line; Redis 7 puts a `#TS:…` line (a time) between them. A hash
written with `HSET key field value …` becomes a record of its fields (`title`, `url`, `note`: an app's saved
paper), and each value pushed to a list or added to a set (`RPUSH`, `LPUSH`, `SADD`, `XADD`'s fields), a record of
its own, as the JSON it often is (a chat bot's logged message, read for its text); keys, locks, expiries and
transactions are left out.
"""

from __future__ import annotations

import json
import re

_START = re.compile(r"\A\ufeff?(?:#TS:[0-9]+\n)?\*[0-9]+\n\$[0-9]+\n")
_LENGTH = re.compile(r"^\$(?P<bytes>[0-9]+)$")
_COUNT = re.compile(r"^\*(?P<parts>[0-9]+)$")
_PUSHES = frozenset({"RPUSH", "LPUSH", "RPUSHX", "LPUSHX", "SADD", "ZADD", "PUBLISH"})


def looks_like_aof(text: str) -> bool:
    return _START.match(text) is not None


def aof_to_json(text: str) -> str | None:
    """The data the file's commands write, as JSON records (see the module's docstring); None when none."""
    records: list[object] = []
    for command in _commands(text.split("\n")):
        if not command:
            continue
        name = command[0].upper()
        if name in ("HSET", "HMSET") and len(command) >= 4:
            fields = command[2:]
            record: dict[str, object] = {"key": command[1]}
            record.update(zip(fields[0::2], fields[1::2], strict=False))
            records.append(record)
        elif name in _PUSHES and len(command) >= 3:
            values = command[3::2] if name == "ZADD" else command[2:]
            records += [_as_data(value) for value in values]
        elif name == "XADD" and len(command) >= 5:
            fields = command[3:]
            records.append(dict(zip(fields[0::2], fields[1::2], strict=False)))
    return json.dumps(records, ensure_ascii=False, indent=1) if records else None


def _commands(lines: list[str]) -> list[list[str]]:
    """Each command's parts, in order."""
    commands: list[list[str]] = []
    index = 0
    while index < len(lines):
        count = _COUNT.match(lines[index].rstrip("\r"))
        index += 1
        if count is None:
            continue
        parts: list[str] = []
        for _ in range(int(count.group("parts"))):
            length = _LENGTH.match(lines[index].rstrip("\r")) if index < len(lines) else None
            if length is None:
                break
            wanted = int(length.group("bytes"))
            index += 1
            part = lines[index] if index < len(lines) else ""
            index += 1
            while len(part.encode("utf-8")) < wanted and index < len(lines):  # (a part with line breaks)
                part += "\n" + lines[index]
                index += 1
            parts.append(part.rstrip("\r"))
        commands.append(parts)
    return commands


def _as_data(value: str) -> object:
    """A value as the JSON it holds, or as text."""
    if value[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
