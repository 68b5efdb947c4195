"""A local imitation of the arXiv query API (`/api/query`), serving `tests/data/catalogue.json`.

It speaks what the real service speaks since November 2025 (see docs/enrichment.md and the real answers in
tests/data/recordings/): Atom 1.0 in the current layout, `id_list` with versions and the `max_results`
default of 10, entries in sort order rather than input order, `search_query` with field prefixes, quoted
phrases, AND/OR/ANDNOT and parentheses, the OR rewriting of adjacent unquoted terms (a bare term gets `all:`),
paging with `start`/`max_results`, 400 error feeds for malformed ids and unparseable queries, and empty
answers for ids that do not exist. Faults (429 `Rate exceeded.`, 503, 403, resets, truncated bodies, slowness)
come from `LoopbackServer`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from tests.servers.base import Answer, LoopbackServer

CATALOGUE = Path(__file__).resolve().parent.parent / "data" / "catalogue.json"
UPDATED = "2026-04-12T22:09:36Z"  # the feed's <updated>: fixed so answers are reproducible

_NEW_ID = re.compile(r"^(?P<id>\d{4}\.\d{4,5})(?:v(?P<v>\d+))?$")
_OLD_ID = re.compile(r"^(?P<id>[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})(?:v(?P<v>\d+))?$")


def tokens(text: str) -> list[str]:
    """Words as the imitation's index sees them: case-folded, accents and punctuation dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.findall(r"[a-z0-9]+", text.casefold())


@dataclass(frozen=True)
class Version:
    number: int
    title: str
    date: str  # YYYY-MM-DD
    abstract: str


@dataclass(frozen=True)
class Record:
    """One arXiv paper of the catalogue, with every version the imitation can serve."""

    arxiv_id: str
    title: str
    abstract: str
    authors: tuple[str, ...]
    primary_category: str
    categories: tuple[str, ...]
    published: str
    comment: str | None
    doi: str | None
    journal_ref: str | None
    versions: tuple[Version, ...]  # v1..latest, all present

    @property
    def latest(self) -> Version:
        return self.versions[-1]

    def field_tokens(self, name: str) -> list[list[str]]:
        """The token sequences a field prefix searches (one per author for `au`)."""
        if name == "ti":
            return [tokens(self.title)]
        if name == "au":
            return [tokens(author) for author in self.authors]
        if name == "abs":
            return [tokens(self.abstract)]
        if name == "co":
            return [tokens(self.comment or "")]
        if name == "jr":
            return [tokens(self.journal_ref or "")]
        if name == "cat":
            return [[category.casefold()] for category in self.categories]
        if name == "id":
            return [tokens(self.arxiv_id)]
        if name == "all":
            return [tokens(self.title), *(tokens(a) for a in self.authors), tokens(self.abstract)]
        raise QueryError(f"unknown field {name}")


def _month_date(arxiv_id: str) -> str:
    """A plausible date from a new-style id's YYMM, for records whose dates the catalogue lacks."""
    return f"20{arxiv_id[:2]}-{arxiv_id[2:4]}-01"


def load_records(path: Path = CATALOGUE) -> dict[str, Record]:
    """Turn the catalogue into servable records keyed by arXiv id (papers without one are skipped)."""
    records: dict[str, Record] = {}
    for item in json.loads(path.read_text("utf-8")):
        arxiv_id = item.get("arxiv_id")
        if not arxiv_id:
            continue
        title = item["title"]
        abstract = item.get("abstract") or ""
        published = item.get("published") or _month_date(arxiv_id)
        seen: dict[int, dict[str, Any]] = {}
        has_later = False
        for version in item.get("versions") or []:
            label = version.get("version")
            if label == "latest":
                has_later = True
            elif label:
                seen[int(label[1:])] = version
        latest = max(seen, default=1) + (1 if has_later else 0)
        versions: list[Version] = []
        last_date = published
        for number in range(1, latest + 1):
            known = seen.get(number, {})
            date = known.get("date") or (published if number == 1 else last_date)
            last_date = date
            is_latest = number == latest
            versions.append(
                Version(
                    number=number,
                    # arXiv's title search sees only the current title; older versions keep theirs.
                    title=title if is_latest else (known.get("title") or title),
                    date=date if not is_latest else (item.get("updated") or date),
                    abstract=abstract if is_latest else (known.get("abstract") or abstract),
                )
            )
        categories = tuple(item.get("categories") or ())
        primary = item.get("primary_category") or (categories[0] if categories else "cs.LG")
        if primary not in categories:
            categories = (primary, *categories)
        records[arxiv_id] = Record(
            arxiv_id=arxiv_id,
            title=title,
            abstract=abstract,
            authors=tuple(item.get("authors") or ()),
            primary_category=primary,
            categories=categories,
            published=published,
            comment=item.get("comment"),
            doi=item.get("doi"),
            journal_ref=item.get("journal_ref"),
            versions=tuple(versions),
        )
    return records


# -- query language ----------------------------------------------------------------------------------------


class QueryError(ValueError):
    """The query cannot be parsed: the service answers 400."""


_FIELDS = {"ti", "au", "abs", "co", "jr", "cat", "rn", "id", "all", "doi"}
_TOKEN = re.compile(
    r'\s*(?:(?P<lp>\()|(?P<rp>\))|(?P<op>AND|OR|ANDNOT)(?=[\s()"]|$)|(?P<field>[a-z]+):|(?P<quote>"[^"]*")|(?P<word>[^\s()"]+))'
)


@dataclass(frozen=True)
class Leaf:
    field: str
    words: tuple[str, ...]
    phrase: bool


@dataclass(frozen=True)
class Node:
    op: str  # AND | OR | ANDNOT
    left: Any
    right: Any


def parse_query(text: str) -> Any:
    """Parse a search_query the way the current service does (adjacent terms are OR-ed)."""
    if any(ord(ch) > 127 for ch in text):
        raise QueryError("non-English query")
    items: list[tuple[str, str]] = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise QueryError(f"cannot read query at {position}")
        position = match.end()
        kind = match.lastgroup or ""
        items.append((kind, match.group(kind)))
    if text.count('"') % 2:
        raise QueryError("unbalanced quote")
    tree, rest = _parse_or(items)
    if rest:
        raise QueryError("trailing input")
    return tree


def _parse_or(items: list[tuple[str, str]]) -> tuple[Any, list[tuple[str, str]]]:
    left, items = _parse_and(items)
    while items and (items[0] == ("op", "OR") or items[0][0] in {"lp", "field", "quote", "word"}):
        if items[0] == ("op", "OR"):
            items = items[1:]
        # Since November 2025 two terms side by side without an operator are OR-ed.
        right, items = _parse_and(items)
        left = Node("OR", left, right)
    return left, items


def _parse_and(items: list[tuple[str, str]]) -> tuple[Any, list[tuple[str, str]]]:
    left, items = _parse_atom(items)
    while items and items[0][0] == "op" and items[0][1] in {"AND", "ANDNOT"}:
        op = items[0][1]
        right, items = _parse_atom(items[1:])
        left = Node(op, left, right)
    return left, items


def _parse_atom(items: list[tuple[str, str]]) -> tuple[Any, list[tuple[str, str]]]:
    if not items:
        raise QueryError("expected a term")
    kind, value = items[0]
    if kind == "lp":
        inner, rest = _parse_or(items[1:])
        if not rest or rest[0][0] != "rp":
            raise QueryError("unbalanced parenthesis")
        return inner, rest[1:]
    field_name = "all"
    if kind == "field":
        if value not in _FIELDS:
            raise QueryError(f"unknown field {value}")
        field_name = value
        items = items[1:]
        if not items:
            raise QueryError("field without term")
        kind, value = items[0]
    if kind == "quote":
        words = tuple(tokens(value.strip('"')))
        if not words:
            raise QueryError("empty phrase")
        return Leaf(field_name, words, phrase=True), items[1:]
    if kind == "word":
        # au:del_maestro: an underscore joins the parts of a name.
        words = tuple(tokens(value.replace("_", " ")))
        if not words:
            raise QueryError("empty term")
        return Leaf(field_name, words, phrase=len(words) > 1), items[1:]
    raise QueryError(f"unexpected {value!r}")


def _contains(sequence: list[str], words: tuple[str, ...]) -> bool:
    size = len(words)
    return any(tuple(sequence[i : i + size]) == words for i in range(len(sequence) - size + 1))


def score(tree: Any, record: Record) -> float:
    """0 when `record` does not match; otherwise a relevance score (more matched clauses, higher)."""
    if isinstance(tree, Leaf):
        if tree.field in {"rn", "doi"}:
            value = (record.doi or "").casefold() if tree.field == "doi" else ""
            return 1.0 if value and " ".join(tree.words) in " ".join(tokens(value)) else 0.0
        fields = record.field_tokens(tree.field)
        if not any(_contains(sequence, tree.words) for sequence in fields):
            return 0.0
        weight = 2.0 if tree.field == "ti" else 1.0
        # A phrase that is the whole title is the best answer, as a search engine ranks it.
        if tree.field == "ti" and list(tree.words) == fields[0]:
            weight += 2.0
        return weight * len(tree.words)
    left = score(tree.left, record)
    if tree.op == "AND":
        right = score(tree.right, record)
        return left + right if left and right else 0.0
    if tree.op == "ANDNOT":
        return left if left and not score(tree.right, record) else 0.0
    return left + score(tree.right, record)


# -- the server ---------------------------------------------------------------------------------------------


def feed_id(search_query: str, id_list: str, start: int, max_results: int) -> str:
    """The feed's <id>: base64 of the SHA-1 of the canonical query, as in the recordings."""
    canonical = f"search_query={search_query}&id_list={id_list}&start={start}&max_results={max_results}"
    digest = base64.b64encode(hashlib.sha1(canonical.encode("utf-8")).digest()).decode("ascii")
    return "https://arxiv.org/api/" + digest.rstrip("=")


class ArxivImitation(LoopbackServer):
    """The arXiv API on loopback. `base_url + "/api/query"` is what PAPERLIST_ARXIV_URL should be."""

    def __init__(self, records: dict[str, Record] | None = None) -> None:
        super().__init__()
        self.records = records if records is not None else load_records()

    @property
    def url(self) -> str:
        return self.base_url + "/api/query"

    def answer(self, method: str, path: str, params: dict[str, str]) -> Answer:
        if path != "/api/query":
            return Answer(404, b"Not Found", "text/plain")
        search_query = params.get("search_query", "")
        id_list = params.get("id_list", "")
        try:
            start = int(params.get("start", "0"))
            max_results = int(params.get("max_results", "10"))  # the default, id_list or not
        except ValueError:
            return self._error(search_query, id_list, "start_and_max_results_must_be_integers")
        if start < 0 or max_results < 0:
            return self._error(search_query, id_list, "start_must_be_non_negative")
        ids = [part.strip() for part in id_list.split(",") if part.strip()]
        wanted: list[tuple[Record, Version]] = []
        for raw in ids:
            match = _NEW_ID.match(raw) or _OLD_ID.match(raw)
            if match is None:
                return self._error(search_query, id_list, f"incorrect_id_format_for_{raw}")
            canonical = re.sub(r"\.[A-Z]{2}/", "/", match.group("id"))
            record = self.records.get(canonical)
            if record is None:
                continue
            number = match.group("v")
            if number is None:
                wanted.append((record, record.latest))
            elif 1 <= int(number) <= len(record.versions):
                wanted.append((record, record.versions[int(number) - 1]))
        scored: list[tuple[float, Record, Version]]
        if search_query:
            try:
                tree = parse_query(search_query)
            except QueryError:
                return self._error(search_query, id_list, "invalid_query_string", status=400)
            pool = wanted if ids else [(record, record.latest) for record in self.records.values()]
            scored = [(score(tree, record), record, version) for record, version in pool]
            scored = [item for item in scored if item[0] > 0]
        else:
            scored = [(1.0, record, version) for record, version in wanted]
        sort_by = params.get("sortBy", "relevance")
        descending = params.get("sortOrder", "descending") != "ascending"
        if sort_by == "submittedDate":
            scored.sort(key=lambda item: (item[1].published, item[1].arxiv_id), reverse=descending)
        elif sort_by == "lastUpdatedDate":
            scored.sort(key=lambda item: (item[2].date, item[1].arxiv_id), reverse=descending)
        else:
            # Relevance; for an id_list without a query the service answers in its own order (newest
            # first here), never in the order the ids were asked.
            scored.sort(key=lambda item: (-item[0], item[1].published, item[1].arxiv_id), reverse=False)
            if not search_query:
                scored.sort(key=lambda item: (item[1].published, item[1].arxiv_id), reverse=True)
        page = scored[start : start + max_results]
        body = self._feed(search_query, id_list, start, max_results, len(scored), page)
        return Answer(200, body.encode("utf-8"), "application/atom+xml")

    # -- Atom --------------------------------------------------------------------------------------------

    def _header(self, search_query: str, id_list: str, start: int, max_results: int, total: int) -> str:
        canonical = f"search_query={search_query}&id_list={id_list}&start={start}&max_results={max_results}"
        title = f"arXiv Query: {canonical}"
        query = f"search_query={search_query}&start={start}&max_results={max_results}&id_list={id_list}"
        link = f"https://arxiv.org/api/query?{query}"
        return (
            "<?xml version='1.0' encoding='UTF-8'?>\n"
            '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
            'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n'
            f"  <id>{feed_id(search_query, id_list, start, max_results)}</id>\n"
            f"  <title>{escape(title)}</title>\n"
            f"  <updated>{UPDATED}</updated>\n"
            f'  <link href={quoteattr(link)} type="application/atom+xml"/>\n'
            f"  <opensearch:itemsPerPage>{max_results}</opensearch:itemsPerPage>\n"
            f"  <opensearch:totalResults>{total}</opensearch:totalResults>\n"
            f"  <opensearch:startIndex>{start}</opensearch:startIndex>\n"
        )

    def _feed(
        self,
        search_query: str,
        id_list: str,
        start: int,
        max_results: int,
        total: int,
        page: list[tuple[float, Record, Version]],
    ) -> str:
        parts = [self._header(search_query, id_list, start, max_results, total)]
        parts.extend(entry(record, version) for _, record, version in page)
        parts.append("</feed>")
        return "".join(parts)

    def _error(self, search_query: str, id_list: str, code: str, status: int = 400) -> Answer:
        message = code.replace("_", " ")
        url = f"https://arxiv.org/api/errors#{code}"
        body = (
            "<?xml version='1.0' encoding='UTF-8'?>\n"
            '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
            'xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n'
            "  <id>https://arxiv.org/</id>\n"
            "  <title>arXiv Search Results</title>\n"
            f"  <updated>{UPDATED.replace('09:36', '59:06')}</updated>\n"
            "  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>\n"
            "  <opensearch:totalResults>1</opensearch:totalResults>\n"
            "  <opensearch:startIndex>0</opensearch:startIndex>\n"
            "  <entry>\n"
            f"    <id>{escape(url)}</id>\n"
            "    <title>Error</title>\n"
            f"    <updated>{UPDATED.replace('09:36', '59:06')}</updated>\n"
            f'    <link href={quoteattr(url)} rel="alternate" type="text/html"/>\n'
            f"    <summary>{escape(message)}</summary>\n"
            "    <author>\n"
            "      <name>arXiv api core</name>\n"
            "    </author>\n"
            "  </entry>\n"
            "</feed>"
        )
        return Answer(status, body.encode("utf-8"), "application/atom+xml")


def entry(record: Record, version: Version) -> str:
    """One <entry> in the current layout (element order as in the 2026 recordings)."""
    versioned = f"{record.arxiv_id}v{version.number}"
    lines = [
        "  <entry>",
        f"    <id>http://arxiv.org/abs/{versioned}</id>",
        f"    <title>{escape(version.title)}</title>",
        f"    <updated>{version.date}T12:00:00Z</updated>",
        f'    <link href="https://arxiv.org/abs/{versioned}" rel="alternate" type="text/html"/>',
        f'    <link href="https://arxiv.org/pdf/{versioned}" rel="related" type="application/pdf"'
        ' title="pdf"/>',
        f"    <summary>{escape(version.abstract)}</summary>",
    ]
    lines.extend(
        f'    <category term="{c}" scheme="http://arxiv.org/schemas/atom"/>' for c in record.categories
    )
    lines.append(f"    <published>{record.published}T12:00:00Z</published>")
    if record.comment:
        lines.append(f"    <arxiv:comment>{escape(record.comment)}</arxiv:comment>")
    lines.append(f'    <arxiv:primary_category term="{record.primary_category}"/>')
    if record.journal_ref:
        lines.append(f"    <arxiv:journal_ref>{escape(record.journal_ref)}</arxiv:journal_ref>")
    for author in record.authors:
        lines.extend(["    <author>", f"      <name>{escape(author)}</name>", "    </author>"])
    if record.doi:
        lines.append(f"    <arxiv:doi>{escape(record.doi)}</arxiv:doi>")
        lines.append(f'    <link rel="related" href="https://doi.org/{escape(record.doi)}" title="doi"/>')
    lines.append("  </entry>\n")
    return "\n".join(lines)
