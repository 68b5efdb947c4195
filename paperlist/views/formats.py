"""One table of output formats: each format's name, aliases, what it gives, and its writer for every command
that offers it. The `--format` option of `list`, `next`, `search`, `show`, `stats`, `export` and `related`
(`cites`, `refs`), its help, its completion and the format tables in docs/ all come from `FORMATS`.

Adding a format is one entry here (and its converter, if it is new): nothing in the commands changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, TypeVar

from paperlist.dates import now_iso
from paperlist.errors import UsageError
from paperlist.models import Paper, PaperFilter, ReadStatus, SearchHit, SortKey, Stats
from paperlist.store.db import Store
from paperlist.store.papers import find_paper, iter_papers
from paperlist.streams import Counted, chunked
from paperlist.views import text

if TYPE_CHECKING:
    from rich.console import RenderableType

    from paperlist.digests import DigestReading
    from paperlist.enrich.doctor import Diagnosis
    from paperlist.metadata import FoundPaper
    from paperlist.store.journal import Change

COMMANDS: Final = (
    "list",
    "next",
    "search",
    "show",
    "stats",
    "export",
    "related",
    "history",
    "doctor",
    "extract",
)
# Commands that write what another command's writers write: `cites` and `refs` list papers as `related` does.
SAME_AS: Final = {"cites": "related", "refs": "related"}

# Rows converted and written at once: few enough that memory stays flat, enough that writing is cheap.
ROWS_AT_ONCE = 100


class Output(Protocol):
    """Where a writer writes, as it goes (stdout, a pager, a file): text as is, or a rich renderable rendered
    for the destination's width. Writers write rows as they read them, never the whole document at once."""

    @property
    def width(self) -> int: ...  # columns a table may take

    @property
    def height(self) -> int: ...  # lines of one screen

    def write(self, text: str) -> None: ...

    def show(self, renderable: RenderableType) -> None: ...


class TextOutput:
    """An Output that keeps what is written as text (a renderable drawn `width` columns wide): for callers that
    want a writer's output as a string (the browser copies a BibTeX entry)."""

    def __init__(self, width: int = 100, height: int = 50) -> None:
        self.width = width
        self.height = height
        self._parts: list[str] = []

    def write(self, text: str) -> None:
        self._parts.append(text)

    def show(self, renderable: RenderableType) -> None:
        from rich.console import Console

        console = Console(width=self.width, color_system=None, highlight=False)
        with console.capture() as capture:
            console.print(renderable)
        self._parts.append(capture.get())

    @property
    def text(self) -> str:
        return "".join(self._parts)


@dataclass(frozen=True, slots=True)
class WriteContext:
    """What a writer may need beyond the rows: how to mark matches, when, and the reading list's group sizes."""

    marks: bool = False  # put search matches between « and » (no colour: a pipe, a file, NO_COLOR)
    stamp: str = field(default_factory=now_iso)
    counts: Mapping[ReadStatus, int] = field(default_factory=dict)  # papers per status (reading lists)
    verbose: bool = False  # `extract -v`: also the lines considered and turned down


# Each writer writes its rows on the Output as it takes them from the iterable, and returns how many it wrote.
PapersWriter = Callable[[Iterable[Paper], WriteContext, Output], int]
HitsWriter = Callable[[Iterable[SearchHit], WriteContext, Output], int]
PaperWriter = Callable[[Paper, WriteContext, Output], object]
StatsWriter = Callable[[Stats, WriteContext, Output], object]
FoundWriter = Callable[[Sequence["FoundPaper"], WriteContext, Output], object]
HistoryWriter = Callable[[Sequence["Change"], WriteContext, Output], object]
DoctorWriter = Callable[["Diagnosis", WriteContext, Output], object]
ReadingsWriter = Callable[[Sequence["DigestReading"], WriteContext, Output], object]

# How `export` hands papers to a format's writer: in --sort order; sorted by citation key (each paper given its
# key first); or grouped by status (reading, to read, read, skipped), each group in --sort order.
ExportOrder = Literal["sort", "key", "status"]


@dataclass(frozen=True, slots=True)
class Format:
    """An output format and its writer for each command that offers it (None: not offered there)."""

    name: str
    summary: str  # a few words for --help, or "" when the name says it all
    description: str  # a sentence for docs/usage.md
    aliases: tuple[str, ...] = ()
    list: PapersWriter | None = None
    next: PapersWriter | None = None
    search: HitsWriter | None = None
    show: PaperWriter | None = None
    stats: StatsWriter | None = None
    export: PapersWriter | None = None
    export_sort: SortKey | None = None  # `export`'s order when --sort is not given
    export_order: ExportOrder = "sort"
    related: FoundWriter | None = None  # `related`, `cites` and `refs`: papers Semantic Scholar points at
    history: HistoryWriter | None = None
    doctor: DoctorWriter | None = None
    extract: ReadingsWriter | None = None

    def offered_by(self, command: str) -> bool:
        return getattr(self, SAME_AS.get(command, command)) is not None

    @property
    def label(self) -> str:
        return self.name + "".join(f" ({alias})" for alias in self.aliases)

    @property
    def cites(self) -> bool:
        """Whether its entries carry citation keys (BibTeX, CSL-JSON)."""
        return self.export_order == "key"

    def write_papers(self, command: str, papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
        """`list`, `next` or `export` in this format: how many papers were written."""
        writers = {"list": self.list, "next": self.next, "export": self.export}
        return _offered(writers.get(command), self, command)(papers, context, out)

    def write_hits(self, hits: Iterable[SearchHit], context: WriteContext, out: Output) -> int:
        return _offered(self.search, self, "search")(hits, context, out)

    def write_paper(self, paper: Paper, context: WriteContext, out: Output) -> None:
        _offered(self.show, self, "show")(paper, context, out)

    def write_stats(self, stats: Stats, context: WriteContext, out: Output) -> None:
        _offered(self.stats, self, "stats")(stats, context, out)

    def write_found(
        self, command: str, papers: Sequence[FoundPaper], context: WriteContext, out: Output
    ) -> None:
        """`related`, `cites` or `refs` in this format."""
        _offered(self.related, self, command)(papers, context, out)

    def write_history(self, changes: Sequence[Change], context: WriteContext, out: Output) -> None:
        _offered(self.history, self, "history")(changes, context, out)

    def write_doctor(self, diagnosis: Diagnosis, context: WriteContext, out: Output) -> None:
        _offered(self.doctor, self, "doctor")(diagnosis, context, out)

    def write_readings(self, readings: Sequence[DigestReading], context: WriteContext, out: Output) -> None:
        _offered(self.extract, self, "extract")(readings, context, out)


W = TypeVar("W")


def _offered(writer: W | None, fmt: Format, command: str) -> W:
    if writer is None:
        find_format(fmt.name, command)  # raises the UsageError that lists what the command offers
        raise AssertionError("unreachable")
    return writer


# -- writers (thin adapters from the converters to the registry's signatures) --------------------------------


def _table(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    from paperlist.views.terminal import papers_tables

    counted = Counted(papers)
    for table in papers_tables(counted, width=out.width, first=out.height):
        out.show(table)
    return counted.count


def _next_table(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    from paperlist.views.terminal import papers_tables

    counted = Counted(papers)
    for table in papers_tables(counted, width=out.width, first=out.height, why=True):
        out.show(table)
    return counted.count


def _hits_table(hits: Iterable[SearchHit], context: WriteContext, out: Output) -> int:
    from paperlist.views.terminal import hits_tables

    counted = Counted(hits)
    for table in hits_tables(counted, width=out.width, first=out.height, marks=context.marks):
        out.show(table)
    return counted.count


def _history_table(changes: Sequence[Change], context: WriteContext, out: Output) -> None:
    from paperlist.views.terminal import history_table

    out.show(history_table(changes))


def _history_json(changes: Sequence[Change], context: WriteContext, out: Output) -> None:
    _json_array(map(text.change_json, changes), out)


def _history_jsonl(changes: Sequence[Change], context: WriteContext, out: Output) -> None:
    _json_lines(map(text.change_json, changes), out)


def _doctor_view(diagnosis: Diagnosis, context: WriteContext, out: Output) -> None:
    from paperlist.views.terminal import doctor_view

    out.show(doctor_view(diagnosis))


def _doctor_json(diagnosis: Diagnosis, context: WriteContext, out: Output) -> None:
    out.write(text.to_json(text.doctor_json(diagnosis)))


def _readings_view(readings: Sequence[DigestReading], context: WriteContext, out: Output) -> None:
    from paperlist.views.terminal import readings_view

    out.show(readings_view(readings, verbose=context.verbose))


def _readings_json(readings: Sequence[DigestReading], context: WriteContext, out: Output) -> None:
    _json_array((text.reading_json(reading, verbose=context.verbose) for reading in readings), out)


def _readings_jsonl(readings: Sequence[DigestReading], context: WriteContext, out: Output) -> None:
    _json_lines((text.reading_json(reading, verbose=context.verbose) for reading in readings), out)


def _found_table(papers: Sequence[FoundPaper], context: WriteContext, out: Output) -> None:
    from paperlist.views.terminal import found_table

    out.show(found_table(papers))


def _found_json(papers: Sequence[FoundPaper], context: WriteContext, out: Output) -> None:
    _json_array(map(text.found_json, papers), out)


def _found_jsonl(papers: Sequence[FoundPaper], context: WriteContext, out: Output) -> None:
    _json_lines(map(text.found_json, papers), out)


def _found_csv(papers: Sequence[FoundPaper], context: WriteContext, out: Output) -> None:
    _csv(map(text.found_row, papers), text.FOUND_FIELDS, out)


def _found_markdown(papers: Sequence[FoundPaper], context: WriteContext, out: Output) -> None:
    out.write(text.found_markdown(papers))


def _paper_page(paper: Paper, context: WriteContext, out: Output) -> None:
    from paperlist.views.terminal import paper_view

    out.show(paper_view(paper))


def _stats_view(stats: Stats, context: WriteContext, out: Output) -> None:
    from paperlist.views.terminal import stats_view

    out.show(stats_view(stats))


def _json_array(values: Iterable[Any], out: Output) -> int:
    """A JSON array written element by element as they come, one a line."""
    count = 0
    for chunk in chunked(values, ROWS_AT_ONCE):
        out.write(("[\n" if not count else ",\n") + text.json_elements(chunk))
        count += len(chunk)
    out.write("\n]\n" if count else "[]\n")
    return count


def _json_lines(values: Iterable[Any], out: Output) -> int:
    count = 0
    for chunk in chunked(values, ROWS_AT_ONCE):
        out.write(text.to_jsonl(chunk))
        count += len(chunk)
    return count


def _csv(rows: Iterable[dict[str, str]], fields: tuple[str, ...], out: Output) -> int:
    out.write(text.to_csv((), fields))
    count = 0
    for chunk in chunked(rows, ROWS_AT_ONCE):
        out.write(text.to_csv(chunk, fields, header=False))
        count += len(chunk)
    return count


def _papers_json(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    return _json_array(map(text.paper_json, papers), out)


def _papers_jsonl(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    return _json_lines(map(text.paper_json, papers), out)


def _papers_csv(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    return _csv(map(text.paper_row, papers), text.PAPER_FIELDS, out)


def _papers_markdown(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    out.write(text.papers_markdown(()))
    count = 0
    for chunk in chunked(papers, ROWS_AT_ONCE):
        out.write(text.papers_markdown(chunk, header=False))
        count += len(chunk)
    return count


def _hits_json(hits: Iterable[SearchHit], context: WriteContext, out: Output) -> int:
    return _json_array(map(text.hit_json, hits), out)


def _hits_jsonl(hits: Iterable[SearchHit], context: WriteContext, out: Output) -> int:
    return _json_lines(map(text.hit_json, hits), out)


def _hits_csv(hits: Iterable[SearchHit], context: WriteContext, out: Output) -> int:
    rows = (text.hit_row(rank, hit) for rank, hit in enumerate(hits, start=1))
    return _csv(rows, text.HIT_FIELDS, out)


def _hits_markdown(hits: Iterable[SearchHit], context: WriteContext, out: Output) -> int:
    out.write(text.hits_markdown(()))
    count = 0
    for chunk in chunked(hits, ROWS_AT_ONCE):
        out.write(text.hits_markdown(chunk, header=False))
        count += len(chunk)
    return count


def _paper_json(paper: Paper, context: WriteContext, out: Output) -> None:
    out.write(text.to_json(text.paper_json(paper)))  # one paper: the object itself, not a list of one


def _one(writer: PapersWriter) -> PaperWriter:
    """A writer of one paper from a writer of several (CSV, JSONL, BibTeX: one row or entry)."""
    return lambda paper, context, out: writer([paper], context, out)


def _paper_markdown(paper: Paper, context: WriteContext, out: Output) -> None:
    out.write(text.paper_markdown(paper))


def _stats_json(stats: Stats, context: WriteContext, out: Output) -> None:
    out.write(text.to_json(text.stats_json(stats)))


def _stats_jsonl(stats: Stats, context: WriteContext, out: Output) -> None:
    out.write(text.to_jsonl(text.stats_rows(stats)))


def _stats_csv(stats: Stats, context: WriteContext, out: Output) -> None:
    out.write(text.to_csv(text.stats_rows(stats), text.STATS_FIELDS))


def _stats_markdown(stats: Stats, context: WriteContext, out: Output) -> None:
    out.write(text.stats_markdown(stats))


def _bibtex(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    from paperlist.views.export import bibtex_entry

    count = 0
    for chunk in chunked(papers, ROWS_AT_ONCE):
        out.write(("\n" if count else "") + "\n".join(map(bibtex_entry, chunk)))
        count += len(chunk)
    return count


def _csl_json(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    from paperlist.views.export import csl_item

    return _json_array(map(csl_item, papers), out)


def _reading_list_markdown(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    from paperlist.views.export import markdown_reading_list

    counted = Counted(papers)
    for piece in markdown_reading_list(counted, context.counts, context.stamp):
        out.write(piece)
    return counted.count


def _reading_list_html(papers: Iterable[Paper], context: WriteContext, out: Output) -> int:
    from paperlist.views.export import html_reading_list

    counted = Counted(papers)
    for piece in html_reading_list(counted, context.counts, context.stamp):
        out.write(piece)
    return counted.count


FORMATS: Final[tuple[Format, ...]] = (
    Format(
        "table",
        "for people",
        "for people: a table (`show`: the paper's page; `stats`: counts with bars; `related`, `cites`, `refs`: "
        "numbered, ✓ marking papers in your list); long output is paged on a terminal",
        list=_table,
        next=_next_table,
        search=_hits_table,
        show=_paper_page,
        stats=_stats_view,
        related=_found_table,
        history=_history_table,
        doctor=_doctor_view,
        extract=_readings_view,
    ),
    Format(
        "json",
        "",
        "the [JSON contract](json.md): an array (`list`, `next`, `search`, `export`, `history`, `extract`), one "
        "object (`show`, `stats`, `doctor`)",
        list=_papers_json,
        next=_papers_json,
        search=_hits_json,
        show=_paper_json,
        stats=_stats_json,
        export=_papers_json,
        related=_found_json,
        history=_history_json,
        doctor=_doctor_json,
        extract=_readings_json,
    ),
    Format(
        "jsonl",
        "one object a line",
        "one JSON object a line (papers, search hits, `stats` rows, `history` changes, or digests read by "
        "`extract`)",
        list=_papers_jsonl,
        next=_papers_jsonl,
        search=_hits_jsonl,
        show=_one(_papers_jsonl),
        stats=_stats_jsonl,
        export=_papers_jsonl,
        related=_found_jsonl,
        history=_history_jsonl,
        extract=_readings_jsonl,
    ),
    Format(
        "csv",
        "",
        "RFC 4180 with a header row; lists joined (`; ` between authors, spaces elsewhere); `search` adds "
        "`rank`, `score`, `match_field` and `match`; `stats` gives `group,key,label,count` rows",
        list=_papers_csv,
        next=_papers_csv,
        search=_hits_csv,
        show=_one(_papers_csv),
        stats=_stats_csv,
        export=_papers_csv,
        related=_found_csv,
    ),
    Format(
        "markdown",
        "",
        "Markdown: a table of papers (titles linked); for `show` a document; for `export` a reading list "
        "grouped by status, each paper with its links, your tags and note, and what each digest said",
        aliases=("md",),
        list=_papers_markdown,
        next=_papers_markdown,
        search=_hits_markdown,
        show=_paper_markdown,
        stats=_stats_markdown,
        export=_reading_list_markdown,
        export_sort=SortKey.RELEVANCE,
        export_order="status",
        related=_found_markdown,
    ),
    Format(
        "bibtex",
        "for LaTeX",
        "`@misc` entries as arXiv's own export gives them: `title`, `author`, `year`, `eprint`, "
        "`archivePrefix = {arXiv}`, `primaryClass`, `doi` when known, `url`; a paper published at a venue "
        "(Semantic Scholar) as what it is, `@inproceedings` with `booktitle` or `@article` with `journal`, its "
        "year of publication and its arXiv `eprint` kept; LaTeX special characters escaped and "
        'accents encoded (`G{\\"o}del`), `$math$` in titles kept, words with inner capitals braced (`{ResNeSt}`) so '
        "sentence-case styles keep them; entries sorted by citation key (`show`: the paper's entry)",
        aliases=("bib",),
        show=_one(_bibtex),
        export=_bibtex,
        export_order="key",
    ),
    Format(
        "csl-json",
        "Zotero, pandoc",
        "CSL-JSON for Zotero, pandoc (`--citeproc`) and citeproc: preprints as `article` with `publisher: arXiv`, "
        "`number: arXiv:ID`, `issued`, `URL`, `DOI`, `abstract`, your tags as `keyword`; papers published at a "
        "venue as `paper-conference` or `article-journal` with `container-title` (and `archive: arXiv`, "
        "`archive_location`: the eprint); sorted by citation key",
        aliases=("csl",),
        show=_one(_csl_json),
        export=_csl_json,
        export_order="key",
    ),
    Format(
        "html",
        "a page to read",
        "the reading list of `markdown` as one self-contained page: inline CSS (light and dark), no scripts, "
        "nothing loaded from the web (a Content-Security-Policy forbids it), works offline; all outside text is "
        "escaped and only `http(s)` links are kept",
        export=_reading_list_html,
        export_sort=SortKey.RELEVANCE,
        export_order="status",
    ),
)

_BY_NAME: Final[Mapping[str, Format]] = {name: fmt for fmt in FORMATS for name in (fmt.name, *fmt.aliases)}


def offered(command: str) -> list[Format]:
    """The formats `command` offers, in the table's order."""
    return [fmt for fmt in FORMATS if fmt.offered_by(command)]


def default_format(command: str) -> Format:
    """What a command writes without --format: the table for people, BibTeX for `export`."""
    return _BY_NAME["bibtex" if command == "export" else "table"]


def find_format(name: str, command: str) -> Format:
    """The format `name` (or an alias, any case) names, if `command` offers it; else a UsageError."""
    fmt = _BY_NAME.get(name.strip().lower())
    if fmt is None or not fmt.offered_by(command):
        choices = ", ".join(fmt.label for fmt in offered(command))
        raise UsageError(
            f"--format '{name}' is not a format `paperlist {command}` writes",
            f"choose one of: {choices}",
        )
    return fmt


def format_help(command: str) -> str:
    """The --format help line of `command`: its formats, each with its aliases and a few words."""

    def one(fmt: Format) -> str:
        notes = [*(f"or {alias}" for alias in fmt.aliases), *([fmt.summary] if fmt.summary else [])]
        return fmt.name + (f" ({'; '.join(notes)})" if notes else "")

    names = [one(fmt) for fmt in offered(command)]
    return "Output: " + ", ".join(names[:-1]) + " or " + names[-1] + "."


def format_table() -> str:
    """The formats as a Markdown table for docs/usage.md (`make docs` writes it; a test keeps it current)."""
    rows = ["| format | also | offered by | what you get |", "| --- | --- | --- | --- |"]
    for fmt in FORMATS:
        commands = ", ".join(f"`{command}`" for command in (*COMMANDS, *SAME_AS) if fmt.offered_by(command))
        aliases = ", ".join(f"`{alias}`" for alias in fmt.aliases)
        rows.append(f"| `{fmt.name}` | {aliases} | {commands} | {fmt.description} |")
    return "\n".join(rows) + "\n"


# -- exporting ----------------------------------------------------------------------------------------------


def export_papers(
    store: Store, fmt: Format, paper_filter: PaperFilter, context: WriteContext, out: Output
) -> int:
    """Write the papers `paper_filter` selects in `fmt` (a format `export` offers) as they are read; return how
    many were written.

    BibTeX and CSL-JSON come sorted by citation key (stable diffs; each paper keeps the key it was first given);
    the Markdown and HTML reading lists are grouped by status, each group in `--sort` order (default: what to
    read first, as `next`); CSV and JSON follow `--sort` as `list` does. Papers whose arXiv id arXiv says does
    not exist (a typo in a digest) are left out: `left_out` names them, so the caller can say so.
    """
    if fmt.export is None:
        raise ValueError(f"{fmt.name} is not an export format")
    if fmt.export_sort is not None:
        paper_filter = replace(paper_filter, sort=paper_filter.sort or fmt.export_sort)
    paper_filter = replace(paper_filter, missing=False)
    papers: Iterator[Paper]
    if fmt.export_order == "key":
        from paperlist.store.exports import papers_by_citation_key

        papers = papers_by_citation_key(store, paper_filter)
    elif fmt.export_order == "status":
        from paperlist.store.exports import papers_by_status
        from paperlist.views.export import GROUPS

        counts, papers = papers_by_status(store, paper_filter, [status for status, _ in GROUPS])
        context = replace(context, counts=counts)
    else:
        papers = iter_papers(store, paper_filter)
    return fmt.export(papers, context, out)


def left_out(store: Store, paper_filter: PaperFilter) -> list[Paper]:
    """The papers `paper_filter` selects that exports leave out: arXiv says their ids do not exist."""
    from paperlist.store.exports import missing_papers

    return missing_papers(store, paper_filter)


def paper_to_show(store: Store, ref: str, fmt: Format) -> Paper:
    """The paper `ref` names, with what `show` needs to write it in `fmt` (its citation key, given now if it
    has none, when `fmt` cites)."""
    paper = find_paper(store, ref)
    if not fmt.cites:
        return paper
    from paperlist.store.exports import cited

    return cited(store, paper)
