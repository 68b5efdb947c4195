"""A Gnumeric workbook (`.gnumeric`: XML, gzip-compressed as Gnumeric saves it), read as its sheets' tables.

Each sheet (`gnm:Sheet`) names itself (`gnm:Name`) and lists its cells (`gnm:Cell Row="…" Col="…"`, the text they
show; a formula's cell shows its cached value). A cell's link is a `gnm:HyperLink` in the style of the region
(`gnm:StyleRegion`, its rows and columns) that covers it. Each sheet is written as a `## ` heading and a Markdown
table, as an `.xlsx` workbook's are (`office.sheets_to_markdown`).
"""

from __future__ import annotations

import re

from paperlist.ingest.office import link_markdown, sheets_to_markdown
from paperlist.ingest.xmldoc import parse_document

_NAMESPACE = "http://www.gnumeric.org/v10.dtd"
_START = re.compile(r"<(?:\w+:)?Workbook\b[^>]*" + re.escape(_NAMESPACE))
_MAX_CELLS = 200_000
_MAX_COLUMNS = 200
_MAX_REGION_CELLS = 10_000  # (a style region over a whole sheet gives its link to no cell one by one)


def looks_like_gnumeric(text: str) -> bool:
    return _START.search(text[:4000]) is not None


def gnumeric_to_markdown(text: str) -> str | None:
    """The workbook's sheets as Markdown tables, or None when `text` is no Gnumeric workbook."""
    root = parse_document(text)
    if root is None:
        return None
    name = f"{{{_NAMESPACE}}}"
    budget = _MAX_CELLS
    sheets: list[tuple[str, list[list[str]]]] = []
    for number, sheet in enumerate(root.iter(f"{name}Sheet"), 1):
        links: dict[tuple[int, int], str] = {}
        for region in sheet.iter(f"{name}StyleRegion"):
            link = next(region.iter(f"{name}HyperLink"), None)
            target = link.get("target") if link is not None else None
            if not target:
                continue
            rows = range(_number(region.get("startRow")), _number(region.get("endRow")) + 1)
            columns = range(
                _number(region.get("startCol")), min(_number(region.get("endCol")), _MAX_COLUMNS) + 1
            )
            if len(rows) * len(columns) <= _MAX_REGION_CELLS:
                links.update(((row, column), target) for row in rows for column in columns)
        cells: dict[int, dict[int, str]] = {}
        for cell in sheet.iter(f"{name}Cell"):
            row, column = _number(cell.get("Row")), _number(cell.get("Col"))
            value = " ".join((cell.text or "").split())
            if column >= _MAX_COLUMNS or budget <= 0 or not value or value.startswith("="):
                continue
            budget -= 1
            url = links.get((row, column))
            cells.setdefault(row, {})[column] = (link_markdown(value, url).strip() if url else value).replace(
                "|", "\\|"
            )
        width = max((max(columns) for columns in cells.values()), default=-1) + 1
        rows_text = [[cells[row].get(column, "") for column in range(width)] for row in sorted(cells)]
        title = sheet.find(f"{name}Name")
        sheets.append(((title.text or "").strip() if title is not None else f"Sheet {number}", rows_text))
    return sheets_to_markdown(sheets) if sheets else None


def _number(value: str | None) -> int:
    try:
        return max(0, int(value or 0))
    except ValueError:
        return 0
