"""A data frame as R's `dput()` writes it (`structure(list(titulo = c("…", …), …), row.names = …, class = …)`), in
an R console's transcript or a script, read as the Markdown table it holds.

`dput` deparses a data frame as a call: `structure(list(column = c(value, …), …), row.names = c(NA, -12L), class =
c("tbl_df", "data.frame"))`, each column a vector (`c("a", NA, "b")`, `1:12`, `c(TRUE, FALSE)`, `2020L`), a factor
as `structure(c(1L, 2L), levels = c("alta", "media"), class = "factor")`. Each such data frame in the text is
replaced by a Markdown table of its columns (a factor's codes as its levels, `NA` as an empty cell), so that its
rows are read as a spreadsheet's are; the rest of the text (the console's other output) is left as it is. A call
that is no data frame, or that cannot be read to its end, is left as written.
"""

from __future__ import annotations

import re

_START = re.compile(r"structure\(list\(")
_TOKEN = re.compile(
    r"\s*(?:(?P<string>\"(?:[^\"\\]|\\.)*\")|(?P<number>-?[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?L?)"
    r"|(?P<name>`[^`]+`|[A-Za-z_.][\w.]*)|(?P<mark>[(),=:]))"
)
_ESCAPE = re.compile(r"\\(?P<character>[nt\"\\'])")
_ESCAPED = {"n": " ", "t": " ", '"': '"', "\\": "\\", "'": "'"}
_CONSTANTS: dict[str, object] = {"TRUE": True, "FALSE": False, "NULL": None, "T": True, "F": False}
_LIMIT = 2_000_000  # characters of a call read at most


class _Unreadable(Exception):
    """The call is not one this reader knows how to read."""


def has_dput_frame(text: str) -> bool:
    return "structure(list(" in text and "row.names" in text


def dput_frames_to_markdown(text: str) -> str:
    """`text` with each data frame `dput` wrote in it as a Markdown table (see the module's docstring)."""
    out: list[str] = []
    position = 0
    for start in _START.finditer(text):
        if start.start() < position:
            continue
        parser = _Parser(text, start.start())
        try:
            value = parser.expression()
        except (_Unreadable, IndexError, ValueError):
            continue
        table = _table(value)
        if table is None:
            continue
        out += [text[position : start.start()], "\n\n", table, "\n"]
        position = parser.position
    return "".join(out) + text[position:] if out else text


def _table(value: object) -> str | None:
    """A data frame's columns as a Markdown table; None for anything else."""
    if not isinstance(value, dict) or not value:
        return None
    columns = {name: cells if isinstance(cells, list) else [cells] for name, cells in value.items()}
    rows = max(len(cells) for cells in columns.values())
    if rows < 1 or any(len(cells) not in (1, rows) for cells in columns.values()):
        return None
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    for row in range(rows):
        cells = [_cell(cells[row] if len(cells) == rows else cells[0]) for cells in columns.values()]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value).replace("|", "\\|").replace("\n", " ")


class _Parser:
    """R's deparsed values, read from `text` at `position`: strings, numbers, constants, `a:b`, and calls."""

    def __init__(self, text: str, position: int) -> None:
        self.text = text
        self.position = position
        self.end = min(len(text), position + _LIMIT)

    def token(self) -> re.Match[str]:
        token = _TOKEN.match(self.text, self.position, self.end)
        if token is None:
            raise _Unreadable
        self.position = token.end()
        return token

    def peek(self) -> str:
        token = _TOKEN.match(self.text, self.position, self.end)
        return token.group("mark") or "" if token is not None else ""

    def expression(self) -> object:
        token = self.token()
        if token.group("string") is not None:
            return _ESCAPE.sub(
                lambda escape: _ESCAPED[escape.group("character")], token.group("string")[1:-1]
            )
        if token.group("number") is not None:
            first = token.group("number").rstrip("L")
            if self.peek() == ":":
                self.token()
                last = self.token().group("number")
                if last is None:
                    raise _Unreadable
                return list(range(int(first), int(last.rstrip("L")) + 1))
            return int(first) if first.lstrip("-").isdigit() else float(first)
        name = token.group("name")
        if name is None:
            raise _Unreadable
        if self.peek() != "(":
            return None if name.startswith("NA") else _CONSTANTS.get(name, name)
        self.token()
        return self.call(name.strip("`"))

    def call(self, name: str) -> object:
        """The value of a call whose `(` was read: its arguments up to its `)`."""
        named: dict[str, object] = {}
        unnamed: list[object] = []
        while self.peek() != ")":
            start = self.position
            token = self.token()
            if token.group("name") is not None and self.peek() == "=":
                self.token()
                named[token.group("name").strip("`")] = self.expression()
            else:
                self.position = start
                unnamed.append(self.expression())
            if self.peek() == ",":
                self.token()
            elif self.peek() != ")":
                raise _Unreadable
        self.token()
        if name == "c":
            flat: list[object] = []
            for item in [*unnamed, *named.values()]:
                flat += item if isinstance(item, list) else [item]
            return flat
        if name == "list":
            return named if named and not unnamed else [*unnamed, *named.values()]
        if name == "structure" and unnamed:
            levels = named.get("levels")
            base = unnamed[0]
            if isinstance(levels, list) and isinstance(base, list):
                return [
                    levels[code - 1] if isinstance(code, int) and 0 < code <= len(levels) else None
                    for code in base
                ]
            return base
        return None
