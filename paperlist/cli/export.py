"""`paperlist export`: the reading list as BibTeX, CSL-JSON, Markdown, CSV, JSON or an HTML page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from paperlist.cli.context import app_context
from paperlist.cli.options import (
    BIBTEX,
    AuthorOption,
    CategoryOption,
    DigestOption,
    ExportFormat,
    LimitOption,
    MinCitationsOption,
    MinMentionsOption,
    OptionalIdsArgument,
    SinceOption,
    SortOption,
    StarredOption,
    StatusOption,
    TagOption,
    UnresolvedOption,
    UntilOption,
    VenueOption,
    paper_filter,
)
from paperlist.errors import UsageError
from paperlist.store.papers import resolve_refs
from paperlist.views.formats import Output, export_papers, left_out
from paperlist.views.text import plural


def export(
    ctx: typer.Context,
    papers: OptionalIdsArgument = None,
    fmt: ExportFormat = BIBTEX,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.", dir_okay=False
        ),
    ] = None,
    status: StatusOption = None,
    tag: TagOption = None,
    category: CategoryOption = None,
    author: AuthorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    digest: DigestOption = None,
    unresolved: UnresolvedOption = False,
    starred: StarredOption = False,
    min_mentions: MinMentionsOption = 0,
    min_citations: MinCitationsOption = 0,
    venue: VenueOption = None,
    sort: SortOption = None,
    limit: LimitOption = None,
) -> None:
    """Export papers (the ones named, or the same filters as list) for LaTeX, Zotero, pandoc, spreadsheets or
    a browser.

    BibTeX keys look like wu2020lite and never change once given; the HTML page is one self-contained
    file that works offline. Papers whose arXiv id arXiv says does not exist are left out, saying so.

    Example: paperlist export --format bibtex --tag thesis -o refs.bib
    """
    context = app_context(ctx)
    store = context.store()
    chosen = paper_filter(ctx.params)
    if output is not None:  # never over the database, another SQLite file or a folder
        from paperlist.files import check_target

        check_target(output, protect=[Path(store.path)])
    if papers:
        chosen = replace(chosen, ids=tuple(resolve_refs(store, papers)))

    def write(out: Output) -> int:
        return export_papers(store, fmt, chosen, context.writing(), out)

    try:
        count = context.emit(write, to=output)
    except OSError as error:
        if output is None:
            raise
        raise UsageError(
            f"cannot write {output}: {error.strerror or error}", "choose another --output path"
        ) from error
    if not count:
        context.say("No papers match. Loosen the filters, or add papers with `paperlist ingest PATH`.")
    elif output is not None:
        context.say(f"Wrote {plural(count, 'paper')} to {output} ({fmt.name}).")
    missing = left_out(store, chosen)
    if missing:
        named = ", ".join(f"{paper.arxiv_id} (paper {paper.id})" for paper in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        context.warn(
            f"left out {plural(len(missing), 'paper')} whose arXiv id arXiv says does not exist: "
            f"{named}{more} (`paperlist doctor` lists them)"
        )
