"""A terminal session recorded by asciinema (`.cast`, asciicast v2 and v3), read as the screen's text.

Its first line is a JSON header (`{"version": 2, "width": …}`); each line after it an event, `[time, code, data]`,
the code `o` for what the terminal printed (typing echoed a character at a time, a command's output). The printed
data, joined in order, is the session as its screen showed it: colours and cursor moves taken out, a backspace
taking back the character before it, carriage returns before line feeds dropped.
"""

from __future__ import annotations

import json
import re

from paperlist.rawtext import ESCAPE_SEQUENCES

_HEADER = re.compile(r'\A\ufeff?\{[^\n]*"version"[ \t]*:[ \t]*[23][ \t]*[,}][^\n]*\n[ \t]*\[')
_MAX_EVENTS = 2_000_000


def looks_like_asciicast(text: str) -> bool:
    return _HEADER.match(text) is not None and '"width"' in text[: text.find("\n")]


def asciicast_to_text(text: str) -> str | None:
    """The text a recording printed, in order; None when its events do not read as asciicast's."""
    printed: list[str] = []
    for number, line in enumerate(text.split("\n")[1:]):
        if number >= _MAX_EVENTS:
            break
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except ValueError:
            return None
        if not isinstance(event, list) or len(event) < 3:
            return None
        if event[1] == "o" and isinstance(event[2], str):
            printed.append(event[2])
    screen = ESCAPE_SEQUENCES.sub("", "".join(printed)).replace("\r\n", "\n").replace("\r", "")
    if "\b" not in screen:
        return screen
    kept: list[str] = []
    for char in screen:
        if char == "\b":
            if kept and kept[-1] != "\n":
                kept.pop()
        else:
            kept.append(char)
    return "".join(kept)
