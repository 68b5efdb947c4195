"""Read side: queries that return `Paper` models for the views."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from paperlist.errors import PaperNotFound, UsageError
from paperlist.ids import parse_arxiv_id
from paperlist.models import (
    EnrichState,
    Evidence,
    Mention,
    Paper,
    PaperFilter,
    ReadStatus,
    SortKey,
)
from paperlist.store import fts
from paperlist.store.db import Store, translate_errors

_COLUMNS = """
p.*, s.status, s.note, s.starred, s.added_at, s.read_at,
(SELECT count(DISTINCT digest_id) FROM mentions m WHERE m.paper_id = p.id) AS digest_count
"""
_SELECT = f"SELECT {_COLUMNS} FROM papers p JOIN user_state s ON s.paper_id = p.id"

# Orders refer to the columns of the row set, so list and search share them.
_ORDER = {
    SortKey.ADDED: "added_at DESC, id ASC",
    SortKey.PUBLISHED: "published IS NULL, published DESC, id ASC",
    SortKey.TITLE: "coalesce(title, arxiv_id, openreview_id) COLLATE NOCASE ASC, id ASC",
    SortKey.MENTIONS: "digest_count DESC, added_at DESC, id ASC",
    SortKey.RELEVANCE: "score ASC, id ASC",
}


def list_papers(store: Store, paper_filter: PaperFilter) -> list[Paper]:
    """Papers matching `paper_filter`, in its order (default: most recently added first)."""
    where, params = _where(paper_filter)
    sort = paper_filter.sort if paper_filter.sort not in (None, SortKey.RELEVANCE) else SortKey.ADDED
    sql = f"SELECT * FROM ({_SELECT} WHERE 1 {where}) ORDER BY {_ORDER[sort]}"
    rows = _fetch(store, sql, params, paper_filter.limit)
    with translate_errors(store.path):
        return _with_details(store.conn, rows)


def search_papers(
    store: Store, query: fts.ParsedQuery, paper_filter: PaperFilter
) -> list[tuple[Paper, float]]:
    """Papers matching the full-text `query` and `paper_filter`, best bm25 first unless sorted otherwise."""
    where, params = _where(paper_filter)
    sort = paper_filter.sort or SortKey.RELEVANCE
    sql = (
        f"SELECT * FROM (SELECT {_COLUMNS}, {fts.bm25_expression()} AS score"
        " FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid JOIN user_state s ON s.paper_id = p.id"
        f" WHERE papers_fts MATCH ? {where}) ORDER BY {_ORDER[sort]}"
    )
    rows = _fetch(store, sql, [query.match, *params], paper_filter.limit)
    with translate_errors(store.path):
        papers = _with_details(store.conn, rows)
    return [(paper, float(row["score"])) for paper, row in zip(papers, rows, strict=True)]


def _fetch(store: Store, sql: str, params: list[Any], limit: int | None) -> list[sqlite3.Row]:
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    with translate_errors(store.path):
        return store.conn.execute(sql, params).fetchall()


def find_paper(store: Store, ref: str) -> Paper:
    """The paper `ref` names: paperlist's id, an arXiv id or URL (any version), or an OpenReview URL/id."""
    paper_id = resolve_ref(store, ref)
    with translate_errors(store.path):
        rows = store.conn.execute(f"{_SELECT} WHERE p.id = ?", (paper_id,)).fetchall()
        return _with_details(store.conn, rows)[0]


def resolve_ref(store: Store, ref: str) -> int:
    """paperlist's id for the paper `ref` names, or PaperNotFound / UsageError."""
    text = ref.strip()
    with translate_errors(store.path):
        if text.isdigit():
            row = store.conn.execute("SELECT id FROM papers WHERE id = ?", (int(text),)).fetchone()
        elif (parsed := parse_arxiv_id(text)) is not None:
            row = store.conn.execute("SELECT id FROM papers WHERE arxiv_id = ?", (parsed[0],)).fetchone()
        elif (openreview_id := _openreview_id(text)) is not None:
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


def _openreview_id(text: str) -> str | None:
    from paperlist import ids

    parse = getattr(ids, "parse_openreview_id", None)
    if parse is not None:
        result = parse(text)
        return str(result) if result else None
    if "openreview.net" in text and "id=" in text:
        return text.split("id=", 1)[1].split("&", 1)[0] or None
    return None


def count_by_enrichment(store: Store) -> dict[EnrichState, int]:
    with translate_errors(store.path):
        rows = store.conn.execute(
            "SELECT enrichment, count(*) AS n FROM papers GROUP BY enrichment"
        ).fetchall()
    return {EnrichState(row["enrichment"]): int(row["n"]) for row in rows}


def _where(paper_filter: PaperFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if paper_filter.status:
        clauses.append(f"s.status IN ({','.join('?' * len(paper_filter.status))})")
        params.extend(status.value for status in paper_filter.status)
    for tag in paper_filter.tags:
        clauses.append("EXISTS (SELECT 1 FROM tags t WHERE t.paper_id = p.id AND t.tag = ?)")
        params.append(tag)
    if paper_filter.categories:
        parts = []
        for category in paper_filter.categories:
            parts.append("(p.primary_category = ? OR p.categories LIKE ? ESCAPE '\\')")
            params.extend([category, f'%"{_like(category)}%'])
        clauses.append("(" + " OR ".join(parts) + ")")
    if paper_filter.author:
        clauses.append(
            "(p.authors LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions m WHERE m.paper_id = p.id"
            " AND m.authors LIKE ? ESCAPE '\\'))"
        )
        params.extend([f"%{_like(paper_filter.author)}%"] * 2)
    if paper_filter.since:
        clauses.append("p.published >= ?")
        params.append(paper_filter.since)
    if paper_filter.until:
        clauses.append("p.published <= ?")
        params.append(paper_filter.until)
    if paper_filter.digest:
        clauses.append(
            "EXISTS (SELECT 1 FROM mentions m JOIN digests d ON d.id = m.digest_id WHERE m.paper_id = p.id"
            " AND (d.name LIKE ? ESCAPE '\\' OR d.path LIKE ? ESCAPE '\\'))"
        )
        params.extend([f"%{_like(paper_filter.digest)}%"] * 2)
    if paper_filter.unresolved:
        clauses.append("p.enrichment != 'enriched'")
    if paper_filter.starred:
        clauses.append("s.starred = 1")
    if paper_filter.min_mentions > 0:
        clauses.append("(SELECT count(DISTINCT digest_id) FROM mentions m WHERE m.paper_id = p.id) >= ?")
        params.append(paper_filter.min_mentions)
    return "".join(f" AND {clause}" for clause in clauses), params


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _with_details(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Paper]:
    """Build Paper models for `rows`, loading mentions and tags in one query each (not per paper)."""
    if not rows:
        return []
    ids = [int(row["id"]) for row in rows]
    mentions: dict[int, list[Mention]] = defaultdict(list)
    tags: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT m.*, d.name AS digest_name, d.path AS digest_path FROM mentions m"
            f" JOIN digests d ON d.id = m.digest_id WHERE m.paper_id IN ({marks})"
            f" ORDER BY d.name, m.line",
            chunk,
        ):
            mentions[int(row["paper_id"])].append(_to_mention(row))
        for row in conn.execute(
            f"SELECT paper_id, tag FROM tags WHERE paper_id IN ({marks}) ORDER BY tag", chunk
        ):
            tags[int(row["paper_id"])].append(str(row["tag"]))
    return [_to_paper(row, tuple(mentions[int(row["id"])]), tuple(tags[int(row["id"])])) for row in rows]


def _to_mention(row: sqlite3.Row) -> Mention:
    return Mention(
        digest=row["digest_name"],
        digest_path=row["digest_path"],
        line=int(row["line"]),
        evidence=Evidence(row["evidence"]),
        text=row["summary"] or "",
        raw=row["raw"],
        title=row["title"],
        version=row["version"],
        authors=row["authors"],
        affiliations=row["affiliations"],
        category=row["category"],
        code_url=row["code_url"],
        lines=tuple(json.loads(row["lines"] or "[]")),
    )


def _to_paper(row: sqlite3.Row, mentions: tuple[Mention, ...], tags: tuple[str, ...]) -> Paper:
    return Paper(
        id=int(row["id"]),
        title=row["title"],
        arxiv_id=row["arxiv_id"],
        openreview_id=row["openreview_id"],
        authors=tuple(json.loads(row["authors"] or "[]")),
        abstract=row["abstract"],
        published=row["published"],
        updated=row["updated"],
        version=row["version"],
        primary_category=row["primary_category"],
        categories=tuple(json.loads(row["categories"] or "[]")),
        comment=row["comment"],
        doi=row["doi"],
        journal_ref=row["journal_ref"],
        venue=row["venue"],
        enrichment=EnrichState(row["enrichment"]),
        enrichment_reason=row["enrichment_reason"],
        status=ReadStatus(row["status"]),
        tags=tags,
        note=row["note"],
        starred=bool(row["starred"]),
        added=row["added_at"],
        read_at=row["read_at"],
        mentions=mentions,
        digest_count=int(row["digest_count"]),
    )
