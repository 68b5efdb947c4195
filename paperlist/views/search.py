"""Full-text search over the reading list: a user query in, ranked hits with their reasons out."""

from __future__ import annotations

from dataclasses import replace

from paperlist.errors import UsageError
from paperlist.models import Paper, PaperFilter, SearchHit, SortKey
from paperlist.store import fts
from paperlist.store.db import Store
from paperlist.store.papers import search_papers
from paperlist.views.snippet import make_snippet


def search(store: Store, query: str, paper_filter: PaperFilter) -> list[SearchHit]:
    """Papers matching `query` (any text: FTS syntax in it is searched for, never parsed), best first.

    By relevance, papers whose title or tags hold every word come first (a tag or title match ranks above an
    abstract match, however often the abstract repeats the word), then the others; each group by bm25.
    """
    parsed = fts.parse_query(query)
    if parsed is None:
        raise UsageError(
            f"nothing to search for in '{query}'",
            "give at least one word, e.g. `paperlist search transformer`",
        )
    if parsed.words > fts.MAX_QUERY_WORDS:
        raise UsageError(
            f"the query has {parsed.words:,} words; a search takes at most {fts.MAX_QUERY_WORDS}",
            "keep the few words that matter (a title, a name, a topic)",
        )
    found = _ranked(store, parsed, paper_filter)
    hits: list[SearchHit] = []
    for paper, score in found:
        field, snippet, spans = make_snippet(paper, parsed.terms, parsed.columns)
        hits.append(SearchHit(paper=paper, score=score, field=field, snippet=snippet, spans=spans))
    return hits


def _ranked(store: Store, parsed: fts.ParsedQuery, paper_filter: PaperFilter) -> list[tuple[Paper, float]]:
    """Title-and-tag matches first, then the rest (by relevance); otherwise in the order asked."""
    if parsed.preferred is None or paper_filter.sort not in (None, SortKey.RELEVANCE):
        return search_papers(store, parsed, paper_filter)
    first = search_papers(store, replace(parsed, match=parsed.preferred), paper_filter)
    limit = paper_filter.limit
    if limit is not None and len(first) >= limit:
        return first[:limit]
    more = None if limit is None else limit + len(first)  # (the first ones match the whole query too)
    seen = {paper.id for paper, _ in first}
    rest = [
        hit
        for hit in search_papers(store, parsed, replace(paper_filter, limit=more))
        if hit[0].id not in seen
    ]
    ranked = first + rest
    return ranked if limit is None else ranked[:limit]
