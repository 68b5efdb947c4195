"""Domain types shared along the pipeline: digests → references → papers → views.

Everything here is a frozen value: modules pass these along one way and never mutate them.
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


@dataclass(frozen=True, slots=True)
class Reference:
    """One paper referenced by one digest, with what the digest says about it.

    Produced by `extract.extract_references`; a paper referenced at several places of one digest
    (title line and link, prose and `论文标题:`) is one Reference with every place in `lines`.
    """

    evidence: Evidence
    line: int  # 1-based line of the first place, in the decoded text
    raw: str  # the digest's text at that place (the link, citation or title line)
    arxiv_id: str | None = None  # canonical, without version: "2004.11886", "math/0309136"
    version: int | None = None  # the version the digest cited (2 for ...v2), if any
    openreview_id: str | None = None
    title: str | None = None  # the title as the digest gives it
    summary: str = ""  # the digest's own words about the paper (often Chinese)
    authors: str | None = None  # the authors line as given ("Y H Tsai, Y Wu, R Salakhutdinov")
    affiliations: str | None = None  # as given ("CMU", "Google Research")
    category: str | None = None  # a category tag as given ("CV", "LG")
    code_url: str | None = None  # a code repository the digest gives for this paper
    lines: tuple[int, ...] = ()  # every line where the digest refers to this paper
    reason: str | None = None  # why its title was taken (extract/evidence.py Reason), None without a title
    weak: bool = False  # title-only on weak evidence: a paper only once a service (or the user) confirms it

    @property
    def key(self) -> str:
        """Identity of the referenced paper within one digest."""
        if self.arxiv_id:
            return f"arxiv:{self.arxiv_id}"
        if self.openreview_id:
            return f"openreview:{self.openreview_id}"
        return f"title:{(self.title or self.raw).casefold()}"


@dataclass(frozen=True, slots=True)
class NameMention:
    """A paper named only by a nickname (S4, Mamba, GPT-2): kept, never turned into a paper."""

    name: str
    line: int
    raw: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """A line considered as a paper and turned down, with why (shown by `paperlist extract -v`)."""

    line: int  # 1-based
    text: str
    why: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractor found in one digest."""

    references: tuple[Reference, ...] = ()
    names: tuple[NameMention, ...] = ()
    shape: str = "text"  # how the digest was read: markdown, html, org, text, bibtex, ris, csv, tsv
    rejected: tuple[Rejected, ...] = ()  # candidate lines turned down, with why


@dataclass(frozen=True, slots=True)
class DigestReading:
    """One digest read and understood without storing anything (`paperlist extract`)."""

    name: str
    path: str
    extraction: Extraction
    encoding: str = ""
    error: str | None = None  # why it could not be read (the rest is empty then)


@dataclass(frozen=True, slots=True)
class Digest:
    """A digest as read from a file or URL (its text is not kept: only what was extracted from it)."""

    path: str  # absolute path or URL: the digest's identity
    name: str  # file name (or last URL segment) shown to people
    sha256: str  # of the raw bytes
    size: int  # bytes
    encoding: str  # what the bytes were decoded as ("utf-8", "gb18030", "utf-16", "html/utf-8" ...)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a metadata service (arXiv, OpenReview, Semantic Scholar) says about a paper; never the user's state."""

    source: str  # "arxiv" | "openreview" | "semanticscholar"
    title: str
    arxiv_id: str | None = None  # without version
    version: int | None = None  # the version this record describes (latest when asked unversioned)
    openreview_id: str | None = None
    authors: tuple[str, ...] = ()
    abstract: str | None = None
    published: str | None = None  # YYYY-MM-DD
    updated: str | None = None  # YYYY-MM-DD
    primary_category: str | None = None
    categories: tuple[str, ...] = ()
    comment: str | None = None
    doi: str | None = None
    journal_ref: str | None = None
    venue: str | None = None
    # What Semantic Scholar adds (docs/enrichment.md): where and when the paper was published, how often it is
    # cited, a one-line summary, its own id and an open-access PDF.
    year: int | None = None  # year of publication
    venue_type: str | None = None  # "conference" | "journal" | None (unknown)
    venue_names: tuple[str, ...] = ()  # the venue's full name and its other names ("ICLR", ...)
    citation_count: int | None = None
    tldr: str | None = None
    s2_id: str | None = None  # Semantic Scholar's paperId (40 hex digits)
    open_access_pdf: str | None = None

    @property
    def venue_label(self) -> str | None:
        return venue_label(self.venue, self.year if self.venue_names else None)


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
class FoundPaper:
    """A paper Semantic Scholar points at (`related`, `cites`, `refs`), and whether the list already has it."""

    number: int  # its place in the answer, from 1: what `--add N` names
    metadata: Metadata
    in_list: int | None = None  # paperlist's id when the reading list already holds it


@dataclass(frozen=True, slots=True)
class Found:
    """What `related`, `cites` or `refs` found, and what `--add` added."""

    kind: str  # "related" | "cites" | "refs"
    about: str  # what was asked about, in words ("paper 3: Lite Transformer ...", "your 4 starred and read papers")
    papers: tuple[FoundPaper, ...] = ()
    added: tuple[int, ...] = ()  # paperlist ids of the papers `--add` put in the list


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
