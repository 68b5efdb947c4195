"""`paperlist export`: the reading list as BibTeX, CSL-JSON, Markdown, CSV, JSON or an HTML page."""

from __future__ import annotations

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
    MinMentionsOption,
    SinceOption,
    SortOption,
    StarredOption,
    StatusOption,
    TagOption,
    UnresolvedOption,
    UntilOption,
    paper_filter,
)
from paperlist.files import write_text_file
from paperlist.views.formats import export_papers


def export(
    ctx: typer.Context,
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
    sort: SortOption = None,
    limit: LimitOption = None,
) -> None:
    """Export papers (the same filters as list) for LaTeX, Zotero, pandoc, spreadsheets or a browser.

    BibTeX keys look like wu2020lite and never change once given; the HTML page is one self-contained
    file that works offline.

    Example: paperlist export --format bibtex --tag thesis -o refs.bib
    """
    context = app_context(ctx)
    store = context.store()
    exported = export_papers(store, fmt, paper_filter(ctx.params))
    if not exported.count:
        context.say("No papers match. Loosen the filters, or add papers with `paperlist ingest PATH`.")
    if output is None:
        context.write(exported.text)
        return
    # Whole or not at all, and never over the database, another SQLite file or a folder.
    write_text_file(output, exported.text, protect=[Path(store.path)])
    context.say(f"Wrote {exported.count} papers to {output} ({fmt.name}).")
