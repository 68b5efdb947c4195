"""Read side of `paperlist stats`: the reading list counted by status, category, month, digest and tag.

Every count reads an index in its own order (no sorting of every paper), never the wide rows of papers and
mentions: `stats` costs the same few index scans at any library size.
"""

from __future__ import annotations

from collections import Counter

from paperlist.models import EnrichState, PaperFilter, ReadStatus, SortKey, Stats
from paperlist.store.db import Store, translate_errors
from paperlist.store.papers import list_papers

UNKNOWN = "unknown"


def reading_stats(store: Store, top: int = 10) -> Stats:
    """Counts over the whole reading list; `top` bounds the category, digest, tag and paper rankings."""
    conn = store.conn
    with translate_errors(store.path):

        def pairs(sql: str, *params: object) -> list[tuple[str, int]]:
            return [(str(row[0]), int(row[1])) for row in conn.execute(sql, params)]

        statuses = dict(pairs("SELECT status, count(*) FROM user_state GROUP BY status"))
        enrichment = dict(pairs("SELECT enrichment, count(*) FROM papers GROUP BY enrichment"))
        return Stats(
            papers=sum(enrichment.values()),
            digests=int(conn.execute("SELECT count(*) FROM digests").fetchone()[0]),
            mentions=int(conn.execute("SELECT count(*) FROM mentions").fetchone()[0]),
            starred=int(conn.execute("SELECT count(*) FROM user_state WHERE starred = 1").fetchone()[0]),
            with_notes=int(
                conn.execute("SELECT count(*) FROM user_state WHERE note IS NOT NULL").fetchone()[0]
            ),
            by_status=tuple((status.value, statuses.get(status.value, 0)) for status in ReadStatus),
            by_enrichment=tuple(
                (state.value, enrichment[state.value]) for state in EnrichState if state.value in enrichment
            ),
            by_category=_categories(store, top),
            by_month=_months(store),
            top_digests=tuple(
                pairs(
                    "SELECT name, paper_count FROM digests WHERE paper_count > 0"
                    " ORDER BY paper_count DESC, name LIMIT ?",
                    top,
                )
            ),
            top_tags=tuple(
                pairs("SELECT tag, count(*) AS n FROM tags GROUP BY tag ORDER BY n DESC, tag LIMIT ?", top)
            ),
            most_mentioned=tuple(
                list_papers(store, PaperFilter(min_mentions=2, sort=SortKey.MENTIONS, limit=top))
            ),
        )


def _categories(store: Store, top: int) -> tuple[tuple[str, int], ...]:
    """Papers by primary category (before enrichment: the first category a digest gave), most first, `unknown`
    last."""
    counted: Counter[str] = Counter()
    for category, count in store.conn.execute(
        "SELECT primary_category, count(*) FROM papers WHERE primary_category IS NOT NULL GROUP BY primary_category"
    ):
        counted[str(category)] += int(count)
    for category, count in store.conn.execute(
        f"""
        SELECT coalesce((SELECT m.category FROM mentions m WHERE m.paper_id = p.id AND m.category IS NOT NULL
                         ORDER BY m.id LIMIT 1), '{UNKNOWN}'), count(*)
        FROM papers p WHERE p.primary_category IS NULL GROUP BY 1
        """
    ):
        counted[str(category)] += int(count)
    ranked = sorted(counted.items(), key=lambda pair: (pair[0] == UNKNOWN, -pair[1], pair[0]))
    return tuple(ranked[:top])


def _months(store: Store) -> tuple[tuple[str, int], ...]:
    """Papers by month of publication (before enrichment: the month the arXiv id encodes), oldest first,
    `unknown` last. Published dates come from their index, in its order; the few others from their rows."""
    counted: Counter[str] = Counter()
    for published, count in store.conn.execute(
        "SELECT published, count(*) FROM papers WHERE published IS NOT NULL GROUP BY published"
    ):
        counted[str(published)[:7]] += int(count)
    for dated, count in store.conn.execute(
        "SELECT dated, count(*) FROM papers WHERE published IS NULL GROUP BY dated"
    ):
        counted[str(dated)[:7] if dated else UNKNOWN] += int(count)
    return tuple(sorted(counted.items(), key=lambda pair: (pair[0] == UNKNOWN, pair[0])))
