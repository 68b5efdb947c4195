"""References → trustworthy papers: ask arXiv and OpenReview as little and as politely as possible.

One run collects every paper awaiting metadata, drops what is known (enriched, or ids arXiv said do not
exist), then asks in this order, recording each paper's state as soon as it is known:

1. arXiv by id, up to 100 ids a request;
2. OpenReview notes of forums without an arXiv id (their title, authors, abstract, venue);
3. arXiv by quoted title, many titles OR-ed into one request;
4. for titles still unsure, one more round of broader searches (title parts; first author + rare words).

A paper found to have the arXiv id of another paper is merged into it. Offline (or unreachable, noticed on the
first request) nothing is asked and everything stays pending; a 403 stops asking; a throttled run marks what it
could not ask as failed, which `paperlist enrich` retries later.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from paperlist.config import ServiceSettings
from paperlist.dates import days_ago, now_iso
from paperlist.enrich import arxiv, openreview
from paperlist.enrich.match import Decision, Wanted, decide, fallback_clauses, surnames
from paperlist.errors import ServiceBlocked, ServiceError, ServiceUnreachable
from paperlist.http import Wait
from paperlist.models import EnrichState, Metadata
from paperlist.store import enrichment as queries
from paperlist.store.db import Store


class EnrichObserver(Protocol):
    """What the caller hears while enrichment runs (the CLI draws a progress bar from it)."""

    def planned(self, plan: Plan) -> None: ...

    def asking(self, service: str, what: str) -> None: ...

    def answered(self, service: str) -> None: ...

    def waiting(self, wait: Wait) -> None: ...


class Silent:
    """An observer that shows nothing."""

    def planned(self, plan: Plan) -> None:
        return None

    def asking(self, service: str, what: str) -> None:
        return None

    def answered(self, service: str) -> None:
        return None

    def waiting(self, wait: Wait) -> None:
        return None


@dataclass(frozen=True, slots=True)
class Plan:
    """What a run is about to do: shown before asking, and all `--dry-run` does."""

    papers: int  # papers in scope
    known: int  # already settled (enriched, not found, ambiguous): not asked again
    remembered_missing: int  # ids arXiv already said do not exist: not asked again
    ids: int  # arXiv ids to fetch
    forums: int  # OpenReview forums to read
    titles: int  # papers to look up on arXiv by title
    id_requests: int
    title_requests: int  # first round; a second round of at most `fallback_requests` may follow
    fallback_requests: int
    openreview_requests: int  # at most (v2, then v1 when v2 has no note)
    offline: bool = False

    @property
    def to_ask(self) -> int:
        return self.ids + self.forums + self.titles

    @property
    def arxiv_requests(self) -> int:
        """arXiv requests of the first pass (the fallback round comes on top, only if needed)."""
        return self.id_requests + self.title_requests

    @property
    def steps(self) -> int:
        return self.arxiv_requests + self.forums


@dataclass
class EnrichReport:
    """What a run did."""

    plan: Plan
    states: dict[EnrichState, int] = field(default_factory=dict)  # papers in scope by final state
    arxiv_requests: int = 0
    openreview_requests: int = 0
    throttled_seconds: float = 0.0  # time spent waiting because a service pushed back
    merged: int = 0  # papers folded into another (same paper through two routes)
    stopped: str | None = None  # why asking stopped early, if it did
    dry_run: bool = False


@dataclass
class _Job:
    paper: queries.PendingPaper
    titles: list[str]
    authors: tuple[str, ...]
    year: int | None = None
    note: Metadata | None = None  # the OpenReview note, when read
    paper_id: int = 0
    done: bool = False

    def wanted(self) -> Wanted:
        return Wanted(titles=tuple(self.titles), surnames=self.authors, year=self.year)


def _title_clauses(job: _Job) -> list[str]:
    clauses = []
    for title in job.titles:
        phrase = arxiv.title_phrase(title)
        if phrase:
            clauses.append(arxiv.title_clause(phrase))
    return list(dict.fromkeys(clauses))


# An id arXiv said does not exist is asked again after this many days: a digest may cite a paper before arXiv
# announces it, and an answer misread once must not settle a paper for good. (arXiv's results change daily.)
RECHECK_MISSING_DAYS = 30


def plan_enrichment(store: Store, paper_ids: Iterable[int] | None = None, *, offline: bool = False) -> Plan:
    """Count what a run would ask, without asking."""
    scope = None if paper_ids is None else set(paper_ids)
    recent = days_ago(RECHECK_MISSING_DAYS)
    pending = queries.awaiting(store, scope, recheck_before=recent)
    counts = queries.count_states(store, scope)
    papers = sum(counts.values())
    with_ids = [paper.arxiv_id for paper in pending if paper.arxiv_id]
    missing = queries.missing_ids(store, with_ids, since=recent)
    ids = [arxiv_id for arxiv_id in with_ids if arxiv_id not in missing]
    forums = [paper for paper in pending if not paper.arxiv_id and paper.openreview_id]
    titled = [paper for paper in pending if not paper.arxiv_id and (paper.titles or paper.openreview_id)]
    clauses: list[str] = []
    for paper in titled:
        for title in paper.titles:
            phrase = arxiv.title_phrase(title)
            if phrase:
                clauses.append(arxiv.title_clause(phrase))
    # Forums whose digest gave no title still get one from OpenReview: count a clause for each.
    clauses += ['ti:"?"' for paper in forums if not paper.titles]
    title_requests = len(arxiv.chunk_clauses(list(dict.fromkeys(clauses))))
    return Plan(
        papers=papers,
        known=papers - len(pending),
        remembered_missing=len(set(with_ids) & missing),
        ids=len(set(ids)),
        forums=len(forums),
        titles=len(titled),
        id_requests=math.ceil(len(set(ids)) / arxiv.ID_BATCH),
        title_requests=title_requests,
        fallback_requests=title_requests,
        openreview_requests=2 * len(forums),
        offline=offline,
    )


def enrich_papers(
    store: Store,
    paper_ids: Iterable[int] | None = None,
    *,
    settings: ServiceSettings,
    observer: EnrichObserver | None = None,
    offline: bool = False,
    dry_run: bool = False,
    now: Callable[[], str] = now_iso,
) -> EnrichReport:
    """Enrich the papers awaiting metadata (of `paper_ids`, or all of them) and say what happened."""
    scope = None if paper_ids is None else set(paper_ids)
    seen = observer or Silent()
    plan = plan_enrichment(store, scope, offline=offline)
    report = EnrichReport(plan=plan, dry_run=dry_run)
    seen.planned(plan)
    if dry_run or offline or (plan.to_ask == 0 and plan.remembered_missing == 0):
        if offline and plan.to_ask:
            report.stopped = "offline"
        report.states = queries.count_states(store, scope)
        return report
    run = _Run(store, settings, seen, report, now)
    try:
        run.execute(queries.awaiting(store, scope, recheck_before=days_ago(RECHECK_MISSING_DAYS)))
    finally:
        run.close()
    store.refresh_statistics()
    report.states = queries.count_states(store, scope)
    return report


class _Run:
    """One enrichment run: its clients (one per service), its jobs and what it learnt."""

    def __init__(
        self,
        store: Store,
        settings: ServiceSettings,
        observer: EnrichObserver,
        report: EnrichReport,
        now: Callable[[], str],
    ) -> None:
        self.store = store
        self.observer = observer
        self.report = report
        self.now = now
        self.arxiv = arxiv.ArxivClient(
            settings.arxiv_url, settings.arxiv_delay, on_wait=self._waited, timeout=settings.timeout
        )
        self.openreview = openreview.OpenReviewClient(
            settings.openreview_url,
            settings.openreview_v1_url,
            settings.openreview_delay,
            on_wait=self._waited,
            timeout=settings.timeout,
        )
        self.pool: dict[str, Metadata] = {}  # every arXiv record seen this run, for title matching
        self.arxiv_stopped: str | None = None
        self.openreview_stopped: str | None = None

    def close(self) -> None:
        self.report.arxiv_requests = self.arxiv.requests
        self.report.openreview_requests = self.openreview.requests
        self.arxiv.close()
        self.openreview.close()

    def _waited(self, wait: Wait) -> None:
        if wait.throttled:
            self.report.throttled_seconds += wait.seconds
        self.observer.waiting(wait)

    # -- the steps --------------------------------------------------------------------------------------

    def execute(self, pending: list[queries.PendingPaper]) -> None:
        jobs = [
            _Job(
                paper=paper,
                titles=list(paper.titles),
                authors=tuple(name for line in paper.authors for name in surnames(line)),
                paper_id=paper.id,
            )
            for paper in pending
        ]
        self._by_id([job for job in jobs if job.paper.arxiv_id])
        by_title = [job for job in jobs if not job.paper.arxiv_id]
        self._notes([job for job in by_title if job.paper.openreview_id])
        self._titles([job for job in by_title if not job.done])

    def _stop(self, error: ServiceError, service: str) -> str:
        if isinstance(error, ServiceUnreachable):
            # Noticed once for the whole run: no other service is tried either.
            reason = "offline: " + error.message
            self.arxiv_stopped = self.arxiv_stopped or reason
            self.openreview_stopped = self.openreview_stopped or reason
        elif isinstance(error, ServiceBlocked):
            reason = f"{service} refused access (403); not asked again this run"
        else:
            # The client's message names the service and says what went wrong (429s, a silent server...).
            reason = error.message if error.message.startswith(service) else f"{service}: {error.message}"
        if self.report.stopped is None:
            self.report.stopped = reason
        return reason

    def _give_up(self, jobs: Iterable[_Job], reason: str) -> None:
        """Papers that could not be asked: pending when offline, failed (retried later) otherwise."""
        left = [job for job in jobs if not job.done]
        state = EnrichState.PENDING if reason.startswith("offline") else EnrichState.FAILED
        queries.set_state(self.store, [job.paper_id for job in left], state, reason, self.now())
        for job in left:
            job.done = True

    def _by_id(self, jobs: list[_Job]) -> None:
        missing = queries.missing_ids(
            self.store, [job.paper.arxiv_id or "" for job in jobs], since=days_ago(RECHECK_MISSING_DAYS)
        )
        known_missing = [job for job in jobs if job.paper.arxiv_id in missing]
        queries.set_state(
            self.store,
            [job.paper_id for job in known_missing],
            EnrichState.NOT_FOUND,
            "arXiv says this id does not exist (remembered from an earlier run)",
            self.now(),
        )
        for job in known_missing:
            job.done = True
        asked = [job for job in jobs if not job.done]
        by_arxiv: dict[str, list[_Job]] = {}
        for job in asked:
            by_arxiv.setdefault(job.paper.arxiv_id or "", []).append(job)
        for batch in arxiv.id_batches(by_arxiv):
            if self.arxiv_stopped:
                self._give_up((job for arxiv_id in batch for job in by_arxiv[arxiv_id]), self.arxiv_stopped)
                continue
            self.observer.asking("arXiv", f"{len(batch)} ids")
            try:
                answer = self.arxiv.fetch_ids(batch)
            except ServiceError as error:
                self.arxiv_stopped = self._stop(error, "arXiv")
                self._give_up((job for arxiv_id in batch for job in by_arxiv[arxiv_id]), self.arxiv_stopped)
                continue
            finally:
                self.observer.answered("arXiv")
            stamp = self.now()
            for arxiv_id, metadata in answer.found.items():
                for job in by_arxiv[arxiv_id]:
                    self._accept(job, metadata)
            if rechecked := [
                job.paper.arxiv_id or "" for job in asked if job.paper.state is EnrichState.NOT_FOUND
            ]:
                queries.forget_missing(self.store, set(rechecked) & set(answer.found))
            if answer.missing:
                queries.remember_missing(self.store, answer.missing, stamp)
            for arxiv_id in answer.missing | answer.invalid:
                reason = (
                    "arXiv says this id does not exist"
                    if arxiv_id in answer.missing
                    else "arXiv refused this id as malformed"
                )
                jobs_for = by_arxiv.get(arxiv_id, [])
                queries.set_state(
                    self.store, [job.paper_id for job in jobs_for], EnrichState.NOT_FOUND, reason, stamp
                )
                for job in jobs_for:
                    job.done = True

    def _notes(self, jobs: list[_Job]) -> None:
        for job in jobs:
            if self.openreview_stopped:
                break
            forum = job.paper.openreview_id or ""
            self.observer.asking("OpenReview", forum)
            try:
                note = self.openreview.fetch_note(forum)
            except ServiceError as error:
                # OpenReview is a help, not a need: the digest's title is still searched on arXiv.
                self.openreview_stopped = self._stop(error, "OpenReview")
                continue
            finally:
                self.observer.answered("OpenReview")
            if note is None:
                continue
            job.note = note
            if note.title not in job.titles:
                job.titles.insert(0, note.title)
            if note.authors:
                job.authors = surnames(note.authors)
            if note.published:
                job.year = int(note.published[:4])
            job.paper_id, merged = queries.apply_metadata(
                self.store,
                job.paper_id,
                note,
                self.now(),
                state=EnrichState.PENDING,
                reason="OpenReview read",
            )
            self.report.merged += merged

    def _titles(self, jobs: list[_Job]) -> None:
        if not jobs:
            return
        if self.arxiv_stopped:
            self._settle_without_arxiv(jobs, self.arxiv_stopped)
            return
        untitled = [job for job in jobs if not _title_clauses(job)]
        if untitled:
            if self.openreview_stopped:
                self._give_up(untitled, self.openreview_stopped)
            else:
                reason = "no title to search: the digest gives none and OpenReview has no note for it"
                queries.set_state(
                    self.store, [job.paper_id for job in untitled], EnrichState.NOT_FOUND, reason, self.now()
                )
                for job in untitled:
                    job.done = True
            jobs = [job for job in jobs if not job.done]
        first = {job.paper_id: _title_clauses(job) for job in jobs}
        self._search(jobs, first)
        unsure = [job for job in jobs if not job.done]
        second = {
            job.paper_id: [c for c in fallback_clauses(job.wanted()) if c not in first[job.paper_id]]
            for job in unsure
        }
        self._search(unsure, second, final=True)

    def _search(self, jobs: list[_Job], clauses: dict[int, list[str]], final: bool = False) -> None:
        """Ask the clauses in as few requests as possible; settle each paper once all its clauses were asked."""
        ordered = list(dict.fromkeys(clause for job in jobs for clause in clauses[job.paper_id]))
        asked: set[str] = set()
        for chunk in arxiv.chunk_clauses(ordered):
            if self.arxiv_stopped:
                break
            self.observer.asking("arXiv", f"{len(chunk)} titles")
            try:
                found = self.arxiv.search_clauses(chunk)
            except ServiceError as error:
                self.arxiv_stopped = self._stop(error, "arXiv")
                break
            finally:
                self.observer.answered("arXiv")
            for record in found:
                if record.arxiv_id:
                    self.pool.setdefault(record.arxiv_id, record)
            asked.update(chunk)
            for job in jobs:
                if not job.done and set(clauses[job.paper_id]) <= asked:
                    self._settle(job, final)
        if self.arxiv_stopped:
            self._settle_without_arxiv([job for job in jobs if not job.done], self.arxiv_stopped)
        elif final:
            for job in jobs:
                if not job.done:
                    self._settle(job, final=True)

    def _settle(self, job: _Job, final: bool) -> None:
        decision = decide(job.wanted(), list(self.pool.values()))
        if decision.match is not None:
            self._accept(job, decision.match)
        elif final:
            self._unresolved(job, decision)

    def _accept(self, job: _Job, metadata: Metadata) -> None:
        job.paper_id, merged = queries.apply_metadata(self.store, job.paper_id, metadata, self.now())
        self.report.merged += merged
        job.done = True

    def _unresolved(self, job: _Job, decision: Decision) -> None:
        candidates = [candidate.as_record() for candidate in decision.candidates]
        stamp = self.now()
        if job.note is None and job.paper.openreview_id and self.openreview_stopped:
            # Unsure only for want of the OpenReview note (its title and authors make matches sure): not a
            # verdict on the paper. Failed, so `paperlist enrich` asks again once OpenReview answers.
            reason = f"{self.openreview_stopped}; the title alone matched no arXiv paper surely"
            queries.set_state(self.store, [job.paper_id], EnrichState.FAILED, reason, stamp, candidates)
        elif job.note is not None:
            # OpenReview has the paper, arXiv has no version we can be sure of: keep OpenReview's metadata.
            reason = (
                "OpenReview only: no sure arXiv version ("
                + (f"{len(candidates)} candidate(s) recorded" if candidates else "none found")
                + ")"
            )
            queries.set_state(self.store, [job.paper_id], EnrichState.ENRICHED, reason, stamp, candidates)
        elif decision.ambiguous:
            reason = f"no sure arXiv match for the title: {len(candidates)} candidate(s) recorded"
            queries.set_state(self.store, [job.paper_id], EnrichState.AMBIGUOUS, reason, stamp, candidates)
        else:
            reason = "no arXiv paper with this title"
            queries.set_state(self.store, [job.paper_id], EnrichState.NOT_FOUND, reason, stamp)
        job.done = True

    def _settle_without_arxiv(self, jobs: list[_Job], reason: str) -> None:
        """arXiv could not be asked: papers with an OpenReview note still have that; the rest wait."""
        for job in jobs:
            if job.done:
                continue
            if job.note is not None:
                queries.set_state(
                    self.store, [job.paper_id], EnrichState.FAILED, f"{reason} (OpenReview read)", self.now()
                )
                job.done = True
        self._give_up(jobs, reason)
