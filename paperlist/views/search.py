"""Full-text search over the reading list: a user query in, ranked hits with their reasons out."""

from __future__ import annotations

from collections.abc import Iterator

from paperlist.errors import UsageError
from paperlist.models import PaperFilter, SearchHit
from paperlist.store import fts
from paperlist.store.db import Store
from paperlist.store.papers import iter_search
from paperlist.views.snippet import make_snippet


def search(store: Store, query: str, paper_filter: PaperFilter) -> list[SearchHit]:
    """Papers matching `query` (any text: FTS syntax in it is searched for, never parsed), best first."""
    return list(search_hits(store, query, paper_filter))


def search_hits(store: Store, query: str, paper_filter: PaperFilter) -> Iterator[SearchHit]:
    """`search` as a stream: each hit is made as the caller takes it (a bad query fails at once)."""
    parsed = fts.parse_query(query)
    if parsed is None:
        raise UsageError(
            f"nothing to search for in '{query}'",
            "give at least one word, e.g. `paperlist search transformer`",
        )
    return _hits(store, parsed, paper_filter)


def _hits(store: Store, parsed: fts.ParsedQuery, paper_filter: PaperFilter) -> Iterator[SearchHit]:
    for paper, score in iter_search(store, parsed, paper_filter):
        field, snippet, spans = make_snippet(paper, parsed.terms)
        yield SearchHit(paper=paper, score=score, field=field, snippet=snippet, spans=spans)
