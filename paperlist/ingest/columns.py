"""Plain text laid out in columns side by side (`pdftotext -layout` of a two-column programme, poster list or
paper) as its columns one after the other, page by page.

Read across, a line of such a page holds the ends of two entries; read down a column, an entry's title, authors
and notes are lines in a row, as the readers expect. A page's gutter is a band of at least three columns of
characters that almost no line writes in (a running header or a page number may cross it) with words on both
sides of it on many lines; a page with no such band, or with several (a table's columns), is left as written.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"\S {3,}\S")
_WORDS = re.compile(r"\S+(?: \S+)*")
_GUTTER = 3  # columns of blank a gutter is at least
_MIN_LINES = 8  # non-blank lines a page needs before it is looked at
_MIN_SIDE_BY_SIDE = 5  # lines with words on both sides of the gutter, at least
_MIN_WIDTH = 50  # characters the widest line needs: two columns of words
_MIN_COLUMN = 20  # characters each column is at least
_NEAR = 10  # characters from the gutter a gap may be, in a line that runs into it
_MAX_LINES = 20000  # a longer text is no page layout, and is not looked at


def looks_like_columns(text: str) -> bool:
    """Whether `text` may be laid out in columns: many of its lines hold a wide run of spaces between words."""
    if text.count("\n") > _MAX_LINES or "   " not in text:
        return False  # (too long, or no gap of three spaces anywhere: no columns)
    gaps = sum(1 for _ in _GAP.finditer(text))
    return gaps >= _MIN_SIDE_BY_SIDE and gaps * 6 >= sum(1 for line in text.splitlines() if line.strip())


def columns_to_text(text: str) -> str:
    """`text` with each page (pages end at form feeds) that has two columns written as its left column, then
    its right one; lines that cross the gutter (a running header) stay in the left column, where they stand."""
    pages = text.expandtabs().split("\f")
    read = [_page_columns(page) for page in pages]
    if read == pages:
        return text  # (no page in columns: the text as written, its tabs too, which tab-separated rows need)
    return "\f".join(read)


# A figure ending a line past a wide gap (`3%`, `<1%`, `12`, `0.84`; never a year): a column of figures on the right
# of a table whose rows' text wraps (a similarity report's sources and their shares, a listing and its counts).
_FIGURE_END = re.compile(r"(?<=\S)[ \t]{3,}[<>≤≥~]?[0-9]{1,3}(?:[.,][0-9]{1,3})?[ \t]?%?[ \t]*$")
_MIN_FIGURES = 3  # aligned figures that make a column, at least


def without_figures_column(text: str) -> str:
    """`text` without the right-aligned column of figures its lines end with, when they end so at one column:
    a row's words wrapped under it then read on as one (`"Segment    1%` / `Anything", ICCV 2023` is `"Segment
    Anything", ICCV 2023`)."""
    lines = text.split("\n")
    if len(lines) > _MAX_LINES:
        return text
    ends: dict[int, int] = {}
    for line in lines:
        if _FIGURE_END.search(line):
            end = len(line.rstrip())
            ends[end] = ends.get(end, 0) + 1
    column = max(ends, key=lambda end: ends[end], default=None)
    if column is None:
        return text
    aligned = sum(ends.get(end, 0) for end in (column - 1, column, column + 1))  # (a column off by one, too)
    if aligned < _MIN_FIGURES or aligned * 5 < sum(ends.values()) * 3:
        return text
    return "\n".join(
        _FIGURE_END.sub("", line)
        if abs(len(line.rstrip()) - column) <= 1 and _FIGURE_END.search(line)
        else line
        for line in lines
    )


def _page_columns(page: str) -> str:
    lines = page.split("\n")
    gutter = _gutter(lines)
    if gutter is None:
        return page
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if line[gutter : gutter + _GUTTER].strip():
            # A left column's line that runs into the gutter, a wide gap, then the right column's line; or a line
            # across the page (a running header, a page number), which stays where it stands.
            gap = next(
                (
                    found
                    for found in _GAP.finditer(line, max(0, gutter - _NEAR))
                    if found.start() + 1 <= gutter + _GUTTER + _NEAR
                ),
                None,
            )
            if gap is None:
                left.append(line.rstrip())
                right.append("")
            else:
                left.append(line[: gap.start() + 1].rstrip())
                right.append(" " * max(0, gap.end() - 1 - gutter - _GUTTER) + line[gap.end() - 1 :].rstrip())
            continue
        left.append(line[:gutter].rstrip())
        right.append(line[gutter + _GUTTER :].rstrip())
    indent = min((len(line) - len(line.lstrip()) for line in right if line.strip()), default=0)
    return "\n".join([*left, "", *(line[indent:] for line in right)])


def _gutter(lines: list[str]) -> int | None:
    """The first column of the one gutter of a page of two columns, or None."""
    written = [line for line in lines if line.strip()]
    width = max((len(line) for line in written), default=0)
    if len(written) < _MIN_LINES or width < _MIN_WIDTH:
        return None
    occupied = [0] * (width + 1)
    for line in written:
        for words in _WORDS.finditer(line):
            for column in range(words.start(), words.end()):
                occupied[column] += 1
    tolerance = max(1, len(written) // 12)
    bands: list[tuple[int, int]] = []  # (first column, lines with words on both sides)
    free_before = False
    for start in range(_MIN_COLUMN, width - _MIN_COLUMN):
        free = all(occupied[column] <= tolerance for column in range(start, start + _GUTTER))
        if not free or free_before:
            free_before = free
            continue  # (not blank, or the band already counted, one column on)
        free_before = True
        both = sum(
            1
            for line in written
            if line[:start].strip()
            and line[start + _GUTTER :].strip()
            and not line[start : start + _GUTTER].strip()
        )
        bands.append((start, both))
    sided = [band for band in bands if band[1] * 5 >= len(written) and band[1] >= _MIN_SIDE_BY_SIDE]
    if len(sided) != 1:
        return None  # no gutter, or several: a table's columns, not a page's
    return sided[0][0]


# A page's number alone on its line, as a PDF's footer prints it (`- 1 -`, `3`, `Page 2 of 5`, `Seite 1 von 2`,
# `2/5`): a word of the page's language before it at most, and its count after.
_PAGE_NUMBER = re.compile(
    r"[ \t]*(?:[-–—][ \t]*)?(?:[^\W\d_]{1,12}\.?[ \t]+)?[0-9]{1,4}"
    r"(?:[ \t]*(?:/|[^\W\d_]{1,4})[ \t]*[0-9]{1,4})?(?:[ \t]*[-–—])?[ \t]*"
)


def without_page_breaks(text: str) -> str:
    """`text` (a PDF's text, pages ended by form feeds) read on across its pages: each page's number, last or
    first on the page, is left out with the form feed, so that an entry a page break cut (`[1] … “Learning
    Transferable Visual` / `- 1 -` / `Models From …`) reads whole."""
    if "\f" not in text or text.count("\n") > _MAX_LINES:
        return text
    pages = text.split("\f")
    kept: list[str] = []
    for page in pages:
        lines = page.split("\n")
        content = [index for index, line in enumerate(lines) if line.strip()]
        drop = {index for index in (content[:1] + content[-1:]) if _PAGE_NUMBER.fullmatch(lines[index])}
        kept.append("\n".join(line for index, line in enumerate(lines) if index not in drop))
    # (a form feed after a line's end starts the next page's first line; inside a line, it breaks the line)
    return "".join(
        page if index == len(kept) - 1 or page.endswith("\n") or not page else page + "\n"
        for index, page in enumerate(kept)
    )
