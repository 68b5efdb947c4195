"""The browse app's rows, with no UI: which papers, in which order, read a window at a time.

The order of a query is one cheap query of ids (the same ranking as `next`, or as `search` when there is search
text); the papers themselves are read only as their rows come into view, a window at a time, and kept in a
bounded cache. So opening a library of 100,000 papers reads the ids once and a screenful of papers.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Final

from paperlist.errors import UsageError
from paperlist.models import Paper, PaperFilter, SearchHit
from paperlist.store.db import Store
from paperlist.store.papers import count_papers, next_filter, paper_ids, papers_by_id
from paperlist.views.search import parse_search, ranked_ids
from paperlist.views.snippet import make_snippet

HEAD: Final = 500  # ids ranked when a query runs; the rest when the list is scrolled past them
WINDOW: Final = 60  # papers read at once when a row comes into view
CACHE: Final = 2000  # papers kept in memory at most
SEARCH_LIMIT: Final = 1000  # matches ranked for search as you type (more: refine the words)


@dataclass(frozen=True, slots=True)
class Query:
    """What the list shows: the filters (as `next` reads them) and the search text, if any."""

    paper_filter: PaperFilter
    text: str = ""

    @property
    def searching(self) -> bool:
        return bool(self.text.strip())


class Rows:
    """The papers of a query, in order, by position; read lazily and cached."""

    def __init__(self, store: Store, query: Query) -> None:
        self.store = store
        self.query = query
        self.ids: list[int] = []  # ranked so far: the first HEAD, then all once scrolled past them
        self.total = 0
        self.capped = False  # True when a search found more than SEARCH_LIMIT papers
        self._rest: PaperFilter | None = None  # the filter still to rank beyond `ids`, if any
        self._terms: tuple[str, ...] = ()
        self._columns: tuple[str | None, ...] = ()  # the column each term is restricted to (`title:x`)
        self._cache: OrderedDict[int, Paper] = OrderedDict()
        self.run(query)

    def run(self, query: Query) -> None:
        """Rank the papers of `query` (the papers themselves are read later, as they are shown)."""
        self.query = query
        self.capped = False
        self._terms = ()
        self._columns = ()
        self._rest = None
        paper_filter = next_filter(replace(query.paper_filter, limit=None))
        if query.searching:
            try:
                parsed = parse_search(query.text)
            except UsageError:  # (nothing to search for yet, or far too many words: no rows)
                self.ids, self.total = [], 0
                return
            self._terms = tuple(parsed.terms)
            self._columns = parsed.columns
            # Search ranks as `search` does (title and tag matches first), within the same filters (next's
            # statuses unless --status says).
            limited = replace(paper_filter, sort=query.paper_filter.sort, limit=SEARCH_LIMIT + 1)
            ranked = list(ranked_ids(self.store, parsed, limited))
            self.capped = len(ranked) > SEARCH_LIMIT
            self.ids = [paper_id for paper_id, _ in ranked[:SEARCH_LIMIT]]
            self.total = len(self.ids)
        else:
            # A screenful is ranked at once however large the library; the rest waits until it is wanted.
            self.ids = paper_ids(self.store, replace(paper_filter, limit=HEAD))
            self.total = len(self.ids)
            if self.total == HEAD:
                self.total = count_papers(self.store, paper_filter)
                self._rest = paper_filter if self.total > HEAD else None

    def __len__(self) -> int:
        return self.total

    def paper(self, index: int) -> Paper | None:
        """The paper at `index` (reading its window when it is not cached yet), None past the end."""
        if not 0 <= index < self.total:
            return None
        if index >= len(self.ids) and self._rest is not None:
            self.ids = paper_ids(self.store, self._rest)
            self._rest = None
        if index >= len(self.ids):  # the library changed under us (another process removed papers)
            return None
        paper_id = self.ids[index]
        if paper_id not in self._cache:
            start = max(0, index - WINDOW // 4)
            self._read(self.ids[start : start + WINDOW])
        found = self._cache.get(paper_id)
        if found is not None:
            self._cache.move_to_end(paper_id)
        return found

    def hit(self, index: int) -> SearchHit | None:
        """Why the paper at `index` matched the search (None when not searching)."""
        paper = self.paper(index)
        if paper is None or not self._terms:
            return None
        field, snippet, spans = make_snippet(paper, list(self._terms), self._columns)
        return SearchHit(paper=paper, score=0.0, field=field, snippet=snippet, spans=spans)

    def position(self, paper_id: int) -> int | None:
        try:
            return self.ids.index(paper_id)
        except ValueError:
            return None

    def forget(self, paper_ids: Iterable[int]) -> None:
        """Drop these papers from the cache: they changed, and are read again when next shown."""
        for paper_id in paper_ids:
            self._cache.pop(paper_id, None)

    def drop(self, paper_ids: Iterable[int]) -> None:
        """Take these papers out of the list (removed from the library)."""
        gone = set(paper_ids)
        kept = [paper_id for paper_id in self.ids if paper_id not in gone]
        self.total -= len(self.ids) - len(kept)
        self.ids = kept
        self.forget(gone)

    def _read(self, paper_ids: list[int]) -> None:
        missing = [paper_id for paper_id in paper_ids if paper_id not in self._cache]
        for paper in papers_by_id(self.store, missing):
            self._cache[paper.id] = paper
        while len(self._cache) > CACHE:
            self._cache.popitem(last=False)
