"""A log's or a program's output that prints records as Python writes a dict (`{'title': 'Title', 'url': None}`):
Scrapy's `Scraped from <200 …>` items, a script's `print(item)`.

Such a line is one record: it is read as the line of its text values in their order, apart by ` — `
(`Title — Authors — Nature 550, 2017 — https://…`), so that the line reader weighs it as it weighs a list's item;
keys, numbers and empty values are no words of it. A line that is no Python literal stays as it is.
"""

from __future__ import annotations

import ast
import re

_RECORD_LINE = re.compile(r"^[ \t]*\{['\"][^\n]{0,20000}\}[ \t]*$", re.MULTILINE)


def has_python_records(text: str) -> bool:
    """Whether a line of `text` looks like a printed dict (`{'key': …}`): a cheap test before reading them."""
    return "{'" in text and _RECORD_LINE.search(text) is not None


def python_records_as_lines(text: str) -> str:
    """`text` with each printed dict's line written as its text values (see the module's docstring)."""
    return _RECORD_LINE.sub(_values_line, text)


def _values_line(match: re.Match[str]) -> str:
    try:
        record = ast.literal_eval(match.group(0).strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return match.group(0)
    if not isinstance(record, dict):
        return match.group(0)
    values: list[str] = []
    for value in record.values():
        if isinstance(value, str) and value.strip():
            values.append(" ".join(value.split()))
        elif isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value) and value:
            values.append(", ".join(" ".join(item.split()) for item in value))
    return " — ".join(values) if values else match.group(0)


# A program's log line: its time, its logger or level, then the message (Python's logging as Scrapy, Django or a
# script configures it: `2024-03-14 08:02:13 [scrapy.core.engine] INFO: …`, `2024-03-14 08:02:13,512 - app -
# WARNING - …`, `[2024-03-14 08:02:13] INFO …`).
_LOG_PREFIX = re.compile(
    r"^\[?(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9][ T][0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]{1,6})?)?\]?"
    r"(?:[ \t]+\[[\w.\-:/ ]{1,60}\])?(?:[ \t]+-[ \t]+[\w.\-]{1,60})?[ \t]*(?:-[ \t]+)?"
    r"(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL|NOTICE|TRACE)\b[ \t]*[:\-]?[ \t]*",
    re.MULTILINE,
)


def without_log_prefixes(text: str) -> str:
    """A program's log with each line's time, logger and level taken off, when most of its lines have them: what
    is left is what the program said (a link it fetched, a message), and no title takes the prefix for its own."""
    if not any(level in text[:5_000] for level in ("INFO", "DEBUG", "WARN", "ERROR", "NOTICE", "TRACE")):
        return text  # (no level on the first lines: cheap test first)
    prefixed = len(_LOG_PREFIX.findall(text[:50_000]))
    lines = sum(1 for line in text[:50_000].split("\n") if line.strip())
    if prefixed < 5 or prefixed * 3 < lines:
        return text
    return _LOG_PREFIX.sub("", text)
