"""Full-text search over the reading list: a user query in, ranked hits with their reasons out."""

from __future__ import annotations

from paperlist.errors import UsageError
from paperlist.models import PaperFilter, SearchHit
from paperlist.store import fts
from paperlist.store.db import Store
from paperlist.store.papers import search_papers
from paperlist.views.snippet import make_snippet


def search(store: Store, query: str, paper_filter: PaperFilter) -> list[SearchHit]:
    """Papers matching `query` (any text: FTS syntax in it is searched for, never parsed), best first."""
    parsed = fts.parse_query(query)
    if parsed is None:
        raise UsageError(
            f"nothing to search for in '{query}'",
            "give at least one word, e.g. `paperlist search transformer`",
        )
    hits: list[SearchHit] = []
    for paper, score in search_papers(store, parsed, paper_filter):
        field, snippet, spans = make_snippet(paper, parsed.terms)
        hits.append(SearchHit(paper=paper, score=score, field=field, snippet=snippet, spans=spans))
    return hits
