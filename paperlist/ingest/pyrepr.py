"""A log's or a program's output that prints records as Python writes a dict (`{'title': 'Title', 'url': None}`):
Scrapy's `Scraped from <200 …>` items, a script's `print(item)`.

Such a line (or a log line's end, after its message) is one record: it is read as the line of its text values in their order, apart by ` — `
(`Title — Authors — Nature 550, 2017 — https://…`), so that the line reader weighs it as it weighs a list's item;
keys, numbers and empty values are no words of it. A line that is no Python literal stays as it is.

`pprint` writes a literal too long for a line across several, indented under its opening bracket, a long string
cut into adjacent pieces (`'Scaling Up Visual … '` / `'Learning With Noisy …'`). A program's output that is mostly
such literals (`python3 script.py --pretty`, after its prompt and a few log lines) is read as their JSON.
"""

from __future__ import annotations

import ast
import json
import re
from itertools import pairwise

# (or at the end of a log's line, after its message: Celery's `Task tasks.fetch[…] succeeded in 3.2s: {'title': …}`)
_RECORD_LINE = re.compile(r"^(?:[^\n{]{0,400}?:[ \t]+)?[ \t]*\{['\"][^\n]{0,20000}\}[ \t]*$", re.MULTILINE)
_RECORD_START = re.compile(r"\{['\"]")


def has_python_records(text: str) -> bool:
    """Whether a line of `text` looks like a printed dict (`{'key': …}`): a cheap test before reading them."""
    return "{'" in text and _RECORD_LINE.search(text) is not None


def python_records_as_lines(text: str) -> str:
    """`text` with each printed dict's line written as its text values (see the module's docstring)."""
    return _RECORD_LINE.sub(_values_line, text)


def _values_line(match: re.Match[str]) -> str:
    line = match.group(0)
    opening = _RECORD_START.search(line)
    literal = line[opening.start() :] if opening is not None else line
    try:
        record = ast.literal_eval(literal.strip())
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
    r"(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL|NOTICE|TRACE)\b[ \t]*[:\-]?[ \t]*"
    # (or the level first, then the day, the time and the source's line, as vLLM's and glog's lines open:
    # `INFO 05-14 10:14:52 async_llm_engine.py:524] `, `I0514 10:14:52.123456  1234 main.cc:42] `; uvicorn's
    # `INFO:     `)
    r"|^(?:(?:DEBUG|INFO|WARNING|WARN|ERROR|CRITICAL)[ \t]+[01][0-9]-[0-3][0-9]|[IWEF][01][0-9][0-3][0-9])"
    r"[ \t]+[0-2][0-9]:[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?(?:[ \t]+[0-9]+)?[ \t]+[\w.\-]+:[0-9]+\][ \t]*"
    r"|^(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[ \t]+",
    re.MULTILINE,
)


# A log line of one of several workers: its time, then the worker in brackets (`2024-06-03 10:15:05.026
# [1717377302118347/fetch/5 (pid 48231)] …`, `12:00:01 [pool-1-thread-2] …`).
_WORKER_LINE = re.compile(
    r"^(?:\[?(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9][ T])?[0-2][0-9]:[0-5][0-9]:[0-5][0-9](?:[.,][0-9]{1,6})?\]?"
    r"[ \t]+\[(?P<worker>[^\[\]\n]{1,80})\]",
    re.MULTILINE,
)
_LEVELS = frozenset(["debug", "info", "warning", "warn", "error", "critical", "notice", "trace", "fatal"])
_WORKERS_ENOUGH = 2
_SWITCHES_ENOUGH = 3  # (workers' turns interleaved at least this often: one worker's lines are not together)


def grouped_by_worker(text: str) -> str:
    """A log whose workers' lines interleave (parallel tasks each printing a paper's title, then later its link),
    its lines grouped by worker, each worker's in their order where its first line was, a blank line after each
    group: what one task printed reads as one entry. Lines no worker printed stay where they are."""
    if "]" not in text[:4_000]:
        return text
    lines = text.split("\n")
    workers: list[str | None] = []
    for line in lines:
        match = _WORKER_LINE.match(line) if line[:1].isdigit() or line[:1] == "[" else None
        worker = match.group("worker") if match is not None else None
        workers.append(worker if worker is None or worker.casefold() not in _LEVELS else None)
    named = [worker for worker in workers if worker is not None]
    if len(set(named)) < _WORKERS_ENOUGH or len(named) * 2 < len([line for line in lines if line.strip()]):
        return text
    switches = sum(1 for a, b in pairwise(named) if a != b)
    if switches - (len(set(named)) - 1) < _SWITCHES_ENOUGH:
        return text  # (each worker's lines already together: nothing to regroup)
    groups: dict[str, list[str]] = {}
    for line, worker in zip(lines, workers, strict=True):
        if worker is not None:
            groups.setdefault(worker, []).append(line)
    out: list[str] = []
    for line, worker in zip(lines, workers, strict=True):
        if worker is None:
            out.append(line)
        elif worker in groups:  # (its first line: the whole group here, then a blank line)
            out.extend([*groups.pop(worker), ""])
    return "\n".join(out)


def without_log_prefixes(text: str) -> str:
    """A program's log with each line's time, logger and level taken off, when most of its lines have them: what
    is left is what the program said (a link it fetched, a message), and no title takes the prefix for its own."""
    if not any(level in text[:5_000] for level in ("INFO", "DEBUG", "WARN", "ERROR", "NOTICE", "TRACE")):
        return text  # (no level on the first lines: cheap test first)
    prefixed = len(_LOG_PREFIX.findall(text[:50_000]))
    lines = sum(1 for line in text[:50_000].split("\n") if line.strip())
    if prefixed < 5 or prefixed * 3 < lines:
        return text
    text = _LOG_PREFIX.sub("", text)
    if "\\n" in text:
        # (a request's text logged as one quoted string, its line breaks escaped: `prompt: "…\nTitle: …\n…"`, as
        # a model server logs its prompts: read on lines of its own)
        text = _ESCAPED_TEXT.sub(_unescaped_text, text)
    return text


# A time tracker's entry: its day maybe, its start and end times and its duration, before the note (timetrap's
# `t display`: `Mon Mar 04, 2024   08:47:12 - 10:21:55   1:34:43    note`; Watson's and others' alike).
_TIME_SHEET_PREFIX = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]{2}[ \t]+[A-Z][a-z]{2}[ \t]+[0-9]{1,2},[ \t]+[0-9]{4}[ \t]+|[0-9]{4}-[0-9]{2}-[0-9]{2}[ \t]+)?"
    r"[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?[ \t]*[-–][ \t]*(?:[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?[ \t]+"
    r"[0-9]{1,3}:[0-5][0-9](?::[0-5][0-9])?[ \t]+(?=\S)",
    re.MULTILINE,
)
_TIME_SHEET_ENTRIES = 3  # (entries of a time sheet, at least)
_TIME_SPAN = re.compile(r"[0-9]:[0-5][0-9][ \t]*[-–][ \t]*[0-2]?[0-9]:[0-5][0-9]")


def without_time_sheet_prefixes(text: str) -> str:
    """A time tracker's sheet with each entry's day, times and duration taken off, when three entries or more have
    them: the notes are left, a line each, as the writer typed them."""
    # (cheap test first: a sheet's first entries open it, their span of clock times in its head)
    if _TIME_SPAN.search(text, 0, 4_000) is None:
        return text
    if len(_TIME_SHEET_PREFIX.findall(text, 0, 200_000)) < _TIME_SHEET_ENTRIES:
        return text
    return _TIME_SHEET_PREFIX.sub("", text)


# A process's name before a bar, as a process manager writes it before each line of the output it gathers from
# several (pm2's `0|api      | `, docker compose's `web-1  | `, foreman's `12:00:01 web.1  | `).
_PROCESS_PREFIX = re.compile(
    r"^(?P<name>(?:[0-2][0-9]:[0-5][0-9]:[0-5][0-9][ \t]+)?[\w.\-]{1,40}(?:\|[\w.\-]{1,40})?)[ \t]*\|(?:[ \t]|$)",
    re.MULTILINE,
)
_PROCESSES = 6  # processes a manager's gathered output names, at most
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}", re.MULTILINE)


def without_process_prefixes(text: str) -> str:
    """A process manager's gathered output with each line's process name taken off, when most of its lines have
    one and a few processes are named: what the processes wrote, their own indents kept."""
    if _TABLE_RULE.search(text, 0, 50_000) is not None:
        return (
            text  # (a Markdown table without its outer bars, its cells padded by a formatter: no processes)
        )
    lines = [line for line in text[:50_000].split("\n") if line.strip()]
    prefixes = [match for line in lines if (match := _PROCESS_PREFIX.match(line)) is not None]
    if len(prefixes) < 5 or len(prefixes) * 5 < len(lines) * 4:
        return text
    processes = {re.sub(r"^[0-9:]+[ \t]+", "", match.group("name")) for match in prefixes}
    bars = {match.end("name") + len(match.group(0)[match.end("name") :].split("|")[0]) for match in prefixes}
    if len(processes) > _PROCESSES or len(processes) * 3 > len(prefixes) or len(bars) > 1:
        # (a table's first column: a different name a row, or its bars where each row's cell ends; a manager pads
        # its processes' names to one width)
        return text
    return _PROCESS_PREFIX.sub("", text)


# A quoted string on a log's line that holds lines of its own, their breaks escaped (`\n`), two of them at least.
_ESCAPED_TEXT = re.compile(r'"(?P<inner>(?:[^"\\\n]|\\.){20,20000}?)"')


def _unescaped_text(quoted: re.Match[str]) -> str:
    inner = quoted.group("inner")
    if inner.count("\\n") < 2:
        return quoted.group(0)
    try:
        text = json.loads(f'"{inner}"')
    except ValueError:
        text = inner.replace("\\n", "\n")
    return f"\n{text}\n" if isinstance(text, str) else quoted.group(0)


# A pretty-printed literal's first line: a dict or a list of them opening at the line's start, a key or an item
# after it (`{'generated': …`, `[{'title': …`), and its next line indented under it.
_PRETTY_START = re.compile(r"^(?:>>> )?[\[({]+['\"][^\n]*\n[ \t]+[\[({'\"]", re.MULTILINE)


def looks_like_pretty_printed(text: str) -> bool:
    """Whether `text` holds a literal `pprint` spread over lines (a cheap test before reading it)."""
    return ("{'" in text or '{"' in text) and _PRETTY_START.search(text[:200_000]) is not None


def pretty_printed_to_json(text: str) -> str | None:
    """The text's pretty-printed literals as JSON, when they are most of its lines; None otherwise."""
    lines = text.split("\n")
    literals: list[object] = []
    covered = 0
    index = 0
    while index < len(lines):
        if not _PRETTY_START.match("\n".join(lines[index : index + 2])):
            index += 1
            continue
        end = _literal_end(lines, index)
        if end is None:
            index += 1
            continue
        source = "\n".join(lines[index:end]).removeprefix(">>> ")
        literals.append(ast.literal_eval(source))
        covered += end - index
        index = end
    written = sum(1 for line in lines if line.strip())
    if not literals or covered * 5 < written * 3:
        return None  # (a literal among other words: the words are read as they are)
    value = literals[0] if len(literals) == 1 else literals
    return json.dumps(value, ensure_ascii=False, indent=1, default=_plain)


def _literal_end(lines: list[str], start: int) -> int | None:
    """The line after the literal opening at `start`: the first at which its brackets close and it reads as one."""
    depth = 0
    for index in range(start, min(len(lines), start + 20_000)):
        line = lines[index]
        depth += sum(line.count(mark) for mark in "[({") - sum(line.count(mark) for mark in "])}")
        if depth <= 0:
            try:
                ast.literal_eval("\n".join(lines[start : index + 1]).removeprefix(">>> "))
            except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
                if depth < 0:
                    return None
                continue
            return index + 1
    return None


def _plain(value: object) -> object:
    """A value JSON has no kind for, as the nearest it has: a set's items, bytes' text."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
