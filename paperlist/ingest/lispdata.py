"""Data written as Lisp writes it, read as the JSON it says: EDN (Clojure's, Logseq's and Datomic's exports) and
S-expressions with property lists (`notmuch show --format=sexp`, Emacs's `prin1` of a plist).

Both are trees of lists (`(…)`, `[…]`), maps (`{:key value …}`) and sets (`#{…}`) of strings, keywords (`:block/content`),
symbols, numbers, `nil` and booleans; EDN tags a value (`#uuid "…"`, `#inst "…"`: the value is kept), `;` starts a
comment, a comma is a space. A list whose every other item from the first is a keyword is a property list (`(:id 1
:content "…")`), read as the map it is; a keyword as a key loses its colon and its namespace (`:block/content` is
`content`), so that a record's fields are named as the record readers know them.
"""

from __future__ import annotations

import json
import re

_START = re.compile(r"\A(?:[ \t\r\n]|;[^\n]*\n)*[(\[{]+[ \t\r\n]*:[\w\-.*+!?<>=/]+")
_TOKEN = re.compile(
    r"""[ \t\r\n,]+|;[^\n]*|(?P<string>"(?:[^"\\]|\\.)*")|(?P<open>\#\{|[(\[{])|(?P<close>[)\]}])"""
    r"""|(?P<tag>\#[A-Za-z][\w.\-/]*)|(?P<atom>[^\s,()\[\]{}"';]+)|(?P<quote>')""",
    re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f"}
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.DOTALL)
_NUMBER = re.compile(r"[-+]?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?[MN]?")
_MAX_DEPTH = 200

Value = str | float | int | bool | None | list["Value"] | dict[str, "Value"]


class _Unreadable(Exception):
    """The text is not data Lisp writes (an unbalanced bracket, a stray character)."""


def looks_like_lisp_data(text: str) -> bool:
    """Whether `text` opens as Lisp data does: brackets, then a keyword (`{:version 1`, `((((:id "…"`)."""
    return text[:1] in "({[; \t\r\n" and _START.match(text[:2000]) is not None


def lisp_data_to_json(text: str) -> str | None:
    """The data `text` writes, as JSON (see the module's docstring); None when it is no such data."""
    tokens = [match for match in _TOKEN.finditer(text) if match.lastgroup is not None]
    if sum(len(match.group(0)) for match in tokens) < len(text.strip()) // 2:
        return None  # (mostly spaces and comments, or characters no token takes)
    try:
        values, end = _read_sequence(tokens, 0, None, 0)
    except (_Unreadable, IndexError, RecursionError):
        return None
    if end != len(tokens) or not values:
        return None
    data = values[0] if len(values) == 1 else values
    return json.dumps(data, ensure_ascii=False, indent=1)


def _read_sequence(
    tokens: list[re.Match[str]], index: int, close: str | None, depth: int
) -> tuple[list[Value], int]:
    """The values from `tokens[index]` up to the bracket `close` (or the end), and where reading stopped."""
    if depth > _MAX_DEPTH:
        raise _Unreadable
    values: list[Value] = []
    while index < len(tokens):
        token = tokens[index]
        kind, word = token.lastgroup, token.group(0)
        if kind == "close":
            if word != close:
                raise _Unreadable
            return values, index + 1
        value, index = _read_value(tokens, index, depth)
        if value is not _SKIP:
            values.append(value)  # type: ignore[arg-type]
    if close is not None:
        raise _Unreadable
    return values, index


_SKIP = object()
_CLOSING = {"(": ")", "[": "]", "{": "}", "#{": "}"}


def _read_value(tokens: list[re.Match[str]], index: int, depth: int) -> tuple[Value | object, int]:
    token = tokens[index]
    kind, word = token.lastgroup, token.group(0)
    if kind == "string":
        return _ESCAPE.sub(_unescape, word[1:-1]), index + 1
    if kind == "open":
        items, end = _read_sequence(tokens, index + 1, _CLOSING[word], depth + 1)
        if word == "{":
            return _mapping(items), end
        return _plist(items) if word == "(" else items, end
    if kind in ("tag", "quote"):
        return _SKIP, index + 1  # (`#uuid "…"`: the value after the tag is kept; `'(…)`: the list)
    if kind == "atom":
        return _atom(word), index + 1
    raise _Unreadable


def _atom(word: str) -> Value:
    if word in ("nil", "null"):
        return None
    if word in ("t", "true"):
        return True
    if word == "false":
        return False
    if _NUMBER.fullmatch(word):
        number = word.rstrip("MN")
        return float(number) if "." in number or "e" in number.casefold() else int(number)
    return word


def _key(value: Value) -> str:
    """A map's key as a record's field name: a keyword without its colon and namespace (`:block/content` is
    `content`)."""
    if isinstance(value, str) and value.startswith(":"):
        return value[1:].rsplit("/", 1)[-1]
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _mapping(items: list[Value]) -> dict[str, Value]:
    if len(items) % 2:
        raise _Unreadable
    return {_key(items[index]): items[index + 1] for index in range(0, len(items), 2)}


def _plist(items: list[Value]) -> Value:
    """A list whose every other item from the first is a keyword as the map it is; any other as a list."""
    if (
        items
        and len(items) % 2 == 0
        and all(isinstance(key, str) and key.startswith(":") for key in items[::2])
    ):
        return _mapping(items)
    return items


def _unescape(match: re.Match[str]) -> str:
    escaped = match.group(1)
    if escaped.startswith("u") and len(escaped) == 5:
        return chr(int(escaped[1:], 16))
    return _ESCAPES.get(escaped, escaped)
