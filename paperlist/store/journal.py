"""The journal of the user's changes: what each did, and the rows it replaced, so `undo` can put them back.

Every change the user makes (mark, tag, note, star, add, remove, restore, resolve, edit, merge, purge) writes
one journal row in the same transaction as the change itself: its action, the papers it touched, a sentence
saying what it did, its arguments (`details`, what a future sync would replay) and a snapshot of the rows it
was about to change (`before`). `undo` restores the snapshot of the latest change not yet undone, in one
transaction, and marks it undone; a change whose snapshot is gone (a purge, or a change to papers purged
since) is skipped, and `history` says so.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from paperlist.dates import now_iso
from paperlist.errors import UsageError
from paperlist.store.db import Store, translate_errors

# What a change may touch, table by table (all keyed by the paper's id). "papers" and "mentions" are only
# snapshotted by changes that rewrite fetched metadata or move mentions (add, resolve, merge).
USER_TABLES: Final = ("user_state", "tags")
ALL_TABLES: Final = ("papers", "user_state", "tags", "paper_edits", "resolutions", "paper_titles", "mentions")
_KEY = {"papers": "id"}  # every other table names the paper in `paper_id`


@dataclass(frozen=True, slots=True)
class Change:
    """One journal row: a change the user made."""

    id: int
    at: str  # ISO timestamp
    action: str  # mark, tag, note, star, unstar, add, remove, restore, resolve, edit, merge, purge
    paper_ids: tuple[int, ...]
    summary: str  # what it did, in words
    details: dict[str, Any]
    undoable: bool  # its snapshot is kept (a purge cannot be undone)
    undone_at: str | None = None
    titles: tuple[
        str, ...
    ] = ()  # the papers' titles now (as they were, for purged papers), in paper_ids order


@dataclass(frozen=True, slots=True)
class Undone:
    """What `undo` reverted, and the papers it could not put back (they were merged away or purged since)."""

    change: Change
    gone: tuple[int, ...] = ()


def snapshot(
    conn: sqlite3.Connection, paper_ids: Iterable[int], tables: Sequence[str] = USER_TABLES
) -> dict[str, Any]:
    """The rows of `tables` that belong to these papers, as they are now (and which papers do not exist)."""
    ids = sorted(set(paper_ids))
    existing = _existing(conn, ids)
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in tables:
        rows[table] = []
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            if table == "mentions":  # only where they are: moving them back is all a merge needs
                sql = f"SELECT id, paper_id FROM mentions WHERE paper_id IN ({marks})"
            else:
                sql = f"SELECT * FROM {table} WHERE {_KEY.get(table, 'paper_id')} IN ({marks})"
            rows[table] += [dict(row) for row in conn.execute(sql, chunk)]
    return {"papers": ids, "absent": sorted(set(ids) - existing), "tables": list(tables), "rows": rows}


def record(
    conn: sqlite3.Connection,
    action: str,
    paper_ids: Iterable[int],
    summary: str,
    *,
    before: dict[str, Any] | None,
    details: dict[str, Any] | None = None,
    now: str | None = None,
) -> int:
    """Write one journal row (call inside the change's own transaction)."""
    cursor = conn.execute(
        "INSERT INTO journal (changed_at, action, paper_ids, summary, details, before) VALUES (?, ?, ?, ?, ?, ?)",
        (
            now or now_iso(),
            action,
            json.dumps(sorted(set(paper_ids))),
            summary,
            json.dumps(details or {}, ensure_ascii=False),
            None if before is None else json.dumps(before, ensure_ascii=False),
        ),
    )
    return int(cursor.lastrowid or 0)


def forget_papers(conn: sqlite3.Connection, paper_ids: Iterable[int]) -> None:
    """Papers deleted for good: changes that touched them can no longer be undone (their rows are gone)."""
    for paper_id in sorted(set(paper_ids)):
        conn.execute(
            "UPDATE journal SET before = NULL WHERE before IS NOT NULL AND undone_at IS NULL"
            " AND EXISTS (SELECT 1 FROM json_each(journal.paper_ids) WHERE value = ?)",
            (paper_id,),
        )


def history(store: Store, limit: int | None = 20, paper_id: int | None = None) -> list[Change]:
    """The latest changes, newest first (of one paper, if given)."""
    sql = "SELECT id, changed_at AS at, action, paper_ids, summary, details, before IS NOT NULL AS undoable, undone_at FROM journal"
    params: list[Any] = []
    if paper_id is not None:
        sql += " WHERE EXISTS (SELECT 1 FROM json_each(journal.paper_ids) WHERE value = ?)"
        params.append(paper_id)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    with translate_errors(store.path):
        return [_titled(store.conn, _to_change(row)) for row in store.conn.execute(sql, params).fetchall()]


def _titled(conn: sqlite3.Connection, change: Change) -> Change:
    """The change with its papers' titles (the user's title when edited; purged papers' as journaled)."""
    known: dict[str, str] = dict(change.details.get("titles") or {})
    known.update(
        {str(paper_id): title for paper_id, title in zip(change.paper_ids, change.titles, strict=False)}
    )
    titles = []
    for paper_id in change.paper_ids:
        row = conn.execute(
            "SELECT coalesce((SELECT json_extract(value, '$') FROM paper_edits e"
            " WHERE e.paper_id = p.id AND e.field = 'title'), p.title, 'arXiv:' || p.arxiv_id,"
            " 'OpenReview ' || p.openreview_id) FROM papers p WHERE p.id = ?",
            (paper_id,),
        ).fetchone()
        titles.append(str(row[0]) if row is not None and row[0] else known.get(str(paper_id), "(gone)"))
    return replace(change, titles=tuple(titles))


def undo_last(store: Store, now: str | None = None) -> Undone:
    """Revert the latest change not yet undone, in one transaction; UsageError when there is none."""
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT id, changed_at AS at, action, paper_ids, summary, details, before IS NOT NULL AS undoable, undone_at,"
            " before FROM journal WHERE undone_at IS NULL AND before IS NOT NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            raise UsageError(
                "nothing to undo: no change of yours is left to revert",
                "`paperlist history` lists what was changed and undone",
            )
        was = _titled(conn, _to_change(row))
        gone = _restore(conn, json.loads(row["before"]))
        change = _titled(conn, was)  # the papers as they are again (those gone now: as they were)
        stamp = now or now_iso()
        conn.execute("UPDATE journal SET undone_at = ? WHERE id = ?", (stamp, change.id))
        store.mark_stale(change.paper_ids)
    return Undone(change=replace(change, undone_at=stamp), gone=gone)


def _restore(conn: sqlite3.Connection, before: dict[str, Any]) -> tuple[int, ...]:
    """Put the snapshot's rows back; returns the papers that are gone and could not be (purged, merged away)."""
    ids: list[int] = before["papers"]
    absent = set(before["absent"])
    tables: list[str] = before["tables"]
    rows: dict[str, list[dict[str, Any]]] = before["rows"]
    restores_papers = "papers" in tables
    existing = _existing(conn, ids)
    # Papers created by the change (add) go again, unless a digest has mentioned them since.
    created = sorted(absent & existing)
    for paper_id in created:
        if conn.execute("SELECT 1 FROM mentions WHERE paper_id = ? LIMIT 1", (paper_id,)).fetchone() is None:
            conn.execute("DELETE FROM papers WHERE id = ?", (paper_id,))
    if restores_papers:
        # First the rows that still exist (a merge's survivor gives back the ids it took), then the ones the
        # change deleted (a merged-away paper), so no id is held twice at any moment.
        kept = {row["id"]: row for row in rows["papers"]}
        for paper_id in sorted(kept.keys() & existing):
            _write_paper(conn, kept[paper_id], update=True)
        for paper_id in sorted(kept.keys() - existing):
            _write_paper(conn, kept[paper_id], update=False)
        existing = _existing(conn, ids)
    gone = tuple(sorted(set(ids) - absent - existing))
    present = sorted(set(ids) - absent - set(gone))
    for table in tables:
        if table in ("papers", "mentions"):
            continue
        for chunk in _chunks(present):
            conn.execute(f"DELETE FROM {table} WHERE paper_id IN ({','.join('?' * len(chunk))})", chunk)
        for row in rows[table]:
            if row["paper_id"] in existing:
                names = list(row)
                conn.execute(
                    f"INSERT OR REPLACE INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                    [row[name] for name in names],
                )
    if "mentions" in tables:
        for row in rows["mentions"]:
            if row["paper_id"] in existing:
                conn.execute(
                    "UPDATE mentions SET paper_id = ? WHERE id = ? AND paper_id != ?",
                    (row["paper_id"], row["id"], row["paper_id"]),
                )
    if restores_papers:
        for chunk in _chunks(present):
            conn.execute(
                "UPDATE papers SET digest_count ="
                " (SELECT count(DISTINCT digest_id) FROM mentions m WHERE m.paper_id = papers.id)"
                f" WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
    return gone


def _write_paper(conn: sqlite3.Connection, row: dict[str, Any], *, update: bool) -> None:
    """Write a papers row back as it was (generated columns are computed, never written)."""
    names = [name for name in row if name in _writable_columns(conn)]
    if update:
        assignments = ", ".join(f"{name} = ?" for name in names if name != "id")
        conn.execute(
            f"UPDATE papers SET {assignments} WHERE id = ?",
            [row[name] for name in names if name != "id"] + [row["id"]],
        )
    else:
        conn.execute(
            f"INSERT INTO papers ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [row[name] for name in names],
        )


def _writable_columns(conn: sqlite3.Connection) -> set[str]:
    # table_xinfo's `hidden`: 0 a plain column, 2 and 3 generated ones.
    return {str(row[1]) for row in conn.execute("PRAGMA table_xinfo(papers)") if int(row[6]) == 0}


def _existing(conn: sqlite3.Connection, ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(list(ids)):
        found |= {
            int(row[0])
            for row in conn.execute(
                f"SELECT id FROM papers WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        }
    return found


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _to_change(row: sqlite3.Row) -> Change:
    return Change(
        id=int(row["id"]),
        at=str(row["at"]),
        action=str(row["action"]),
        paper_ids=tuple(json.loads(row["paper_ids"] or "[]")),
        summary=str(row["summary"]),
        details=json.loads(row["details"] or "{}"),
        undoable=bool(row["undoable"]),
        undone_at=row["undone_at"],
    )
