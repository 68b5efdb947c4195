"""The only Semantic Scholar I/O: request builders for the Academic Graph and Recommendations APIs, the pure
converter paper → Metadata, and what each answer means.

Facts this module builds on (SEMANTIC_SCHOLAR.md, from S2's OpenAPI descriptions and recorded answers):

- `POST /graph/v1/paper/batch?fields=...` with `{"ids": [...]}`, at most 500 ids a request; the answer is a list
  aligned with the ids, `null` where an id is unknown. Ids are `ARXIV:<id>` (no version), `DOI:<doi>`,
  `ACL:<id>` or the 40-hex paperId.
- `GET /graph/v1/paper/search/match?query=TITLE` answers the one paper whose title matches best, or 404 "Title
  match not found". Its score is not a probability: a partial or wrong title still gets a match, so the title
  is weighed here with the same rules as arXiv's titles (enrich/match.py).
- `fields` is one query parameter, even on POST; bare field names only (some endpoints refuse sub-fields, and
  `tldr` is not served with citations and references).
- 429 (the shared pool answers it often) is retried after Retry-After when given, else with backoff; 403 is a
  key S2 does not accept; a missing key is not an error.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any, Final

from paperlist import config
from paperlist.errors import ServiceBlocked, ServiceError
from paperlist.http import (
    Answer,
    Clock,
    PoliteClient,
    Retry,
    ServiceClient,
    WaitListener,
    ignore_wait,
    parse_retry_after,
    standard_status,
)
from paperlist.ids import find_acl_id, is_s2_paper_id, parse_arxiv_id, parse_doi, plausible_year, web_url
from paperlist.metadata import Metadata

SERVICE: Final = "Semantic Scholar"
BATCH_LIMIT: Final = 500  # ids per batch request (graph-spec; the client refuses more)
LIST_LIMIT: Final = 1000  # papers per page of citations/references (recommendations: at most 500)
RECOMMENDATIONS_LIMIT: Final = 500
MAX_BODY_BYTES: Final = 16 * 1024 * 1024  # S2 caps an answer at 10 MB
# Asked once for every paper fetched by id: what paperlist stores (docs/enrichment.md).
FIELDS: Final = (
    "paperId,externalIds,title,abstract,venue,publicationVenue,year,publicationDate,publicationTypes,"
    "journal,authors,citationCount,tldr,openAccessPdf"
)
# Enough to weigh a title match (the batch request that follows fetches the rest).
MATCH_FIELDS: Final = "paperId,externalIds,title,year,publicationDate,authors"
# Papers listed by `related`, `cites` and `refs` (no `tldr`: S2 does not serve it in lists).
LIST_FIELDS: Final = (
    "paperId,externalIds,title,abstract,venue,publicationVenue,year,publicationDate,publicationTypes,"
    "journal,authors,citationCount,openAccessPdf"
)
# S2 lists arXiv itself as the venue of preprints: that is not a publication venue.
ARXIV_VENUE_ID: Final = "1901e811-ee72-4b20-8f7e-de08cd395a10"
_ARXIV_NAMES: Final = frozenset({"arxiv", "arxiv.org", "corr"})


# -- pure: converting ---------------------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    """A string value with whitespace normalised; None for anything else or nothing left."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


def _day(value: Any) -> str | None:
    """`publicationDate` when it is a real YYYY-MM-DD date."""
    text = _text(value)
    if text is None or len(text) != 10:
        return None
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return None
    return text


def _count(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def _is_arxiv(name: str) -> bool:
    return name.casefold() in _ARXIV_NAMES


def _acronym(name: str) -> bool:
    """A venue's short name: one word of 2 to 12 characters with at least two capitals (ICLR, NeurIPS)."""
    return 2 <= len(name) <= 12 and " " not in name and sum(ch.isupper() for ch in name) >= 2


def venue_of(paper: Mapping[str, Any]) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(venue as shown, "conference" | "journal" | None, every name of the venue), arXiv itself excluded.

    The venue shown is the venue's short name when S2 knows one (`ICLR` for "International Conference on
    Learning Representations"), else S2's `venue`, else the journal's name.
    """
    place = paper.get("publicationVenue")
    place = place if isinstance(place, Mapping) else {}
    venue = _text(paper.get("venue"))
    journal = paper.get("journal")
    journal_name = _text(journal.get("name")) if isinstance(journal, Mapping) else None
    names: list[str] = []
    if place.get("id") != ARXIV_VENUE_ID:
        alternates = place.get("alternate_names")
        for raw in [place.get("name"), *(alternates if isinstance(alternates, list) else [])]:
            name = _text(raw)
            if name and not _is_arxiv(name) and name not in names:
                names.append(name)
    for name in (venue, journal_name):
        if name and not _is_arxiv(name) and name not in names:
            names.append(name)
    if not names:
        return None, None, ()
    short = next((name for name in names[1:] if _acronym(name)), None)
    shown = short or (venue if venue and not _is_arxiv(venue) else names[0])
    kind = _text(place.get("type"))
    types = paper.get("publicationTypes")
    types = types if isinstance(types, list) else []
    if kind not in {"conference", "journal"}:
        if "Conference" in types:
            kind = "conference"
        elif "JournalArticle" in types or (journal_name and not _is_arxiv(journal_name)):
            kind = "journal"
        else:
            kind = None
    return shown, kind, tuple(names)


def to_metadata(paper: Any, *, this_year: int | None = None) -> Metadata | None:
    """Convert one S2 paper object into Metadata; None when it is not a paper we can use (no title, a paperId
    that is not one). Every id, year and URL is checked (ids.py): S2's answers are outside text."""
    if not isinstance(paper, Mapping):
        return None
    title = _text(paper.get("title"))
    raw_id = paper.get("paperId")
    if title is None or (raw_id is not None and not (isinstance(raw_id, str) and is_s2_paper_id(raw_id))):
        return None
    external = paper.get("externalIds")
    external = external if isinstance(external, Mapping) else {}
    arxiv_raw = _text(external.get("ArXiv"))
    parsed = parse_arxiv_id(arxiv_raw) if arxiv_raw else None
    doi_raw = _text(external.get("DOI"))
    authors = paper.get("authors")
    names = tuple(
        name
        for name in (
            _text(item.get("name"))
            for item in (authors if isinstance(authors, list) else [])
            if isinstance(item, Mapping)
        )
        if name
    )
    venue, kind, venue_names = venue_of(paper)
    tldr = paper.get("tldr")
    pdf = paper.get("openAccessPdf")
    latest = (this_year or datetime.now(UTC).year) + 1
    return Metadata(
        source="semanticscholar",
        title=title,
        arxiv_id=parsed[0] if parsed else None,
        authors=names,
        abstract=_text(paper.get("abstract")),
        published=_day(paper.get("publicationDate")),
        doi=parse_doi(doi_raw) if doi_raw else None,
        venue=venue,
        year=plausible_year(paper.get("year"), latest),
        venue_type=kind,
        venue_names=venue_names,
        citation_count=_count(paper.get("citationCount")),
        tldr=_text(tldr.get("text")) if isinstance(tldr, Mapping) else None,
        s2_id=raw_id if isinstance(raw_id, str) else None,
        open_access_pdf=web_url(pdf.get("url")) if isinstance(pdf, Mapping) else None,
    )


# -- pure: building requests -----------------------------------------------------------------------------


def paper_ref(
    *,
    s2_id: str | None = None,
    arxiv_id: str | None = None,
    doi: str | None = None,
    acl_id: str | None = None,
) -> str | None:
    """How S2 is asked about a paper: its paperId, else `ARXIV:` (no version), `DOI:` or `ACL:`; None when
    nothing names it."""
    if s2_id and is_s2_paper_id(s2_id):
        return s2_id
    if arxiv_id and (parsed := parse_arxiv_id(arxiv_id)) is not None:
        return f"ARXIV:{parsed[0]}"
    if doi and (clean := parse_doi(doi)) is not None:
        return f"DOI:{clean}"
    if acl_id and (found := find_acl_id(f"aclanthology.org/{acl_id}")) is not None:
        return f"ACL:{found}"
    return None


def batches(refs: Sequence[str], size: int = BATCH_LIMIT) -> list[list[str]]:
    """Distinct refs in batches of at most `size` (S2 refuses more than 500 ids a request)."""
    unique = list(dict.fromkeys(refs))
    return [unique[index : index + size] for index in range(0, len(unique), size)]


def match_query(title: str) -> str:
    """A title as S2's search reads it: plain words (hyphenated terms match nothing: spaces instead)."""
    return " ".join(title.replace("-", " ").replace("‐", " ").split())


@dataclass(frozen=True, slots=True)
class Request:
    """One request to send: method, URL, query parameters, JSON body."""

    method: str
    url: str
    params: dict[str, str]
    body: object = None


def batch_request(base: str, refs: Sequence[str], fields: str = FIELDS) -> Request:
    return Request("POST", f"{base}/graph/v1/paper/batch", {"fields": fields}, {"ids": list(refs)})


def match_request(base: str, title: str) -> Request:
    return Request(
        "GET", f"{base}/graph/v1/paper/search/match", {"query": match_query(title), "fields": MATCH_FIELDS}
    )


def recommendations_request(base: str, ref: str, limit: int) -> Request:
    return Request(
        "GET",
        f"{base}/recommendations/v1/papers/forpaper/{ref}",
        {"fields": LIST_FIELDS, "limit": str(min(limit, RECOMMENDATIONS_LIMIT)), "from": "all-cs"},
    )


def recommendations_from_request(
    base: str, positive: Sequence[str], negative: Sequence[str], limit: int
) -> Request:
    return Request(
        "POST",
        f"{base}/recommendations/v1/papers/",  # (with the slash, as S2's own client and its recordings post)
        {"fields": LIST_FIELDS, "limit": str(min(limit, RECOMMENDATIONS_LIMIT))},
        {"positivePaperIds": list(positive), "negativePaperIds": list(negative)},
    )


def edges_request(base: str, ref: str, kind: str, limit: int) -> Request:
    """`citations` (papers citing `ref`) or `references` (papers `ref` cites), first page."""
    return Request(
        "GET",
        f"{base}/graph/v1/paper/{ref}/{kind}",
        {"fields": LIST_FIELDS, "offset": "0", "limit": str(min(limit, LIST_LIMIT))},
    )


# -- pure: reading answers -----------------------------------------------------------------------------------


class Unreadable(ValueError):
    """An answer that is not the JSON its endpoint sends."""


def parse_json(data: bytes) -> Any:
    try:
        return json.loads(data)
    except RecursionError:  # json raises this, not a ValueError, for arrays nested thousands deep
        raise Unreadable("JSON nested too deeply") from None
    except ValueError as error:
        raise Unreadable(f"not JSON ({error})") from None


def read_batch(data: bytes, asked: int) -> list[Any]:
    """The batch answer: a list as long as the ids asked."""
    document = parse_json(data)
    if not isinstance(document, list) or len(document) != asked:
        raise Unreadable(f"a batch answer must be a list of {asked} papers or nulls")
    return document


def read_match(data: bytes) -> Any:
    document = parse_json(data)
    items = document.get("data") if isinstance(document, Mapping) else None
    if not isinstance(items, list):
        raise Unreadable("a title match answer has a `data` list")
    return items[0] if items else None


def read_list(data: bytes, key: str, inner: str | None = None) -> list[Any]:
    """The papers of a list answer: `recommendedPapers`, or `data` items (each `citingPaper`/`citedPaper`).

    A search with no results has no `data` at all, and references elided by the publisher come as
    `data: null`: both are empty lists.
    """
    document = parse_json(data)
    if not isinstance(document, Mapping):
        raise Unreadable("a list answer is a JSON object")
    items = document.get(key)
    if items is None:
        return []
    if not isinstance(items, list):
        raise Unreadable(f"`{key}` is not a list")
    if inner is None:
        return items
    return [item.get(inner) for item in items if isinstance(item, Mapping)]


def error_message(answer: Answer) -> str:
    """S2's own words for a failure: `error` (400, 404) or `message` (403, 429, 5xx)."""
    try:
        document = json.loads(answer.body)
    except (ValueError, RecursionError):
        return answer.text()
    if isinstance(document, Mapping):
        for key in ("error", "message"):
            if isinstance(document.get(key), str):
                return " ".join(str(document[key]).split())[:200]
    return answer.text()


# -- the client ----------------------------------------------------------------------------------------------


def interpreter(
    read: Callable[[bytes], Any], *, keyed: bool, missing_ok: bool = False
) -> Callable[[Answer], Any]:
    """What an S2 answer means: `read` for a 200; None for a 404 when `missing_ok` (an unknown paper, no title
    match); 429 and 5xx retried; 403 refused (a key it does not accept, when one is sent); others final."""

    def interpret(answer: Answer) -> Any:
        if answer.status == 200:
            try:
                return read(answer.body)
            except Unreadable as unreadable:
                raise Retry(f"unreadable answer ({unreadable})") from None
        if answer.status == 404 and missing_ok:
            return None
        if answer.status == 403 and keyed:
            raise ServiceBlocked(
                f"{SERVICE} refused the API key in $PAPERLIST_S2_API_KEY (403 {error_message(answer)})",
                "check the key, or unset PAPERLIST_S2_API_KEY to use the shared pool; everything fetched so far "
                "is kept",
            )
        if answer.status == 403:
            raise ServiceBlocked(
                f"{SERVICE} refused access (403 {error_message(answer)}) at {answer.url}",
                "set PAPERLIST_S2_API_KEY to your Semantic Scholar API key, or try again later; everything fetched "
                "so far is kept",
            )
        if answer.status == 429:
            # S2 sends no Retry-After as far as anyone has seen; honoured when it does.
            problem = f"429 {error_message(answer)}"
            raise Retry(problem[:120], parse_retry_after(answer.headers.get("retry-after")))
        if answer.status in {400, 404}:
            raise ServiceError(f"{SERVICE} refused a request (HTTP {answer.status}: {error_message(answer)})")
        standard_status(answer, SERVICE)
        raise ServiceError(f"{SERVICE} answered HTTP {answer.status} at {answer.url}")

    return interpret


class SemanticScholarClient(ServiceClient):
    """The Academic Graph and Recommendations APIs through the polite client: at least `delay` seconds between
    requests (S2's introductory rate: one a second), bounded retries with backoff, `x-api-key` when a key is
    given."""

    service = SERVICE

    def __init__(
        self,
        url: str = config.S2_URL,
        delay: float = config.S2_DELAY,
        api_key: str | None = None,
        *,
        on_wait: WaitListener = ignore_wait,
        clock: Clock | None = None,
        max_wait: float | None = None,
        timeout: float = config.TIMEOUT,
    ) -> None:
        self.url = url.rstrip("/")
        self.delay = delay
        self.keyed = api_key is not None
        self._http = PoliteClient(
            self.service,
            delay=delay,
            margin=min(0.1, 0.05 * delay),  # S2 measures the gap on arrival, after network jitter
            accept="application/json",
            max_body=MAX_BODY_BYTES,
            timeout=timeout,
            # The bounded total wait for one request grows with the spacing (90 s at the default 1 s): the shared
            # pool answers 429 in bursts, and S2 asks clients to slow down rather than give up.
            max_wait=max_wait if max_wait is not None else max(90 * delay, 1.0),
            on_wait=on_wait,
            clock=clock,
            headers={"x-api-key": api_key} if api_key else None,
        )

    def _send(self, request: Request, interpret: Callable[[Answer], Any]) -> Any:
        return self._http.send(
            request.method, request.url, interpret, params=request.params, json=request.body
        )

    def fetch_batch(self, refs: Sequence[str]) -> list[Metadata | None]:
        """Full metadata of each ref (≤ 500 a request), aligned with `refs`: None where S2 has no such paper."""
        found: dict[str, Metadata | None] = {}
        for batch in batches(refs):
            answer = self._send(
                batch_request(self.url, batch),
                interpreter(partial(read_batch, asked=len(batch)), keyed=self.keyed),
            )
            for ref, paper in zip(batch, answer, strict=True):
                found[ref] = to_metadata(paper)
        return [found.get(ref) for ref in refs]

    def match_title(self, title: str) -> Metadata | None:
        """The paper S2 says best matches `title` (to be weighed by the caller), None when it has none."""
        paper = self._send(
            match_request(self.url, title), interpreter(read_match, keyed=self.keyed, missing_ok=True)
        )
        return to_metadata(paper) if paper is not None else None

    def recommend(self, ref: str, limit: int) -> list[Metadata] | None:
        """Papers to read after `ref` (None when S2 does not know it)."""
        papers = self._send(
            recommendations_request(self.url, ref, limit),
            interpreter(lambda data: read_list(data, "recommendedPapers"), keyed=self.keyed, missing_ok=True),
        )
        return None if papers is None else _converted(papers)

    def recommend_from(
        self, positive: Sequence[str], negative: Sequence[str], limit: int
    ) -> list[Metadata] | None:
        """Papers like the `positive` ones and unlike the `negative` ones (None when S2 knows none of them)."""
        papers = self._send(
            recommendations_from_request(self.url, positive, negative, limit),
            interpreter(lambda data: read_list(data, "recommendedPapers"), keyed=self.keyed, missing_ok=True),
        )
        return None if papers is None else _converted(papers)

    def edges(self, ref: str, kind: str, limit: int) -> list[Metadata] | None:
        """The first `limit` papers citing `ref` (`citations`) or cited by it (`references`); None when S2
        does not know it."""
        inner = "citingPaper" if kind == "citations" else "citedPaper"
        papers = self._send(
            edges_request(self.url, ref, kind, limit),
            interpreter(lambda data: read_list(data, "data", inner), keyed=self.keyed, missing_ok=True),
        )
        return None if papers is None else _converted(papers)


def _converted(papers: Sequence[Any]) -> list[Metadata]:
    return [metadata for paper in papers if (metadata := to_metadata(paper)) is not None]
