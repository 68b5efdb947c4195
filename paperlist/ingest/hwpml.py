"""A Hancom Office (HWP) document saved as HWPML (`.hml`), the XML the Korean word processor writes, read as the
Markdown of its body.

The document is one `<HWPML>` element: a `<HEAD>` of styles and fonts (left out, but for the summary's `<TITLE>`) and
a `<BODY>` of sections, whose paragraphs are `<TEXT>` runs of `<CHAR>` text and whose tables are `<TABLE>` of `<ROW>`
and `<CELL>`. Each paragraph becomes a line, each table a Markdown table (its first row the header), a hyperlink's
field its address as it is written in the text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

_HEAD = 2000  # characters looked at to tell one


def looks_like_hwpml(text: str) -> bool:
    """Whether `text` is an HWPML document: its root element in its first lines."""
    return "<HWPML" in text[:_HEAD]


def hwpml_to_markdown(text: str) -> str | None:
    """The document's body as Markdown (see the module's docstring); None when it is no well-formed HWPML."""
    try:
        root = ET.fromstring(text.lstrip("\ufeff").encode("utf-8"))
    except ET.ParseError:
        return None
    if root.tag != "HWPML":
        return None
    lines: list[str] = []
    title = root.findtext("HEAD/DOCSUMMARY/TITLE")
    if title and title.strip():
        lines.extend([f"# {title.strip()}", ""])
    for section in root.iterfind("BODY/SECTION"):
        for element in section:
            runs = (
                [element]
                if element.tag == "TEXT"
                else list(element.iterfind("TEXT"))
                if element.tag == "P"
                else []
            )
            words: list[str] = []
            for run in runs:
                table = run.find("TABLE")
                if table is not None:
                    _paragraph(words, lines)
                    lines.extend(_table(table))
                else:
                    words.append(_words(run))
            if element.tag == "TEXT" and _is_link(element) and len(lines) >= 2 and not lines[-1] and words:
                lines[-2] += " " + " ".join(words)  # (a link's run right after the words that name it)
                continue
            _paragraph(words, lines)
    return "\n".join(lines) + "\n"


def _is_link(run: ET.Element) -> bool:
    """Whether a run of text holds a hyperlink's field (`<FIELDBEGIN Type="Hyperlink">`)."""
    return any(field.get("Type") == "Hyperlink" for field in run.iter("FIELDBEGIN"))


def _paragraph(words: list[str], lines: list[str]) -> None:
    """The words gathered as a paragraph of their own, a line and a blank one."""
    said = " ".join(part for part in words if part)
    if said:
        lines.extend([said, ""])
    words.clear()


def _words(element: ET.Element) -> str:
    return " ".join(" ".join(char.text.split()) for char in element.iter("CHAR") if char.text)


def _table(table: ET.Element) -> list[str]:
    rows = [
        [
            " ".join(_words(text) for text in cell.iter("TEXT")).replace("|", "\\|")
            for cell in row.iterfind("CELL")
        ]
        for row in table.iterfind("ROW")
    ]
    if not rows:
        return []
    width = max(len(row) for row in rows)
    out = ["| " + " | ".join(rows[0] + [""] * (width - len(rows[0]))) + " |", "|" + "---|" * width]
    out.extend("| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows[1:])
    return [*out, ""]
