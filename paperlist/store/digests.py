"""Write side of ingest: record a digest and its references, store-first.

A reference finds its paper by arXiv id, then OpenReview id, then normalised title (an alias in
`paper_titles`); only when none matches is a new paper created, in state `pending`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from paperlist.digests import Digest, Extraction, Reference
from paperlist.store.db import Store, translate_errors
from paperlist.titles import title_key


class DigestStatus(StrEnum):
    NEW = "new"
    CHANGED = "changed"  # known path, new content: its mentions were replaced
    UNCHANGED = "unchanged"  # same path, same content: nothing written
    DUPLICATE = "duplicate"  # same content already ingested from another path: nothing written


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    status: DigestStatus
    paper_ids: tuple[int, ...] = ()  # papers this digest references (known or new)
    new_paper_ids: tuple[int, ...] = ()  # papers this digest added to the list
    duplicate_of: str | None = None  # the path already ingested with the same content


def known_digest(store: Store, path: str, sha256: str) -> DigestOutcome | None:
    """The outcome for content already stored (same path, or same bytes elsewhere); None if it is new."""
    with translate_errors(store.path):
        row = store.conn.execute("SELECT id, sha256 FROM digests WHERE path = ?", (path,)).fetchone()
        if row is not None and row["sha256"] == sha256:
            return DigestOutcome(DigestStatus.UNCHANGED, paper_ids=_digest_papers(store, int(row["id"])))
        if row is None:
            same = store.conn.execute(
                "SELECT id, path FROM digests WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,)
            ).fetchone()
            if same is not None:
                return DigestOutcome(
                    DigestStatus.DUPLICATE,
                    paper_ids=_digest_papers(store, int(same["id"])),
                    duplicate_of=str(same["path"]),
                )
    return None


def is_known_path(store: Store, path: str) -> bool:
    """Whether a digest was ever ingested from this path (if not, its content needs no comparing first)."""
    with translate_errors(store.path):
        return store.conn.execute("SELECT 1 FROM digests WHERE path = ?", (path,)).fetchone() is not None


def _digest_papers(store: Store, digest_id: int) -> tuple[int, ...]:
    rows = store.conn.execute(
        "SELECT DISTINCT paper_id FROM mentions WHERE digest_id = ? ORDER BY id", (digest_id,)
    ).fetchall()
    return tuple(int(row[0]) for row in rows)


def record_digest(store: Store, digest: Digest, extraction: Extraction, now: str) -> DigestOutcome:
    """Store one digest and what was extracted from it, in one transaction."""
    known = known_digest(store, digest.path, digest.sha256)
    if known is not None:
        return known
    with store.transaction() as conn:
        digest_id, previous = _upsert_digest(conn, digest, now)
        status = DigestStatus.CHANGED if previous is not None else DigestStatus.NEW
        previous = previous or set()
        paper_ids: list[int] = []
        new_ids: list[int] = []  # created with digest_count 1: this digest
        mentions: list[tuple[object, ...]] = []
        for reference in extraction.references:
            paper_id, key, created = find_or_create_paper(conn, reference, now)
            mentions.append(_mention_row(paper_id, digest_id, reference))
            if key:
                # Known at once, so a later reference of this digest with the same title finds the paper.
                conn.execute(
                    "INSERT OR IGNORE INTO paper_titles (title_key, paper_id) VALUES (?, ?)", (key, paper_id)
                )
            paper_ids.append(paper_id)
            if created:
                new_ids.append(paper_id)
        conn.executemany(
            "INSERT INTO mentions (paper_id, digest_id, line, lines, evidence, raw, title, version, summary,"
            " authors, affiliations, category, code_url, reason, weak)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            mentions,
        )
        # This digest has no mentions left from before (a changed digest's were deleted, and its papers
        # counted down): each paper it mentions counts it once more.
        conn.executemany(
            "UPDATE papers SET digest_count = digest_count + 1 WHERE id = ?",
            [(paper_id,) for paper_id in sorted(set(paper_ids) - set(new_ids))],
        )
        conn.executemany(
            "INSERT INTO user_state (paper_id, added_at) VALUES (?, ?)",
            [(paper_id, now) for paper_id in new_ids],
        )
        conn.executemany(
            "INSERT INTO names (digest_id, name, line, raw) VALUES (?, ?, ?, ?)",
            [(digest_id, name.name, name.line, name.raw) for name in extraction.names],
        )
        unique = tuple(dict.fromkeys(paper_ids))
        conn.execute("UPDATE digests SET paper_count = ? WHERE id = ?", (len(unique), digest_id))
        _drop_orphans(conn, previous - set(paper_ids))
        # (A dropped paper's index row goes too: the rebuild removes rows of papers that are gone.)
        store.mark_stale(previous | set(paper_ids))
    return DigestOutcome(status=status, paper_ids=unique, new_paper_ids=tuple(new_ids))


def _upsert_digest(conn: sqlite3.Connection, digest: Digest, now: str) -> tuple[int, set[int] | None]:
    """Insert or refresh the digest row; for a changed digest, forget its old mentions (returned) first."""
    row = conn.execute("SELECT id FROM digests WHERE path = ?", (digest.path,)).fetchone()
    values = (digest.name, digest.sha256, digest.size, digest.encoding, now)
    if row is None:
        cursor = conn.execute(
            "INSERT INTO digests (name, sha256, size, encoding, ingested_at, path) VALUES (?, ?, ?, ?, ?, ?)",
            (*values, digest.path),
        )
        return int(cursor.lastrowid or 0), None
    digest_id = int(row["id"])
    previous = {r[0] for r in conn.execute("SELECT paper_id FROM mentions WHERE digest_id = ?", (digest_id,))}
    conn.execute("DELETE FROM mentions WHERE digest_id = ?", (digest_id,))
    conn.execute("DELETE FROM names WHERE digest_id = ?", (digest_id,))
    conn.execute(
        "UPDATE digests SET name = ?, sha256 = ?, size = ?, encoding = ?, ingested_at = ? WHERE id = ?",
        (*values, digest_id),
    )
    return digest_id, previous


# (`no_arxiv`: the user said the paper found by its title has no arXiv version; see `_compatible`.)
_LOOKUP = """
SELECT id, arxiv_id, openreview_id, title, unconfirmed, 1 AS via, 0 AS no_arxiv FROM papers WHERE arxiv_id = :arxiv
UNION ALL SELECT id, arxiv_id, openreview_id, title, unconfirmed, 2, 0 FROM papers WHERE openreview_id = :openreview
UNION ALL SELECT p.id, p.arxiv_id, p.openreview_id, p.title, p.unconfirmed, 3,
    EXISTS (SELECT 1 FROM resolutions r WHERE r.paper_id = p.id AND r.arxiv_id IS NULL)
    FROM paper_titles t JOIN papers p ON p.id = t.paper_id WHERE t.title_key = :key
ORDER BY via
"""


def lookup_paper(conn: sqlite3.Connection, reference: Reference) -> tuple[sqlite3.Row | None, str]:
    """(the paper row, title key): the paper by arXiv id, else OpenReview id, else title; None if none is."""
    key = title_key(reference.title) if reference.title else ""
    for row in conn.execute(
        _LOOKUP, {"arxiv": reference.arxiv_id, "openreview": reference.openreview_id, "key": key or None}
    ):
        # A title already seen is the same paper, unless both carry different ids of the same kind.
        if row["via"] < 3 or _compatible(row, reference):
            return row, key
    return None, key


def find_or_create_paper(conn: sqlite3.Connection, reference: Reference, now: str) -> tuple[int, str, bool]:
    """(paper id, title key, created): the paper by arXiv id, else OpenReview id, else title; or a new one."""
    found, key = lookup_paper(conn, reference)
    if found is None:
        cursor = conn.execute(
            "INSERT INTO papers (arxiv_id, openreview_id, title, created_at, digest_count) VALUES (?, ?, ?, ?, 1)",
            (reference.arxiv_id, reference.openreview_id, reference.title, now),
        )
        paper_id = int(cursor.lastrowid or 0)
        return paper_id, key, True
    paper_id = int(found["id"])
    if found["unconfirmed"] and not reference.weak:
        # Held back as unconfirmed, now named with evidence (an id, a label, a reference list ...): a paper.
        conn.execute("UPDATE papers SET unconfirmed = 0 WHERE id = ?", (paper_id,))
    lacking = (
        (reference.arxiv_id and not found["arxiv_id"])
        or (reference.openreview_id and not found["openreview_id"])
        or (reference.title and found["title"] is None)
    )
    if lacking:  # fill in what the paper lacked; never overwrite what is known
        conn.execute(
            "UPDATE papers SET arxiv_id = coalesce(arxiv_id, ?), openreview_id = coalesce(openreview_id, ?),"
            " title = coalesce(title, ?) WHERE id = ?",
            (reference.arxiv_id, reference.openreview_id, reference.title, paper_id),
        )
    return paper_id, key, False


def _compatible(row: sqlite3.Row, reference: Reference) -> bool:
    if reference.arxiv_id and row["arxiv_id"] and row["arxiv_id"] != reference.arxiv_id:
        return False
    if reference.arxiv_id and row["no_arxiv"]:
        return False  # the user said that paper has no arXiv version: an arXiv-linked one is another paper
    return not (
        reference.openreview_id and row["openreview_id"] and row["openreview_id"] != reference.openreview_id
    )


def _mention_row(paper_id: int, digest_id: int, reference: Reference) -> tuple[object, ...]:
    return (
        paper_id,
        digest_id,
        reference.line,
        "["
        + ", ".join(map(str, reference.lines or (reference.line,)))
        + "]",  # (JSON, as json.dumps writes it)
        reference.evidence.value,
        reference.raw,
        reference.title,
        reference.version,
        reference.summary,
        reference.authors,
        reference.affiliations,
        reference.category,
        reference.code_url,
        reference.reason,
        int(reference.weak),
    )


def _drop_orphans(conn: sqlite3.Connection, candidates: set[int]) -> set[int]:
    """Delete papers no digest mentions any more, unless the user has put something of theirs on them (or
    added, removed, edited or resolved them: a removed paper stays removed, it does not come back new)."""
    dropped: set[int] = set()
    for paper_id in sorted(candidates):
        row = conn.execute(
            """
            SELECT NOT EXISTS (SELECT 1 FROM mentions WHERE paper_id = p.id)
               AND s.status = 'unread' AND s.note IS NULL AND s.starred = 0
               AND s.removed_at IS NULL AND s.origin = 'digest'
               AND NOT EXISTS (SELECT 1 FROM tags WHERE paper_id = p.id)
               AND NOT EXISTS (SELECT 1 FROM paper_edits WHERE paper_id = p.id)
               AND NOT EXISTS (SELECT 1 FROM resolutions WHERE paper_id = p.id) AS orphan
            FROM papers p JOIN user_state s ON s.paper_id = p.id WHERE p.id = ?
            """,
            (paper_id,),
        ).fetchone()
        if row is not None and row["orphan"]:
            conn.execute("DELETE FROM papers WHERE id = ?", (paper_id,))
            dropped.add(paper_id)
    return dropped
