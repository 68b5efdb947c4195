"""A digest's bytes → its text and the references in it: the pure, CPU-bound half of ingest.

Apart from `run.py`, which stores: when worker processes parse, the one writing process never imports
decoding and extraction (some 35 MB of compiled patterns and vocabularies that it would hold for nothing).
"""

from __future__ import annotations

import hashlib
import shlex
from collections.abc import Sequence

from paperlist.digests import Digest, DigestReading, Extraction, Parsed
from paperlist.errors import DigestNotRead, InputError
from paperlist.ingest.decode import decode_digest, read_as_markdown
from paperlist.ingest.extract import extract_document
from paperlist.ingest.sources import Source, collect_sources, read_source
from paperlist.store import fts

JobResult = Parsed | tuple[str, str | None]  # from a worker: a parsed digest, or why not (message, hint)


def parse_digest(source: Source, data: bytes | None = None) -> Parsed:
    """A digest's bytes (read here when not given) → its text and the references in it.

    InputError if it cannot be read or is no digest; DigestNotRead if reading it failed on a bug, so that one
    digest is skipped and said, not the whole folder.
    """
    if data is None:
        data = read_source(source)
    try:
        text, encoding = decode_digest(data, source.name)
        extraction = extract_document(
            text, source.name, html=encoding.startswith("html/"), markdown=read_as_markdown(encoding)
        )
    except InputError:
        raise
    except Exception as error:
        raise DigestNotRead(
            f"{source.name}: paperlist failed while reading it ({type(error).__name__}: {error})",
            "the other digests are read; this is a bug: please report it, with the digest if you can"
            f" (`paperlist --debug extract {shlex.quote(source.location)}` shows where)",
        ) from error
    digest = Digest(
        path=source.location,
        name=source.name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encoding=encoding,
    )
    return Parsed(digest, extraction, fts.prepare_index_text(extraction.references))


def read_digests(paths: Sequence[str]) -> list[DigestReading]:
    """What ingest would find in every digest the paths name, storing nothing (`paperlist extract`).

    A digest that cannot be read is reported in its reading; when the only digest named cannot be read, that is
    an InputError.
    """
    sources = collect_sources(paths)
    readings: list[DigestReading] = []
    for source in sources:
        try:
            parsed = parse_digest(source)
        except InputError as error:
            if len(sources) == 1:
                raise
            readings.append(DigestReading(source.name, source.location, Extraction(), error=str(error)))
            continue
        readings.append(
            DigestReading(source.name, source.location, parsed.extraction, encoding=parsed.digest.encoding)
        )
    return readings


def parse_jobs(jobs: list[tuple[Source, bytes | None]]) -> list[JobResult]:
    """In a worker process: read and parse digests; an expected failure comes back as (message, hint)."""
    results: list[JobResult] = []
    for source, data in jobs:
        try:
            results.append(parse_digest(source, data))
        except InputError as error:
            results.append((error.message, error.hint))
    return results
