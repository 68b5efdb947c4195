"""References → trustworthy papers: ask arXiv, OpenReview and Semantic Scholar as little and as politely as
possible.

One run collects every paper awaiting metadata, drops what is known (enriched, or ids arXiv said do not
exist), then asks in this order, recording each paper's state as soon as it is known:

1. arXiv by id, up to 100 ids a request;
2. OpenReview notes of forums without an arXiv id (their title, authors, abstract, venue);
3. arXiv by quoted title, many titles OR-ed into one request;
4. for titles still unsure, one more round of broader searches (title parts; first author + rare words);
5. Semantic Scholar, a step of its own over every paper it has not answered about yet (whatever its state):
   papers arXiv could not place are matched by title (one request each, accepted on arXiv's rules), then every
   paper with an id (arXiv, DOI, ACL Anthology, or the matched paperId) is fetched in batches of 500 for its
   venue, year of publication, citation count and TL;DR; a paper not on arXiv becomes `enriched` from it.

A paper found to have the arXiv id of another paper is merged into it. Offline (or unreachable, noticed on the
first request) nothing is asked and everything stays pending; a 403 stops asking; a throttled run marks what it
could not ask as failed, which `paperlist enrich` retries later (Semantic Scholar's papers not asked simply
stay unasked, and are asked then).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol

from paperlist.config import ServiceSettings
from paperlist.dates import days_ago, now_iso
from paperlist.enrich import arxiv, openreview, semanticscholar
from paperlist.enrich.match import Decision, Wanted, decide, fallback_clauses, names_another_paper, surnames
from paperlist.errors import ServiceBlocked, ServiceError, ServiceUnreachable
from paperlist.http import Wait
from paperlist.metadata import Metadata
from paperlist.models import EnrichState
from paperlist.store import enrichment as queries
from paperlist.store.db import Store
from paperlist.titles import match_key


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
    s2_ids: int = 0  # papers to fetch from Semantic Scholar by id (arXiv id, DOI, ACL id)
    s2_titles: int = 0  # papers arXiv could not place: matched by title on Semantic Scholar, one request each
    s2_later: int = 0  # titles arXiv is still to place: matched on Semantic Scholar too if arXiv cannot
    s2_batch_requests: int = 0  # at most (titles matched join the batches)
    refresh: bool = False  # asking again about papers already settled (`paperlist refresh`)
    rechecks: int = 0  # ids arXiv said do not exist, asked again (refresh)

    @property
    def to_ask(self) -> int:
        return self.ids + self.forums + self.titles + self.s2_ids + self.s2_titles

    @property
    def arxiv_requests(self) -> int:
        """arXiv requests of the first pass (the fallback round comes on top, only if needed)."""
        return self.id_requests + self.title_requests

    @property
    def s2_requests(self) -> int:
        """Semantic Scholar requests, at most."""
        return self.s2_batch_requests + self.s2_titles + self.s2_later

    @property
    def steps(self) -> int:
        return self.arxiv_requests + self.forums + self.s2_requests


@dataclass
class EnrichReport:
    """What a run did."""

    plan: Plan
    states: dict[EnrichState, int] = field(default_factory=dict)  # papers in scope by final state
    arxiv_requests: int = 0
    openreview_requests: int = 0
    s2_requests: int = 0
    s2_unasked: int = 0  # papers Semantic Scholar could not be asked about this run (asked next time)
    throttled_seconds: float = 0.0  # time spent waiting because a service pushed back
    merged: int = 0  # papers folded into another (same paper through two routes)
    held: int = 0  # title-only papers named only weakly and found nowhere: held back as unconfirmed
    detached: int = 0  # titles given beside an id that the service says is another paper: read on their own
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
    for title in (*job.titles, *job.wanted().parts):
        phrase = arxiv.title_phrase(title)
        if phrase:
            clauses.append(arxiv.title_clause(phrase))
    return list(dict.fromkeys(clauses))


# An id arXiv said does not exist is asked again after this many days: a digest may cite a paper before arXiv
# announces it, and an answer misread once must not settle a paper for good. (arXiv's results change daily.)
RECHECK_MISSING_DAYS = 30


def _states(refresh: bool) -> tuple[EnrichState, ...]:
    """Which papers a run asks about: pending and failed ones; every one when refreshing."""
    return tuple(EnrichState) if refresh else queries.RETRYABLE


def plan_enrichment(
    store: Store, paper_ids: Iterable[int] | None = None, *, offline: bool = False, refresh: bool = False
) -> Plan:
    """Count what a run would ask, without asking."""
    scope = None if paper_ids is None else set(paper_ids)
    recent = days_ago(RECHECK_MISSING_DAYS)
    pending = queries.awaiting(store, scope, _states(refresh), recheck_before=recent)
    counts = queries.count_states(store, scope)
    papers = sum(counts.values())
    with_ids = [paper.arxiv_id for paper in pending if paper.arxiv_id]
    remembered = queries.missing_ids(store, with_ids, since=recent)
    missing = set() if refresh else remembered  # a refresh asks again about ids arXiv said do not exist
    ids = [arxiv_id for arxiv_id in with_ids if arxiv_id not in missing]
    forums = [paper for paper in pending if not paper.arxiv_id and paper.openreview_id]
    titled = [
        paper
        for paper in pending
        if not paper.arxiv_id and paper.decision != "none" and (paper.titles or paper.openreview_id)
    ]
    clauses: list[str] = []
    for paper in titled:
        for title in paper.titles:
            phrase = arxiv.title_phrase(title)
            if phrase:
                clauses.append(arxiv.title_clause(phrase))
    # Forums whose digest gave no title still get one from OpenReview: count a clause for each.
    clauses += ['ti:"?"' for paper in forums if not paper.titles]
    title_requests = len(arxiv.chunk_clauses(list(dict.fromkeys(clauses))))
    unasked = queries.s2_unasked(store, scope)
    work = s2_work(
        unasked, queries.missing_ids(store, [paper.arxiv_id for paper in unasked if paper.arxiv_id])
    )
    s2_ids = sum(len(papers) for papers in work.by_ref.values())
    s2_titles = len(work.by_title) + len(work.later)  # at most (titles matched join the batches)
    return Plan(
        papers=papers,
        known=papers - len(pending),
        remembered_missing=len(set(with_ids) & missing),
        refresh=refresh,
        rechecks=len(set(with_ids) & remembered) if refresh else 0,
        ids=len(set(ids)),
        forums=len(forums),
        titles=len(titled),
        id_requests=math.ceil(len(set(ids)) / arxiv.ID_BATCH),
        title_requests=title_requests,
        fallback_requests=title_requests,
        openreview_requests=2 * len(forums),
        offline=offline,
        s2_ids=s2_ids,
        s2_titles=len(work.by_title),
        s2_later=len(work.later),
        s2_batch_requests=math.ceil((len(work.by_ref) + s2_titles) / semanticscholar.BATCH_LIMIT),
    )


def enrich_papers(
    store: Store,
    paper_ids: Iterable[int] | None = None,
    *,
    settings: ServiceSettings,
    observer: EnrichObserver | None = None,
    offline: bool = False,
    dry_run: bool = False,
    refresh: bool = False,
    now: Callable[[], str] = now_iso,
) -> EnrichReport:
    """Enrich the papers awaiting metadata (of `paper_ids`, or all of them) and say what happened.

    `refresh`: ask again about papers already settled too (new versions, a journal reference, a changed
    title; ids arXiv said do not exist are checked again). A paper that cannot be asked keeps what it has.
    """
    scope = None if paper_ids is None else set(paper_ids)
    seen = observer or Silent()
    plan = plan_enrichment(store, scope, offline=offline, refresh=refresh)
    report = EnrichReport(plan=plan, dry_run=dry_run)
    seen.planned(plan)
    if dry_run or offline or (plan.to_ask == 0 and plan.remembered_missing == 0):
        if offline and plan.to_ask:
            report.stopped = "offline"
        report.states = queries.count_states(store, scope)
        return report
    run = _Run(store, settings, seen, report, now, refresh=refresh)
    try:
        run.execute(
            queries.awaiting(store, scope, _states(refresh), recheck_before=days_ago(RECHECK_MISSING_DAYS))
        )
        run.semantic_scholar(scope)
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
        *,
        refresh: bool = False,
    ) -> None:
        self.store = store
        self.refresh = refresh
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
        self.s2 = semanticscholar.SemanticScholarClient(
            settings.s2_url,
            settings.s2_delay,
            settings.s2_api_key,
            on_wait=self._waited,
            timeout=settings.timeout,
        )
        self.pool: dict[str, Metadata] = {}  # every arXiv record seen this run, for title matching
        self.detached: list[int] = []  # papers that titles taken off another paper's id went to, this run
        self.arxiv_stopped: str | None = None
        self.openreview_stopped: str | None = None
        self.s2_stopped: str | None = None

    def close(self) -> None:
        self.report.arxiv_requests = self.arxiv.requests
        self.report.openreview_requests = self.openreview.requests
        self.report.s2_requests = self.s2.requests
        self.arxiv.close()
        self.openreview.close()
        self.s2.close()

    def _waited(self, wait: Wait) -> None:
        if wait.throttled:
            self.report.throttled_seconds += wait.seconds
        self.observer.waiting(wait)

    # -- the steps --------------------------------------------------------------------------------------

    @staticmethod
    def _job(paper: queries.PendingPaper) -> _Job:
        return _Job(
            paper=paper,
            titles=list(paper.titles),
            authors=tuple(name for line in paper.authors for name in surnames(line)),
            paper_id=paper.id,
        )

    def execute(self, pending: list[queries.PendingPaper]) -> None:
        jobs = [self._job(paper) for paper in pending]
        self._by_id([job for job in jobs if job.paper.arxiv_id])
        by_title = [job for job in jobs if not job.paper.arxiv_id]
        self._notes([job for job in by_title if job.paper.openreview_id])
        if self.detached:
            # (titles taken off an id that named another paper: each is looked for by itself, in this run)
            asked = {job.paper.id for job in by_title}
            by_title += [
                self._job(paper)
                for paper in queries.awaiting(self.store, self.detached, (EnrichState.PENDING,))
                if paper.id not in asked
            ]
        # The user said these have no arXiv version: never searched for on arXiv.
        self._no_arxiv([job for job in by_title if not job.done and job.paper.decision == "none"])
        self._titles([job for job in by_title if not job.done])

    def semantic_scholar(self, scope: set[int] | None) -> None:
        """Step 5: Semantic Scholar (see `_S2Step`); nothing when the run found the network unreachable."""
        if self.s2_stopped:
            return
        _S2Step(self).execute(scope)

    def _no_arxiv(self, jobs: list[_Job]) -> None:
        for job in jobs:
            if job.note is not None:
                state, reason = EnrichState.ENRICHED, "OpenReview only: you said it has no arXiv version"
            elif job.paper.openreview_id and self.openreview_stopped:
                continue  # OpenReview could not be read: left as it was, asked again later
            else:
                state, reason = EnrichState.NOT_FOUND, "you said it has no arXiv version"
            queries.set_state(self.store, [job.paper_id], state, reason, self.now())
            job.done = True
        if self.openreview_stopped:
            self._give_up(jobs, self.openreview_stopped)

    def _stop(self, error: ServiceError, service: str) -> str:
        if isinstance(error, ServiceUnreachable):
            # Noticed once for the whole run: no other service is tried either.
            reason = "offline: " + error.message
            self.arxiv_stopped = self.arxiv_stopped or reason
            self.openreview_stopped = self.openreview_stopped or reason
            self.s2_stopped = self.s2_stopped or reason
        elif isinstance(error, ServiceBlocked) and service == semanticscholar.SERVICE:
            # Its 403 is about a key (a wrong one, or none where one is needed): the advice says which.
            advice = (error.hint or "").split(";")[0]
            reason = f"{error.message} ({advice}); not asked again this run"
        elif isinstance(error, ServiceBlocked):
            reason = f"{service} refused access (403); not asked again this run"
        else:
            # The client's message names the service and says what went wrong (429s, a silent server...).
            reason = error.message if error.message.startswith(service) else f"{service}: {error.message}"
        if self.report.stopped is None:
            self.report.stopped = reason
        return reason

    def _give_up(self, jobs: Iterable[_Job], reason: str) -> None:
        """Papers that could not be asked: pending when offline, failed (retried later) otherwise; a paper
        asked again by a refresh keeps what it had."""
        left = [job for job in jobs if not job.done]
        if self.refresh:
            for job in left:
                if job.paper.state not in queries.RETRYABLE:
                    job.done = True
            left = [job for job in left if not job.done]
        state = EnrichState.PENDING if reason.startswith("offline") else EnrichState.FAILED
        queries.set_state(self.store, [job.paper_id for job in left], state, reason, self.now())
        for job in left:
            job.done = True

    def _by_id(self, jobs: list[_Job]) -> None:
        missing = queries.missing_ids(
            self.store, [job.paper.arxiv_id or "" for job in jobs], since=days_ago(RECHECK_MISSING_DAYS)
        )
        rechecked = missing if self.refresh else set()
        known_missing = [job for job in jobs if job.paper.arxiv_id in missing - rechecked]
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
                    self._detach_other_titles(job, metadata)
            # Ids asked again (a refresh, or a month after arXiv said they do not exist) that arXiv has now.
            again = rechecked | {
                job.paper.arxiv_id or "" for job in asked if job.paper.state is EnrichState.NOT_FOUND
            }
            if again & set(answer.found):
                queries.forget_missing(self.store, again & set(answer.found))
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
            self._detach_other_titles(job, note)
            # (a title the digest gave beside the forum's link that names another paper is not searched for)
            job.titles = [title for title in job.titles if not names_another_paper(title, note.title)]
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

    def _detach_other_titles(self, job: _Job, metadata: Metadata) -> None:
        """Titles the digests gave beside this paper's arXiv id or OpenReview forum that name another paper
        (`names_another_paper`): taken off it, each to be found by itself (see `queries.detach_titles`)."""
        if not metadata.title or job.paper.decision is not None:
            return  # (the user chose this paper's arXiv id, or said it has none: their pairing stands)
        other = [
            mention
            for mention, title in queries.titled_mentions(self.store, job.paper_id)
            if names_another_paper(title, metadata.title)
        ]
        if other:
            moved = queries.detach_titles(self.store, job.paper_id, other, self.now())
            self.detached.extend(paper for paper in moved if paper not in self.detached)
            self.report.detached += len(moved)

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
            # Found nowhere: if the digests name it only weakly, it is an unconfirmed reference, not a paper.
            self.report.held += queries.hold_unconfirmed(self.store, [job.paper_id])
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


# -- step 5: Semantic Scholar ---------------------------------------------------------------------------------


@dataclass
class S2Work:
    """What Semantic Scholar is asked, by paper: by id (ref → papers), by title, later, or nothing."""

    by_ref: dict[str, list[queries.S2Paper]] = field(default_factory=dict)
    by_title: list[queries.S2Paper] = field(default_factory=list)  # arXiv could not place them
    later: list[queries.S2Paper] = field(default_factory=list)  # still pending or failed on arXiv/OpenReview
    nothing: list[queries.S2Paper] = field(default_factory=list)  # nothing to ask with


def s2_work(papers: Iterable[queries.S2Paper], missing: set[str]) -> S2Work:
    """Sort the papers Semantic Scholar has not answered about: one with an id (its arXiv id unless arXiv said
    it does not exist, a DOI, an ACL Anthology id) is fetched by it; one without, named by a title that arXiv
    could not place (not found, ambiguous, or enriched from OpenReview only), is matched by title; a title
    still pending on arXiv waits for arXiv."""
    work = S2Work()
    for paper in papers:
        ref = semanticscholar.paper_ref(
            s2_id=paper.s2_id,
            arxiv_id=paper.arxiv_id if paper.arxiv_id not in missing else None,
            doi=paper.doi,
            acl_id=paper.acl_id,
        )
        if ref is not None:
            work.by_ref.setdefault(ref, []).append(paper)
        elif paper.enrichment in queries.RETRYABLE:
            work.later.append(paper)  # (arXiv or OpenReview may still give it an id or a title)
        elif paper.arxiv_id or not any(match_key(title) for title in paper.titles):
            work.nothing.append(
                paper
            )  # (a title in another script cannot be weighed against S2's English ones)
        else:
            work.by_title.append(paper)
    return work


def _placed_by_s2(paper: queries.S2Paper) -> bool:
    """Whether Semantic Scholar describes this paper (title, authors, abstract): no arXiv id, and nothing
    enriched it yet (a paper OpenReview describes keeps OpenReview's words)."""
    return not paper.arxiv_id and paper.enrichment is not EnrichState.ENRICHED


class _S2Step:
    """Step 5 of a run: Semantic Scholar, after arXiv and OpenReview (see the module's docstring)."""

    def __init__(self, run: _Run) -> None:
        self.run = run
        self.store = run.store
        self.client = run.s2
        self.arxiv_next: list[
            tuple[int, str]
        ] = []  # (paper, arXiv id) S2 taught us: fetched from arXiv after

    def execute(self, scope: set[int] | None) -> None:
        run = self.run
        papers = queries.s2_unasked(self.store, scope)
        missing = queries.missing_ids(self.store, [paper.arxiv_id for paper in papers if paper.arxiv_id])
        work = s2_work(papers, missing)
        queries.s2_checked(self.store, [paper.id for paper in work.nothing], run.now())
        matched: dict[str, list[tuple[queries.S2Paper, Metadata]]] = {}
        for paper in work.by_title:
            if run.s2_stopped:
                break
            found = self._match(paper)
            if found is not None and found.s2_id:
                matched.setdefault(found.s2_id, []).append((paper, found))
            elif found is not None:  # (a match without a paperId cannot be fetched: taken as it is)
                self._by_title(paper, found)
        refs = list(work.by_ref) + [ref for ref in matched if ref not in work.by_ref]
        for batch in semanticscholar.batches(refs):
            if run.s2_stopped:
                break
            run.observer.asking(semanticscholar.SERVICE, f"{len(batch)} papers by id")
            try:
                answer = self.client.fetch_batch(batch)
            except ServiceError as error:
                run.s2_stopped = run._stop(error, semanticscholar.SERVICE)
                break
            finally:
                run.observer.answered(semanticscholar.SERVICE)
            for ref, metadata in zip(batch, answer, strict=True):
                for paper in work.by_ref.get(ref, []):
                    self._by_id(paper, metadata)
                for paper, found in matched.get(ref, []):
                    self._by_title(paper, metadata or found)
        if run.s2_stopped:
            run.report.s2_unasked = queries.count_s2_unasked(self.store, scope) - len(work.later)
        if self.arxiv_next and not run.arxiv_stopped:
            # Semantic Scholar knew an arXiv version the title search missed: arXiv's metadata, by id.
            jobs = [
                _Job(
                    paper=queries.PendingPaper(paper_id, arxiv_id, None, None, (), (), EnrichState.PENDING),
                    titles=[],
                    authors=(),
                    paper_id=paper_id,
                )
                for paper_id, arxiv_id in self.arxiv_next
            ]
            run._by_id(jobs)

    def _match(self, paper: queries.S2Paper) -> Metadata | None:
        """The paper S2 matches to this one's title, when it passes arXiv's rules; else noted as checked."""
        run = self.run
        run.observer.asking(semanticscholar.SERVICE, "a title")
        try:
            found = self.client.match_title(next(title for title in paper.titles if match_key(title)))
        except ServiceError as error:
            run.s2_stopped = run._stop(error, semanticscholar.SERVICE)
            return None
        finally:
            run.observer.answered(semanticscholar.SERVICE)
        year = int(paper.published[:4]) if paper.published and paper.published[:4].isdigit() else None
        wanted = Wanted(
            titles=paper.titles,
            surnames=tuple(name for line in paper.authors for name in surnames(line)),
            year=year,
        )
        decision = decide(wanted, [found] if found is not None else [])
        if decision.match is not None:
            return decision.match
        if found is None:
            note = "Semantic Scholar has no paper with this title either"
        else:
            note = f"Semantic Scholar's closest title is another paper ('{found.title[:80]}')"
        queries.s2_checked(self.store, [paper.id], run.now(), note)
        return None

    def _by_id(self, paper: queries.S2Paper, metadata: Metadata | None) -> None:
        run = self.run
        if metadata is None:
            queries.s2_checked(self.store, [paper.id], run.now())
            return
        describes = _placed_by_s2(paper)
        self._apply(paper, metadata, describes)

    def _by_title(self, paper: queries.S2Paper, metadata: Metadata) -> None:
        self._apply(paper, metadata, describes=True)

    def _apply(self, paper: queries.S2Paper, metadata: Metadata, describes: bool) -> None:
        run = self.run
        if paper.decision is not None and metadata.arxiv_id and metadata.arxiv_id != paper.decision:
            # The user settled which arXiv paper this is (or that there is none): S2 never re-links it.
            metadata = replace(metadata, arxiv_id=None)
        state: EnrichState | None = None
        reason: str | None = None
        if describes:
            if metadata.arxiv_id and not paper.arxiv_id:
                state = EnrichState.PENDING
                reason = (
                    f"Semantic Scholar knows its arXiv version ({metadata.arxiv_id}): arXiv's metadata next"
                )
            else:
                state = EnrichState.ENRICHED
                reason = "not on arXiv: metadata from Semantic Scholar"
        survivor, merged = queries.apply_s2(
            self.store, paper.id, metadata, run.now(), describes=describes, state=state, reason=reason
        )
        run.report.merged += merged
        if state is EnrichState.PENDING and metadata.arxiv_id:
            self.arxiv_next.append((survivor, metadata.arxiv_id))
