"""Cue sheets (`.cue`: a recording's table of contents, as CD rippers and audio editors write it): `FILE`, then
`TRACK nn AUDIO` with its `TITLE "…"`, `PERFORMER "…"`, `REM COMMENT "…"` and `INDEX` lines.

A recorded talk series or reading group names each track by what it covers, a paper's title often, and notes its
link in a comment: each track is read as a JSON record (`track`, `title`, `performer`, `note`, and the comment's first
link as its `url`); the sheet's own title, the recording's, is none of them.
"""

from __future__ import annotations

import json
import re

# A command of the cue sheet's grammar opening a line.
_COMMAND = re.compile(
    r"^[ \t]*(?:REM|TITLE|PERFORMER|SONGWRITER|FILE|TRACK|INDEX|CATALOG|CDTEXTFILE|FLAGS|ISRC|PREGAP|POSTGAP)\b"
)
_TRACK = re.compile(r"^[ \t]*TRACK[ \t]+[0-9]{1,2}[ \t]+[A-Z/0-9]+[ \t]*$")
_FIELD = re.compile(r'^[ \t]*(?:REM[ \t]+)?(?P<key>[A-Z]+)[ \t]+(?:"(?P<quoted>[^"]*)"|(?P<bare>.*?))[ \t]*$')
_KEYS = {
    "TITLE": "title",
    "PERFORMER": "performer",
    "SONGWRITER": "songwriter",
    "COMMENT": "note",
    "DATE": "date",
}
_HEAD_LINES = 60
_HEAD_CHARACTERS = 8000
_LINK = re.compile(r"https?://[^\s\"<>]+")


def looks_like_cue_sheet(text: str) -> bool:
    """Whether a text is a cue sheet: a `FILE` and a `TRACK` among its first lines, nearly all of them its
    commands."""
    head = text[:_HEAD_CHARACTERS]
    if "TRACK" not in head:
        return False  # (cheap first: every digest is asked)
    lines = [line for line in head.splitlines()[:_HEAD_LINES] if line.strip()]
    commands = sum(1 for line in lines if _COMMAND.match(line))
    return (
        len(lines) >= 3
        and commands * 10 >= len(lines) * 9
        and any(line.lstrip().startswith("FILE ") for line in lines)
        and any(_TRACK.match(line) for line in lines)
    )


def cue_sheet_to_json(text: str) -> str | None:
    """The sheet's tracks as a JSON list of records (see the module's docstring); None when it has no track."""
    records: list[dict[str, str]] = [{}]  # (the sheet's own fields first, left out, then a record per track)
    tracks = 0
    for line in text.splitlines():
        if _TRACK.match(line):
            tracks += 1
            records.append({"track": str(tracks)})  # (its number first: no bibliography's record, CSL-JSON's)
            continue
        field = _FIELD.match(line)
        if field is None or (key := _KEYS.get(field.group("key"))) is None:
            continue
        value = field.group("quoted") if field.group("quoted") is not None else field.group("bare") or ""
        if value.strip():
            records[-1][key] = value.strip()
        if key == "note" and (link := _LINK.search(value)) is not None:
            # (the comment's link: the track's page, its paper's)
            records[-1].setdefault("url", link.group(0))
    if not tracks:
        return None
    return json.dumps([record for record in records[1:] if len(record) > 1], ensure_ascii=False, indent=1)
