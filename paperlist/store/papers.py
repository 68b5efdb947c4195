"""Read side: queries that return `Paper` models for the views."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from paperlist.errors import PaperNotFound, UsageError
from paperlist.models import (
    EDITABLE,
    ArxivCandidate,
    Edit,
    EnrichState,
    Evidence,
    Mention,
    Origin,
    Paper,
    PaperFilter,
    ReadStatus,
    SortKey,
)
from paperlist.store import fts
from paperlist.store.db import Store, translate_errors
from paperlist.streams import chunked

if TYPE_CHECKING:
    from paperlist.metadata import Metadata

# Details for the papers a view shows; `dated` (v1 date, or the month the arXiv id encodes) and `digest_count`
# are columns of papers kept by the schema (migration m002), so sorting and filtering on them use indexes.
_SELECT = (
    "SELECT p.*, s.status, s.note, s.starred, s.added_at, s.read_at, s.removed_at, s.origin,"
    " k.key AS citation_key"
    " FROM papers p JOIN user_state s ON s.paper_id = p.id LEFT JOIN citation_keys k ON k.paper_id = p.id"
)

# Papers whose details are read at once when a view streams a long list: memory stays flat at any size, and
# the first rows are written after one chunk's reading.
CHUNK = 200

# Orders over papers p / user_state s (and `score` in searches). NULL dates sort last when descending.
_ORDER = {
    SortKey.ADDED: "s.added_at DESC, p.id ASC",
    SortKey.PUBLISHED: "p.dated DESC, p.id DESC",
    SortKey.TITLE: "coalesce(p.title, p.arxiv_id, p.openreview_id) COLLATE NOCASE ASC, p.id ASC",
    SortKey.MENTIONS: "p.digest_count DESC, p.dated DESC, s.added_at DESC, p.id ASC",
    SortKey.CITATIONS: "p.citation_count DESC, p.dated DESC, p.id DESC",  # NULL (no count) sorts last
    SortKey.RELEVANCE: "score ASC, p.id ASC",
}

# `next` weighs citations between papers as many digests mention: a count's number of digits (citation_tier,
# migration m006), so 1,200 citations outrank 90 but 1,200 and 1,900 stay ordered by date.
_NEXT_ORDER = "p.digest_count DESC, p.citation_tier DESC, p.dated DESC, s.added_at DESC, p.id ASC"

# What to read now (`paperlist next`, `list --sort relevance`): what you are reading, then starred papers,
# then papers more digests agree on, then the more cited, then the newest, then the most recently added. Asked tier by tier, so
# the big last tier can walk the (digest_count, dated) index instead of sorting every unread paper.
_NEXT_TIERS = (
    ("{plus}s.status = 'reading'", "s.starred DESC, " + _NEXT_ORDER),
    ("{plus}s.status != 'reading' AND {plus}s.starred = 1", _NEXT_ORDER),
    ("{plus}s.status != 'reading' AND {plus}s.starred = 0", _NEXT_ORDER),
)

# A filter keeping at least this many rows (or 20 pages) is "broad": walk the sort's index and stop early.
_BROAD = 1000


def list_papers(store: Store, paper_filter: PaperFilter) -> list[Paper]:
    """Papers matching `paper_filter`, in its order (default: most recently added first).

    Sorting a list by relevance ranks it as `next` does: what deserves reading first.
    """
    return list(iter_papers(store, paper_filter))


def iter_papers(store: Store, paper_filter: PaperFilter) -> Iterator[Paper]:
    """`list_papers` as a stream: details are read a chunk at a time, as the caller takes the papers."""
    return papers_in_order(store, ranked_ids(store, paper_filter))


def ranked_ids(store: Store, paper_filter: PaperFilter) -> Iterator[int]:
    """The ids of the papers matching `paper_filter`, in its order, read as the caller takes them."""
    sort = paper_filter.sort or SortKey.ADDED
    if sort is not SortKey.RELEVANCE:
        yield from _ranked_ids(store, paper_filter, _ORDER[sort], paper_filter.limit)
        return
    taken = 0
    for condition, order in _NEXT_TIERS:
        left = None if paper_filter.limit is None else paper_filter.limit - taken
        if left == 0:
            return
        for paper_id in _ranked_ids(store, paper_filter, order, left, condition):
            taken += 1
            yield paper_id


def papers_in_order(store: Store, paper_ids: Iterable[int], *, mentions: bool = True) -> Iterator[Paper]:
    """These papers, in this order, their details read `CHUNK` papers at a time (`mentions=False`: without
    what the digests say, for writers that use none of it)."""
    for chunk in chunked(paper_ids, CHUNK):
        yield from papers_by_id(store, chunk, mentions=mentions)


def paper_ids(store: Store, paper_filter: PaperFilter) -> list[int]:
    """The ids of the papers `list` would show for this filter, in its order (no details loaded)."""
    return list(ranked_ids(store, paper_filter))


def _ranked_ids(
    store: Store, paper_filter: PaperFilter, order: str, limit: int | None, condition: str = ""
) -> Iterator[int]:
    """Ids of the papers passing the filter (and `condition`), in `order`, at most `limit`.

    Rank ids with the leanest query, details come later for just the page. With a limit, the plan is chosen
    by how much the filters keep, counted by a probe that stops at `_BROAD` rows: a broad filter walks the
    sort's index and stops after `limit` rows pass (its columns made unindexable with a unary +, the sort's
    table made the outer loop with CROSS JOIN, whatever the statistics say); a narrow one lets SQLite fetch
    its few rows by the filter's index and sort them. Ordered by when they were added, with no filter on the
    papers' own columns, user_state alone ranks them: no page of papers is read per row.
    """
    state_only = order == _ORDER[SortKey.ADDED] and not _reads_paper_row(paper_filter) and not condition
    paper_id = "s.paper_id" if state_only else "p.id"
    if state_only:
        order = "s.added_at DESC, s.paper_id ASC"
    joined = "FROM user_state s" if state_only else "FROM papers p JOIN user_state s ON s.paper_id = p.id"
    where, params = _where(paper_filter, paper_id=paper_id)
    extra = f" AND {condition.format(plus='')}" if condition else ""
    broad = limit is not None
    shown = _shown(paper_filter)
    if broad and (where or extra):
        enough = max(_BROAD, 20 * (limit or 0))
        probe = f"SELECT count(*) FROM (SELECT 1 {joined} WHERE 1{where}{shown}{extra} LIMIT {enough})"
        with translate_errors(store.path):
            broad = store.conn.execute(probe, params).fetchone()[0] >= enough
    if broad:
        where, params = _where(paper_filter, indexable=False, paper_id=paper_id)
        shown = _shown(paper_filter, indexable=False)
        extra = f" AND {condition.format(plus='+')}" if condition else ""
        if not state_only:
            joined = (
                "FROM user_state s CROSS JOIN papers p ON p.id = s.paper_id"
                if order.startswith("s.")
                else "FROM papers p CROSS JOIN user_state s ON s.paper_id = p.id"
            )
    for row in _rows(
        store, f"SELECT {paper_id} {joined} WHERE 1{where}{shown}{extra} ORDER BY {order}", params, limit
    ):
        yield int(row[0])


def next_papers(store: Store, paper_filter: PaperFilter) -> list[Paper]:
    """What to read now: papers you are reading or have not read (unless `status` says otherwise), best first."""
    return list(iter_next(store, paper_filter))


def iter_next(store: Store, paper_filter: PaperFilter) -> Iterator[Paper]:
    """`next_papers` as a stream."""
    return iter_papers(store, next_filter(paper_filter))


def next_filter(paper_filter: PaperFilter) -> PaperFilter:
    """`next`'s reading of a filter: reading and unread papers unless `status` says otherwise, best first."""
    statuses = paper_filter.status or (ReadStatus.READING, ReadStatus.UNREAD)
    return replace(paper_filter, status=statuses, sort=paper_filter.sort or SortKey.RELEVANCE)


def search_papers(
    store: Store, query: fts.ParsedQuery, paper_filter: PaperFilter
) -> list[tuple[Paper, float]]:
    """Papers matching the full-text `query` and `paper_filter`, best bm25 first unless sorted otherwise."""
    return list(iter_search(store, query, paper_filter))


def iter_search(
    store: Store, query: fts.ParsedQuery, paper_filter: PaperFilter
) -> Iterator[tuple[Paper, float]]:
    """`search_papers` as a stream: details are read a chunk at a time, as the caller takes the papers."""
    return scored_papers(store, search_ids(store, query, paper_filter))


def search_ids(
    store: Store, query: fts.ParsedQuery, paper_filter: PaperFilter
) -> Iterator[tuple[int, float]]:
    """The (id, score) pairs `search_papers` would give, in order, read as the caller takes them (no paper's
    details are read)."""
    where, params = _where(paper_filter)
    sort = paper_filter.sort or SortKey.RELEVANCE
    score = fts.bm25_expression()
    if not _where(paper_filter, held=False)[0] and not paper_filter.unconfirmed and sort is SortKey.RELEVANCE:
        # Nothing to filter or sort on outside the index: rank inside FTS5 alone, no join per match. Papers
        # hidden from views (removed, or held back as unconfirmed: usually few) are dropped from the ranked rows
        # here: a condition in the query made FTS5's ranking a third slower at 100,000 papers.
        hidden = _hidden(store, paper_filter)
        sql = f"SELECT rowid AS id, {score} AS score FROM papers_fts WHERE papers_fts MATCH ? ORDER BY score, rowid"
        params = []
        if hidden is None:
            sql = sql.replace(
                " ORDER BY",
                " AND rowid NOT IN (SELECT paper_id FROM user_state WHERE removed_at IS NOT NULL)"
                f" AND {_held(paper_filter, 'rowid')} ORDER BY",
            )
        elif hidden:
            extra = None if paper_filter.limit is None else paper_filter.limit + len(hidden)
            kept = [row for row in _rows(store, sql, [query.match], extra) if int(row[0]) not in hidden]
            return iter([(int(row[0]), float(row[1])) for row in kept[: paper_filter.limit]])
    elif sort is SortKey.RELEVANCE and not _reads_paper_row(paper_filter):
        # Filters on the user's state, tags and categories only: never read the (wide) papers rows, which
        # cost a page read per match (a common word matches a tenth of a big library).
        where, params = _where(paper_filter, paper_id="s.paper_id")
        sql = (
            f"SELECT s.paper_id AS id, {score} AS score FROM papers_fts"
            f" JOIN user_state s ON s.paper_id = papers_fts.rowid WHERE papers_fts MATCH ? {where}"
            f"{_shown(paper_filter)} ORDER BY score, s.paper_id"
        )
    elif sort is SortKey.RELEVANCE and (paper_filter.min_mentions > 1 or paper_filter.min_citations > 0):
        # A count to reach runs against the ranking (bm25 favours short index rows; more mentions, or an abstract,
        # make a row longer): the best matches are the ones dropped, and walking them best first read thousands of
        # wide rows. Test every match against the narrow index of counts instead, then rank what is left.
        sql = (
            f"SELECT p.id, {score} AS score FROM papers_fts"
            # (in this order: the user's state is read only for the matches the index keeps)
            " CROSS JOIN papers p INDEXED BY papers_counts ON p.id = papers_fts.rowid"
            f" CROSS JOIN user_state s ON s.paper_id = p.id WHERE papers_fts MATCH ? {where}{_shown(paper_filter)}"
            f" ORDER BY {_ORDER[sort]}"
        )
    elif sort is SortKey.RELEVANCE and paper_filter.limit is not None:
        # Filters on the papers' own columns must read each match's wide row: walk the matches best first,
        # as FTS5 ranks them, and stop once the page is full (a common word's every row cost 12,000 reads).
        sql = (
            "SELECT p.id, papers_fts.rank AS score FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid"
            " JOIN user_state s ON s.paper_id = p.id"
            f" WHERE papers_fts MATCH ? AND papers_fts.rank MATCH ? {where}{_shown(paper_filter)}"
            " ORDER BY papers_fts.rank"
        )
        return iter(_best_first(store, sql, [query.match, fts.rank_function(), *params], paper_filter.limit))
    else:
        sql = (
            f"SELECT p.id, {score} AS score FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid"
            f" JOIN user_state s ON s.paper_id = p.id WHERE papers_fts MATCH ? {where}{_shown(paper_filter)}"
            f" ORDER BY {_ORDER[sort]}"
        )
    rows = _rows(store, sql, [query.match, *params], paper_filter.limit)
    return ((int(row[0]), float(row[1])) for row in rows)


def scored_papers(store: Store, ranked: Iterable[tuple[int, float]]) -> Iterator[tuple[Paper, float]]:
    """The papers of ranked (id, score) pairs, with their scores, their details read a chunk at a time."""
    for chunk in chunked(ranked, CHUNK):
        scores = dict(chunk)
        for paper in papers_by_id(store, [paper_id for paper_id, _ in chunk]):
            yield paper, scores[paper.id]


def _best_first(store: Store, sql: str, params: list[Any], limit: int) -> list[tuple[int, float]]:
    """The first `limit` (id, score) rows of a query that yields rows best score first, ties by id.

    Reads rows only until the page is full and no row left can tie with its last one (FTS5 orders by rank
    alone, so the rows of one score are sorted by id here).
    """
    taken: list[tuple[int, float]] = []
    if limit <= 0:
        return taken
    with translate_errors(store.path):
        for row in store.conn.execute(sql, params):
            if len(taken) >= limit and float(row[1]) > taken[limit - 1][1]:
                break
            taken.append((int(row[0]), float(row[1])))
    return sorted(taken, key=lambda ranked: (ranked[1], ranked[0]))[:limit]


def _rows(store: Store, sql: str, params: list[Any], limit: int | None) -> Iterator[sqlite3.Row]:
    """The rows of a query, read as the caller takes them."""
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    with translate_errors(store.path):
        # (a loop, not `yield from`: a stream dropped after the database closed must not touch the cursor)
        for row in store.conn.execute(sql, params):  # noqa: UP028
            yield row


def find_paper(store: Store, ref: str) -> Paper:
    """The paper `ref` names: paperlist's id, an arXiv id or URL (any version), or an OpenReview URL/id."""
    paper_id = resolve_ref(store, ref)
    with translate_errors(store.path):
        return _papers(store.conn, "p.id = ?", [paper_id])[0]


def is_ref(text: str) -> bool:
    """Whether `text` has the shape of a paper id `resolve_ref` understands (it may still be unknown)."""
    from paperlist.ids import (
        parse_arxiv_id,
        parse_openreview_id,
    )  # (its grammar costs start-up: not for lists)

    stripped = text.strip()
    return (
        stripped.isdigit()
        or parse_arxiv_id(stripped) is not None
        or parse_openreview_id(stripped) is not None
    )


def resolve_refs(store: Store, refs: Sequence[str]) -> list[int]:
    """paperlist's ids for all of `refs`, in order and without repeats; PaperNotFound naming every unknown one."""
    found: dict[int, None] = {}
    missing: list[str] = []
    for ref in refs:
        try:
            found[resolve_ref(store, ref)] = None
        except PaperNotFound:
            missing.append(ref)
    if missing:
        names = ", ".join(f"'{ref}'" for ref in missing)
        raise PaperNotFound(
            f"no paper {names} in the reading list; nothing was changed",
            "check the ids with `paperlist list` or `paperlist search`",
        )
    return list(found)


def papers_by_id(store: Store, paper_ids: Sequence[int], *, mentions: bool = True) -> list[Paper]:
    """These papers, in this order (`mentions=False`: without their mentions)."""
    if not paper_ids:
        return []
    marks = ",".join("?" * len(paper_ids))
    with translate_errors(store.path):
        found = _papers(store.conn, f"p.id IN ({marks})", list(paper_ids), mentions=mentions)
        by_id = {paper.id: paper for paper in found}
    return [by_id[paper_id] for paper_id in paper_ids if paper_id in by_id]


def resolve_ref(store: Store, ref: str) -> int:
    """paperlist's id for the paper `ref` names, or PaperNotFound / UsageError."""
    from paperlist.ids import parse_arxiv_id, parse_openreview_id

    text = ref.strip()
    with translate_errors(store.path):
        if text.isascii() and text.isdigit():
            number = int(text)  # beyond SQLite's 64-bit integers no paper has this id
            row = (
                store.conn.execute("SELECT id FROM papers WHERE id = ?", (number,)).fetchone()
                if number < 2**63
                else None
            )
        elif (parsed := parse_arxiv_id(text)) is not None:
            row = store.conn.execute("SELECT id FROM papers WHERE arxiv_id = ?", (parsed[0],)).fetchone()
        elif (openreview_id := parse_openreview_id(text)) is not None:
            row = store.conn.execute(
                "SELECT id FROM papers WHERE openreview_id = ?", (openreview_id,)
            ).fetchone()
        else:
            raise UsageError(
                f"'{ref}' is not a paper id",
                "give paperlist's id (first column of `paperlist list`), an arXiv id or URL, or an OpenReview URL",
            )
    if row is None:
        raise PaperNotFound(
            f"no paper '{ref}' in the reading list",
            "check the id with `paperlist list` or `paperlist search`, or ingest the digest that cites it",
        )
    return int(row["id"])


def complete_refs(store: Store, prefix: str, limit: int = 50) -> list[tuple[str, str]]:
    """(id as a user would type it, title) for papers whose arXiv id or paperlist id starts with `prefix`."""
    like = _like(prefix.strip()) + "%"
    with translate_errors(store.path):
        rows = store.conn.execute(
            "SELECT id, arxiv_id, openreview_id, title FROM papers"
            " WHERE arxiv_id LIKE ? ESCAPE '\\' OR CAST(id AS TEXT) LIKE ? ESCAPE '\\'"
            " ORDER BY id DESC LIMIT ?",
            (like, like, limit),
        ).fetchall()
    found = []
    for row in rows:
        ref = (
            str(row["id"]) if prefix[:1].isdigit() and str(row["id"]).startswith(prefix) else row["arxiv_id"]
        )
        found.append(
            (str(ref or row["id"]), str(row["title"] or row["arxiv_id"] or row["openreview_id"] or ""))
        )
    return found


def all_tags(store: Store) -> list[tuple[str, int]]:
    """Every tag in use, with how many papers carry it, most used first."""
    with translate_errors(store.path):
        rows = store.conn.execute(
            "SELECT tag, count(*) AS n FROM tags GROUP BY tag ORDER BY n DESC, tag"
        ).fetchall()
    return [(str(row["tag"]), int(row["n"])) for row in rows]


def count_papers(store: Store, paper_filter: PaperFilter) -> int:
    """How many papers pass the filter (its sort and limit aside)."""
    shown = _shown(paper_filter)
    if _reads_paper_row(paper_filter):
        where, params = _where(paper_filter)
        sql = f"SELECT count(*) FROM papers p JOIN user_state s ON s.paper_id = p.id WHERE 1{where}{shown}"
    else:
        where, params = _where(paper_filter, paper_id="s.paper_id")
        sql = f"SELECT count(*) FROM user_state s WHERE 1{where}{shown}"
    with translate_errors(store.path):
        return int(store.conn.execute(sql, params).fetchone()[0])


def known_papers(store: Store, found: Sequence[Metadata]) -> list[int | None]:
    """paperlist's id of each paper (from a service's answer) the reading list already holds, else None: by
    Semantic Scholar's paperId, arXiv id, DOI, then normalised title."""
    keys: dict[str, dict[str, int]] = {"s2_id": {}, "arxiv_id": {}, "doi": {}}
    wanted = {
        "s2_id": {m.s2_id for m in found if m.s2_id},
        "arxiv_id": {m.arxiv_id for m in found if m.arxiv_id},
        "doi": {m.doi.casefold() for m in found if m.doi},
    }
    from paperlist.titles import title_key

    titles = {title_key(m.title) for m in found if m.title}
    by_title: dict[str, int] = {}
    with translate_errors(store.path):
        for column, values in wanted.items():
            chosen = sorted(values)
            expression = "lower(doi)" if column == "doi" else column
            for start in range(0, len(chosen), 500):
                chunk = chosen[start : start + 500]
                for row in store.conn.execute(
                    f"SELECT id, {expression} AS value FROM papers WHERE {expression} IN ({','.join('?' * len(chunk))})",
                    chunk,
                ):
                    keys[column][str(row["value"])] = int(row["id"])
        chosen = sorted(key for key in titles if key)
        for start in range(0, len(chosen), 500):
            chunk = chosen[start : start + 500]
            for row in store.conn.execute(
                f"SELECT title_key, paper_id FROM paper_titles WHERE title_key IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                by_title[str(row["title_key"])] = int(row["paper_id"])

    def known(metadata: Metadata) -> int | None:
        for column, value in (
            ("s2_id", metadata.s2_id),
            ("arxiv_id", metadata.arxiv_id),
            ("doi", metadata.doi.casefold() if metadata.doi else None),
        ):
            if value and value in keys[column]:
                return keys[column][value]
        return by_title.get(title_key(metadata.title)) if metadata.title else None

    return [known(metadata) for metadata in found]


def count_by_enrichment(store: Store) -> dict[EnrichState, int]:
    with translate_errors(store.path):
        rows = store.conn.execute(
            "SELECT enrichment, count(*) AS n FROM papers GROUP BY enrichment"
        ).fetchall()
    return {EnrichState(row["enrichment"]): int(row["n"]) for row in rows}


def _reads_paper_row(paper_filter: PaperFilter) -> bool:
    """Whether the filter's conditions read columns of papers p (else user_state s and the paper id do)."""
    return bool(
        paper_filter.author
        or paper_filter.since
        or paper_filter.until
        or paper_filter.unresolved
        or paper_filter.min_mentions > 0
        or paper_filter.min_citations > 0
        or bool(paper_filter.venue)
    )


def _held(paper_filter: PaperFilter, paper_id: str) -> str:
    """Papers held back as unconfirmed are listed only when asked for (a few rows, by a partial index)."""
    held = "SELECT id FROM papers WHERE unconfirmed = 1"
    return f"{paper_id} IN ({held})" if paper_filter.unconfirmed else f"{paper_id} NOT IN ({held})"


def filter_conditions(paper_filter: PaperFilter, paper_id: str = "p.id") -> tuple[str, list[Any]]:
    """SQL conditions (` AND …` over papers p and user_state s) keeping the papers `paper_filter` selects;
    `paper_id`: the paper's id (papers p need not be joined unless `reads_paper_row`, nor user_state s unless
    `reads_state`). Removed papers are left out unless the filter asks for them (or names papers by id)."""
    where, params = _where(paper_filter, paper_id=paper_id)
    if not (paper_filter.ids or paper_filter.removed):  # (the few removed papers, by a partial index)
        where += f" AND {paper_id} NOT IN (SELECT paper_id FROM user_state WHERE removed_at IS NOT NULL)"
    return where, params


def reads_state(paper_filter: PaperFilter) -> bool:
    """Whether the filter's conditions read columns of user_state s (status, star, removed)."""
    return bool(
        paper_filter.status or paper_filter.starred or (paper_filter.removed and not paper_filter.ids)
    )


def reads_paper_row(paper_filter: PaperFilter) -> bool:
    """Whether the filter's conditions read columns of papers p (else user_state s and the paper's id do)."""
    return _reads_paper_row(paper_filter)


def _where(
    paper_filter: PaperFilter, *, indexable: bool = True, paper_id: str = "p.id", held: bool = True
) -> tuple[str, list[Any]]:
    """SQL conditions (over papers p, user_state s) for the filter. `indexable=False` writes column tests
    with a unary + so SQLite cannot drive the query from their indexes (it walks the sort's index instead).
    `paper_id`: the expression of the paper's id (papers p need not be joined when `_reads_paper_row` is false).
    """
    plus = "" if indexable else "+"
    clauses: list[str] = []
    params: list[Any] = []
    if paper_filter.ids:
        clauses.append(f"{paper_id} IN ({','.join('?' * len(paper_filter.ids))})")
        params.extend(paper_filter.ids)
    elif paper_filter.removed:
        clauses.append("s.removed_at IS NOT NULL")
    if paper_filter.missing is not None:
        clauses.append(
            ("" if paper_filter.missing else "NOT ")
            + f"EXISTS (SELECT 1 FROM papers q JOIN arxiv_missing x ON x.arxiv_id = q.arxiv_id"
            f" WHERE q.id = {paper_id} AND q.enrichment = 'not_found')"
        )
    if paper_filter.status:
        clauses.append(f"{plus}s.status IN ({','.join('?' * len(paper_filter.status))})")
        params.extend(status.value for status in paper_filter.status)
    for tag in paper_filter.tags:
        clauses.append(f"EXISTS (SELECT 1 FROM tags t WHERE t.paper_id = {paper_id} AND t.tag = ?)")
        params.append(tag)
    if paper_filter.categories:
        # "cs.CL" is that category; "cs" is the archive, any of its categories.
        # ("cs." < c < "cs/" is an index range: "/" is the character after ".")
        each = "c.category = ? OR (c.category > ? AND c.category < ?)"
        parts = " OR ".join([each] * len(paper_filter.categories))
        if indexable:  # the category's rows can drive the query
            clauses.append(f"{paper_id} IN (SELECT c.paper_id FROM paper_categories c WHERE {parts})")
        else:  # walking another index: look each paper's categories up, never build the whole list
            clauses.append(
                f"EXISTS (SELECT 1 FROM paper_categories c WHERE c.paper_id = {paper_id} AND ({parts}))"
            )
        for category in paper_filter.categories:
            params.extend([category, f"{category}.", f"{category}/"])
    if paper_filter.author:
        clauses.append(
            "(p.authors LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions m WHERE m.paper_id = p.id"
            " AND m.authors LIKE ? ESCAPE '\\'))"
        )
        params.extend([f"%{_like(paper_filter.author)}%"] * 2)
    if paper_filter.since:
        clauses.append(f"{plus}p.dated >= ?")
        params.append(paper_filter.since)
    if paper_filter.until:
        clauses.append(f"{plus}p.dated <= ?")
        params.append(paper_filter.until)
    if paper_filter.digest:
        clauses.append(
            f"EXISTS (SELECT 1 FROM mentions m JOIN digests d ON d.id = m.digest_id WHERE m.paper_id = {paper_id}"
            " AND (d.name LIKE ? ESCAPE '\\' OR d.path LIKE ? ESCAPE '\\'))"
        )
        params.extend([f"%{_like(paper_filter.digest)}%"] * 2)
    if paper_filter.unresolved:
        clauses.append(f"{plus}p.enrichment != 'enriched'")
    if paper_filter.starred:
        clauses.append(f"{plus}s.starred = 1")
    if paper_filter.min_mentions > 0:
        clauses.append(f"{plus}p.digest_count >= ?")
        params.append(paper_filter.min_mentions)
    if paper_filter.min_citations > 0:
        clauses.append(f"{plus}p.citation_count >= ?")
        params.append(paper_filter.min_citations)
    if paper_filter.venue:
        # A word of the venue's names begins with it: `ICLR` finds "ICLR 2021" and "International Conference
        # on Learning Representations" (whose names hold "ICLR"), `ACL` finds "Findings of ACL" but not "NAACL".
        shown = "' ' || replace(replace(replace(p.venue, '(', ' '), '-', ' '), '/', ' ')"
        clauses.append(
            f"({shown} LIKE ? ESCAPE '\\' OR p.venue_names LIKE ? ESCAPE '\\' OR p.venue_names LIKE ? ESCAPE '\\')"
        )
        venue = _like(paper_filter.venue.strip())
        params.extend([f"% {venue}%", f'%"{venue}%', f"% {venue}%"])
    if held and not paper_filter.ids:  # (papers named by id are shown whatever their state)
        clauses.append(_held(paper_filter, paper_id))
    return "".join(f" AND {clause}" for clause in clauses), params


_FEW_REMOVED = 1000


def _removed(store: Store) -> frozenset[int] | None:
    """The ids of the papers the user removed, when they are few (None: too many to list; read the index)."""
    with translate_errors(store.path):
        rows = store.conn.execute(
            "SELECT paper_id FROM user_state WHERE removed_at IS NOT NULL LIMIT ?", (_FEW_REMOVED + 1,)
        ).fetchall()
    return None if len(rows) > _FEW_REMOVED else frozenset(int(row[0]) for row in rows)


def _hidden(store: Store, paper_filter: PaperFilter) -> frozenset[int] | None:
    """The papers a view hides that the filter does not ask for (removed ones, those held back as
    unconfirmed), when they are few (None: too many to list; a condition in the query hides them)."""
    removed = frozenset() if paper_filter.ids or paper_filter.removed else _removed(store)
    with translate_errors(store.path):
        rows = store.conn.execute(
            "SELECT id FROM papers WHERE unconfirmed = 1 LIMIT ?", (_FEW_REMOVED + 1,)
        ).fetchall()
    if removed is None or len(rows) > _FEW_REMOVED:
        return None
    return removed | frozenset(int(row[0]) for row in rows)


def _shown(paper_filter: PaperFilter, *, indexable: bool = True) -> str:
    """The condition that hides removed papers from a view (over user_state s), unless the filter names papers
    by id or asks for the removed ones. Kept apart from `_where`: it is not a filter that narrows a view."""
    if paper_filter.ids or paper_filter.removed:
        return ""
    return f" AND {'' if indexable else '+'}s.removed_at IS NULL"


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _papers(
    conn: sqlite3.Connection, where: str, params: Sequence[Any], *, mentions: bool = True
) -> list[Paper]:
    """Paper models for the papers `where` selects, their mentions and tags read in one query each (not per
    paper). Rows are read as plain tuples (columns found once by name): most of a long list's reading time
    went to looking each column up by name in each row."""
    rows, column = _tuples(conn, f"{_SELECT} WHERE {where}", params)
    if not rows:
        return []
    ids = [int(row[column["id"]]) for row in rows]
    said: dict[int, list[Mention]] = defaultdict(list)
    tags: dict[int, list[str]] = defaultdict(list)
    edits: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    decisions: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        _tags_edits(conn, chunk, tags, edits)
        for row in conn.execute(
            f"SELECT paper_id, arxiv_id FROM resolutions WHERE paper_id IN ({marks})", chunk
        ):
            decisions[int(row[0])] = str(row[1] or "none")
        if not mentions:
            continue
        found, named = _tuples(
            conn,
            f"SELECT m.*, d.name AS digest_name, d.path AS digest_path FROM mentions m"
            f" JOIN digests d ON d.id = m.digest_id WHERE m.paper_id IN ({marks})"
            f" ORDER BY d.name, m.line",
            chunk,
        )
        paper_id = named["paper_id"]
        for row in found:
            said[row[paper_id]].append(_to_mention(row, named))
    papers = []
    for row, paper_id in zip(rows, ids, strict=True):
        paper = _to_paper(row, column, tuple(said[paper_id]), tuple(tags[paper_id]))
        if paper_id in edits:
            paper = _edited(paper, edits[paper_id])
        papers.append(replace(paper, decision=decisions.get(paper_id)) if paper_id in decisions else paper)
    return papers


def _tags_edits(
    conn: sqlite3.Connection,
    paper_ids: Sequence[int],
    tags: dict[int, list[str]],
    edits: dict[int, dict[str, tuple[str, str]]],
) -> None:
    """Add to `tags` and `edits` those of these papers (at most 500), one query each."""
    marks = ",".join("?" * len(paper_ids))
    for row in conn.execute(
        f"SELECT paper_id, tag FROM tags WHERE paper_id IN ({marks}) ORDER BY tag", paper_ids
    ):
        tags[int(row[0])].append(str(row[1]))
    for row in conn.execute(
        f"SELECT paper_id, field, value, edited_at FROM paper_edits WHERE paper_id IN ({marks})", paper_ids
    ):
        edits[int(row[0])][str(row[1])] = (str(row[2]), str(row[3]))


# What citations (BibTeX, CSL-JSON) are made of, as columns of papers p and citation_keys k: the paper's own
# metadata and its key (with its tags and the user's edits, read by `cited_papers`). Nothing the digests said and
# none of the user's reading state: a citation export reads a narrow row per paper, and builds no more.
CITED_COLUMNS = (
    "p.id, p.title, p.arxiv_id, p.openreview_id, p.authors, p.abstract, p.published, p.primary_category,"
    " p.doi, p.journal_ref, p.venue, p.year, p.venue_type, p.venue_names, p.s2_id, p.dated, k.key"
)


def cited_papers(store: Store, rows: Iterable[Sequence[Any]]) -> Iterator[Paper]:
    """Papers with what citations are made of (their metadata as the user edited it, their tags and citation
    key; every other field left empty), from rows of `CITED_COLUMNS`, a chunk at a time as the caller takes
    them."""
    for chunk in chunked(rows, CHUNK):
        tags: dict[int, list[str]] = defaultdict(list)
        edits: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
        with translate_errors(store.path):
            _tags_edits(store.conn, [row[0] for row in chunk], tags, edits)
        for row in chunk:
            paper = _to_cited(row, tuple(tags[row[0]]) if row[0] in tags else ())
            yield _edited(paper, edits[paper.id]) if paper.id in edits else paper


def _to_cited(row: Sequence[Any], tags: tuple[str, ...]) -> Paper:
    return Paper(
        id=row[0],
        title=row[1],
        arxiv_id=row[2],
        openreview_id=row[3],
        authors=_list(row[4]),
        abstract=row[5],
        published=row[6],
        primary_category=row[7],
        doi=row[8],
        journal_ref=row[9],
        venue=row[10],
        year=row[11],
        venue_type=row[12],
        venue_names=_list(row[13]),
        s2_id=row[14],
        dated=row[15],
        citation_key=row[16],
        tags=tags,
    )


def _edited(paper: Paper, edits: dict[str, tuple[str, str]]) -> Paper:
    """The paper as the user sees it: their title, authors, year and venue over the fetched ones."""
    applied: list[Edit] = []
    changes: dict[str, Any] = {}
    for name in EDITABLE:
        if name not in edits:
            continue
        raw, at = edits[name]
        value = json.loads(raw)
        if name == "authors":
            value = tuple(str(author) for author in value)
            fetched: str | tuple[str, ...] | None = paper.authors or None
            changes["authors"] = value
        elif name == "year":
            value = str(value)
            fetched = str(paper.year) if paper.year else (paper.published or "")[:4] or None
            changes["year"] = int(value) if value.isdigit() else paper.year
        else:
            value = str(value)
            fetched = getattr(paper, name)
            changes[name] = value
        applied.append(Edit(field=name, value=value, fetched=fetched, at=at))
    return replace(paper, edits=tuple(applied), **changes)


def _candidates(blob: str | None) -> tuple[ArxivCandidate, ...]:
    """The near misses a title search recorded (older runs recorded fewer details: those are left empty)."""
    if not blob:
        return ()
    try:
        records = json.loads(blob)
    except ValueError:
        return ()
    found: list[ArxivCandidate] = []
    for record in records if isinstance(records, list) else ():
        if not isinstance(record, dict) or not record.get("arxiv_id"):
            continue
        score = record.get("score")
        found.append(
            ArxivCandidate(
                arxiv_id=str(record["arxiv_id"]),
                title=str(record.get("title") or ""),
                authors=tuple(str(name) for name in record.get("authors") or ()),
                published=record.get("published"),
                score=float(score) if isinstance(score, int | float) else None,
                why=record.get("why"),
            )
        )
    return tuple(found)


def _tuples(
    conn: sqlite3.Connection, sql: str, params: Sequence[Any]
) -> tuple[list[tuple[Any, ...]], dict[str, int]]:
    """The rows of a query as tuples, and where each column is in them."""
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(sql, params).fetchall()
    return rows, {description[0]: index for index, description in enumerate(cursor.description or ())}


_EVIDENCE = {evidence.value: evidence for evidence in Evidence}
_ENRICHMENT = {state.value: state for state in EnrichState}
_STATUS = {status.value: status for status in ReadStatus}


def _to_mention(row: Sequence[Any], column: dict[str, int]) -> Mention:
    return Mention(
        digest=row[column["digest_name"]],
        digest_path=row[column["digest_path"]],
        line=int(row[column["line"]]),
        evidence=_EVIDENCE[row[column["evidence"]]],
        text=row[column["summary"]] or "",
        raw=row[column["raw"]],
        title=row[column["title"]],
        version=row[column["version"]],
        authors=row[column["authors"]],
        affiliations=row[column["affiliations"]],
        category=row[column["category"]],
        code_url=row[column["code_url"]],
        lines=_listed(row[column["lines"]]),
        reason=row[column["reason"]],
        weak=bool(row[column["weak"]]),
    )


def _to_paper(
    row: Sequence[Any], column: dict[str, int], mentions: tuple[Mention, ...], tags: tuple[str, ...]
) -> Paper:
    return Paper(
        id=int(row[column["id"]]),
        title=row[column["title"]],
        arxiv_id=row[column["arxiv_id"]],
        openreview_id=row[column["openreview_id"]],
        authors=_list(row[column["authors"]]),
        abstract=row[column["abstract"]],
        published=row[column["published"]],
        updated=row[column["updated"]],
        version=row[column["version"]],
        primary_category=row[column["primary_category"]],
        categories=_listed(row[column["categories"]]),
        comment=row[column["comment"]],
        doi=row[column["doi"]],
        journal_ref=row[column["journal_ref"]],
        venue=row[column["venue"]],
        year=row[column["year"]],
        venue_type=row[column["venue_type"]],
        venue_names=_list(row[column["venue_names"]]),
        citation_count=row[column["citation_count"]],
        citations_fetched_at=row[column["citations_fetched_at"]],
        tldr=row[column["tldr"]],
        s2_id=row[column["s2_id"]],
        open_access_pdf=row[column["open_access_pdf"]],
        enrichment=_ENRICHMENT[row[column["enrichment"]]],
        enrichment_reason=row[column["enrichment_reason"]],
        status=_STATUS[row[column["status"]]],
        tags=tags,
        note=row[column["note"]],
        starred=bool(row[column["starred"]]),
        added=row[column["added_at"]],
        read_at=row[column["read_at"]],
        mentions=mentions,
        digest_count=int(row[column["digest_count"]]),
        dated=row[column["dated"]],
        removed_at=row[column["removed_at"]],
        origin=Origin(row[column["origin"]]),
        candidates=_candidates(row[column["candidates"]]),
        unconfirmed=bool(row[column["unconfirmed"]]),
        citation_key=row[column["citation_key"]],
    )


_decode = json.JSONDecoder().decode


def _list(stored: str | None) -> tuple[Any, ...]:
    """A JSON list column (authors, categories, line numbers) as a tuple."""
    return tuple(_decode(stored)) if stored and stored != "[]" else ()


@lru_cache(maxsize=4096)
def _listed(stored: str | None) -> tuple[Any, ...]:
    """`_list` of a column whose values repeat (categories, line numbers): each decoded once."""
    return _list(stored)
