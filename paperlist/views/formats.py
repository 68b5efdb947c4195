"""One table of output formats: each format's name, aliases, what it gives, and its writer for every command
that offers it. The `--format` option of `list`, `next`, `search`, `show`, `stats`, `export` and `related`
(`cites`, `refs`), its help, its completion and the format tables in docs/ all come from `FORMATS`.

Adding a format is one entry here (and its converter, if it is new): nothing in the commands changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final, TypeVar

from paperlist.dates import now_iso
from paperlist.errors import UsageError
from paperlist.models import DigestReading, FoundPaper, Paper, PaperFilter, SearchHit, SortKey, Stats
from paperlist.store.db import Store
from paperlist.store.papers import list_papers
from paperlist.views import text

if TYPE_CHECKING:
    from rich.console import RenderableType

    from paperlist.enrich.doctor import Diagnosis
    from paperlist.store.journal import Change

    Output = str | RenderableType  # a rich renderable (the table format) is shown, text is written as is

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


@dataclass(frozen=True, slots=True)
class WriteContext:
    """What a writer may need beyond the rows: how to mark matches, when, and the citation keys."""

    marks: bool = False  # put search matches between « and » (no colour: a pipe, a file, NO_COLOR)
    width: int | None = None  # the terminal's columns, for tables that choose their columns by width
    stamp: str = field(default_factory=now_iso)
    keys: Callable[[Sequence[Paper]], Mapping[int, str]] | None = None  # citation keys (BibTeX, CSL-JSON)
    verbose: bool = False  # `extract -v`: also the lines considered and turned down

    def citation_keys(self, papers: Sequence[Paper]) -> Mapping[int, str]:
        if self.keys is None:
            raise ValueError("this writer needs citation keys: give WriteContext(keys=...)")
        return self.keys(papers)


PapersWriter = Callable[[Sequence[Paper], WriteContext], "Output"]
HitsWriter = Callable[[Sequence[SearchHit], WriteContext], "Output"]
PaperWriter = Callable[[Paper, WriteContext], "Output"]
StatsWriter = Callable[[Stats, WriteContext], "Output"]
FoundWriter = Callable[[Sequence[FoundPaper], WriteContext], "Output"]
HistoryWriter = Callable[[Sequence["Change"], WriteContext], "Output"]
DoctorWriter = Callable[["Diagnosis", WriteContext], "Output"]
ReadingsWriter = Callable[[Sequence[DigestReading], WriteContext], "Output"]


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
    related: FoundWriter | None = None  # `related`, `cites` and `refs`: papers Semantic Scholar points at
    history: HistoryWriter | None = None
    doctor: DoctorWriter | None = None
    extract: ReadingsWriter | None = None

    def offered_by(self, command: str) -> bool:
        return getattr(self, SAME_AS.get(command, command)) is not None

    @property
    def label(self) -> str:
        return self.name + "".join(f" ({alias})" for alias in self.aliases)

    def write_papers(self, command: str, papers: Sequence[Paper], context: WriteContext) -> Output:
        """`list`, `next` or `export` in this format."""
        writers = {"list": self.list, "next": self.next, "export": self.export}
        return _offered(writers.get(command), self, command)(papers, context)

    def write_hits(self, hits: Sequence[SearchHit], context: WriteContext) -> Output:
        return _offered(self.search, self, "search")(hits, context)

    def write_paper(self, paper: Paper, context: WriteContext) -> Output:
        return _offered(self.show, self, "show")(paper, context)

    def write_stats(self, stats: Stats, context: WriteContext) -> Output:
        return _offered(self.stats, self, "stats")(stats, context)

    def write_found(self, command: str, papers: Sequence[FoundPaper], context: WriteContext) -> Output:
        """`related`, `cites` or `refs` in this format."""
        return _offered(self.related, self, command)(papers, context)

    def write_history(self, changes: Sequence[Change], context: WriteContext) -> Output:
        return _offered(self.history, self, "history")(changes, context)

    def write_doctor(self, diagnosis: Diagnosis, context: WriteContext) -> Output:
        return _offered(self.doctor, self, "doctor")(diagnosis, context)

    def write_readings(self, readings: Sequence[DigestReading], context: WriteContext) -> Output:
        return _offered(self.extract, self, "extract")(readings, context)


W = TypeVar("W")


def _offered(writer: W | None, fmt: Format, command: str) -> W:
    if writer is None:
        find_format(fmt.name, command)  # raises the UsageError that lists what the command offers
        raise AssertionError("unreachable")
    return writer


# -- writers (thin adapters from the converters to the registry's signatures) --------------------------------


def _table(papers: Sequence[Paper], context: WriteContext) -> Output:
    from paperlist.views.terminal import papers_table

    return papers_table(papers, width=context.width)


def _next_table(papers: Sequence[Paper], context: WriteContext) -> Output:
    from paperlist.views.terminal import next_table

    return next_table(papers, width=context.width)


def _history_table(changes: Sequence[Change], context: WriteContext) -> Output:
    from paperlist.views.terminal import history_table

    return history_table(changes)


def _history_json(changes: Sequence[Change], context: WriteContext) -> Output:
    return text.to_json([text.change_json(change) for change in changes])


def _history_jsonl(changes: Sequence[Change], context: WriteContext) -> Output:
    return text.to_jsonl(text.change_json(change) for change in changes)


def _doctor_view(diagnosis: Diagnosis, context: WriteContext) -> Output:
    from paperlist.views.terminal import doctor_view

    return doctor_view(diagnosis)


def _doctor_json(diagnosis: Diagnosis, context: WriteContext) -> Output:
    return text.to_json(text.doctor_json(diagnosis))


def _hits_table(hits: Sequence[SearchHit], context: WriteContext) -> Output:
    from paperlist.views.terminal import hits_table

    return hits_table(hits, marks=context.marks)


def _paper_page(paper: Paper, context: WriteContext) -> Output:
    from paperlist.views.terminal import paper_view

    return paper_view(paper)


def _stats_view(stats: Stats, context: WriteContext) -> Output:
    from paperlist.views.terminal import stats_view

    return stats_view(stats)


def _papers_json(papers: Sequence[Paper], context: WriteContext) -> Output:
    return text.to_json([text.paper_json(paper) for paper in papers])


def _papers_jsonl(papers: Sequence[Paper], context: WriteContext) -> Output:
    return text.to_jsonl(text.paper_json(paper) for paper in papers)


def _papers_csv(papers: Sequence[Paper], context: WriteContext) -> Output:
    return text.to_csv([text.paper_row(paper) for paper in papers], text.PAPER_FIELDS)


def _papers_markdown(papers: Sequence[Paper], context: WriteContext) -> Output:
    return text.papers_markdown(papers)


def _hits_json(hits: Sequence[SearchHit], context: WriteContext) -> Output:
    return text.to_json([text.hit_json(hit) for hit in hits])


def _hits_jsonl(hits: Sequence[SearchHit], context: WriteContext) -> Output:
    return text.to_jsonl(text.hit_json(hit) for hit in hits)


def _hits_csv(hits: Sequence[SearchHit], context: WriteContext) -> Output:
    rows = [text.hit_row(rank, hit) for rank, hit in enumerate(hits, start=1)]
    return text.to_csv(rows, text.HIT_FIELDS)


def _hits_markdown(hits: Sequence[SearchHit], context: WriteContext) -> Output:
    return text.hits_markdown(hits)


def _paper_json(paper: Paper, context: WriteContext) -> Output:
    return text.to_json(text.paper_json(paper))  # one paper: the object itself, not a list of one


def _one(writer: PapersWriter) -> PaperWriter:
    """A writer of one paper from a writer of several (CSV, JSONL, BibTeX: one row or entry)."""
    return lambda paper, context: writer([paper], context)


def _paper_markdown(paper: Paper, context: WriteContext) -> Output:
    return text.paper_markdown(paper)


def _stats_json(stats: Stats, context: WriteContext) -> Output:
    return text.to_json(text.stats_json(stats))


def _stats_jsonl(stats: Stats, context: WriteContext) -> Output:
    return text.to_jsonl(text.stats_rows(stats))


def _stats_csv(stats: Stats, context: WriteContext) -> Output:
    return text.to_csv(text.stats_rows(stats), text.STATS_FIELDS)


def _stats_markdown(stats: Stats, context: WriteContext) -> Output:
    return text.stats_markdown(stats)


def _readings_view(readings: Sequence[DigestReading], context: WriteContext) -> Output:
    from paperlist.views.terminal import readings_view

    return readings_view(readings, verbose=context.verbose)


def _readings_json(readings: Sequence[DigestReading], context: WriteContext) -> Output:
    return text.to_json([text.reading_json(reading, verbose=context.verbose) for reading in readings])


def _readings_jsonl(readings: Sequence[DigestReading], context: WriteContext) -> Output:
    return text.to_jsonl(text.reading_json(reading, verbose=context.verbose) for reading in readings)


def _bibtex(papers: Sequence[Paper], context: WriteContext) -> Output:
    from paperlist.views.export import to_bibtex

    keys = context.citation_keys(papers)
    return to_bibtex(sorted(papers, key=lambda paper: keys[paper.id]), keys)


def _csl_json(papers: Sequence[Paper], context: WriteContext) -> Output:
    from paperlist.views.export import to_csl_json

    keys = context.citation_keys(papers)
    return to_csl_json(sorted(papers, key=lambda paper: keys[paper.id]), keys)


def _found_table(papers: Sequence[FoundPaper], context: WriteContext) -> Output:
    from paperlist.views.terminal import found_table

    return found_table(papers)


def _found_json(papers: Sequence[FoundPaper], context: WriteContext) -> Output:
    return text.to_json([text.found_json(found) for found in papers])


def _found_jsonl(papers: Sequence[FoundPaper], context: WriteContext) -> Output:
    return text.to_jsonl(text.found_json(found) for found in papers)


def _found_csv(papers: Sequence[FoundPaper], context: WriteContext) -> Output:
    return text.to_csv([text.found_row(found) for found in papers], text.FOUND_FIELDS)


def _found_markdown(papers: Sequence[FoundPaper], context: WriteContext) -> Output:
    return text.found_markdown(papers)


def _reading_list_markdown(papers: Sequence[Paper], context: WriteContext) -> Output:
    from paperlist.views.export import to_markdown

    return to_markdown(papers, context.stamp)


def _reading_list_html(papers: Sequence[Paper], context: WriteContext) -> Output:
    from paperlist.views.export import to_html

    return to_html(papers, context.stamp)


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
    ),
    Format(
        "html",
        "a page to read",
        "the reading list of `markdown` as one self-contained page: inline CSS (light and dark), no scripts, "
        "nothing loaded from the web (a Content-Security-Policy forbids it), works offline; all outside text is "
        "escaped and only `http(s)` links are kept",
        export=_reading_list_html,
        export_sort=SortKey.RELEVANCE,
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


@dataclass(frozen=True, slots=True)
class Exported:
    text: str
    count: int  # how many papers it holds
    left_out: tuple[Paper, ...] = ()  # matched, but left out: arXiv says their ids do not exist


def export_papers(store: Store, fmt: Format, paper_filter: PaperFilter, now: str | None = None) -> Exported:
    """The papers `paper_filter` selects, as one document in `fmt` (a format `export` offers).

    BibTeX and CSL-JSON come sorted by citation key (stable diffs); the Markdown and HTML reading lists
    are grouped by status, each group in `--sort` order (default: what to read first, as `next`);
    CSV and JSON follow `--sort` as `list` does. Papers whose arXiv id arXiv says does not exist (a typo in a
    digest) are left out, and returned apart so the caller can say so.
    """
    if fmt.export is None:
        raise ValueError(f"{fmt.name} is not an export format")
    if fmt.export_sort is not None:
        paper_filter = replace(paper_filter, sort=paper_filter.sort or fmt.export_sort)
    papers = list_papers(store, replace(paper_filter, missing=False))
    left_out = list_papers(store, replace(paper_filter, missing=True, sort=SortKey.ADDED, limit=None))
    keys = keys_from(store)
    context = WriteContext(keys=keys) if now is None else WriteContext(stamp=now, keys=keys)
    written = fmt.export(papers, context)
    if not isinstance(written, str):
        raise TypeError(f"the {fmt.name} export wrote no text")
    return Exported(written, len(papers), tuple(left_out))


def keys_from(store: Store) -> Callable[[Sequence[Paper]], Mapping[int, str]]:
    """Citation keys for papers of `store`'s reading list (computed over the whole list: see citation_keys)."""

    def keys(papers: Sequence[Paper]) -> Mapping[int, str]:
        from paperlist.views.export import citation_keys

        # Removed papers keep their keys too: removing one never hands its key to another.
        every = [
            *list_papers(store, PaperFilter(sort=SortKey.ADDED)),
            *list_papers(store, PaperFilter(sort=SortKey.ADDED, removed=True)),
        ]
        return citation_keys(every)

    return keys
