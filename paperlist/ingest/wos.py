"""A Web of Science tagged export (`savedrecs.txt`: `FN Clarivate Analytics Web of Science`, `VR 1.0`, then records
of two-letter tags from `PT J` to `ER`) as the Refer records EndNote writes, line for line.

A field is a tag at the start of its line, a space, then its value; a line opening on three spaces goes on with the
field above (each line of `AU` and `AF` is one more author, each of `TI` or `AB` the value wrapped). `PT` is the
publication type (J a journal, C a conference, B a book, S a series, P a patent) and `DT` the document's (`Article`,
`Proceedings Paper`, `Book`, `Book Chapter`, `Review`, `Editorial Material`, `Preprint`); `TI` the title, `SO` the
journal or proceedings, `PY` the year, `DI` the DOI (arXiv's, `10.48550/arXiv.2207.12598`, for a preprint), `AB` the
abstract, `DE` and `ID` keywords; `ER` ends a record and `EF` the file. Each line becomes the Refer line that says
the same (`%0`, `%A`, `%T`, `%J`, `%D`, `%R`, `%X`, `%K`), so that the Refer reader reads it; other tags become
`%~` lines it passes over. Authors are taken from `AF` (full names) when a record has them, else from `AU`.
"""

from __future__ import annotations

import re

_START = re.compile(
    r"\A\ufeff?(?:FN [^\n]*\n)?(?:VR [^\n]*\n)?PT [A-Z][ \t]*\n(?:(?:[A-Z][A-Z0-9]| {2}) [^\n]*\n){2}"
)
_FIELD = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])(?: (?P<value>.*))?$")
_REFER_TAGS = {"TI": "T", "SO": "J", "PY": "D", "DI": "R", "AB": "X", "DE": "K", "ID": "K"}
# The document types that name what EndNote calls them (the first that a record's `DT` holds), else its `PT`'s.
_DOCUMENT_TYPES = (
    ("book chapter", "Book Section"),
    ("book review", "Magazine Article"),
    ("book", "Book"),
    ("proceedings paper", "Conference Paper"),
    ("preprint", "Electronic Article"),
    ("editorial", "Magazine Article"),
    ("news", "Newspaper Article"),
    ("data", "Dataset"),
)
_PUBLICATION_TYPES = {"J": "Journal Article", "C": "Conference Paper", "B": "Book", "S": "Conference Paper"}


def looks_like_wos(text: str) -> bool:
    """Text that opens as a Web of Science export: maybe its `FN` and `VR` lines, then `PT X` and two more fields,
    with a record's `ER` line further on."""
    text = text.replace("\r\n", "\n")
    return _START.match(text) is not None and "\nER" in text


def wos_to_refer(text: str) -> str:
    """The export as Refer lines, one for each of its lines."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    kinds, full_names = _records(lines)
    refer: list[str] = []
    tag = ""
    record = 0
    for line in lines:
        field = _FIELD.match(line)
        if field is None:
            value = line.strip()
            # (a field going on: one more author, else the value wrapped, which the Refer reader joins)
            refer.append(f"%A {value}" if value and _author_tag(tag, full_names, record) else value)
            continue
        tag, value = field.group("tag"), (field.group("value") or "").strip()
        if tag == "PT":
            refer.append(f"%0 {kinds[record] if record < len(kinds) else value}")
        elif tag in ("ER", "EF", "FN", "VR"):
            refer.append("")  # (a record's end, the file's, its head: apart from any record)
            record += tag == "ER"
        elif _author_tag(tag, full_names, record):
            refer.append(f"%A {value}")
        else:
            refer.append(f"%{_REFER_TAGS.get(tag, '~')} {value}")
    return "\n".join(refer)


def _author_tag(tag: str, full_names: list[bool], record: int) -> bool:
    """Whether lines of `tag` are the record's authors: `AF` when it has them, else `AU`."""
    has_full = record < len(full_names) and full_names[record]
    return tag == ("AF" if has_full else "AU")


def _records(lines: list[str]) -> tuple[list[str], list[bool]]:
    """For each record, in order: its type as EndNote names it, and whether it gives its authors' full names."""
    kinds: list[str] = []
    full_names: list[bool] = []
    publication, document, full = "", "", False
    for line in lines:
        field = _FIELD.match(line)
        if field is None:
            continue
        tag, value = field.group("tag"), (field.group("value") or "").strip()
        if tag == "PT":
            publication = value
        elif tag == "DT":
            document = value.casefold()
        elif tag == "AF":
            full = True
        elif tag == "ER":
            named = next((kind for word, kind in _DOCUMENT_TYPES if word in document), None)
            kinds.append(named or _PUBLICATION_TYPES.get(publication, "Journal Article"))
            full_names.append(full)
            publication, document, full = "", "", False
    return kinds, full_names
