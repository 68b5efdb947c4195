"""Pure: models → text. Outside text made inert (`clean`), and the text formats: JSON, JSONL, CSV, Markdown.

Text from the outside world (titles, abstracts, digests) passes `clean()` (no terminal escape codes, no
bidirectional overrides) before it is shown anywhere; each format then escapes what is special to it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from paperlist.models import Mention, Paper, ReadStatus, SearchHit, Stats
from paperlist.rawtext import ESCAPE_SEQUENCES

# ESC sequences (CSI, OSC, other two-byte escapes: rawtext.ESCAPE_SEQUENCES), then remaining C0/C1 controls
# except tab and newline, then Unicode bidirectional overrides and isolates that can disguise text.
_ESCAPES = ESCAPE_SEQUENCES
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def clean(text: str | None) -> str:
    """Make outside text inert for a terminal: strip escape sequences and control characters."""
    if not text:
        return ""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def why_now(paper: Paper) -> str:
    """The reasons behind a paper's place in `next` (its ranking, spelled out)."""
    reasons = []
    if paper.status is ReadStatus.READING:
        reasons.append("reading")
    if paper.starred:
        reasons.append("starred")
    if paper.digest_count > 1:
        reasons.append(f"{paper.digest_count} digests")
    if paper.dated:
        reasons.append(paper.dated[:7])
    return " · ".join(reasons)


def year(paper: Paper) -> str:
    """The year of publication (before enrichment: the year the arXiv id encodes)."""
    return (paper.published or paper.dated or "")[:4]


def digest_authors(paper: Paper) -> str | None:
    for mention in paper.mentions:
        if mention.authors:
            return mention.authors.split(",")[0].strip()
    return None


def digest_category(paper: Paper) -> str | None:
    for mention in paper.mentions:
        if mention.category:
            return mention.category
    return None


MARK_OPEN, MARK_CLOSE = "«", "»"


def marked(snippet: str, spans: Sequence[tuple[int, int]]) -> str:
    """The snippet as plain text with its matches between « and » (csv, markdown)."""
    return "".join(
        f"{MARK_OPEN}{piece}{MARK_CLOSE}" if hit else piece for piece, hit in pieces(snippet, spans)
    )


def pieces(snippet: str, spans: Sequence[tuple[int, int]]) -> Iterable[tuple[str, bool]]:
    position = 0
    for start, end in sorted(spans):
        if start < position:
            continue
        yield clean(snippet[position:start]), False
        yield clean(snippet[start:end]), True
        position = end
    yield clean(snippet[position:]), False


def facts(paper: Paper) -> list[tuple[str, str]]:
    """What `show` lists about a paper, as (label, value) pairs, in reading order."""
    facts: list[tuple[str, str]] = [("id", str(paper.id))]
    if paper.arxiv_id:
        version = f" (v{paper.version})" if paper.version else ""
        facts.append(("arXiv", f"{paper.arxiv_id}{version}"))
    if paper.openreview_id:
        facts.append(("OpenReview", paper.openreview_id))
    if paper.published:
        updated = f", updated {paper.updated}" if paper.updated and paper.updated != paper.published else ""
        facts.append(("published", f"{paper.published}{updated}"))
    elif paper.dated:
        facts.append(("submitted", f"{paper.dated} (from the arXiv id)"))
    if paper.categories or paper.primary_category:
        facts.append(("categories", ", ".join(paper.categories) or paper.primary_category or ""))
    for label, value in (("venue", paper.venue), ("journal", paper.journal_ref), ("doi", paper.doi)):
        if value:
            facts.append((label, value))
    if paper.comment:
        facts.append(("comment", paper.comment))
    for label, url in (
        ("abs", paper.abs_url),
        ("pdf", paper.pdf_url),
        ("openreview", paper.openreview_url),
    ):
        if url:
            facts.append((label, url))
    for url in paper.code_urls:
        facts.append(("code", url))
    enrichment = paper.enrichment.value
    if paper.enrichment_reason:
        enrichment += f" ({paper.enrichment_reason})"
    facts.append(("metadata", enrichment))
    facts.append(("status", paper.status.value))
    if paper.starred:
        facts.append(("starred", "★ yes"))
    if paper.tags:
        facts.append(("tags", " ".join(paper.tags)))
    facts.append(("added", paper.added[:10]))
    if paper.read_at:
        facts.append(("read", paper.read_at[:10]))
    return facts


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def paper_json(paper: Paper) -> dict[str, Any]:
    """A paper in the documented JSON contract (README: "JSON output")."""
    return {
        "id": paper.id,
        "arxiv_id": paper.arxiv_id,
        "openreview_id": paper.openreview_id,
        "title": paper.title,
        "authors": list(paper.authors),
        "published": paper.published,
        "updated": paper.updated,
        "version": paper.version,
        "primary_category": paper.primary_category,
        "categories": list(paper.categories),
        "abstract": paper.abstract,
        "comment": paper.comment,
        "doi": paper.doi,
        "journal_ref": paper.journal_ref,
        "venue": paper.venue,
        "url": paper.abs_url or paper.openreview_url,
        "pdf_url": paper.pdf_url,
        "code": list(paper.code_urls),
        "enrichment": paper.enrichment.value,
        "enrichment_reason": paper.enrichment_reason,
        "status": paper.status.value,
        "tags": list(paper.tags),
        "note": paper.note,
        "starred": paper.starred,
        "added": paper.added,
        "read_at": paper.read_at,
        "digest_count": paper.digest_count,
        "mentions": [mention_json(mention) for mention in paper.mentions],
    }


def mention_json(mention: Mention) -> dict[str, Any]:
    return {
        "digest": mention.digest,
        "line": mention.line,
        "lines": list(mention.lines),
        "evidence": mention.evidence.value,
        "text": mention.text,
        "raw": mention.raw,
        "title": mention.title,
        "version": mention.version,
        "authors": mention.authors,
        "affiliations": mention.affiliations,
        "category": mention.category,
        "code": mention.code_url,
    }


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        **paper_json(hit.paper),
        "score": round(hit.score, 4),
        "match": {"field": hit.field, "snippet": hit.snippet, "spans": [list(span) for span in hit.spans]},
    }


# --- text formats: jsonl, csv, markdown -------------------------------------------------------------


# Characters JSON may carry raw but a terminal acts on (C1 controls such as the one-byte CSI, bidirectional
# overrides that reorder what is shown) or JavaScript ends a line on: written as \u escapes instead. They can
# only occur inside JSON strings, so the document decodes to exactly the same values.
_JSON_INERT = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _inert(document: str) -> str:
    return _JSON_INERT.sub(lambda match: f"\\u{ord(match.group()):04x}", document)


def to_jsonl(values: Iterable[Any]) -> str:
    """One compact JSON document per line."""
    return "".join(_inert(json.dumps(value, ensure_ascii=False)) + "\n" for value in values)


def to_json(value: Any) -> str:
    """Indented JSON, the text as stored (C0 controls escaped by json, C1 and bidi controls by us)."""
    return _inert(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


# CSV columns for a paper: flat values, lists joined ("; " between authors, spaces elsewhere).
PAPER_CSV: tuple[tuple[str, Callable[[Paper], object]], ...] = (
    ("id", lambda p: p.id),
    ("arxiv_id", lambda p: p.arxiv_id),
    ("openreview_id", lambda p: p.openreview_id),
    ("title", lambda p: p.title),
    ("authors", lambda p: "; ".join(p.authors)),
    ("published", lambda p: p.published),
    ("primary_category", lambda p: p.primary_category),
    ("categories", lambda p: " ".join(p.categories)),
    ("status", lambda p: p.status.value),
    ("starred", lambda p: "true" if p.starred else "false"),
    ("tags", lambda p: " ".join(p.tags)),
    ("digest_count", lambda p: p.digest_count),
    ("added", lambda p: p.added),
    ("read_at", lambda p: p.read_at),
    ("url", lambda p: p.abs_url or p.openreview_url),
    ("pdf_url", lambda p: p.pdf_url),
    ("code", lambda p: " ".join(p.code_urls)),
    ("enrichment", lambda p: p.enrichment.value),
    ("note", lambda p: p.note),
)


def paper_row(paper: Paper) -> dict[str, str]:
    """A paper as one CSV row (outside text cleaned of control characters)."""
    return {name: _cell(get(paper)) for name, get in PAPER_CSV}


def hit_row(rank: int, hit: SearchHit) -> dict[str, str]:
    return {
        "rank": str(rank),
        **paper_row(hit.paper),
        "score": f"{hit.score:.4f}",
        "match_field": hit.field,
        "match": marked(hit.snippet, hit.spans),
    }


def _cell(value: object) -> str:
    if value is None:
        return ""
    return clean(str(value))


def to_csv(rows: Sequence[dict[str, str]], fields: Sequence[str]) -> str:
    """RFC 4180 CSV with a header row (what spreadsheets and `csvkit` expect)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(fields), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({name: _not_a_formula(value) for name, value in row.items()} for row in rows)
    return buffer.getvalue()


# What makes a spreadsheet run a cell (OWASP "CSV injection"): = @ tab CR at its start, or + - followed by a
# function call or a DDE link. An OpenReview id (-bdp_8Itjwp) or a negative score stays as it is.
_FORMULA = re.compile(r"[=@\t\r]|[+-].*[(|!=]", re.DOTALL)


def _not_a_formula(value: str) -> str:
    """A cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `-cmd|'/c calc'!A1`)
    gets a leading apostrophe, as OWASP advises, so that it opens as text."""
    return "'" + value if _FORMULA.match(value) else value


PAPER_FIELDS = tuple(name for name, _ in PAPER_CSV)
HIT_FIELDS = ("rank", *PAPER_FIELDS, "score", "match_field", "match")

# CommonMark backslash-escapes any ASCII punctuation; these are the ones that could start emphasis, code,
# a link or image, raw HTML, an entity, math or strike-through, or break a table cell anywhere in a line;
# _MD_LINE_START the ones that only matter at the start of a line (headings, lists, quotes, rules).
# Outside text then stays text in every Markdown renderer.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>!|~&$])")
_MD_LINE_START = re.compile(r"^(\s*\d*)((?<=\d)[.)]|(?<!\d)[#+=>-])")


def md_escape(text: str | None, *, line_start: bool = False) -> str:
    """Outside text made inert for Markdown, as one line (a table cell, a list item, a quote line).

    `line_start`: the text begins a line of its own, where `#`, `-`, `1.` ... would start a block.
    """
    flat = _MD_SPECIAL.sub(r"\\\1", " ".join(clean(text).split()))
    return _MD_LINE_START.sub(r"\1\\\2", flat) if line_start else flat


def md_link(label: str, url: str | None) -> str:
    """`[label](url)` when there is a URL (angle brackets keep odd characters in it harmless)."""
    if not url:
        return label
    return f"[{label}](<{url.replace('>', '%3E').replace('<', '%3C')}>)"


def md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def papers_markdown(papers: Sequence[Paper]) -> str:
    """The reading list as a Markdown table (titles link to the paper)."""
    return md_table(
        ("ID", "Title", "First author", "Year", "Category", "Status", "Digests"),
        (
            (
                str(paper.id),
                ("★ " if paper.starred else "") + md_link(md_escape(paper.display_title), _url(paper)),
                md_escape(paper.first_author or digest_authors(paper)),
                year(paper),
                md_escape(paper.primary_category or digest_category(paper)),
                paper.status.value,
                str(paper.digest_count),
            )
            for paper in papers
        ),
    )


def hits_markdown(hits: Sequence[SearchHit]) -> str:
    """Search results as a Markdown table, matches between « and »."""
    return md_table(
        ("ID", "Title", "Matched in", "Where it matches"),
        (
            (
                str(hit.paper.id),
                md_link(md_escape(hit.paper.display_title), _url(hit.paper)),
                hit.field,
                md_escape(marked(hit.snippet, hit.spans)),
            )
            for hit in hits
        ),
    )


def _url(paper: Paper) -> str | None:
    return paper.abs_url or paper.openreview_url


def paper_markdown(paper: Paper, level: int = 1) -> str:
    """Everything known about one paper as a Markdown section."""
    hashes = "#" * level
    lines = [f"{hashes} {'★ ' if paper.starred else ''}{md_escape(paper.display_title)}", ""]
    if paper.authors:
        lines += [md_escape(", ".join(paper.authors)), ""]
    for label, value in facts(paper):
        shown = md_link(md_escape(value), value) if value.startswith("https://") else md_escape(value)
        lines.append(f"- **{label}**: {shown}")
    lines.append("")
    if paper.abstract:
        lines += [f"{hashes}# Abstract", "", md_escape(paper.abstract, line_start=True), ""]
    if paper.note:
        lines += [f"{hashes}# Your note", ""]
        lines += [md_escape(part, line_start=True) + "  " for part in paper.note.splitlines()]
        lines.append("")
    if paper.mentions:
        lines += [f"{hashes}# What the digests say", ""]
        for mention in paper.mentions:
            lines.append(f"- **{md_escape(mention.digest)}**, line {mention.line}:")
            for part in (mention.title, mention.text):
                if part:
                    lines += [
                        f"  > {md_escape(row, line_start=True)}  " for row in part.splitlines() if row.strip()
                    ]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --- stats -------------------------------------------------------------------------------------------

STAT_GROUPS = (
    ("by_status", "Status"),
    ("by_enrichment", "Metadata"),
    ("by_category", "Category"),
    ("by_month", "Published"),
    ("top_digests", "Digests (papers mentioned)"),
    ("top_tags", "Tags"),
)
STATS_FIELDS = ("group", "key", "label", "count")


def stats_json(stats: Stats) -> dict[str, Any]:
    """`paperlist stats --format json`: totals, then each breakdown as an object in its order."""
    return {
        "papers": stats.papers,
        "digests": stats.digests,
        "mentions": stats.mentions,
        "starred": stats.starred,
        "with_notes": stats.with_notes,
        **{group: dict(getattr(stats, group)) for group, _ in STAT_GROUPS},
        "most_mentioned": [
            {"id": p.id, "arxiv_id": p.arxiv_id, "title": p.display_title, "digest_count": p.digest_count}
            for p in stats.most_mentioned
        ],
    }


def stats_rows(stats: Stats) -> list[dict[str, str]]:
    """Every count as a (group, key, label, count) row: csv, jsonl, markdown."""
    rows = [
        {"group": "total", "key": name, "label": name, "count": str(getattr(stats, name))}
        for name in ("papers", "digests", "mentions", "starred", "with_notes")
    ]
    for group, _ in STAT_GROUPS:
        rows.extend(
            {"group": group, "key": clean(key), "label": clean(key), "count": str(count)}
            for key, count in getattr(stats, group)
        )
    rows.extend(
        {
            "group": "most_mentioned",
            "key": str(p.id),
            "label": clean(p.display_title),
            "count": str(p.digest_count),
        }
        for p in stats.most_mentioned
    )
    return rows


def stats_markdown(stats: Stats) -> str:
    parts = [f"# Reading list\n\n{md_escape(stats_headline(stats))}\n"]
    for group, title in STAT_GROUPS:
        pairs = getattr(stats, group)
        if pairs:
            parts.append(
                f"## {title}\n\n" + md_table(("", "papers"), ((md_escape(k), str(n)) for k, n in pairs))
            )
    if stats.most_mentioned:
        parts.append(
            "## Most mentioned\n\n"
            + md_table(
                ("ID", "Title", "Digests"),
                (
                    (str(p.id), md_link(md_escape(p.display_title), _url(p)), str(p.digest_count))
                    for p in stats.most_mentioned
                ),
            )
        )
    return "\n".join(parts)


def stats_headline(stats: Stats) -> str:
    return (
        f"{stats.papers} papers from {stats.digests} digests ({stats.mentions} mentions), "
        f"{stats.starred} starred, {stats.with_notes} with notes"
    )
