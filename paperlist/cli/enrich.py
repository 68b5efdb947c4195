"""`paperlist enrich`, and the enrichment step of `paperlist ingest`: plan, progress, summary."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated

import typer

from paperlist.cli.context import AppContext, app_context
from paperlist.errors import ServiceError

if TYPE_CHECKING:
    from paperlist.enrich.run import EnrichReport

# Network code (httpx, arxiv, defusedxml) is imported when enrichment runs, not when any command starts.


DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Print what would be asked (papers, requests) and ask nothing.")
]


def enrich(
    ctx: typer.Context,
    dry_run: DryRunOption = False,
    retry_missing: Annotated[
        bool,
        typer.Option(
            "--retry-missing", help="Ask arXiv again, only about the ids it said do not exist (a new paper?)."
        ),
    ] = False,
) -> None:
    """Fetch arXiv and OpenReview metadata for papers still pending (or failed earlier), then Semantic
    Scholar's venue, year of publication, citation count and TL;DR for papers it was not asked about yet
    (and title matches for papers arXiv does not have).

    `paperlist refresh` asks again about papers already enriched.

    Example: paperlist enrich --dry-run
    """
    from paperlist.models import PaperFilter
    from paperlist.store.papers import paper_ids

    context = app_context(ctx)
    if retry_missing:
        scope = paper_ids(context.store(), PaperFilter(missing=True))
        if not scope:
            context.say("No paper has an arXiv id arXiv said does not exist: nothing to ask again.")
            return
        report = run_enrichment(context, scope, dry_run=dry_run, refresh=True)
    else:
        report = run_enrichment(context, None, dry_run=dry_run)
    if report.stopped and not dry_run:
        raise ServiceError(
            report.stopped, "the papers not asked stay in the list; run `paperlist enrich` again later"
        )


def run_enrichment(
    context: AppContext,
    paper_ids: Iterable[int] | None,
    *,
    dry_run: bool = False,
    offline: bool = False,
    refresh: bool = False,
) -> EnrichReport:
    """Enrich (or plan to), showing the plan, a progress bar and a summary on stderr."""
    from paperlist.cli.progress import EnrichProgress
    from paperlist.config import service_settings
    from paperlist.enrich.run import enrich_papers

    settings = service_settings()
    with EnrichProgress(context, settings.arxiv_delay, dry_run=dry_run) as progress:
        report = enrich_papers(
            context.store(),
            paper_ids,
            settings=settings,
            observer=progress,
            offline=offline,
            dry_run=dry_run,
            refresh=refresh,
        )
    if not dry_run:
        from paperlist.views.reports import enrich_summary

        context.say(enrich_summary(report))
    return report
