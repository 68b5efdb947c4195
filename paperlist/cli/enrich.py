"""`paperlist enrich`, and the enrichment step of `paperlist ingest`: plan, progress, summary."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated

import typer

from paperlist.cli.context import AppContext, app_context
from paperlist.errors import ServiceError
from paperlist.models import EnrichState

if TYPE_CHECKING:
    from paperlist.enrich.run import EnrichReport, Plan

# Network code (httpx, arxiv, defusedxml) is imported when enrichment runs, not when any command starts.


def enrich(
    ctx: typer.Context,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what would be asked (papers, requests) and ask nothing.")
    ] = False,
) -> None:
    """Fetch arXiv and OpenReview metadata for papers still pending (or failed earlier).

    Example: paperlist enrich --dry-run
    """
    context = app_context(ctx)
    report = run_enrichment(context, None, dry_run=dry_run)
    if report.stopped and not dry_run:
        raise ServiceError(
            report.stopped, "the papers not asked stay in the list; run `paperlist enrich` again later"
        )


def run_enrichment(
    context: AppContext, paper_ids: Iterable[int] | None, *, dry_run: bool = False, offline: bool = False
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
        )
    if not dry_run:
        context.say(summary(report))
    return report


def plan_text(plan: Plan, delay: float, dry_run: bool = False) -> str:
    """The plan in words: papers found, already known, requests needed."""
    head = "Would ask" if dry_run else "Asking"
    known = f"{plan.known} already known" + (
        f", {plan.remembered_missing} ids arXiv said do not exist" if plan.remembered_missing else ""
    )
    if plan.to_ask == 0:
        return f"Enrichment: {plan.papers} papers, {known}: nothing to ask."
    parts = []
    if plan.ids:
        parts.append(f"{plan.ids} arXiv ids")
    if plan.titles:
        parts.append(f"{plan.titles} titles")
    if plan.forums:
        parts.append(f"{plan.forums} OpenReview forums")
    seconds = max(plan.arxiv_requests - 1, 0) * delay
    requests = f"{plan.arxiv_requests} arXiv requests" + (
        f" (+ up to {plan.fallback_requests} for unsure titles)" if plan.fallback_requests else ""
    )
    if plan.openreview_requests:
        requests += f" and up to {plan.openreview_requests} OpenReview requests"
    return (
        f"Enrichment: {plan.papers} papers, {known}. {head} about {', '.join(parts)}: "
        f"{requests}, at least {seconds:.0f} s at one arXiv request every {delay:g} s."
    )


def summary(report: EnrichReport) -> str:
    states = report.states
    counted = ", ".join(
        f"{states[state]} {state.value.replace('_', ' ')}" for state in EnrichState if states.get(state)
    )
    line = (
        f"Enrichment done: {counted or 'no papers'} ({report.arxiv_requests} arXiv and "
        f"{report.openreview_requests} OpenReview requests"
    )
    if report.throttled_seconds:
        line += f", {report.throttled_seconds:.0f} s waiting on rate limits"
    if report.merged:
        line += f", {report.merged} duplicate{'s' if report.merged != 1 else ''} merged"
    line += ")."
    waiting = states.get(EnrichState.PENDING, 0) + states.get(EnrichState.FAILED, 0)
    if report.stopped:
        line += f" Stopped asking: {report.stopped}."
    if waiting:
        line += (
            f" {waiting} paper{'s' if waiting != 1 else ''} await enrichment: they are listed with what the "
            "digests say; run `paperlist enrich` to fetch their metadata."
        )
    return line
