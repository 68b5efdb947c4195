"""Domain types shared along the pipeline: digests → references → papers → views.

Everything here is a frozen value: modules pass these along one way and never mutate them. Papers and what the
views ask for live here; what reading a digest yields is in `digests.py` and what the services say in
`metadata.py`, so that a command that only shows the list never pays for building those classes at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Evidence(StrEnum):
    """How a digest points at a paper."""

    ARXIV_LINK = "arxiv-link"  # an arXiv URL (abs, pdf, html, DOI, alphaxiv, huggingface papers)
    ARXIV_TEXT = "arxiv-text"  # an `arXiv:ID` citation or bracketed bare id in the text
    OPENREVIEW_LINK = "openreview-link"  # an OpenReview forum/pdf URL
    TITLE_ONLY = "title-only"  # the paper is named by its title and nothing else


class ReadStatus(StrEnum):
    """The user's reading state for a paper."""

    UNREAD = "unread"
    READING = "reading"
    READ = "read"
    SKIPPED = "skipped"


class EnrichState(StrEnum):
    """Where a paper stands with the metadata services."""

    PENDING = "pending"  # not asked yet (offline, throttled, interrupted)
    ENRICHED = "enriched"  # metadata fetched from arXiv (or OpenReview / Semantic Scholar when not on arXiv)
    NOT_FOUND = "not_found"  # the service says it does not exist / no arXiv version
    AMBIGUOUS = "ambiguous"  # title search found candidates, none confident; candidates recorded
    FAILED = "failed"  # asking failed for a reason recorded on the paper


def venue_label(venue: str | None, year: int | None) -> str | None:
    """How a venue is shown: `ICLR 2021` (the year added unless the venue already names it)."""
    if not venue:
        return None
    if year is None or str(year) in venue:
        return venue
    return f"{venue} {year}"


@dataclass(frozen=True, slots=True)
class Mention:
    """A stored reference: where a digest mentions a paper and what it says there."""

    digest: str  # digest file name
    digest_path: str
    line: int
    evidence: Evidence
    text: str  # the digest's own words about the paper
    raw: str
    title: str | None = None
    version: int | None = None
    authors: str | None = None
    affiliations: str | None = None
    category: str | None = None
    code_url: str | None = None
    lines: tuple[int, ...] = ()
    reason: str | None = None  # why the digest's title was taken (see Reference.reason)
    weak: bool = False  # title-only on weak evidence (see Reference.weak)


class Origin(StrEnum):
    """Where a paper came from."""

    DIGEST = "digest"  # a digest referenced it
    HAND = "hand"  # the user added it (`paperlist add`)


EDITABLE = ("title", "authors", "year", "venue")  # the fields `paperlist edit` overrides


@dataclass(frozen=True, slots=True)
class Edit:
    """One field the user set on a paper (an override layer: the fetched value is kept beside it)."""

    field: str  # one of EDITABLE
    value: str | tuple[str, ...]  # the user's value (authors: a tuple of names)
    fetched: str | tuple[str, ...] | None  # what the services (or digests) say, shown under the user's
    at: str = ""  # ISO timestamp of the edit


@dataclass(frozen=True, slots=True)
class ArxivCandidate:
    """An arXiv paper a title search found but could not be sure of: the user settles it (`resolve`)."""

    arxiv_id: str
    title: str
    authors: tuple[str, ...] = ()
    published: str | None = None  # YYYY-MM-DD
    score: float | None = None  # 0..1, how well it agreed (title, authors, year)
    why: str | None = None  # why it was not taken on its own ("no author in common", ...)

    @property
    def year(self) -> str | None:
        return self.published[:4] if self.published else None


@dataclass(frozen=True, slots=True)
class Paper:
    """Everything known about one paper: fetched metadata, the user's own state, and its mentions."""

    id: int  # paperlist's own key
    title: str | None = None  # None until a digest or a service gives one
    arxiv_id: str | None = None  # without version
    openreview_id: str | None = None
    authors: tuple[str, ...] = ()
    abstract: str | None = None
    published: str | None = None  # YYYY-MM-DD of v1
    updated: str | None = None  # YYYY-MM-DD of the latest version
    version: int | None = None  # latest known version
    primary_category: str | None = None
    categories: tuple[str, ...] = ()
    comment: str | None = None
    doi: str | None = None
    journal_ref: str | None = None
    venue: str | None = None
    year: int | None = None  # year of publication: the user's, else Semantic Scholar's (may differ from v1's)
    venue_type: str | None = None  # "conference" | "journal" | None
    venue_names: tuple[str, ...] = ()
    citation_count: int | None = None
    citations_fetched_at: str | None = None  # when citation_count was fetched
    tldr: str | None = None
    s2_id: str | None = None
    open_access_pdf: str | None = None
    enrichment: EnrichState = EnrichState.PENDING
    enrichment_reason: str | None = None
    status: ReadStatus = ReadStatus.UNREAD
    tags: tuple[str, ...] = ()
    note: str | None = None
    starred: bool = False
    added: str = ""  # ISO timestamp the paper entered the list
    read_at: str | None = None
    mentions: tuple[Mention, ...] = field(default=())
    digest_count: int = 0  # how many distinct digests mention it
    dated: str | None = (
        None  # `published`, else the YYYY-MM its arXiv id encodes (set by the store's queries)
    )
    removed_at: str | None = None  # when the user removed it (hidden from views and exports)
    origin: Origin = Origin.DIGEST
    edits: tuple[Edit, ...] = ()  # fields the user set: title, authors and venue above are already theirs
    candidates: tuple[ArxivCandidate, ...] = ()  # near misses of a title search, for the user to settle
    decision: str | None = None  # the user's resolution: an arXiv id, "none" (no arXiv version), or None
    unconfirmed: bool = False  # held back from the lists: named only weakly and found on no service
    citation_key: str | None = None  # BibTeX / CSL-JSON key, once given (exported): kept for good

    def edit(self, name: str) -> Edit | None:
        """The user's edit of field `name`, if any."""
        return next((edit for edit in self.edits if edit.field == name), None)

    @property
    def abs_url(self) -> str | None:
        return f"https://arxiv.org/abs/{self.arxiv_id}" if self.arxiv_id else None

    @property
    def pdf_url(self) -> str | None:
        return f"https://arxiv.org/pdf/{self.arxiv_id}" if self.arxiv_id else None

    @property
    def openreview_url(self) -> str | None:
        return f"https://openreview.net/forum?id={self.openreview_id}" if self.openreview_id else None

    @property
    def openreview_pdf_url(self) -> str | None:
        return f"https://openreview.net/pdf?id={self.openreview_id}" if self.openreview_id else None

    @property
    def code_urls(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for mention in self.mentions:
            if mention.code_url:
                seen.setdefault(mention.code_url, None)
        return tuple(seen)

    @property
    def display_title(self) -> str:
        if self.title is not None:
            return self.title
        if self.arxiv_id:
            return f"arXiv:{self.arxiv_id}"
        return f"OpenReview {self.openreview_id}" if self.openreview_id else f"paper {self.id}"

    @property
    def s2_url(self) -> str | None:
        return f"https://www.semanticscholar.org/paper/{self.s2_id}" if self.s2_id else None

    @property
    def first_author(self) -> str | None:
        return self.authors[0] if self.authors else None

    @property
    def venue_label(self) -> str | None:
        """Where it was published, with the year: `ICLR 2021` (None for a preprint). The year is Semantic
        Scholar's (or the user's), so it is added to those venues only (OpenReview's "Submitted to ICLR 2021"
        stays as it is)."""
        edited = self.edit("venue") is not None or self.edit("year") is not None
        return venue_label(self.venue, self.year if self.venue_names or edited else None)

    @property
    def year_shown(self) -> str:
        """The year beside the title: the user's, else v1's (or the month in the arXiv id), else the year of
        publication."""
        if self.edit("year") is not None and self.year:
            return str(self.year)
        return (self.published or self.dated or "")[:4] or (str(self.year) if self.year else "")


class SortKey(StrEnum):
    """How a list of papers is ordered."""

    ADDED = "added"  # newest first
    PUBLISHED = "published"  # newest first
    TITLE = "title"
    MENTIONS = "mentions"  # most digests first
    CITATIONS = "citations"  # most cited first (Semantic Scholar's count), papers without a count last
    RELEVANCE = "relevance"  # search only: best bm25 first


@dataclass(frozen=True, slots=True)
class PaperFilter:
    """Which papers a view shows, in which order. Empty fields filter nothing."""

    status: tuple[ReadStatus, ...] = ()
    tags: tuple[str, ...] = ()  # all of them
    categories: tuple[str, ...] = ()  # any of them (prefix: "cs" matches "cs.CL")
    author: str | None = None  # substring of an author name
    since: str | None = None  # YYYY-MM-DD, publication date
    until: str | None = None
    digest: str | None = None  # substring of a digest's file name or path
    unresolved: bool = False  # only papers without arXiv/OpenReview metadata yet
    unconfirmed: bool = False  # only the papers held back as unconfirmed (else: never those)
    starred: bool = False
    min_mentions: int = 0  # mentioned by at least this many digests
    min_citations: int = 0  # cited at least this many times (Semantic Scholar's count)
    venue: str | None = None  # published at a venue one of whose names has a word starting with this
    ids: tuple[int, ...] = ()  # only these papers (paperlist's ids); removed ones included when named
    removed: bool = False  # the papers the user removed, instead of the others
    missing: bool | None = (
        None  # False: leave out papers whose arXiv id arXiv says does not exist; True: only them
    )
    sort: SortKey | None = None  # None: the view's default
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A paper found by a search, with why it matched."""

    paper: Paper
    score: float  # bm25 (lower is better, as SQLite reports it)
    field: str  # where the best match is: "title", "authors", "abstract", "digest", "note", "tags"
    snippet: str  # text around the match
    spans: tuple[tuple[int, int], ...] = ()  # [start, end) of matched text inside `snippet`


@dataclass(frozen=True, slots=True)
class Stats:
    """What the reading list holds, counted several ways (`paperlist stats`)."""

    papers: int
    digests: int
    mentions: int
    starred: int
    with_notes: int
    by_status: tuple[tuple[str, int], ...]  # every status, in ReadStatus order
    by_enrichment: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]  # primary category (or the digest's), most first
    by_month: tuple[tuple[str, int], ...]  # YYYY-MM of publication (or of the arXiv id), oldest first
    top_digests: tuple[tuple[str, int], ...]  # digest name, papers it mentions; most first
    top_tags: tuple[tuple[str, int], ...]
    most_mentioned: tuple[Paper, ...]  # papers at least two digests mention, most first
