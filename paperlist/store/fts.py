"""Full-text search: what goes into `papers_fts`, and how user queries become safe MATCH expressions.

FTS5's unicode61 tokenizer sees a run of Chinese characters as one token, so `对比学习` inside a sentence
could never be found. We segment CJK runs ourselves, the same way for the index and for queries: a run
becomes its overlapping bigrams plus its last character (`对比学习` → `对比 比学 学习 习`). A query of
two or more CJK characters is then a phrase of bigrams (exact substring match, any length ≥ 2), and a
one-character query is a prefix query, which also finds the run-final character thanks to the trailing
unigram. Latin text goes to the tokenizer as is (porter stemming: "transformers" finds "transformer").
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from paperlist.cjk import CJK_LETTERS

if TYPE_CHECKING:
    from paperlist.digests import Reference

# A piece of a query: `field:"a phrase"`, `"a phrase"` (its closing quote may be missing), or a word.
_QUERY_PIECES = re.compile('[A-Za-z]+:"[^"]*"?|"[^"]*"?|[^\\s"]+')
# At most this many words are searched for: a pasted page (5,000 words took 11 s) is not a query.
MAX_QUERY_WORDS = 200


@cache
def cjk_char() -> re.Pattern[str]:
    """One CJK character. (Patterns over these big classes are compiled on first use: `list` needs none.)"""
    return re.compile(f"[{CJK_LETTERS}]")


@cache
def _cjk_run() -> re.Pattern[str]:
    return re.compile(f"[{CJK_LETTERS}]+")


@cache
def _latin_word() -> re.Pattern[str]:
    return re.compile(f"[^\\W_{CJK_LETTERS}]+|[{CJK_LETTERS}]+")


# Column order of papers_fts, and how much a match in each counts for bm25 (title matters most).
COLUMNS = ("title", "authors", "abstract", "digest_text", "note", "tags")
WEIGHTS = (10.0, 6.0, 2.0, 3.0, 3.0, 5.0)
FIELD_PREFIXES = {
    "title": "title",
    "ti": "title",
    "author": "authors",
    "au": "authors",
    "abstract": "abstract",
    "abs": "abstract",
    "digest": "digest_text",
    "note": "note",
    "tag": "tags",
}


def segment(text: str) -> str:
    """Rewrite CJK runs as bigrams + final unigram, separated by spaces; leave the rest as it is."""
    if not cjk_char().search(text):
        return text
    return _cjk_run().sub(_segment_run, text)


def _segment_run(match: re.Match[str]) -> str:
    run = match.group(0)
    if len(run) == 1:
        return f" {run} "
    # (slices of the run: a fifth quicker than adding its characters in pairs; ingest segments every summary)
    return f" {' '.join([run[i : i + 2] for i in range(len(run) - 1)])} {run[-1]} "


# Where a match counts most: a query whose every word is found in these columns ranks first (see `preferred`).
PREFERRED_COLUMNS = ("title", "tags")


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A user query made safe: the MATCH expression and the plain terms to highlight.

    `columns[i]` is the column `terms[i]` was restricted to (`title:x`), None for any column; `words` counts
    the words searched for; `preferred` is the same query with every unrestricted term kept to the title and
    tags (None when no term is unrestricted): what ranks first.
    """

    match: str
    terms: tuple[str, ...]
    columns: tuple[str | None, ...] = ()
    words: int = 0
    preferred: str | None = None


def parse_query(query: str) -> ParsedQuery | None:
    """Turn what a user typed into an FTS5 expression that cannot be a syntax error.

    Every word is searched for as a quoted string, so `"`, `:`, `(`, `*`, `-`, AND/OR/NOT are text, not
    syntax. `title:`, `author:` and `tag:` prefixes restrict a word to one column; "double quotes" keep a
    phrase together. All terms must match (AND). Returns None when nothing searchable is left.
    """
    clauses: list[str] = []
    preferred: list[str] = []
    terms: list[str] = []
    columns: list[str | None] = []
    count = 0
    if not query.isascii():  # full-width letters and digits (`ＮＬＰ`, `２００４`) are the ordinary ones
        query = unicodedata.normalize("NFKC", query)
    for piece in _QUERY_PIECES.findall(query):
        column = None
        body = piece
        head, sep, rest = piece.partition(":")
        if sep and head.lower() in FIELD_PREFIXES and rest:
            column = FIELD_PREFIXES[head.lower()]
            body = rest
        phrase = body.startswith('"')
        text = body.strip('"')
        words = _latin_word().findall(text)
        if not words:
            continue
        count += len(words)
        terms.append(text.strip())
        columns.append(column)
        if phrase:
            expression = _phrase(words)
        else:
            expression = " AND ".join(_phrase([word]) for word in words)
            if len(words) > 1:
                expression = f"({expression})"
        clauses.append(f"{{{column}}} : {expression}" if column else expression)
        preferred.append(clauses[-1] if column else f"{{{' '.join(PREFERRED_COLUMNS)}}} : {expression}")
    if not clauses:
        return None
    return ParsedQuery(
        match=" AND ".join(clauses),
        terms=tuple(terms),
        columns=tuple(columns),
        words=count,
        preferred=" AND ".join(preferred) if None in columns else None,
    )


def _phrase(words: list[str]) -> str:
    """One FTS5 phrase for consecutive words; a lone CJK character becomes a prefix query."""
    if len(words) == 1 and len(words[0]) == 1 and cjk_char().match(words[0]):
        return f'"{words[0]}" *'
    tokens: list[str] = []
    for word in words:
        if len(word) > 1 and cjk_char().match(word):
            tokens.extend(word[i : i + 2] for i in range(len(word) - 1))
        else:
            tokens.append(word)
    return '"' + " ".join(token.replace('"', '""') for token in tokens) + '"'


def mention_text(
    title: str | None, authors: str | None, affiliations: str | None, summary: str | None
) -> str:
    """What one digest's mention of a paper adds to the paper's `digest_text` column (before segmenting)."""
    return " ".join(part for part in (title, authors, affiliations, summary) if part)


def prepare_index_text(references: Sequence[Reference]) -> tuple[str, ...]:
    """The segmented index text of these references: per reference, its title and its mention text.

    Segmenting is pure and costs about as much as indexing, so ingest does it where it parses (in a worker
    process, for many digests) rather than in the one process that writes; `prepared_by_text` pairs the
    result with the raw text again for `reindex`.
    """
    return tuple(segment(text) for reference in references for text in _raw_index_text(reference))


def prepared_by_text(references: Sequence[Reference], prepared: Sequence[str]) -> dict[str, str]:
    """Raw text → its segmented form, from what `prepare_index_text` returned for these references."""
    raw = [text for reference in references for text in _raw_index_text(reference)]
    if len(raw) != len(prepared):  # (not prepared for these references: segmented when indexed)
        return {}
    return dict(zip(raw, prepared, strict=True))


def _raw_index_text(reference: Reference) -> tuple[str, str]:
    mention = mention_text(reference.title, reference.authors, reference.affiliations, reference.summary)
    return reference.title or "", mention


def reindex(
    conn: sqlite3.Connection, paper_ids: Iterable[int], prepared: Mapping[str, str] | None = None
) -> None:
    """Rebuild the index rows of these papers from their current data (call inside the writing transaction).

    `prepared`: text already segmented (see `prepare_index_text`); anything else is segmented here.
    """
    known = prepared or {}

    def segmented(text: str | None) -> str:
        return (known.get(text) or segment(text)) if text else ""

    ids = sorted(set(paper_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        # Only rows that exist are deleted: asking FTS5 to delete a row it never had costs a lookup each.
        indexed = [
            row[0] for row in conn.execute(f"SELECT rowid FROM papers_fts WHERE rowid IN ({marks})", chunk)
        ]
        if indexed:
            conn.execute(f"DELETE FROM papers_fts WHERE rowid IN ({','.join('?' * len(indexed))})", indexed)
        digest_text: dict[int, list[str]] = {}
        for mention in conn.execute(
            f"SELECT paper_id, title, authors, affiliations, summary FROM mentions WHERE paper_id IN ({marks})"
            " ORDER BY paper_id, id",
            chunk,
        ):
            text = mention_text(mention[1], mention[2], mention[3], mention[4])
            digest_text.setdefault(mention[0], []).append(segmented(text))
        rows = conn.execute(
            f"""
            SELECT p.id,
                   -- the user's title and authors (`paperlist edit`) are what is searched, as what is shown
                   coalesce((SELECT json_extract(e.value, '$') FROM paper_edits e
                              WHERE e.paper_id = p.id AND e.field = 'title'), p.title) AS title,
                   coalesce((SELECT e.value FROM paper_edits e
                              WHERE e.paper_id = p.id AND e.field = 'authors'), p.authors) AS authors,
                   p.abstract, s.note,
                   (SELECT group_concat(tag, ' ') FROM tags t WHERE t.paper_id = p.id) AS tags
            FROM papers p LEFT JOIN user_state s ON s.paper_id = p.id
            WHERE p.id IN ({marks})
            """,
            chunk,
        ).fetchall()
        conn.executemany(
            "INSERT INTO papers_fts (rowid, title, authors, abstract, digest_text, note, tags)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    row["id"],
                    segmented(row["title"]),
                    # Chinese names (王小明) and tags (机器学习) are CJK runs too: found by any part of two or more.
                    segment(" ".join(json.loads(row["authors"] or "[]"))),
                    segmented(row["abstract"]),
                    "\n".join(digest_text.get(row["id"], ())),
                    segmented(row["note"]),
                    segment(row["tags"] or ""),
                )
                for row in rows
            ],
        )


# FTS5 merges index segments as they pile up (`automerge`: 4 per level by default). In a bulk write that work is
# redone at every commit; letting 16 pile up instead saves part of building the index (benchmarks/RESULTS.md
# has the figures), and the default
# resumes when the bulk write ends (later writes merge the rest a little at a time).
BULK_AUTOMERGE = 16
DEFAULT_AUTOMERGE = 4


def set_automerge(conn: sqlite3.Connection, segments: int) -> None:
    """How many index segments FTS5 lets pile up per level before merging them (a write: inside a transaction)."""
    conn.execute("INSERT INTO papers_fts (papers_fts, rank) VALUES ('automerge', ?)", (segments,))


def bm25_expression() -> str:
    return "bm25(papers_fts, " + ", ".join(str(weight) for weight in WEIGHTS) + ")"


def rank_function() -> str:
    """The same ranking as `bm25_expression`, for `papers_fts.rank MATCH ?` (lets FTS5 return rows best first)."""
    return "bm25(" + ", ".join(str(weight) for weight in WEIGHTS) + ")"
