"""A GNU Octave text data file (`save -text`: `# Created by Octave …`, then each variable as `# name:`/`# type:`
headers and its value), read as text.

A string variable (`# type: sq_string` or `string`) gives `# elements:` strings, each a `# length:` line then its
characters. A cell array (`# type: cell`, `# rows:`, `# columns:`) gives its elements one after another, column by
column, each a `# name: <cell-element>` variable of its own; a table of strings kept so (a course's references:
titles, authors, links, notes) becomes a list, an item per row, its cells apart by ` — ` (a cell that is only a dash
is an empty one). Numbers, matrices and other types are left out.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^# (?P<key>[a-z]+): ?(?P<value>.*)$")
_DEPTH = 32


def looks_like_octave_text(text: str) -> bool:
    return text.startswith("# Created by Octave") or (
        text.startswith("# name: ") and "\n# type: " in text[:400]
    )


def octave_text_to_text(text: str) -> str | None:
    """The file's strings and string tables as lines (see the module's docstring); None when it holds none."""
    reader = _Reader(text.replace("\r\n", "\n").split("\n"))
    out: list[str] = []
    while reader.index < len(reader.lines):
        name = reader.header("name")
        if name is None:
            reader.index += 1
            continue
        value = reader.variable(0)
        if isinstance(value, str) and value.strip():
            out.append(f"{name}: {value.strip()}")
        elif isinstance(value, list):
            out.append("")
            out.extend(
                "- " + " — ".join(cell for cell in row if cell.strip(" -–—")) for row in value if any(row)
            )
            out.append("")
    return "\n".join(out) if out else None


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.index = 0

    def header(self, key: str) -> str | None:
        """The value of a `# key:` header at the current line (advancing past it), or None."""
        if self.index < len(self.lines):
            matched = _HEADER.match(self.lines[self.index])
            if matched is not None and matched.group("key") == key:
                self.index += 1
                return matched.group("value")
        return None

    def number(self, key: str) -> int:
        value = self.header(key)
        return int(value) if value is not None and value.strip().isdigit() else 0

    def variable(self, depth: int) -> str | list[list[str]] | None:
        """A variable's value after its `# name:` line: a string, a table of strings, or None."""
        kind = self.header("type") or ""
        if depth > _DEPTH:
            return None
        if kind in ("sq_string", "string"):
            strings = []
            for _ in range(self.number("elements")):
                length = self.number("length")  # (in bytes: UTF-8's, for text in other scripts)
                taken: list[str] = []
                while (
                    self.index < len(self.lines)
                    and sum(len(part.encode()) + 1 for part in taken) < length + 1
                ):
                    taken.append(self.lines[self.index])
                    self.index += 1
                strings.append("\n".join(taken).encode()[:length].decode("utf-8", "ignore"))
            return " ".join(strings)
        if kind == "cell":
            rows, columns = self.number("rows"), self.number("columns")
            cells: list[str] = []
            for _ in range(rows * columns):
                self.skip_blank()
                if self.header("name") is None:
                    break
                value = self.variable(depth + 1)
                cells.append(" ".join(value.split()) if isinstance(value, str) else "")
            # (stored column by column: element r + c * rows is row r's cell c)
            return [
                [cells[row + column * rows] for column in range(columns) if row + column * rows < len(cells)]
                for row in range(rows)
            ]
        while self.index < len(self.lines) and not self.lines[self.index].startswith("# name:"):
            self.index += 1  # (a number, a matrix, a struct: no words of the file)
        return None

    def skip_blank(self) -> None:
        while self.index < len(self.lines) and not self.lines[self.index].strip():
            self.index += 1
