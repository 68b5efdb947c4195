"""Digests → references → store: read each digest, extract what it cites, record it store-first.

Streams digest by digest (a savepoint each, inside short batched transactions), so memory stays flat and an
interrupted run keeps every digest recorded before the interruption. With many digests, decoding and
extraction (pure, CPU-bound) run in worker processes while this process writes to SQLite: a two-stage
pipeline that keeps both cores busy, with a bounded number of digests in flight.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from typing import Protocol

from paperlist.errors import InputError
from paperlist.extract import extract_references
from paperlist.models import Digest, Extraction
from paperlist.sources import Source, collect_sources, read_source
from paperlist.store.db import Store
from paperlist.store.digests import DigestOutcome, DigestStatus, known_digest, record_digest
from paperlist.text import decode_digest


class IngestObserver(Protocol):
    """What a caller wants to hear while ingest runs (the CLI shows progress and warnings)."""

    def started(self, total: int) -> None: ...

    def digest_done(self, source: Source, outcome: DigestOutcome) -> None: ...

    def digest_skipped(self, source: Source, reason: str) -> None: ...


@dataclass
class IngestReport:
    """What an ingest run did."""

    digests: dict[DigestStatus, int] = field(default_factory=lambda: dict.fromkeys(DigestStatus, 0))
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (digest, why)
    paper_ids: set[int] = field(default_factory=set)  # every paper the digests reference
    new_paper_ids: set[int] = field(default_factory=set)

    @property
    def digests_read(self) -> int:
        return sum(self.digests.values())

    @property
    def papers_found(self) -> int:
        return len(self.paper_ids)

    @property
    def papers_new(self) -> int:
        return len(self.new_paper_ids)

    @property
    def papers_known(self) -> int:
        return len(self.paper_ids - self.new_paper_ids)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# Below this many digests to decode, a worker process costs more to start than it saves.
PARALLEL_FROM = 24
IN_FLIGHT_PER_WORKER = 8


@dataclass(frozen=True, slots=True)
class Parsed:
    """A digest read and understood, ready to be stored."""

    digest: Digest
    extraction: Extraction


def ingest_paths(
    store: Store, paths: Sequence[str], observer: IngestObserver | None = None, *, workers: int | None = None
) -> IngestReport:
    """Ingest every digest the paths name. Unreadable digests are skipped and reported, not fatal, unless
    nothing could be read: then it is an InputError (the one digest's own, when only one was named).

    `workers`: processes that decode and extract (default: one per core but one, when there are many
    digests; 0 does everything in this process).
    """
    sources = collect_sources(paths)
    report = IngestReport()
    if observer:
        observer.started(len(sources))
    # Web pages are fetched before the write transaction opens: a slow server must not hold the database's
    # write lock, which another paperlist (`mark`, a second ingest) waits for only 10 s.
    pages = {source.location: _fetch(source) for source in sources if source.is_url}
    with store.batch() as batch:
        for source, result in _parse_all(store, sources, workers, pages):
            try:
                if isinstance(result, InputError):
                    raise result
                outcome = result if isinstance(result, DigestOutcome) else _record(store, result)
            except InputError as error:
                if len(sources) == 1:
                    raise  # the one digest there is cannot be read: that is the failure, not a warning
                report.skipped.append((source.name, str(error)))
                if observer:
                    observer.digest_skipped(source, str(error))
                continue
            finally:
                batch.checkpoint()
            report.digests[outcome.status] += 1
            report.paper_ids.update(outcome.paper_ids)
            report.new_paper_ids.update(outcome.new_paper_ids)
            if observer:
                observer.digest_done(source, outcome)
    if report.digests[DigestStatus.NEW] or report.digests[DigestStatus.CHANGED]:
        store.refresh_statistics()
    if report.skipped and report.digests_read == 0:
        raise InputError(
            f"none of the {len(sources)} digests could be read (the warnings above say why for each)",
            "fix or remove them and run again",
        )
    return report


def parse_digest(source: Source, data: bytes, sha256: str) -> Parsed:
    """Pure: the bytes of a digest → its text and the references in it (InputError if it is no digest)."""
    text, encoding = decode_digest(data, source.name)
    digest = Digest(
        path=source.location, name=source.name, sha256=sha256, size=len(data), text=text, encoding=encoding
    )
    return Parsed(digest, extract_references(text))


def _record(store: Store, parsed: Parsed) -> DigestOutcome:
    return record_digest(store, parsed.digest, parsed.extraction, now_iso())


def _fetch(source: Source) -> bytes | InputError:
    try:
        return read_source(source)
    except InputError as error:
        return error


def _read(
    store: Store, source: Source, pages: Mapping[str, bytes | InputError] | None = None
) -> DigestOutcome | tuple[Source, bytes, str]:
    """The digest's bytes, or its outcome when exactly these bytes are already stored (nothing to parse)."""
    page = pages.get(source.location) if pages else None
    if isinstance(page, InputError):
        raise page
    data = page if page is not None else read_source(source)
    sha256 = hashlib.sha256(data).hexdigest()
    known = known_digest(store, source.location, sha256)
    return known if known is not None else (source, data, sha256)


ParseResult = Parsed | DigestOutcome | InputError


def _parse_all(
    store: Store,
    sources: Sequence[Source],
    workers: int | None,
    pages: Mapping[str, bytes | InputError] | None = None,
) -> Iterator[tuple[Source, ParseResult]]:
    """(source, what it yields) for every source, in order: parsed in this process or in workers."""
    if workers is None:
        workers = max(1, (os.cpu_count() or 1) - 1) if len(sources) >= PARALLEL_FROM else 0
    if workers == 0:
        for source in sources:
            try:
                read = _read(store, source, pages)
                yield source, read if isinstance(read, DigestOutcome) else parse_digest(*read)
            except InputError as error:
                yield source, error
        return
    # "spawn": workers start clean (no copy of this process's threads or open database).
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_worker_start,
        initargs=(os.getpid(),),
    ) as pool:
        pending: deque[tuple[Source, Future[Parsed | str] | ParseResult]] = deque()
        queue = iter(sources)
        while True:
            while (
                len(pending) < workers * IN_FLIGHT_PER_WORKER and (upcoming := next(queue, None)) is not None
            ):
                try:
                    read = _read(store, upcoming, pages)
                except InputError as error:
                    pending.append((upcoming, error))
                    continue
                job = read if isinstance(read, DigestOutcome) else pool.submit(_parse_job, *read)
                pending.append((upcoming, job))
            if not pending:
                return
            source, done = pending.popleft()
            if isinstance(done, Future):
                parsed = done.result()
                yield source, parsed if isinstance(parsed, Parsed) else InputError(parsed)
            else:
                yield source, done


def _worker_start(parent: int) -> None:
    """In each worker: leave Ctrl-C to the parent, and end when the parent is gone.

    A terminal sends Ctrl-C to the whole process group: the parent stops the pool and says it was
    interrupted; a worker must not also die printing a traceback. And a parent killed outright (kill -9,
    out of memory) cannot stop its pool: without this watch its workers would wait for work forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _parse_job(source: Source, data: bytes, sha256: str) -> Parsed | str:
    """In a worker process: parse one digest; an expected failure comes back as its message."""
    try:
        return parse_digest(source, data, sha256)
    except InputError as error:
        return str(error)
