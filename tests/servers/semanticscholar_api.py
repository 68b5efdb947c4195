"""A local imitation of Semantic Scholar's Academic Graph and Recommendations APIs, serving the catalogues.

What it speaks is what SEMANTIC_SCHOLAR.md records of the real service (and tests/data/s2/recordings/ holds
trimmed real answers the tests compare it with):

- `POST /graph/v1/paper/batch?fields=` with `{"ids": [...]}`: a list aligned with the ids, `null` for unknown
  ones (an unknown prefix too); more than 500 ids, none, or an unknown field is 400 `{"error": ...}`;
- `GET /graph/v1/paper/{id}`: the paper, or 404 `{"error": "Paper with id X not found"}`;
- `GET /graph/v1/paper/search/match?query=`: `{"data": [paper + matchScore]}` for the best title, 404
  `{"error": "Title match not found"}` when nothing is close;
- `GET /graph/v1/paper/search?query=&offset=&limit=`: `{"total", "offset", "next"?, "data"}`, and
  `{"total": 0, "offset": 0}` (no `data`) when nothing matches; hyphenated terms match nothing;
- `GET /graph/v1/paper/{id}/citations|references?offset=&limit=`: `{"offset", "next"?, "data": [{"citingPaper"
  | "citedPaper": ...}]}` over a small citation graph derived from the catalogues;
- `GET /recommendations/v1/papers/forpaper/{id}?limit=&from=` and `POST /recommendations/v1/papers` with
  positive and negative ids: `{"recommendedPapers": [...]}`; no positives is 400, unknown inputs 404.

Ids: `ARXIV:`, `DOI:` (or a bare DOI), `ACL:`, `CorpusId:`, `URL:` of an arXiv page, and the 40-hex paperId; the
prefix in any case. Papers: every catalogue record with a title (one without an arXiv id has no `ArXiv`
external id); paperId is the SHA-1 of the arXiv id (else of the title, lower-cased); venues and DOIs of
published versions from tests/data/s2/facts.json (labelled test data), else arXiv.org as the venue;
citation counts, TL;DRs and the citation graph are derived and stable (and invented).

Politeness and keys: `key` (403 `{"message": "Forbidden"}` to requests whose `x-api-key` is not it),
`min_interval` (429 with S2's message to a request closer than that to the previous one), `retry_after`
(adds a Retry-After header to those 429s; the real service was not seen sending one).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from tests.servers.base import Answer, Fault, LoopbackServer

DATA = Path(__file__).resolve().parent.parent / "data"
CATALOGUES = (DATA / "catalogue.json", DATA / "s2" / "catalogue-dev.json")
FACTS = DATA / "s2" / "facts.json"

# Every paper field the Academic Graph API serves (graph-spec `FullPaper`); anything else is a 400.
PAPER_FIELDS = frozenset(
    [
        "paperId",
        "corpusId",
        "externalIds",
        "url",
        "title",
        "abstract",
        "venue",
        "publicationVenue",
        "year",
        "referenceCount",
        "citationCount",
        "influentialCitationCount",
        "isOpenAccess",
        "openAccessPdf",
        "fieldsOfStudy",
        "s2FieldsOfStudy",
        "publicationTypes",
        "publicationDate",
        "journal",
        "citationStyles",
        "authors",
        "citations",
        "references",
        "embedding",
        "tldr",
        "textAvailability",
    ]
)
EDGE_FIELDS = frozenset({"contexts", "intents", "contextsWithIntent", "isInfluential"})
NOT_IN_LISTS = frozenset({"tldr", "embedding", "citations", "references"})  # refused with citations, recs
ARXIV_VENUE = {
    "id": "1901e811-ee72-4b20-8f7e-de08cd395a10",
    "name": "arXiv.org",
    "alternate_names": ["ArXiv"],
    "issn": "2331-8422",
    "url": "https://arxiv.org",
}
TOO_MANY = (
    "Too Many Requests. Please wait and try again or apply for a key for higher rate limits. "
    "https://www.semanticscholar.org/product/api#api-key-form"
)
MATCH_THRESHOLD = 0.6  # below this title similarity, "Title match not found" (the real threshold is unknown)


def tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.findall(r"[a-z0-9]+", text.casefold())


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class S2Record:
    """One paper as the imitation serves it."""

    paper_id: str
    corpus_id: int
    title: str
    abstract: str | None
    authors: tuple[str, ...]
    year: int | None
    publication_date: str | None
    arxiv_id: str | None
    doi: str | None
    venue: str
    publication_venue: dict[str, Any] | None
    publication_types: list[str] | None
    journal: dict[str, Any] | None
    citation_count: int
    tldr: str | None
    words: frozenset[str]
    published: str  # for the citation graph: who can cite whom
    references: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)

    @property
    def acl_id(self) -> str | None:
        if self.doi and self.doi.startswith("10.18653/v1/"):
            return self.doi.removeprefix("10.18653/v1/")
        return None

    def external_ids(self) -> dict[str, Any]:
        ids: dict[str, Any] = {}
        if self.arxiv_id:
            ids["ArXiv"] = self.arxiv_id
        if self.doi:
            ids["DOI"] = self.doi
        if self.acl_id:
            ids["ACL"] = self.acl_id
        ids["CorpusId"] = self.corpus_id
        return ids

    def full(self) -> dict[str, Any]:
        """Every field, as the FullPaper schema names them."""
        pdf = {"url": f"https://arxiv.org/pdf/{self.arxiv_id}", "status": "GREEN"} if self.arxiv_id else None
        return {
            "paperId": self.paper_id,
            "corpusId": self.corpus_id,
            "externalIds": self.external_ids(),
            "url": f"https://www.semanticscholar.org/paper/{self.paper_id}",
            "title": self.title,
            "abstract": self.abstract,
            "venue": self.venue,
            "publicationVenue": self.publication_venue,
            "year": self.year,
            "referenceCount": len(self.references),
            "citationCount": self.citation_count,
            "influentialCitationCount": self.citation_count // 10,
            "isOpenAccess": pdf is not None,
            "openAccessPdf": pdf,
            "fieldsOfStudy": ["Computer Science"],
            "s2FieldsOfStudy": [{"category": "Computer Science", "source": "s2-fos-model"}],
            "publicationTypes": self.publication_types,
            "publicationDate": self.publication_date,
            "journal": self.journal,
            "citationStyles": {"bibtex": f"@Article{{s2{self.corpus_id},\n title = {{{self.title}}}\n}}"},
            "authors": [{"authorId": str(int(_sha(name)[:7], 16)), "name": name} for name in self.authors],
            "tldr": {"model": "tldr@v2.0.0", "text": self.tldr} if self.tldr else None,
            "textAvailability": "fulltext" if self.arxiv_id else "abstract",
        }

    def shaped(self, fields: list[str]) -> dict[str, Any]:
        """The paper with the fields asked (paperId always; title alone when none are asked)."""
        full = self.full()
        wanted = fields or ["title"]
        shaped = {"paperId": self.paper_id}
        for name in wanted:
            base = name.split(".")[0]
            if base in {"citations", "references"}:
                ids = self.citations if base == "citations" else self.references
                shaped[base] = [{"paperId": other, "title": None} for other in ids]
            elif base in full:
                shaped[base] = full[base]
        return shaped


def _first_sentence(text: str | None) -> str | None:
    if not text:
        return None
    sentence = re.split(r"(?<=[.!?])\s", " ".join(text.split()), maxsplit=1)[0]
    return sentence[:300]


def load_records(
    paths: tuple[Path, ...] = CATALOGUES, facts_path: Path = FACTS, *, graph: bool = True
) -> dict[str, S2Record]:
    """The catalogues' papers with a title, keyed by paperId, with their venues and (`graph`) a citation
    graph."""
    facts = json.loads(facts_path.read_text("utf-8"))
    venues: dict[str, dict[str, Any]] = facts["venues"]
    known: dict[str, dict[str, Any]] = facts["papers"]
    records: dict[str, S2Record] = {}
    for path in paths:
        for item in json.loads(path.read_text("utf-8")):
            title = item.get("title")
            if not title:
                continue
            arxiv_id = item.get("arxiv_id")
            paper_id = _sha(arxiv_id) if arxiv_id else _sha(" ".join(tokens(title)))
            if paper_id in records:
                continue
            published = str(
                item.get("published") or (f"20{arxiv_id[:2]}-{arxiv_id[2:4]}" if arxiv_id else "1900")
            )
            fact = known.get(arxiv_id or "", {})
            year = fact.get("year") or item.get("year") or int(published[:4])
            venue = ""
            publication_venue: dict[str, Any] | None = None
            journal: dict[str, Any] | None = None
            types: list[str] | None = None
            if fact.get("venue"):
                place = venues[fact["venue"]]
                venue = place["name"]
                publication_venue = {"id": _uuid(place["name"]), **place, "url": None}
                types = ["Conference"] if place["type"] == "conference" else ["JournalArticle"]
                # A journal paper names its journal; S2 often gives a conference paper on arXiv the journal
                # "ArXiv" (third-party answers show it): a client must not take it for the venue.
                if place["type"] == "journal" or not arxiv_id:
                    journal = {"name": place["name"]}
                else:
                    journal = {"name": "ArXiv", "volume": f"abs/{arxiv_id}"}
            elif item.get("venue"):
                venue = item["venue"]  # a paper not on arXiv: its venue as the catalogue words it
            elif arxiv_id:
                venue, publication_venue = "arXiv.org", dict(ARXIV_VENUE)
                journal, types = {"name": "ArXiv", "volume": f"abs/{arxiv_id}"}, ["JournalArticle"]
            digest = _sha(paper_id + "corpus")
            date = published if len(published) == 10 else None
            records[paper_id] = S2Record(
                paper_id=paper_id,
                corpus_id=int(digest[:7], 16),
                title=title,
                abstract=item.get("abstract"),
                authors=tuple(item.get("authors") or ()),
                year=year,
                publication_date=date,
                arxiv_id=arxiv_id,
                doi=fact.get("doi") or item.get("doi"),
                venue=venue,
                publication_venue=publication_venue,
                publication_types=types,
                journal=journal,
                citation_count=int(digest[7:12], 16) % 20000 + 40 * max(0, 2026 - year),
                tldr=_first_sentence(item.get("abstract")),
                words=frozenset(tokens(title)) | frozenset(tokens(item.get("abstract") or "")[:60]),
                published=published,
            )
    if graph:
        _link(records)
    return records


def _uuid(name: str) -> str:
    h = _sha("venue" + name)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _link(records: dict[str, S2Record]) -> None:
    """A small citation graph: a paper cites an older one when they share title words, or by a stable draw."""
    ordered = sorted(records.values(), key=lambda record: (record.published, record.paper_id))
    words = {record.paper_id: frozenset(tokens(record.title)) - _COMMON for record in ordered}
    for position, record in enumerate(ordered):
        for older in ordered[:position]:
            shared = len(words[record.paper_id] & words[older.paper_id])
            if shared >= 1 or int(_sha(record.paper_id + older.paper_id)[:2], 16) < 40:
                record.references.append(older.paper_id)
                older.citations.append(record.paper_id)


_COMMON = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "by",
        "with",
        "from",
        "via",
        "is",
        "are",
        "learning",
        "neural",
        "network",
        "networks",
        "deep",
        "model",
        "models",
        "language",
        "transformer",
        "transformers",
        "training",
        "pre",
        "self",
        "supervised",
        "large",
    ]
)


class S2Imitation(LoopbackServer):
    """Semantic Scholar on loopback. `url` (base URL + `/s2`, as a mirror's path) is PAPERLIST_S2_URL."""

    prefix = "/s2"

    def __init__(
        self,
        records: dict[str, S2Record] | None = None,
        *,
        key: str | None = None,
        min_interval: float = 0.0,
        retry_after: str | None = None,
    ) -> None:
        super().__init__()
        self.records = records if records is not None else load_records()
        self.key = key
        self.min_interval = min_interval
        self.retry_after = retry_after
        self._last_arrival: float | None = None
        self._gap_lock = threading.Lock()
        self.by_arxiv = {r.arxiv_id.casefold(): r for r in self.records.values() if r.arxiv_id}
        self.by_doi = {r.doi.casefold(): r for r in self.records.values() if r.doi}
        self.by_acl = {r.acl_id.casefold(): r for r in self.records.values() if r.acl_id}
        self.by_corpus = {str(r.corpus_id): r for r in self.records.values()}

    @property
    def url(self) -> str:
        return self.base_url + self.prefix

    # -- what the log says -------------------------------------------------------------------------------

    def requests_to(self, endpoint: str) -> int:
        """How many requests reached an endpoint: "batch", "match", "search", "citations", "references",
        "forpaper", "recommendations", "paper"."""
        return sum(1 for entry in self.log if endpoint_of(entry.path) == endpoint)

    # -- answering ----------------------------------------------------------------------------------------

    def respond(
        self, method: str, path: str, params: dict[str, str], body: bytes, headers: dict[str, str]
    ) -> Answer:
        with self._gap_lock:
            now = time.monotonic()
            too_soon = self._last_arrival is not None and now - self._last_arrival < self.min_interval
            self._last_arrival = now
        if self.key is not None and headers.get("x-api-key") != self.key:
            return _json(403, {"message": "Forbidden"}, ("x-amzn-ErrorType", "ForbiddenException"))
        if too_soon:
            extra = (("Retry-After", self.retry_after),) if self.retry_after is not None else ()
            return _json(
                429,
                {"message": TOO_MANY, "code": "429"},
                ("x-amzn-ErrorType", "TooManyRequestsException"),
                *extra,
            )
        if not path.startswith(self.prefix + "/"):
            return _json(404, {"message": "Not Found"})
        route = path[len(self.prefix) :]
        fields = [name for name in params.get("fields", "").split(",") if name]
        unknown = [name for name in fields if name.split(".")[0] not in PAPER_FIELDS | EDGE_FIELDS]
        if unknown:
            return _json(400, {"error": f"Unrecognized or unsupported fields: [{', '.join(unknown)}]"})
        try:
            document = json.loads(body) if body else {}
        except ValueError:
            return _json(400, {"error": "Body is not valid JSON"})
        if route == "/graph/v1/paper/batch" and method == "POST":
            return self._batch(document, fields)
        if route == "/graph/v1/paper/search/match":
            return self._match(params.get("query", ""), fields)
        if route == "/graph/v1/paper/search":
            return self._search(params, fields)
        if route.rstrip("/") == "/recommendations/v1/papers" and method == "POST":
            return self._recommend_from(document, params, fields)
        found = re.fullmatch(r"/recommendations/v1/papers/forpaper/(?P<id>.+)", route)
        if found:
            return self._recommend(unquote(found.group("id")), params, fields)
        found = re.fullmatch(r"/graph/v1/paper/(?P<id>.+?)/(?P<kind>citations|references)", route)
        if found:
            return self._edges(unquote(found.group("id")), found.group("kind"), params, fields)
        found = re.fullmatch(r"/graph/v1/paper/(?P<id>.+)", route)
        if found and method == "GET":
            paper_ref = unquote(found.group("id"))
            record = self.lookup(paper_ref)
            if record is None:
                return _json(404, {"error": f"Paper with id {paper_ref} not found"})
            return _json(200, record.shaped(fields))
        return _json(404, {"message": "Not Found"})

    def lookup(self, ref: str) -> S2Record | None:
        """The paper an id names, in any of the forms S2 takes (prefixes in any case)."""
        text = ref.strip()
        prefix, _, rest = text.partition(":")
        kind = prefix.casefold()
        if kind == "arxiv":
            return self.by_arxiv.get(re.sub(r"v[0-9]+$", "", rest).casefold())
        if kind == "doi":
            return self.by_doi.get(rest.casefold())
        if kind == "acl":
            return self.by_acl.get(rest.casefold())
        if kind == "corpusid":
            return self.by_corpus.get(rest)
        if kind == "url":
            found = re.search(r"arxiv\.org/(?:abs|pdf)/([0-9]{4}\.[0-9]{4,5})", rest)
            return self.by_arxiv.get(found.group(1)) if found else None
        if text.startswith("10."):
            return self.by_doi.get(text.casefold())
        return self.records.get(text)

    def _batch(self, document: Any, fields: list[str]) -> Answer:
        ids = document.get("ids") if isinstance(document, dict) else None
        if not isinstance(ids, list) or not ids:
            return _json(400, {"error": "Must provide a list of ids in the body (invented wording)"})
        if len(ids) > 500:
            return _json(400, {"error": "Cannot request more than 500 ids at once (invented wording)"})
        papers = [self.lookup(str(ref)) for ref in ids]
        return _json(200, [record.shaped(fields) if record else None for record in papers])

    def _match(self, query: str, fields: list[str]) -> Answer:
        wanted = " ".join(tokens(query))
        best: tuple[float, S2Record] | None = None
        for record in self.records.values():
            ratio = SequenceMatcher(None, wanted, " ".join(tokens(record.title)), autojunk=False).ratio()
            if best is None or ratio > best[0]:
                best = (ratio, record)
        if not wanted or best is None or best[0] < MATCH_THRESHOLD:
            return _json(404, {"error": "Title match not found"})
        shaped = best[1].shaped(fields)
        shaped["matchScore"] = round(60 + 120 * best[0], 5)  # unbounded relevance, not a probability
        return _json(200, {"data": [shaped]})

    def _search(self, params: dict[str, str], fields: list[str]) -> Answer:
        offset, limit = int(params.get("offset", "0")), int(params.get("limit", "100"))
        if not 1 <= limit <= 100:
            return _json(400, {"error": "Limit must be between 1 and 100 (invented wording)"})
        raw = params.get("query", "").split()
        if any("-" in term for term in raw):  # "Hyphenated query terms yield no matches"
            terms: list[str] = ["\x00"]
        else:
            terms = tokens(" ".join(raw))
        hits = [r for r in self.records.values() if terms and all(t in r.words for t in terms)]
        hits.sort(key=lambda r: (-r.citation_count, r.paper_id))
        if not hits:
            return _json(200, {"total": 0, "offset": 0})
        page = hits[offset : offset + limit]
        answer: dict[str, Any] = {
            "total": len(hits),
            "offset": offset,
            "data": [r.shaped(fields) for r in page],
        }
        if offset + limit < len(hits):
            answer["next"] = offset + limit
        return _json(200, answer)

    def _edges(self, ref: str, kind: str, params: dict[str, str], fields: list[str]) -> Answer:
        record = self.lookup(ref)
        if record is None:
            return _json(404, {"error": f"Paper with id {ref} not found"})
        refused = [name for name in fields if name in NOT_IN_LISTS]
        if refused:
            return _json(400, {"error": f"Unrecognized or unsupported fields: [{', '.join(refused)}]"})
        offset, limit = int(params.get("offset", "0")), int(params.get("limit", "100"))
        if offset + limit >= 10000:
            return _json(400, {"error": "offset + limit must be < 10000"})
        if not 1 <= limit <= 1000:
            return _json(400, {"error": "Limit must be between 1 and 1000 (invented wording)"})
        others = record.citations if kind == "citations" else record.references
        inner = "citingPaper" if kind == "citations" else "citedPaper"
        paper_fields = [name for name in fields if name not in EDGE_FIELDS]
        page = others[offset : offset + limit]
        data = [{inner: self.records[other].shaped(paper_fields)} for other in page]
        answer: dict[str, Any] = {"offset": offset, "data": data}
        if offset + limit < len(others):
            answer["next"] = offset + limit
        return _json(200, answer)

    def _similar(self, positive: list[S2Record], negative: list[S2Record], limit: int) -> list[S2Record]:
        """Papers sharing the most words with the positives (less those shared with the negatives)."""
        excluded = {r.paper_id for r in positive + negative}
        liked = frozenset().union(*(r.words for r in positive)) - _COMMON
        disliked = frozenset().union(*(r.words for r in negative)) - _COMMON if negative else frozenset()
        scored = []
        for record in self.records.values():
            if record.paper_id in excluded:
                continue
            score = len(record.words & liked) - 0.5 * len(record.words & disliked)
            if score > 0:
                scored.append((score, record))
        scored.sort(key=lambda item: (-item[0], item[1].paper_id))
        return [record for _, record in scored[:limit]]

    def _list_fields(self, fields: list[str]) -> Answer | None:
        refused = [name for name in fields if name in NOT_IN_LISTS]
        if refused:
            return _json(400, {"error": f"Unrecognized or unsupported fields: [{', '.join(refused)}]"})
        return None

    def _limit(self, params: dict[str, str]) -> int | None:
        try:
            limit = int(params.get("limit", "100"))
        except ValueError:
            return None
        return limit if 1 <= limit <= 500 else None

    def _recommend(self, ref: str, params: dict[str, str], fields: list[str]) -> Answer:
        source = params.get("from", "recent")
        if source not in {"recent", "all-cs"}:
            return _json(
                400,
                {"error": f"Unrecognized value '{source}' for `from`. Restrict to: `['recent', 'all-cs']`"},
            )
        refused = self._list_fields(fields)
        limit = self._limit(params)
        if refused is not None or limit is None:
            return refused or _json(400, {"error": "limit must be between 1 and 500 (invented wording)"})
        record = self.lookup(ref)
        if record is None:
            return _json(404, {"error": "Input papers not found"})
        papers = self._similar([record], [], limit)
        return _json(200, {"recommendedPapers": [r.shaped(fields) for r in papers]})

    def _recommend_from(self, document: Any, params: dict[str, str], fields: list[str]) -> Answer:
        refused = self._list_fields(fields)
        limit = self._limit(params)
        if refused is not None or limit is None:
            return refused or _json(400, {"error": "limit must be between 1 and 500 (invented wording)"})
        positive_ids = document.get("positivePaperIds") if isinstance(document, dict) else None
        negative_ids = document.get("negativePaperIds", []) if isinstance(document, dict) else []
        if not positive_ids:
            return _json(400, {"error": "No positive paper examples given"})
        positive = [r for r in (self.lookup(str(ref)) for ref in positive_ids) if r is not None]
        negative = [r for r in (self.lookup(str(ref)) for ref in negative_ids or []) if r is not None]
        if not positive:
            return _json(404, {"error": "Input papers not found"})
        papers = self._similar(positive, negative, limit)
        return _json(200, {"recommendedPapers": [r.shaped(fields) for r in papers]})


def endpoint_of(path: str) -> str:
    """Which endpoint a logged path reached (see `S2Imitation.requests_to`)."""
    if path.endswith("/paper/batch"):
        return "batch"
    if path.endswith("/search/match"):
        return "match"
    if path.endswith("/paper/search"):
        return "search"
    if "/forpaper/" in path:
        return "forpaper"
    if "/recommendations/" in path:
        return "recommendations"
    if path.endswith("/citations"):
        return "citations"
    if path.endswith("/references"):
        return "references"
    return "paper"


def _json(status: int, document: Any, *headers: tuple[str, str]) -> Answer:
    return Answer(status, json.dumps(document).encode("utf-8"), "application/json", list(headers))


def too_many_requests(retry_after: str | None = None) -> Fault:
    """S2's 429, as the shared pool sends it (no Retry-After seen in the wild)."""
    extra = (("Retry-After", retry_after),) if retry_after is not None else ()
    body = json.dumps({"message": TOO_MANY, "code": "429"}).encode()
    return Fault(status=429, body=body, content_type="application/json", headers=extra)


def forbidden() -> Fault:
    return Fault(status=403, body=b'{"message":"Forbidden"}', content_type="application/json")
