"""A query's rows printed vertically, a field a line (`key:  value`), a blank line or a row's banner between rows:
sqsh's `go -m vert`, MySQL's `\\G`, and any program printing its records so.

The field whose values are mostly research titles is the records' title, whatever the language of its name
(`nimike:`, `otsikko:`): its lines are rewritten `title: …`, line for line, so that each record is read as a
labelled title with its other fields. Nothing else is changed.
"""

from __future__ import annotations

import re
from collections import Counter

from paperlist.ingest.extract.vocabulary import Label, read_field, research_words

# A field a line, its value after its name (`id:       7`, `   nimike: Title …`).
_FIELD = re.compile(
    r"^(?P<indent>[ \t]{0,12})(?P<key>[A-Za-z_][\w]{0,30})[ \t]*:(?P<gap>[ \t]+)(?P<value>\S.*?)[ \t]*$"
)
# (a cheap sign first: a field's value aligned after two spaces or more, or a field indented under a banner)
_SIGN = re.compile(
    r"^[ \t]{0,12}[A-Za-z_][\w]{0,30}:[ \t]{2,}\S|^[ \t]+[A-Za-z_][\w]{0,30}: \S", re.MULTILINE
)
_MIN_ROWS = 3


def _title_like(value: str) -> bool:
    """A value that reads as a research paper's title: three words or more, opening on a capital, a research word
    among them, no link."""
    words = value.split()
    return len(words) >= 3 and value[:1].isupper() and "://" not in value and research_words(words) >= 1


def titled_field_records(text: str) -> str | None:
    """`text` with the title field of its vertically printed rows renamed `title` (see the module's docstring); None
    when it prints no such rows, or when their title field is already named as one."""
    if _SIGN.search(text) is None:
        return None
    lines = text.split("\n")
    rows: list[list[tuple[int, str, str]]] = []  # (line, key, value) of each row's fields
    current: list[tuple[int, str, str]] = []
    for index, line in enumerate(lines):
        field = _FIELD.match(line)
        if field is not None:
            current.append((index, field.group("key"), field.group("value")))
            continue
        if len(current) >= 2:
            rows.append(current)
        current = []
    if len(current) >= 2:
        rows.append(current)
    if len(rows) < _MIN_ROWS:
        return None
    # (rows of one query: the first key most of them open on)
    first, count = Counter(row[0][1] for row in rows).most_common(1)[0]
    rows = [row for row in rows if row[0][1] == first]
    if count < _MIN_ROWS:
        return None
    titled: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for row in rows:
        for _, key, value in row:
            given[key] += 1
            titled[key] += _title_like(value)
    key = max(given, key=titled.__getitem__)  # (the first field, in the rows' order, with the most titles)
    most = titled[key]
    if most < _MIN_ROWS or most * 2 < given[key]:
        return None
    named = read_field(f"{key}: x")
    if named is not None and named[0] is Label.TITLE:
        return None  # (already named as a title: read as it is)
    for row in rows:
        for index, field_key, _ in row:
            if field_key == key:
                field = _FIELD.match(lines[index])
                if field is not None:
                    lines[index] = f"{field.group('indent')}title: {field.group('value')}"
    return "\n".join(lines)
