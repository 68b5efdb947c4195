"""Digests → references → store: read each digest, extract what it cites, record it store-first.

Streams digest by digest (one transaction each), so memory stays flat and an interrupted run keeps
everything recorded before the interruption.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from paperlist.errors import InputError
from paperlist.extract import extract_references
from paperlist.models import Digest
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


def ingest_paths(store: Store, paths: Sequence[str], observer: IngestObserver | None = None) -> IngestReport:
    """Ingest every digest the paths name. Unreadable digests are skipped and reported, not fatal, unless
    nothing could be read: then it is an InputError (the one digest's own, when only one was named)."""
    sources = collect_sources(paths)
    report = IngestReport()
    if observer:
        observer.started(len(sources))
    # Digests are recorded one savepoint each inside short batched transactions: far fewer commits, and an
    # interruption still keeps every digest recorded so far whole.
    with store.batch() as batch:
        for source in sources:
            try:
                outcome = ingest_source(store, source)
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


def ingest_source(store: Store, source: Source) -> DigestOutcome:
    """Read, decode, extract and record one digest."""
    data = read_source(source)
    digest_hash = hashlib.sha256(data).hexdigest()
    known = known_digest(store, source.location, digest_hash)
    if known is not None:
        return known
    text, encoding = decode_digest(data, source.name)
    digest = Digest(
        path=source.location,
        name=source.name,
        sha256=digest_hash,
        size=len(data),
        text=text,
        encoding=encoding,
    )
    return record_digest(store, digest, extract_references(text), now_iso())
