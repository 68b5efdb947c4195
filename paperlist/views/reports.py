"""Pure: what a run did, in words for people (the plan and summaries `ingest` and `enrich` print on stderr)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from paperlist.models import EnrichState
from paperlist.store.digests import DigestStatus
from paperlist.views.text import plural

if TYPE_CHECKING:
    from paperlist.enrich.run import EnrichReport, Plan
    from paperlist.ingest.run import IngestReport


def ingest_summary(report: IngestReport) -> str:
    """One line: digests read, papers found, new, already known."""
    counts = report.digests
    details = [f"{counts[status]} {status.value}" for status in DigestStatus if counts[status]]
    line = (
        f"Read {plural(report.digests_read, 'digest')}"
        f"{' (' + ', '.join(details) + ')' if details else ''}: "
        f"{plural(report.papers_found, 'paper')} found, {report.papers_new} new, {report.papers_known} already known"
    )
    if report.skipped:
        line += f"; {len(report.skipped)} skipped"
    return line + "."


def plan_text(plan: Plan, delay: float, dry_run: bool = False) -> str:
    """The plan in words: papers found, already known, requests needed."""
    head = ("Would ask" if dry_run else "Asking") + (" again" if plan.refresh else "")
    if plan.refresh:
        lead = f"Refresh: {plural(plan.papers, 'paper')}" + (
            f", {plural(plan.rechecks, 'id')} arXiv said do not exist checked again" if plan.rechecks else ""
        )
    else:
        lead = f"Enrichment: {plural(plan.papers, 'paper')}, {plan.known} already known" + (
            f", {plural(plan.remembered_missing, 'id')} arXiv said do not exist"
            if plan.remembered_missing
            else ""
        )
    if plan.to_ask == 0:
        return f"{lead}: nothing to ask."
    parts = []
    if plan.ids:
        parts.append(plural(plan.ids, "arXiv id"))
    if plan.titles:
        parts.append(plural(plan.titles, "title"))
    if plan.forums:
        parts.append(plural(plan.forums, "OpenReview forum"))
    if plan.s2_ids or plan.s2_titles:
        parts.append(f"{plural(plan.s2_ids + plan.s2_titles, 'paper')} on Semantic Scholar")
    seconds = max(plan.arxiv_requests - 1, 0) * delay
    requests = []
    if plan.arxiv_requests:
        requests.append(
            plural(plan.arxiv_requests, "arXiv request")
            + (f" (+ up to {plan.fallback_requests} for unsure titles)" if plan.fallback_requests else "")
        )
    if plan.openreview_requests:
        requests.append(f"up to {plural(plan.openreview_requests, 'OpenReview request')}")
    if plan.s2_requests:
        asked = plan.s2_batch_requests + plan.s2_titles
        requests.append(
            f"{plural(asked, 'Semantic Scholar request')} ({plan.s2_batch_requests} by id"
            + (f", {plan.s2_titles} by title" if plan.s2_titles else "")
            + ")"
            + (f" (+ up to {plan.s2_later} for titles arXiv cannot place)" if plan.s2_later else "")
        )
    wait = f", at least {seconds:.0f} s at one arXiv request every {delay:g} s" if plan.arxiv_requests else ""
    return f"{lead}. {head} about {', '.join(parts)}: {_and(requests)}{wait}."


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def enrich_summary(report: EnrichReport) -> str:
    """One line: what enrichment did, and what still waits for it."""
    states = report.states
    counted = ", ".join(
        f"{states[state]} {state.value.replace('_', ' ')}" for state in EnrichState if states.get(state)
    )
    line = (
        f"Enrichment done: {counted or 'no papers'} ({report.arxiv_requests} arXiv, "
        f"{report.openreview_requests} OpenReview and "
        f"{plural(report.s2_requests, 'Semantic Scholar request')}"
    )
    if report.throttled_seconds:
        line += f", {report.throttled_seconds:.0f} s waiting on rate limits"
    if report.merged:
        line += f", {plural(report.merged, 'duplicate')} merged"
    if report.detached:
        line += f", {plural(report.detached, 'title')} given beside another paper's id read on its own"
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
        line += " " + awaiting_text(waiting)
    if report.s2_unasked > 0:
        line += (
            f" Semantic Scholar was not asked about {plural(report.s2_unasked, 'paper')} (venues, citations):"
            " `paperlist enrich` asks later."
        )
    return line


def awaiting_text(count: int) -> str:
    """What a run that left papers pending says about them."""
    if count == 1:
        return (
            "1 paper awaits enrichment: it is listed with what the digests say; run `paperlist enrich` to fetch "
            "its metadata."
        )
    return (
        f"{count} papers await enrichment: they are listed with what the digests say; run `paperlist enrich` "
        "to fetch their metadata."
    )
