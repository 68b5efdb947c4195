"""Pure: models → rich renderables for people at a terminal (tables, the paper page, stats with bars).

Text from the outside world only ever enters rich as `Text` (never parsed as markup) and after `clean()`.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, JustifyMethod, RenderableType
from rich.measure import Measurement
from rich.padding import Padding
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Column, Table
from rich.text import Text

from paperlist.models import ArxivCandidate, EnrichState, Mention, Paper, ReadStatus, SearchHit, Stats
from paperlist.streams import chunked
from paperlist.views.text import (
    MARK_CLOSE,
    MARK_OPEN,
    RESOLVE_HINT,
    STAT_GROUPS,
    candidate_line,
    change_state,
    clean,
    digest_authors,
    digest_category,
    doctor_headline,
    facts,
    pieces,
    shorten,
    stats_headline,
    why_now,
    year,
)

if TYPE_CHECKING:
    from paperlist.digests import DigestReading
    from paperlist.enrich.doctor import Diagnosis
    from paperlist.metadata import FoundPaper
    from paperlist.store.journal import Change

STATUS_STYLE = {
    ReadStatus.UNREAD: "bold",
    ReadStatus.READING: "yellow",
    ReadStatus.READ: "green",
    ReadStatus.SKIPPED: "dim",
}


def _text(value: str | None, style: str = "") -> Text:
    return Text(clean(value), style=style)


# The title is what people read: on a narrow terminal the secondary columns go, least useful first, before the
# title gets narrower than this (or than the longest title, if shorter); no column is ever narrower than its
# longest word, so no word is broken.
TITLE_MIN = 30
_GAP = 2  # columns are separated by two spaces (padding 1 on each side, none at the table's edges)


@dataclass
class _Column:
    header: str
    cells: list[Text]
    drop: int  # the order columns are dropped in when the terminal is narrow (1 first); 0: never
    justify: JustifyMethod = "left"
    style: str = ""
    max_width: int | None = None
    wrap: bool = False  # may wrap between words

    def natural(self) -> int:
        widest = max([cell_len(self.header), *(cell.cell_len for cell in self.cells)])
        return min(widest, self.max_width) if self.max_width else widest

    def narrowest(self) -> int:
        """Its longest word (header included): never narrower, so no word breaks."""
        words = [
            word for text in [self.header, *(cell.plain for cell in self.cells)] for word in text.split()
        ]
        return min(max((cell_len(word) for word in words), default=1), self.natural())


def papers_table(
    papers: Sequence[Paper],
    *,
    why: bool = False,
    width: int | None = None,
    headers: Sequence[str] | None = None,
) -> Table:
    """The reading list: one row per paper (`why`: a column saying why `next` ranks it there).

    `width`: the terminal's columns; secondary columns are left out when it cannot hold them all beside a
    readable title (checked at 60, 80 and 120 columns by the tests). `headers`: exactly these columns instead
    (the next chunks of a long list keep the first chunk's).
    """
    title = _Column("Title", [_title_cell(paper) for paper in papers], drop=0, wrap=True)
    columns = [
        _Column("ID", [Text(str(paper.id)) for paper in papers], drop=0, justify="right", style="cyan"),
        title,
        _Column(
            "First author",
            [_text(paper.first_author or digest_authors(paper)) for paper in papers],
            drop=3 if why else 4,
            max_width=24,
            wrap=True,
        ),
        _Column("Year", [Text(year(paper)) for paper in papers], drop=5 if why else 6),
        _Column(
            "Category",
            [_text(paper.primary_category or digest_category(paper)) for paper in papers],
            drop=1,
            max_width=14,
        ),
        _Column(
            "Status",
            [Text(paper.status.value, style=STATUS_STYLE[paper.status]) for paper in papers],
            drop=4 if why else 5,
        ),
        _Column("Digests", [Text(str(paper.digest_count)) for paper in papers], drop=2, justify="right"),
    ]
    if why:
        columns.append(
            _Column(
                "Why now",
                [Text(why_now(paper)) for paper in papers],
                drop=6,
                style="dim",
                max_width=22,
                wrap=True,
            )
        )
    shown = _fit(columns, title, width) if headers is None else [c for c in columns if c.header in headers]
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    for column in shown:
        table.add_column(
            column.header,
            justify=column.justify,
            style=column.style,
            no_wrap=not column.wrap,
            overflow="fold" if column.wrap else "ellipsis",
            min_width=column.narrowest() if column.wrap else None,
            max_width=None if column is title else column.max_width,
        )
    for row in range(len(papers)):
        table.add_row(*(column.cells[row] for column in shown))
    return table


def _fit(columns: list[_Column], title: _Column, width: int | None) -> list[_Column]:
    """The columns to show at `width`: drop the secondary ones, least useful first, until the title has room."""
    if width is None:
        return columns
    shown = list(columns)
    wanted = min(title.natural(), TITLE_MIN)
    while True:
        others = sum(column.natural() for column in shown if column is not title) + _GAP * (len(shown) - 1)
        if width - others >= wanted:
            return shown
        droppable = [column for column in shown if column.drop]
        if not droppable:
            return shown
        shown.remove(min(droppable, key=lambda column: column.drop))


def next_table(papers: Sequence[Paper], *, width: int | None = None) -> Table:
    """`paperlist next`: the reading list with why each paper is where it is."""
    return papers_table(papers, why=True, width=width)


# Rows per table after the first (which holds a screen): long lists are rendered and written a chunk at a time.
ROWS_PER_TABLE = 100
R = TypeVar("R")


def papers_tables(
    papers: Iterable[Paper], *, width: int, first: int, why: bool = False
) -> Iterator[RenderableType]:
    """`papers_table` for a list of any length, a table per chunk of papers, as they come: the first chunk
    (a screen) has the header and sets the column widths, which the next chunks keep, so that they read as one
    table."""
    headers: list[str] = []  # the first chunk's columns, kept by the next ones

    def table(chunk: Sequence[Paper]) -> Table:
        made = papers_table(chunk, why=why, width=width, headers=headers or None)
        headers[:] = headers or [str(column.header) for column in made.columns]
        return made

    return in_chunks(papers, table, width=width, first=first)


def hits_tables(
    hits: Iterable[SearchHit], *, width: int, first: int, marks: bool = False
) -> Iterator[RenderableType]:
    """`hits_table` a chunk of hits at a time (see `papers_tables`)."""
    return in_chunks(hits, lambda chunk: hits_table(chunk, marks=marks), width=width, first=first)


def in_chunks(
    rows: Iterable[R], table: Callable[[Sequence[R]], Table], *, width: int, first: int
) -> Iterator[RenderableType]:
    """Tables of `table` for successive chunks of rows: the first (a screen) with the header; all drawn with the
    column widths rich gives the first chunk, so that they read as one table."""
    widths: list[int] | None = None
    for chunk in chunked(rows, ROWS_PER_TABLE, first=max(first, 1)):
        made = table(chunk)
        if widths is None:
            widths = _column_widths(made, width)
        else:
            made.show_header = False
        yield _Drawn(made, widths)


def _column_widths(table: Table, width: int) -> list[int]:
    """The width of each column (its padding included) when `table` is drawn `width` columns wide.

    (Rich lays a table out from its rows and has no public way to ask the result: these are its own steps.)
    """
    console = Console(width=width, file=io.StringIO(), color_system=None)
    measured = copy.copy(table)
    measured.__class__ = _QuickMeasure
    return measured._calculate_column_widths(
        console, console.options.update_width(width - table._extra_width)
    )


class _QuickMeasure(Table):
    """A table measured as rich measures it, with rich's steps for a text cell (Padding, Measurement, Text)
    done in a few integer operations: measuring was most of the cost of drawing a screen of rows."""

    def _measure_column(self, console: Console, options: ConsoleOptions, column: Column) -> Measurement:
        cells: list[RenderableType] = [*([column.header] if self.show_header else []), *column._cells]
        if column.width is not None or self.show_footer or not all(map(_plain_cell, cells)):
            return super()._measure_column(console, options, column)
        values = [cell.plain if isinstance(cell, Text) else str(cell) for cell in cells]
        max_width = options.max_width
        if max_width < 1:
            return Measurement(0, 0)
        extra = self._get_padding_width(column._index)
        sizes = [_cell_measure(value, extra, max_width) for value in values if isinstance(value, str)]
        measurement = Measurement(
            max((low for low, _ in sizes), default=1), max((high for _, high in sizes), default=max_width)
        ).with_maximum(max_width)
        return measurement.clamp(
            None if column.min_width is None else column.min_width + extra,
            None if column.max_width is None else column.max_width + extra,
        )


def _plain_cell(value: RenderableType) -> bool:
    """A cell measured by `_cell_measure`: a Text, or a string rich would read no markup nor emoji in."""
    return isinstance(value, Text) or (isinstance(value, str) and not any(c in value for c in "[:"))


def _normalized(low: int, high: int) -> tuple[int, int]:
    low = min(max(0, low), high)
    return max(0, low), max(0, max(low, high))


def _cell_measure(plain: str, extra: int, max_width: int) -> tuple[int, int]:
    """What `Measurement.get` gives a table cell (a Padding of `extra` around a Text of `plain`)."""
    if max_width < 1:
        return 0, 0
    if max_width - extra < 1:
        low = high = max_width
    else:
        lines = plain.splitlines()
        high = max(map(cell_len, lines)) if lines else 0
        words = plain.split()
        low = max(map(cell_len, words)) if words else high
        low, high = _normalized(low, high)
        low, high = min(low, max_width), min(high, max_width)
        low, high = (0, 0) if high < 1 else _normalized(low, high)
        low, high = min(low + extra, max_width), min(high + extra, max_width)
    low, high = _normalized(low, high)
    low, high = min(low, max_width), min(high, max_width)
    return (0, 0) if high < 1 else _normalized(low, high)


class _Drawn:
    """A table of this module (no box) drawn with given column widths, line by line, as rich draws it, without
    rich's general layout: each cell is wrapped once and its lines padded. (Through a rich Table each cell goes
    through several layers of layout: about a millisecond a row, most of what `list` itself costs.)"""

    def __init__(self, table: Table, widths: list[int]) -> None:
        self.table = table
        self.widths = widths

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        table = self.table
        columns = table.columns
        last = len(columns) - 1
        rows: list[tuple[list[RenderableType], str]] = []
        if table.show_header:
            rows.append(([column.header for column in columns], str(table.header_style or "")))
        cells = [column._cells for column in columns]
        rows.extend(([column[index] for column in cells], "") for index in range(len(table.rows)))
        for number, (values, header_style) in enumerate(rows):
            drawn = [
                self._cell(console, value, column, width, header_style, left=index > 0, right=index < last)
                for index, (value, column, width) in enumerate(zip(values, columns, self.widths, strict=True))
            ]
            height = max(len(lines) for lines in drawn)
            header = number == 0 and table.show_header
            for row in range(height):
                for index, lines in enumerate(drawn):
                    line = row - (height - len(lines) if header else 0)  # (a header sits on the bottom line)
                    if 0 <= line < len(lines):
                        yield from lines[line]
                    else:  # (below a shorter cell: blank, in the cell's style, as rich fills it)
                        yield Segment(
                            " " * self.widths[index], lines[0][0].style if lines and lines[0] else None
                        )
                yield Segment.line()

    @staticmethod
    def _cell(
        console: Console,
        value: RenderableType,
        column: Column,
        width: int,
        header_style: str,
        *,
        left: bool,
        right: bool,
    ) -> list[list[Segment]]:
        """The lines of one cell, each exactly `width` wide (its padding: a space each side, none at the edges)."""
        style = console.get_style(header_style or column.style or "")
        inner = width - left - right
        if inner <= 0:  # (squeezed out by a narrow terminal)
            return [[Segment(" " * width, style)]]
        if isinstance(value, str) and column.no_wrap and value.isascii() and len(value) <= inner:
            # (an id, a year, a count: one line, nothing to wrap)
            shown = value.rjust(inner) if column.justify == "right" else value.ljust(inner)
            return [[Segment(" " * left + shown + " " * right, style)]]
        text = value if isinstance(value, Text) else Text(str(value))
        lines = text.wrap(
            console, inner, justify=column.justify, overflow=column.overflow, no_wrap=column.no_wrap
        )
        pad_left = Segment(" ", style) if left else None
        pad_right = Segment(" ", style) if right else None
        drawn = []
        for line in lines:
            line.truncate(inner, overflow=column.overflow, pad=True)
            # (Text.render leaves a line's own style to its caller when it has no spans)
            segments = list(Segment.apply_style(line.render(console), style + console.get_style(line.style)))
            drawn.append([piece for piece in (pad_left, *segments, pad_right) if piece is not None])
        return drawn


def _title_cell(paper: Paper) -> Text:
    title = _text(paper.display_title, "" if paper.enrichment is EnrichState.ENRICHED else "italic")
    if paper.starred:
        title = Text("★ ", style="yellow") + title
    if paper.enrichment is not EnrichState.ENRICHED:
        title.append(f"  [{paper.enrichment.value}]", style="dim")
    return title


def found_table(papers: Sequence[FoundPaper]) -> Table:
    """Papers Semantic Scholar points at, numbered (what `--add N` names), ✓ and the id when in the list."""
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    table.add_column("#", justify="right", style="cyan", no_wrap=True)
    table.add_column("Title", ratio=3, min_width=18, overflow="fold")
    table.add_column("First author", ratio=1, max_width=24, overflow="fold")
    table.add_column("Year", no_wrap=True)
    table.add_column("Venue", max_width=16, overflow="fold")
    table.add_column("Citations", justify="right", no_wrap=True)
    table.add_column("In list", no_wrap=True, style="green")
    for found in papers:
        metadata = found.metadata
        table.add_row(
            str(found.number),
            _text(metadata.title, "dim" if found.in_list is not None else ""),
            _text(metadata.authors[0] if metadata.authors else None),
            str(metadata.year or ""),
            _text(metadata.venue),
            "" if metadata.citation_count is None else f"{metadata.citation_count:,}",
            f"✓ {found.in_list}" if found.in_list is not None else "",
        )
    return table


def hits_table(hits: Sequence[SearchHit], *, marks: bool = False) -> Table:
    """Search results, best first, each with the excerpt that matched."""
    table = Table(box=None, header_style="bold", pad_edge=False, show_lines=False)
    table.add_column("ID", justify="right", style="cyan", no_wrap=True)
    table.add_column("Title", ratio=2, overflow="fold")
    table.add_column("Matched in", no_wrap=True, style="dim")
    table.add_column("Where it matches", ratio=3, overflow="fold")
    for hit in hits:
        table.add_row(
            str(hit.paper.id),
            _title_cell(hit.paper),
            hit.field,
            highlighted(hit.snippet, hit.spans, marks=marks),
        )
    return table


def highlighted(snippet: str, spans: Sequence[tuple[int, int]], *, marks: bool = False) -> Text:
    """The snippet with its matches emphasised; each piece is cleaned on its own so spans stay aligned.

    With `marks` (no colour: a pipe, a file, NO_COLOR) the matches are also put between « and ».
    """
    text = Text()
    for piece, matched in pieces(snippet, spans):
        if matched:
            text.append(f"{MARK_OPEN}{piece}{MARK_CLOSE}" if marks else piece, style="bold reverse")
        else:
            text.append(piece)
    return text


def paper_view(paper: Paper, *, digests_first: bool = False) -> RenderableType:
    """Everything known about one paper, laid out for reading (`digests_first`: what the digests say comes
    right after the title, before the metadata, as the browse app shows it)."""
    title = Text(clean(paper.display_title), style="bold")
    if paper.starred:
        title = Text("★ ", style="yellow") + title
    head: list[RenderableType] = [title]
    if paper.authors:
        head.append(_text(", ".join(paper.authors)))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in facts(paper):
        grid.add_row(label, _fact(label, value, paper))
    metadata: list[RenderableType] = [Text(), grid]
    if paper.tldr:
        metadata.extend(
            [Text(), Rule("TL;DR (Semantic Scholar)", align="left", style="dim"), _text(paper.tldr)]
        )
    if paper.candidates:
        metadata.extend(
            [
                Text(),
                Rule(f"arXiv candidates ({len(paper.candidates)})", align="left", style="dim"),
                Text(RESOLVE_HINT.format(id=paper.id), style="dim"),
            ]
        )
        metadata.extend(
            _candidate_view(number, candidate) for number, candidate in enumerate(paper.candidates, 1)
        )
    if paper.abstract:
        metadata.extend([Text(), Rule("Abstract", align="left", style="dim"), _text(paper.abstract)])
    note: list[RenderableType] = []
    if paper.note:
        note.extend([Text(), Rule("Your note", align="left", style="dim"), _text(paper.note)])
    digests: list[RenderableType] = []
    if paper.mentions:
        digests.extend(
            [Text(), Rule(f"What the digests say ({len(paper.mentions)})", align="left", style="dim")]
        )
        digests.extend(_mention_view(mention) for mention in paper.mentions)
    if digests_first:
        return Group(*head, *digests, *metadata, *note)
    return Group(*head, *metadata, *note, *digests)


def _candidate_view(number: int, candidate: ArxivCandidate) -> RenderableType:
    head = Text()
    head.append(f"{number:>2}  ", style="bold cyan")
    head.append(clean(candidate.arxiv_id), style="cyan")
    head.append("  ")
    head.append(clean(candidate.title))
    body: list[RenderableType] = [head]
    details = candidate_line(candidate)
    if details:
        body.append(Padding(_text(details, "dim"), (0, 0, 0, 4)))
    if candidate.why:
        body.append(Padding(_text(f"not sure: {candidate.why}", "yellow"), (0, 0, 0, 4)))
    return Group(*body)


def _fact(label: str, value: str, paper: Paper) -> Text:
    if label == "status":
        return Text(value, style=STATUS_STYLE[paper.status])
    if label == "starred":
        return Text(value, style="yellow")
    return _text(value)


def _mention_view(mention: Mention) -> RenderableType:
    head = Text()
    head.append(clean(mention.digest), style="cyan")
    head.append(f":{mention.line}", style="dim")
    head.append(f"  {mention.evidence.value}", style="dim")
    if mention.category:
        head.append(f"  [{clean(mention.category)}]", style="magenta")
    body: list[RenderableType] = [head]
    if mention.title:
        body.append(_text(mention.title, "italic"))
    if mention.authors or mention.affiliations:
        body.append(_text(" · ".join(x for x in (mention.authors, mention.affiliations) if x), "dim"))
    if mention.text:
        body.append(_text(mention.text))
    return Padding(Group(*body), (1, 0, 0, 2))


def state_line(paper: Paper, what: str, *, changed: bool) -> Text:
    """A confirmation for people: the paper and what happened to it (dim when nothing did)."""
    line = Text()
    line.append(f"{paper.id:>4}  ", style="cyan")
    line.append(clean(shorten(paper.display_title, 70)))
    line.append(f"  {what}", style="green" if changed else "dim")
    return line


def stats_view(stats: Stats, bar_width: int = 30) -> RenderableType:
    """The reading list counted, for people: small tables with bars."""
    parts: list[RenderableType] = [Text(stats_headline(stats), style="bold")]
    for group, title in STAT_GROUPS:
        pairs = getattr(stats, group)
        if not pairs:
            continue
        styles = [STATUS_STYLE[ReadStatus(key)] for key, _ in pairs] if group == "by_status" else None
        parts.extend([Text(), _bars(title, pairs, styles, bar_width)])
    if stats.most_mentioned:
        table = Table(title="Most mentioned", title_justify="left", title_style="bold", box=None)
        table.add_column("ID", justify="right", style="cyan")
        table.add_column("Title", overflow="fold")
        table.add_column("Digests", justify="right")
        for paper in stats.most_mentioned:
            table.add_row(str(paper.id), _title_cell(paper), str(paper.digest_count))
        parts.extend([Text(), table])
    return Group(*parts)


def history_table(changes: Sequence[Change]) -> Table:
    """`paperlist history`: the user's changes, newest first."""
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("#", justify="right", style="cyan", no_wrap=True)
    table.add_column("When (UTC)", style="dim")
    table.add_column("Change", ratio=1)
    table.add_column("Papers", ratio=2)
    for change in changes:
        papers = Text()
        for index, (paper_id, title) in enumerate(zip(change.paper_ids, change.titles, strict=False)):
            if index == 3:
                papers.append(f"\n… and {len(change.paper_ids) - 3} more", style="dim")
                break
            if index:
                papers.append("\n")
            papers.append(f"{paper_id} ", style="cyan")
            papers.append(clean(shorten(title, 60)))
        what = Text(clean(change.summary), style="dim" if change.undone_at else "")
        state = change_state(change)
        if state:
            what.append(f"\n({state})", style="dim" if change.undone_at else "yellow")
        table.add_row(str(change.id), change.at[:16].replace("T", " "), what, papers)
    return table


def doctor_view(diagnosis: Diagnosis) -> RenderableType:
    """`paperlist doctor`: likely duplicates and metadata to check, each with the command that fixes it."""
    parts: list[RenderableType] = [Text(doctor_headline(diagnosis), style="bold")]
    if diagnosis.duplicates:
        table = Table(
            title="Likely duplicates", title_justify="left", title_style="bold", box=None, header_style="bold"
        )
        table.add_column("IDs", style="cyan", no_wrap=True)
        table.add_column("Titles", ratio=3)
        table.add_column("Why", ratio=2, style="dim")
        table.add_column("Fix", ratio=1)
        for item in diagnosis.duplicates:
            ids = f"{item.paper_ids[0]}, {item.paper_ids[1]}"
            titles = _text(f"{shorten(item.titles[0], 80)}\n{shorten(item.titles[1], 80)}")
            table.add_row(ids, titles, _text(item.why), _text(item.command))
        parts.extend([Text(), table])
    if diagnosis.problems:
        table = Table(
            title="Metadata to check", title_justify="left", title_style="bold", box=None, header_style="bold"
        )
        table.add_column("ID", justify="right", style="cyan", no_wrap=True)
        table.add_column("Title", ratio=2)
        table.add_column("Problem", ratio=3)
        table.add_column("Fix", ratio=2)
        for problem in diagnosis.problems:
            table.add_row(
                str(problem.paper_id),
                _text(shorten(problem.title, 80)),
                _text(problem.message),
                _text(problem.command),
            )
        parts.extend([Text(), table])
    return Group(*parts)


def readings_view(readings: Sequence[DigestReading], *, verbose: bool = False) -> RenderableType:
    """`paperlist extract`: per digest, each paper with its evidence, line and why its title was taken
    (`verbose`: and the lines considered and turned down, with why)."""
    parts: list[RenderableType] = []
    for reading in readings:
        extraction = reading.extraction
        if reading.error is not None:
            parts.append(
                Text(clean(reading.name), style="bold") + Text(": " + clean(reading.error), style="red")
            )
            continue
        count = len(extraction.references)
        heading = Text(clean(reading.name), style="bold") + Text(
            f"  {extraction.shape} · {count} paper{'s' if count != 1 else ''}", style="dim"
        )
        parts.append(heading)
        if count:
            table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
            table.add_column("Line", justify="right", style="cyan", no_wrap=True)
            table.add_column("Evidence", no_wrap=True)
            table.add_column("Id", no_wrap=True)
            table.add_column("Title", ratio=3, min_width=18, overflow="fold")
            table.add_column("Why this title", ratio=2, overflow="fold", style="dim")
            for reference in extraction.references:
                reason = reference.reason or ""
                if reference.weak:
                    reason += " (weak: kept only if a service confirms it)"
                table.add_row(
                    str(reference.line),
                    reference.evidence.value,
                    _text(reference.arxiv_id or reference.openreview_id or ""),
                    _text(reference.title or "", "" if reference.title else "dim"),
                    _text(reason),
                )
            parts.append(Padding(table, (0, 0, 0, 2)))
        if verbose and extraction.rejected:
            parts.append(Padding(Text("considered and turned down:", style="dim"), (0, 0, 0, 2)))
            turned = Table(box=None, show_header=False, pad_edge=False, expand=False)
            turned.add_column("Line", justify="right", style="cyan", no_wrap=True)
            turned.add_column("Text", ratio=3, overflow="fold")
            turned.add_column("Why not", ratio=2, overflow="fold", style="dim")
            for item in extraction.rejected:
                turned.add_row(str(item.line), _text(shorten(item.text, 100)), _text(item.why))
            parts.append(Padding(turned, (0, 0, 0, 2)))
    return Group(*parts)


def _bars(
    title: str, pairs: Sequence[tuple[str, int]], styles: Sequence[str] | None, bar_width: int
) -> RenderableType:
    """A titled table of (key, count, bar) rows, laid out as rich lays out such a table (keys cut at 40
    columns, bars cut when the terminal is narrow), but drawn as ready lines: a month-by-month breakdown has a
    hundred rows or more, which a rich Table (or Text) takes a millisecond or so each to lay out."""
    top = max(count for _, count in pairs) or 1
    keys = []
    for key, _ in pairs:
        text = Text(clean(key))
        text.truncate(40, overflow="ellipsis")
        keys.append(text.plain)
    bars = ["█" * max(1, round(count / top * bar_width)) if count else "" for _, count in pairs]
    rows = [
        (key, styles[index] if styles else "", str(count), bar)
        for index, (key, (_, count), bar) in enumerate(zip(keys, pairs, bars, strict=True))
    ]
    return _Bars(title, rows)


class _Bars:
    """Rows of (key, its style, count, bar) under a bold title, in three columns as a rich Table with no box
    draws them (a space of padding each side of each cell); the bars give way when the terminal is narrow."""

    def __init__(self, title: str, rows: list[tuple[str, str, str, str]]) -> None:
        self.title = title
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        key_width = max(cell_len(key) for key, _, _, _ in self.rows)
        count_width = max(len(count) for _, _, count, _ in self.rows)
        bar_width = max(len(bar) for _, _, _, bar in self.rows)
        bar_width = max(1, min(bar_width, options.max_width - key_width - count_width - 6))
        cyan, blue = console.get_style("cyan"), console.get_style("blue")
        yield Segment(self.title.ljust(key_width + count_width + bar_width + 6), console.get_style("bold"))
        yield Segment.line()
        for key, style, count, bar in self.rows:
            if len(bar) > bar_width:
                bar = bar[: bar_width - 1] + "…"
            yield Segment(" ")
            yield Segment(key, console.get_style(style) if style else None)
            yield Segment(" " * (key_width - cell_len(key) + 2))
            yield Segment(count.rjust(count_width), cyan)
            yield Segment("  ")
            yield Segment(bar.ljust(bar_width), blue)
            yield Segment(" ")
            yield Segment.line()
