"""Requests and wall time to enrich N arXiv ids and T titles, against the local arXiv imitation.

Prints figures, asserts nothing. Large sizes run with a short delay (printed) and the cost at arXiv's real
3 s delay is computed from the request count: (requests - 1) x 3 s.

    python benchmarks/bench_requests.py [--delay 0.05]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paperlist.config import ServiceSettings
from paperlist.digests import Digest, Extraction, Reference
from paperlist.enrich.run import enrich_papers
from paperlist.models import EnrichState, Evidence
from paperlist.store.db import Store, open_store
from paperlist.store.digests import record_digest
from tests.servers.arxiv_api import ArxivImitation, Record, Version, load_records
from tests.servers.openreview_api import OpenReviewImitation

REAL_DELAY = 3.0


def synthetic_records(count: int) -> dict[str, Record]:
    """`count` made-up papers with distinct ids and titles, beside the catalogue's real ones."""
    records = dict(load_records())
    for number in range(1, count + 1):
        arxiv_id = f"2301.{number:05d}"
        title = f"Benchmark Paper Number {number} on Synthetic Resolution"
        version = Version(1, title, "2023-01-02", "A synthetic abstract.")
        records[arxiv_id] = Record(
            arxiv_id,
            title,
            "A synthetic abstract.",
            (f"Author{number} Bench",),
            "cs.LG",
            ("cs.LG",),
            "2023-01-02",
            None,
            None,
            None,
            (version,),
        )
    return records


def fill(store: Store, ids: int, titles: int) -> None:
    references = [
        Reference(evidence=Evidence.ARXIV_LINK, line=n, raw="x", arxiv_id=f"2301.{n:05d}")
        for n in range(1, ids + 1)
    ]
    references += [
        Reference(
            evidence=Evidence.TITLE_ONLY,
            line=ids + n,
            raw="t",
            title=f"Benchmark Paper Number {ids + n} on Synthetic Resolution",
        )
        for n in range(1, titles + 1)
    ]
    digest = Digest(path="/bench.txt", name="bench.txt", sha256="bench", size=1, encoding="utf-8")
    record_digest(store, digest, Extraction(references=tuple(references)), "2026-01-01T00:00:00+00:00")


def run(ids: int, titles: int, delay: float) -> None:
    with (
        ArxivImitation(synthetic_records(ids + titles)) as arxiv,
        OpenReviewImitation(api=2) as v2,
        OpenReviewImitation(api=1) as v1,
        tempfile.TemporaryDirectory() as folder,
    ):
        store = open_store(Path(folder) / "bench.db")
        fill(store, ids, titles)
        settings = ServiceSettings(
            arxiv.url, v2.base_url, v1.base_url, arxiv_delay=delay, openreview_delay=0.0
        )
        started = time.perf_counter()
        report = enrich_papers(store, settings=settings)
        wall = time.perf_counter() - started
        first_requests = len(arxiv.log)
        started = time.perf_counter()
        enrich_papers(store, settings=settings)
        again = len(arxiv.log) - first_requests
        wall_again = time.perf_counter() - started
        store.close()
    enriched = report.states.get(EnrichState.ENRICHED, 0)
    at_real = max(first_requests - 1, 0) * REAL_DELAY
    print(
        f"N={ids:>5} ids  T={titles:>4} titles | {first_requests:>3} arXiv requests, {wall:6.2f} s wall "
        f"at {delay:g} s delay, {enriched} enriched | at {REAL_DELAY:g} s delay: >= {at_real:5.0f} s "
        f"| second run: {again} requests, {wall_again:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--delay", type=float, default=0.05, help="seconds between arXiv requests (default 0.05)"
    )
    args = parser.parse_args()
    print(
        f"local arXiv imitation; delay between requests: {args.delay:g} s (arXiv's real delay: {REAL_DELAY:g} s)"
    )
    for ids in (10, 100, 1000):
        run(ids, 0, args.delay)
    for titles in (10, 100):
        run(0, titles, args.delay)


if __name__ == "__main__":
    main()
