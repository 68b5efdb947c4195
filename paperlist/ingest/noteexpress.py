"""A NoteExpress export (the Chinese reference manager's `{Reference Type}: …` records) as Refer records.

NoteExpress writes a record as `{Field}: value` lines, a blank line between records: `{Reference Type}` (EndNote's
names: `Journal Article`, `Conference Proceedings`, `Book`, `Electronic Article`, `Computer Program` …),
`{Title}`, `{Author}` (names apart by `;`), `{Secondary Title}` (the journal or proceedings), `{Year}`, `{URL}`,
`{DOI}`, `{Abstract}`, `{Notes}`. Each line becomes the Refer line that says the same (`%0`, `%T`, `%A` a line
per author, `%B`, `%D`, `%U`, `%R`, `%X`, `%Z`), line for line where it can, so that the Refer reader reads it; other
fields are kept as `%~` lines it passes over.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"^\{(?P<name>[^{}\n]{1,40})\}:[ \t]?(?P<value>.*)$")
_START = re.compile(r"\A\ufeff?\{Reference Type\}:[^\n]*\r?\n\{[^{}\n]+\}:", re.IGNORECASE)
_REFER_TAGS = {
    "reference type": "0",
    "title": "T",
    "author": "A",
    "secondary title": "B",
    "journal": "J",
    "year": "D",
    "url": "U",
    "doi": "R",
    "abstract": "X",
    "notes": "Z",
    "publisher": "I",
    "keywords": "K",
}


def looks_like_noteexpress(text: str) -> bool:
    """Text that opens as a NoteExpress record: `{Reference Type}: …`, then another `{Field}:` line."""
    return _START.match(text) is not None


def noteexpress_to_refer(text: str) -> str:
    """The export as Refer lines: a field a line (its authors a line each)."""
    lines: list[str] = []
    for line in text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"):
        field = _FIELD.match(line)
        if field is None:
            lines.append(line)
            continue
        name, value = field.group("name").strip().casefold(), field.group("value").strip()
        tag = _REFER_TAGS.get(name, "~")
        if tag == "A":
            lines.extend(f"%A {author.strip()}" for author in value.split(";") if author.strip())
        else:
            lines.append(f"%{tag} {value}")
    return "\n".join(lines)
