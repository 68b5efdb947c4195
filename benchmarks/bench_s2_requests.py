"""Semantic Scholar requests to enrich N papers with ids and T titles, against the local imitations.

Prints figures, asserts nothing. The documented limits (SEMANTIC_SCHOLAR.md): at most 500 ids a batch request,
so N papers with an arXiv id cost ceil(N / 500) batch requests; a title costs one match request, and only for a
paper arXiv could not place (the matched papers then join the batches); a second run costs nothing. At S2's
introductory rate (1 request a second, PAPERLIST_S2_DELAY) the time is about one second a request.

    python benchmarks/bench_s2_requests.py
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paperlist.config import ServiceSettings
from paperlist.digests import Digest, Extraction, Reference
from paperlist.enrich.run import enrich_papers
from paperlist.models import EnrichState, Evidence
from paperlist.store.db import open_store
from paperlist.store.digests import record_digest
from tests.servers.arxiv_api import ArxivImitation
from tests.servers.arxiv_api import load_records as arxiv_records
from tests.servers.openreview_api import OpenReviewImitation
from tests.servers.semanticscholar_api import FACTS, S2Imitation
from tests.servers.semanticscholar_api import load_records as s2_records

BATCH = 500


def catalogue(ids: int, placed: int, unplaced: int) -> list[dict[str, object]]:
    """`ids` + `placed` papers on arXiv (the last `placed` cited by title only), `unplaced` papers on
    Semantic Scholar alone (cited by title only)."""
    items: list[dict[str, object]] = []
    for number in range(1, ids + placed + 1):
        items.append(
            {
                "arxiv_id": f"2301.{number:05d}",
                "title": f"Benchmark Paper Number {number} on Synthetic Resolution",
                "authors": [f"Author{number} Bench"],
                "published": "2023-01-02",
                "abstract": "A synthetic abstract.",
            }
        )
    for number in range(1, unplaced + 1):
        items.append(
            {
                "arxiv_id": None,
                "title": f"Technical Report {number} Beyond Any Preprint Server",
                "authors": [f"Writer{number} Report"],
                "published": "2019",
                "year": 2019,
                "venue": "A lab's technical report",
                "abstract": "A synthetic report.",
            }
        )
    return items


def references(ids: int, placed: int, unplaced: int) -> tuple[Reference, ...]:
    found = [
        Reference(evidence=Evidence.ARXIV_LINK, line=n, raw="x", arxiv_id=f"2301.{n:05d}")
        for n in range(1, ids + 1)
    ]
    found += [
        Reference(
            evidence=Evidence.TITLE_ONLY,
            line=ids + n,
            raw="t",
            title=f"Benchmark Paper Number {ids + n} on Synthetic Resolution",
        )
        for n in range(1, placed + 1)
    ]
    found += [
        Reference(
            evidence=Evidence.TITLE_ONLY,
            line=ids + placed + n,
            raw="r",
            title=f"Technical Report {n} Beyond Any Preprint Server",
        )
        for n in range(1, unplaced + 1)
    ]
    return tuple(found)


def run(ids: int, placed: int = 0, unplaced: int = 0) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalogue.json"
        path.write_text(json.dumps(catalogue(ids, placed, unplaced)), encoding="utf-8")
        with (
            ArxivImitation(arxiv_records(path)) as arxiv,
            OpenReviewImitation(api=2) as v2,
            OpenReviewImitation(api=1) as v1,
            S2Imitation(s2_records((path,), FACTS, graph=False)) as s2,
        ):
            store = open_store(Path(folder) / "bench.db")
            digest = Digest(path="/bench.txt", name="bench.txt", sha256="bench", size=1, encoding="utf-8")
            record_digest(
                store, digest, Extraction(references=references(ids, placed, unplaced)), "2026-01-01"
            )
            settings = ServiceSettings(
                arxiv.url,
                v2.base_url,
                v1.base_url,
                arxiv_delay=0.0,
                openreview_delay=0.0,
                s2_url=s2.url,
                s2_delay=0.0,
            )
            started = time.perf_counter()
            report = enrich_papers(store, settings=settings)
            wall = time.perf_counter() - started
            batches, matches = s2.requests_to("batch"), s2.requests_to("match")
            s2.clear()
            enrich_papers(store, settings=settings)
            again = len(s2.log)
            store.close()
    enriched = report.states.get(EnrichState.ENRICHED, 0)
    papers = ids + placed + unplaced
    expected = math.ceil((ids + placed + unplaced) / BATCH)
    print(
        f"ids={ids:>5} titles arXiv placed={placed:>4} titles arXiv could not place={unplaced:>4} | "
        f"S2: {batches:>2} batch requests (ceil({papers}/{BATCH}) = {expected}), {matches:>4} title requests | "
        f"{enriched}/{papers} enriched, {wall:5.2f} s wall | second run: {again} S2 requests"
    )


def main() -> None:
    print(
        "Semantic Scholar requests against the local imitations (no delay; at S2's 1 s delay: ~1 s a request)"
    )
    for ids in (10, 500, 501, 1000, 2000):
        run(ids)
    run(100, placed=50, unplaced=0)
    run(100, placed=50, unplaced=20)
    run(0, placed=0, unplaced=100)


if __name__ == "__main__":
    main()
