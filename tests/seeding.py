"""Put the seed digests' references (as ../shared/seeds-expected.json lists them) into a store, without the
extractor, so enrichment is tested on exactly the references a careful reader finds."""

from __future__ import annotations

import json
from pathlib import Path

from paperlist.digests import Digest, Extraction, Reference
from paperlist.models import Evidence
from paperlist.store.db import Store
from paperlist.store.digests import record_digest

DATA = Path(__file__).resolve().parent / "data"
EXPECTED = json.loads((DATA / "seeds-expected.json").read_text("utf-8"))
CATALOGUE = json.loads((DATA / "catalogue.json").read_text("utf-8"))
# How each digest names a paper → the arXiv id it really has (None: no arXiv version).
TRUE_IDS = {item["seed_title"]: item["arxiv_id"] for item in CATALOGUE if item["role"] == "seed"}
# Digest 003 names the multi-view paper with arXiv's capitalisation.
TRUE_IDS["Self-supervised Learning from a Multi-view Perspective"] = "2006.05576"


def record_seed_references(store: Store) -> None:
    for name, body in EXPECTED.items():
        if name.startswith("_"):
            continue
        references = tuple(
            Reference(
                evidence=Evidence(paper["evidence"]),
                line=line,
                raw=paper["title"],
                arxiv_id=paper.get("arxiv_id"),
                openreview_id=paper.get("openreview_id"),
                title=paper["title"],
            )
            for line, paper in enumerate(body["papers"], start=1)
        )
        digest = Digest(path=f"/seeds/{name}", name=name, sha256=name, size=1, encoding="utf-8")
        record_digest(store, digest, Extraction(references=references), "2026-01-01T00:00:00+00:00")
