"""A FileMaker database exported as XML (`FMPXMLRESULT`, FileMaker's "XML" export), read as its table.

The export names its columns once, in `METADATA`'s `FIELD NAME="…"` elements, then gives each record as a `ROW` of
`COL`s in that order, a column's value in its `DATA` (a repeating field, `MAXREPEAT` above one, holds several, the
empty ones left out). The rows are written as a Markdown table under the database's name, as a workbook's sheet is
(`office.sheets_to_markdown`), so that the table readers find its titles, links and ids by their headers.
"""

from __future__ import annotations

import re

from paperlist.ingest.office import sheets_to_markdown
from paperlist.ingest.xmldoc import parse_document

_START = re.compile(r"<FMPXMLRESULT\b")
_MAX_ROWS = 1_000_000


def looks_like_filemaker(text: str) -> bool:
    return _START.search(text, 0, 2000) is not None


def filemaker_to_markdown(text: str) -> str | None:
    """The export's records as a Markdown table, or None when `text` is no FMPXMLRESULT export."""
    root = parse_document(text)
    if root is None:
        return None
    namespace = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    names = [field.get("NAME", "") for field in root.iter(f"{namespace}FIELD")]
    if not names:
        return None
    rows = [names]
    for row in root.iter(f"{namespace}ROW"):
        values = [
            "; ".join(
                " ".join((data.text or "").split()) for data in column.iter(f"{namespace}DATA") if data.text
            )
            for column in row.iter(f"{namespace}COL")
        ]
        rows.append(values)
        if len(rows) > _MAX_ROWS:
            break
    if len(rows) < 2:
        return None
    database = root.find(f"{namespace}DATABASE")
    name = database.get("NAME", "FileMaker") if database is not None else "FileMaker"
    return sheets_to_markdown([(name, rows)])
