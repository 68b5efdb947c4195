"""Read side of `paperlist doctor`: the few facts its checks need about every paper in the list, in one pass."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from paperlist.models import EnrichState
from paperlist.store.db import Store, translate_errors


@dataclass(frozen=True, slots=True)
class PaperFacts:
    """One paper as `doctor` looks at it (the user's edits already applied to the title and authors)."""

    id: int
    title: str | None
    arxiv_id: str | None
    openreview_id: str | None
    published: str | None
    authors: int  # how many
    enrichment: EnrichState
    reason: str | None
    candidates: int  # near misses recorded by a title search
    missing: bool  # arXiv said its id does not exist
    decided: bool  # the user settled which arXiv paper it is


def paper_facts(store: Store) -> Iterator[PaperFacts]:
    """Every paper in the list (not the removed ones), by id."""
    sql = """
        SELECT p.id, coalesce(json_extract(et.value, '$'), p.title) AS title, p.arxiv_id, p.openreview_id,
               p.published, json_array_length(coalesce(ea.value, p.authors, '[]')) AS authors,
               p.enrichment, p.enrichment_reason, p.candidates,
               EXISTS (SELECT 1 FROM arxiv_missing x WHERE x.arxiv_id = p.arxiv_id) AS missing,
               EXISTS (SELECT 1 FROM resolutions r WHERE r.paper_id = p.id) AS decided
        FROM papers p JOIN user_state s ON s.paper_id = p.id
        LEFT JOIN paper_edits et ON et.paper_id = p.id AND et.field = 'title'
        LEFT JOIN paper_edits ea ON ea.paper_id = p.id AND ea.field = 'authors'
        WHERE s.removed_at IS NULL
        ORDER BY p.id
    """
    with translate_errors(store.path):
        for row in store.conn.execute(sql):
            candidates = json.loads(row["candidates"]) if row["candidates"] else []
            yield PaperFacts(
                id=int(row["id"]),
                title=row["title"],
                arxiv_id=row["arxiv_id"],
                openreview_id=row["openreview_id"],
                published=row["published"],
                authors=int(row["authors"] or 0),
                enrichment=EnrichState(row["enrichment"]),
                reason=row["enrichment_reason"],
                candidates=len(candidates) if isinstance(candidates, list) else 0,
                missing=bool(row["missing"]),
                decided=bool(row["decided"]),
            )
