"""Enrichment queries: which papers await metadata, what the services said, and merging one paper seen twice.

Every write is its own short transaction, so an interrupted or throttled run keeps everything before it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from paperlist.models import EnrichState, Metadata
from paperlist.store.db import Store, translate_errors
from paperlist.titles import title_key

RETRYABLE = (EnrichState.PENDING, EnrichState.FAILED)


@dataclass(frozen=True, slots=True)
class PendingPaper:
    """A paper awaiting enrichment, with what the digests say about it."""

    id: int
    arxiv_id: str | None
    openreview_id: str | None
    title: str | None
    titles: tuple[str, ...]  # every title the digests gave it (first: the paper's own)
    authors: tuple[str, ...]  # the digests' author lines ("Y H Tsai, Y Wu, ...")
    state: EnrichState


def count_states(store: Store, paper_ids: Iterable[int] | None = None) -> dict[EnrichState, int]:
    """How many papers (of `paper_ids`, or all) are in each enrichment state."""
    counts = dict.fromkeys(EnrichState, 0)
    with translate_errors(store.path):
        if paper_ids is None:
            rows = store.conn.execute(
                "SELECT enrichment, count(*) FROM papers GROUP BY enrichment"
            ).fetchall()
        else:
            ids = sorted(set(paper_ids))
            rows = []
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rows += store.conn.execute(
                    f"SELECT enrichment, count(*) FROM papers WHERE id IN ({','.join('?' * len(chunk))})"
                    " GROUP BY enrichment",
                    chunk,
                ).fetchall()
    for state, count in rows:
        counts[EnrichState(state)] += int(count)
    return counts


def awaiting(
    store: Store, paper_ids: Iterable[int] | None = None, *, recheck_before: str | None = None
) -> list[PendingPaper]:
    """Papers (of `paper_ids`, or all) still pending or failed: the ones worth asking about; and, with
    `recheck_before`, papers not found by an arXiv id that arXiv last said does not exist before that moment."""
    marks = ",".join("?" * len(RETRYABLE))
    sql = f"SELECT id, arxiv_id, openreview_id, title, enrichment FROM papers WHERE (enrichment IN ({marks})"
    params: list[object] = [state.value for state in RETRYABLE]
    if recheck_before is not None:
        sql += (
            " OR (enrichment = ? AND arxiv_id IN (SELECT arxiv_id FROM arxiv_missing WHERE checked_at < ?))"
        )
        params += [EnrichState.NOT_FOUND.value, recheck_before]
    sql += ")"
    with translate_errors(store.path):
        rows = store.conn.execute(sql + " ORDER BY id", params).fetchall()
        wanted = None if paper_ids is None else set(paper_ids)
        rows = [row for row in rows if wanted is None or int(row["id"]) in wanted]
        titles: dict[int, list[str]] = {}
        authors: dict[int, list[str]] = {}
        ids = [int(row["id"]) for row in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for mention in store.conn.execute(
                f"SELECT paper_id, title, authors FROM mentions WHERE paper_id IN ({','.join('?' * len(chunk))})"
                " ORDER BY id",
                chunk,
            ):
                paper_id = int(mention["paper_id"])
                if mention["title"] and mention["title"] not in titles.setdefault(paper_id, []):
                    titles[paper_id].append(mention["title"])
                if mention["authors"] and mention["authors"] not in authors.setdefault(paper_id, []):
                    authors[paper_id].append(mention["authors"])
    papers = []
    for row in rows:
        paper_id = int(row["id"])
        own = [row["title"]] if row["title"] else []
        papers.append(
            PendingPaper(
                id=paper_id,
                arxiv_id=row["arxiv_id"],
                openreview_id=row["openreview_id"],
                title=row["title"],
                titles=tuple(dict.fromkeys(own + titles.get(paper_id, []))),
                authors=tuple(authors.get(paper_id, [])),
                state=EnrichState(row["enrichment"]),
            )
        )
    return papers


def missing_ids(store: Store, arxiv_ids: Iterable[str], since: str = "") -> set[str]:
    """The ids among `arxiv_ids` that arXiv already said do not exist (at or after `since`)."""
    ids = sorted(set(arxiv_ids))
    found: set[str] = set()
    with translate_errors(store.path):
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found |= {
                str(row[0])
                for row in store.conn.execute(
                    f"SELECT arxiv_id FROM arxiv_missing WHERE arxiv_id IN ({','.join('?' * len(chunk))})"
                    " AND checked_at >= ?",
                    [*chunk, since],
                )
            }
    return found


def forget_missing(store: Store, arxiv_ids: Iterable[str]) -> None:
    """arXiv has these ids now (asked again, after it once said it had not)."""
    ids = sorted(set(arxiv_ids))
    with store.transaction() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            conn.execute(f"DELETE FROM arxiv_missing WHERE arxiv_id IN ({','.join('?' * len(chunk))})", chunk)


def remember_missing(store: Store, arxiv_ids: Iterable[str], now: str) -> None:
    with store.transaction() as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO arxiv_missing (arxiv_id, checked_at) VALUES (?, ?)",
            [(arxiv_id, now) for arxiv_id in sorted(set(arxiv_ids))],
        )


def set_state(
    store: Store,
    paper_ids: Iterable[int],
    state: EnrichState,
    reason: str | None,
    now: str,
    candidates: Sequence[dict[str, object]] | None = None,
) -> None:
    """Record where papers stand (the reason says why; candidates are the near misses of a title search)."""
    ids = sorted(set(paper_ids))
    if not ids:
        return
    blob = json.dumps(list(candidates), ensure_ascii=False) if candidates else None
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE papers SET enrichment = ?, enrichment_reason = ?, candidates = coalesce(?, candidates),"
            " enriched_at = ? WHERE id = ?",
            [(state.value, reason, blob, now, paper_id) for paper_id in ids],
        )


def apply_metadata(
    store: Store,
    paper_id: int,
    metadata: Metadata,
    now: str,
    *,
    state: EnrichState = EnrichState.ENRICHED,
    reason: str | None = None,
    candidates: Sequence[dict[str, object]] | None = None,
) -> tuple[int, int]:
    """Store what a service said about a paper; returns its id (another one if it merged) and how many merged.

    arXiv metadata replaces fetched fields (the arXiv title wins over the digest's); OpenReview metadata only
    fills what is empty. A paper whose arXiv or OpenReview id turns out to be another paper's is merged into
    that one, keeping every mention and the user's state.
    """
    with store.transaction() as conn:
        survivor = paper_id
        merged = 0
        store.mark_stale([paper_id])
        for column, value in (("arxiv_id", metadata.arxiv_id), ("openreview_id", metadata.openreview_id)):
            if not value:
                continue
            row = conn.execute(
                f"SELECT id FROM papers WHERE {column} = ? AND id != ?", (value, survivor)
            ).fetchone()
            if row is not None:
                kept, dropped = min(survivor, int(row["id"])), max(survivor, int(row["id"]))
                survivor = _merge(conn, keep=kept, drop=dropped)
                store.mark_stale([kept, dropped])  # the dropped paper's index row goes with it
                merged += 1
        fields = {
            "arxiv_id": metadata.arxiv_id,
            "openreview_id": metadata.openreview_id,
            "title": metadata.title,
            "authors": json.dumps(list(metadata.authors), ensure_ascii=False) if metadata.authors else None,
            "abstract": metadata.abstract,
            "published": metadata.published,
            "updated": metadata.updated,
            "version": metadata.version,
            "primary_category": metadata.primary_category,
            "categories": json.dumps(list(metadata.categories)) if metadata.categories else None,
            "comment": metadata.comment,
            "doi": metadata.doi,
            "journal_ref": metadata.journal_ref,
            "venue": metadata.venue,
        }
        if metadata.source == "arxiv":
            # arXiv is the reference for what it knows; keep what it does not say (OpenReview id, venue).
            keep = {"openreview_id", "venue"}
            assignments = ", ".join(
                f"{name} = coalesce(?, {name})" if name in keep or value is None else f"{name} = ?"
                for name, value in fields.items()
            )
        else:
            empty = {"authors": "'[]'", "categories": "'[]'"}
            assignments = ", ".join(
                f"{name} = CASE WHEN {name} IS NULL OR {name} = {empty.get(name, 'NULL')} THEN coalesce(?, {name}) ELSE {name} END"
                for name in fields
            )
        blob = json.dumps(list(candidates), ensure_ascii=False) if candidates else None
        # A sure arXiv match makes the near misses of an earlier unsure run moot: they are dropped.
        settled = metadata.source == "arxiv" and state is EnrichState.ENRICHED
        conn.execute(
            f"UPDATE papers SET {assignments}, enrichment = ?, enrichment_reason = ?,"
            f" candidates = {'?' if settled else 'coalesce(?, candidates)'}, enriched_at = ? WHERE id = ?",
            [*fields.values(), state.value, reason, blob, now, survivor],
        )
        key = title_key(metadata.title) if metadata.title else ""
        if key:
            # The service's title becomes an alias too: a later digest citing it attaches here, offline.
            conn.execute(
                "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)", (key, survivor)
            )
    return survivor, merged


def _merge(conn: sqlite3.Connection, keep: int, drop: int) -> int:
    """Fold paper `drop` into `keep`: mentions, title aliases, tags and the user's state move over."""
    mine = conn.execute("SELECT * FROM user_state WHERE paper_id = ?", (keep,)).fetchone()
    theirs = conn.execute("SELECT * FROM user_state WHERE paper_id = ?", (drop,)).fetchone()
    if mine is not None and theirs is not None:
        # The user's work is never lost: the further reading status, both notes, a star on either.
        order = ["unread", "skipped", "reading", "read"]
        status = max(mine["status"], theirs["status"], key=order.index)
        notes = [note for note in (mine["note"], theirs["note"]) if note]
        conn.execute(
            "UPDATE user_state SET status = ?, note = ?, starred = max(starred, ?), added_at = min(added_at, ?),"
            " read_at = coalesce(read_at, ?) WHERE paper_id = ?",
            (
                status,
                "\n\n".join(dict.fromkeys(notes)) or None,
                theirs["starred"],
                theirs["added_at"],
                theirs["read_at"],
                keep,
            ),
        )
    conn.execute("UPDATE mentions SET paper_id = ? WHERE paper_id = ?", (keep, drop))
    conn.execute("UPDATE OR IGNORE paper_titles SET paper_id = ? WHERE paper_id = ?", (keep, drop))
    conn.execute("UPDATE OR IGNORE tags SET paper_id = ? WHERE paper_id = ?", (keep, drop))
    dropped = conn.execute(
        "SELECT arxiv_id, openreview_id, title FROM papers WHERE id = ?", (drop,)
    ).fetchone()
    conn.execute("DELETE FROM papers WHERE id = ?", (drop,))  # cascades its leftover aliases, tags, state
    conn.execute(
        "UPDATE papers SET arxiv_id = coalesce(arxiv_id, ?), openreview_id = coalesce(openreview_id, ?),"
        " title = coalesce(title, ?) WHERE id = ?",
        (dropped["arxiv_id"], dropped["openreview_id"], dropped["title"], keep),
    )
    return keep
