"""A program's output that prints its data as JavaScript writes it: the MongoDB shell's (`mongosh`) documents, Node's
`console.log` of objects (`util.inspect`), and a script's data assigned to a name (`var nodes = [{ name: 'Title',
url: '…' }, …];`, a chart's or a page's). Read as the JSON of that data.

Such output is an object or an array of them spread over lines, its keys unquoted (`title: 'Title'`), its strings in
single quotes, its values sometimes wrapped in a constructor (`ObjectId('…')`, `ISODate('…')`, `new Date(…)`,
`Long('5')`), nested objects cut short (`[Object]`, `[Array]`, `... 3 more items`). A literal opens on a line of its
own at the line's start (`[`, `{`), after the shell's prompt and command lines, or after `name =`. When the literals
are most of the text's lines, the text is read as their JSON; a literal that does not parse is left out.
"""

from __future__ import annotations

import json
import re

from paperlist.ids import links_or_names_a_paper

_START = re.compile(r"^[\[{][ \t]*$|^[\[{][ \t]*[A-Za-z_$'\"{\[]", re.MULTILINE)
# (or a script's data, assigned at a line's start: `var nodes = [`, `const links = [{ … }];`)
_ASSIGNED = re.compile(r"^(?:(?:var|let|const)[ \t]+)?[A-Za-z_$][\w$.]*[ \t]*=[ \t]*(?=[\[{])", re.MULTILINE)
_SIGN = re.compile(
    r"^[ \t]+(?:\{[ \t]*)?[A-Za-z_$][\w$]*: (?:'|\"|\[|\{|[0-9]|true|false|null|ObjectId\(|ISODate\()",
    re.MULTILINE,
)
_TOKEN = re.compile(
    r"""[ \t\r\n]*(?:(?P<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)"""
    r"""|(?P<number>-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?n?)"""
    r"""|(?P<more>\.\.\.[ \t]*[0-9]+[ \t]+more[ \t]+items?)"""
    r"""|(?P<name>(?:new[ \t]+)?[A-Za-z_$][\w$.]*)"""
    r"""|(?P<mark>[\[\]{}(),:]))"""
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "'": "'", '"': '"', "\\": "\\", "`": "`"}
_WORDS = {"true": True, "false": False, "null": None, "undefined": None, "NaN": None, "Infinity": None}
_DEPTH = 64


class _Unreadable(Exception):
    """Not a literal this reader can read."""


def looks_like_js_output(text: str) -> bool:
    """Whether `text` holds objects written as JavaScript prints them (unquoted keys over lines)."""
    head = text[:200_000]
    return (_START.search(head) is not None or _ASSIGNED.search(head) is not None) and len(
        _SIGN.findall(head)
    ) >= 3


def js_output_to_json(text: str) -> str | None:
    """The text's literals as JSON, when they are most of its lines; None otherwise."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    literals: list[object] = []
    covered = 0
    assigned_any = False
    outside: list[str] = []  # (the lines no literal holds)
    index = 0
    while index < len(lines):
        assigned = _ASSIGNED.match(lines[index])
        if not _START.match(lines[index]) and assigned is None:
            outside.append(lines[index])
            index += 1
            continue
        try:
            value, end = _Parser(text, starts[index] + (assigned.end() if assigned is not None else 0)).read()
        except (_Unreadable, IndexError, RecursionError):
            outside.append(lines[index])
            index += 1
            continue
        last = next(line for line in range(index, len(lines)) if starts[line + 1] > end - 1)
        if assigned is not None and isinstance(value, list) and (last + 1 - index) * 2 < len(value) * 3:
            # (a script's records one a line, `{ title: 'Title', url: … },`: read as the lines they are, alike)
            outside.extend(lines[index : last + 1])
            index = last + 1
            continue
        literals.append(value)
        assigned_any = assigned_any or assigned is not None
        covered += last + 1 - index
        index = last + 1
    written = sum(
        1
        for line in lines
        if line.strip() and not (assigned_any and line.lstrip().startswith(("//", "/*", "*")))
    )
    # (printed output is its literals, most of its lines; a script's data may be half of it, its code the rest,
    # its comments aside)
    if not literals or covered * (2 if assigned_any else 5) < written * (1 if assigned_any else 3):
        return None  # (a literal among other words: the words are read as they are)
    if assigned_any:
        # (the script's other lines, its comments: those that link to something kept, as records of their own)
        literals += [{"comment": line.strip()} for line in outside if links_or_names_a_paper(line)]
    value = literals[0] if len(literals) == 1 else literals
    return json.dumps(value, ensure_ascii=False, indent=1)


class _Parser:
    def __init__(self, text: str, position: int) -> None:
        self.text = text
        self.position = position
        self.depth = 0

    def read(self) -> tuple[object, int]:
        value = self.value()
        return value, self.position

    def token(self) -> re.Match[str]:
        match = _TOKEN.match(self.text, self.position)
        if match is None or match.lastgroup is None:
            raise _Unreadable
        self.position = match.end()
        return match

    def peek(self) -> re.Match[str] | None:
        match = _TOKEN.match(self.text, self.position)
        return match if match is not None and match.lastgroup is not None else None

    def value(self) -> object:
        self.depth += 1
        if self.depth > _DEPTH:
            raise _Unreadable
        try:
            return self._value()
        finally:
            self.depth -= 1

    def _value(self) -> object:
        match = self.token()
        kind, token = match.lastgroup, match.group(match.lastgroup or 0)
        if kind == "string":
            return _unquoted(token)
        if kind == "number":
            number = token.rstrip("n")
            return float(number) if any(mark in number for mark in ".eE") else int(number)
        if kind == "name":
            following = self.peek()
            if following is not None and following.group("mark") == "(":
                self.token()
                inner = self.call_arguments()
                return (
                    inner[0] if inner else token.removeprefix("new").strip()
                )  # (`ObjectId('…')`: its value)
            if token in _WORDS:
                return _WORDS[token]
            return token
        if token == "[":
            return self.array()
        if token == "{":
            return self.object()
        raise _Unreadable

    def call_arguments(self) -> list[object]:
        values: list[object] = []
        while True:
            following = self.peek()
            if following is None:
                raise _Unreadable
            if following.group("mark") == ")":
                self.token()
                return values
            values.append(self.value())
            if (after := self.peek()) is not None and after.group("mark") == ",":
                self.token()

    def array(self) -> list[object]:
        items: list[object] = []
        while True:
            following = self.peek()
            if following is None:
                raise _Unreadable
            if following.group("mark") == "]":
                self.token()
                return items
            if following.lastgroup == "more":
                self.token()  # (`... 3 more items`: what Node left out)
            elif following.group("mark") == "[" and self.text.startswith(
                ("[Object]", "[Array]"), following.start("mark")
            ):
                self.position = (
                    self.text.index("]", following.end()) + 1
                )  # (`[Object]`: a nested one, cut short)
            else:
                items.append(self.value())
            if (after := self.peek()) is not None and after.group("mark") == ",":
                self.token()

    def object(self) -> dict[str, object]:
        fields: dict[str, object] = {}
        while True:
            key = self.token()
            if key.group("mark") == "}":
                return fields
            name = _unquoted(key.group("string")) if key.lastgroup == "string" else key.group(0).strip()
            if key.lastgroup not in ("string", "name", "number") or self.token().group("mark") != ":":
                raise _Unreadable
            following = self.peek()
            if following is not None and self.text.startswith(
                ("[Object]", "[Array]"), following.start(following.lastgroup or 0)
            ):
                self.position = self.text.index("]", following.end()) + 1
            else:
                fields[name] = self.value()
            if (after := self.peek()) is not None and after.group("mark") == ",":
                self.token()


def _unquoted(token: str) -> str:
    inner = token[1:-1]
    if "\\" not in inner:
        return inner
    return re.sub(r"\\(.)", lambda escape: _ESCAPES.get(escape.group(1), escape.group(1)), inner)
