"""An INI-style file (`[section]` headers, `key=value` lines below each; `#` and `;` lines comments), read as JSON
records, a section each.

Desktop entries (`.desktop`: a launcher's `[Desktop Action …]` per item of its quicklist), Windows shortcuts
(`.url`), `.ini`, `.cfg` and many programs' `.conf` are written so. A program or a person that keeps a list in
one writes an item a section (`Name=Title`, `Exec=xdg-open https://…`, `URL=…`): each section becomes a record of
its keys, read as any record of a reading list is. A comment holding an address or an identifier is kept as a
record of its own (`comment`), so that nothing a comment links to is lost; other comments are left out. A file whose
sections link nothing is a program's settings (a detector's `[net]`, `batch=64`): its comments are its only words,
and a header there may list what its settings come from, papers linked or named by their titles alone
(`ini_comments`).
"""

from __future__ import annotations

import json
import re

from paperlist.ids import links_or_names_a_paper
from paperlist.ingest.extract.vocabulary import Label, label_of

_SECTION = re.compile(r"^[ \t]*\[(?P<name>[^\[\]\n]{1,200})\][ \t]*$")
_PAIR = re.compile(r"^[ \t]*(?P<key>[^\s=:#;\[][^=\n]{0,80}?)[ \t]*=[ \t]*(?P<value>.*?)[ \t]*$")
_COMMENT = re.compile(r"^[ \t]*[#;]")
_COMMENT_MARK = re.compile(r"^[ \t]*[#;]+[ \t]?")  # (and the mark itself, with the space after it)
_MIN_SECTIONS = 2


def looks_like_ini(text: str) -> bool:
    """Two sections or more, and (comments and blank lines aside) nothing but section headers and `key=value`."""
    head = text[:50_000]
    sections = pairs = 0
    for line in head.split("\n"):
        if not line.strip() or _COMMENT.match(line):
            continue
        if _SECTION.match(line):
            sections += 1
        elif _PAIR.match(line):
            pairs += 1
        else:
            return False
    return sections >= _MIN_SECTIONS and pairs >= sections


def ini_to_json(text: str) -> str | None:
    """The file's sections as a JSON list of records (see the module's docstring); None when none has a key."""
    records: list[dict[str, str]] = []
    record: dict[str, str] | None = None
    for line in text.split("\n"):
        if _COMMENT.match(line):
            comment = line.strip().lstrip("#;").strip()
            if links_or_names_a_paper(comment):
                records.append({"comment": comment})
            continue
        if (section := _SECTION.match(line)) is not None:
            record = {"section": section.group("name").strip()}
            records.append(record)
        elif record is not None and (pair := _PAIR.match(line)) is not None:
            record[pair.group("key")] = _unquoted(pair.group("value"))
    kept = [record for record in records if len(record) > 1 or "comment" in record]
    if not any(_names_or_links(record) for record in kept if "section" in record):
        # (no section names or links anything: a program's settings, `[net]` / `batch=64`, whose comments only may
        # list papers; the file is read as text, those comments whole)
        return None
    return json.dumps(kept, ensure_ascii=False, indent=1)


def _names_or_links(record: dict[str, str]) -> bool:
    """Whether a section gives a title (`title=`, `Name=`, a key for a title in any language) or links a paper."""
    return any(
        key.casefold() == "name" or label_of(key) is Label.TITLE for key in record if key != "section"
    ) or links_or_names_a_paper(" ".join(record.values()))


def ini_comments(text: str) -> str:
    """The words of an INI-style file's comments, each at its line without its mark (`#   - Title` as `  - Title`),
    its settings' lines blank: a program's settings read for what their comments say."""
    return "\n".join(
        _COMMENT_MARK.sub("", line, count=1) if _COMMENT.match(line) else "" for line in text.split("\n")
    )


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
