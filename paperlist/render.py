"""Pure: models → rich renderables and JSON-ready dicts.

Text from the outside world (titles, abstracts, digests) only ever enters rich as `Text` (never parsed as
markup) and after `clean()` (no terminal escape codes, no bidirectional overrides).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from paperlist.models import EnrichState, Mention, Paper, ReadStatus, SearchHit

# ESC sequences (CSI, OSC, other two-byte escapes), then remaining C0/C1 controls except tab and
# newline, then Unicode bidirectional overrides and isolates that can disguise text.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")

STATUS_STYLE = {
    ReadStatus.UNREAD: "bold",
    ReadStatus.READING: "yellow",
    ReadStatus.READ: "green",
    ReadStatus.SKIPPED: "dim",
}


def clean(text: str | None) -> str:
    """Make outside text inert for a terminal: strip escape sequences and control characters."""
    if not text:
        return ""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def _text(value: str | None, style: str = "") -> Text:
    return Text(clean(value), style=style)


def papers_table(papers: Sequence[Paper]) -> Table:
    """The reading list: one row per paper."""
    table = Table(box=None, header_style="bold", pad_edge=False, expand=False)
    table.add_column("ID", justify="right", style="cyan", no_wrap=True)
    table.add_column("Title", ratio=1, overflow="fold")
    table.add_column("First author", max_width=24, overflow="ellipsis", no_wrap=True)
    table.add_column("Year", no_wrap=True)
    table.add_column("Category", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Digests", justify="right", no_wrap=True)
    for paper in papers:
        table.add_row(
            str(paper.id),
            _title_cell(paper),
            _text(paper.first_author or _digest_authors(paper)),
            paper.year or "",
            _text(paper.primary_category or _digest_category(paper)),
            Text(paper.status.value, style=STATUS_STYLE[paper.status]),
            str(paper.digest_count),
        )
    return table


def _title_cell(paper: Paper) -> Text:
    title = _text(paper.display_title, "" if paper.enrichment is EnrichState.ENRICHED else "italic")
    if paper.starred:
        title = Text("★ ", style="yellow") + title
    if paper.enrichment is not EnrichState.ENRICHED:
        title.append(f"  [{paper.enrichment.value}]", style="dim")
    return title


def _digest_authors(paper: Paper) -> str | None:
    for mention in paper.mentions:
        if mention.authors:
            return mention.authors.split(",")[0].strip()
    return None


def _digest_category(paper: Paper) -> str | None:
    for mention in paper.mentions:
        if mention.category:
            return mention.category
    return None


def hits_table(hits: Sequence[SearchHit]) -> Table:
    """Search results, best first, each with the excerpt that matched."""
    table = Table(box=None, header_style="bold", pad_edge=False, show_lines=False)
    table.add_column("ID", justify="right", style="cyan", no_wrap=True)
    table.add_column("Title", ratio=2, overflow="fold")
    table.add_column("Matched in", no_wrap=True, style="dim")
    table.add_column("Where it matches", ratio=3, overflow="fold")
    for hit in hits:
        table.add_row(
            str(hit.paper.id), _title_cell(hit.paper), hit.field, highlighted(hit.snippet, hit.spans)
        )
    return table


def highlighted(snippet: str, spans: Sequence[tuple[int, int]]) -> Text:
    """The snippet with its matches emphasised; each piece is cleaned on its own so spans stay aligned."""
    text = Text()
    position = 0
    for start, end in sorted(spans):
        if start < position:
            continue
        text.append(clean(snippet[position:start]))
        text.append(clean(snippet[start:end]), style="bold reverse")
        position = end
    text.append(clean(snippet[position:]))
    return text


def paper_view(paper: Paper) -> RenderableType:
    """Everything known about one paper, laid out for reading."""
    parts: list[RenderableType] = [Text(clean(paper.display_title), style="bold")]
    if paper.authors:
        parts.append(_text(", ".join(paper.authors)))
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column(overflow="fold")
    for label, value in _facts(paper):
        facts.add_row(label, value if isinstance(value, Text) else _text(value))
    parts.extend([Text(), facts])
    if paper.abstract:
        parts.extend([Rule("Abstract", align="left", style="dim"), _text(paper.abstract)])
    if paper.note:
        parts.extend([Rule("Your note", align="left", style="dim"), _text(paper.note)])
    if paper.mentions:
        parts.append(Rule(f"What the digests say ({len(paper.mentions)})", align="left", style="dim"))
        for mention in paper.mentions:
            parts.append(_mention_view(mention))
    return Group(*parts)


def _facts(paper: Paper) -> list[tuple[str, str | Text]]:
    facts: list[tuple[str, str | Text]] = [("id", str(paper.id))]
    if paper.arxiv_id:
        version = f" (v{paper.version})" if paper.version else ""
        facts.append(("arXiv", f"{paper.arxiv_id}{version}"))
    if paper.openreview_id:
        facts.append(("OpenReview", paper.openreview_id))
    if paper.published:
        updated = f", updated {paper.updated}" if paper.updated and paper.updated != paper.published else ""
        facts.append(("published", f"{paper.published}{updated}"))
    if paper.categories or paper.primary_category:
        facts.append(("categories", ", ".join(paper.categories) or paper.primary_category or ""))
    for label, value in (("venue", paper.venue), ("journal", paper.journal_ref), ("doi", paper.doi)):
        if value:
            facts.append((label, value))
    if paper.comment:
        facts.append(("comment", paper.comment))
    for label, url in (("abs", paper.abs_url), ("pdf", paper.pdf_url), ("openreview", paper.openreview_url)):
        if url:
            facts.append((label, url))
    for url in paper.code_urls:
        facts.append(("code", url))
    enrichment = paper.enrichment.value
    if paper.enrichment_reason:
        enrichment += f" ({paper.enrichment_reason})"
    facts.append(("metadata", enrichment))
    facts.append(("status", Text(paper.status.value, style=STATUS_STYLE[paper.status])))
    if paper.tags:
        facts.append(("tags", " ".join(paper.tags)))
    facts.append(("added", paper.added))
    if paper.read_at:
        facts.append(("read", paper.read_at))
    return facts


def _mention_view(mention: Mention) -> RenderableType:
    head = Text()
    head.append(clean(mention.digest), style="cyan")
    head.append(f":{mention.line}", style="dim")
    head.append(f"  {mention.evidence.value}", style="dim")
    if mention.category:
        head.append(f"  [{clean(mention.category)}]", style="magenta")
    body: list[RenderableType] = [head]
    if mention.title:
        body.append(_text(mention.title, "italic"))
    if mention.authors or mention.affiliations:
        body.append(_text(" · ".join(x for x in (mention.authors, mention.affiliations) if x), "dim"))
    if mention.text:
        body.append(_text(mention.text))
    return Padding(Group(*body), (1, 0, 0, 2))


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
