"""A HOCON file (`application.conf`, `.hocon`: the configuration format of Akka, Play and Lightbend's tools), read as
the JSON it stands for.

HOCON is JSON made easier to write: `#` and `//` comments; keys unquoted and dotted (`a.b.c = 1`), `=` or `:`
between key and value, none before an object (`paper { … }`), `+=` to add to an array; values unquoted to the
line's end (`family = transformer`), quoted, or in triple quotes; commas optional between fields and items;
`${path}` substitutions and `include "…"` lines (kept as their text; nothing is looked up). A file that is read so
and holds a record with a title becomes that JSON, read by the data record readers: its titles, authors, links.
"""

from __future__ import annotations

import json
import re

_SIGNS = re.compile(r"^[ \t]*[\w.\-\"]+[ \t]*(?:\{|=|:|\+=)", re.MULTILINE)
_TITLED = re.compile(r"(?:^|[\s{,])\"?(?:title|name)\"?[ \t]*[=:]", re.IGNORECASE)
_SPACE = re.compile(r"(?:[ \t\r\n,]|#[^\n]*|//[^\n]*)*")  # (newlines and commas both part fields)
_INLINE_SPACE = re.compile(r"(?:[ \t]|#[^\n]*|//[^\n]*)*")
_KEY = re.compile(r'"(?:[^"\\\n]|\\.)*"|[^\s"{}\[\]=:+,#]+(?:\.[^\s"{}\[\]=:+,#]+)*')
_QUOTED = re.compile(r'"""(.*?)"""(?!")|"((?:[^"\\\n]|\\.)*)"', re.DOTALL)
_UNQUOTED = re.compile(r"(?:\$\{[^{}\n]*\}|[^\n,{}\[\]#\"]|\"[^\"\n]*\")*?(?=[ \t]*(?:\n|,|}|\]|#|//|$))")
_DEPTH = 64


class _Unreadable(Exception):
    """Not HOCON this reader can read."""


def looks_like_hocon(text: str, name: str) -> bool:
    """A `.hocon` file, or a `.conf` one whose lines are HOCON's fields and that names something (`title = …`)."""
    lowered = name.casefold()
    if lowered.endswith(".hocon"):
        return True
    return (
        lowered.endswith(".conf")
        and len(_SIGNS.findall(text[:20_000])) >= 5
        and _TITLED.search(text) is not None
    )


def hocon_to_json(text: str) -> str | None:
    """The file as JSON (see the module's docstring), or None when it is not HOCON this reader reads."""
    parser = _Parser(text)
    try:
        value = parser.root()
    except (_Unreadable, RecursionError):
        return None
    return json.dumps(value, ensure_ascii=False, indent=1)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text.lstrip("\ufeff")
        self.position = 0
        self.depth = 0

    def skip(self, pattern: re.Pattern[str] = _SPACE) -> None:
        matched = pattern.match(self.text, self.position)
        if matched is not None:
            self.position = matched.end()

    def root(self) -> object:
        self.skip()
        if self.text.startswith("[", self.position):
            value = self.value()
        else:
            braced = self.text.startswith("{", self.position)
            if braced:
                self.position += 1
            value = self.fields("}" if braced else "")
        self.skip()
        if self.position < len(self.text):
            raise _Unreadable
        return value

    def fields(self, closing: str) -> dict[str, object]:
        self.depth += 1
        if self.depth > _DEPTH:
            raise _Unreadable
        fields: dict[str, object] = {}
        while True:
            self.skip()
            if self.position >= len(self.text):
                if closing:
                    raise _Unreadable
                break
            if closing and self.text.startswith(closing, self.position):
                self.position += 1
                break
            if (
                self.text.startswith("include", self.position)
                and self.text[self.position + 7 : self.position + 8] in " \t"
            ):
                end = self.text.find("\n", self.position)
                self.position = len(self.text) if end < 0 else end
                continue  # (`include "other.conf"`: another file, not read)
            key = _KEY.match(self.text, self.position)
            if key is None:
                raise _Unreadable
            self.position = key.end()
            path = [part.strip('"') for part in re.findall(r'"[^"]*"|[^.]+', key.group(0))]
            self.skip(_INLINE_SPACE)
            append = self.text.startswith("+=", self.position)
            if append:
                self.position += 2
            elif self.text[self.position : self.position + 1] in ("=", ":"):
                self.position += 1
            elif not self.text.startswith("{", self.position):
                raise _Unreadable
            self.skip(_INLINE_SPACE)
            value = self.value()
            _place(fields, path, value, append)
        self.depth -= 1
        return fields

    def value(self) -> object:
        char = self.text[self.position : self.position + 1]
        if char == "{":
            self.position += 1
            return self.fields("}")
        if char == "[":
            self.position += 1
            return self.items()
        quoted = _QUOTED.match(self.text, self.position)
        if quoted is not None:
            self.position = quoted.end()
            words = quoted.group(1) if quoted.group(1) is not None else _unescaped(quoted.group(2))
            rest = _UNQUOTED.match(self.text, self.position)  # (`"a" b`: quoted and unquoted joined)
            if rest is not None and rest.group(0).strip():
                self.position = rest.end()
                return words + rest.group(0).rstrip()
            return words
        plain = _UNQUOTED.match(self.text, self.position)
        if plain is None or not plain.group(0).strip():
            raise _Unreadable
        self.position = plain.end()
        return _scalar(plain.group(0).strip())

    def items(self) -> list[object]:
        self.depth += 1
        if self.depth > _DEPTH:
            raise _Unreadable
        items: list[object] = []
        while True:
            self.skip()
            if self.position >= len(self.text):
                raise _Unreadable
            if self.text.startswith("]", self.position):
                self.position += 1
                break
            items.append(self.value())
        self.depth -= 1
        return items


def _place(fields: dict[str, object], path: list[str], value: object, append: bool) -> None:
    """`value` set at a dotted key's place, merging objects given twice and adding to an array with `+=`."""
    target = fields
    for part in path[:-1]:
        inner = target.get(part)
        if not isinstance(inner, dict):
            inner = {}
            target[part] = inner
        target = inner
    last = path[-1]
    held = target.get(last)
    if append:
        target[last] = [*(held if isinstance(held, list) else [] if held is None else [held]), value]
    elif isinstance(held, dict) and isinstance(value, dict):
        held.update(value)
    else:
        target[last] = value


def _scalar(word: str) -> object:
    if word in ("true", "yes", "on"):
        return True
    if word in ("false", "no", "off"):
        return False
    if word == "null":
        return None
    if re.fullmatch(r"-?[0-9]+", word):
        return int(word)
    if re.fullmatch(r"-?[0-9]*\.[0-9]+(?:[eE][-+]?[0-9]+)?", word):
        return float(word)
    return word


def _unescaped(text: str) -> str:
    if "\\" not in text:
        return text
    return re.sub(r"\\(.)", lambda escape: {"n": "\n", "t": "\t"}.get(escape.group(1), escape.group(1)), text)
