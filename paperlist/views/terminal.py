"""Pure: models → rich renderables for people at a terminal (tables, the paper page, stats with bars).

Text from the outside world only ever enters rich as `Text` (never parsed as markup) and after `clean()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Group, JustifyMethod, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from paperlist.models import (
    ArxivCandidate,
    DigestReading,
    EnrichState,
    FoundPaper,
    Mention,
    Paper,
    ReadStatus,
    SearchHit,
    Stats,
)
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
    from paperlist.enrich.doctor import Diagnosis
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


def papers_table(papers: Sequence[Paper], *, why: bool = False, width: int | None = None) -> Table:
    """The reading list: one row per paper (`why`: a column saying why `next` ranks it there).

    `width`: the terminal's columns; secondary columns are left out when it cannot hold them all beside a
    readable title (checked at 60, 80 and 120 columns by the tests).
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
    shown = _fit(columns, title, width)
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
        top = max(count for _, count in pairs) or 1
        table = Table(title=title, title_justify="left", title_style="bold", box=None, show_header=False)
        table.add_column(no_wrap=True, max_width=40, overflow="ellipsis")
        table.add_column(justify="right", style="cyan")
        table.add_column(style="blue")
        for key, count in pairs:
            style = STATUS_STYLE.get(ReadStatus(key), "") if group == "by_status" else ""
            table.add_row(
                Text(clean(key), style=style),
                str(count),
                "█" * max(1, round(count / top * bar_width)) if count else "",
            )
        parts.extend([Text(), table])
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
