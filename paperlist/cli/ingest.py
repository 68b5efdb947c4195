"""`paperlist ingest`: read digests into the reading list."""

from __future__ import annotations

from typing import Annotated

import typer

from paperlist.cli.context import app_context
from paperlist.cli.options import TABLE, ExtractFormat
from paperlist.models import EnrichState

_SUFFIXES = (
    ".txt .md .html .org .docx .xlsx .pptx .rtf .bib .ris .enw .json .yaml .csv .tsv .tex .rss .atom .ipynb"
    " .mbox ..."
)


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help=f"Digest files, folders (read recursively: {_SUFFIXES}), http(s) URLs, or - for stdin.",
            show_default=False,
        ),
    ],
    offline: Annotated[bool, typer.Option("--offline", help="Do not contact arXiv or OpenReview.")] = False,
) -> None:
    """Read digests, find every paper they reference, and add them to the reading list.

    Example: paperlist ingest seeds/ --offline   (or: pbpaste | paperlist ingest -)
    """
    # Decoders, the extractor and network code are imported when ingest runs, not when any command starts.
    from paperlist.cli.enrich import run_enrichment
    from paperlist.cli.progress import IngestProgress
    from paperlist.ingest.run import ingest_paths
    from paperlist.store.papers import count_by_enrichment
    from paperlist.views.reports import awaiting_text, ingest_summary

    context = app_context(ctx)
    store = context.store(create=True)
    with IngestProgress(context) as progress:
        report = ingest_paths(store, paths, progress)
    context.say(ingest_summary(report))
    if offline:
        pending = count_by_enrichment(store).get(EnrichState.PENDING, 0)
        if pending:
            context.say(awaiting_text(pending).replace(" enrichment:", " enrichment (--offline):", 1))
        return
    # Enrich what this run found (already enriched papers are not asked again).
    run_enrichment(context, report.paper_ids)


def extract(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help=f"Digest files, folders (read recursively: {_SUFFIXES}) or http(s) URLs.",
            show_default=False,
        ),
    ],
    output: ExtractFormat = TABLE,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="Also list the lines considered and turned down, with why."),
    ] = False,
) -> None:
    """Show what ingest would find in digests, storing nothing: each paper, its evidence, its line and why
    its title was taken.

    Example: paperlist extract reading-list.md -v
    """
    from paperlist.ingest.parse import read_digests

    context = app_context(ctx)
    readings = read_digests(paths)
    written = context.writing(verbose=verbose)
    context.emit(lambda out: output.write_readings(readings, written, out))
