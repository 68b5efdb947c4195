"""A table in fixed-width columns (`.prn`: Excel's "Formatted Text (Space delimited)"), read as the Markdown table
it is.

Each line is a row, each cell padded with spaces (a number to the right) or cut to its column's width, so that
cells may touch (`Lucas Beyehttps://…`): the columns are where the header's names start. A name that starts after
two spaces and more starts a column; one after a single space does too when the cells before it are numbers padded
to their right (a space or a digit there in every row, a digit in some; never a letter). A cell's text is kept as
written, cut or not.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"\S+")


def looks_like_fixed_width(text: str, name: str) -> bool:
    """A `.prn` file (Excel's name for it) whose first line is a header of three columns or more. (A table padded to
    its columns under another name is read as the text it is, a row a line: `pdftotext -layout`'s pages, a report.)"""
    if not name.casefold().endswith(".prn"):
        return False
    lines = [line for line in text[:20_000].split("\n") if line.strip()][:40]
    return len(lines) >= 2 and len(_columns(lines)) >= 3


def fixed_width_to_markdown(text: str) -> str | None:
    """The table as Markdown (see the module's docstring); None when no columns are found."""
    lines = [line.rstrip("\r") for line in text.split("\n")]
    rows = [line for line in lines if line.strip()]
    starts = _columns(rows[:40])
    if len(starts) < 3:
        return None
    bounds = list(zip(starts, [*starts[1:], None], strict=True))
    out: list[str] = []
    for index, line in enumerate(rows):
        cells = [line[start:end].strip().replace("|", "\\|") for start, end in bounds]
        out.append("| " + " | ".join(cells) + " |")
        if index == 0:
            out.append("|" + " --- |" * len(cells))
    return "\n".join(out) + "\n"


def _columns(lines: list[str]) -> list[int]:
    """Where the header's columns start (see the module's docstring)."""
    header, rows = lines[0], lines[1:]
    starts: list[int] = []
    for name in _NAME.finditer(header):
        start = name.start()
        if start == 0 or header[max(0, start - 2) : start] == "  ":
            starts.append(start)
            continue
        before = [row[start - 1] for row in rows if len(row) >= start]
        if any(character.isdigit() for character in before) and not any(
            character.isalpha() for character in before
        ):
            starts.append(start)  # (`Aanw Opmerking` over `  16zaal 2.14`: a number padded to its right)
    return starts
