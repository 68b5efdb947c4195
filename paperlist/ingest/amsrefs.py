"""amsrefs bibliography databases (`.ltb`, or entries alone in a `.tex`): the AMS's LaTeX package writes each work
as `\\bib{key}{type}{field={value}, …}`, a field given once per author, a volume as a compound field
(`book={title={…}, date={…}}`) or as a cross-reference (`book={xref={key}}`) to a `\\bib*{key}{…}{…}` entry that is
only there to be referred to.

Such a database is read as the BibTeX it says the same as: an entry each (authors joined by `and`, `date` as the
year, a volume's title as the booktitle), the `\\bib*` volumes left out (no work the list cites).
"""

from __future__ import annotations

import re

# An entry's opening at a line's start: `\bib{Cuturi2013}{article}{`, `\bib*{nips2013}{proceedings}{`.
_ENTRY = re.compile(r"^[ \t]*\\bib(?P<star>\*?)\{(?P<key>[^{}\n]+)\}\{(?P<type>[A-Za-z]+)\}\{", re.MULTILINE)
_FIELD_NAME = re.compile(r"[ \t\r\n]*(?P<name>[A-Za-z]+)[ \t]*=[ \t]*")
# (the fields a compound one holds: `title={…}`, `xref={…}`)
_SUBFIELD = re.compile(r"(?:^|,)[ \t\r\n]*(?P<name>title|xref)[ \t]*=[ \t]*\{")
_HEAD_CHARACTERS = 4000


def looks_like_amsrefs(text: str) -> bool:
    """Whether a document is an amsrefs database: its first line that is not a comment opens an entry."""
    for line in text[:_HEAD_CHARACTERS].splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("%"):
            return _ENTRY.match(line) is not None
    return False


def _braced(text: str, start: int) -> int:
    """The position after the brace closing the group whose opening brace is just before `start` (or the text's
    end, if it never closes)."""
    depth = 1
    position = start
    while position < len(text):
        char = text[position]
        if char == "\\":
            position += 2  # (an escaped brace, `\{`, is no group's)
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return len(text)


def _fields(body: str) -> list[tuple[str, str]]:
    """(name, value) of an entry's fields, in order, each value without its outer braces."""
    fields: list[tuple[str, str]] = []
    position = 0
    while (name := _FIELD_NAME.match(body, position)) is not None:
        position = name.end()
        if body[position : position + 1] == "{":
            end = _braced(body, position + 1)
            value = body[position + 1 : end - 1]
        else:  # (a bare value: `date=2013`)
            end = body.find(",", position)
            end = len(body) if end < 0 else end
            value = body[position:end]
        fields.append((name.group("name").casefold(), value.strip()))
        position = end
        while position < len(body) and body[position] in " \t\r\n,":
            position += 1
    return fields


def _subfield(value: str, name: str) -> str | None:
    """A compound field's own field (`title` of `book={title={…}, date=…}`); None if it has none."""
    for match in _SUBFIELD.finditer(value):
        if match.group("name") == name:
            return value[match.end() : _braced(value, match.end()) - 1].strip()
    return None


def amsrefs_to_bibtex(text: str) -> str | None:
    """The database as BibTeX entries; None when it holds no entry that is not a `\\bib*` volume."""
    entries = [(match, _braced(text, match.end())) for match in _ENTRY.finditer(text)]
    volumes = {
        match.group("key"): title
        for match, end in entries
        if match.group("star")
        and (title := dict(_fields(text[match.end() : end - 1])).get("title")) is not None
    }
    written: list[str] = []
    for match, end in entries:
        if match.group("star"):
            continue
        authors: list[str] = []
        lines = [f"@{match.group('type').casefold()}{{{match.group('key')},"]
        for name, value in _fields(text[match.end() : end - 1]):
            if name in ("author", "editor"):
                authors.append(value)
                continue
            if name in ("book", "conference", "journal") and "=" in value:
                # (a compound volume, its own title, or a cross-reference to one)
                xref = _subfield(value, "xref")
                value = _subfield(value, "title") or (volumes.get(xref, "") if xref else "")
                name = "booktitle"
            elif name == "date":
                name, value = "year", value[:4]
            if value:
                lines.append(f"  {name} = {{{value}}},")
        if authors:
            lines.insert(1, f"  author = {{{' and '.join(authors)}}},")
        written.append("\n".join([*lines, "}"]))
    return "\n\n".join(written) + "\n" if written else None
