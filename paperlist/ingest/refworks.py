"""A RefWorks tagged export (`RT Journal Article` / `A1 Name` / `T1 Title` …) as the Refer records EndNote writes.

RefWorks writes a record as two-letter tags, each at the start of its line and followed by a space: `RT` the
reference type, `A1`–`A4` authors, `T1` the title, `T2` the book's or proceedings' title, `JF`/`JO` the journal,
`YR` the year, `UL`/`LK` links, `DO` the DOI, `AB` the abstract, `NO` and `U1`–`U5` notes; a blank line ends a
record. Each line becomes the Refer line that says the same (`%0`, `%A`, `%T`, `%B`, `%J`, `%D`, `%U`, `%R`,
`%X`, `%Z`), line for line, so that the Refer reader reads it; other tags are kept as `%~` lines it passes over.
RefWorks' reference types are written as EndNote names them (`Book, Whole` is a `Book`).
"""

from __future__ import annotations

import re

_TAG = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])[ \t](?P<value>.*)$")
_START = re.compile(r"\A\ufeff?RT[ \t]+[A-Z][^\n]*\r?\n(?:[A-Z][A-Z0-9][ \t][^\n]*\r?\n){2}")
_REFER_TAGS = {
    "RT": "0",
    "A1": "A",
    "A2": "E",
    "A3": "E",
    "A4": "E",
    "T1": "T",
    "T2": "B",
    "JF": "J",
    "JO": "J",
    "YR": "D",
    "UL": "U",
    "LK": "U",
    "DO": "R",
    "AB": "X",
    "NO": "Z",
    "U1": "Z",
    "U2": "Z",
    "U3": "Z",
    "U4": "Z",
    "U5": "Z",
    "PB": "I",
    "K1": "K",
}
# RefWorks' reference types, as EndNote names them (the Refer reader knows those).
_TYPES = {
    "book, whole": "Book",
    "book, edited": "Edited Book",
    "book, section": "Book Section",
    "dissertation/thesis": "Thesis",
    "dissertation/thesis, unpublished": "Thesis",
    "web page": "Web Page",
    "computer program": "Computer Program",
    "journal, electronic": "Electronic Article",
    "unpublished material": "Manuscript",
}


def looks_like_refworks(text: str) -> bool:
    """Text that opens as a RefWorks record: `RT Type`, then two more tagged lines."""
    return _START.match(text) is not None


def refworks_to_refer(text: str) -> str:
    """The export as Refer lines, one for each of its lines."""
    lines: list[str] = []
    for line in text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"):
        tagged = _TAG.match(line)
        if tagged is None:
            lines.append(line)
            continue
        tag, value = tagged.group("tag"), tagged.group("value").strip()
        if tag == "RT":
            value = _TYPES.get(value.casefold(), value)
        lines.append(f"%{_REFER_TAGS.get(tag, '~')} {value}")
    return "\n".join(lines)
