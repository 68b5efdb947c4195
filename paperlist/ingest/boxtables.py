"""Tables drawn in a terminal with box borders (the MySQL and MariaDB monitor's `+----+-------+`, SQLite's `.mode
box`, DuckDB's `┌────┬───────┐`, ClickHouse's `┌─id─┬─title─┐` with the names in its border), read as Markdown
tables; and rows shown as expanded records (psql's `\\x`, cqlsh's `EXPAND ON`), read as labelled fields.

Such a table is a border line, its header row (`| id | title |`, `│ id │ title │`; DuckDB's row of types under it),
a border under it, its rows, and a closing border. Each becomes a Markdown table (the header, a `|---|` line, the
rows; `NULL` cells left empty), so that the table reader finds its columns by their headers and their content; the
rest of the text (the prompts, the queries, `7 rows in set (0.001 sec)`) stays as it is, but for a line mode's
records (`  title = …`), written as labelled fields (`title: …`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

_BORDER = re.compile(r"^[ \t]*[+┌├└╞╘╒┏┣┗╔╠╚][-─━═┬┼┴╤╪╧┳╋┻╦╬╩+]{3,}[+┐┤┘╡╛╕┓┫┛╗╣╝][ \t]*$")
# (ClickHouse's Pretty formats write the columns' names into the top border: `┌─id─┬─title───┐`)
_NAMED_BORDER = re.compile(r"^[ \t]*┌─(?P<names>[^┐\n]*[^\W\d_][^┐\n]*?)─*┐[ \t]*$")
_ROW = re.compile(r"^[ \t]*[|│┃║](?P<cells>.*)[|│┃║][ \t]*$")
_CELL_BAR = re.compile(r"[│┃║]")
_TYPES_ROW = re.compile(
    r"(?:varchar|int(?:8|16|32|64|eger)?|bigint|smallint|tinyint|double|float|real|boolean|bool|"
    r"date|time|timestamp(?: with time zone)?|decimal(?:\([0-9, ]+\))?|blob|uuid|json|hugeint|interval|struct\(.*\)|"
    r"[a-z]+\[\])+"
)
# (a record of the shell's line mode, `  title = …` / `authors = …`: a field a line, written as a label's)
_LINE_MODE = re.compile(r"^(?P<indent>[ \t]*)(?P<key>[A-Za-z_][\w]{0,30}) = (?P<value>\S.*)$")
_NULL = re.compile(r"(?<=\|)[ \t]*NULL[ \t]*(?=\|)")


def looks_like_box_tables(text: str) -> bool:
    """Whether `text` draws a table with box borders: a border line, then a row of cells, then a border."""
    if "+--" not in text and "┌" not in text and "┏" not in text and "╔" not in text:
        return False
    lines = text[:200_000].split("\n")
    return any(
        _NAMED_BORDER.match(line) and _ROW.match(lines[index + 1])
        for index, line in enumerate(lines[:-2])
        if line.lstrip()[:2] == "┌─"
    ) or any(
        _BORDER.match(line)
        and _ROW.match(lines[index + 1])
        and (_BORDER.match(lines[index + 2]) or (index + 3 < len(lines) and _BORDER.match(lines[index + 3])))
        for index, line in enumerate(lines[:-2])
        if line.lstrip()[:1] in "+┌┏╔"
    )


def box_tables_to_markdown(text: str) -> str:
    """`text` with each table drawn in box borders written as a Markdown table (see the module's docstring)."""
    lines = [_LINE_MODE.sub(r"\g<indent>\g<key>: \g<value>", line) for line in text.split("\n")]
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        named = _NAMED_BORDER.match(line) if line.lstrip()[:2] == "┌─" else None
        if named is not None and index + 1 < len(lines) and _ROW.match(lines[index + 1]):
            # (ClickHouse's `┌─id─┬─title─┐`: the columns' names in the top border, the rows below it)
            names = [name.strip("─ ") for name in named.group("names").split("┬")]
            index = _table(names, lines, index + 1, out)
            continue
        if not _BORDER.match(line):
            out.append(line)
            index += 1
            continue
        header = lines[index + 1] if index + 1 < len(lines) else ""
        typed = (
            index + 2 < len(lines)
            and _ROW.match(lines[index + 2]) is not None
            and _TYPES_ROW.fullmatch("".join(_cells(lines[index + 2])))
        )  # (DuckDB's row of the columns' types under its header: `│ varchar │ int64 │`)
        under_at = index + 3 if typed else index + 2
        under = lines[under_at] if under_at < len(lines) else ""
        if _ROW.match(header) and _BORDER.match(under):
            if not typed and _ruled_rows(lines, under_at + 1):
                # (a rule under every row, J's boxed arrays, `├─┼─┤` between all its rows: no header, its first
                # line a row as the others; the columns are found by their cells alone)
                index = _table([""] * len(_cells(header)), lines, index + 1, out)
                continue
            index = _table(_cells(header), lines, under_at + 1, out)
            continue
        index += 1  # (a border alone: a table's rule between rows, or its end)
    return "\n".join(out)


def _table(header: list[str], lines: list[str], index: int, out: list[str]) -> int:
    """Write a table as Markdown into `out`: its header, then its rows from line `index` on (past its borders and
    rules); where its lines end."""
    out.extend(["", _markdown_row(header), "|" + "|".join("---" for _ in header) + "|"])
    while index < len(lines) and (_ROW.match(lines[index]) or _BORDER.match(lines[index])):
        if _ROW.match(lines[index]):
            out.append(_NULL.sub(" ", _markdown_row(_cells(lines[index]))))
        index += 1
    out.append("")
    return index


def _sliced(line: str, bounds: list[tuple[int, int | None]]) -> list[str]:
    """A row's cells between the columns' bounds, counted as a terminal shows them: a Chinese, Japanese or Korean
    character takes two columns (`'김민준'` is eight wide)."""
    if line.isascii():
        return [line[start:end] for start, end in bounds]
    at: list[int] = []  # (the display column each character starts at)
    column = 0
    for char in line:
        at.append(column)
        column += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return [
        line[bisect_left(at, start) : bisect_left(at, end) if end is not None else None]
        for start, end in bounds
    ]


def _unquoted(cell: str) -> str:
    """A cell's value without the single quotes a query shell writes around a string (csql's `'Title'`), and
    empty for its `NULL`."""
    if cell == "NULL":
        return ""
    quoted = _QUOTED_CELL.match(cell)
    return quoted.group("value") if quoted is not None else cell


def _ruled_rows(lines: list[str], index: int) -> bool:
    """Whether the rows from line `index` on each have a rule under them, two rows at least (a headed table's rows
    follow one another under the one rule below its header)."""
    rows = 0
    while index + 1 < len(lines) and _ROW.match(lines[index]):
        if not _BORDER.match(lines[index + 1]):
            return False
        rows += 1
        index += 2
    return rows >= 2


def _cells(row: str) -> list[str]:
    matched = _ROW.match(row)
    inner = matched.group("cells") if matched is not None else row
    return [cell.strip() for cell in _CELL_BAR.sub("|", inner).split("|")]


def _markdown_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


# An expanded record's head: psql's `-[ RECORD 1 ]-+----` (in the server's language: `-[ DATENSATZ 1 ]`), cqlsh's
# `@ Row 1`, the MySQL monitor's `*************************** 1. row ***************************`.
_RECORD_HEAD = re.compile(
    r"^(?:-\[ [^\W\d_]+ [0-9]+ \][-+]*|@ Row [0-9]+|\*{5,} [0-9]+\. row \*{5,})[ \t]*$", re.MULTILINE
)
_RECORD_RULE = re.compile(r"^-+\+-+[ \t]*$")  # (cqlsh's rule under its head)
_RECORD_FIELD = re.compile(r"^[ \t]?(?P<key>[^\W\d][\w ]{0,40}?)[ \t]*\| ?(?P<value>.*)$")


def looks_like_expanded_records(text: str) -> bool:
    """Whether `text` shows a query's rows as expanded records (psql's `\\x`, cqlsh's `EXPAND ON`): a record's head,
    then its fields a line each, `name | value`."""
    if "-[ " not in text and "@ Row " not in text:
        return False
    for head in _RECORD_HEAD.finditer(text):
        below = [
            line
            for line in text[head.end() :].lstrip("\n").split("\n", 2)[:2]
            if not _RECORD_RULE.match(line)
        ]
        if below and _RECORD_FIELD.match(below[0]) is not None:
            return True
    return False


def expanded_records_to_fields(text: str) -> str:
    """`text` with each expanded record's fields written as labelled fields (`title: …`), line for line: its head
    and its rule blank, so that each record is a paragraph of its own."""
    lines = text.split("\n")
    inside = False
    for index, line in enumerate(lines):
        if _RECORD_HEAD.match(line):
            lines[index], inside = "", True
        elif inside and _RECORD_RULE.match(line):
            lines[index] = ""
        elif inside and (field := _RECORD_FIELD.match(line)) is not None:
            lines[index] = f"{field.group('key').strip()}: {field.group('value').strip()}"
        else:
            inside = False
    return "\n".join(lines)


# A rule of dashes under a header, a run a column, apart by spaces: SQL*Plus's, sqlcmd's, DB2's query results.
_DASH_RULE = re.compile(r"^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$", re.MULTILINE)
_DASH_RUN = re.compile(r"-+")


# ... or one rule across the whole header, of dashes or equals signs (CUBRID's csql, Informix's dbaccess): its
# columns where the header's names start, three names or more apart by two spaces or more, each a single word.
_WHOLE_RULE = re.compile(r"^[ \t]*(?:={8,}|-{8,})[ \t]*$", re.MULTILINE)
_COLUMN_NAMES = re.compile(r"^[ \t]*[^\W\d][\w()*.]*(?:[ \t]{2,}[^\W\d][\w()*.]*){2,}[ \t]*$")
_COLUMN_NAME = re.compile(r"\S+")
_QUOTED_CELL = re.compile(r"^'(?P<value>.*)'$")


def looks_like_dashed_tables(text: str) -> bool:
    """Whether `text` shows a query's results under a rule of dashes (SQL*Plus's `---------- ----------`), or
    under one rule across the header's column names (csql's `=====`): a header line, the rule, then a row."""
    for rule in _DASH_RULE.finditer(text):
        before = text[: rule.start()].rstrip("\n").rpartition("\n")[2]
        after = text[rule.end() + 1 :].partition("\n")[0]
        if before.strip() and after.strip():
            return True
    for rule in _WHOLE_RULE.finditer(text):
        before = text[: rule.start()].rstrip("\n").rpartition("\n")[2]
        after = text[rule.end() + 1 :].partition("\n")[0]
        if _names_over(before, rule.group()) and after.strip():
            return True
    return False


def _names_over(header: str, rule: str) -> bool:
    """Whether `header` is a row of column names that `rule`, one run, underlines whole."""
    return _COLUMN_NAMES.fullmatch(header) is not None and len(rule.strip()) >= len(header.strip())


def _fits(line: str, starts: list[int]) -> bool:
    """Whether a line is a row of the columns starting at `starts`: no tab, and a space (or its end) right before
    each column after the first, where the rule has its gaps. (Not the terminal's next prompt, or another program's
    output, right under the table's last row: `user@host:~$ cmd`, `title<TAB>link`.)"""
    if "\t" in line:
        return False
    if any(unicodedata.east_asian_width(char) in "WF" for char in line):
        return True  # (a character a terminal shows two columns wide shifts the rest: its columns are not counted)
    return all(len(line) < start or line[start - 1] == " " for start in starts[1:])


def dashed_tables_to_markdown(text: str) -> str:
    """`text` with each table under a rule of dashes written as a Markdown table, its columns where the rule's runs
    are; a row whose first cell is empty goes on the row above (a long value wrapped within its column, as SQL*Plus's
    `word_wrapped` writes it)."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    fenced = False  # (inside a Markdown or Gemtext code block: left as it is)
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        whole = (
            not fenced
            and index + 1 < len(lines)
            and _WHOLE_RULE.fullmatch(lines[index + 1]) is not None
            and _names_over(line, lines[index + 1])
        )
        if not whole and (
            fenced
            or not (
                line.strip() and index + 1 < len(lines) and _DASH_RULE.fullmatch(lines[index + 1]) is not None
            )
        ):
            out.append(line)
            index += 1
            continue
        # (the columns start where the rule's runs do, or, under one rule, where the header's names do)
        starts = [
            run.start()
            for run in (_COLUMN_NAME if whole else _DASH_RUN).finditer(lines[index + (0 if whole else 1)])
        ]
        if whole:
            starts[0] = 0  # (a number right-aligned under its name starts before it)
        bounds = list(zip(starts, [*starts[1:], None], strict=True))
        rows: list[list[str]] = []
        index += 2
        while (
            index < len(lines)
            and lines[index].strip()
            and not _DASH_RULE.fullmatch(lines[index])
            and not _WHOLE_RULE.fullmatch(
                lines[index]
            )  # (a rule under the rows ends them: a progress table's)
            and not _BORDER.match(lines[index])
            and not lines[index].lstrip().startswith(("```", "~~~"))
            and _fits(lines[index], starts)
        ):
            cells = [_unquoted(cell.strip()) for cell in _sliced(lines[index], bounds)]
            if rows and not cells[0]:
                rows[-1] = [f"{old} {new}".strip() for old, new in zip(rows[-1], cells, strict=True)]
            else:
                rows.append(cells)
            index += 1
        header = [line[start:end].strip() for start, end in bounds]
        out.extend(
            [
                _markdown_row(header),
                "|" + "|".join("---" for _ in header) + "|",
                *(_markdown_row([cell.replace("|", "\\|") for cell in row]) for row in rows),
            ]
        )
    return "\n".join(out)
