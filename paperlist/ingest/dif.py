"""The Data Interchange Format (`.dif`: VisiCalc's, still written by Excel and LibreOffice), read as the CSV of its
table.

A DIF file is a header (`TABLE`, `VECTORS`, `TUPLES`, each a topic line, a `0,n` line and a string line) and then
`DATA`, after which every value is two lines: `-1,0` then `BOT` starts a row (`EOD` ends the data), `0,n` then `V`
is a number (`n`), `1,0` then `"text"` a string (a quote inside doubled). Each row becomes a CSV line, so that the
table is read as a spreadsheet's CSV export is (a `.dif` is read as CSV by its name): its header's names, then a
record a row.
"""

from __future__ import annotations

import csv
import io
import re

_START = re.compile(r"\ATABLE[ \t]*\r?\n0,[0-9]+[ \t]*\r?\n\"")


def looks_like_dif(text: str) -> bool:
    return text.startswith("TABLE") and _START.match(text[:200]) is not None and "\nDATA" in text[:2000]


def dif_to_csv(text: str) -> str | None:
    """The table of a DIF file as CSV (see the module's docstring); None when `text` is no DIF file."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    try:
        index = next(number for number, line in enumerate(lines) if line.strip() == "DATA") + 3
    except StopIteration:
        return None
    rows: list[list[str]] = []
    while index + 1 < len(lines):
        kind, _, number = lines[index].strip().partition(",")
        value = lines[index + 1]
        index += 2
        if kind == "-1":
            if value.strip() == "EOD":
                break
            rows.append([])  # (`BOT`: a row begins)
        elif not rows:
            return None
        elif kind == "0":
            rows[-1].append(number if value.strip() == "V" else "")  # (a number; `NA`, `ERROR` as nothing)
        elif kind == "1":
            rows[-1].append(_string(value))
        else:
            return None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return None
    written = io.StringIO()
    csv.writer(written, lineterminator="\n").writerows(rows)
    return written.getvalue()


def _string(value: str) -> str:
    """A DIF string as its text: its quotes taken off, a doubled quote inside as one."""
    value = value.strip()
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value
