"""A PostScript printout (`%!PS`: GNU Enscript's, a2ps's, a mail client's "print to file") read as the text it
prints.

Past its prolog, a printout's pages show their text as string literals, one line of a page each in Enscript's
output (`(   "Rethinking Pre-training and Self-training" \\(NeurIPS 2020\\)) s`): each string shown becomes a
line, each page a paragraph break. A string's escapes are undone (`\\(`, `\\)`, `\\\\`, `\\n`, `\\t`, a line
continued at `\\` before its end, and octal codes, `\\351`, bytes of the printer's 8-bit encoding, Latin-1 as
Enscript writes).
"""

from __future__ import annotations

import re
from itertools import pairwise

_START = re.compile(r"\A(?:\ufeff)?%!PS")
_BODY_START = re.compile(r"^%%(?:EndProlog|EndSetup|Page:)", re.MULTILINE)
_PAGE = re.compile(r"^%%Page:", re.MULTILINE)
# A string literal (balanced parentheses, escapes), then the operator that shows it: Enscript's `s`, `show` and
# its kin (`ashow`, `widthshow`, `awidthshow`, `kshow`), or a one- or two-letter procedure a prolog defined.
_SHOWN = re.compile(
    r"\((?P<string>(?:[^()\\]|\\.|\\\n|\((?:[^()\\]|\\.)*\))*)\)[ \t]*(?:[-0-9. \t]+)?"
    r"(?:show|ashow|widthshow|awidthshow|kshow|[A-Za-z]{1,2})\b",
    re.DOTALL,
)
_ESCAPE = re.compile(r"\\(?:(?P<octal>[0-7]{1,3})|(?P<char>.)|\n)", re.DOTALL)
_CONTROL = {"n": "\n", "r": "", "t": "\t", "b": "", "f": ""}
_MAX_LINES = 200_000


def looks_like_postscript(text: str) -> bool:
    return _START.match(text) is not None


def postscript_to_text(text: str) -> str | None:
    """The text the printout shows, a line a string and a blank line between pages; None when it shows none."""
    start = _BODY_START.search(text)
    if start is None:
        return None
    body = text[start.start() :]
    pages = _PAGE.split(body)
    lines: list[str] = []
    for page in pages:
        shown = _page_lines(page)
        if shown and lines:
            lines.append("")
        lines.extend(shown)
        if len(lines) > _MAX_LINES:
            break
    return "\n".join(lines) + "\n" if lines else None


def _page_lines(page: str) -> list[str]:
    """A page's strings, a line each, and a blank line where the page skips more than a line's height (a blank
    line of the printed text, which shows no string: Enscript moves past it)."""
    placed: list[tuple[float | None, str]] = []
    height: float | None = None
    for match in _MOVE_OR_SHOWN.finditer(page):
        if match.group("y") is not None:
            height = float(match.group("y"))
        else:
            placed.append((height, _unescaped(match.group("string"))))
    steps = sorted(
        round(above - below, 1)
        for (above, _), (below, _) in pairwise(placed)
        if above is not None and below is not None and above > below
    )
    step = (
        steps[len(steps) // 4] if steps else None
    )  # (a line's height: the lower quartile of the moves down)
    lines: list[str] = []
    previous: float | None = None
    for y, line in placed:
        if step is not None and previous is not None and y is not None and previous - y > step * 1.5:
            lines.append("")
        lines.append(line)
        previous = y
    return lines


_MOVE_OR_SHOWN = re.compile(
    r"(?<![\w.])-?[0-9.]+[ \t]+(?P<y>-?[0-9.]+)[ \t]+(?:M|moveto)\b|" + _SHOWN.pattern, re.DOTALL
)


def _unescaped(string: str) -> str:
    """A PostScript string literal's text, its escapes undone; its bytes read as UTF-8 when they are, else Latin-1."""
    codes: list[int] = []
    position = 0
    for escape in _ESCAPE.finditer(string):
        codes.extend(string[position : escape.start()].encode("latin-1", "replace"))
        if escape.group("octal") is not None:
            codes.append(int(escape.group("octal"), 8) & 0xFF)
        elif escape.group("char") is not None:
            char = escape.group("char")
            codes.extend(_CONTROL.get(char, char).encode("latin-1", "replace"))
        position = escape.end()
    codes.extend(string[position:].encode("latin-1", "replace"))
    data = bytes(codes)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")
