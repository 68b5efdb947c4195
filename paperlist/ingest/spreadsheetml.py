"""An Excel 2003 XML workbook (SpreadsheetML: `<?mso-application progid="Excel.Sheet"?>`, `<Workbook
xmlns="urn:schemas-microsoft-com:office:spreadsheet">`), read as its sheets' tables.

Each `Worksheet` names itself (`ss:Name`) and holds a `Table` of `Row`s of `Cell`s; a row or a cell may skip ahead
to its position (`ss:Index`, 1-based), a cell's `Data` is the text it shows and its `ss:HRef` its link; a cell's
`Comment` is a note on it, no part of its text. Each sheet is written as a `## ` heading and a Markdown table, as
an `.xlsx` workbook's are (`office.sheets_to_markdown`).
"""

from __future__ import annotations

import re

from paperlist.ingest.office import link_markdown, sheets_to_markdown
from paperlist.ingest.xmldoc import parse_document

_NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet"
_START = re.compile(r"<Workbook\b[^>]*" + re.escape(_NAMESPACE))
_MAX_CELLS = 200_000
_MAX_COLUMNS = 200
_MAX_ROWS = 1_000_000


def looks_like_spreadsheetml(text: str) -> bool:
    return _START.search(text[:4000]) is not None


def spreadsheetml_to_markdown(text: str) -> str | None:
    """The workbook's sheets as Markdown tables, or None when `text` is no SpreadsheetML workbook."""
    root = parse_document(text)
    if root is None:
        return None
    ss = f"{{{_NAMESPACE}}}"
    budget = _MAX_CELLS
    sheets: list[tuple[str, list[list[str]]]] = []
    for number, sheet in enumerate(root.iter(f"{ss}Worksheet"), 1):
        cells: dict[int, dict[int, str]] = {}
        row_number = 0
        for row in sheet.iter(f"{ss}Row"):
            row_number = _index(row.get(f"{ss}Index"), row_number + 1)
            if row_number > _MAX_ROWS:
                break
            column = 0
            for cell in row.findall(f"{ss}Cell"):
                column = _index(cell.get(f"{ss}Index"), column + 1)
                data = cell.find(f"{ss}Data")
                value = " ".join("".join(data.itertext()).split()) if data is not None else ""
                if column > _MAX_COLUMNS or budget <= 0 or not value:
                    continue
                budget -= 1
                url = cell.get(f"{ss}HRef")
                cells.setdefault(row_number, {})[column] = (
                    link_markdown(value, url).strip() if url else value
                ).replace("|", "\\|")
        width = max((max(columns) for columns in cells.values()), default=0)
        rows = [[cells[row].get(column, "") for column in range(1, width + 1)] for row in sorted(cells)]
        sheets.append((sheet.get(f"{ss}Name") or f"Sheet {number}", rows))
    return sheets_to_markdown(sheets) if sheets else None


def _index(value: str | None, default: int) -> int:
    try:
        return max(1, int(value)) if value else default
    except ValueError:
        return default
