"""Data files read as the JSON records they hold: a SPARQL query's results, an SQL dump's rows, a Lua table.

Each is turned into plain JSON, a list of flat objects (or an object of such lists), so that the records reader
reads its fields as it reads any export's: a title, an id, a link, a note.

- A SPARQL 1.1 query's results in JSON (Wikidata's query service, any triple store): `head.vars` names the
  columns, and each of `results.bindings` gives a row as `{"var": {"type": …, "value": …}}`; a row becomes
  `{"var": value}`.
- An SQL dump (`sqlite3 .dump`, `mysqldump`, `pg_dump --inserts`): each table's creation statement names its columns,
  and each insert statement (`… VALUES (…), (…)`) gives rows; a table becomes a list of rows under its name.
- A Lua table written as data (KOReader's `metadata.pdf.lua`, a game's or an editor's saved state): `return {…}`
  with `["key"] = value` fields; it becomes the object or list it spells.
- A TOML file of data (a static site's `data/*.toml`, Hugo's and Zola's): its tables and arrays of tables
  (`[[week.reading]]`) become the objects and lists they spell; dates and times are written as text.
- A list of browser tabs as OneTab exports it, a tab a line: `https://… | the page's title`, groups parted by
  blank lines. Each tab becomes `{"url": …, "title": …}`, as a browser's own bookmarks give them.
- A query's answer that gives its rows as lists of cells, named by a list of its columns beside them (Kusto's
  `Columns` / `Rows`, ClickHouse's `meta` / `data`, Datasette's `columns` / `rows`): each row becomes an object.
- A GNU recutils database (`.rec`): records of `Field: value` lines parted by blank lines, a value going on at
  lines that start with `+`; `%` lines describe the record type, `#` lines are comments. Each record becomes an
  object, a field given twice its values joined with `; `.

- An HBase shell session: the cells `scan` and `get` print (` row  column=family:qualifier, timestamp=…, value=…`)
  and those `put` writes (`put 'table', 'row', 'family:qualifier', 'value'`), gathered by row, each row an object
  of its qualifiers' values (the shell's `\\xE7\\xBA…` escapes read as the UTF-8 they spell), on the line of its first
  cell.
- TOON (Token-Oriented Object Notation, JSON written for language models' prompts): `key: value` fields nested by
  indentation, a list of rows as `name[N]{field,field}:` then a row a line with its cells apart by commas (or
  the tab or `|` its brackets name), `name[N]: a,b` for a list of values and `- ` items for others. It becomes the
  JSON it spells, each row an object of its fields.
- A structured log whose lines end in a JSON object after their time and labels (Loki's `logcli`, `kubectl logs`):
  each line's object on its line, the lines that hold none left blank.

Facebook's and Instagram's data exports write text as UTF-8 bytes each escaped as a character (`\\u00c3\\u00a9`
for `é`): `repair_escaped_utf8` writes such runs as the characters they encode.
"""

from __future__ import annotations

import json
import re
import tomllib
from itertools import islice
from typing import Any

_MAX_ROWS = 200_000


# --- SPARQL results -------------------------------------------------------------------------------------------


def looks_like_sparql_results(text: str) -> bool:
    head = text[:2000]
    return '"head"' in head and '"vars"' in head and '"results"' in text[:200_000]


def sparql_to_json(text: str) -> str | None:
    """The rows of a SPARQL JSON results document as a JSON list of flat objects; None when it is no such one."""
    try:
        answer = json.loads(text)
    except (ValueError, RecursionError):
        return None
    results = answer.get("results") if isinstance(answer, dict) else None
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(bindings, list):
        return None
    rows = [
        {
            name: term["value"]
            for name, term in binding.items()
            if isinstance(term, dict) and isinstance(term.get("value"), str)
        }
        for binding in bindings[:_MAX_ROWS]
        if isinstance(binding, dict)
    ]
    return json.dumps(rows, ensure_ascii=False, indent=1)


def looks_like_bigquery_rows(text: str) -> bool:
    """Whether `text` is BigQuery's answer to a query (`jobs.getQueryResults`, `jobs.query`, `tabledata.list`):
    its rows as lists of `{"v": value}` cells, named by the schema's fields."""
    head = text[:4000]
    return (
        '"rows"' in text[:400_000] and ('"schema"' in head or "bigquery#" in head) and '"f"' in text[:400_000]
    )


def bigquery_to_json(text: str) -> str | None:
    """The rows of a BigQuery answer as a JSON list of objects named by its schema (a repeated field a list, a
    record an object); None when it is no such answer."""
    try:
        answer = json.loads(text)
    except (ValueError, RecursionError):
        return None
    schema = answer.get("schema") if isinstance(answer, dict) else None
    fields = schema.get("fields") if isinstance(schema, dict) else None
    rows = answer.get("rows") if isinstance(answer, dict) else None
    if not isinstance(fields, list) or not isinstance(rows, list):
        return None
    return json.dumps(
        [_bigquery_record(fields, row) for row in rows[:_MAX_ROWS]], ensure_ascii=False, indent=1
    )


# --- Rows as lists, named by their columns -----------------------------------------------------------------------

# Where a query's answer names its columns: the key of the column's name in each of their objects.
_COLUMN_NAME_KEYS = ("name", "ColumnName", "columnName", "column_name", "label", "field")
_ROWS_OF_LISTS = re.compile(r"\[\s*\[")


def looks_like_columnar_json(text: str) -> bool:
    """Whether `text` may be JSON that gives its rows as lists of cells (`[[…], […]]`), named by a list of its
    columns beside them: Azure Data Explorer's (Kusto) `Tables[].Columns` / `Rows`, ClickHouse's `meta` / `data`,
    Trino's and Druid's `columns` / `data`, Datasette's `columns` / `rows`, pandas' `orient="split"`."""
    return _ROWS_OF_LISTS.search(text, 0, 400_000) is not None


def columnar_json_to_json(text: str) -> str | None:
    """The JSON with each list of rows given as lists of cells written as objects, each cell under its column's
    name (the rest of the answer as it is); None when it holds no such rows."""
    try:
        answer = json.loads(text)
    except (ValueError, RecursionError):
        return None
    found = False
    pending: list[Any] = [answer]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(item for item in node if isinstance(item, dict | list))
            continue
        if not isinstance(node, dict):
            continue
        for key, value in list(node.items()):
            if not _rows_of_cells(value):
                if isinstance(value, dict | list):
                    pending.append(value)
                continue
            width = len(value[0])
            names = _named_columns(node, key, width)
            if names is not None:
                node[key] = [dict(zip(names, row, strict=False)) for row in value[:_MAX_ROWS]]
                found = True
    return json.dumps(answer, ensure_ascii=False, indent=1) if found else None


def _rows_of_cells(value: object) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(row, list) for row in value)
        and bool(value[0])
        and not any(isinstance(cell, dict | list) for cell in value[0])
    )


def _named_columns(holder: dict[str, Any], rows_key: str, width: int) -> list[str] | None:
    """The names of `width` columns given beside a list of rows: a list of names, or of objects that each name
    one, under another key of the same object or of an object inside it (Pinot's `dataSchema.columnNames`)."""
    candidates: list[object] = [value for key, value in holder.items() if key != rows_key]
    candidates += [inner for value in candidates if isinstance(value, dict) for inner in value.values()]
    for candidate in candidates:
        if not isinstance(candidate, list) or len(candidate) != width:
            continue
        if all(isinstance(name, str) for name in candidate):
            return [str(name) for name in candidate]
        names = [
            next((str(column[key]) for key in _COLUMN_NAME_KEYS if isinstance(column.get(key), str)), None)
            if isinstance(column, dict)
            else None
            for column in candidate
        ]
        if all(name is not None for name in names):
            return [name for name in names if name is not None]
    return None


def _bigquery_record(fields: list[Any], row: object) -> dict[str, Any]:
    cells = row.get("f") if isinstance(row, dict) else None
    if not isinstance(cells, list):
        return {}
    record: dict[str, Any] = {}
    for field, cell in zip(fields, cells, strict=False):
        if isinstance(field, dict) and isinstance(name := field.get("name"), str) and isinstance(cell, dict):
            record[name] = _bigquery_value(field, cell.get("v"))
    return record


def _bigquery_value(field: dict[str, Any], value: object) -> Any:
    """A cell's value: a repeated field's `[{"v": …}]` a list, a record's `{"f": [...]}` an object."""
    if field.get("mode") == "REPEATED" and isinstance(value, list):
        return [
            _bigquery_value({**field, "mode": "NULLABLE"}, item.get("v") if isinstance(item, dict) else item)
            for item in value
        ]
    if isinstance(value, dict) and isinstance(nested := field.get("fields"), list):
        return _bigquery_record(nested, value)
    return value


# A field written as its type and its value (kintone's REST API: `"タイトル": {"type": "SINGLE_LINE_TEXT", "value": "…"}`).
_TYPED_VALUE = re.compile(r'\{\s*"type"\s*:\s*"[^"\n]{1,40}"\s*,\s*"value"\s*:')
_TYPED_VALUES_ENOUGH = 5


# ... or as Firestore's REST API does: `"title": {"stringValue": "…"}`, `{"mapValue": {"fields": …}}`.
_FIRESTORE_VALUE = re.compile(
    r'\{\s*"(?:string|integer|double|boolean|timestamp|null|map|array|reference)Value"\s*:'
)
_FIRESTORE_KINDS = frozenset(
    ["string", "integer", "double", "boolean", "timestamp", "null", "reference", "bytes", "geoPoint"]
)


def looks_like_typed_values(text: str) -> bool:
    """Whether a JSON document writes its records' fields as `{"type": …, "value": …}` (kintone's records) or as
    `{"stringValue": …}` (Firestore's documents)."""
    head = text[:40_000]
    return ('"value"' in head and len(_TYPED_VALUE.findall(head)) >= _TYPED_VALUES_ENOUGH) or (
        "Value" in head and len(_FIRESTORE_VALUE.findall(head)) >= _TYPED_VALUES_ENOUGH
    )


def typed_values_to_json(text: str) -> str | None:
    """The JSON with each `{"type": …, "value": …}` field written as its value, so that a record's fields read as
    any data file's (`"タイトル": "Title"`); None when it is no JSON."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return json.dumps(_unwrapped(data, 0), ensure_ascii=False, indent=1)


def _unwrapped(node: Any, depth: int) -> Any:
    if depth > 64:
        return node
    if isinstance(node, dict):
        if set(node) == {"type", "value"} and isinstance(node["type"], str):
            return _unwrapped(node["value"], depth + 1)
        if set(node) == {"id", "value"} and isinstance(node["value"], dict):
            return _unwrapped(node["value"], depth + 1)  # (a sub-table's row: its fields, not its row number)
        if len(node) == 1:
            ((kind, value),) = node.items()
            if kind.endswith("Value") and kind[:-5] in _FIRESTORE_KINDS:
                return value if not isinstance(value, (dict, list)) else _unwrapped(value, depth + 1)
            if kind == "mapValue" and isinstance(value, dict):
                return _unwrapped(value.get("fields", {}), depth + 1)
            if kind == "arrayValue" and isinstance(value, dict):
                return _unwrapped(value.get("values", []), depth + 1)
        if (
            isinstance(node.get("fields"), dict)
            and "name" in node
            and ("createTime" in node or "updateTime" in node)
        ):
            # (a Firestore document: its fields are the record, its path and times beside them)
            return {**_unwrapped(node["fields"], depth + 1), "path": node["name"]}
        return {key: _unwrapped(value, depth + 1) for key, value in node.items()}
    if isinstance(node, list):
        return [_unwrapped(item, depth + 1) for item in node]
    return node


# --- buku: a bookmark manager's search results, a bookmark a block -------------------------------------------

# `1. Title [12]` / `   > https://…` / `   + comment` / `   # tag,tag`: its title and index, then its fields.
_BUKU_HEAD = re.compile(r"^[ \t]*[0-9]{1,6}\.[ \t]+(?P<title>.*?)[ \t]+\[(?P<index>[0-9]{1,7})\][ \t]*$")
_BUKU_FIELD = re.compile(r"^[ \t]+(?P<mark>[>+#])[ \t](?P<value>.*)$")
_BUKU_KEYS = {">": "url", "+": "comment", "#": "tags"}


def looks_like_buku(text: str) -> bool:
    """Whether `text` is buku's listing of bookmarks: two or more `N. Title [index]` lines, each over its `> URL`."""
    if "> http" not in text[:40_000]:
        return False  # (its bookmarks' links, each after a `>`: most texts are told by this alone)
    lines = text[:40_000].split("\n")
    return (
        sum(
            1
            for index, line in enumerate(lines[:-1])
            if _BUKU_HEAD.match(line)
            and (field := _BUKU_FIELD.match(lines[index + 1]))
            and field.group("mark") == ">"
        )
        >= 2
    )


def buku_to_json(text: str) -> str | None:
    """buku's bookmarks as a JSON list of records (title, url, comment, tags), each on its head's line (the other
    lines blank, so that every record keeps its line); None when there is none."""
    lines = text.split("\n")
    records: dict[int, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for index, line in enumerate(lines):
        head = _BUKU_HEAD.match(line)
        field = _BUKU_FIELD.match(line) if head is None else None
        if head is not None:
            current = records[index] = {"title": head.group("title")}
        elif field is not None and current is not None:
            current[_BUKU_KEYS[field.group("mark")]] = field.group("value").strip()
        else:
            current = None
    return _records_on_their_lines(records, len(lines))


def _records_on_their_lines(records: dict[int, dict[str, Any]], count: int) -> str | None:
    """Records as a JSON list, each on the line (of `count`) it was read from and the other lines blank, so that
    what is read from each points at the digest's own line; None when there are none."""
    if not records:
        return None
    out = [""] * count
    last = max(records)
    for index, record in records.items():
        out[index] = json.dumps(record, ensure_ascii=False) + ("" if index == last else ",")
    return "[" + "\n".join(out) + "]\n"


# --- SQL dumps ------------------------------------------------------------------------------------------------

_CREATE = re.compile(
    r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<name>[`\"\[]?[\w.]+[`\"\]]?)\s*\((?P<body>.*?)\)\s*[^,;]*;",
    re.IGNORECASE | re.DOTALL,
)
_INSERT = re.compile(
    r"INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(?P<name>[`\"\[]?[\w.]+[`\"\]]?)\s*(?:\((?P<columns>[^)]*)\))?\s*VALUES\s*",
    re.IGNORECASE,
)
# A column's definition opens with its name; a constraint (`PRIMARY KEY (…)`, `CHECK (…)`) names none.
_CONSTRAINT = re.compile(r"(?:PRIMARY|FOREIGN|UNIQUE|CHECK|CONSTRAINT|KEY|INDEX)\b", re.IGNORECASE)
_SQL_SIGNS = re.compile(r"^\s*(?:CREATE\s+TABLE|INSERT\s+INTO)\b", re.IGNORECASE | re.MULTILINE)


def looks_like_sql_dump(text: str, name: str) -> bool:
    return name.casefold().endswith(".sql") and _SQL_SIGNS.search(text[:200_000]) is not None


def sql_dump_to_json(text: str) -> str | None:
    """The rows of an SQL dump's INSERT statements as JSON: `{"table": [{"column": value, …}, …], …}` (columns
    named by the statement, else by the table's creation statement, else numbered); None when it inserts nothing."""
    columns: dict[str, list[str]] = {}
    for match in _CREATE.finditer(text):
        columns[_unquote_name(match.group("name"))] = _column_names(match.group("body"))
    tables: dict[str, list[dict[str, object]]] = {}
    count = 0
    for match in _INSERT.finditer(text):
        table = _unquote_name(match.group("name"))
        named = (
            [_unquote_name(part) for part in match.group("columns").split(",")]
            if match.group("columns")
            else None
        )
        for values in _value_rows(text, match.end()):
            names = named or columns.get(table) or []
            tables.setdefault(table, []).append(
                {names[n] if n < len(names) else f"column {n + 1}": value for n, value in enumerate(values)}
            )
            count += 1
            if count >= _MAX_ROWS:
                break
    return json.dumps(tables, ensure_ascii=False, indent=1) if tables else None


def _unquote_name(name: str) -> str:
    return name.strip().strip('`"[]').rsplit(".", 1)[-1]


def _column_names(body: str) -> list[str]:
    """The column names of a table's creation statement's body, in order (constraints left out)."""
    names: list[str] = []
    depth = 0
    part = ""
    for char in body + ",":
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            words = part.split()
            if words and not _CONSTRAINT.match(words[0]):
                names.append(_unquote_name(words[0]))
            part = ""
        else:
            part += char
    return names


def _value_rows(text: str, start: int) -> list[list[object]]:
    """The `(…), (…)` tuples of an INSERT's VALUES from `start`, up to its `;`: strings (`'It''s'`, `\\'`), numbers,
    NULL."""
    rows: list[list[object]] = []
    index = start
    length = len(text)
    while index < length:
        while index < length and text[index] in " \t\r\n,":
            index += 1
        if index >= length or text[index] != "(":
            break
        index += 1
        row: list[object] = []
        while index < length:
            while index < length and text[index] in " \t\r\n":
                index += 1
            call = _SQL_CALL.match(text, index)
            if index < length and text[index] == "'":
                value, index = _sql_string(text, index + 1)
                row.append(value)
            elif call is not None:
                result, index = _sql_call(text, call)
                row.append(result)
            else:
                end = index
                while end < length and text[end] not in ",)":
                    end += 1
                word = text[index:end].strip()
                row.append(None if word.upper() == "NULL" else _number(word))
                index = end
            while index < length and text[index] in " \t\r\n":
                index += 1
            if index < length and text[index] == ",":
                index += 1
                continue
            index += 1  # (the tuple's `)`)
            break
        rows.append(row)
    return rows


# A value written as a function's result (`sqlite3 .dump` writes a text with line breaks as
# `replace('a\nb','\n',char(10))`).
_SQL_CALL = re.compile(r"(?P<name>[A-Za-z_]+)\(")


def _sql_call(text: str, call: re.Match[str]) -> tuple[object, int]:
    """A function call's value: `replace(text, from, char(N))` as the text with `from` replaced; `char(N, …)` as
    its characters; another function as its first text argument. Returns the value and where the call ends."""
    index = call.end()
    arguments: list[object] = []
    depth = 1
    while index < len(text) and depth:
        char = text[index]
        if char == "'":
            value, index = _sql_string(text, index + 1)
            arguments.append(value)
            continue
        inner = _SQL_CALL.match(text, index)
        if inner is not None:
            result, index = _sql_call(text, inner)
            arguments.append(result)
            continue
        if char == ")":
            depth -= 1
        elif char not in ", \t\r\n":
            end = index
            while end < len(text) and text[end] not in ",)":
                end += 1
            arguments.append(_number(text[index:end].strip()))
            index = end
            continue
        index += 1
    name = call.group("name").casefold()
    if name == "char":
        return "".join(
            chr(code) for code in arguments if isinstance(code, int) and 0 <= code < 0x110000
        ), index
    texts = [argument for argument in arguments if isinstance(argument, str)]
    if name == "replace" and len(arguments) == 3 and all(isinstance(argument, str) for argument in arguments):
        first, old, new = (str(argument) for argument in arguments)
        return first.replace(old, new), index
    return (texts[0] if texts else None), index


def _sql_string(text: str, index: int) -> tuple[str, int]:
    out: list[str] = []
    length = len(text)
    while index < length:
        char = text[index]
        if char == "'":
            if text[index + 1 : index + 2] == "'":
                out.append("'")
                index += 2
                continue
            return "".join(out), index + 1
        if char == "\\" and index + 1 < length:  # (MySQL's escapes)
            following = text[index + 1]
            out.append({"n": "\n", "t": "\t", "r": "\r", "0": ""}.get(following, following))
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out), index


def _number(word: str) -> object:
    try:
        return int(word)
    except ValueError:
        try:
            return float(word)
        except ValueError:
            return word


# --- Lua tables -----------------------------------------------------------------------------------------------

_LUA_START = re.compile(r"\A(?:\ufeff)?(?:\s*--[^\n]*\n)*\s*return\s*\{")
_LUA_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\"}
_LUA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LUA_NUMBER = re.compile(r"-?(?:0[xX][0-9a-fA-F]+|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+)")
_MAX_DEPTH = 200


class _LuaError(ValueError):
    pass


def looks_like_lua_data(text: str, name: str) -> bool:
    return name.casefold().endswith(".lua") and _LUA_START.match(text) is not None


def lua_to_json(text: str) -> str | None:
    """The table a Lua data file returns as JSON (a table with keys 1…n as a list); None when it is no such file
    or spells more than data (a function, an expression)."""
    start = _LUA_START.match(text)
    if start is None:
        return None
    try:
        value, _ = _LuaReader(text).table(start.end(), 0)
    except (_LuaError, IndexError, RecursionError):
        return None
    return json.dumps(value, ensure_ascii=False, indent=1)


class _LuaReader:
    def __init__(self, text: str) -> None:
        self.text = text

    def skip(self, index: int) -> int:
        text = self.text
        while index < len(text):
            if text[index] in " \t\r\n":
                index += 1
            elif text.startswith("--", index):
                end = text.find("\n", index)
                index = len(text) if end < 0 else end + 1
            else:
                break
        return index

    def table(self, index: int, depth: int) -> tuple[object, int]:
        """A table's fields after its `{`: a list when its keys are 1…n, else an object."""
        if depth > _MAX_DEPTH:
            raise _LuaError("too deep")
        fields: dict[str, object] = {}
        positional = 0
        while True:
            index = self.skip(index)
            if self.text[index] == "}":
                index += 1
                break
            key: str | None = None
            if self.text[index] == "[":
                raw, index = self.value(self.skip(index + 1), depth)
                index = self.skip(index)
                if self.text[index] != "]":
                    raise _LuaError("]")
                index = self.skip(index + 1)
                if self.text[index] != "=":
                    raise _LuaError("=")
                key = _lua_key(raw)
                index += 1
            else:
                name = _LUA_NAME.match(self.text, index)
                after = self.skip(name.end()) if name is not None else index
                if name is not None and self.text[after] == "=" and self.text[after + 1] != "=":
                    key, index = name.group(), after + 1
            value, index = self.value(self.skip(index), depth)
            if key is None:
                positional += 1
                key = str(positional)
            fields[key] = value
            index = self.skip(index)
            if self.text[index] in ",;":
                index += 1
        keys = list(fields)
        if keys and all(key == str(n) for n, key in enumerate(sorted(keys, key=_lua_order), 1)):
            return [fields[key] for key in sorted(keys, key=_lua_order)], index
        return fields, index

    def value(self, index: int, depth: int) -> tuple[object, int]:
        text = self.text
        char = text[index]
        if char == "{":
            return self.table(index + 1, depth + 1)
        if char in "\"'":
            return self.string(index + 1, char)
        if text.startswith("[[", index) or text.startswith("[=", index):
            level = text.find("[", index + 1) - index - 1
            close = "]" + "=" * level + "]"
            end = text.find(close, index)
            if end < 0:
                raise _LuaError("long string")
            body = text[index + level + 2 : end]
            return body[1:] if body.startswith("\n") else body, end + len(close)
        for word, meaning in (("true", True), ("false", False), ("nil", None)):
            if text.startswith(word, index) and not (
                text[index + len(word) : index + len(word) + 1].isalnum()
            ):
                return meaning, index + len(word)
        number = _LUA_NUMBER.match(text, index)
        if number is not None:
            spelled = number.group()
            try:
                parsed: object = (
                    int(spelled, 0) if spelled.lstrip("-")[:2].casefold() == "0x" else int(spelled)
                )
            except ValueError:
                parsed = float(spelled)
            return parsed, number.end()
        raise _LuaError(f"not data at {index}")

    def string(self, index: int, quote: str) -> tuple[str, int]:
        text = self.text
        out: list[str] = []
        while True:
            char = text[index]
            if char == quote:
                return "".join(out), index + 1
            if char == "\n":
                raise _LuaError("line break in a string")
            if char == "\\":
                following = text[index + 1]
                if following.isdigit():  # `\ddd`: a byte, by its decimal value
                    digits = re.match(r"[0-9]{1,3}", text[index + 1 :])
                    assert digits is not None
                    out.append(chr(int(digits.group())))
                    index += 1 + len(digits.group())
                    continue
                if following == "\n":
                    out.append("\n")
                else:
                    out.append(_LUA_ESCAPES.get(following, following))
                index += 2
                continue
            out.append(char)
            index += 1


def _lua_key(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw)


def _lua_order(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() else (1 << 62, key)


# --- UTF-8 written as escaped bytes -----------------------------------------------------------------------------

# A run of `\u00XX` escapes of bytes 0x80–0xFF, one or more characters' UTF-8.
_ESCAPED_BYTES = re.compile(r"(?:\\u00[89a-fA-F][0-9a-fA-F])+")


def repair_escaped_utf8(text: str) -> str:
    """JSON whose strings hold UTF-8 bytes as escaped characters (Facebook's, Instagram's exports: `Nguy\\u00e1\\u00bb
    \\u0085n` for `Nguyễn`) with each run written as the characters it encodes; other text as it is."""
    if "\\u00" not in text:
        return text

    def decoded(match: re.Match[str]) -> str:
        raw = bytes(int(match.group()[n + 4 : n + 6], 16) for n in range(0, len(match.group()), 6))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group()  # (Latin-1 text escaped as itself: `caf\u00e9`)

    return _ESCAPED_BYTES.sub(decoded, text)


# A string value that is a JSON document of its own: `"text": "{\"items\": [...]}"`, as an HTTP archive (HAR) keeps
# each response's body, a log its payloads, an API collection its examples.
_EMBEDDED_JSON = re.compile(r'"\s*[\[{]\s*\\"')
_MAX_EMBEDDED = 4  # (levels of JSON inside JSON read, at most)


# --- a sheet whose cells hold JSON objects (Splunk's `_raw`, a log search's export) ----------------------------

_CSV_JSON_CELL = re.compile(r'(?:^|,)"\{""')


def looks_like_csv_with_json(text: str, name: str) -> bool:
    """Whether `text` is a CSV export (by its name) whose rows hold a JSON object in a quoted cell."""
    return name.casefold().endswith((".csv", ".tsv")) and _CSV_JSON_CELL.search(text, 0, 20_000) is not None


def csv_with_json_to_json(text: str) -> str | None:
    """The sheet's rows as JSON objects, a row's JSON cell (`_raw`: a structured log's line) written as the data it
    is beside the row's other cells; None when no column holds JSON objects in most of its rows."""
    import csv
    import io

    rows = list(islice(csv.reader(io.StringIO(text.lstrip("\ufeff"))), _MAX_ROWS))
    if len(rows) < 2:
        return None
    header, body = rows[0], [row for row in rows[1:] if any(cell.strip() for cell in row)]

    def parsed(cell: str) -> dict[str, Any] | None:
        if not cell.lstrip().startswith("{"):
            return None
        try:
            value = json.loads(cell)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    columns = [
        index
        for index in range(len(header))
        if sum(1 for row in body if index < len(row) and parsed(row[index]) is not None) * 2 >= len(body)
    ]
    if not columns or not body:
        return None
    records: list[dict[str, Any]] = []
    for row in body:
        record: dict[str, Any] = {}
        for index, cell in enumerate(row):
            data = parsed(cell) if index in columns else None
            if data is not None:
                record.update(data)
            elif index < len(header) and cell and not header[index].startswith("_"):
                record.setdefault(
                    header[index], cell
                )  # (Splunk's own `_cd`, `_serial`: no field of the row's)
        records.append(record)
    return json.dumps(records, ensure_ascii=False, indent=1)


def with_embedded_json(text: str) -> str | None:
    """The JSON document with each string value that is itself a JSON object or array written in its place, as
    the data it is; None when it holds none (or is no JSON document)."""
    if _EMBEDDED_JSON.search(text) is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    found = False

    def expand(value: object, depth: int) -> object:
        nonlocal found
        if isinstance(value, dict):
            return {key: expand(item, depth) for key, item in value.items()}
        if isinstance(value, list):
            return [expand(item, depth) for item in value]
        if isinstance(value, str) and depth < _MAX_EMBEDDED and value.lstrip()[:1] in ("{", "["):
            try:
                inner = json.loads(value)
            except ValueError:
                return value
            if isinstance(inner, (dict, list)):
                found = True
                return expand(inner, depth + 1)
        return value

    expanded = expand(data, 0)
    return json.dumps(expanded, ensure_ascii=False, indent=1) if found else None


# --- TOML -----------------------------------------------------------------------------------------------------


def looks_like_toml(name: str) -> bool:
    return name.casefold().endswith(".toml")


def toml_to_json(text: str) -> str | None:
    """The data a TOML file spells as JSON; None when it does not parse (then it is read as text). Its comments,
    the writer's words beside the settings (a `starship.toml`'s `# reading group: …` / `#   1. Title — https://…`),
    go with it as one more value, `# comments`, each run of comment lines a paragraph."""
    try:
        value = tomllib.loads(text.lstrip("\ufeff"))
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    comments = _toml_comments(text)
    if comments and isinstance(value, dict) and _TOML_COMMENTS_KEY not in value:
        value[_TOML_COMMENTS_KEY] = comments
    return json.dumps(value, ensure_ascii=False, indent=1, default=str)


_TOML_COMMENTS_KEY = "# comments"
_TOML_COMMENT = re.compile(r"^[ \t]*#(?: |$)?(?P<words>.*)$")


def _toml_comments(text: str) -> str:
    """A TOML file's comment lines without their marks, their own indent kept, runs parted by a blank line."""
    runs: list[list[str]] = [[]]
    for line in text.split("\n"):
        comment = _TOML_COMMENT.match(line)
        if comment is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(comment.group("words").rstrip())
    return "\n\n".join("\n".join(run) for run in runs if any(line.strip() for line in run))


# --- GNU recutils ---------------------------------------------------------------------------------------------

_REC_FIELD = re.compile(r"^(?P<name>[A-Za-z%][\w]*):[ \t]?(?P<value>.*)$")


# --- logfmt: a service's log, a line of `key=value` pairs (Go's slog, Heroku's router, Grafana Loki's) ---------

_LOGFMT_PAIR = re.compile(r'(?P<key>[^\s="]+)=(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<bare>[^\s"]*))(?=\s|$)')
_LOGFMT_LINE = re.compile(r'(?:[^\s="]+=(?:"(?:[^"\\]|\\.)*"|[^\s"]*)(?:[ \t]+|$))+')
_LOGFMT_SIGNS = ("level=", "lvl=", "msg=")


def looks_like_logfmt(text: str) -> bool:
    """Whether `text` is a logfmt log: most of its first lines wholly `key=value` pairs, with a level or a message."""
    if "=" not in text[:200]:
        return False
    lines = [line for line in text[:20_000].split("\n")[:50] if line.strip()]
    logged = sum(
        1
        for line in lines
        if any(sign in line for sign in _LOGFMT_SIGNS) and _LOGFMT_LINE.fullmatch(line.strip())
    )
    return len(lines) >= 3 and logged * 10 >= len(lines) * 8


def logfmt_to_json(text: str) -> str | None:
    """A logfmt log's lines as a JSON list of objects, one a line and on its line (its keys as the line writes
    them: `title="…"`, `url=https://…`, `id=2307.01952`); None when it holds no such line."""
    lines = text.lstrip("\ufeff").split("\n")[:_MAX_ROWS]
    records: dict[int, dict[str, str]] = {}
    for index, line in enumerate(lines):
        if _LOGFMT_LINE.fullmatch(line.strip()):
            records[index] = {
                pair.group("key"): _LOGFMT_ESCAPE.sub(r"\g<char>", quoted)
                if (quoted := pair.group("quoted")) is not None
                else pair.group("bare")
                for pair in _LOGFMT_PAIR.finditer(line)
            }
    return _records_on_their_lines({index: record for index, record in records.items() if record}, len(lines))


_LOGFMT_ESCAPE = re.compile(r"\\(?P<char>[\\\"])")


# --- a log whose lines end in a JSON object (Loki's `logcli`, `kubectl logs`, Docker's, a bot's structured log) --

_JSON_TAIL = re.compile(r"^(?P<prefix>[^{\n]*\S[^{\n]*?)[ \t]+(?P<object>\{.*\})[ \t]*$")
_JSON_LOG_SHARE = 0.5  # of the head's lines that are not blank, at least, that end in a JSON object


def _json_tail(line: str) -> dict[str, Any] | None:
    """The JSON object a log's line ends in, after its time and labels; None when it ends in none."""
    if not line.endswith("}") or (tail := _JSON_TAIL.match(line)) is None:
        return None
    try:
        value = json.loads(tail.group("object"))
    except (ValueError, RecursionError):
        # (its labels may come first in braces of their own, `{pod="…"}  {"level": …}`: the last object is the
        # message's)
        last = tail.group("object").rfind("  {")
        if last < 0:
            return None
        try:
            value = json.loads(tail.group("object")[last + 2 :])
        except (ValueError, RecursionError):
            return None
    return value if isinstance(value, dict) else None


def looks_like_json_log(text: str) -> bool:
    """Whether most of the text's first lines are a log's: a time or labels, then a JSON object."""
    if '{"' not in text[:20_000] or text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        return False  # (none, or a JSON document whose lines may end in objects: the records reader's)
    lines = [line for line in text[:50_000].split("\n")[:200] if line.strip()]
    logged = sum(1 for line in lines if '{"' in line and _json_tail(line.rstrip()) is not None)
    return logged >= 3 and logged >= len(lines) * _JSON_LOG_SHARE


def json_log_to_json(text: str) -> str | None:
    """Each log line's JSON object, on its line, in a JSON list (the lines that hold none left blank); None when
    there are none."""
    lines = text.lstrip("\ufeff").split("\n")[:_MAX_ROWS]
    records = {
        index: value
        for index, line in enumerate(lines)
        if '{"' in line and (value := _json_tail(line.rstrip())) is not None
    }
    return _records_on_their_lines(records, len(lines))


# --- an HBase shell session: `scan`'s, `get`'s and `put`'s cells ----------------------------------------------

_HBASE_PROMPT = re.compile(r"^hbase(?:\([^)\n]*\))?:[0-9]{3}:[0-9]+>[ \t]*(?P<command>.*)$", re.MULTILINE)
_HBASE_SCAN_CELL = re.compile(
    r"^[ \t]+(?P<row>\S+)[ \t]+column=(?P<family>[^:,\s]*):(?P<qualifier>[^,\n]*),[ \t]*timestamp=[^,\n]*,"
    r"[ \t]*value=(?P<value>.*)$"
)
_HBASE_GET_CELL = re.compile(
    r"^[ \t]+(?P<family>[^:\s]+):(?P<qualifier>\S+)[ \t]+timestamp=[^,\n]*,[ \t]*value=(?P<value>.*)$"
)
_HBASE_QUOTED = r"'((?:[^'\\]|\\.)*)'"
_HBASE_GET = re.compile(rf"get[ \t]+{_HBASE_QUOTED}[ \t]*,[ \t]*{_HBASE_QUOTED}")
_HBASE_PUT = re.compile(
    rf"put[ \t]+{_HBASE_QUOTED}[ \t]*,[ \t]*{_HBASE_QUOTED}[ \t]*,[ \t]*{_HBASE_QUOTED}[ \t]*,[ \t]*{_HBASE_QUOTED}"
)
_HBASE_BYTE = re.compile(r"(?:\\x[0-9A-Fa-f]{2})+")


def looks_like_hbase_shell(text: str) -> bool:
    """An HBase shell's prompt (`hbase:001:0>`) in the text's head, and cells it printed."""
    head = text[:50_000]
    return "hbase" in head and _HBASE_PROMPT.search(head) is not None and "value=" in head


def _hbase_text(value: str) -> str:
    """A value as the shell prints it, its bytes beyond ASCII escaped (`\\xE7\\xBA\\xBF`), as the text they spell."""
    if "\\x" not in value:
        return value

    def spelled(run: re.Match[str]) -> str:
        return bytes.fromhex(run.group(0).replace("\\x", "")).decode("utf-8", errors="replace")

    return _HBASE_BYTE.sub(spelled, value)


def hbase_shell_to_json(text: str) -> str | None:
    """The rows an HBase shell session shows, each an object of its cells' values by qualifier, on the line of its
    first cell (a row shown again by a later command is another object); None when it shows no cell."""
    lines = text.lstrip("\ufeff").split("\n")[:_MAX_ROWS]
    records: dict[int, dict[str, str]] = {}
    opened: dict[tuple[int, str], int] = {}  # (the command, the row) → the line its object stands on
    command = 0
    got = ""  # (the row the last `get` asked for)
    for index, line in enumerate(lines):
        prompt = _HBASE_PROMPT.match(line)
        if prompt is not None:
            command += 1
            asked = _HBASE_GET.match(prompt.group("command"))
            got = asked.group(2) if asked is not None else ""
            put = _HBASE_PUT.match(prompt.group("command"))
            if put is None:
                continue
            row, qualifier, value = put.group(2), put.group(3).partition(":")[2], put.group(4)
            key = (0, row)  # (a row's `put`s, over several commands, make one object)
        elif (cell := _HBASE_SCAN_CELL.match(line)) is not None:
            row, qualifier, value = cell.group("row"), cell.group("qualifier"), cell.group("value")
            key = (command, row)
        elif got and (cell := _HBASE_GET_CELL.match(line)) is not None:
            row, qualifier, value = got, cell.group("qualifier"), cell.group("value")
            key = (command, row)
        else:
            continue
        at = opened.setdefault(key, index)
        record = records.setdefault(at, {"row": row})
        record.setdefault(qualifier.strip(), _hbase_text(value.strip()))
    return _records_on_their_lines(records, len(lines))


# --- Gremlin console sessions (TinkerPop, JanusGraph) -------------------------------------------------------------

_GREMLIN_PROMPT = re.compile(r"^gremlin>[ \t]?(?P<query>.*)$")
_GREMLIN_RESULT = re.compile(r"^==>(?P<value>.*)$")
# (what a query asks for: `….values('title')`, one property a result line)
_GREMLIN_VALUES = re.compile(r"\.values\([ \t]*'(?P<key>[^'()]+)'[ \t]*\)[ \t;]*$")
# (a vertex added with its properties: `g.addV('paper').property('title', 'Title').property('year', 2021)`)
_GREMLIN_PROPERTY = re.compile(
    r"\.property\([ \t]*'(?P<key>[\w\-]+)'[ \t]*,[ \t]*'(?P<value>(?:[^'\\]|\\.)*)'[ \t]*\)"
)
# A `valueMap()`'s pair, its values in brackets (`title:[Title]`), and where an `elementMap()`'s next pair starts.
# (what a query filters by, a vertex's label and a property's value: `has('paper', 'title', 'Title')`,
# `hasLabel('paper')`, `addV('paper')`: the results' kind and title when they do not show them)
_GREMLIN_LABEL = re.compile(
    r"(?:hasLabel|addV)\([ \t]*'(?P<label>[\w\-]+)'[ \t]*\)|\.has\([ \t]*'(?P<of>[\w\-]+)'[ \t]*,[ \t]*'"
)
_GREMLIN_HAS = re.compile(
    r"\.has\((?:[ \t]*'[\w\-]+'[ \t]*,)?[ \t]*'(?P<key>[\w\-]+)'[ \t]*,[ \t]*'(?P<value>(?:[^'\\]|\\.)*)'[ \t]*\)"
)
_GREMLIN_STEP_AWAY = re.compile(
    r"\.(?:out|in|both|outE|inE|bothE|outV|inV|otherV|bothV|select|path|repeat)\("
)
_GREMLIN_LISTED = re.compile(r"(?:^|,)(?P<key>[\w\-]+):\[(?P<value>.*?)\](?=,[\w\-]+:\[|$)")
_GREMLIN_NEXT_PAIR = re.compile(r",(?=[\w\-]+:)")


def looks_like_gremlin(text: str) -> bool:
    """Whether `text` is a Gremlin console's session: its prompts, and results after `==>`."""
    head = text[:20_000]
    return head.count("\ngremlin> ") >= 2 and "\n==>" in head


def gremlin_to_json(text: str) -> str | None:
    """The vertices a Gremlin console session shows, each an object of its properties on its line: a `valueMap()`'s
    or an `elementMap()`'s result line (`==>[title:[Title],url:[https://…]]`), a result of `values('title')` (the
    property the query asked for), a vertex `addV()` made with its `property()`s; None when it shows none."""
    lines = text.lstrip("\ufeff").split("\n")[:_MAX_ROWS]
    records: dict[int, dict[str, str]] = {}
    asked: str | None = None
    given: dict[str, str] = {}  # (what the query says of its results: their label, the values it filters by)
    for index, line in enumerate(lines):
        prompt = _GREMLIN_PROMPT.match(line)
        if prompt is not None:
            query = prompt.group("query")
            values = _GREMLIN_VALUES.search(query)
            asked = values.group("key") if values is not None else None
            label = _GREMLIN_LABEL.search(query)
            given = {match.group("key"): match.group("value") for match in _GREMLIN_HAS.finditer(query)}
            if label is not None:
                given["type"] = label.group("label") or label.group("of")
            if _GREMLIN_STEP_AWAY.search(query):
                given = {}  # (`has('title', 'A').out('cites')`: its results are other vertices than the one filtered)
            if "addV(" in query:
                added = {
                    match.group("key"): match.group("value") for match in _GREMLIN_PROPERTY.finditer(query)
                }
                if added:
                    records[index] = {**given, **added}
            continue
        result = _GREMLIN_RESULT.match(line)
        if result is None:
            continue
        value = result.group("value").strip()
        if value.startswith("[") and value.endswith("]") and ":" in value:
            inner = value[1:-1]
            listed = {match.group("key"): match.group("value") for match in _GREMLIN_LISTED.finditer(inner)}
            pairs = listed or dict(
                pair.partition(":")[::2] for pair in _GREMLIN_NEXT_PAIR.split(inner) if ":" in pair
            )
            if pairs:
                records[index] = {**given, **pairs}
        elif asked is not None and value:
            records[index] = {**given, asked: value}
    return _records_on_their_lines(records, len(lines))


def looks_like_recfile(text: str, name: str) -> bool:
    head = text[:20_000]
    return name.casefold().endswith(".rec") or (
        "%rec:" in head and re.search(r"^%rec:[ \t]", head, re.MULTILINE) is not None
    )


def recfile_to_json(text: str) -> str | None:
    """The records of a recutils database as a JSON list of objects; None when its lines are no such records."""
    records: list[dict[str, str]] = []
    record: dict[str, str] = {}
    last: str | None = None
    for line in text.lstrip("\ufeff").split("\n"):
        if not line.strip():
            if record:
                records.append(record)
            record, last = {}, None
            continue
        if line.startswith("#"):
            continue
        if line.startswith("+") and last is not None:
            record[last] += ("\n" if record[last] else "") + line[1:].lstrip(" ")
            continue
        field = _REC_FIELD.match(line)
        if field is None:
            return None
        if field.group("name").startswith("%"):
            last = None  # (the record type's descriptor: `%rec:`, `%key:`, `%type:`)
            continue
        last = field.group("name")
        value = field.group("value")
        record[last] = f"{record[last]}; {value}" if last in record else value
        if len(records) > _MAX_ROWS:
            break
    if record:
        records.append(record)
    if not records:
        return None
    return json.dumps(
        [{key: " ".join(value.split()) for key, value in item.items()} for item in records],
        ensure_ascii=False,
        indent=1,
    )


# --- OneTab's tab lists ---------------------------------------------------------------------------------------

_TAB_LINE = re.compile(r"^(?P<url>https?://\S+) \| (?P<title>.*)$")
_TABS_SHARE = 0.8  # of the text's lines that are not blank, at least, that are tabs


def looks_like_tab_list(text: str) -> bool:
    if _TAB_LINE.match(text.lstrip()[:4096].split("\n", 1)[0]) is None:
        return False  # (its first line is a tab: cheap, before the lines are counted)
    lines = [line for line in text[:200_000].split("\n") if line.strip()]
    tabs = sum(1 for line in lines if _TAB_LINE.match(line))
    return tabs >= 3 and tabs >= len(lines) * _TABS_SHARE


def tab_list_to_json(text: str) -> str:
    """Each tab of a OneTab export as `{"url": …, "title": …}`, in a JSON list; other lines are left out."""
    tabs = [
        {"url": match.group("url"), "title": match.group("title").strip()}
        for line in text.split("\n")
        if (match := _TAB_LINE.match(line)) is not None
    ]
    return json.dumps(tabs, ensure_ascii=False, indent=1)


# --- aligned records: `Key        value` lines, a blank line between records ---------------------------------
# (LinkChecker's text output, `pip show`-like reports: a key of a word or two, two spaces or more, its value; the
# value quoted as old GNU tools quote, `` `…' ``)

# (a value opens on no mark of another layout: RIS's `TY  - JOUR`, PowerShell's `Name    : value`, `Key  = value`)
# (or a database shell's record, its column's name in capitals, `ARXIV_ID    1409.0473`: Firebird's isql `SET LIST ON`)
_ALIGNED_LINE = re.compile(
    r"^(?P<key>[A-Z][A-Za-z]{2,}(?: [A-Za-z]+)?|[A-Z][A-Z0-9_$]{1,30})[ \t]{2,}(?P<value>[^\s:=|-].*)$"
)
# (a value in GNU's quotes, `` `Title' ``, or in the curly quotes decoding made of them)
_GNU_QUOTED = re.compile(r"^(?:`[ \t]*(?P<inner>.*)'|“(?P<curly>.*)”)$")
_ALIGNED_START = re.compile(
    r"^(?:[A-Z][A-Za-z]{2,}(?: [A-Za-z]+)?|[A-Z][A-Z0-9_$]{1,30})[ \t]{2,}[^\s:=|-]", re.MULTILINE
)
# A column's type, as a database shell shows a table's definition (`TITLE   VARCHAR(300) Not Null`): no record's value.
_COLUMN_TYPE = re.compile(
    r"(?:VARCHAR|CHAR|NCHAR|NVARCHAR|INTEGER|INT|SMALLINT|BIGINT|BLOB|CLOB|TEXT|DATE|TIME|TIMESTAMP|NUMERIC|DECIMAL"
    r"|FLOAT|DOUBLE|REAL|BOOLEAN|SERIAL|UUID|JSONB?)\b",
    re.IGNORECASE,
)
_ALIGNED_RECORDS = 3  # records with the same first key, at least


def looks_like_aligned_records(text: str) -> bool:
    """Six `Key  value` lines or more in the text's head (cheap: before any record is built)."""
    return len(list(islice(_ALIGNED_START.finditer(text, 0, 20_000), 6))) == 6


def aligned_records_to_json(text: str) -> str | None:
    """Each block of aligned `Key  value` lines as a JSON object (the other lines, a report's banner and its
    progress, left out); None when fewer than three blocks open on the same key."""
    records: list[dict[str, str]] = []
    for block in re.split(r"\n[ \t]*\n", text):
        record: dict[str, str] = {}
        for line in block.split("\n"):
            match = _ALIGNED_LINE.match(line.rstrip())
            if match is None:
                continue
            value = match.group("value").strip()
            quoted = _GNU_QUOTED.match(value)
            record.setdefault(
                match.group("key").casefold(),
                (quoted.group("inner") or quoted.group("curly") or "") if quoted else value,
            )
        typed = sum(1 for value in record.values() if _COLUMN_TYPE.match(value))
        if len(record) >= 2 and typed * 2 < len(
            record
        ):  # (a table's definition, its columns' types: no record)
            records.append(record)
    firsts = [next(iter(record)) for record in records]
    if not firsts or max(firsts.count(key) for key in set(firsts)) < _ALIGNED_RECORDS:
        return None
    return json.dumps(records, ensure_ascii=False, indent=1)


# TOON: a list's header (`articles[8]{id,title,url}:`, `[3\t]{…}:`, `tags[2]: a,b`, `items[4]:`), and a field.
_TOON_KEY = r'(?:"(?:[^"\\\n]|\\.)*"|[^\s:\[\]{}"\-][^:\[\]{}"\n]*?)'
_TOON_HEADER = re.compile(
    rf"^(?P<key>{_TOON_KEY})?\[#?(?P<count>[0-9]+)(?P<delimiter>[\t|]?)\](?:\{{(?P<fields>[^{{}}\n]*)\}})?:"
    r"[ \t]*(?P<inline>.*)$"
)
_TOON_FIELD = re.compile(rf"^(?P<key>{_TOON_KEY}):(?:[ \t]+(?P<value>.*))?$")
_TOON_TABLE = re.compile(
    rf"^[ \t]*(?:- )?{_TOON_KEY}?\[#?[0-9]+[\t|]?\]\{{[^{{}}\n]+\}}:[ \t]*$", re.MULTILINE
)


def looks_like_toon(text: str) -> bool:
    """Whether `text` may be TOON: a list of rows under its header of fields (`name[N]{a,b}:`), which neither
    YAML nor any other format writes."""
    # (its header's `]{`, a cheap sign, first)
    return (
        "]{" in text[:400_000]
        and text.lstrip()[:1] not in ("{", "<")
        and _TOON_TABLE.search(text, 0, 400_000) is not None
    )


def toon_to_json(text: str) -> str | None:
    """The JSON a TOON document spells (see the module's notes), indented; None when it is not TOON."""
    lines = [
        (len(line) - len(line.lstrip(" ")), line.strip())
        for line in text.lstrip("\ufeff").split("\n")
        if line.strip()
    ]
    if not lines:
        return None
    root: dict[str, Any] | list[Any]
    try:
        header = _TOON_HEADER.match(lines[0][1])
        if header is not None and header.group("key") is None:
            root, position = _toon_list(lines, 0, lines[0][0], header)  # (a list at the root: `[3]{…}:`)
        else:
            root, position = _toon_object(lines, 0, lines[0][0])
    except ValueError:
        return None
    if position < len(lines):
        return None  # (a line no TOON grammar reads: some other text)
    return json.dumps(root, ensure_ascii=False, indent=1)


def _toon_object(lines: list[tuple[int, str]], position: int, indent: int) -> tuple[dict[str, Any], int]:
    """The object whose fields are the lines at `indent` from `position` on, and the line after it."""
    found: dict[str, Any] = {}
    while position < len(lines) and lines[position][0] == indent:
        content = lines[position][1]
        header = _TOON_HEADER.match(content)
        if header is not None and header.group("key") is not None:
            found[_toon_text(header.group("key"))], position = _toon_list(lines, position, indent, header)
            continue
        field = _TOON_FIELD.match(content)
        if field is None:
            raise ValueError(content)
        key, value = _toon_text(field.group("key")), field.group("value")
        position += 1
        if value:
            found[key] = _toon_value(value)
        elif position < len(lines) and lines[position][0] > indent:
            found[key], position = _toon_object(lines, position, lines[position][0])
        else:
            found[key] = {}
    return found, position


def _toon_list(
    lines: list[tuple[int, str]], position: int, indent: int, header: re.Match[str]
) -> tuple[list[Any], int]:
    """The list a header opens (its rows, its inline values or its `- ` items), and the line after it."""
    delimiter = header.group("delimiter") or ","
    position += 1
    if header.group("fields") is not None:
        names = [str(name) for name in _toon_cells(header.group("fields"), delimiter)]
        rows: list[Any] = []
        while position < len(lines) and lines[position][0] > indent and len(rows) < _MAX_ROWS:
            rows.append(dict(zip(names, _toon_cells(lines[position][1], delimiter), strict=False)))
            position += 1
        return rows, position
    if header.group("inline"):
        return _toon_cells(header.group("inline"), delimiter), position
    items: list[Any] = []
    while position < len(lines) and lines[position][0] > indent and lines[position][1][:2] in ("- ", "-"):
        depth, content = lines[position]
        content = content[2:]
        if _TOON_HEADER.match(content) or _TOON_FIELD.match(content):
            # (an object as an item: its first field on the `- ` line, the others under it)
            lines[position] = (depth + 2, content)
            item, position = _toon_object(lines, position, depth + 2)
            items.append(item)
        else:
            items.append(_toon_value(content))
            position += 1
    return items, position


def _toon_cells(text: str, delimiter: str) -> list[str | None]:
    """A row's or a list's values, apart at `delimiter` outside quotes."""
    cells: list[str | None] = []
    start, quoted, index = 0, False, 0
    while index < len(text):
        char = text[index]
        if char == "\\" and quoted:
            index += 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            cells.append(_toon_value(text[start:index]))
            start = index + 1
        index += 1
    cells.append(_toon_value(text[start:]))
    return cells


def _toon_value(text: str) -> str | None:
    written = text.strip()
    if written == "null":
        return None
    return _toon_text(written)


def _toon_text(written: str) -> str:
    """A key or a value as written: a quoted one with its escapes read (`\\"`, `\\\\`, `\\n`, `\\t`)."""
    if len(written) >= 2 and written[0] == written[-1] == '"':
        try:
            decoded = json.loads(written)
        except ValueError:
            return written[1:-1]
        return decoded if isinstance(decoded, str) else written[1:-1]
    return written
