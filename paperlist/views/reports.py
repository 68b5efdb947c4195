"""Pure: what a run did, in words for people (the plan and summaries `ingest` and `enrich` print on stderr)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from paperlist.models import EnrichState
from paperlist.store.digests import DigestStatus

if TYPE_CHECKING:
    from paperlist.enrich.run import EnrichReport, Plan
    from paperlist.ingest.run import IngestReport


def ingest_summary(report: IngestReport) -> str:
    """One line: digests read, papers found, new, already known."""
    counts = report.digests
    details = [f"{counts[status]} {status.value}" for status in DigestStatus if counts[status]]
    line = (
        f"Read {report.digests_read} digest{'s' if report.digests_read != 1 else ''}"
        f"{' (' + ', '.join(details) + ')' if details else ''}: "
        f"{report.papers_found} papers found, {report.papers_new} new, {report.papers_known} already known"
    )
    if report.skipped:
        line += f"; {len(report.skipped)} skipped"
    return line + "."


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


def enrich_summary(report: EnrichReport) -> str:
    """One line: what enrichment did, and what still waits for it."""
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
    if report.held:
        line += (
            f" {report.held} title{'s' if report.held != 1 else ''} found on no service and named only weakly"
            " held back as unconfirmed: `paperlist list --unconfirmed` shows them, `paperlist confirm ID` keeps one."
        )
    if waiting:
        line += (
            f" {waiting} paper{'s' if waiting != 1 else ''} await enrichment: they are listed with what the "
            "digests say; run `paperlist enrich` to fetch their metadata."
        )
    return line
