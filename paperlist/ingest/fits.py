"""A FITS file's header as text (astropy's `fitsheader`, `imhead`, a header saved as `.hdr`), read as what its cards
say.

A header is cards of 80 columns: `KEYWORD = value / comment`, a string value in single quotes (a quote inside
doubled), a long string cut with `&` and going on in `CONTINUE  '…'` cards (the OGIP convention), and `COMMENT` and
`HISTORY` cards of free text wrapped at the card's width. Each keyword becomes a line `KEYWORD: value` (its
comment after a dash when it has one), but a numbered series of keywords (`METH3`, `METH3AUT`, `METH3URL`: one
thing's title, authors and link) a paragraph of their values, a line each; a run of `COMMENT` (or `HISTORY`) cards becomes one paragraph, its wrapped
lines put together, so that a title cut at a card's end is read whole; `fitsheader`'s `# HDU n in file:` line
opens each header as a heading. Structural keywords (`SIMPLE`, `BITPIX`, `NAXISn`, a table's `TTYPEn` and `TFORMn` …) are left out.
"""

from __future__ import annotations

import re

_CARD = re.compile(r"^(?P<key>[A-Z0-9_-]{1,8})[ ]*= *(?P<rest>.*)$")
_TEXT_CARD = re.compile(r"^(?P<key>COMMENT|HISTORY)(?: (?P<text>.*))?$")
_CONTINUE = re.compile(r"^CONTINUE  *'(?P<text>(?:[^']|'')*)'")
_STRING = re.compile(r"^'(?P<text>(?:[^']|'')*)' *(?:/ *(?P<comment>.*))?$")
_PLAIN = re.compile(r"^(?P<value>[^/]*?) *(?:/ *(?P<comment>.*))?$")
_SERIES = re.compile(r"^(?P<stem>[A-Z]+?)(?P<number>[0-9]+)(?P<part>[A-Z]*)$")  # (`METH3`, `METH3AUT`)
_HDU = re.compile(r"^# HDU [0-9]+ in (?P<file>.+?):?$")
_STRUCTURE = re.compile(
    r"^(?:SIMPLE|BITPIX|NAXIS[0-9]*|EXTEND|PCOUNT|GCOUNT|TFIELDS|XTENSION|END|BSCALE|BZERO|CHECKSUM|DATASUM"
    r"|T(?:TYPE|FORM|UNIT|DISP|NULL|SCAL|ZERO|DIM)[0-9]+)$"  # (a table's columns: their names, formats, units)
)


def looks_like_fits_header(text: str) -> bool:
    """A header's first card (`SIMPLE  =` or `XTENSION=`) among its first lines, and cards most of those lines."""
    lines = [line for line in text[:8000].split("\n") if line.strip()][:30]
    if not any(line.startswith(("SIMPLE  =", "XTENSION=")) for line in lines[:3]):
        return False
    cards = sum(1 for line in lines if _CARD.match(line) or _TEXT_CARD.match(line) or line.startswith("#"))
    return cards * 5 >= len(lines) * 4


def fits_header_to_text(text: str) -> str | None:
    """The header's cards as lines and paragraphs (see the module's docstring); None when none is read."""
    blocks: list[str] = []
    comment: list[str] = []
    group: str | None = None  # (the numbered series the last card is of: `METH3` for `METH3AUT`)
    for line in [*text.split("\n"), ""]:
        line = line.rstrip()
        said = _TEXT_CARD.match(line)
        if said is not None:
            comment.append((said.group("text") or "").strip())
            continue
        if comment:
            blocks.append("\n" + " ".join(words for words in comment if words) + "\n")
            comment = []
        if (going_on := _CONTINUE.match(line)) is not None and blocks and blocks[-1].endswith("&"):
            blocks[-1] = blocks[-1][:-1] + going_on.group("text").replace("''", "'")
            continue
        if (hdu := _HDU.match(line)) is not None:
            blocks.append(f"\n# {hdu.group('file')}\n")
        elif (card := _CARD.match(line)) is not None and not _STRUCTURE.match(card.group("key")):
            key = card.group("key")
            series = _SERIES.match(key)
            member = series.group("stem") + series.group("number") if series is not None else None
            if member is not None and member == group:
                blocks[-1] += "\n" + _card_line(key, card.group("rest"), named=False)
                continue
            blocks.append(
                ("\n" + _card_line(key, card.group("rest"), named=False))
                if member is not None
                else _card_line(key, card.group("rest"))
            )
            group = member
            continue
        group = None
    words = "\n".join(blocks).strip()
    return words + "\n" if words else None


def _card_line(key: str, rest: str, *, named: bool = True) -> str:
    """`KEYWORD: value` (the value alone when not `named`), its comment after a dash (a long string's `&` kept at
    the end, for CONTINUE)."""
    string = _STRING.match(rest)
    if string is not None:
        value, comment = string.group("text").replace("''", "'").rstrip(), string.group("comment")
    else:
        plain = _PLAIN.match(rest)
        value, comment = (plain.group("value"), plain.group("comment")) if plain is not None else (rest, None)
    said = f"{key}: {value.strip()}" if named else value.strip()
    return f"{said} — {comment.strip()}" if comment and not value.endswith("&") else said
