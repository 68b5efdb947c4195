"""A SYLK sheet (`.slk`: Multiplan's Symbolic Link format, still written by Excel and LibreOffice), read as the CSV
of its table.

A SYLK file is a record a line, its fields after `;`: `ID;P…` opens it, `E` ends it; `C;Y2;X3;K"text"` puts a
value in a cell (row `Y`, column `X`; either may be left out for the row or column of the record before, as may
an `F;…;Y2;X1` record, which formats a cell, set them); a string's `;` is written `;;`, and a number is written as
it is (`K45308`, a date as Excel's serial day). The cells become a CSV table, a line a row, so that the sheet is
read as a spreadsheet's CSV export is (a `.slk` is read as CSV by its name): its header's names, then a record a
row. Formats, widths, fonts and formulas (`E…` fields) are left out, and so are rows and columns with no value.
"""

from __future__ import annotations

import csv
import io
import re

_START = re.compile(r"\AID;P")
_FIELD = re.compile(r";(?P<key>[A-Z])(?P<value>(?:[^;]|;;)*)")


def looks_like_sylk(text: str) -> bool:
    return _START.match(text) is not None and "\nC;" in text[:20_000]


def sylk_to_csv(text: str) -> str | None:
    """The sheet's cells as CSV (see the module's docstring); None when it holds none."""
    cells: dict[tuple[int, int], str] = {}
    row, column = 1, 1
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        kind = line.partition(";")[0]
        if kind not in ("C", "F"):
            continue
        value: str | None = None
        for field in _FIELD.finditer(line[len(kind) :]):
            key, written = field.group("key"), field.group("value")
            if key == "Y" and written.isdigit():
                row = int(written)
            elif key == "X" and written.isdigit():
                column = int(written)
            elif key == "K" and kind == "C":
                value = written.replace(";;", ";")
        if value is not None:
            cells[(row, column)] = value[1:-1] if value.startswith('"') and value.endswith('"') else value
    if not cells:
        return None
    columns = sorted({column for _, column in cells})  # (only those in use, and the rows: a cell at `Y9999`
    out = io.StringIO()  # makes no empty table of thousands of rows)
    writer = csv.writer(out, lineterminator="\n")
    for number in sorted({row for row, _ in cells}):
        writer.writerow([cells.get((number, column), "") for column in columns])
    return out.getvalue()
