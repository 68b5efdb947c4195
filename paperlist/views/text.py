"""Pure: models → text. Outside text made inert (`clean`), and the text formats: JSON, JSONL, CSV, Markdown.

Text from the outside world (titles, abstracts, digests) passes `clean()` (no terminal escape codes, no
bidirectional overrides) before it is shown anywhere; each format then escapes what is special to it.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from paperlist.models import EDITABLE, ArxivCandidate, Mention, Origin, Paper, ReadStatus, SearchHit, Stats
from paperlist.rawtext import ESCAPE_SEQUENCES

if TYPE_CHECKING:
    from paperlist.digests import DigestReading, Reference
    from paperlist.enrich.doctor import Diagnosis
    from paperlist.metadata import FoundPaper
    from paperlist.store.journal import Change

# ESC sequences (CSI, OSC, other two-byte escapes: rawtext.ESCAPE_SEQUENCES), then remaining C0/C1 controls
# except tab and newline, then Unicode bidirectional overrides and isolates that can disguise text.
_ESCAPES = ESCAPE_SEQUENCES
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def clean(text: str | None) -> str:
    """Make outside text inert for a terminal: strip escape sequences and control characters."""
    if not text:
        return ""
    if not _CONTROLS.search(text):
        return text  # (nearly all text: one scan instead of two rewrites; an escape sequence starts with ESC)
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
    if paper.citation_count:
        reasons.append(f"{paper.citation_count:,} citations")
    if paper.dated:
        reasons.append(paper.dated[:7])
    return " · ".join(reasons)


def year(paper: Paper) -> str:
    """The year shown beside the title: the user's, else arXiv's v1 date (before enrichment, the year the arXiv
    id encodes), else the year of publication Semantic Scholar gives (papers not on arXiv)."""
    return paper.year_shown


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
    for label, value in (("venue", paper.venue_label), ("journal", paper.journal_ref), ("doi", paper.doi)):
        if value:
            facts.append((label, value))
    if paper.citation_count is not None:
        when = f", {paper.citations_fetched_at[:10]}" if paper.citations_fetched_at else ""
        facts.append(("citations", f"{paper.citation_count:,} (Semantic Scholar{when})"))
    if paper.comment:
        facts.append(("comment", paper.comment))
    for label, url in (
        ("abs", paper.abs_url),
        ("pdf", paper.pdf_url),
        ("openreview", paper.openreview_url),
        ("s2", paper.s2_url),
        ("open pdf", paper.open_access_pdf if paper.open_access_pdf != paper.pdf_url else None),
    ):
        if url:
            facts.append((label, url))
    for url in paper.code_urls:
        facts.append(("code", url))
    enrichment = paper.enrichment.value
    if paper.enrichment_reason:
        enrichment += f" ({paper.enrichment_reason})"
    facts.append(("metadata", enrichment))
    if paper.decision:
        chosen = "no arXiv version" if paper.decision == "none" else f"arXiv {paper.decision}"
        facts.append(("resolved", f"{chosen} (your decision)"))
    for edit in paper.edits:
        fetched = edit_text(edit.fetched) or "nothing"
        facts.append(("edited", f"{edit.field}: yours (fetched: {fetched})"))
    if paper.unconfirmed:
        facts.append(
            (
                "unconfirmed",
                f"held back from the lists: no service found it; `paperlist confirm {paper.id}` keeps it",
            )
        )
    facts.append(("status", paper.status.value))
    if paper.starred:
        facts.append(("starred", "★ yes"))
    if paper.tags:
        facts.append(("tags", " ".join(paper.tags)))
    facts.append(("added", paper.added[:10] + (" by hand" if paper.origin is Origin.HAND else "")))
    if paper.read_at:
        facts.append(("read", paper.read_at[:10]))
    if paper.removed_at:
        facts.append(("removed", f"{paper.removed_at[:10]} (`paperlist restore {paper.id}` brings it back)"))
    return facts


def edit_text(value: str | tuple[str, ...] | None) -> str:
    """An edited field's value as one line (authors joined by commas)."""
    if value is None:
        return ""
    return ", ".join(value) if isinstance(value, tuple) else value


def candidate_line(candidate: ArxivCandidate) -> str:
    """Who wrote a candidate and when, in a few words: "Zhanghao Wu, Zhijian Liu et al. · 2020"."""
    names = ", ".join(candidate.authors[:2]) + (" et al." if len(candidate.authors) > 2 else "")
    parts = [part for part in (names, candidate.year) if part]
    if candidate.score is not None:
        parts.append(f"score {candidate.score:.2f}")
    return " · ".join(parts)


RESOLVE_HINT = "`paperlist resolve {id} N` picks one, `--arxiv ID` names another, `--none` says there is none"


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
        "url": paper.abs_url or paper.openreview_url or paper.s2_url,
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
        "unconfirmed": paper.unconfirmed,
        "mentions": [mention_json(mention) for mention in paper.mentions],
        # Semantic Scholar (docs/json.md): fields added after the first contract, never renamed.
        "year": paper.year,
        "venue_type": paper.venue_type,
        "citation_count": paper.citation_count,
        "citations_fetched_at": paper.citations_fetched_at,
        "tldr": paper.tldr,
        "s2_id": paper.s2_id,
        "open_access_pdf": paper.open_access_pdf,
        # The user's decisions (docs/json.md).
        "origin": paper.origin.value,
        "removed_at": paper.removed_at,
        "edits": {
            edit.field: {
                "value": list(edit.value) if isinstance(edit.value, tuple) else edit.value,
                "fetched": list(edit.fetched) if isinstance(edit.fetched, tuple) else edit.fetched,
                "at": edit.at,
            }
            for edit in paper.edits
        },
        "candidates": [candidate_json(candidate) for candidate in paper.candidates],
        "resolution": paper.decision,
    }


def candidate_json(candidate: ArxivCandidate) -> dict[str, Any]:
    return {
        "arxiv_id": candidate.arxiv_id,
        "title": candidate.title,
        "authors": list(candidate.authors),
        "published": candidate.published,
        "score": candidate.score,
        "why": candidate.why,
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
        "reason": mention.reason,
        "weak": mention.weak,
    }


def reference_json(reference: Reference) -> dict[str, Any]:
    """A reference as `paperlist extract --format json` writes it (docs/json.md)."""
    return {
        "line": reference.line,
        "lines": list(reference.lines),
        "evidence": reference.evidence.value,
        "arxiv_id": reference.arxiv_id,
        "version": reference.version,
        "openreview_id": reference.openreview_id,
        "title": reference.title,
        "reason": reference.reason,
        "weak": reference.weak,
        "authors": reference.authors,
        "affiliations": reference.affiliations,
        "category": reference.category,
        "code": reference.code_url,
        "summary": reference.summary,
        "raw": reference.raw,
    }


def reading_json(reading: DigestReading, *, verbose: bool = False) -> dict[str, Any]:
    """One digest as `paperlist extract` read it: its papers, names and (verbose) the lines turned down."""
    extraction = reading.extraction
    value: dict[str, Any] = {
        "digest": reading.name,
        "path": reading.path,
        "shape": extraction.shape if reading.error is None else None,
        "encoding": reading.encoding or None,
        "error": reading.error,
        "papers": [reference_json(reference) for reference in extraction.references],
        "names": [{"name": name.name, "line": name.line} for name in extraction.names],
    }
    if verbose:
        value["rejected"] = [
            {"line": item.line, "text": item.text, "why": item.why} for item in extraction.rejected
        ]
    return value


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
    if not _may_act(document):
        return document
    return _JSON_INERT.sub(lambda match: f"\\u{ord(match.group()):04x}", document)


def _may_act(document: str) -> bool:
    """Whether `document` may hold a character `_JSON_INERT` matches: each has one of these bytes in UTF-8
    (0x7f, or the lead byte 0xc2, 0xd8 or 0xe2 of U+0080-U+00BF, U+0600-U+063F, U+2000-U+2FFF), which a byte
    search finds several times faster than the pattern's scan of the text (the writers' cost per paper, before
    this)."""
    if document.isascii():
        return "\x7f" in document
    encoded = document.encode("utf-8", "surrogatepass")
    return b"\xc2" in encoded or b"\xe2" in encoded or b"\xd8" in encoded or b"\x7f" in encoded


def _inert_compact(value: Any) -> str:
    """`value` as compact JSON, made inert."""
    return _inert(_compact(value))


def to_jsonl(values: Iterable[Any]) -> str:
    """One compact JSON document per line."""
    return "".join(_inert_compact(value) + "\n" for value in values)


def to_json(value: Any) -> str:
    """Indented JSON, the text as stored (C0 controls escaped by json, C1 and bidi controls by us)."""
    return _inert(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def json_elements(values: Iterable[Any]) -> str:
    """Elements of a JSON array as it is written when long (`list`, `export`, `search`): one compact element a
    line, joined by `,` + newline, to go between `[` and `]` lines. (Written element by element as they are
    read; one a line is what `sqlite3 -json` writes too, and Python's JSON encoder is several times faster
    without indentation.)"""
    return ",\n".join(map(_inert_compact, values))


def _compact(value: Any) -> str:
    """`value` as one line of JSON (`json.dumps(value, ensure_ascii=False)`), by one C encoder made once:
    `JSONEncoder.encode` makes a new one for every value, a tenth of the cost of a paper's element."""
    return "".join(_ENCODE(value, 0))


# (what `JSONEncoder(ensure_ascii=False).encode` makes: no circularity check, separators ", " and ": ", keys
# unsorted, NaN allowed; CPython's json module always has its C encoder)
_ENCODE = json.encoder.c_make_encoder(  # type: ignore[attr-defined]
    None, json.JSONEncoder().default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
)


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
    ("venue", lambda p: p.venue),
    ("year", lambda p: p.year),
    ("citation_count", lambda p: p.citation_count),
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


def to_csv(rows: Iterable[dict[str, str]], fields: Sequence[str], *, header: bool = True) -> str:
    """RFC 4180 CSV with a header row (what spreadsheets and `csvkit` expect); `header=False`: the rows alone,
    to follow rows already written."""
    import csv  # (start-up: only the CSV format needs it)

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if header:
        writer.writerow(fields)
    writer.writerows([_not_a_formula(row.get(name, "")) for name in fields] for row in rows)
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


def md_table(header: Sequence[str], rows: Iterable[Sequence[str]], *, head: bool = True) -> str:
    """A Markdown table; `head=False`: its rows alone, to follow rows already written."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"] if head else []
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines) + "\n" if lines else ""


def papers_markdown(papers: Iterable[Paper], *, header: bool = True) -> str:
    """The reading list as a Markdown table (titles link to the paper); `header=False`: rows alone."""
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
        head=header,
    )


def hits_markdown(hits: Iterable[SearchHit], *, header: bool = True) -> str:
    """Search results as a Markdown table, matches between « and »; `header=False`: rows alone."""
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
        head=header,
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
    if paper.tldr:
        lines += [f"{hashes}# TL;DR", "", md_escape(paper.tldr, line_start=True), ""]
    if paper.abstract:
        lines += [f"{hashes}# Abstract", "", md_escape(paper.abstract, line_start=True), ""]
    if paper.candidates:
        lines += [f"{hashes}# arXiv candidates", "", md_escape(RESOLVE_HINT.format(id=paper.id)), ""]
        for number, candidate in enumerate(paper.candidates, start=1):
            link = md_link(md_escape(candidate.title), f"https://arxiv.org/abs/{candidate.arxiv_id}")
            lines.append(f"{number}. {md_escape(candidate.arxiv_id)} {link}  ")
            lines.append(f"   {md_escape(candidate_line(candidate))}" + ("  " if candidate.why else ""))
            if candidate.why:
                lines.append(f"   not sure: {md_escape(candidate.why)}")
        lines.append("")
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


# --- papers Semantic Scholar points at (`related`, `cites`, `refs`) -----------------------------------


def found_url(found: FoundPaper) -> str | None:
    """The page to read it: arXiv's abstract page, else Semantic Scholar's."""
    metadata = found.metadata
    if metadata.arxiv_id:
        return f"https://arxiv.org/abs/{metadata.arxiv_id}"
    return f"https://www.semanticscholar.org/paper/{metadata.s2_id}" if metadata.s2_id else None


def found_json(found: FoundPaper) -> dict[str, Any]:
    """One paper of a `related`/`cites`/`refs` answer (docs/json.md)."""
    metadata = found.metadata
    return {
        "number": found.number,
        "in_list": found.in_list,
        "title": metadata.title,
        "authors": list(metadata.authors),
        "year": metadata.year,
        "venue": metadata.venue,
        "venue_type": metadata.venue_type,
        "citation_count": metadata.citation_count,
        "arxiv_id": metadata.arxiv_id,
        "doi": metadata.doi,
        "s2_id": metadata.s2_id,
        "url": found_url(found),
        "open_access_pdf": metadata.open_access_pdf,
        "published": metadata.published,
        "abstract": metadata.abstract,
    }


FOUND_CSV: tuple[tuple[str, Callable[[FoundPaper], object]], ...] = (
    ("number", lambda f: f.number),
    ("in_list", lambda f: f.in_list),
    ("title", lambda f: f.metadata.title),
    ("authors", lambda f: "; ".join(f.metadata.authors)),
    ("year", lambda f: f.metadata.year),
    ("venue", lambda f: f.metadata.venue),
    ("citation_count", lambda f: f.metadata.citation_count),
    ("arxiv_id", lambda f: f.metadata.arxiv_id),
    ("doi", lambda f: f.metadata.doi),
    ("s2_id", lambda f: f.metadata.s2_id),
    ("url", found_url),
)
FOUND_FIELDS = tuple(name for name, _ in FOUND_CSV)


def found_row(found: FoundPaper) -> dict[str, str]:
    return {name: _cell(get(found)) for name, get in FOUND_CSV}


def found_markdown(papers: Sequence[FoundPaper]) -> str:
    """A `related`/`cites`/`refs` answer as a Markdown table (titles linked; ✓ and the id when in the list)."""
    return md_table(
        ("#", "Title", "First author", "Year", "Venue", "Citations", "In list"),
        (
            (
                str(found.number),
                md_link(md_escape(found.metadata.title), found_url(found)),
                md_escape(found.metadata.authors[0] if found.metadata.authors else ""),
                str(found.metadata.year or ""),
                md_escape(found.metadata.venue),
                "" if found.metadata.citation_count is None else str(found.metadata.citation_count),
                f"✓ {found.in_list}" if found.in_list is not None else "",
            )
            for found in papers
        ),
    )


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
        f"{plural(stats.papers, 'paper')} from {plural(stats.digests, 'digest')} "
        f"({plural(stats.mentions, 'mention')}), {stats.starred} starred, {stats.with_notes} with notes"
    )


# --- the journal and the doctor ----------------------------------------------------------------------


def change_json(change: Change) -> dict[str, Any]:
    """One change of `paperlist history --format json`."""
    return {
        "id": change.id,
        "at": change.at,
        "action": change.action,
        "papers": [
            {"id": paper_id, "title": title}
            for paper_id, title in zip(
                change.paper_ids, change.titles or [None] * len(change.paper_ids), strict=True
            )
        ],
        "summary": change.summary,
        "details": change.details,
        "undoable": change.undoable and change.undone_at is None,
        "undone_at": change.undone_at,
    }


def change_state(change: Change) -> str:
    """Whether a change is in force, undone, or cannot be undone."""
    if change.undone_at:
        return f"undone {change.undone_at[:16].replace('T', ' ')}"
    return "" if change.undoable else "cannot be undone"


def doctor_json(diagnosis: Diagnosis) -> dict[str, Any]:
    """`paperlist doctor --format json`."""
    return {
        "papers": diagnosis.papers,
        "duplicates": [
            {
                "ids": list(item.paper_ids),
                "titles": list(item.titles),
                "why": item.why,
                "command": item.command,
            }
            for item in diagnosis.duplicates
        ],
        "problems": [
            {
                "id": item.paper_id,
                "title": item.title,
                "kind": item.kind,
                "message": item.message,
                "command": item.command,
            }
            for item in diagnosis.problems
        ],
    }


def doctor_headline(diagnosis: Diagnosis) -> str:
    dups, problems = len(diagnosis.duplicates), len({item.paper_id for item in diagnosis.problems})
    if not dups and not problems:
        return f"Looked at {plural(diagnosis.papers, 'paper')}: no likely duplicates, no metadata to check."
    return (
        f"Looked at {plural(diagnosis.papers, 'paper')}: {plural(dups, 'likely duplicate')}, "
        f"{plural(problems, 'paper')} whose metadata to check."
    )


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """`1 paper`, `2 papers` (`plural_form` for nouns that do not just take an s)."""
    return f"{count} {noun if count == 1 else (plural_form or noun + 's')}"


# --- `paperlist edit`: the file the user edits --------------------------------------------------------


def edit_template(paper: Paper) -> str:
    """The paper's editable fields as TOML for $EDITOR, with what the services say beside what the user set."""

    def value(name: str, item: str | tuple[str, ...]) -> str:
        if isinstance(item, tuple):
            return "[" + ", ".join(_toml_string(author) for author in item) + "]"
        return item if name == "year" and item.isdigit() else _toml_string(item)

    lines = [
        f"# Your edits of paper {paper.id} ({clean(shorten(paper.display_title, 60))}).",
        "# Change a value and save to make it yours; delete a line (or empty it) to go back to the fetched value.",
        "# Close without saving to change nothing. Authors are a list; year is a number.",
        "",
    ]
    current: dict[str, str | tuple[str, ...] | None] = {
        "title": paper.title,
        "authors": paper.authors or None,
        "year": str(paper.year) if paper.year else (paper.published or "")[:4] or None,
        "venue": paper.venue,
    }
    for name in EDITABLE:
        edit = paper.edit(name)
        if edit is not None:
            fetched = edit_text(edit.fetched) or "nothing"
            lines.append(f"# yours; fetched: {clean(fetched)}".replace("\n", " "))
        shown = current[name]
        lines.append(f"{name} = {value(name, shown)}" if shown else f"# {name} = ")
    return "\n".join(lines) + "\n"


def _toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, and DEL must be escaped too)."""
    return json.dumps(clean(text), ensure_ascii=False).replace("\x7f", "\\u007f")
