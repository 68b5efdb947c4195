"""Digests → references → store: read each digest, extract what it cites, record it store-first.

Streams digest by digest (a savepoint each, inside short batched transactions), so memory stays flat and an
interrupted run keeps every digest recorded before the interruption. With many digests, decoding and
extraction (pure, CPU-bound) run in worker processes while this process writes to SQLite: a two-stage
pipeline that keeps both cores busy, with a bounded number of digests in flight.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import TYPE_CHECKING, Protocol

from paperlist.dates import now_iso
from paperlist.digests import Parsed, decoding_note
from paperlist.errors import InputError
from paperlist.ingest.sources import Source, collect_sources, read_source
from paperlist.ingest.worker import parse_jobs, start_worker
from paperlist.store import fts
from paperlist.store.db import Store
from paperlist.store.digests import DigestOutcome, DigestStatus, is_known_path, known_digest, record_digest


class IngestObserver(Protocol):
    """What a caller wants to hear while ingest runs (the CLI shows progress and warnings)."""

    def started(self, total: int) -> None: ...

    def digest_done(self, source: Source, outcome: DigestOutcome) -> None: ...

    def digest_skipped(self, source: Source, reason: str) -> None: ...

    def warning(self, message: str) -> None:
        """Something read only in part or left out that is not a digest of its own (a folder that cannot be
        read), or what reading a digest had to repair."""


class PaperIds:
    """A set of paper ids, one bit each (ids are small consecutive integers): what a run found costs a few KB
    instead of tens of MB at tens of thousands of digests, so ingest's memory stays flat."""

    def __init__(self) -> None:
        self._bits = bytearray()
        self._count = 0

    def add(self, paper_id: int) -> None:
        byte, bit = divmod(paper_id, 8)
        if byte >= len(self._bits):
            self._bits.extend(bytes(max(byte + 1 - len(self._bits), len(self._bits))))
        if not self._bits[byte] >> bit & 1:
            self._bits[byte] |= 1 << bit
            self._count += 1

    def update(self, paper_ids: Iterable[int]) -> None:
        for paper_id in paper_ids:
            self.add(paper_id)

    def __contains__(self, paper_id: object) -> bool:
        if not isinstance(paper_id, int) or paper_id < 0 or paper_id // 8 >= len(self._bits):
            return False
        return bool(self._bits[paper_id // 8] >> paper_id % 8 & 1)

    def __iter__(self) -> Iterator[int]:
        for byte, bits in enumerate(self._bits):
            if bits:
                yield from (byte * 8 + bit for bit in range(8) if bits >> bit & 1)

    def __len__(self) -> int:
        return self._count


@dataclass
class IngestReport:
    """What an ingest run did."""

    digests: dict[DigestStatus, int] = field(default_factory=lambda: dict.fromkeys(DigestStatus, 0))
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (digest, why)
    warnings: list[str] = field(default_factory=list)  # folders left out, digests read with repairs
    paper_ids: PaperIds = field(default_factory=PaperIds)  # every paper the digests reference
    new_paper_ids: PaperIds = field(default_factory=PaperIds)  # (a part of paper_ids)

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
        return len(self.paper_ids) - len(self.new_paper_ids)


# Below this many digests to decode, a worker process costs more to start than it saves.
PARALLEL_FROM = 24
# One worker parses about as fast as the one writer stores; a second keeps the writer from ever waiting
# (worth it even on two cores: the writer waits on SQLite's I/O). More would only idle and take memory.
MAX_WORKERS = 2
# Digests handed to workers ahead of the writer: enough that workers never idle while it commits, few
# enough (by count and by size) that memory stays flat.
IN_FLIGHT_PER_WORKER = 32
IN_FLIGHT_BYTES = 32_000_000
GROUP_DIGESTS = 16  # digests per job handed to a worker
GROUP_BYTES = 2_000_000
# How often the writer, waiting for a worker's digests, gives others their turn at the write lock.
IDLE_SECONDS = 0.1


def ingest_paths(
    store: Store, paths: Sequence[str], observer: IngestObserver | None = None, *, workers: int | None = None
) -> IngestReport:
    """Ingest every digest the paths name. Unreadable digests are skipped and reported, not fatal, unless
    nothing could be read: then it is an InputError (the one digest's own, when only one was named).

    `workers`: processes that decode and extract (default: up to MAX_WORKERS, one per core, when there
    are many digests; 0 does everything in this process).
    """
    report = IngestReport()

    def warn(message: str) -> None:
        report.warnings.append(message)
        if observer:
            observer.warning(message)

    sources = collect_sources(paths, warn)
    if observer:
        observer.started(len(sources))
    # Web pages are fetched before the write transaction opens: a slow server must not hold the database's
    # write lock, which another paperlist (`mark`, a second ingest) waits for only 10 s.
    pages = {source.location: _fetch(source) for source in sources if source.is_url}
    with store.batch() as batch:
        for source, result in _parse_all(
            store, sources, workers, pages, idle=lambda: batch.checkpoint(idle=True)
        ):
            try:
                if isinstance(result, InputError):
                    raise result
                outcome = result if isinstance(result, DigestOutcome) else _record(store, result)
                if isinstance(result, Parsed) and (repaired := decoding_note(result.digest.encoding)):
                    warn(f"{source.name}: {repaired}; the rest was read")
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


def _record(store: Store, parsed: Parsed) -> DigestOutcome:
    store.prepared_index_text(fts.prepared_by_text(parsed.extraction.references, parsed.index_text))
    return record_digest(store, parsed.digest, parsed.extraction, now_iso())


def _fetch(source: Source) -> bytes | InputError:
    try:
        return read_source(source)
    except InputError as error:
        return error


def _read(
    store: Store, source: Source, pages: Mapping[str, bytes | InputError] | None = None
) -> DigestOutcome | bytes | None:
    """The digest's outcome when exactly its bytes are already stored (nothing to parse); else its bytes, or
    None for a file never ingested: whoever parses it reads it (a worker process, when there are many), and
    recording notices content already stored under another path."""
    page = pages.get(source.location) if pages else None
    if isinstance(page, InputError):
        raise page
    if page is None and not is_known_path(store, source.location):
        return None
    data = page if page is not None else read_source(source)
    known = known_digest(store, source.location, hashlib.sha256(data).hexdigest())
    return known if known is not None else data


if TYPE_CHECKING:
    from paperlist.ingest.parse import JobResult

    ParseResult = Parsed | DigestOutcome | InputError
    # A digest on its way: (source, its result or (its group's job, its place in the group), its size in bytes).
    _Pending = tuple[Source, ParseResult | tuple[Future[list[JobResult]], int], int]


def _parse_all(
    store: Store,
    sources: Sequence[Source],
    workers: int | None,
    pages: Mapping[str, bytes | InputError] | None = None,
    idle: Callable[[], None] | None = None,
) -> Iterator[tuple[Source, ParseResult]]:
    """(source, what it yields) for every source, in order: parsed in this process or in workers.

    `idle` is called when the next digest is not parsed yet: the caller's chance to use the wait.
    """
    if workers is None:
        workers = min(os.cpu_count() or 1, MAX_WORKERS) if len(sources) >= PARALLEL_FROM else 0
    if workers == 0:
        for source in sources:
            yield source, _parse_here(store, source, pages)
        return
    # "spawn": workers start clean (no copy of this process's threads or open database).
    with (
        _workers_skip_main_script(),
        ProcessPoolExecutor(
            max_workers=workers,
            mp_context=get_context("spawn"),
            initializer=start_worker,
            initargs=(os.getpid(),),
        ) as pool,
    ):
        pending: deque[_Pending] = deque()
        in_flight = 0  # bytes of the digests in `pending`
        # (This process parses none of them, not even while the workers start, some 0.2 s: it would import
        # decoding and extraction and hold their 35 MB to the end, a sixth of the memory of the whole run.)
        queue = iter(sources)
        while True:
            while not pending or (
                len(pending) < workers * IN_FLIGHT_PER_WORKER and in_flight < IN_FLIGHT_BYTES
            ):
                group = _next_group(queue, pages)
                if not group:
                    break
                in_flight += sum(size for _, size in group)
                pending.extend(_submit(store, pool, group, pages))
            if not pending:
                return
            source, job, size = pending.popleft()
            in_flight -= size
            if isinstance(job, tuple):
                future, index = job
                while idle is not None and not future.done():
                    # (again and again while it waits: workers may take seconds to start on a busy machine, and
                    # the wait must not hold the write lock that a `star` waits for)
                    idle()
                    wait([future], timeout=IDLE_SECONDS)
                parsed = future.result()[index]
                yield source, parsed if isinstance(parsed, Parsed) else InputError(*parsed)
            else:
                yield source, job


def _parse_here(store: Store, source: Source, pages: Mapping[str, bytes | InputError] | None) -> ParseResult:
    # (imported here: a run with workers never needs it in this process, see `parse.py`)
    from paperlist.ingest.parse import parse_digest

    try:
        read = _read(store, source, pages)
        return read if isinstance(read, DigestOutcome) else parse_digest(source, read)
    except InputError as error:
        return error


@contextmanager
def _workers_skip_main_script() -> Iterator[None]:
    """While workers start: have them skip re-running the program's main script.

    A spawned worker first runs the parent's main script again, unless the main module is a package's
    `__main__`, which it leaves alone. For `paperlist` that script imports the whole command-line app (0.1 s
    of each worker's start); workers need none of it, only this module.
    """
    main = sys.modules["__main__"]
    saved = getattr(main, "__spec__", None)
    if saved is None:
        main.__spec__ = importlib.util.find_spec("paperlist.__main__")
    try:
        yield
    finally:
        main.__spec__ = saved


def _next_group(
    queue: Iterator[Source], pages: Mapping[str, bytes | InputError] | None
) -> list[tuple[Source, int]]:
    """The next digests to hand a worker at once (with their sizes): a few, or a few MB.

    One job per digest would leave the worker idle whenever this process is busy writing: the pool feeds a
    worker only two jobs ahead, from a thread of this process.
    """
    group: list[tuple[Source, int]] = []
    total = 0
    while len(group) < GROUP_DIGESTS and total < GROUP_BYTES and (source := next(queue, None)) is not None:
        size = _size(source, pages)
        group.append((source, size))
        total += size
    return group


def _submit(
    store: Store,
    pool: ProcessPoolExecutor,
    group: list[tuple[Source, int]],
    pages: Mapping[str, bytes | InputError] | None,
) -> list[_Pending]:
    """Hand a worker the digests of `group` that need parsing; the others' outcomes are known at once."""
    reads = [(source, size, _try_read(store, source, pages)) for source, size in group]
    jobs = [(source, read) for source, _, read in reads if not isinstance(read, DigestOutcome | InputError)]
    future = None
    if jobs:
        with _ctrl_c_held():  # (a submit may start a worker process)
            future = pool.submit(parse_jobs, jobs)
    entries: list[_Pending] = []
    job = 0
    for source, size, read in reads:
        if isinstance(read, DigestOutcome | InputError):
            entries.append((source, read, size))
        elif future is not None:
            entries.append((source, (future, job), size))
            job += 1
    return entries


def _try_read(
    store: Store, source: Source, pages: Mapping[str, bytes | InputError] | None
) -> DigestOutcome | InputError | bytes | None:
    try:
        return _read(store, source, pages)
    except InputError as error:
        return error


def _size(source: Source, pages: Mapping[str, bytes | InputError] | None) -> int:
    """About how many bytes the digest is (0 when that cannot be known before reading it)."""
    page = pages.get(source.location) if pages else None
    if isinstance(page, bytes):
        return len(page)
    try:
        return 0 if source.is_url else os.stat(source.path).st_size
    except OSError:
        return 0


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C back (block SIGINT) while worker processes may be started.

    A terminal sends Ctrl-C to the whole process group, workers included. A worker still starting (importing,
    before `start_worker` runs) would die of it printing a KeyboardInterrupt traceback. Started with SIGINT
    blocked, it holds the signal until `start_worker` ignores it; this process gets its own Ctrl-C as soon
    as the block ends, so none is lost.
    """
    if not hasattr(signal, "pthread_sigmask"):  # (POSIX only)
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
