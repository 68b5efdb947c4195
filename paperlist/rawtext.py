"""Text as the outside world hands it over, in one home: bytes that are not UTF-8 and terminal escape codes.

Python keeps the bytes of a command-line word, a file name or a stream that are not UTF-8 as lone surrogates
(`\\udcff` for the byte 0xff): such a string can be used as a path, but not stored, searched for or shown.
Terminal escape sequences (colours, cursor moves, window titles) in outside text must never reach a terminal.
"""

from __future__ import annotations

import re
from typing import Final

# ESC sequences: CSI (`ESC [ ... m`), OSC (`ESC ] ... BEL`), and the other two-byte escapes.
ESCAPE_SEQUENCES: Final = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_SURROGATES: Final = re.compile("[\ud800-\udfff]")


def is_text(value: str) -> bool:
    """Whether `value` is text: no byte that was not UTF-8 (a lone surrogate) in it."""
    return value.isascii() or _SURROGATES.search(value) is None


def whole_characters(value: str) -> str:
    """`value` with the halves of a character that an escape wrote in two (JSON's and YAML's `\\ud83d\\ude42`)
    put together, and a half alone as U+FFFD: text that can be stored."""
    if is_text(value):
        return value
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def shown(value: str) -> str:
    """`value` safe to store and show: each byte that was not UTF-8 written as `\\xNN` (`d\\xb2.md`)."""
    if is_text(value):
        return value
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
