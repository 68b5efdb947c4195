"""The only arXiv I/O: a polite client for the query API, and the pure converter Atom entry → Metadata.

Why the `arxiv` package is used only for describing a request (`arxiv.Search`) and not for sending it:
its `Client` talks through `requests` (a second HTTP stack beside httpx and its own connection pool), retries
at once without backoff, turns a 429 into a bare HTTPError without looking at Retry-After, cannot be told to
stop on 403, and its parser runs lxml with `recover=True`, so a truncated answer silently becomes a shorter
page. Since November 2025 arXiv answers 429 `Rate exceeded.` often and blocks clients that ignore it (403),
so the transport and retry policy live in paperlist/http.py and the parsing here (docs/enrichment.md).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

import arxiv as arxiv_package
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from paperlist import config
from paperlist.enrich.checks import checked
from paperlist.errors import ServiceThrottled
from paperlist.http import (
    Answer,
    Clock,
    PoliteClient,
    Retry,
    ServiceClient,
    WaitListener,
    ignore_wait,
    standard_status,
)
from paperlist.metadata import Metadata

if TYPE_CHECKING:
    import httpx

ID_BATCH: Final = 100  # ids per id_list request
MAX_QUERY_CHARS: Final = 1800  # keeps a GET URL well inside what proxies and the service accept
MAX_TITLES_PER_QUERY: Final = 20
RESULTS_PER_TITLE: Final = 10  # a quoted title phrase rarely matches more than a few papers
MAX_BODY_BYTES: Final = 32 * 1024 * 1024  # a full 2000-entry page is about 10 MB

ATOM: Final = "{http://www.w3.org/2005/Atom}"
ARXIV: Final = "{http://arxiv.org/schemas/atom}"
OPENSEARCH: Final = "{http://a9.com/-/spec/opensearch/1.1/}"

# A version has a few digits; a longer run is not a version (and would not fit an SQLite integer).
_ABS_ID = re.compile(r"/abs/(?P<id>[^\s?#]+?)(?:v(?P<version>[1-9]\d{0,5}))?$")
_ERROR_ID = "/api/errors"
# The id_list a feed's title echoes (`arXiv Query: search_query=&id_list=2004.11886,1707.08567&start=0...`).
_ECHOED_ID_LIST = re.compile(r"(?:^|[?&\s])id_list=([^&\s]*)")
# Characters that break a quoted phrase in arXiv's query syntax (ARXIV.md), and wildcards: dropped.
_PHRASE_BREAKERS = re.compile(r'[:()"\[\]{}\\?*!]')


class MalformedFeed(ValueError):
    """The answer is not a readable Atom feed (truncated, not XML, entity tricks, too large)."""


@dataclass(frozen=True, slots=True)
class FeedError:
    """An Error entry of an arXiv error feed (`https://arxiv.org/api/errors#<code>`)."""

    code: str
    message: str

    @property
    def bad_id(self) -> str | None:
        prefix = "incorrect_id_format_for_"
        return self.code[len(prefix) :] if self.code.startswith(prefix) else None


@dataclass(frozen=True, slots=True)
class Feed:
    """One parsed page of answers. `total`, `start` and `per_page` are None when the feed does not say."""

    total: int | None
    start: int | None
    per_page: int | None
    entries: tuple[Metadata, ...] = ()
    errors: tuple[FeedError, ...] = ()
    query: str | None = None  # the feed's title, which echoes the query: `arXiv Query: ...&id_list=...&...`

    @property
    def echoed_ids(self) -> frozenset[str]:
        """The ids of the `id_list` the feed says it answers (empty when its title echoes none)."""
        match = _ECHOED_ID_LIST.search(self.query or "")
        return frozenset(part.strip() for part in match.group(1).split(",")) if match else frozenset()

    def settles_missing(self, asked: Iterable[str]) -> str | None:
        """None when this answer to an `id_list` request says explicitly that the asked ids it leaves out do
        not exist; else why it does not (then it is a failure to retry, never a verdict).

        arXiv answers a well-formed id it does not have with no entry, and counts only the ids it found
        (ARXIV.md, and the recordings): explicit means the answer echoes the ids asked and holds every result
        it counts. An answer cut short, an empty or garbage feed, or one about other ids settles nothing.
        """
        found = {entry.arxiv_id for entry in self.entries}
        missing = [arxiv_id for arxiv_id in asked if arxiv_id not in found]
        if not missing:
            return None
        if self.total is None:
            return "an answer without a result count"
        if self.total != len(self.entries) or self.start not in (None, 0):
            return f"an answer counting {self.total} results that holds {len(self.entries)}"
        if not set(missing) <= self.echoed_ids:
            return "an answer that does not name the ids it was asked about"
        return None


@dataclass(frozen=True, slots=True)
class IdAnswer:
    """What arXiv said about ids: records keyed by id, the ids it does not have, the ids it refused."""

    found: dict[str, Metadata] = field(default_factory=dict)
    missing: frozenset[str] = frozenset()
    invalid: frozenset[str] = frozenset()


# -- pure: parsing and converting -------------------------------------------------------------------------


def _text(element: ElementTree.Element | None) -> str | None:
    """Element text with whitespace normalised (legacy answers hard-wrap and indent), None when absent."""
    if element is None or element.text is None:
        return None
    return " ".join(element.text.split())


def _date(value: str | None) -> str | None:
    return value[:10] if value and len(value) >= 10 else None


def split_versioned_id(value: str) -> tuple[str, int | None] | None:
    """`http://arxiv.org/abs/2004.11886v2` → ("2004.11886", 2); old style `cond-mat/0607501v2` too."""
    match = _ABS_ID.search(value.strip())
    if match is None:
        return None
    version = match.group("version")
    return match.group("id"), int(version) if version else None


def to_metadata(entry: ElementTree.Element) -> Metadata | None:
    """Convert one Atom <entry> into Metadata; None for an entry that is not a paper (an Error entry)."""
    raw_id = _text(entry.find(f"{ATOM}id")) or ""
    if _ERROR_ID in raw_id:
        return None
    parsed = split_versioned_id(raw_id)
    if parsed is None:
        return None
    arxiv_id, version = parsed
    title = _text(entry.find(f"{ATOM}title"))
    categories = tuple(
        term for element in entry.findall(f"{ATOM}category") if (term := element.get("term")) is not None
    )
    primary = entry.find(f"{ARXIV}primary_category")
    primary_term = primary.get("term") if primary is not None else None
    return checked(
        Metadata(
            source="arxiv",
            # A title "0" is a title: only a missing element means no title.
            title=title if title is not None else "",
            arxiv_id=arxiv_id,
            version=version,
            authors=tuple(
                name
                for author in entry.findall(f"{ATOM}author")
                if (name := _text(author.find(f"{ATOM}name")))
            ),
            abstract=_text(entry.find(f"{ATOM}summary")),
            published=_date(_text(entry.find(f"{ATOM}published"))),
            updated=_date(_text(entry.find(f"{ATOM}updated"))),
            primary_category=primary_term or (categories[0] if categories else None),
            categories=categories,
            comment=_text(entry.find(f"{ARXIV}comment")),
            doi=_text(entry.find(f"{ARXIV}doi")),
            journal_ref=_text(entry.find(f"{ARXIV}journal_ref")),
        )
    )


def _error(entry: ElementTree.Element) -> FeedError | None:
    raw_id = _text(entry.find(f"{ATOM}id")) or ""
    if _ERROR_ID not in raw_id:
        return None
    code = raw_id.partition("#")[2]
    return FeedError(code=code, message=_text(entry.find(f"{ATOM}summary")) or code.replace("_", " "))


def parse_feed(data: bytes) -> Feed:
    """Parse an arXiv Atom answer (current or legacy layout). Raises MalformedFeed when it cannot be read.

    defusedxml refuses DTDs and entity declarations, so a hostile or broken answer cannot expand entities.
    """
    if len(data) > MAX_BODY_BYTES:
        raise MalformedFeed(f"answer larger than {MAX_BODY_BYTES} bytes")
    try:
        root = fromstring(data, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException) as error:
        raise MalformedFeed(f"unreadable Atom ({error})") from error
    if root.tag != f"{ATOM}feed":
        raise MalformedFeed(f"not an Atom feed (root element {root.tag})")

    def number(name: str) -> int | None:
        value = _text(root.find(f"{OPENSEARCH}{name}"))
        if value is None or not value.isascii() or not value.isdigit() or len(value) > 12:
            return None
        return int(value)

    entries: list[Metadata] = []
    errors: list[FeedError] = []
    for element in root.findall(f"{ATOM}entry"):
        failure = _error(element)
        if failure is not None:
            errors.append(failure)
            continue
        metadata = to_metadata(element)
        if metadata is not None:
            entries.append(metadata)
    return Feed(
        total=number("totalResults"),
        start=number("startIndex"),
        per_page=number("itemsPerPage"),
        entries=tuple(entries),
        errors=tuple(errors),
        query=_text(root.find(f"{ATOM}title")),
    )


# -- pure: building requests ------------------------------------------------------------------------------


def title_phrase(title: str) -> str | None:
    """The text to put between quotes for a title search, or None when nothing searchable is left.

    `: ( ) "` and brackets break arXiv's query parser and are dropped; the service also fails on non-English
    text, so a title with no ASCII letters cannot be searched.
    """
    cleaned = _PHRASE_BREAKERS.sub(" ", title)
    cleaned = "".join(ch if ord(ch) < 128 else " " for ch in cleaned)
    cleaned = " ".join(cleaned.split())
    return cleaned if re.search(r"[A-Za-z]", cleaned) else None


def title_clause(phrase: str) -> str:
    """A quoted title clause: since November 2025 unquoted words are OR-ed with each other."""
    return f'ti:"{phrase}"'


def chunk_clauses(
    clauses: Sequence[str], max_chars: int = MAX_QUERY_CHARS, max_clauses: int = MAX_TITLES_PER_QUERY
) -> list[list[str]]:
    """Group clauses into as few `A OR B OR ...` queries as the length limits allow."""
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0
    for clause in clauses:
        extra = len(clause) + (4 if current else 0)
        if current and (size + extra > max_chars or len(current) >= max_clauses):
            chunks.append(current)
            current, size = [], 0
            extra = len(clause)
        current.append(clause)
        size += extra
    if current:
        chunks.append(current)
    return chunks


def id_batches(ids: Iterable[str], size: int = ID_BATCH) -> list[list[str]]:
    unique = list(dict.fromkeys(ids))
    return [unique[index : index + size] for index in range(0, len(unique), size)]


def _params(search: arxiv_package.Search, start: int = 0) -> dict[str, str]:
    """Request parameters for an `arxiv.Search` (the package's description of a query, used as is)."""
    params = {"start": str(start), "max_results": str(search.max_results)}
    if search.query:
        params["search_query"] = search.query
    if search.id_list:
        params["id_list"] = ",".join(search.id_list)
    if search.query:
        params["sortBy"] = search.sort_by.value
        params["sortOrder"] = search.sort_order.value
    return params


# -- the client ----------------------------------------------------------------------------------------------


def interpret(answer: Answer) -> Feed:
    """What an arXiv answer means: a feed (a 400 error feed included: its entries name the refused id), a
    passing failure to retry (429, 5xx, a truncated or malformed 200), or a final failure (403, others)."""
    if answer.status in (200, 400):
        try:
            return parse_feed(answer.body)
        except MalformedFeed as unreadable:
            if answer.status == 400:
                raise ServiceThrottled(f"arXiv answered 400 without an error feed ({unreadable})") from None
            raise Retry(f"truncated or malformed answer ({unreadable})") from None
    standard_status(answer, "arXiv")
    raise ServiceThrottled(f"arXiv answered HTTP {answer.status} at {answer.url}")


def _id_interpret(asked: Sequence[str]) -> Callable[[Answer], Feed]:
    """`interpret` for an `id_list` request: an answer that leaves out asked ids without saying explicitly that
    they do not exist (see `Feed.settles_missing`) is a passing failure, asked again within the bounded wait."""

    def interpret_ids(answer: Answer) -> Feed:
        feed = interpret(answer)
        if not feed.errors:
            problem = feed.settles_missing(asked)
            if problem is not None:
                raise Retry(problem)
        return feed

    return interpret_ids


class ArxivClient(ServiceClient):
    """The arXiv query API through the polite client: at least `delay` seconds between requests (measured
    from the start of the previous one), bounded retries with backoff, whole answers of at most 32 MB."""

    service = "arXiv"

    def __init__(
        self,
        url: str = config.ARXIV_URL,
        delay: float = config.ARXIV_DELAY,
        *,
        on_wait: WaitListener = ignore_wait,
        clock: Clock | None = None,
        max_wait: float | None = None,
        timeout: float = config.TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url
        self.delay = delay
        self._http = PoliteClient(
            self.service,
            delay=delay,
            # A small margin: the service measures the gap on arrival, after network jitter.
            margin=min(0.15, 0.05 * delay),
            accept="application/atom+xml",
            max_body=MAX_BODY_BYTES,
            timeout=timeout,
            # The bounded total wait for one request grows with the polite delay (2 minutes at 3 s).
            max_wait=max_wait if max_wait is not None else max(40 * delay, 1.0),
            on_wait=on_wait,
            clock=clock,
            transport=transport,
        )

    # -- high level -------------------------------------------------------------------------------------

    def fetch_ids(self, ids: Sequence[str]) -> IdAnswer:
        """Metadata of the latest version of each id (canonical, unversioned), ≤ ID_BATCH ids a request."""
        found: dict[str, Metadata] = {}
        missing: set[str] = set()
        invalid: set[str] = set()
        for batch in id_batches(ids):
            answer = self._fetch_batch(batch)
            found.update(answer.found)
            missing |= answer.missing
            invalid |= answer.invalid
        return IdAnswer(found=found, missing=frozenset(missing), invalid=frozenset(invalid))

    def _fetch_batch(self, batch: list[str]) -> IdAnswer:
        invalid: set[str] = set()
        remaining = list(batch)
        while remaining:
            # max_results must equal the batch size: with id_list it still defaults to 10.
            search = arxiv_package.Search(id_list=remaining, max_results=len(remaining))
            feed = self._http.send("GET", self.url, _id_interpret(remaining), params=_params(search))
            refused = {error.bad_id for error in feed.errors if error.bad_id}
            if feed.errors and not refused & set(remaining):
                raise ServiceThrottled(f"arXiv answered an error: {feed.errors[0].message}")
            if refused & set(remaining):
                # One malformed id fails the whole batch (400): drop it and ask again for the others.
                invalid |= refused & set(remaining)
                remaining = [item for item in remaining if item not in refused]
                continue
            # Results come in the service's sort order, never the order asked: key them by id.
            found = {entry.arxiv_id: entry for entry in feed.entries if entry.arxiv_id in remaining}
            return IdAnswer(
                found=found,
                missing=frozenset(set(remaining) - set(found)),
                invalid=frozenset(invalid),
            )
        return IdAnswer(invalid=frozenset(invalid))

    def search(self, query: str, max_results: int) -> Feed:
        """One page of a search (relevance order). Title lookups use quoted `ti:"..."` clauses OR-ed."""
        search = arxiv_package.Search(
            query=query,
            max_results=max_results,
            sort_by=arxiv_package.SortCriterion.Relevance,
            sort_order=arxiv_package.SortOrder.Descending,
        )
        return self.query(_params(search))

    def search_clauses(self, clauses: Sequence[str]) -> list[Metadata]:
        """Run OR-ed clauses in as few requests as the limits allow; every entry that came back."""
        entries: dict[str, Metadata] = {}
        for chunk in chunk_clauses(clauses):
            feed = self.search(" OR ".join(chunk), max_results=max(50, RESULTS_PER_TITLE * len(chunk)))
            if feed.errors:
                raise ServiceThrottled(f"arXiv refused a title search: {feed.errors[0].message}")
            for entry in feed.entries:
                if entry.arxiv_id:
                    entries.setdefault(entry.arxiv_id, entry)
        return list(entries.values())

    # -- one request, politely ---------------------------------------------------------------------------

    def query(self, params: dict[str, str]) -> Feed:
        """GET the API with `params` through the polite client (see `interpret` for what answers mean).

        Raises ServiceUnreachable (offline: not retried), ServiceBlocked (403: never retried) and
        ServiceThrottled (still failing when the bounded wait is spent). A 400 error feed is returned, not
        raised: its Error entries say which id was refused.
        """
        return self._http.send("GET", self.url, interpret, params=params)
