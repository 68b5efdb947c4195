"""Write side of the user's own state: status, tags, note, star. Never touches fetched metadata.

Each function is one transaction that first resolves every id it was given: one unknown id and nothing
is changed for any of them. Notes and tags are part of the full-text index, so it is refreshed in the
same transaction. Each change is journaled in that transaction too (`store/journal.py`), so `undo` can
revert it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from paperlist.dates import now_iso
from paperlist.models import ReadStatus
from paperlist.state import check_note
from paperlist.store import journal
from paperlist.store.db import Store
from paperlist.store.papers import resolve_refs


@dataclass(frozen=True, slots=True)
class StateChange:
    """Which papers a command named (in order), and which of them it actually changed."""

    paper_ids: tuple[int, ...]
    changed: tuple[int, ...]


def mark(store: Store, refs: Sequence[str], status: ReadStatus, now: str | None = None) -> StateChange:
    """Set the reading status of these papers. `read_at` is set when a paper becomes read, cleared otherwise."""
    stamp = now or now_iso()
    return _update_each(
        store,
        refs,
        """
        UPDATE user_state
           SET status = :value, read_at = CASE WHEN :value = 'read' THEN :now END, updated_at = :now
         WHERE paper_id = :id AND status != :value
        """,
        status.value,
        stamp,
        action="mark",
        summary=f"marked {status.value}",
    )


def change_tags(
    store: Store, refs: Sequence[str], add: Sequence[str], remove: Sequence[str], now: str | None = None
) -> StateChange:
    """Add and remove tags on these papers (tags already normalised by `state.normalise_tag`)."""
    stamp = now or now_iso()
    with store.transaction() as conn:
        ids = resolve_refs(store, refs)
        snapshot = journal.snapshot(conn, ids)
        changed: list[int] = []
        for paper_id in ids:
            before = conn.total_changes
            conn.executemany(
                "INSERT OR IGNORE INTO tags (paper_id, tag) VALUES (?, ?)", [(paper_id, tag) for tag in add]
            )
            conn.executemany(
                "DELETE FROM tags WHERE paper_id = ? AND tag = ?", [(paper_id, tag) for tag in remove]
            )
            if conn.total_changes != before:
                changed.append(paper_id)
                conn.execute("UPDATE user_state SET updated_at = ? WHERE paper_id = ?", (stamp, paper_id))
        store.mark_stale(changed)
        if changed:
            words = [f"+{tag}" for tag in add] + [f"-{tag}" for tag in remove]
            journal.record(
                conn,
                "tag",
                changed,
                f"tagged {' '.join(words)}",
                before=snapshot,
                details={"add": list(add), "remove": list(remove)},
                now=stamp,
            )
    return StateChange(tuple(ids), tuple(changed))


def set_note(
    store: Store, ref: str, text: str, *, append: bool = False, now: str | None = None
) -> StateChange:
    """Replace (or append a paragraph to) a paper's note; an empty text clears it (append: changes nothing)."""
    stamp = now or now_iso()
    body = text.strip()
    with store.transaction() as conn:
        (paper_id,) = resolve_refs(store, [ref])
        before = journal.snapshot(conn, [paper_id])
        row = conn.execute("SELECT note FROM user_state WHERE paper_id = ?", (paper_id,)).fetchone()
        current: str | None = row["note"] if row is not None else None
        if append:
            note = f"{current}\n\n{body}" if current and body else (current or body or None)
        else:
            note = body or None
        if note == current:
            return StateChange((paper_id,), ())
        if note is not None:
            check_note(note)
        conn.execute(
            "UPDATE user_state SET note = ?, updated_at = ? WHERE paper_id = ?", (note, stamp, paper_id)
        )
        store.mark_stale([paper_id])
        what = "note cleared" if note is None else ("note appended" if append else "note saved")
        journal.record(conn, "note", [paper_id], what, before=before, details={"note": note}, now=stamp)
    return StateChange((paper_id,), (paper_id,))


def set_starred(store: Store, refs: Sequence[str], starred: bool, now: str | None = None) -> StateChange:
    """Star or unstar these papers."""
    return _update_each(
        store,
        refs,
        "UPDATE user_state SET starred = :value, updated_at = :now WHERE paper_id = :id AND starred != :value",
        int(starred),
        now or now_iso(),
        action="star" if starred else "unstar",
        summary="starred" if starred else "unstarred",
    )


def confirm(store: Store, refs: Sequence[str], now: str | None = None) -> StateChange:
    """Promote papers held back as unconfirmed (named only weakly, found on no service) to the reading list.

    The user's word is kept (`user_state.confirmed_at`), so no later enrichment holds them back again.
    """
    stamp = now or now_iso()
    with store.transaction() as conn:
        ids = resolve_refs(store, refs)
        before = journal.snapshot(conn, ids, ("papers", "user_state"))
        changed = []
        for paper_id in ids:
            held = conn.execute(
                "UPDATE papers SET unconfirmed = 0 WHERE id = ? AND unconfirmed = 1", (paper_id,)
            ).rowcount
            conn.execute(
                "UPDATE user_state SET confirmed_at = coalesce(confirmed_at, ?), updated_at = ? WHERE paper_id = ?",
                (stamp, stamp, paper_id),
            )
            if held:
                changed.append(paper_id)
        if changed:
            journal.record(conn, "confirm", changed, "confirmed", before=before, now=stamp)
    return StateChange(tuple(ids), tuple(changed))


def _update_each(
    store: Store, refs: Sequence[str], sql: str, value: object, now: str, *, action: str, summary: str
) -> StateChange:
    """Run `sql` (:id, :value, :now) for every paper `refs` names, in one transaction, after resolving all;
    journaled as `action`."""
    with store.transaction() as conn:
        ids = resolve_refs(store, refs)
        before = journal.snapshot(conn, ids)
        changed = [
            paper_id
            for paper_id in ids
            if conn.execute(sql, {"id": paper_id, "value": value, "now": now}).rowcount
        ]
        if changed:
            journal.record(conn, action, changed, summary, before=before, details={"value": value}, now=now)
    return StateChange(tuple(ids), tuple(changed))
