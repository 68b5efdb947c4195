"""`paperlist ingest`: read digests into the reading list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from paperlist.cli.context import app_context
from paperlist.models import EnrichState
from paperlist.views.reports import ingest_summary

if TYPE_CHECKING:
    pass


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Digest files, folders (read recursively: .txt .md .html) or http(s) URLs.",
            show_default=False,
        ),
    ],
    offline: Annotated[bool, typer.Option("--offline", help="Do not contact arXiv or OpenReview.")] = False,
) -> None:
    """Read digests, find every paper they reference, and add them to the reading list.

    Example: paperlist ingest seeds/ --offline
    """
    # Decoders, the extractor and network code are imported when ingest runs, not when any command starts.
    from paperlist.cli.enrich import run_enrichment
    from paperlist.cli.progress import IngestProgress
    from paperlist.ingest.run import ingest_paths
    from paperlist.store.papers import count_by_enrichment

    context = app_context(ctx)
    store = context.store(create=True)
    with IngestProgress(context) as progress:
        report = ingest_paths(store, paths, progress)
    context.say(ingest_summary(report))
    if offline:
        pending = count_by_enrichment(store).get(EnrichState.PENDING, 0)
        if pending:
            context.say(
                f"{pending} paper{'s' if pending != 1 else ''} await enrichment (--offline): they are listed "
                "with what the digests say; run `paperlist enrich` to fetch their metadata."
            )
        return
    # Enrich what this run found (already enriched papers are not asked again).
    run_enrichment(context, report.paper_ids)
