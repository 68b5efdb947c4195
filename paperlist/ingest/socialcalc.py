"""A SocialCalc sheet (EtherCalc's room, its save format: `socialcalc:version:1.0` then MIME parts), read as the
Markdown table it holds.

The sheet's part holds a line per cell, `cell:B4:t:text` (a text), `cell:C2:v:2019` (a number), `cell:D2:vt:…:value`
(a typed value), then the cell's formats (`:f:1:bg:2` …); in a value a colon is written `\\c`, a line break `\\n`
and a backslash `\\b`. The cells become a Markdown table (rows and columns with no value left out), its first row
the header, read as a sheet's table is; the formats, the other parts (the editor's state, the audit trail) and formulas are left out.
"""

from __future__ import annotations

import re

from paperlist.ingest.office import sheets_to_markdown

_START = re.compile(r"\A\ufeff?socialcalc:version:")
_CELL = re.compile(r"^cell:(?P<column>[A-Z]{1,3})(?P<row>[0-9]{1,6}):(?P<rest>.*)$", re.MULTILINE)
_ESCAPE = re.compile(r"\\([cnb])")
_ESCAPED = {"c": ":", "n": "\n", "b": "\\"}


def looks_like_socialcalc(text: str) -> bool:
    return _START.match(text) is not None or (text.startswith("version:") and "\ncell:A1:" in text[:20_000])


def socialcalc_to_markdown(text: str) -> str | None:
    """The sheet's cells as a Markdown table (see the module's docstring); None when it has none."""
    cells: dict[tuple[int, int], str] = {}
    for cell in _CELL.finditer(text):
        parts = cell.group("rest").split(":")
        value: str | None = None
        for index in range(0, len(parts) - 1, 2):
            kind = parts[index]
            if kind in ("t", "v"):
                value = parts[index + 1]
                break
            if kind == "vt" and index + 2 < len(parts):
                value = parts[index + 2]
                break
        if value:
            unescaped = _ESCAPE.sub(lambda escape: _ESCAPED[escape.group(1)], value)
            cells[(int(cell.group("row")), _column_number(cell.group("column")))] = unescaped
    if not cells:
        return None
    columns = sorted({column for _, column in cells})
    rows = [
        [cells.get((row, column), "").replace("|", "\\|").replace("\n", " ") for column in columns]
        for row in sorted({row for row, _ in cells})
    ]
    return sheets_to_markdown([("", rows)])  # (as a workbook's sheet is written: `paperlist.ingest.office`)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number
