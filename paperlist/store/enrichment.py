"""Enrichment queries: which papers await metadata, what the services said, and merging one paper seen twice.

Every write is its own short transaction, so an interrupted or throttled run keeps everything before it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from paperlist.ids import find_acl_id
from paperlist.metadata import Metadata
from paperlist.models import EnrichState
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
    decision: str | None = None  # the user's: an arXiv id, or "none" (no arXiv version: never searched for)


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
    store: Store,
    paper_ids: Iterable[int] | None = None,
    states: Sequence[EnrichState] = RETRYABLE,
    *,
    recheck_before: str | None = None,
) -> list[PendingPaper]:
    """Papers (of `paper_ids`, or all) in `states` (by default pending or failed: the ones worth asking about);
    and, with `recheck_before`, papers not found by an arXiv id that arXiv last said does not exist before that
    moment."""
    marks = ",".join("?" * len(states))
    sql = (
        "SELECT id, arxiv_id, openreview_id, title, enrichment,"
        " (SELECT coalesce(r.arxiv_id, 'none') FROM resolutions r WHERE r.paper_id = papers.id) AS decision"
        f" FROM papers WHERE (enrichment IN ({marks})"
    )
    params: list[object] = [state.value for state in states]
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
                decision=row["decision"],
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
        store.mark_stale([paper_id])
        survivor, merged = _merge_same(
            store,
            conn,
            paper_id,
            (("arxiv_id", metadata.arxiv_id), ("openreview_id", metadata.openreview_id)),
        )
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
        # (Unless the user chose among them: they stay listed, so another choice is one `resolve` away.)
        settled = metadata.source == "arxiv" and state is EnrichState.ENRICHED
        unchosen = (
            "CASE WHEN EXISTS (SELECT 1 FROM resolutions r WHERE r.paper_id = papers.id) THEN candidates END"
        )
        conn.execute(
            f"UPDATE papers SET {assignments}, enrichment = ?, enrichment_reason = ?,"
            f" candidates = {f'coalesce(?, {unchosen})' if settled else 'coalesce(?, candidates)'}, enriched_at = ?"
            " WHERE id = ?",
            [*fields.values(), state.value, reason, blob, now, survivor],
        )
        key = title_key(metadata.title) if metadata.title else ""
        if key:
            # The service's title becomes an alias too: a later digest citing it attaches here, offline.
            conn.execute(
                "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)", (key, survivor)
            )
    return survivor, merged


def _merge_same(
    store: Store, conn: sqlite3.Connection, paper_id: int, ids: Iterable[tuple[str, str | None]]
) -> tuple[int, int]:
    """Merge into one the papers that carry one of these ids (column, value) and `paper_id`: (survivor, merged)."""
    survivor = paper_id
    merged = 0
    for column, value in ids:
        if not value:
            continue
        row = conn.execute(
            f"SELECT id FROM papers WHERE {column} = ? AND id != ?", (value, survivor)
        ).fetchone()
        if row is not None:
            kept, dropped = min(survivor, int(row["id"])), max(survivor, int(row["id"]))
            survivor = merge_rows(conn, keep=kept, drop=dropped)
            store.mark_stale([kept, dropped])  # the dropped paper's index row goes with it
            merged += 1
    return survivor, merged


def merge_rows(conn: sqlite3.Connection, keep: int, drop: int) -> int:
    """Fold paper `drop` into `keep`: mentions, title aliases, tags, edits, decisions and the user's state move
    over (the paper stays removed only if both were)."""
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
        conn.execute(
            "UPDATE user_state SET removed_at = CASE WHEN removed_at IS NULL OR ? IS NULL THEN NULL"
            " ELSE max(removed_at, ?) END, origin = CASE WHEN ? = 'digest' THEN 'digest' ELSE origin END"
            " WHERE paper_id = ?",
            (theirs["removed_at"], theirs["removed_at"], theirs["origin"], keep),
        )
    conn.execute("UPDATE mentions SET paper_id = ? WHERE paper_id = ?", (keep, drop))
    conn.execute("UPDATE OR IGNORE paper_titles SET paper_id = ? WHERE paper_id = ?", (keep, drop))
    conn.execute("UPDATE OR IGNORE tags SET paper_id = ? WHERE paper_id = ?", (keep, drop))
    conn.execute("UPDATE OR IGNORE paper_edits SET paper_id = ? WHERE paper_id = ?", (keep, drop))
    conn.execute("UPDATE OR IGNORE resolutions SET paper_id = ? WHERE paper_id = ?", (keep, drop))
    dropped = conn.execute(
        "SELECT arxiv_id, openreview_id, title, s2_id FROM papers WHERE id = ?", (drop,)
    ).fetchone()
    conn.execute("DELETE FROM papers WHERE id = ?", (drop,))  # cascades its leftover aliases, tags, state
    conn.execute(
        "UPDATE papers SET arxiv_id = coalesce(arxiv_id, ?), openreview_id = coalesce(openreview_id, ?),"
        " title = coalesce(title, ?), s2_id = coalesce(s2_id, ?) WHERE id = ?",
        (dropped["arxiv_id"], dropped["openreview_id"], dropped["title"], dropped["s2_id"], keep),
    )
    return keep


# -- Semantic Scholar ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class S2Paper:
    """A paper Semantic Scholar has not answered about yet, with what may name it there."""

    id: int
    arxiv_id: str | None
    doi: str | None
    acl_id: str | None  # from an ACL Anthology link or DOI in a digest's text about it
    s2_id: str | None
    titles: tuple[str, ...]  # the paper's title first, then the digests' other titles
    authors: tuple[str, ...]  # the digests' author lines
    enrichment: EnrichState
    published: str | None
    enrichment_reason: str | None
    decision: str | None = None  # the user's resolution: an arXiv id, "none" (no arXiv version), or None


def s2_unasked(store: Store, paper_ids: Iterable[int] | None = None) -> list[S2Paper]:
    """Papers (of `paper_ids`, or all) Semantic Scholar has not answered about yet."""
    sql = (
        "SELECT id, arxiv_id, doi, s2_id, title, enrichment, enrichment_reason, published,"
        " (SELECT coalesce(r.arxiv_id, 'none') FROM resolutions r WHERE r.paper_id = papers.id) AS decision"
        " FROM papers WHERE s2_checked_at IS NULL ORDER BY id"
    )
    with translate_errors(store.path):
        rows = store.conn.execute(sql).fetchall()
        wanted = None if paper_ids is None else set(paper_ids)
        rows = [row for row in rows if wanted is None or int(row["id"]) in wanted]
        titles: dict[int, list[str]] = {}
        authors: dict[int, list[str]] = {}
        acl: dict[int, str] = {}
        ids = [int(row["id"]) for row in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for mention in store.conn.execute(
                "SELECT paper_id, title, authors, raw FROM mentions"
                f" WHERE paper_id IN ({','.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ):
                paper_id = int(mention["paper_id"])
                if mention["title"] and mention["title"] not in titles.setdefault(paper_id, []):
                    titles[paper_id].append(mention["title"])
                if mention["authors"] and mention["authors"] not in authors.setdefault(paper_id, []):
                    authors[paper_id].append(mention["authors"])
                if paper_id not in acl and (found := find_acl_id(mention["raw"] or "")):
                    acl[paper_id] = found
    return [
        S2Paper(
            id=int(row["id"]),
            arxiv_id=row["arxiv_id"],
            doi=row["doi"],
            acl_id=acl.get(int(row["id"])) or (find_acl_id(row["doi"]) if row["doi"] else None),
            s2_id=row["s2_id"],
            titles=tuple(
                dict.fromkeys(([row["title"]] if row["title"] else []) + titles.get(int(row["id"]), []))
            ),
            authors=tuple(authors.get(int(row["id"]), [])),
            enrichment=EnrichState(row["enrichment"]),
            published=row["published"],
            enrichment_reason=row["enrichment_reason"],
            decision=row["decision"],
        )
        for row in rows
    ]


def count_s2_unasked(store: Store, paper_ids: Iterable[int] | None = None) -> int:
    """How many papers (of `paper_ids`, or all) Semantic Scholar has not answered about yet."""
    with translate_errors(store.path):
        if paper_ids is None:
            return int(
                store.conn.execute("SELECT count(*) FROM papers WHERE s2_checked_at IS NULL").fetchone()[0]
            )
        ids = sorted(set(paper_ids))
        total = 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            total += int(
                store.conn.execute(
                    f"SELECT count(*) FROM papers WHERE s2_checked_at IS NULL AND id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchone()[0]
            )
        return total


def s2_checked(store: Store, paper_ids: Iterable[int], now: str, reason: str | None = None) -> None:
    """Semantic Scholar answered about these papers without anything to store (it has no such paper, or its
    closest title was another paper): not asked again. `reason`, when given, is added to each paper's."""
    ids = sorted(set(paper_ids))
    if not ids:
        return
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE papers SET s2_checked_at = ?, enrichment_reason = CASE WHEN ? IS NULL THEN enrichment_reason"
            " WHEN enrichment_reason IS NULL THEN ? ELSE enrichment_reason || '; ' || ? END WHERE id = ?",
            [(now, reason, reason, reason, paper_id) for paper_id in ids],
        )


def apply_s2(
    store: Store,
    paper_id: int,
    metadata: Metadata,
    now: str,
    *,
    describes: bool,
    state: EnrichState | None = None,
    reason: str | None = None,
) -> tuple[int, int]:
    """Store what Semantic Scholar says about a paper; returns its id (another one if it merged) and how many
    merged.

    Always: its venue and year of publication (S2's venue replaces a venue OpenReview gave, which names where a
    paper was submitted), citation count and when it was read, TL;DR, paperId, open-access PDF; a DOI only
    where none is known. With `describes` (a paper arXiv does not have), also its title, authors, abstract,
    date and arXiv id, and `state` with `reason`. A paper found to be another one of the list (same paperId,
    or the arXiv id S2 gives) is merged into it.
    """
    with store.transaction() as conn:
        store.mark_stale([paper_id])
        same = [("s2_id", metadata.s2_id)] + ([("arxiv_id", metadata.arxiv_id)] if describes else [])
        survivor, merged = _merge_same(store, conn, paper_id, same)
        values: dict[str, object] = {
            "s2_id": metadata.s2_id,
            "year": metadata.year,
            "citation_count": metadata.citation_count,
            "citations_fetched_at": now if metadata.citation_count is not None else None,
            "tldr": metadata.tldr,
            "open_access_pdf": metadata.open_access_pdf,
            "s2_checked_at": now,
        }
        if metadata.venue:
            values.update(
                venue=metadata.venue,
                venue_type=metadata.venue_type,
                venue_names=json.dumps(list(metadata.venue_names), ensure_ascii=False),
            )
        kept = {"s2_id", "year", "tldr", "open_access_pdf", "citation_count", "citations_fetched_at"}
        assignments = [f"{name} = coalesce(?, {name})" if name in kept else f"{name} = ?" for name in values]
        params: list[object] = list(values.values())
        assignments.append("doi = coalesce(doi, ?)")
        params.append(metadata.doi)
        if describes:
            described = {
                "title": metadata.title,
                "authors": json.dumps(list(metadata.authors), ensure_ascii=False)
                if metadata.authors
                else None,
                "abstract": metadata.abstract,
                "published": metadata.published,
            }
            assignments += [f"{name} = coalesce(?, {name})" for name in described]
            params += list(described.values())
            assignments.append("arxiv_id = coalesce(arxiv_id, ?)")
            params.append(metadata.arxiv_id)
        if state is not None:
            assignments.append("enrichment = ?, enrichment_reason = ?, enriched_at = ?")
            params += [state.value, reason, now]
        conn.execute(f"UPDATE papers SET {', '.join(assignments)} WHERE id = ?", [*params, survivor])
        if describes and (key := title_key(metadata.title)):
            conn.execute(
                "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)", (key, survivor)
            )
    return survivor, merged


def add_found(store: Store, found: Sequence[Metadata], now: str, reason: str) -> list[int]:
    """Add papers Semantic Scholar pointed at (`related --add`) to the reading list; returns their ids (a paper
    already in the list is not added twice: its id is returned). One with an arXiv id waits (`pending`) for
    arXiv's metadata; one without is enriched from Semantic Scholar."""
    from paperlist.store.papers import known_papers

    existing = known_papers(store, found)
    ids: list[int] = []
    with store.transaction() as conn:
        for metadata, known in zip(found, existing, strict=True):
            if known is not None:
                ids.append(known)
                continue
            state = EnrichState.PENDING if metadata.arxiv_id else EnrichState.ENRICHED
            cursor = conn.execute(
                "INSERT INTO papers (arxiv_id, title, authors, abstract, published, doi, venue, venue_type,"
                " venue_names, year, citation_count, citations_fetched_at, tldr, s2_id, open_access_pdf,"
                " s2_checked_at, enrichment, enrichment_reason, enriched_at, created_at, digest_count)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (
                    metadata.arxiv_id,
                    metadata.title,
                    json.dumps(list(metadata.authors), ensure_ascii=False),
                    metadata.abstract,
                    metadata.published,
                    metadata.doi,
                    metadata.venue,
                    metadata.venue_type,
                    json.dumps(list(metadata.venue_names), ensure_ascii=False),
                    metadata.year,
                    metadata.citation_count,
                    now if metadata.citation_count is not None else None,
                    metadata.tldr,
                    metadata.s2_id,
                    metadata.open_access_pdf,
                    now,
                    state.value,
                    reason,
                    now,
                    now,
                ),
            )
            paper_id = int(cursor.lastrowid or 0)
            conn.execute("INSERT INTO user_state (paper_id, added_at) VALUES (?, ?)", (paper_id, now))
            if key := title_key(metadata.title):
                conn.execute(
                    "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)", (key, paper_id)
                )
            store.mark_stale([paper_id])
            ids.append(paper_id)
    return ids


def hold_unconfirmed(store: Store, paper_ids: Sequence[int]) -> int:
    """Hold back from the lists the papers of `paper_ids` that no service found and that digests name only
    weakly (title-only, every mention's title evidence weak), unless the user confirmed them. Return how many."""
    if not paper_ids:
        return 0
    with store.transaction() as conn:
        cursor = conn.execute(
            f"""
            UPDATE papers SET unconfirmed = 1
            WHERE id IN ({",".join("?" * len(paper_ids))}) AND unconfirmed = 0
              AND arxiv_id IS NULL AND openreview_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.paper_id = papers.id AND m.weak = 0)
              AND NOT EXISTS (SELECT 1 FROM user_state s WHERE s.paper_id = papers.id AND s.confirmed_at IS NOT NULL)
            """,
            list(paper_ids),
        )
        return cursor.rowcount


def titled_mentions(store: Store, paper_id: int) -> list[tuple[int, str]]:
    """(mention id, title) of the mentions of a paper that give it an id and a title beside it."""
    with translate_errors(store.path):
        rows = store.conn.execute(
            "SELECT id, title FROM mentions WHERE paper_id = ? AND title IS NOT NULL AND evidence != 'title-only'",
            (paper_id,),
        ).fetchall()
    return [(int(row["id"]), str(row["title"])) for row in rows]


# Why a title is kept apart from the id it stood beside (the mention's reason, shown by `show` and `extract`).
DETACHED_REASON = (
    "given beside another paper's id (the service's title for that id is another): weakly a paper"
)


def detach_titles(store: Store, paper_id: int, mention_ids: Sequence[int], now: str) -> list[int]:
    """Take the titles of these mentions off `paper_id`, whose id a service says is another paper: each title
    becomes a title-only mention (weak: its only evidence was the id) of the paper known by that title, or of a
    new pending paper; the id's mention stays, without the title. Returns the papers the titles went to."""
    moved: list[int] = []
    with store.transaction() as conn:
        for mention_id in mention_ids:
            row = conn.execute(
                "SELECT * FROM mentions WHERE id = ? AND paper_id = ?", (mention_id, paper_id)
            ).fetchone()
            if row is None or not row["title"]:
                continue
            key = title_key(row["title"])
            known = conn.execute(
                "SELECT paper_id FROM paper_titles WHERE title_key = ? AND paper_id != ? ORDER BY paper_id LIMIT 1",
                (key, paper_id),
            ).fetchone()
            if known is not None:
                target = int(known["paper_id"])
            else:
                cursor = conn.execute(
                    "INSERT INTO papers (title, created_at, digest_count) VALUES (?, ?, 0)",
                    (row["title"], now),
                )
                target = int(cursor.lastrowid or 0)
                conn.execute("INSERT INTO user_state (paper_id, added_at) VALUES (?, ?)", (target, now))
                conn.execute(
                    "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)", (key, target)
                )
            conn.execute(
                "INSERT INTO mentions (paper_id, digest_id, line, lines, evidence, raw, title, summary, authors,"
                " affiliations, category, code_url, reason, weak)"
                " VALUES (?, ?, ?, ?, 'title-only', ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (
                    target,
                    row["digest_id"],
                    row["line"],
                    row["lines"],
                    row["raw"],
                    row["title"],
                    row["summary"],
                    row["authors"],
                    row["affiliations"],
                    row["category"],
                    row["code_url"],
                    DETACHED_REASON,
                ),
            )
            conn.execute("UPDATE mentions SET title = NULL, reason = NULL WHERE id = ?", (mention_id,))
            # (the paper's own title, when the digest's was it: the service's fills it, never the other paper's)
            conn.execute(
                "UPDATE papers SET title = NULL WHERE id = ? AND title = ?", (paper_id, row["title"])
            )
            others = conn.execute(
                "SELECT title FROM mentions WHERE paper_id = ? AND title IS NOT NULL", (paper_id,)
            )
            if not any(title_key(str(other[0])) == key for other in others):
                # (the title no longer names this paper: a later digest giving it finds the other one)
                conn.execute("DELETE FROM paper_titles WHERE paper_id = ? AND title_key = ?", (paper_id, key))
            # (the id's paper keeps its mention, so its digests; the title's paper may have gained one: an inserted
            # mention has no trigger to count it, as ingest counts its own)
            conn.execute(
                "UPDATE papers SET digest_count ="
                " (SELECT count(DISTINCT digest_id) FROM mentions WHERE paper_id = papers.id) WHERE id = ?",
                (target,),
            )
            conn.execute(
                "UPDATE digests SET paper_count ="
                " (SELECT count(DISTINCT paper_id) FROM mentions WHERE digest_id = digests.id) WHERE id = ?",
                (row["digest_id"],),
            )
            store.mark_stale([paper_id, target])
            moved.append(target)
    return moved
