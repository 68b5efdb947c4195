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
    ENRICHED = "enriched"  # metadata fetched from arXiv (or OpenReview when it has no arXiv version)
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
class Extraction:
    """Everything the extractor found in one digest."""

    references: tuple[Reference, ...] = ()
    names: tuple[NameMention, ...] = ()


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
    """What a metadata service (arXiv, OpenReview) says about a paper; never the user's state."""

    source: str  # "arxiv" | "openreview"
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
    citation_key: str | None = None  # BibTeX / CSL-JSON key, once given (exported): kept for good

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
    def first_author(self) -> str | None:
        return self.authors[0] if self.authors else None

    @property
    def year(self) -> str | None:
        return self.published[:4] if self.published else None


class SortKey(StrEnum):
    """How a list of papers is ordered."""

    ADDED = "added"  # newest first
    PUBLISHED = "published"  # newest first
    TITLE = "title"
    MENTIONS = "mentions"  # most digests first
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
    starred: bool = False
    min_mentions: int = 0  # mentioned by at least this many digests
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
