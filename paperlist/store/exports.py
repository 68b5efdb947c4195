"""What exports read: papers by citation key (each given its key first, for good) and reading lists grouped by
status. Streams, like every view: details are read a chunk at a time, whatever the library's size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from paperlist.dates import now_iso
from paperlist.models import Paper, PaperFilter, ReadStatus, SortKey
from paperlist.store.citekeys import KEY_COLUMNS, KeyGiver, keyed_paper
from paperlist.store.db import Store, translate_errors
from paperlist.store.papers import (
    CITED_COLUMNS,
    cited_papers,
    filter_conditions,
    list_papers,
    papers_in_order,
    ranked_ids,
    reads_paper_row,
    reads_state,
)
from paperlist.streams import chunked

_JOINED = "FROM papers p JOIN user_state s ON s.paper_id = p.id"
_LACKING = "NOT EXISTS (SELECT 1 FROM citation_keys k WHERE k.paper_id = p.id)"


def papers_by_citation_key(store: Store, paper_filter: PaperFilter) -> Iterator[Paper]:
    """The papers `paper_filter` selects (with `limit`: the first ones in its order), sorted by citation key;
    papers without a key are given theirs first (stored for good, unless the database is read-only).

    With what citations are made of (`cited_papers`): BibTeX and CSL-JSON are made of the papers' own metadata,
    your edits and your tags.
    """
    selected = None if paper_filter.limit is None else list(ranked_ids(store, paper_filter))
    unsaved = give_keys(store, paper_filter, selected)
    if selected is None and not unsaved:
        # Walk the keys in order (their index), reading each paper's narrow row in the same statement and
        # looking its filter up: no sorting, no list of ids.
        where, params = filter_conditions(paper_filter, paper_id="k.paper_id")
        joined = " CROSS JOIN user_state s ON s.paper_id = k.paper_id" if reads_state(paper_filter) else ""
        sql = (
            f"SELECT {CITED_COLUMNS} FROM citation_keys k CROSS JOIN papers p ON p.id = k.paper_id{joined}"
            f" WHERE 1{where} ORDER BY k.key"
        )
        return cited_papers(store, _rows(store, sql, params))
    if selected is None:  # (read-only, some keys unsaved: sorted here)
        where, params = filter_conditions(paper_filter)
        selected = [int(row[0]) for row in _rows(store, f"SELECT p.id {_JOINED} WHERE 1{where}", params)]
    keys = {**_stored_keys(store, selected), **unsaved}
    ordered = cited_papers(store, _cited_rows(store, sorted(selected, key=keys.__getitem__)))
    if not unsaved:
        return ordered
    return (
        replace(paper, citation_key=unsaved[paper.id]) if paper.id in unsaved else paper for paper in ordered
    )


def _cited_rows(store: Store, paper_ids: Sequence[int]) -> Iterator[Sequence[Any]]:
    """Rows of `CITED_COLUMNS` of these papers, in this order, read 500 at a time as the caller takes them."""
    for chunk in chunked(paper_ids, 500):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {CITED_COLUMNS} FROM papers p LEFT JOIN citation_keys k ON k.paper_id = p.id WHERE p.id IN ({marks})"
        with translate_errors(store.path):
            found = {row[0]: row for row in store.conn.execute(sql, chunk).fetchall()}
        yield from (found[paper_id] for paper_id in chunk if paper_id in found)


def missing_papers(store: Store, paper_filter: PaperFilter) -> list[Paper]:
    """The papers `paper_filter` selects whose arXiv id arXiv says does not exist (exports leave them out),
    oldest first; nothing is looked up while arXiv has said so of no id."""
    with translate_errors(store.path):
        if store.conn.execute("SELECT 1 FROM arxiv_missing LIMIT 1").fetchone() is None:
            return []
    return list_papers(store, replace(paper_filter, missing=True, sort=SortKey.ADDED, limit=None))


def cited(store: Store, paper: Paper) -> Paper:
    """`paper` with its citation key (given now if it had none)."""
    if paper.citation_key is not None:
        return paper
    unsaved = give_keys(store, PaperFilter(), [paper.id])
    key = unsaved.get(paper.id) or _stored_keys(store, [paper.id])[paper.id]
    return replace(paper, citation_key=key)


def give_keys(
    store: Store, paper_filter: PaperFilter, paper_ids: Sequence[int] | None = None
) -> dict[int, str]:
    """Give a citation key to each paper of `paper_ids` (else: that `paper_filter` selects) that has none yet,
    in the order they were added. Keys are stored for good; on a read-only database they hold for this run
    only and are returned ({paper id: key}), else nothing is returned."""
    if _all_keyed(store) or next(_lacking(store, paper_filter, paper_ids, page=1), None) is None:
        return {}  # (the usual case: nothing to write, no write lock taken)
    with translate_errors(store.path):
        if store.read_only:
            giver = KeyGiver(store.conn, now_iso(), store_them=False)
            giver.give_all(map(keyed_paper, _lacking(store, paper_filter, paper_ids)))
            return giver.unsaved
        with store.transaction() as conn:
            KeyGiver(conn, now_iso()).give_all(map(keyed_paper, _lacking(store, paper_filter, paper_ids)))
    return {}


def _all_keyed(store: Store) -> bool:
    """Whether every paper has its key (two counts over small indexes: no paper is looked at)."""
    with translate_errors(store.path):
        row = store.conn.execute(
            "SELECT (SELECT count(*) FROM papers) = (SELECT count(*) FROM citation_keys)"
        ).fetchone()
    return bool(row[0])


def _lacking(
    store: Store, paper_filter: PaperFilter, paper_ids: Sequence[int] | None, page: int = 1000
) -> Iterator[Sequence[Any]]:
    """Rows of `KEY_COLUMNS` of the selected papers that have no key yet, oldest first.

    Read a page at a time, each page's query finished before its papers are given keys (no statement reads
    the table being written); the papers are found through user_state (narrow rows) unless the filter needs
    papers' own columns.
    """
    with translate_errors(store.path):
        if paper_ids is None:
            where, params = filter_conditions(paper_filter, paper_id="s.paper_id")
            joined = " JOIN papers p ON p.id = s.paper_id" if reads_paper_row(paper_filter) else ""
            sql = (
                f"SELECT s.paper_id FROM user_state s{joined} WHERE s.paper_id > ?"
                f" AND NOT EXISTS (SELECT 1 FROM citation_keys k WHERE k.paper_id = s.paper_id){where}"
                " ORDER BY s.paper_id LIMIT ?"
            )
            after = 0
            while True:
                found = [int(row[0]) for row in store.conn.execute(sql, [after, *params, page])]
                yield from _key_rows(store, found)
                if len(found) < page:
                    return
                after = found[-1]
        yield from _key_rows(store, paper_ids, lacking=True)


def _key_rows(store: Store, paper_ids: Sequence[int], *, lacking: bool = False) -> list[Sequence[Any]]:
    """Rows of `KEY_COLUMNS` of these papers (`lacking`: only of those without a key), oldest first."""
    rows: list[Sequence[Any]] = []
    unkeyed = f" AND {_LACKING}" if lacking else ""
    for chunk in chunked(paper_ids, 500):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {KEY_COLUMNS} FROM papers p WHERE p.id IN ({marks}){unkeyed}"
        rows.extend(store.conn.execute(sql, chunk).fetchall())
    return sorted(rows, key=lambda row: int(row[0]))


def _stored_keys(store: Store, paper_ids: Sequence[int]) -> dict[int, str]:
    keys: dict[int, str] = {}
    with translate_errors(store.path):
        for chunk in chunked(paper_ids, 500):
            marks = ",".join("?" * len(chunk))
            for row in store.conn.execute(
                f"SELECT paper_id, key FROM citation_keys WHERE paper_id IN ({marks})", chunk
            ):
                keys[int(row[0])] = str(row[1])
    return keys


def _rows(store: Store, sql: str, params: Sequence[object]) -> Iterator[Sequence[Any]]:
    """The rows of a query, read as the caller takes them."""
    with translate_errors(store.path):
        # (a loop, not `yield from`: a stream dropped after the database closed must not touch the cursor)
        for row in store.conn.execute(sql, params):  # noqa: UP028
            yield row


# --- reading lists: grouped by status -----------------------------------------------------------------------


def papers_by_status(
    store: Store, paper_filter: PaperFilter, statuses: Sequence[ReadStatus]
) -> tuple[dict[ReadStatus, int], Iterator[Paper]]:
    """How many papers of each status `paper_filter` selects (with `limit`: among the first ones in its order),
    and those papers, status by status in the order of `statuses`, each group in the filter's order."""
    if paper_filter.limit is not None:
        selected = list(ranked_ids(store, paper_filter))
        status_of = _statuses(store, selected)
        counts = dict.fromkeys(statuses, 0)
        for paper_id in selected:
            counts[status_of[paper_id]] += 1
        place = {status: index for index, status in enumerate(statuses)}
        ordered = sorted(
            selected, key=lambda paper_id: place[status_of[paper_id]]
        )  # (stable: keeps the order)
        return counts, papers_in_order(store, ordered)
    where, params = filter_conditions(paper_filter)
    with translate_errors(store.path):
        rows = store.conn.execute(
            f"SELECT s.status, count(*) {_JOINED} WHERE 1{where} GROUP BY s.status", params
        )
        found = {ReadStatus(row[0]): int(row[1]) for row in rows}
    counts = {status: found.get(status, 0) for status in statuses}

    def grouped() -> Iterator[Paper]:
        for status in statuses:
            if counts[status]:
                yield from papers_in_order(store, ranked_ids(store, replace(paper_filter, status=(status,))))

    return counts, grouped()


def _statuses(store: Store, paper_ids: Sequence[int]) -> dict[int, ReadStatus]:
    found: dict[int, ReadStatus] = {}
    with translate_errors(store.path):
        for chunk in chunked(paper_ids, 500):
            marks = ",".join("?" * len(chunk))
            for row in store.conn.execute(
                f"SELECT paper_id, status FROM user_state WHERE paper_id IN ({marks})", chunk
            ):
                found[int(row[0])] = ReadStatus(row[1])
    return found
