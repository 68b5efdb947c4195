"""Full-text search over the reading list: a user query in, ranked hits with their reasons out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from paperlist.errors import UsageError
from paperlist.models import PaperFilter, SearchHit, SortKey
from paperlist.store import fts
from paperlist.store.db import Store
from paperlist.store.papers import scored_papers, search_ids
from paperlist.views.snippet import make_snippet


def search(store: Store, query: str, paper_filter: PaperFilter) -> list[SearchHit]:
    """Papers matching `query` (any text: FTS syntax in it is searched for, never parsed), best first.

    By relevance, papers whose title or tags hold every word come first (a tag or title match ranks above an
    abstract match, however often the abstract repeats the word), then the others; each group by bm25.
    """
    return list(search_hits(store, query, paper_filter))


def search_hits(store: Store, query: str, paper_filter: PaperFilter) -> Iterator[SearchHit]:
    """`search` as a stream: each hit is made as the caller takes it (a bad query fails at once)."""
    parsed = parse_search(query)
    return _hits(store, parsed, paper_filter)


def parse_search(query: str) -> fts.ParsedQuery:
    """The user's query, read for the index; UsageError for one with nothing to search for, or too long."""
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
    return parsed


def _hits(store: Store, parsed: fts.ParsedQuery, paper_filter: PaperFilter) -> Iterator[SearchHit]:
    for paper, score in scored_papers(store, ranked_ids(store, parsed, paper_filter)):
        field, snippet, spans = make_snippet(paper, parsed.terms, parsed.columns)
        yield SearchHit(paper=paper, score=score, field=field, snippet=snippet, spans=spans)


def ranked_ids(
    store: Store, parsed: fts.ParsedQuery, paper_filter: PaperFilter
) -> Iterator[tuple[int, float]]:
    """The (id, score) of each hit, best first: by relevance, title-and-tag matches first, then the rest;
    otherwise in the order asked. No paper's details are read."""
    if parsed.preferred is None or paper_filter.sort not in (None, SortKey.RELEVANCE):
        yield from search_ids(store, parsed, paper_filter)
        return
    limit = paper_filter.limit
    seen: set[int] = set()
    for hit in search_ids(store, replace(parsed, match=parsed.preferred), paper_filter):
        seen.add(hit[0])
        yield hit
    left = None if limit is None else limit - len(seen)
    if left is not None and left <= 0:
        return
    more = None if limit is None else limit + len(seen)  # (the first ones match the whole query too)
    for hit in search_ids(store, parsed, replace(paper_filter, limit=more)):
        if hit[0] in seen:
            continue
        if left is not None:
            if left <= 0:
                return
            left -= 1
        yield hit
