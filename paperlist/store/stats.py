"""Read side of `paperlist stats`: the reading list counted by status, category, month, digest and tag.

Every count reads an index in its own order (no sorting of every paper), never the wide rows of papers and
mentions: `stats` costs the same few index scans at any library size. Papers the user removed are not counted
(they are out of the list; `paperlist list --removed` shows them): when there are any, each count leaves out
their ids, which every index holds, so the scans stay on the indexes.
"""

from __future__ import annotations

from collections import Counter

from paperlist.models import EnrichState, PaperFilter, ReadStatus, SortKey, Stats
from paperlist.store.db import Store, translate_errors
from paperlist.store.papers import list_papers

UNKNOWN = "unknown"
_REMOVED = "SELECT paper_id FROM user_state WHERE removed_at IS NOT NULL"  # (a partial index holds them)


def reading_stats(store: Store, top: int = 10) -> Stats:
    """Counts over the whole reading list; `top` bounds the category, digest, tag and paper rankings."""
    conn = store.conn
    with translate_errors(store.path):

        def pairs(sql: str, *params: object) -> list[tuple[str, int]]:
            return [(str(row[0]), int(row[1])) for row in conn.execute(sql, params)]

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        removed = conn.execute(f"{_REMOVED} LIMIT 1").fetchone() is not None

        def shown(column: str) -> str:
            """` AND column NOT IN (removed papers)`, when there are any."""
            return f" AND {column} NOT IN ({_REMOVED})" if removed else ""

        statuses = dict(
            pairs(f"SELECT status, count(*) FROM user_state WHERE 1{shown('paper_id')} GROUP BY status")
        )
        enrichment = dict(
            pairs(f"SELECT enrichment, count(*) FROM papers WHERE 1{shown('id')} GROUP BY enrichment")
        )
        return Stats(
            papers=sum(enrichment.values()),
            digests=one("SELECT count(*) FROM digests"),
            mentions=one(f"SELECT count(*) FROM mentions WHERE 1{shown('paper_id')}"),
            starred=one(f"SELECT count(*) FROM user_state WHERE starred = 1{shown('paper_id')}"),
            with_notes=one(f"SELECT count(*) FROM user_state WHERE note IS NOT NULL{shown('paper_id')}"),
            by_status=tuple((status.value, statuses.get(status.value, 0)) for status in ReadStatus),
            by_enrichment=tuple(
                (state.value, enrichment[state.value]) for state in EnrichState if state.value in enrichment
            ),
            by_category=_categories(store, top, shown("p.id")),
            by_month=_months(store, shown("id")),
            top_digests=_top_digests(store, top, removed=removed),
            top_tags=tuple(
                pairs(
                    f"SELECT tag, count(*) AS n FROM tags WHERE 1{shown('paper_id')}"
                    " GROUP BY tag ORDER BY n DESC, tag LIMIT ?",
                    top,
                )
            ),
            most_mentioned=tuple(
                list_papers(store, PaperFilter(min_mentions=2, sort=SortKey.MENTIONS, limit=top))
            ),
        )


def _categories(store: Store, top: int, shown: str) -> tuple[tuple[str, int], ...]:
    """Papers by primary category (before enrichment: the first category a digest gave), most first, `unknown`
    last."""
    counted: Counter[str] = Counter()
    for category, count in store.conn.execute(
        f"SELECT primary_category, count(*) FROM papers p WHERE primary_category IS NOT NULL{shown}"
        " GROUP BY primary_category"
    ):
        counted[str(category)] += int(count)
    for category, count in store.conn.execute(
        f"""
        SELECT coalesce((SELECT m.category FROM mentions m WHERE m.paper_id = p.id AND m.category IS NOT NULL
                         ORDER BY m.id LIMIT 1), '{UNKNOWN}'), count(*)
        FROM papers p WHERE p.primary_category IS NULL{shown} GROUP BY 1
        """
    ):
        counted[str(category)] += int(count)
    ranked = sorted(counted.items(), key=lambda pair: (pair[0] == UNKNOWN, -pair[1], pair[0]))
    return tuple(ranked[:top])


def _months(store: Store, shown: str) -> tuple[tuple[str, int], ...]:
    """Papers by month of publication (before enrichment: the month the arXiv id encodes), oldest first,
    `unknown` last. Published dates come from their index, in its order; the few others from their rows."""
    counted: Counter[str] = Counter()
    for published, count in store.conn.execute(
        f"SELECT published, count(*) FROM papers WHERE published IS NOT NULL{shown} GROUP BY published"
    ):
        counted[str(published)[:7]] += int(count)
    for dated, count in store.conn.execute(
        f"SELECT dated, count(*) FROM papers WHERE published IS NULL{shown} GROUP BY dated"
    ):
        counted[str(dated)[:7] if dated else UNKNOWN] += int(count)
    return tuple(sorted(counted.items(), key=lambda pair: (pair[0] == UNKNOWN, pair[0])))


def _top_digests(store: Store, top: int, *, removed: bool) -> tuple[tuple[str, int], ...]:
    """The digests that brought the most papers, read off the index of `digests.paper_count`; with removed
    papers, the digests that mention them count them out (those, and as many more as they are, are the only
    ones whose place can change)."""
    conn = store.conn
    less: dict[int, int] = {}
    if removed:
        less = {
            int(row[0]): int(row[1])
            for row in conn.execute(
                f"SELECT digest_id, count(DISTINCT paper_id) FROM mentions WHERE paper_id IN ({_REMOVED})"
                " GROUP BY digest_id"
            )
        }
    rows = conn.execute(
        "SELECT id, name, paper_count FROM digests WHERE paper_count > 0 ORDER BY paper_count DESC, name LIMIT ?",
        (top + len(less),),
    ).fetchall()
    found = {int(row[0]): (str(row[1]), int(row[2])) for row in rows}
    if less:
        for row in conn.execute(
            "SELECT id, name, paper_count FROM digests"
            f" WHERE id IN (SELECT digest_id FROM mentions WHERE paper_id IN ({_REMOVED}))"
        ):
            found[int(row[0])] = (str(row[1]), int(row[2]))
    counted = [(name, count - less.get(digest_id, 0)) for digest_id, (name, count) in found.items()]
    ranked = sorted((pair for pair in counted if pair[1] > 0), key=lambda pair: (-pair[1], pair[0]))
    return tuple(ranked[:top])
