"""Write side of what the user decides is in the list: add, remove, restore, purge, edit, merge, resolve.

Each function takes paper ids (any form `resolve_ref` reads), runs in one transaction that first resolves them
all (one unknown id and nothing changes), journals what it did with the rows it replaced (`store/journal.py`,
so `undo` can revert it), and returns a typed result. The user's edits and decisions live in their own tables
(`paper_edits`, `resolutions`), apart from fetched metadata, so enrichment never overwrites them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from paperlist.dates import now_iso
from paperlist.digests import Reference
from paperlist.errors import UsageError
from paperlist.models import EnrichState, Origin, ReadStatus
from paperlist.state import EditValue
from paperlist.store import journal
from paperlist.store.db import Store, translate_errors
from paperlist.store.digests import find_or_create_paper, lookup_paper
from paperlist.store.enrichment import merge_rows
from paperlist.store.papers import papers_by_id, resolve_refs
from paperlist.store.state import StateChange
from paperlist.titles import title_key

# Fetched metadata a wrong arXiv match brought, cleared when the user re-links the paper (OpenReview's id and
# venue stay: they did not come from arXiv).
_ARXIV_FIELDS = (
    "abstract",
    "published",
    "updated",
    "version",
    "primary_category",
    "comment",
    "doi",
    "journal_ref",
)


# -- add -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Added:
    """What `add` did: each reference given → its paper, and which papers are new to the list."""

    paper_ids: tuple[int, ...]  # in the order given, without repeats
    new: tuple[int, ...]  # created by this add
    restored: tuple[int, ...]  # were removed: added again
    known: tuple[int, ...]  # were already in the list


def add_references(
    store: Store,
    references: Sequence[Reference],
    *,
    tags: Sequence[str] = (),
    status: ReadStatus | None = None,
    note: str | None = None,
    now: str | None = None,
) -> Added:
    """Add papers by hand (ids or titles as `state.parse_addition` reads them), with the user's tags, status and
    note on each; a paper already in the list gets them too (and comes back if it was removed)."""
    stamp = now or now_iso()
    with store.transaction() as conn:
        existing: dict[int, None] = {}
        for reference in references:
            row, _ = lookup_paper(conn, reference)
            if row is not None:
                existing[int(row["id"])] = None
        before = journal.snapshot(conn, existing, ("papers", "user_state", "tags", "paper_titles"))
        ids: dict[int, None] = {}
        new: list[int] = []
        given: dict[str, str] = {}  # paper id → what the user typed for it
        for reference in references:
            paper_id, key, created = find_or_create_paper(conn, reference, stamp)
            given.setdefault(str(paper_id), reference.raw)
            if key:
                conn.execute(
                    "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)", (key, paper_id)
                )
            if created:
                new.append(paper_id)
                # (created as a digest's would be, counted as mentioned once: no digest mentions it)
                conn.execute("UPDATE papers SET digest_count = 0 WHERE id = ?", (paper_id,))
                conn.execute(
                    "INSERT INTO user_state (paper_id, added_at, origin) VALUES (?, ?, ?)",
                    (paper_id, stamp, Origin.HAND.value),
                )
            ids[paper_id] = None
        restored = [
            paper_id
            for paper_id in ids
            if conn.execute(
                "UPDATE user_state SET removed_at = NULL, updated_at = ? WHERE paper_id = ?"
                " AND removed_at IS NOT NULL",
                (stamp, paper_id),
            ).rowcount
        ]
        _apply_state(conn, list(ids), tags=tags, status=status, note=note, now=stamp)
        store.mark_stale(ids)
        journal.record(
            conn,
            "add",
            ids,
            "added by hand",
            before={**before, "papers": sorted(ids), "absent": sorted(new)},
            details={
                "given": [reference.raw for reference in references],
                "titles": given,
                "tags": list(tags),
                "status": status.value if status else None,
                "note": note,
            },
            now=stamp,
        )
    known = [paper_id for paper_id in ids if paper_id not in new and paper_id not in restored]
    return Added(tuple(ids), tuple(new), tuple(restored), tuple(known))


def _apply_state(
    conn: sqlite3.Connection,
    ids: Sequence[int],
    *,
    tags: Sequence[str],
    status: ReadStatus | None,
    note: str | None,
    now: str,
) -> None:
    if status is not None:
        conn.executemany(
            "UPDATE user_state SET status = ?, read_at = CASE WHEN ? = 'read' THEN coalesce(read_at, ?) END,"
            " updated_at = ? WHERE paper_id = ?",
            [(status.value, status.value, now, now, paper_id) for paper_id in ids],
        )
    conn.executemany(
        "INSERT OR IGNORE INTO tags (paper_id, tag) VALUES (?, ?)",
        [(paper_id, tag) for paper_id in ids for tag in tags],
    )
    if note and note.strip():
        for paper_id in ids:
            row = conn.execute("SELECT note FROM user_state WHERE paper_id = ?", (paper_id,)).fetchone()
            current = row["note"] if row is not None else None
            body = note.strip()
            if current and body not in current:
                body = f"{current}\n\n{body}"
            conn.execute("UPDATE user_state SET note = ? WHERE paper_id = ?", (body, paper_id))


# -- remove, restore, purge ------------------------------------------------------------------------------


def remove(store: Store, refs: Sequence[str], now: str | None = None) -> StateChange:
    """Hide papers from every view and export (they stay in the database, and a re-ingest keeps them hidden)."""
    stamp = now or now_iso()
    return _set_removed(store, refs, stamp, "remove", "removed")


def restore(store: Store, refs: Sequence[str], now: str | None = None) -> StateChange:
    """Bring removed papers back into the list."""
    return _set_removed(store, refs, None, "restore", "restored", now=now)


def _set_removed(
    store: Store, refs: Sequence[str], value: str | None, action: str, summary: str, now: str | None = None
) -> StateChange:
    stamp = value or now or now_iso()
    with store.transaction() as conn:
        ids = resolve_refs(store, refs)
        before = journal.snapshot(conn, ids)
        test = "IS NULL" if value is not None else "IS NOT NULL"
        changed = [
            paper_id
            for paper_id in ids
            if conn.execute(
                f"UPDATE user_state SET removed_at = ?, updated_at = ? WHERE paper_id = ? AND removed_at {test}",
                (value, stamp, paper_id),
            ).rowcount
        ]
        if changed:
            journal.record(conn, action, changed, summary, before=before, now=stamp)
    return StateChange(tuple(ids), tuple(changed))


@dataclass(frozen=True, slots=True)
class PurgePlan:
    """What `remove --purge` would delete for good."""

    paper_ids: tuple[int, ...]
    mentions: int  # what the digests said about them
    with_state: tuple[int, ...]  # papers carrying your status, note, star, tags or edits


def purge_plan(store: Store, refs: Sequence[str] | None) -> PurgePlan:
    """The papers `refs` names (None: every removed paper), and what deleting them would lose."""
    with translate_errors(store.path):
        if refs is None:
            ids = [
                int(row[0])
                for row in store.conn.execute(
                    "SELECT paper_id FROM user_state WHERE removed_at IS NOT NULL ORDER BY paper_id"
                )
            ]
        else:
            ids = resolve_refs(store, refs)
        mentions = 0
        with_state: list[int] = []
        for paper_id in ids:
            mentions += int(
                store.conn.execute(
                    "SELECT count(*) FROM mentions WHERE paper_id = ?", (paper_id,)
                ).fetchone()[0]
            )
            row = store.conn.execute(
                """
                SELECT s.status != 'unread' OR s.note IS NOT NULL OR s.starred
                    OR EXISTS (SELECT 1 FROM tags t WHERE t.paper_id = s.paper_id)
                    OR EXISTS (SELECT 1 FROM paper_edits e WHERE e.paper_id = s.paper_id)
                FROM user_state s WHERE s.paper_id = ?
                """,
                (paper_id,),
            ).fetchone()
            if row is not None and row[0]:
                with_state.append(paper_id)
    return PurgePlan(tuple(ids), mentions, tuple(with_state))


def purge(store: Store, plan: PurgePlan, now: str | None = None) -> PurgePlan:
    """Delete the plan's papers for good: their rows, your state on them and what the digests said about them.

    Cannot be undone (the journal keeps the line, not the rows). A digest read again later that names them
    adds them as new papers; `remove` is what keeps a paper out of the list.
    """
    stamp = now or now_iso()
    with store.transaction() as conn:
        ids = list(plan.paper_ids)
        titles = {paper.id: paper.display_title for paper in papers_by_id(store, ids)}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            conn.execute(f"DELETE FROM mentions WHERE paper_id IN ({marks})", chunk)
            conn.execute(f"DELETE FROM papers WHERE id IN ({marks})", chunk)  # cascades state, tags, edits
        journal.forget_papers(conn, ids)
        store.mark_stale(ids)
        if ids:
            journal.record(
                conn,
                "purge",
                ids,
                "purged (deleted for good)",
                before=None,
                details={"titles": {str(paper_id): title for paper_id, title in titles.items()}},
                now=stamp,
            )
    return plan


# -- edit ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edited:
    """What `edit` changed on a paper: fields now the user's, and fields back to the fetched value."""

    paper_id: int
    set: tuple[str, ...]
    cleared: tuple[str, ...]


def edit_fields(store: Store, ref: str, values: Mapping[str, EditValue], now: str | None = None) -> Edited:
    """Set (or, for None, drop) the user's own value of fields of one paper; a value equal to the fetched one
    drops the edit too. Values are checked by `state.parse_edits`."""
    stamp = now or now_iso()
    with store.transaction() as conn:
        (paper_id,) = resolve_refs(store, [ref])
        before = journal.snapshot(conn, [paper_id], ("paper_edits",))
        fetched = _fetched(conn, paper_id)
        current = {
            str(row["field"]): json.loads(row["value"])
            for row in conn.execute("SELECT field, value FROM paper_edits WHERE paper_id = ?", (paper_id,))
        }
        set_fields: list[str] = []
        cleared: list[str] = []
        for name, value in values.items():
            wanted = list(value) if isinstance(value, tuple) else value
            if wanted is None or wanted == fetched.get(name):
                if name in current:
                    conn.execute("DELETE FROM paper_edits WHERE paper_id = ? AND field = ?", (paper_id, name))
                    cleared.append(name)
                continue
            if current.get(name) == wanted:
                continue
            conn.execute(
                "INSERT OR REPLACE INTO paper_edits (paper_id, field, value, edited_at) VALUES (?, ?, ?, ?)",
                (paper_id, name, json.dumps(wanted, ensure_ascii=False), stamp),
            )
            set_fields.append(name)
            if name == "title" and isinstance(wanted, str) and title_key(wanted):
                # The user's title finds this paper too when a later digest cites it.
                conn.execute(
                    "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)",
                    (title_key(wanted), paper_id),
                )
        if set_fields or cleared:
            store.mark_stale([paper_id])
            words = [*set_fields, *(f"{name} (back to fetched)" for name in cleared)]
            journal.record(
                conn,
                "edit",
                [paper_id],
                "edited " + ", ".join(words),
                before=before,
                details={name: list(v) if isinstance(v, tuple) else v for name, v in values.items()},
                now=stamp,
            )
    return Edited(paper_id, tuple(set_fields), tuple(cleared))


def _fetched(conn: sqlite3.Connection, paper_id: int) -> dict[str, Any]:
    """The fetched values of the editable fields, as the edits compare with them."""
    row = conn.execute(
        "SELECT title, authors, published, venue FROM papers WHERE id = ?", (paper_id,)
    ).fetchone()
    return {
        "title": row["title"],
        "authors": json.loads(row["authors"] or "[]"),
        "year": row["published"][:4] if row["published"] else None,
        "venue": row["venue"],
    }


# -- merge -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Merged:
    """One paper made of two: `kept` holds everything of `dropped` now."""

    kept: int
    dropped: int


def merge(store: Store, keep_ref: str, drop_ref: str, now: str | None = None) -> Merged:
    """Make one paper of two that are the same: every mention, both ids, the fetched metadata either lacks,
    tags, edits and the user's state combined (the further status, both notes, a star on either); the first
    paper keeps its id. Papers with two different arXiv (or OpenReview) ids are two papers: refused."""
    stamp = now or now_iso()
    with store.transaction() as conn:
        found = resolve_refs(store, [keep_ref, drop_ref])
        if len(found) == 1:
            raise UsageError(
                f"'{keep_ref}' and '{drop_ref}' are the same paper ({found[0]})", "name two papers"
            )
        keep, drop = found
        rows = {
            paper_id: conn.execute("SELECT * FROM papers WHERE id = ?", (paper_id,)).fetchone()
            for paper_id in (keep, drop)
        }
        for column, label in (("arxiv_id", "arXiv"), ("openreview_id", "OpenReview")):
            if rows[keep][column] and rows[drop][column] and rows[keep][column] != rows[drop][column]:
                raise UsageError(
                    f"papers {keep} and {drop} have different {label} ids ({rows[keep][column]}, "
                    f"{rows[drop][column]}): they are two papers",
                    f"if one was matched wrongly, fix it with `paperlist resolve {drop} --arxiv ID` or "
                    f"`--none`, or hide it with `paperlist remove {drop}`",
                )
        before = journal.snapshot(conn, [keep, drop], journal.ALL_TABLES)
        merge_rows(conn, keep=keep, drop=drop)
        _fill_from(conn, keep, rows[drop])
        store.mark_stale([keep, drop])
        journal.record(conn, "merge", [keep, drop], f"merged {drop} into {keep}", before=before, now=stamp)
    return Merged(keep, drop)


_STATE_RANK = {
    EnrichState.ENRICHED.value: 4,
    EnrichState.AMBIGUOUS.value: 3,
    EnrichState.NOT_FOUND.value: 2,
    EnrichState.FAILED.value: 1,
    EnrichState.PENDING.value: 0,
}


def _fill_from(conn: sqlite3.Connection, keep: int, dropped: sqlite3.Row) -> None:
    """Give the kept paper the fetched metadata it lacks from the dropped one, and the better enrichment state."""
    mine = conn.execute("SELECT * FROM papers WHERE id = ?", (keep,)).fetchone()
    fills: dict[str, Any] = {}
    for column in (*_ARXIV_FIELDS, "title", "venue"):
        if mine[column] is None and dropped[column] is not None:
            fills[column] = dropped[column]
    for column in ("authors", "categories"):
        if (mine[column] or "[]") == "[]" and (dropped[column] or "[]") != "[]":
            fills[column] = dropped[column]
    if _STATE_RANK[dropped["enrichment"]] > _STATE_RANK[mine["enrichment"]]:
        fills.update(enrichment=dropped["enrichment"], enrichment_reason=dropped["enrichment_reason"])
    if mine["candidates"] is None and dropped["candidates"] is not None:
        fills["candidates"] = dropped["candidates"]
    if fills:
        assignments = ", ".join(f"{column} = ?" for column in fills)
        conn.execute(f"UPDATE papers SET {assignments} WHERE id = ?", [*fills.values(), keep])


# -- resolve ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resolved:
    """The user's decision on a paper: which arXiv paper it is (None: it has no arXiv version)."""

    paper_id: int  # the paper now (another one, if the arXiv id was another paper's: they were merged)
    arxiv_id: str | None
    merged_into: int | None = None
    relinked_from: str | None = None  # the arXiv id it was matched to before, when that changed


def resolve(
    store: Store,
    ref: str,
    *,
    candidate: int | None = None,
    arxiv_id: str | None = None,
    none: bool = False,
    now: str | None = None,
) -> Resolved:
    """Settle which arXiv paper a paper is: its `candidate`-th recorded candidate (from 1), `arxiv_id`, or none.

    The decision is stored apart (`resolutions`) and enrichment never overrides it. A wrong earlier match is
    undone (its arXiv metadata cleared, to be fetched again for the right id); a paper already in the list
    with that arXiv id is the same paper, and the two are merged. The paper is left pending, for enrichment
    to fetch the chosen id.
    """
    if sum((candidate is not None, arxiv_id is not None, none)) != 1:
        raise UsageError(
            "choose one: a candidate number, --arxiv ID or --none", "e.g. `paperlist resolve 44 2`"
        )
    stamp = now or now_iso()
    with store.transaction() as conn:
        (paper_id,) = resolve_refs(store, [ref])
        row = conn.execute("SELECT * FROM papers WHERE id = ?", (paper_id,)).fetchone()
        if candidate is not None:
            arxiv_id = _candidate(row, candidate)
        other = (
            conn.execute(
                "SELECT id FROM papers WHERE arxiv_id = ? AND id != ?", (arxiv_id, paper_id)
            ).fetchone()
            if arxiv_id
            else None
        )
        involved = [paper_id] + ([int(other["id"])] if other is not None else [])
        before = journal.snapshot(conn, involved, journal.ALL_TABLES)
        previous = row["arxiv_id"]
        if previous != arxiv_id:
            _unlink(conn, paper_id, row)
        survivor = paper_id
        merged_into = None
        if other is not None:
            keep, drop = min(paper_id, int(other["id"])), max(paper_id, int(other["id"]))
            merge_rows(conn, keep=keep, drop=drop)
            survivor = keep
            merged_into = keep if keep != paper_id else None
        if arxiv_id is not None:
            reason = f"you chose arXiv {arxiv_id}"
            state = EnrichState.PENDING
        else:
            openreview = conn.execute(
                "SELECT openreview_id FROM papers WHERE id = ?", (survivor,)
            ).fetchone()[0]
            reason = "you said it has no arXiv version"
            state = EnrichState.PENDING if openreview else EnrichState.NOT_FOUND
        conn.execute(
            "UPDATE papers SET arxiv_id = ?, enrichment = ?, enrichment_reason = ?, enriched_at = ? WHERE id = ?",
            (arxiv_id, state.value, reason, stamp, survivor),
        )
        conn.execute(
            "INSERT OR REPLACE INTO resolutions (paper_id, arxiv_id, decided_at) VALUES (?, ?, ?)",
            (survivor, arxiv_id, stamp),
        )
        if survivor != paper_id:
            conn.execute("DELETE FROM resolutions WHERE paper_id = ?", (paper_id,))
        store.mark_stale(involved)
        summary = f"resolved as arXiv {arxiv_id}" if arxiv_id else "resolved: no arXiv version"
        if previous and previous != arxiv_id:
            summary += f" (was {previous})"
        journal.record(
            conn,
            "resolve",
            involved,
            summary,
            before=before,
            details={"arxiv_id": arxiv_id, "candidate": candidate, "previous": previous},
            now=stamp,
        )
    return Resolved(
        paper_id=survivor,
        arxiv_id=arxiv_id,
        merged_into=merged_into,
        relinked_from=previous if previous and previous != arxiv_id else None,
    )


def _candidate(row: sqlite3.Row, number: int) -> str:
    records = json.loads(row["candidates"] or "[]")
    ids = [
        str(record["arxiv_id"]) for record in records if isinstance(record, dict) and record.get("arxiv_id")
    ]
    if not ids:
        raise UsageError(
            f"paper {row['id']} has no candidates recorded",
            f"name the arXiv paper (`paperlist resolve {row['id']} --arxiv ID`) or say it has none (`--none`)",
        )
    if not 1 <= number <= len(ids):
        raise UsageError(
            f"paper {row['id']} has no candidate {number}: its candidates are numbered 1 to {len(ids)}",
            f"`paperlist show {row['id']}` lists them",
        )
    return ids[number - 1]


def _unlink(conn: sqlite3.Connection, paper_id: int, row: sqlite3.Row) -> None:
    """Forget what a wrong arXiv match brought: its metadata, its title (the digests' comes back) and alias."""
    if not row["arxiv_id"] or row["enrichment"] != EnrichState.ENRICHED.value:
        conn.execute("UPDATE papers SET arxiv_id = NULL WHERE id = ?", (paper_id,))
        return
    mention = conn.execute(
        "SELECT title FROM mentions WHERE paper_id = ? AND title IS NOT NULL ORDER BY id LIMIT 1", (paper_id,)
    ).fetchone()
    own = mention["title"] if mention is not None else None
    if row["title"] and (own is None or title_key(own) != title_key(row["title"])):
        conn.execute(
            "DELETE FROM paper_titles WHERE paper_id = ? AND title_key = ?",
            (paper_id, title_key(row["title"])),
        )
    assignments = ", ".join(f"{column} = NULL" for column in _ARXIV_FIELDS)
    conn.execute(
        f"UPDATE papers SET arxiv_id = NULL, {assignments}, authors = '[]', categories = '[]',"
        " title = coalesce(?, title) WHERE id = ?",
        (own, paper_id),
    )


# -- helpers ---------------------------------------------------------------------------------------------


def _chunks(ids: Sequence[int], size: int = 500) -> list[list[int]]:
    return [list(ids[start : start + size]) for start in range(0, len(ids), size)]
