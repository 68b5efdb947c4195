"""Read side of `paperlist stats`: the reading list counted by status, category, month, digest and tag."""

from __future__ import annotations

from paperlist.models import EnrichState, PaperFilter, ReadStatus, SortKey, Stats
from paperlist.store.db import Store, translate_errors
from paperlist.store.papers import list_papers

UNKNOWN = "unknown"
# Removed papers are not counted (they are out of the list); `paperlist list --removed` shows them.
_SHOWN = "NOT EXISTS (SELECT 1 FROM user_state r WHERE r.paper_id = {id} AND r.removed_at IS NOT NULL)"


def reading_stats(store: Store, top: int = 10) -> Stats:
    """Counts over the whole reading list; `top` bounds the category, digest, tag and paper rankings."""
    conn = store.conn
    with translate_errors(store.path):

        def pairs(sql: str, *params: object) -> tuple[tuple[str, int], ...]:
            return tuple((str(row[0]), int(row[1])) for row in conn.execute(sql, params))

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        shown_p = _SHOWN.format(id="p.id")
        statuses = dict(
            pairs("SELECT status, count(*) FROM user_state WHERE removed_at IS NULL GROUP BY status")
        )
        enrichment = dict(
            pairs(f"SELECT enrichment, count(*) FROM papers p WHERE {shown_p} GROUP BY enrichment")
        )
        return Stats(
            papers=one("SELECT count(*) FROM user_state WHERE removed_at IS NULL"),
            digests=one("SELECT count(*) FROM digests"),
            mentions=one(f"SELECT count(*) FROM mentions m WHERE {_SHOWN.format(id='m.paper_id')}"),
            starred=one("SELECT count(*) FROM user_state WHERE starred = 1 AND removed_at IS NULL"),
            with_notes=one("SELECT count(*) FROM user_state WHERE note IS NOT NULL AND removed_at IS NULL"),
            by_status=tuple((status.value, statuses.get(status.value, 0)) for status in ReadStatus),
            by_enrichment=tuple(
                (state.value, enrichment[state.value]) for state in EnrichState if state.value in enrichment
            ),
            by_category=pairs(
                f"""
                SELECT coalesce(p.primary_category,
                                (SELECT m.category FROM mentions m
                                  WHERE m.paper_id = p.id AND m.category IS NOT NULL ORDER BY m.id LIMIT 1),
                                '{UNKNOWN}') AS category, count(*) AS n
                FROM papers p WHERE {shown_p}
                GROUP BY category ORDER BY category = '{UNKNOWN}', n DESC, category LIMIT ?
                """,
                top,
            ),
            by_month=pairs(
                f"""
                SELECT coalesce(substr(p.dated, 1, 7), '{UNKNOWN}') AS month, count(*)
                FROM papers p WHERE {shown_p} GROUP BY month ORDER BY month = '{UNKNOWN}', month
                """
            ),
            top_digests=pairs(
                f"""
                SELECT d.name, count(DISTINCT m.paper_id) AS n FROM digests d
                JOIN mentions m ON m.digest_id = d.id WHERE {_SHOWN.format(id="m.paper_id")}
                GROUP BY d.id ORDER BY n DESC, d.name LIMIT ?
                """,
                top,
            ),
            top_tags=pairs(
                f"SELECT tag, count(*) AS n FROM tags t WHERE {_SHOWN.format(id='t.paper_id')}"
                " GROUP BY tag ORDER BY n DESC, tag LIMIT ?",
                top,
            ),
            most_mentioned=tuple(
                list_papers(store, PaperFilter(min_mentions=2, sort=SortKey.MENTIONS, limit=top))
            ),
        )
