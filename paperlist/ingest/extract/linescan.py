"""The matches of a pattern that only a line's start can open, found from the text's line breaks.

A pattern compiled with re.MULTILINE whose every alternative opens on `^` matches only where a line starts, but the
engine's search does not know it: it tries the pattern at every position of the text, each try a call into its
matcher, and most of a digest's positions are inside its lines. Behind a line break (a literal character, which the
engine scans for in a tight loop) and inside a look ahead, the same pattern is tried once a line instead; each line
it matches there is matched again by the pattern itself, for its own match object. The matches are the same, in the
same order, as the pattern's own search finds: the look ahead tries the whole pattern, `^` and all, at the line's
start, where the text around it is the text the search sees there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# (each pattern's finder, compiled once: patterns here are module constants. Kept by the pattern's identity, not
# by the pattern: CPython hashes a compiled pattern's whole code each time it is hashed, never keeping the hash, some
# microseconds for the long patterns handed here, on every call; the pattern is kept beside its finder, so that its
# identity is never another pattern's while it is in the table)
_FINDERS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _finder(pattern: re.Pattern[str]) -> re.Pattern[str]:
    known = _FINDERS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _FINDERS[id(pattern)] = (
            pattern,
            re.compile(r"\n(?=(?:" + pattern.pattern + "))", pattern.flags),
        )
    return known[1]


def line_matches(
    pattern: re.Pattern[str], text: str, endpos: int | None = None, pos: int = 0
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)`, for a pattern compiled with re.MULTILINE whose every alternative opens
    on `^` and that matches no empty string (tests/test_extract_linescan.py checks each one handed here), and `pos`
    a line's start."""
    end = len(text) if endpos is None else endpos
    reached = pos  # (where the last match ended: the search goes on from there)
    first = pattern.match(text, pos, end)
    if first is not None:
        yield first
        reached = first.end()
    for line_break in _finder(pattern).finditer(text, pos, end):
        start = line_break.end()
        if start < reached:
            continue  # (a line the last match ran over: the search never tries it)
        match = pattern.match(text, start, end)
        if match is not None:  # (always: the finder tried the same pattern there)
            yield match
            reached = match.end()


def line_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for such a pattern: its first match, or None."""
    return next(line_matches(pattern, text), None)
